//! The exported JSON Schema is valid draft 2020-12 and, on context-free payloads, gives the same
//! verdict and the same failing fields as the library (checked with jsonschema-rs).

use std::collections::BTreeSet;

use serde_json::Value;
use yeastar_extension_rules::{
    meta::{json_schema, json_schema_for},
    Context,
};

fn schema() -> Value {
    serde_json::from_str(&json_schema()).unwrap()
}

fn schema_fields(validator: &jsonschema::Validator, instance: &Value) -> BTreeSet<String> {
    let mut fields = BTreeSet::new();
    for e in validator.iter_errors(instance) {
        let path = e.instance_path().to_string();
        match path.trim_start_matches('/').split('/').next() {
            Some("") | None => {
                // additionalProperties or required: name the keys involved.
                match e.kind() {
                    jsonschema::error::ValidationErrorKind::AdditionalProperties { unexpected } => {
                        fields.extend(unexpected.iter().cloned());
                    }
                    jsonschema::error::ValidationErrorKind::Required { property } => {
                        fields.insert(property.as_str().unwrap_or_default().to_owned());
                    }
                    other => panic!("{other:?} on the payload as a whole"),
                }
            }
            Some(first) => {
                fields.insert(first.to_owned());
            }
        }
    }
    fields
}

#[test]
fn the_schema_is_valid_draft_2020_12() {
    let s = schema();
    assert!(jsonschema::meta::is_valid(&s));
    assert_eq!(s["properties"].as_object().unwrap().len(), 38);
}

#[test]
fn same_verdict_and_fields_on_the_fixtures() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut compared = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let case: Value =
            serde_json::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        // Context rules, the weak-password option and duplicate keys are outside what a schema
        // can see; a profile is a schema of its own.
        let options = case["options"].as_object().cloned().unwrap_or_default();
        if options.keys().any(|k| k != "api" && k != "call") || case["payload"].is_null() {
            continue;
        }
        let ctx = Context::from_json(&Value::Object(options).to_string()).unwrap();
        let validator = jsonschema::draft202012::new(
            &serde_json::from_str(&json_schema_for(ctx.profile_in_use())).unwrap(),
        )
        .unwrap();
        let payload = &case["payload"];
        let report = ctx.validate(&payload.to_string());
        // That a password holds the number or the name depends on other fields (V4).
        if report
            .errors
            .iter()
            .any(|e| e.code() == "password_contains")
        {
            continue;
        }
        let ours: BTreeSet<String> = report
            .errors
            .iter()
            .map(|e| e.field().to_owned())
            .filter(|f| !f.is_empty())
            .collect();
        assert_eq!(
            validator.is_valid(payload),
            report.is_ok(),
            "{}",
            case["description"]
        );
        let theirs = schema_fields(&validator, payload);
        if report
            .errors
            .iter()
            .any(|e| e.code() == "too_many_unknown_keys")
        {
            // The library lists the first 20 unknown keys; the schema names them all.
            assert!(ours.is_subset(&theirs), "{}", case["description"]);
        } else {
            assert_eq!(theirs, ours, "{}", case["description"]);
        }
        compared += 1;
    }
    assert!(compared >= 20, "{compared}");
}
