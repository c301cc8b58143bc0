//! Reading a `serde_json::Value` as the rules see values (feature `serde`).

use std::borrow::Cow;

use crate::json::number::Num;
use crate::json::Value;

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

/// Whether an object's members, written as compact JSON text with every nested array or
/// object as `[]` or `{}` (what the rules see of them, and what the JavaScript package sends
/// for a payload object), are longer than `max` bytes. It stops as soon as it knows, so it
/// costs at most about `max` steps however large the value (T1).
pub(crate) fn longer_than(map: &serde_json::Map<String, serde_json::Value>, max: usize) -> bool {
    // Braces and commas.
    let mut total = map.len().saturating_add(1).max(2);
    for (key, value) in map {
        if total > max {
            return true;
        }
        let value_len = match value {
            serde_json::Value::Null | serde_json::Value::Bool(true) => 4,
            serde_json::Value::Bool(false) => 5,
            serde_json::Value::Number(n) => {
                let mut count = Count(0);
                // Writing to a counter cannot fail.
                let _ = core::fmt::write(&mut count, format_args!("{n}"));
                count.0
            }
            serde_json::Value::String(s) => string_len(s),
            serde_json::Value::Array(_) | serde_json::Value::Object(_) => 2,
        };
        // The key with its quotes, the colon, the value.
        total = total
            .saturating_add(string_len(key))
            .saturating_add(1)
            .saturating_add(value_len);
    }
    total > max
}

/// Counts what is written.
struct Count(usize);

impl core::fmt::Write for Count {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.0 = self.0.saturating_add(s.len());
        Ok(())
    }
}

/// The length of a string as serde_json writes it: quotes, two-byte escapes for `"`, `\` and
/// the five named controls, `\u00XX` for the other controls, everything else as it is.
fn string_len(s: &str) -> usize {
    s.bytes().fold(2usize, |n, b| {
        n.saturating_add(match b {
            b'"' | b'\\' | b'\n' | b'\r' | b'\t' | 0x08 | 0x0c => 2,
            0..=0x1f => 6,
            _ => 1,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::longer_than;
    use serde_json::json;

    #[test]
    fn measures_what_serde_json_writes_with_nested_values_emptied() {
        let values = [
            json!({}),
            json!({"a": null, "b": true, "c": false}),
            json!({"n": 0, "m": -12, "f": 1.5, "e": 1e300, "u": u64::MAX}),
            json!({"s": "a\"b\\c\n\u{1}\u{7f}é😀", "k\"\u{2}": ""}),
            json!({"extid": "1002", "x": [], "y": {}}),
        ];
        for v in values {
            let len = serde_json::to_string(&v).unwrap().len();
            let map = v.as_object().unwrap();
            assert!(!longer_than(map, len), "{v}");
            assert!(longer_than(map, len - 1), "{v}");
        }
        // Nested values count as empty.
        let nested = json!({"x": [1, [2, 3], {"a": "b"}]});
        assert!(!longer_than(
            nested.as_object().unwrap(),
            r#"{"x":[]}"#.len()
        ));
    }

    #[test]
    fn stops_early_on_huge_objects() {
        let huge: serde_json::Map<String, serde_json::Value> = (0..1_000_000)
            .map(|i| (format!("k{i}"), json!(0)))
            .collect();
        let start = std::time::Instant::now();
        assert!(longer_than(&huge, 64 * 1024));
        assert!(start.elapsed() < std::time::Duration::from_millis(500));
    }
}
