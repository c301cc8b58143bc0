//! Runs the compact entry point of the bindings on one fixture many times, for a profiler:
//! `cargo run --release --example profile_compact -- tests/fixtures/dozen-errors.json 100000`.
use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "tests/fixtures/dozen-errors.json".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let payload = match &case["payload_text"] {
        serde_json::Value::String(t) => t.clone(),
        _ => case["payload"].to_string(),
    };
    let mut total = 0;
    for _ in 0..n {
        let out = yeastar_extension_rules::ffi::validate_compact(
            black_box(payload.as_bytes()),
            "",
            false,
        );
        total += out.map(|s| s.len()).unwrap_or(0);
    }
    println!("{total}");
}
