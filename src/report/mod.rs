//! The report: verdict, errors, warnings and the normalized request body (decisions.md, "The
//! report"), and its one JSON form shared by Rust, the command line and JavaScript.

#[cfg(not(target_arch = "wasm32"))]
pub mod catalog;
pub mod update;

use std::fmt;

#[cfg(not(target_arch = "wasm32"))]
use crate::report::catalog::Catalog;

use crate::json::write::{push_int, write_array, write_list, write_str};
use crate::spec::field::{Field, COUNT};
use crate::spec::violation::{Param, Violation};

/// The outcome of validating one payload.
///
/// `errors` and `warnings` come in the spec's table order whatever the key order of the input
/// (G5); `payload` is the normalized request body when the payload is valid
/// ([`Report::is_ok`]), else `None`. The JSON form carries the verdict as `"ok"`.
///
/// ```
/// use yeastar_extension_rules::validate;
/// let report = validate(r#"{"extid": 1002, "username": "Amy"}"#);
/// assert!(report.is_ok());
/// assert_eq!(
///     report.to_json(),
///     r#"{"ok":true,"errors":[],"warnings":[],"payload":{"extid":"1002","username":"Amy"}}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report {
    /// What must change, one per field at most, in table order.
    pub errors: Vec<Violation>,
    /// What is worth a look; never makes the payload invalid.
    pub warnings: Vec<Violation>,
    /// The normalized request body (every value a string), when `ok`.
    pub payload: Option<Payload>,
}

impl Report {
    /// A report with one error on the payload as a whole.
    pub(crate) fn root_error(v: Violation) -> Report {
        Report {
            errors: vec![v],
            warnings: Vec::new(),
            payload: None,
        }
    }

    /// Whether the payload is valid: no errors (warnings never count). `"ok"` in the JSON.
    ///
    /// ```
    /// use yeastar_extension_rules::validate;
    /// assert!(!validate(r#"{"extid": "10x2"}"#).is_ok());
    /// ```
    #[must_use]
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// The report as one line of JSON, exactly the shape decisions.md gives, with English
    /// messages. (Built for WebAssembly, where the catalogs stay in JavaScript, the violations
    /// carry no `message`.)
    #[must_use]
    pub fn to_json(&self) -> String {
        #[cfg(not(target_arch = "wasm32"))]
        return self.to_json_in(Catalog::en());
        #[cfg(target_arch = "wasm32")]
        return self.to_json_with(None);
    }

    /// The report as JSON with the messages of `catalog`; everything else is the same in every
    /// language (M5).
    ///
    /// ```
    /// use yeastar_extension_rules::{validate, meta::Catalog};
    /// let report = validate(r#"{"extid":"1002","maxregistrations":"03"}"#);
    /// let zh = report.to_json_in(Catalog::get("zh-CN").unwrap());
    /// assert!(zh.contains(r#""code":"leading_zero","message":"同时注册数不能以 0 开头"#));
    /// ```
    #[cfg(not(target_arch = "wasm32"))]
    #[must_use]
    pub fn to_json_in(&self, catalog: &Catalog) -> String {
        self.to_json_with(Some(catalog))
    }

    /// The report as JSON, with messages from `catalog` or, for `None`, none at all (the
    /// compact form the WebAssembly module hands to JavaScript, which renders them).
    pub(crate) fn to_json_with(&self, catalog: Option<&Catalog>) -> String {
        let body = self
            .payload
            .as_ref()
            .map_or(0, |p| p.buf.len().saturating_mul(2));
        // About 200 bytes per violation: one allocation for the usual report.
        let violations = self.errors.len().saturating_add(self.warnings.len());
        let mut out = String::with_capacity(
            body.saturating_add(64)
                .saturating_add(violations.saturating_mul(200)),
        );
        self.write_json_with(&mut out, catalog);
        out
    }

    /// Appends the report's JSON, with English messages, to `out`.
    pub fn write_json(&self, out: &mut String) {
        #[cfg(not(target_arch = "wasm32"))]
        self.write_json_with(out, Some(Catalog::en()));
        #[cfg(target_arch = "wasm32")]
        self.write_json_with(out, None);
    }

    fn write_json_with(&self, out: &mut String, catalog: Option<&Catalog>) {
        out.push_str(if self.is_ok() {
            "{\"ok\":true,\"errors\":"
        } else {
            "{\"ok\":false,\"errors\":"
        });
        write_array(out, &self.errors, |out, v| write_violation(out, v, catalog));
        out.push_str(",\"warnings\":");
        write_array(out, &self.warnings, |out, v| {
            write_violation(out, v, catalog)
        });
        out.push_str(",\"payload\":");
        match &self.payload {
            Some(p) => p.write_json(out),
            None => out.push_str("null"),
        }
        out.push('}');
    }

    /// The payload as typed fields, when `ok`.
    #[must_use]
    pub fn update(&self) -> Option<crate::report::update::ExtensionUpdate> {
        self.payload
            .as_ref()
            .map(crate::report::update::ExtensionUpdate::from_payload)
    }
}

/// The report in the compact form the WebAssembly module hands to JavaScript: no messages and
/// no JSON to parse for the usual violation, and names the reader knows as numbers.
///
/// `#`, then per violation `\u{2}` and: `e` or `w` (error or warning); the field (a parameter
/// as [`tag`] of its index, `-` for the root, any other key as a JSON string literal);
/// `\u{1}`; the code as [`tag`] of its place in `CODES`, then its errno, if any, in digits;
/// then per param `\u{1}`, its name as [`tag`] of its place in `PARAM_NAMES`, and its value
/// tagged by its first character: `i` and digits for a number, `s` and the text for a string,
/// `*` for the options of the violation's own field, or a JSON array. Then, for a valid
/// payload, `\u{2}p\u{1}` and the body as JSON. Neither separator can occur in any part:
/// names, codes and options come from the tables, and a JSON string literal escapes every
/// control character. The metadata exports `codes` and `params` in the same order.
impl Report {
    pub(crate) fn write_compact(&self, out: &mut String) {
        out.push('#');
        for (list, violations) in [('e', &self.errors), ('w', &self.warnings)] {
            for v in violations.iter() {
                out.push('\u{2}');
                out.push(list);
                let own = v.known_field();
                match own {
                    Some(f) => out.push(tag(f.index())),
                    None if v.field().is_empty() => out.push('-'),
                    None => write_str(out, v.field()),
                }
                out.push('\u{1}');
                out.push(tag(v.kind().index()));
                if let Some(errno) = v.errno() {
                    push_int(out, errno.into());
                }
                let options = own.and_then(|f| f.spec().rule.options());
                v.visit_params(|at, value| {
                    out.push('\u{1}');
                    out.push(tag(at));
                    match value {
                        Param::Int(n) => {
                            out.push('i');
                            push_int(out, n);
                        }
                        Param::Str(s) => {
                            out.push('s');
                            out.push_str(s);
                        }
                        Param::List(items) if options == Some(items) => out.push('*'),
                        Param::List(items) => write_list(out, items),
                    }
                });
            }
        }
        if let Some(p) = &self.payload {
            out.push_str("\u{2}p\u{1}");
            p.write_json(out);
        }
    }
}

/// A small number as one printable character (`0` for 0): every table it indexes has fewer
/// than 64 entries, so the character is never a separator, a digit after `9` is a letter, and
/// nothing here is `"` or `-`.
fn tag(n: usize) -> char {
    let n = u32::try_from(n).unwrap_or(0).min(63);
    char::from_u32(48_u32.saturating_add(n)).unwrap_or('0')
}

/// On wasm32 there are no catalogs: the type only keeps the signatures the same.
#[cfg(target_arch = "wasm32")]
pub(crate) enum Catalog {}

/// `{"field":…,"code":…,"message":…,"params":{…}}`, with `"errno"` last where defined and no
/// `"message"` without a catalog.
pub(crate) fn write_violation(out: &mut String, v: &Violation, catalog: Option<&Catalog>) {
    out.push_str("{\"field\":");
    write_str(out, v.field());
    out.push_str(",\"code\":\"");
    out.push_str(v.code());
    out.push('"');
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(catalog) = catalog {
        out.push_str(",\"message\":");
        write_str(out, &catalog.message(v));
    }
    #[cfg(target_arch = "wasm32")]
    let _ = catalog;
    out.push_str(",\"params\":{");
    for (i, (name, value)) in v.params().into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, name);
        out.push(':');
        write_param(out, value);
    }
    out.push('}');
    if let Some(errno) = v.errno() {
        out.push_str(",\"errno\":");
        push_int(out, errno.into());
    }
    out.push('}');
}

pub(crate) fn write_param(out: &mut String, p: Param) {
    match p {
        Param::Int(n) => push_int(out, n),
        Param::Str(s) => write_str(out, s),
        Param::List(items) => write_list(out, items),
    }
}

/// The normalized request body: the fields that were sent, in table order, every value a string.
///
/// `Debug` hides the values of secret fields; [`Payload::to_json`] is the real body to send.
///
/// ```
/// use yeastar_extension_rules::{validate, Field};
/// let report = validate(r#"{"registerpassword":"s3cret!","extid":1002.0}"#);
/// let payload = report.payload.unwrap();
/// assert_eq!(payload.get(Field::Extid), Some("1002"));
/// assert_eq!(payload.to_json(), r#"{"extid":"1002","registerpassword":"s3cret!"}"#);
/// assert!(!format!("{payload:?}").contains("s3cret"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Payload {
    buf: String,
    /// Each field's value as its start and end in `buf` (`NOT_SENT` for a field not sent):
    /// 8 bytes a field, so that a report is small to move (every body is far under 4 GiB).
    spans: [(u32, u32); COUNT],
    /// The fields in the order they were written: the profile's table order.
    order: [u8; COUNT],
    len: u8,
}

/// The span of a field that was not sent.
const NOT_SENT: (u32, u32) = (u32::MAX, u32::MAX);

impl Default for Payload {
    fn default() -> Self {
        Payload::with_capacity(0)
    }
}

impl Payload {
    pub(crate) fn with_capacity(bytes: usize) -> Payload {
        Payload {
            buf: String::with_capacity(bytes),
            spans: [NOT_SENT; COUNT],
            order: [0; COUNT],
            len: 0,
        }
    }

    pub(crate) fn push(&mut self, field: Field, value: &str) {
        let (Ok(start), Ok(end)) = (
            u32::try_from(self.buf.len()),
            u32::try_from(self.buf.len().saturating_add(value.len())),
        ) else {
            return;
        };
        if end == u32::MAX {
            return;
        }
        self.buf.push_str(value);
        if let Some(slot) = self.spans.get_mut(field.index()) {
            if *slot == NOT_SENT {
                if let Some(o) = self.order.get_mut(usize::from(self.len)) {
                    *o = field as u8;
                    self.len = self.len.saturating_add(1);
                }
            }
            *slot = (start, end);
        }
    }

    /// The value of one field, if it was sent.
    #[must_use]
    pub fn get(&self, field: Field) -> Option<&str> {
        let &(a, b) = self.spans.get(field.index())?;
        if (a, b) == NOT_SENT {
            return None;
        }
        self.buf
            .get(usize::try_from(a).ok()?..usize::try_from(b).ok()?)
    }

    /// The fields that were sent, in the table order of the profile that judged them.
    pub fn iter(&self) -> impl Iterator<Item = (Field, &str)> + '_ {
        self.order
            .get(..usize::from(self.len))
            .unwrap_or(&[])
            .iter()
            .filter_map(move |&i| {
                let f = *Field::ALL.get(usize::from(i))?;
                self.get(f).map(|v| (f, v))
            })
    }

    /// How many fields were sent.
    #[must_use]
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Whether no field was sent (never the case for a valid payload, which has `extid`).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The request body as compact JSON.
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(self.buf.len().saturating_add(16));
        self.write_json(&mut out);
        out
    }

    /// Appends the body's JSON to `out`.
    pub fn write_json(&self, out: &mut String) {
        out.push('{');
        for (i, (field, value)) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('"');
            out.push_str(field.name());
            out.push_str("\":");
            write_str(out, value);
        }
        out.push('}');
    }
}

impl fmt::Debug for Payload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (field, value) in self.iter() {
            if field.spec().secret {
                map.entry(&field.name(), &crate::report::update::REDACTED);
            } else {
                map.entry(&field.name(), &value);
            }
        }
        map.finish()
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use serde::ser::{SerializeMap, SerializeStruct};
    use serde::{Serialize, Serializer};

    use super::{Param, Payload, Report, Violation};

    impl Serialize for Report {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Report", 4)?;
            st.serialize_field("ok", &self.is_ok())?;
            st.serialize_field("errors", &self.errors)?;
            st.serialize_field("warnings", &self.warnings)?;
            st.serialize_field("payload", &self.payload)?;
            st.end()
        }
    }

    impl Serialize for Violation {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let errno = self.errno();
            let mut st = s.serialize_struct("Violation", if errno.is_some() { 5 } else { 4 })?;
            st.serialize_field("field", self.field())?;
            st.serialize_field("code", self.code())?;
            st.serialize_field("message", &self.message())?;
            st.serialize_field("params", &Params(self))?;
            if let Some(n) = errno {
                st.serialize_field("errno", &n)?;
            }
            st.end()
        }
    }

    struct Params<'a>(&'a Violation);

    impl Serialize for Params<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let params = self.0.params();
            let mut map = s.serialize_map(Some(params.len()))?;
            for (name, value) in params {
                match value {
                    Param::Int(n) => map.serialize_entry(name, &n)?,
                    Param::Str(v) => map.serialize_entry(name, v)?,
                    Param::List(v) => map.serialize_entry(name, v)?,
                }
            }
            map.end()
        }
    }

    impl Serialize for Payload {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(self.len()))?;
            for (field, value) in self.iter() {
                map.serialize_entry(field.name(), value)?;
            }
            map.end()
        }
    }
}
