//! Reading a `serde_json::Value` as the rules see values (feature `serde`).

use std::borrow::Cow;

use crate::json::Value;
use crate::number::Num;

/// The JSON type name of a `serde_json::Value`.
pub(crate) fn type_name(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "boolean",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "array",
        serde_json::Value::Object(_) => "object",
    }
}

/// A `serde_json::Value` as a rule value. Numbers are judged by their `f64` value, exactly as
/// JavaScript and the JSON text reader see them, so every entry point gives the same verdict.
pub(crate) fn from_serde(v: &serde_json::Value) -> Value<'_> {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => {
            Value::Number(Num::from_f64(n.as_f64().unwrap_or(f64::NAN)))
        }
        serde_json::Value::String(s) => Value::Str(Cow::Borrowed(s)),
        serde_json::Value::Array(_) => Value::Array,
        serde_json::Value::Object(_) => Value::Object,
    }
}
