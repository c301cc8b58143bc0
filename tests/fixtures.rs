//! The shared fixture corpus: `tests/fixtures/*.json`, each a payload (`payload` as JSON, or
//! `payload_text` as raw text), optional `options`, the expected `report` (in English) and
//! `messages`: for each other language, the messages of the same report in order (errors, then
//! warnings). In every language the report is the English one with those messages (M5). The
//! npm package's tests and `extcheck`'s run the same files and must produce the same reports.
//!
//! To add a case, write the file with `"report": null`, run
//! `UPDATE_FIXTURES=1 cargo test --test fixtures`, and review the report and messages it wrote.

use std::path::{Path, PathBuf};

use serde_json::Value;
use yeastar_extension_rules::{ffi, meta::Catalog, Context};

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
        let report = ctx.validate(&payload);
        let native = serde_json::to_value(&report).unwrap();
        assert_eq!(got, native, "{}", path.display());
        if update && case["report"].is_null() {
            case["report"] = got.clone();
            for lang in Catalog::locales().iter().filter(|l| **l != "en") {
                let other: Value =
                    serde_json::from_str(&report.to_json_in(Catalog::get(lang).unwrap())).unwrap();
                case["messages"][lang] = messages(&other).into();
            }
            std::fs::write(&path, serde_json::to_string_pretty(&case).unwrap() + "\n").unwrap();
        }
        assert_eq!(got, case["report"], "{}: report differs", path.display());
        for lang in Catalog::locales().iter().filter(|l| **l != "en") {
            let text = report.to_json_in(Catalog::get(lang).unwrap());
            let other: Value = serde_json::from_str(&text).unwrap();
            let expected = with_messages(&case["report"], &case["messages"][lang]);
            assert_eq!(other, expected, "{} in {lang}", path.display());
        }
    }
}

/// The messages of a report, errors then warnings.
pub fn messages(report: &Value) -> Vec<Value> {
    ["errors", "warnings"]
        .iter()
        .flat_map(|l| report[l].as_array().unwrap().iter())
        .map(|v| v["message"].clone())
        .collect()
}

/// `report` with its messages replaced, in order, by `messages` (M5: nothing else changes).
pub fn with_messages(report: &Value, messages: &Value) -> Value {
    let mut out = report.clone();
    let mut given = messages.as_array().expect("a list of messages").iter();
    for l in ["errors", "warnings"] {
        for v in out[l].as_array_mut().unwrap() {
            v["message"] = given.next().expect("a message for each violation").clone();
        }
    }
    assert!(given.next().is_none(), "more messages than violations");
    out
}
