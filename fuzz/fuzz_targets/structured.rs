//! Structured payloads, with and without context: well-formed reports, and key order never
//! changes the verdict.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use yeastar_extension_rules::{Context, context::{Current, Extensions}};

#[path = "common.rs"]
mod common;
use common::{object, Key, Val};

#[derive(Arbitrary, Debug)]
struct Input {
    members: Vec<(Key, Val)>,
    current: Option<Vec<(Key, Val)>>,
    extensions: Option<Vec<u32>>,
}

fuzz_target!(|input: Input| {
    let mut ctx = Context::new();
    if let Some(current) = &input.current {
        if let Ok(c) = Current::from_json(&object(current)) {
            ctx = ctx.current(c);
        }
    }
    if let Some(list) = &input.extensions {
        let numbers: Vec<String> = list.iter().map(|n| (n % 10_000_000).to_string()).collect();
        if let Ok(e) = Extensions::new(numbers) {
            ctx = ctx.extensions(e);
        }
    }
    let text = object(&input.members);
    let r = common::within_budget(text.len(), || ctx.validate(&text));
    common::check_report(&r);
    let mut reversed = input.members.clone();
    reversed.reverse();
    assert_eq!(ctx.validate(&object(&reversed)), r, "key order must not matter");
});
