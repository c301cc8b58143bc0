//! Optional context from the caller (rulings X1, X2): the extension's current settings and the
//! extension numbers that exist on the PBX. Plain data; the library never fetches it.

use std::borrow::Cow;
use std::fmt;

use crate::json::number::Num;
use crate::json::write::push_int;
use crate::json::{self, Members, TopLevel, Value};
use crate::spec::field::{Field, ValueRule, COUNT};
use crate::spec::profile::{query_alias, AddDefault, Profile, ProfileError, NUMBER_KEYS, ROLES};
use crate::spec::table::DESTINATIONS;

/// Why a piece of context could not be used. Its message is for the developer who passed it
/// (a `TypeError` in JavaScript), in English.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContextError {
    /// The current settings are not valid JSON.
    CurrentMalformed {
        /// What the reader found wrong, as a code (the catalogs' `names.reason`).
        reason: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The current settings are longer than [`MAX_CURRENT_BYTES`](crate::spec::MAX_CURRENT_BYTES)
    /// bytes of JSON text (refused before parsing).
    CurrentTooLarge {
        /// The limit, in bytes.
        max_bytes: usize,
    },
    /// The current settings are not a JSON object.
    CurrentNotAnObject {
        /// The JSON type found.
        found: &'static str,
    },
    /// An entry of the extension list is not 1 to 7 digits.
    BadExtension {
        /// 1-based position in the list.
        position: usize,
    },
    /// The options object is malformed.
    BadOptions(&'static str),
    /// The profile named is unknown, or does not go with the rest of the context (V1: `add`
    /// with API 1.x, current settings with `add`).
    BadProfile(ProfileError),
}

impl From<ProfileError> for ContextError {
    fn from(e: ProfileError) -> Self {
        ContextError::BadProfile(e)
    }
}

impl ContextError {
    /// Appends the message (written without the formatting machinery, which the
    /// WebAssembly module then does not carry).
    pub(crate) fn write_message(&self, out: &mut String) {
        match self {
            ContextError::CurrentMalformed {
                reason,
                line,
                column,
            } => {
                out.push_str("the current settings are not valid JSON: ");
                out.push_str(reason);
                out.push_str(" at line ");
                push_int(out, *line as u64);
                out.push_str(", column ");
                push_int(out, *column as u64);
            }
            ContextError::CurrentTooLarge { max_bytes } => {
                out.push_str("the current settings are larger than the limit of ");
                push_int(out, *max_bytes as u64);
                out.push_str(" bytes");
            }
            ContextError::CurrentNotAnObject { found } => {
                out.push_str(
                    "the current settings must be a JSON object (one element of extinfos, or a \
                     whole extension/query response), not ",
                );
                out.push_str(found);
            }
            ContextError::BadExtension { position } => {
                out.push_str("extension number ");
                push_int(out, *position as u64);
                out.push_str(" in the list is not 1 to 7 digits");
            }
            ContextError::BadOptions(what) => {
                out.push_str("the options are invalid: ");
                out.push_str(what);
            }
            ContextError::BadProfile(e) => out.push_str(e.message()),
        }
    }
}

impl fmt::Display for ContextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        self.write_message(&mut out);
        f.write_str(&out)
    }
}

impl std::error::Error for ContextError {}

/// An extension's present settings (X1, Q1): one element of `extinfos` from
/// `extension/query`, or a whole response (`{"status":"Success","extinfos":[…]}`), of which the
/// element whose `extnumber` is the payload's `extid` is used.
///
/// Both `mobile` and the response's spelling `moblie` are read; keys only the response has
/// (`status`, `type`, `port`, `language`, …) are ignored. Forwarding destinations are read in
/// the query page's spellings too (`voicemail`, `ext1000`, `mobile1399…`, `number9592…`, any
/// case): the option, and the number into the field the destination uses. `Debug` shows which
/// fields are held, never their values (the response carries the registration password in
/// plain text).
///
/// ```
/// use yeastar_extension_rules::{Field, context::Current};
/// let current = Current::from_json(r#"{"extnumber":"1000","moblie":"","btransferto":"ext1001"}"#)?;
/// assert_eq!(current.get(Field::Mobile), Some(""));
/// assert_eq!(current.get(Field::Btransferto), Some("Extension"));
/// assert_eq!(current.get(Field::Btransferext), Some("1001"));
/// let whole = Current::from_json(r#"{"status":"Success","extinfos":[{"extnumber":"1000"},{"extnumber":"1001","dnd":"on"}]}"#)?;
/// assert_eq!(whole.extension("1001").and_then(|c| c.get(Field::Dnd)), Some("on"));
/// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Current {
    /// One element, or every element of a whole response.
    elements: Vec<Settings>,
    /// Whether this is a whole response (its element is picked by the payload's `extid`).
    whole: bool,
}

/// One extension's settings, by field.
#[derive(Clone, PartialEq, Eq)]
pub struct Settings {
    values: [Option<String>; COUNT],
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            values: std::array::from_fn(|_| None),
        }
    }
}

impl Settings {
    /// The value of a field, `None` when the settings do not hold it.
    #[must_use]
    pub fn get(&self, field: Field) -> Option<&str> {
        self.values.get(field.index()).and_then(|v| v.as_deref())
    }

    fn set(&mut self, field: Field, value: String) {
        if let Some(slot) = self.values.get_mut(field.index()) {
            *slot = Some(value);
        }
    }

    /// The extension's number these settings hold: a query element's (`number` in API 2.0.0,
    /// `extnumber` in 1.x; V6).
    pub(crate) fn number(&self) -> Option<&str> {
        NUMBER_KEYS.iter().find_map(|f| self.get(*f))
    }

    /// The settings an added extension starts from (V5): the profile's defaults (the number
    /// where a default is the number), every other switch off and every other field blank.
    pub(crate) fn defaults(profile: Profile, number: Option<&str>) -> Settings {
        let mut s = Settings::default();
        for spec in profile.fields() {
            let start = if spec.rule == ValueRule::Switch {
                crate::spec::table::OFF
            } else {
                ""
            };
            s.set(spec.field, start.to_owned());
        }
        for d in profile.defaults() {
            match *d {
                AddDefault::Value(field, value) => s.set(field, value.to_owned()),
                AddDefault::Number(field) => s.set(field, number.unwrap_or("").to_owned()),
            }
        }
        s
    }

    /// The settings as a form of this profile is filled from them: the extension's number
    /// (the element's `number` or `extnumber`, or that of a payload-shaped one) under the
    /// profile's name for it, then every other field the profile takes, in its table order,
    /// with its value as the library read it (Q1). A new number and the secrets are left
    /// out: no output holds a secret (G4).
    pub(crate) fn form(&self, profile: Profile) -> crate::report::Payload {
        let roles = profile.roles();
        let mut form = crate::report::Payload::with_capacity(256);
        if let Some(n) = self.number().or_else(|| self.get(roles.number)) {
            form.push(roles.number, n);
        }
        for spec in profile.fields() {
            let number = spec.field == roles.number || Some(spec.field) == roles.renumber;
            if let (Some(v), false) = (self.get(spec.field), spec.secret || number) {
                form.push(spec.field, v);
            }
        }
        form
    }

    /// Destinations in the query page's spellings, as options, with their numbers (Q1).
    fn normalize(&mut self) {
        for spec in crate::spec::table::FIELDS.iter() {
            let ValueRule::OneOf(options) = spec.rule else {
                continue;
            };
            if options != DESTINATIONS {
                continue;
            }
            let Some(value) = self.get(spec.field) else {
                continue;
            };
            if options.contains(&value) {
                continue;
            }
            let Some((option, number)) = crate::spec::query::query_destination(value) else {
                continue;
            };
            self.set(spec.field, option.to_owned());
            let target = crate::spec::query::number_field(spec.field, option);
            if let (Some(number), Some(target)) = (number, target) {
                if self.get(target).is_none_or(str::is_empty) {
                    self.set(target, number);
                }
            }
        }
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let held = Field::ALL
            .iter()
            .filter(|field| self.get(**field).is_some())
            .map(|field| field.name());
        f.debug_struct("Settings")
            .field("fields", &held.collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl Default for Current {
    fn default() -> Self {
        Current {
            elements: vec![Settings::default()],
            whole: false,
        }
    }
}

impl Current {
    /// Reads the current settings from JSON text: one `extinfos` element, or a whole
    /// `extension/query` response.
    ///
    /// # Errors
    /// [`ContextError::CurrentTooLarge`] for text over
    /// [`MAX_CURRENT_BYTES`](crate::spec::MAX_CURRENT_BYTES) bytes,
    /// [`ContextError::CurrentMalformed`] or [`ContextError::CurrentNotAnObject`] (also for
    /// an `extinfos` that is not a list of objects).
    ///
    /// ```
    /// use yeastar_extension_rules::{context::Current, error::ContextError, rules::MAX_CURRENT_BYTES};
    /// let big = format!(r#"{{"username":"{}"}}"#, "a".repeat(MAX_CURRENT_BYTES));
    /// assert_eq!(
    ///     Current::from_json(&big),
    ///     Err(ContextError::CurrentTooLarge { max_bytes: MAX_CURRENT_BYTES })
    /// );
    /// ```
    pub fn from_json(text: &str) -> Result<Current, ContextError> {
        if text.len() > crate::spec::MAX_CURRENT_BYTES {
            return Err(ContextError::CurrentTooLarge {
                max_bytes: crate::spec::MAX_CURRENT_BYTES,
            });
        }
        let element = read_element(text)?;
        let Some(list) = element.extinfos else {
            let mut settings = element.settings;
            settings.normalize();
            return Ok(Current {
                elements: vec![settings],
                whole: false,
            });
        };
        let mut elements = Vec::new();
        let mut bad = None;
        let read = json::read_array(list, &mut |_, value, raw| match value {
            Value::Object => match read_element(raw) {
                Ok(mut e) => {
                    e.settings.normalize();
                    elements.push(e.settings);
                }
                Err(err) => {
                    bad.get_or_insert(err);
                }
            },
            other => {
                bad.get_or_insert(ContextError::CurrentNotAnObject {
                    found: other.type_name(),
                });
            }
        });
        match (read, bad) {
            (Ok(true), None) => Ok(Current {
                elements,
                whole: true,
            }),
            (_, Some(err)) => Err(err),
            _ => Err(ContextError::CurrentNotAnObject { found: "array" }),
        }
    }

    /// Reads the current settings from a `serde_json::Value`: one element or a whole response.
    ///
    /// # Errors
    /// [`ContextError::CurrentNotAnObject`] when the value (or an element) is not an object.
    #[cfg(feature = "serde")]
    pub fn from_value(value: &serde_json::Value) -> Result<Current, ContextError> {
        let serde_json::Value::Object(map) = value else {
            return Err(ContextError::CurrentNotAnObject {
                found: crate::json::value::type_name(value),
            });
        };
        let element = |map: &serde_json::Map<String, serde_json::Value>| {
            let mut reader = ElementReader::default();
            for (k, v) in map {
                if let Some(slot) = reader.key(Cow::Borrowed(k.as_str())) {
                    reader.value(slot, crate::json::value::from_serde(v), "");
                }
            }
            reader.settings.normalize();
            reader.settings
        };
        match map.get(ROLES.query_list) {
            Some(serde_json::Value::Array(list)) => {
                let mut elements = Vec::with_capacity(list.len());
                for item in list {
                    let serde_json::Value::Object(m) = item else {
                        return Err(ContextError::CurrentNotAnObject {
                            found: crate::json::value::type_name(item),
                        });
                    };
                    elements.push(element(m));
                }
                Ok(Current {
                    elements,
                    whole: true,
                })
            }
            Some(other) => Err(ContextError::CurrentNotAnObject {
                found: crate::json::value::type_name(other),
            }),
            None => Ok(Current {
                elements: vec![element(map)],
                whole: false,
            }),
        }
    }

    /// Sets one field's current value (of the first element of a whole response).
    #[must_use]
    pub fn with(mut self, field: Field, value: impl Into<String>) -> Current {
        if let Some(first) = self.elements.first_mut() {
            first.set(field, value.into());
        }
        self
    }

    /// The current value of a field, `None` when the settings do not hold it (for a whole
    /// response, in its first element; [`Current::extension`] picks one).
    #[must_use]
    pub fn get(&self, field: Field) -> Option<&str> {
        self.elements.first().and_then(|s| s.get(field))
    }

    /// The one element, or a whole response's first.
    pub(crate) fn first(&self) -> Option<&Settings> {
        self.elements.first()
    }

    /// Whether these are a whole `extension/query` response.
    #[must_use]
    pub fn is_response(&self) -> bool {
        self.whole
    }

    /// The settings a form starts from: for one element, that element; for a whole response,
    /// the element whose `extnumber` is `number`, or with no number (`None` or `""`) its only
    /// element when it has exactly one. `None` when there is no such element.
    ///
    /// ```
    /// use yeastar_extension_rules::{Field, context::Current};
    /// let whole = Current::from_json(r#"{"extinfos":[{"extnumber":"1000","ntransferto":"ext1001"}]}"#)?;
    /// let settings = whole.element(None).unwrap();
    /// assert_eq!(settings.get(Field::Ntransferto), Some("Extension"));
    /// assert_eq!(settings.get(Field::Ntransferext), Some("1001"));
    /// assert!(whole.element(Some("1002")).is_none());
    /// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
    /// ```
    #[must_use]
    pub fn element(&self, number: Option<&str>) -> Option<&Settings> {
        match number.filter(|n| !n.is_empty()) {
            Some(n) => self.extension(n),
            None if !self.whole || self.elements.len() == 1 => self.elements.first(),
            None => None,
        }
    }

    /// The settings of extension `number`: for a whole response, its element whose
    /// `extnumber` is `number` (`None` when there is none); else the one element.
    #[must_use]
    pub fn extension(&self, number: &str) -> Option<&Settings> {
        if !self.whole {
            return self.elements.first();
        }
        self.elements.iter().find(|s| s.number() == Some(number))
    }
}

/// One element as read, and the raw `extinfos` list if the text was a whole response.
struct Element<'a> {
    settings: Settings,
    extinfos: Option<&'a str>,
}

fn read_element(text: &str) -> Result<Element<'_>, ContextError> {
    let mut reader = ElementReader::default();
    match json::read(text, &mut reader as &mut dyn Members<'_>) {
        Ok(TopLevel::Object) => Ok(Element {
            settings: reader.settings,
            extinfos: reader.extinfos,
        }),
        Ok(TopLevel::Other(found)) => Err(ContextError::CurrentNotAnObject { found }),
        Err(e) => {
            let (line, column) = json::line_column(text, e.offset);
            Err(ContextError::CurrentMalformed {
                reason: e.reason,
                line,
                column,
            })
        }
    }
}

/// The slot of a whole response's list of elements (`ROLES.query_list`); a key the response
/// spells otherwise (`moblie`, X1) is read into slot `EXTINFOS + 1 +` its field's index.
const EXTINFOS: usize = crate::spec::field::COUNT;

#[derive(Default)]
struct ElementReader<'a> {
    settings: Settings,
    extinfos: Option<&'a str>,
}

impl<'a> Members<'a> for ElementReader<'a> {
    fn key(&mut self, key: Cow<'a, str>) -> Option<usize> {
        if let Some(field) = Field::from_name(&key) {
            return Some(field.index());
        }
        if *key == *ROLES.query_list {
            return Some(EXTINFOS);
        }
        query_alias(&key).map(|field| EXTINFOS.saturating_add(1).saturating_add(field.index()))
    }

    fn value(&mut self, slot: usize, value: Value<'a>, raw: &'a str) {
        if slot == EXTINFOS {
            self.extinfos = Some(raw);
            return;
        }
        let alias = slot > EXTINFOS;
        let index = if alias {
            slot.saturating_sub(EXTINFOS.saturating_add(1))
        } else {
            slot
        };
        let Some(&field) = Field::ALL.get(index) else {
            return;
        };
        let text = match value {
            Value::Str(s) => s.into_owned(),
            Value::Null => String::new(),
            Value::Number(n) => match number_text(n) {
                Some(text) => text,
                None => return,
            },
            Value::Bool(_) | Value::Array | Value::Object => return,
        };
        // The update's spelling wins over the query's when a document has both.
        if self.settings.get(field).is_none() || !alias {
            self.settings.set(field, text);
        }
    }
}

/// A whole, non-negative number as decimal digits; `None` for anything else (a current value
/// that is not a whole number cannot satisfy any rule that reads it).
fn number_text(n: Num) -> Option<String> {
    match n {
        Num::Whole(int) => {
            let mut digits = String::with_capacity(20);
            push_int(&mut digits, int);
            Some(digits)
        }
        Num::Huge | Num::NotWhole => None,
    }
}

impl fmt::Debug for Current {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Current")
            .field("elements", &self.elements)
            .field("whole", &self.whole)
            .finish()
    }
}

/// The extension numbers that exist on the PBX (X2).
///
/// ```
/// use yeastar_extension_rules::context::Extensions;
/// let list = Extensions::parse_list("1000, 1001,1002")?;
/// assert!(list.contains("1001"));
/// assert!(!list.contains("1003"));
/// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extensions {
    // A PBX has at most a few thousand extensions and a payload needs at most four look-ups,
    // so a plain list beats sorting (and keeps a sort routine out of the wasm module).
    numbers: Vec<String>,
}

impl Extensions {
    /// From extension numbers, each 1 to 7 digits.
    ///
    /// # Errors
    /// [`ContextError::BadExtension`] for an entry that is not 1 to 7 digits.
    pub fn new<I, S>(numbers: I) -> Result<Extensions, ContextError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut list = Vec::new();
        for (i, n) in numbers.into_iter().enumerate() {
            list.push(extension_number(n.as_ref(), i.saturating_add(1))?);
        }
        Ok(Extensions { numbers: list })
    }

    /// From a comma-separated list such as `1000,1001` (spaces around entries are allowed).
    ///
    /// # Errors
    /// [`ContextError::BadExtension`] for an entry that is not 1 to 7 digits.
    pub fn parse_list(list: &str) -> Result<Extensions, ContextError> {
        if list.trim().is_empty() {
            return Ok(Extensions::default());
        }
        Extensions::new(list.split(',').map(str::trim))
    }

    /// Whether the number exists.
    #[must_use]
    pub fn contains(&self, number: &str) -> bool {
        self.numbers.iter().any(|n| n == number)
    }

    /// How many numbers the list holds (as given, repeats included).
    #[must_use]
    pub fn len(&self) -> usize {
        self.numbers.len()
    }

    /// Whether the list is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty()
    }
}

/// One extension number (1 to 7 digits) of a list, at 1-based `position`.
fn extension_number(n: &str, position: usize) -> Result<String, ContextError> {
    if n.is_empty() || n.len() > 7 || !n.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ContextError::BadExtension { position });
    }
    Ok(n.to_owned())
}

/// Everything optional that validation may take into account.
///
/// ```
/// use yeastar_extension_rules::{Context, context::Extensions};
/// let ctx = Context::new().extensions(Extensions::parse_list("1000,1001")?);
/// let report = ctx.validate(r#"{"extid":"1002"}"#);
/// assert_eq!(report.errors[0].code(), "extension_not_found");
/// assert_eq!(report.errors[0].errno(), Some(10006));
/// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub(crate) current: Option<Current>,
    pub(crate) extensions: Option<Extensions>,
    pub(crate) profile: Profile,
    pub(crate) weak_passwords: bool,
}

impl Context {
    /// No context: conditional rules on fields left out become warnings (C5).
    #[must_use]
    pub fn new() -> Context {
        Context::default()
    }

    /// The extension's current settings (X1).
    #[must_use]
    pub fn current(mut self, current: Current) -> Context {
        self.current = Some(current);
        self
    }

    /// The extensions that exist (X2).
    #[must_use]
    pub fn extensions(mut self, extensions: Extensions) -> Context {
        self.extensions = Some(extensions);
        self
    }

    /// The profile to judge by (V1); API 1.x `extension/update` when none is given.
    ///
    /// ```
    /// use yeastar_extension_rules::{Context, Profile};
    /// let ctx = Context::new().profile(Profile::new("v2", "update")?)?;
    /// let report = ctx.validate(r#"{"extid":"1002"}"#);
    /// assert_eq!(report.errors[0].field(), "number");
    /// assert_eq!(report.errors[0].code(), "required");
    /// assert_eq!(report.errors[1].code(), "other_api_version");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`ContextError::BadProfile`] for `extension/add` when the context holds current
    /// settings: an extension being added has none (V1).
    pub fn profile(mut self, profile: Profile) -> Result<Context, ContextError> {
        if self.current.is_some() {
            profile.takes_current()?;
        }
        self.profile = profile;
        Ok(self)
    }

    /// Whether the PBX allows weak passwords ("Allow Weak Password", V4): API 2.0.0's
    /// passwords are then judged by the basic policy. No effect in API 1.x.
    #[must_use]
    pub fn weak_passwords(mut self, allowed: bool) -> Context {
        self.weak_passwords = allowed;
        self
    }

    /// The profile this context judges by.
    #[must_use]
    pub fn profile_in_use(&self) -> Profile {
        self.profile
    }

    /// Reads `{ "current": {…}, "extensions": ["1000", 1001, …], "api": "v2", "call": "add",
    /// "weakPasswords": true }`, every key optional (`null` means absent), as the command line
    /// and the JavaScript package pass it.
    ///
    /// # Errors
    /// A [`ContextError`] naming what is wrong.
    pub fn from_json(text: &str) -> Result<Context, ContextError> {
        let mut reader = OptionsReader::default();
        match json::read(text, &mut reader as &mut dyn Members<'_>) {
            Ok(TopLevel::Object) => {}
            Ok(TopLevel::Other("null")) => return Ok(Context::default()),
            Ok(TopLevel::Other(_)) => return Err(ContextError::BadOptions("not an object")),
            Err(_) => return Err(ContextError::BadOptions("not valid JSON")),
        }
        if let Some(problem) = reader.problem {
            return Err(ContextError::BadOptions(problem));
        }
        let mut ctx = Context::new();
        if let Some(raw) = reader.current {
            ctx.current = Some(Current::from_json(raw)?);
        }
        if let Some(raw) = reader.extensions {
            ctx.extensions = Some(extension_array(raw)?);
        }
        let text =
            |raw: Option<&str>, what: &'static str| -> Result<Option<String>, ContextError> {
                match raw.map(json::read_value) {
                    None => Ok(None),
                    Some(Ok(Value::Str(s))) => Ok(Some(s.into_owned())),
                    Some(_) => Err(ContextError::BadOptions(what)),
                }
            };
        let api = text(reader.api, "api must be a string")?;
        let call = text(reader.call, "call must be a string")?;
        if api.is_some() || call.is_some() {
            let profile = Profile::new(
                api.as_deref().unwrap_or("v1"),
                call.as_deref().unwrap_or("update"),
            )?;
            ctx = ctx.profile(profile)?;
        }
        match reader.weak.map(json::read_value) {
            None => {}
            Some(Ok(Value::Bool(b))) => ctx.weak_passwords = b,
            Some(_) => {
                return Err(ContextError::BadOptions(
                    "weakPasswords must be true or false",
                ))
            }
        }
        Ok(ctx)
    }
}

/// Picks the raw members out of an options object.
#[derive(Default)]
struct OptionsReader<'a> {
    current: Option<&'a str>,
    extensions: Option<&'a str>,
    api: Option<&'a str>,
    call: Option<&'a str>,
    weak: Option<&'a str>,
    problem: Option<&'static str>,
}

impl<'a> Members<'a> for OptionsReader<'a> {
    fn key(&mut self, key: Cow<'a, str>) -> Option<usize> {
        match &*key {
            "current" => Some(0),
            "extensions" => Some(1),
            "api" => Some(2),
            "call" => Some(3),
            "weakPasswords" => Some(4),
            _ => {
                self.problem = Some(
                    "only \"current\", \"extensions\", \"api\", \"call\" and \"weakPasswords\" \
                     are known",
                );
                None
            }
        }
    }

    fn value(&mut self, slot: usize, value: Value<'a>, raw: &'a str) {
        let slot = match slot {
            0 => &mut self.current,
            1 => &mut self.extensions,
            2 => &mut self.api,
            3 => &mut self.call,
            _ => &mut self.weak,
        };
        if slot.is_some() {
            self.problem = Some("a key is given twice");
        }
        *slot = if value == Value::Null {
            None
        } else {
            Some(raw)
        };
    }
}

/// Reads a JSON array of extension numbers (strings or whole numbers).
fn extension_array(text: &str) -> Result<Extensions, ContextError> {
    const NOT_A_LIST: ContextError =
        ContextError::BadOptions("extensions must be an array of extension numbers");
    let mut numbers = Vec::new();
    let mut bad = None;
    let is_array = json::read_array(text, &mut |position, value, _| {
        let checked = match value {
            Value::Str(s) => extension_number(&s, position),
            Value::Number(n) => match number_text(n) {
                Some(digits) => extension_number(&digits, position),
                None => Err(ContextError::BadExtension { position }),
            },
            _ => Err(ContextError::BadExtension { position }),
        };
        match checked {
            Ok(n) => numbers.push(n),
            Err(e) => {
                bad.get_or_insert(e);
            }
        }
    });
    match (is_array, bad) {
        (Ok(true), None) => Ok(Extensions { numbers }),
        (Ok(true), Some(e)) => Err(e),
        _ => Err(NOT_A_LIST),
    }
}
