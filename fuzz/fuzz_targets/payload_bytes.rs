//! Raw bytes as a payload: never a panic or a hang (a call over its time budget per byte
//! fails), and every report is well formed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yeastar_extension_rules::{validate, validate_bytes};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let r = common::within_budget(data.len(), || validate_bytes(data));
    common::check_report(&r);
    if let Ok(text) = std::str::from_utf8(data) {
        assert_eq!(validate(text), r, "bytes and text entry points agree");
    }
});
