//! WebAssembly bindings (compiled only for wasm32): four string-in, string-out calls.
//!
//! The crossing is one JSON string each way; the hand-written JavaScript wrapper in `js/` builds
//! that string from a value's own enumerable properties and parses the report back.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsError;

/// `ffi::validate`: the report as JSON text.
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_json(payload: &str, options: &str) -> Result<String, JsError> {
    crate::ffi::validate(payload, options).map_err(|e| JsError::new(&e.to_string()))
}

/// `ffi::validate_field`: the field report as JSON text.
#[wasm_bindgen(js_name = validateFieldJson)]
pub fn validate_field_json(
    field: &str,
    value: &str,
    payload: &str,
    options: &str,
) -> Result<String, JsError> {
    crate::ffi::validate_field(field, value, payload, options)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The field metadata as JSON text.
#[wasm_bindgen(js_name = fieldsJson)]
pub fn fields_json() -> String {
    crate::fields_json()
}

/// The JSON Schema as JSON text.
#[wasm_bindgen(js_name = jsonSchemaJson)]
pub fn json_schema_json() -> String {
    crate::json_schema()
}
