//! WebAssembly bindings (compiled only for wasm32): three bytes-in, string-out calls (a payload, a field, and the two calls on current settings).
//!
//! The field metadata and the JSON Schema are generated natively from the same tables when the
//! package is built and ship as data in the JavaScript entry points, which keeps the code that
//! writes them out of the module. Unusable options come back as a string starting with `!`
//! (a report always starts with `{`), which keeps error-object glue out of it too.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::engine::context::ContextError;

fn text(result: Result<String, ContextError>) -> String {
    result.unwrap_or_else(|e| {
        let mut out = String::from("!");
        e.write_message(&mut out);
        out
    })
}

/// `ffi::validate_compact`: the report as JSON text (or `=` and the payload when it is ok with no
/// warnings), or `!` and a message.
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_json(payload: &[u8], options: &str, body: bool) -> String {
    text(crate::bindings::ffi::validate_compact(
        payload, options, body,
    ))
}

/// `ffi::validate_field`: the compact field report, or `!` and a message. Its four inputs come
/// packed as UTF-8 bytes in one bulk copy (strings would each be copied character by
/// character): the value, the rest of the form and the options as JSON text, and the field's
/// name, separated by NUL bytes, which JSON text never holds raw (the name, last, may).
#[wasm_bindgen(js_name = validateFieldJson)]
pub fn validate_field_json(input: &[u8]) -> String {
    let mut parts = input.splitn(4, |b| *b == 0);
    let mut next = || core::str::from_utf8(parts.next().unwrap_or(&[])).unwrap_or("");
    let (value, payload, options, field) = (next(), next(), next(), next());
    text(crate::bindings::ffi::validate_field(
        field, value, payload, options,
    ))
}

/// The calls on current settings and options, in one export (each export costs glue in both
/// JavaScript builds): the input is one byte copy, a mode byte and then parts separated by NUL
/// bytes (JSON text never holds a raw NUL). `d`: `ffi::diff_compact` of the current settings,
/// the desired ones and the options; the compact report. `r`: `ffi::read_current` of the
/// current settings, the extension number and the options; the form's settings as JSON text
/// (`null` for no element). `p`: `ffi::profile_name` of the options. Every way `!` and a
/// message when the input is unusable.
#[wasm_bindgen(js_name = currentJson)]
pub fn current_json(input: &[u8]) -> String {
    let (mode, rest) = input.split_first().unwrap_or((&b'd', &[]));
    if *mode == b'p' {
        return text(crate::bindings::ffi::profile_name(
            core::str::from_utf8(rest).unwrap_or(""),
        ));
    }
    let mut parts = rest.splitn(3, |b| *b == 0);
    let (current, second, third) = (
        parts.next().unwrap_or(&[]),
        parts.next().unwrap_or(&[]),
        parts.next().unwrap_or(&[]),
    );
    let third = core::str::from_utf8(third).unwrap_or("");
    if *mode == b'r' {
        let number = core::str::from_utf8(second).unwrap_or("");
        return text(crate::bindings::ffi::read_current(current, number, third));
    }
    text(crate::bindings::ffi::diff_compact(current, second, third))
}

/// A small free-list allocator: the module allocates a few short strings per call, which does
/// not need dlmalloc's size (about 3 KB of the gzipped module).
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());
