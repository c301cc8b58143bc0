//! Quick timing (temporary).
fn main() {
    let full = std::fs::read_to_string("tests/fixtures/full-valid.json").unwrap();
    let v: serde_json::Value = serde_json::from_str(&full).unwrap();
    let text = v["payload"].to_string();
    let n = 200_000;
    let t = std::time::Instant::now();
    let mut ok = 0;
    for _ in 0..n {
        ok += yeastar_extension_rules::validate(&text).ok as usize;
    }
    println!(
        "native validate(full text): {:?}/call ({ok})",
        t.elapsed() / n
    );
    let t = std::time::Instant::now();
    for _ in 0..n {
        ok += yeastar_extension_rules::validate(&text).to_json().len();
    }
    println!("native validate+to_json: {:?}/call", t.elapsed() / n);
    let t = std::time::Instant::now();
    for _ in 0..n {
        let _: serde::de::IgnoredAny = serde_json::from_str(std::hint::black_box(&text)).unwrap();
    }
    println!("serde IgnoredAny: {:?}/call", t.elapsed() / n);
    let sample = r#"{"extid": "1002","username": "Amy"}"#;
    let t = std::time::Instant::now();
    for _ in 0..n {
        ok += yeastar_extension_rules::validate(std::hint::black_box(sample)).ok as usize;
    }
    println!("native validate(sample): {:?}/call", t.elapsed() / n);
    let t = std::time::Instant::now();
    for _ in 0..n {
        let _: serde::de::IgnoredAny = serde_json::from_str(std::hint::black_box(sample)).unwrap();
    }
    println!("serde IgnoredAny sample: {:?}/call", t.elapsed() / n);
}
#[allow(dead_code)]
fn floor() {}
