//! JSON-in, JSON-out entry points: the whole surface the WebAssembly package and other foreign
//! callers need, tested natively so that the bindings stay a few lines. Internal (hidden from
//! the docs, not part of the stable API): its compact protocol changes with the bindings.

use crate::engine::context::{Context, ContextError, Current};

/// Reads the options JSON (`""` or `null` for none).
fn context(options: &str) -> Result<Context, ContextError> {
    if options.trim_ascii().is_empty() {
        return Ok(Context::new());
    }
    Context::from_json(options)
}

/// The key of a whole `extension/query` response's list of elements, for a binding that writes
/// a response it was handed as objects.
pub const QUERY_LIST: &str = crate::spec::profile::ROLES.query_list;

/// Current settings from UTF-8 bytes; over the limit, the size is what is wrong, whatever the
/// bytes are. (The one reader of current settings as bytes, for every binding.)
///
/// # Errors
/// [`ContextError::CurrentTooLarge`], a [`ContextError::BadOptions`] for bytes that are not
/// UTF-8, or what [`Current::from_json`] finds.
pub fn current_from(bytes: &[u8]) -> Result<Current, ContextError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Current::from_json(text),
        Err(_) if bytes.len() > crate::spec::MAX_CURRENT_BYTES => {
            Err(ContextError::CurrentTooLarge {
                max_bytes: crate::spec::MAX_CURRENT_BYTES,
            })
        }
        Err(_) => Err(ContextError::BadOptions(
            "the current settings are not UTF-8",
        )),
    }
}

/// Validates a payload given as JSON text with options `{"current":…,"extensions":[…]}` and
/// returns the report as JSON.
///
/// # Errors
/// A [`ContextError`] when the options are unusable; the payload itself never makes this fail.
///
/// ```
/// let out = yeastar_extension_rules::ffi::validate(r#"{"extid":"1002","username":"Amy"}"#, "")?;
/// assert!(out.starts_with(r#"{"ok":true"#));
/// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
/// ```
pub fn validate(payload: &str, options: &str) -> Result<String, ContextError> {
    let ctx = context(options)?;
    Ok(ctx.validate(payload).to_json())
}

/// Like [`validate`], for UTF-8 bytes (what a JavaScript `TextEncoder` hands over in one bulk
/// copy), and a report that is `ok` with no warnings comes back as `=` followed by
/// the payload JSON alone (or `=` alone when `body` is false: a caller that still holds the
/// values it sent can write the body itself): the caller knows the rest (`ok: true`, no errors,
/// no warnings), and the common case crosses a foreign boundary with far less text to parse.
/// Any other report comes in the compact form (`Report::write_compact`: `#` and the
/// violations as data, without messages): the caller renders the messages from a catalog, so
/// no prose crosses (M1), and parses no JSON for them.
///
/// # Errors
/// A [`ContextError`] when the options are unusable.
///
/// ```
/// let out = yeastar_extension_rules::ffi::validate_compact(br#"{"extid":1002}"#, "", true)?;
/// assert_eq!(out, r#"={"extid":"1002"}"#);
/// let out = yeastar_extension_rules::ffi::validate_compact(br#"{"extid":1002}"#, "", false)?;
/// assert_eq!(out, "=");
/// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
/// ```
pub fn validate_compact(payload: &[u8], options: &str, body: bool) -> Result<String, ContextError> {
    let ctx = context(options)?;
    let report = ctx.validate_bytes(payload);
    match &report.payload {
        Some(p) if report.warnings.is_empty() => {
            let mut out = String::with_capacity(payload.len().saturating_add(8));
            out.push('=');
            if body {
                p.write_json(&mut out);
            }
            Ok(out)
        }
        _ => {
            let violations = report.errors.len().saturating_add(report.warnings.len());
            let mut out = String::with_capacity(
                payload
                    .len()
                    .saturating_add(violations.saturating_mul(32))
                    .saturating_add(8),
            );
            report.write_compact(&mut out);
            Ok(out)
        }
    }
}

/// One member's value as a binding reads it from a host object (a JavaScript or Python
/// value), standing for what the member is as JSON text: a string, a number's JSON text, a
/// literal, or a nested array or object (whose insides no rule reads).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member<'a> {
    /// A string, as it is (not escaped).
    Str(&'a str),
    /// A number as JSON text (`12`, `-1.5e3`, `1e400`).
    Number(&'a str),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// An array (`[]`).
    Array,
    /// An object (`{}`).
    Object,
}

impl<'a> Member<'a> {
    /// As the reader reads it.
    fn value(self) -> crate::json::Value<'a> {
        use crate::json::Value;
        match self {
            Member::Str(s) => Value::Str(std::borrow::Cow::Borrowed(s)),
            Member::Number(n) => Value::Number(crate::json::number::Num::from_json(n)),
            Member::Bool(b) => Value::Bool(b),
            Member::Null => Value::Null,
            Member::Array => Value::Array,
            Member::Object => Value::Object,
        }
    }

    /// Its length as JSON text ([`write_json_str`] for a string).
    fn json_len(self) -> usize {
        match self {
            Member::Str(s) => crate::json::write::str_len(s),
            Member::Number(n) => n.len(),
            Member::Bool(true) | Member::Null => 4,
            Member::Bool(false) => 5,
            Member::Array | Member::Object => 2,
        }
    }
}

/// Validates a payload object given as its members, in order: the report of the object as
/// compact JSON text, each string written by [`write_json_str`] (what a binding would
/// otherwise write and have read again). The text's length is counted as the members come, so
/// an object whose text is longer than `MAX_BYTES` is too large, and no member past that
/// point is read (T1).
///
/// ```
/// use yeastar_extension_rules::{ffi::{validate_members, Member}, Context};
/// let report = validate_members(&Context::new(), [("extid", Member::Number("1002")), ("dnd", Member::Bool(true))]);
/// assert_eq!(report.to_json(), Context::new().validate(r#"{"extid":1002,"dnd":true}"#).to_json());
/// ```
pub fn validate_members<'a>(
    ctx: &Context,
    members: impl IntoIterator<Item = (&'a str, Member<'a>)>,
) -> crate::report::Report {
    // The braces, less the comma the first member does not have.
    let mut len = 1usize;
    let members = members.into_iter().map(move |(key, value)| {
        len = len
            .saturating_add(crate::json::write::str_len(key))
            .saturating_add(value.json_len())
            .saturating_add(2);
        (len <= crate::spec::MAX_BYTES).then(|| (key, value.value()))
    });
    ctx.validate_members(members)
}

/// Validates one field: `value` is JSON text, `payload` JSON text or `""` for none. The report
/// comes in the compact form, as from [`validate_compact`].
///
/// # Errors
/// A [`ContextError`] when the options are unusable.
///
/// ```
/// let out = yeastar_extension_rules::ffi::validate_field("dnd", "\"On\"", "", "")?;
/// // An error on field 35 (`S`, dnd), code 16 (`@`, invalid_option), param 11 (`;`, options:
/// // the field's own, `*`) and param 15 (`?`, suggestion: the string "on").
/// assert_eq!(out, "#\u{2}eS\u{1}@\u{1};*\u{1}?son");
/// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
/// ```
pub fn validate_field(
    field: &str,
    value: &str,
    payload: &str,
    options: &str,
) -> Result<String, ContextError> {
    let ctx = context(options)?;
    let payload = match payload.trim_ascii() {
        "" | "null" => None,
        _ => Some(payload),
    };
    let report = ctx.validate_field_by_name(field, value, payload);
    let mut out = String::with_capacity(128);
    report.write_compact(&mut out);
    Ok(out)
}

/// The minimal update from `current` (one `extinfos` element or a whole query response, JSON
/// text) to `desired` (JSON text), with `options` as for [`validate`] (its `current`, if any,
/// is not used), as the compact report whose payload is the minimal body (Q4).
///
/// # Errors
/// A [`ContextError`] when the current or desired settings or the options are unusable.
///
/// ```
/// let out = yeastar_extension_rules::ffi::diff_compact(
///     br#"{"extnumber":"1000","dnd":"off"}"#, br#"{"extnumber":"1000","dnd":"on"}"#, "")?;
/// assert!(out.ends_with(r#"p{"extid":"1000","dnd":"on"}"#.replace('p', "\u{2}p\u{1}").as_str()));
/// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
/// ```
pub fn diff_compact(current: &[u8], desired: &[u8], options: &str) -> Result<String, ContextError> {
    let current = current_from(current)?;
    let mut ctx = context(options)?;
    ctx.profile.takes_current()?;
    ctx.current = Some(current);
    let report = match std::str::from_utf8(desired) {
        Ok(text) => ctx.diff_json(text),
        Err(_) => ctx.validate_bytes(desired),
    };
    let mut out = String::with_capacity(256);
    report.write_compact(&mut out);
    Ok(out)
}

/// The current settings a form is filled from (Q1): the element of `current` (one `extinfos`
/// element or a whole query response of either API version, JSON text) picked by the
/// extension's number (see [`Current::element`]), as a JSON object in the library's reading
/// for the profile the options name (its name for the number, then the fields it takes that
/// are held, destinations as option and number, `moblie` as `mobile`; no secret, no
/// `extnumber`), or `null` when there is no such element.
///
/// # Errors
/// A [`ContextError`] when the current settings or the options are unusable (current
/// settings with `extension/add` among them).
///
/// ```
/// let out = yeastar_extension_rules::ffi::read_current(
///     br#"{"extinfos":[{"extnumber":"1000","moblie":"555","ntransferto":"ext1001","registerpassword":"s3cret"}]}"#, "1000", "")?;
/// assert_eq!(out, r#"{"extid":"1000","mobile":"555","ntransferto":"Extension","ntransferext":"1001"}"#);
/// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
/// ```
pub fn read_current(current: &[u8], number: &str, options: &str) -> Result<String, ContextError> {
    let profile = context(options)?.profile;
    profile.takes_current()?;
    let current = current_from(current)?;
    let mut out = String::with_capacity(512);
    match current.element(Some(number)) {
        Some(settings) => settings.form(profile).write_json(&mut out),
        None => out.push_str("null"),
    }
    Ok(out)
}

/// The name of the profile the options name (`v1-update`, `v2-add`; V1), so that a binding
/// picks the profile's exported metadata by the engine's reading of `api` and `call`.
///
/// # Errors
/// A [`ContextError`] when the options are unusable or name no profile.
///
/// ```
/// use yeastar_extension_rules::ffi::profile_name;
/// assert_eq!(profile_name(r#"{"api":"2.0.0","call":"extension/add"}"#).unwrap(), "v2-add");
/// assert_eq!(profile_name("").unwrap(), "v1-update");
/// assert!(profile_name(r#"{"api":"v1","call":"add"}"#).is_err());
/// ```
pub fn profile_name(options: &str) -> Result<String, ContextError> {
    Ok(context(options)?.profile.name())
}

/// Appends `s` as a JSON string literal (what a form's text input holds, as JSON text).
///
/// ```
/// let mut out = String::new();
/// yeastar_extension_rules::ffi::write_json_str(&mut out, "a\"b");
/// assert_eq!(out, r#""a\"b""#);
/// ```
pub fn write_json_str(out: &mut String, s: &str) {
    crate::json::write::write_str(out, s);
}

/// One field question as a line of the command line's `extcheck field --lines`:
/// `{"field": NAME, "value": VALUE, "form": {…}}` (`value` any JSON value, default `""`;
/// `form` optional, `null` for none). The name is decoded as the library decodes every key
/// (a lone surrogate escape is U+FFFD, as JavaScript's `TextEncoder` writes it), so the same
/// name reaches [`Context::validate_field_by_name`] from every binding.
pub struct FieldLine<'a> {
    /// The field's name.
    pub name: std::borrow::Cow<'a, str>,
    /// The value as JSON text.
    pub value: &'a str,
    /// The rest of the form as JSON text.
    pub form: Option<&'a str>,
}

impl<'a> FieldLine<'a> {
    /// Reads one line.
    ///
    /// # Errors
    /// What is wrong with the line, in English.
    ///
    /// ```
    /// let line = yeastar_extension_rules::ffi::FieldLine::parse(r#"{"field":"dnd","value":"On"}"#)?;
    /// assert_eq!((&*line.name, line.value, line.form), ("dnd", r#""On""#, None));
    /// # Ok::<(), &'static str>(())
    /// ```
    pub fn parse(text: &'a str) -> Result<FieldLine<'a>, &'static str> {
        use crate::json::{Members, TopLevel, Value};
        #[derive(Default)]
        struct Reader<'a> {
            name: Option<std::borrow::Cow<'a, str>>,
            value: Option<&'a str>,
            form: Option<&'a str>,
            problem: Option<&'static str>,
        }
        impl<'a> Members<'a> for Reader<'a> {
            fn key(&mut self, key: std::borrow::Cow<'a, str>) -> Option<usize> {
                match &*key {
                    "field" => Some(0),
                    "value" => Some(1),
                    "form" => Some(2),
                    _ => {
                        self.problem = Some("a line has only \"field\", \"value\" and \"form\"");
                        None
                    }
                }
            }
            fn value(&mut self, slot: usize, value: Value<'a>, raw: &'a str) {
                match (slot, value) {
                    (0, Value::Str(s)) => self.name = Some(s),
                    (0, _) => self.problem = Some("\"field\" must be a string"),
                    (1, _) => self.value = Some(raw),
                    (_, Value::Null) => {}
                    (_, _) => self.form = Some(raw),
                }
            }
        }
        let mut r = Reader::default();
        match crate::json::read(text, &mut r as &mut dyn Members<'a>) {
            Ok(TopLevel::Object) => {}
            _ => return Err("a line must be a JSON object"),
        }
        if let Some(problem) = r.problem {
            return Err(problem);
        }
        Ok(FieldLine {
            name: r.name.ok_or("a line needs \"field\"")?,
            value: r.value.unwrap_or("\"\""),
            form: r.form,
        })
    }
}
