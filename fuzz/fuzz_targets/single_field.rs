//! One field at a time, as a form checks it: never a panic, the field report is exactly the
//! full report's verdict on that field, and a field named by any string gets exactly what
//! `validate` says of a key of that name.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use yeastar_extension_rules::{Context, validate, Field, Profile};

#[path = "common.rs"]
mod common;
use common::{object, Key, Val};

#[derive(Arbitrary, Debug)]
struct Input {
    field: u8,
    value: Val,
    rest: Vec<(Key, Val)>,
    name: String,
}

fuzz_target!(|input: Input| {
    if Field::from_name(&input.name).is_none() && input.name.len() < 60_000 {
        let value = input.value.json();
        let one = common::within_budget(input.name.len() + value.len(), || {
            Context::new().validate_field_by_name(&input.name, &value, None)
        });
        let key = serde_json::to_string(&input.name).expect("key");
        let full = validate(&format!("{{\"extid\":\"1002\",{key}:{value}}}"));
        let as_json = |r: &yeastar_extension_rules::Report| serde_json::to_value(&r.errors).expect("json");
        assert_eq!(as_json(&one), as_json(&full), "by name = validate on that key");
    }
    let field = Profile::default().fields()[usize::from(input.field) % Profile::default().fields().len()].field;
    let rest: Vec<(Key, Val)> = input
        .rest
        .into_iter()
        .filter(|(k, _)| k.name() != field.name())
        .collect();
    let payload = object(&rest);
    let value = input.value.json();
    let one = common::within_budget(payload.len() + value.len(), || {
        Context::new().validate_field_json(field, &value, Some(&payload))
    });
    assert!(one.payload.is_none());
    assert!(one.errors.iter().all(|e| e.field() == field.name() || e.field().is_empty()));
    // The same value inside the whole payload gives the same verdict on that field.
    let mut all = rest.clone();
    all.push((Key::Other(field.name().to_owned()), input.value.clone()));
    let full = validate(&object(&all));
    if full.errors.iter().all(|e| !e.field().is_empty()) && one.errors.iter().all(|e| !e.field().is_empty()) {
        let on_field = |r: &yeastar_extension_rules::Report| -> Vec<String> {
            r.errors.iter().filter(|e| e.field() == field.name()).map(|e| e.to_string()).collect()
        };
        assert_eq!(on_field(&one), on_field(&full), "field report = full report on the field");
    }
});
