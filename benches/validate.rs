//! Native benchmarks: validating JSON text, side by side with the floor (serde_json parsing the
//! same text into `IgnoredAny`) and with jsonschema-rs validating the same text against this
//! crate's own exported JSON Schema (parse + validate). Prints the ratios at the end.
//!
//! `cargo bench --bench validate` measures; `cargo test --bench validate` runs each once.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput};
use serde::de::IgnoredAny;
use serde_json::Value;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let case: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    match &case["payload_text"] {
        Value::String(s) => s.clone(),
        _ => case["payload"].to_string(),
    }
}

/// Each case: its name, its fixture, and the profile it is judged in (API 1.x
/// `extension/update`, or API 2.0.0's update and add).
const CASES: [(&str, &str, &str, &str); 6] = [
    ("sample", "spec-sample.json", "v1", "update"),
    ("full", "full-valid.json", "v1", "update"),
    ("dozen_errors", "dozen-errors.json", "v1", "update"),
    ("v2_update_full", "v2-update-valid.json", "v2", "update"),
    (
        "v2_passwords",
        "v2-password-runs-and-names.json",
        "v2",
        "update",
    ),
    ("v2_add_definite", "v2-add-definite.json", "v2", "add"),
];

fn benches(c: &mut Criterion) {
    for (name, file, api, call) in CASES {
        let profile = yeastar_extension_rules::Profile::new(api, call).unwrap();
        let ctx = yeastar_extension_rules::Context::new()
            .profile(profile)
            .unwrap();
        let schema: Value =
            serde_json::from_str(&yeastar_extension_rules::meta::json_schema_for(profile)).unwrap();
        let compiled = jsonschema::draft202012::new(&schema).unwrap();
        let text = fixture(file);
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("serde_ignored_any", |b| {
            b.iter(|| serde_json::from_str::<IgnoredAny>(black_box(&text)).unwrap())
        });
        // The free function for API 1.x (what callers who name no profile use), the context
        // for API 2.0.0.
        let v1 = api == "v1";
        g.bench_function("this_crate", |b| {
            b.iter(|| {
                if v1 {
                    yeastar_extension_rules::validate(black_box(&text))
                } else {
                    ctx.validate(black_box(&text))
                }
            })
        });
        g.bench_function("this_crate_to_json", |b| {
            b.iter(|| ctx.validate(black_box(&text)).to_json())
        });
        g.bench_function("jsonschema_rs", |b| {
            b.iter(|| {
                let v: Value = serde_json::from_str(black_box(&text)).unwrap();
                if compiled.is_valid(&v) {
                    0
                } else {
                    compiled.iter_errors(&v).count()
                }
            })
        });
        g.finish();
    }
}

/// Reads criterion's point estimate (mean, ns) of one benchmark, if it was measured.
fn mean_ns(group: &str, bench: &str) -> Option<f64> {
    let dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let path = Path::new(&dir)
        .join("criterion")
        .join(group)
        .join(bench)
        .join("new/estimates.json");
    let est: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    est["mean"]["point_estimate"].as_f64()
}

fn ratios() {
    println!("\n| payload | serde IgnoredAny (floor) | this crate | + report JSON | jsonschema-rs | overhead vs floor | jsonschema-rs / this crate |");
    println!("|---|---|---|---|---|---|---|");
    for (name, ..) in CASES {
        let (Some(floor), Some(ours), Some(json), Some(js)) = (
            mean_ns(name, "serde_ignored_any"),
            mean_ns(name, "this_crate"),
            mean_ns(name, "this_crate_to_json"),
            mean_ns(name, "jsonschema_rs"),
        ) else {
            continue;
        };
        println!(
            "| {name} | {floor:.0} ns | {ours:.0} ns | {json:.0} ns | {js:.0} ns | +{:.0}% | {:.1}x |",
            (ours / floor - 1.0) * 100.0,
            js / ours
        );
    }
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    c.final_summary();
    // Only a measuring run (`cargo bench` passes --bench) has fresh estimates to compare.
    if std::env::args().any(|a| a == "--bench") {
        ratios();
    }
}
