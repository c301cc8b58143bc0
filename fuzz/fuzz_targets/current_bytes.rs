//! The current-settings reader on arbitrary bytes, as one `extinfos` element or inside a whole
//! `extension/query` response: never a panic, the payload reader's per-byte time budget, and
//! what is read is usable: validation against it and the form's settings (`read_current`)
//! work, and the form's settings never hold a secret.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yeastar_extension_rules::{ffi, Context, Profile, context::Current};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        // Bytes that are not UTF-8 are refused by the bindings' reader, never a panic.
        assert!(ffi::read_current(rest, "", "").is_err());
        return;
    };
    // As it is, or as the one element of a whole response.
    let text = if mode & 1 == 0 {
        text.to_owned()
    } else {
        format!("{{\"status\":\"Success\",\"extinfos\":[{text}]}}")
    };
    let read = common::within_budget(text.len(), || Current::from_json(&text));
    let Ok(current) = read else {
        return;
    };
    let number = current
        .element(None)
        .and_then(|s| s.get(yeastar_extension_rules::Field::Extnumber))
        .unwrap_or("1000")
        .to_owned();
    let form = ffi::read_current(text.as_bytes(), &number, "").expect("read once, read again");
    let form: serde_json::Value = serde_json::from_str(&form).expect("the form's settings are JSON");
    // No secret the settings hold is ever given back: the form names no secret field.
    if let Some(members) = form.as_object() {
        for spec in Profile::default().fields().iter().filter(|f| f.secret) {
            assert!(!members.contains_key(spec.field.name()), "read_current gave {}", spec.field.name());
        }
    }
    // Judging against the settings read stays linear and sound.
    let mut payload = String::from("{\"extid\":");
    payload.push_str(&serde_json::to_string(&number).expect("string"));
    payload.push_str(",\"enablemobile\":\"on\",\"ntransferto\":\"Extension\",\"dnd\":\"on\"}");
    let ctx = Context::new().current(current);
    let r = common::within_budget(text.len() + payload.len(), || ctx.validate(&payload));
    common::check_report(&r);
});
