//! One field at a time, as a form checks it: never a panic, and the field report is exactly
//! the full report's verdict on that field.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use yeastar_extension_rules::{validate, validate_field_json, FIELDS};

#[path = "common.rs"]
mod common;
use common::{object, Key, Val};

#[derive(Arbitrary, Debug)]
struct Input {
    field: u8,
    value: Val,
    rest: Vec<(Key, Val)>,
}

fuzz_target!(|input: Input| {
    let field = FIELDS[usize::from(input.field) % FIELDS.len()].field;
    let rest: Vec<(Key, Val)> = input
        .rest
        .into_iter()
        .filter(|(k, _)| k.name() != field.name())
        .collect();
    let payload = object(&rest);
    let value = input.value.json();
    let one = common::within_budget(payload.len() + value.len(), || {
        validate_field_json(field, &value, Some(&payload))
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
