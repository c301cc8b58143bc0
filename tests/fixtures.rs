//! The shared fixture corpus: `tests/fixtures/*.json`, each a payload (`payload` as JSON, or
//! `payload_text` as raw text), optional `options` and the expected `report`. The npm package's
//! tests run the same files and must produce the same reports.
//!
//! To add a case, write the file with `"report": null`, run
//! `UPDATE_FIXTURES=1 cargo test --test fixtures`, and review the report it wrote.

use std::path::{Path, PathBuf};

use serde_json::Value;
use yeastar_extension_rules::{ffi, Context};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn inputs(case: &Value) -> (String, String) {
    let payload = match (&case["payload_text"], &case["payload"]) {
        (Value::String(text), _) => text.clone(),
        (Value::Null, p) => p.to_string(),
        _ => panic!("give payload or payload_text"),
    };
    let options = match &case["options"] {
        Value::Null => String::new(),
        o => o.to_string(),
    };
    (payload, options)
}

#[test]
fn every_fixture_gives_its_report() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let files = fixtures();
    assert!(files.len() >= 30, "the corpus has {} files", files.len());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut case: Value = serde_json::from_str(&text).unwrap();
        let (payload, options) = inputs(&case);
        let out = ffi::validate(&payload, &options).unwrap();
        let got: Value = serde_json::from_str(&out).unwrap();
        // The serde form of the native report is the same JSON.
        let ctx = if options.is_empty() {
            Context::new()
        } else {
            Context::from_json(&options).unwrap()
        };
        let native = serde_json::to_value(ctx.validate(&payload)).unwrap();
        assert_eq!(got, native, "{}", path.display());
        if update && case["report"].is_null() {
            case["report"] = got;
            std::fs::write(&path, serde_json::to_string_pretty(&case).unwrap() + "\n").unwrap();
            continue;
        }
        assert_eq!(got, case["report"], "{}: report differs", path.display());
    }
}
