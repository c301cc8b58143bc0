//! Validation: one pass over a payload, all errors in table order (G5).

use std::borrow::Cow;

use crate::engine::check::{self, suggest_field};
use crate::engine::context::{Context, Settings};
use crate::json::{self, Members, TopLevel, Value};
use crate::report::{Payload, Report};
use crate::spec::cross::{
    consecutive_digits, lacking, ContextCheck, ContextRule, Outcome, Requirement,
};
use crate::spec::field::{same, Field, FieldSpec, COUNT};
use crate::spec::profile::{Call, Profile};
use crate::spec::violation::{Violation, ViolationKind};

use crate::spec::{MAX_BYTES, MAX_KEY_SHOWN, MAX_UNKNOWN_KEYS};

/// Validates a payload given as JSON text.
///
/// Every entry point comes in two forms with the same arguments: a function here, without
/// context, and a method of the same name on [`Context`], with it (rulings X1, X2).
///
/// ```
/// use yeastar_extension_rules::validate;
/// let report = validate(r#"{"extid": "1002", "username": "Amy"}"#);
/// assert!(report.is_ok());
/// ```
#[must_use]
pub fn validate(text: &str) -> Report {
    Context::new().validate(text)
}

/// Validates a payload given as bytes, which must be UTF-8 JSON (G1). With context:
/// [`Context::validate_bytes`].
///
/// ```
/// use yeastar_extension_rules::validate_bytes;
/// let report = validate_bytes(b"{\"extid\":\"10\xff\"}");
/// assert_eq!(report.errors[0].code(), "invalid_utf8");
/// ```
#[must_use]
pub fn validate_bytes(bytes: &[u8]) -> Report {
    Context::new().validate_bytes(bytes)
}

/// Validates a payload given as a `serde_json::Value`. With context:
/// [`Context::validate_value`].
///
/// A `Value` cannot hold duplicate keys (its map kept one copy), so G3 cannot be checked here;
/// validate the JSON text to catch them.
///
/// Nested arrays and objects are judged by their kind alone (no rule reads inside them), and
/// the size limit applies to what the rules see, as in the JavaScript package's object path:
/// an object whose members, written as compact JSON with every nested value as `[]` or `{}`,
/// are over [`MAX_BYTES`] is one `too_large` error, found after a look at about that many
/// bytes' worth of members, however large the value (T1).
///
/// ```
/// use yeastar_extension_rules::validate_value;
/// let value = serde_json::json!({"extid": 1002, "dnd": "On"});
/// let report = validate_value(&value);
/// assert_eq!(report.errors[0].field(), "dnd");
/// assert_eq!(report.errors[0].message(), "Do not disturb must be one of \"on\" or \"off\". Did you mean \"on\"?");
/// ```
#[cfg(feature = "serde")]
#[must_use]
pub fn validate_value(value: &serde_json::Value) -> Report {
    Context::new().validate_value(value)
}

/// Validates one field as a form would while the user types: `value` is the text in the input,
/// `payload` (JSON text, optional) the rest of the form. The report holds that field's own
/// violations plus those of cross-field rules that report on it, and errors on the payload as
/// a whole; its `payload` is always `None`. With context: [`Context::validate_field`].
///
/// ```
/// use yeastar_extension_rules::{validate_field, Field};
/// let form = Some(r#"{"extid":"1002","enablemobile":"on"}"#);
/// let report = validate_field(Field::Mobile, "", form);
/// assert_eq!(report.errors[0].code(), "conditionally_required");
/// let report = validate_field(Field::Mobile, "5551234", form);
/// assert!(report.is_ok());
/// ```
#[must_use]
pub fn validate_field(field: Field, value: &str, payload: Option<&str>) -> Report {
    Context::new().validate_field(field, value, payload)
}

/// The entry points with context: the same five as the free functions, with the same
/// arguments, so text, bytes, a `serde_json::Value` and one field are judged against the same
/// current settings and extension list in the same way.
impl Context {
    /// [`validate`] with this context.
    ///
    /// ```
    /// use yeastar_extension_rules::{Context, context::Current};
    /// let current = Current::from_json(r#"{"extnumber":"1002","moblie":""}"#)?;
    /// let report = Context::new().current(current).validate(r#"{"extid":"1002","enablemobile":"on"}"#);
    /// assert_eq!(report.errors[0].field(), "mobile");
    /// assert_eq!(report.errors[0].code(), "conditionally_required");
    /// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
    /// ```
    #[must_use]
    pub fn validate(&self, text: &str) -> Report {
        let mut doc = Document::new(self.profile);
        match collect(text, &mut doc) {
            Ok(()) => evaluate(&mut doc, self, None),
            Err(v) => Report::root_error(v),
        }
    }

    /// An object given as its members, in order, each value as the JSON text reader reads it:
    /// the report of the object's JSON text (the bindings' way in for a host object, through
    /// `ffi::validate_members`, which counts that text's length). A `None` member: the text
    /// would be longer than [`MAX_BYTES`], so the payload is too large (nothing after it is
    /// read, T1).
    pub(crate) fn validate_members<'a>(
        &self,
        members: impl IntoIterator<Item = Option<(&'a str, Value<'a>)>>,
    ) -> Report {
        let mut doc = Document::new(self.profile);
        for member in members {
            let Some((key, value)) = member else {
                return Report::root_error(too_large());
            };
            if let Some(slot) = doc.key(Cow::Borrowed(key)) {
                doc.value(slot, value, "");
            }
        }
        evaluate(&mut doc, self, None)
    }

    /// [`validate_bytes`] with this context.
    ///
    /// ```
    /// use yeastar_extension_rules::{Context, context::Extensions};
    /// let ctx = Context::new().extensions(Extensions::parse_list("1000")?);
    /// let report = ctx.validate_bytes(br#"{"extid":"1002"}"#);
    /// assert_eq!(report.errors[0].code(), "extension_not_found");
    /// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
    /// ```
    #[must_use]
    pub fn validate_bytes(&self, bytes: &[u8]) -> Report {
        if bytes.len() > MAX_BYTES {
            return Report::root_error(too_large());
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => self.validate(text),
            Err(e) => Report::root_error(Violation::root(ViolationKind::InvalidUtf8 {
                offset: e.valid_up_to(),
            })),
        }
    }

    /// [`validate_value`] with this context.
    ///
    /// ```
    /// use yeastar_extension_rules::{Context, context::Extensions};
    /// let ctx = Context::new().extensions(Extensions::parse_list("1000")?);
    /// let report = ctx.validate_value(&serde_json::json!({"extid": 1002}));
    /// assert_eq!(report.errors[0].code(), "extension_not_found");
    /// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
    /// ```
    #[cfg(feature = "serde")]
    #[must_use]
    pub fn validate_value(&self, value: &serde_json::Value) -> Report {
        let serde_json::Value::Object(map) = value else {
            return Report::root_error(Violation::root(ViolationKind::NotAnObject {
                found: crate::json::value::type_name(value),
            }));
        };
        if crate::json::value::longer_than(map, MAX_BYTES) {
            return Report::root_error(too_large());
        }
        self.validate_members(
            map.iter()
                .map(|(k, v)| Some((k.as_str(), crate::json::value::from_serde(v)))),
        )
    }

    /// [`validate_field`] with this context.
    ///
    /// ```
    /// use yeastar_extension_rules::{Context, Field, context::Extensions};
    /// let ctx = Context::new().extensions(Extensions::parse_list("1000,1001")?);
    /// let report = ctx.validate_field(Field::Atransferext, "1009", None);
    /// assert_eq!(report.errors[0].code(), "extension_not_found");
    /// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
    /// ```
    #[must_use]
    pub fn validate_field(&self, field: Field, value: &str, payload: Option<&str>) -> Report {
        if value.len() > MAX_BYTES {
            // What a request body holding it would get (G1).
            return Report::root_error(too_large());
        }
        field_report(field, Value::Str(Cow::Borrowed(value)), payload, self)
    }

    /// [`validate_field`] with the value as JSON text, as a form or a binding holds it: a
    /// string, a number, `true`/`false` or `null`.
    #[must_use]
    pub fn validate_field_json(
        &self,
        field: Field,
        value_json: &str,
        payload: Option<&str>,
    ) -> Report {
        match read_field_value(value_json) {
            Ok(value) => field_report(field, value, payload, self),
            Err(root) => Report::root_error(root),
        }
    }
}

impl Context {
    /// [`Context::validate_field_json`] with the field named by any string: a key the profile
    /// does not take gets exactly what a payload holding it gets (`unknown_key`,
    /// `not_updatable`, `other_api_version`).
    ///
    /// ```
    /// use yeastar_extension_rules::{Context, context::Extensions};
    /// let ctx = Context::new().extensions(Extensions::parse_list("1000")?);
    /// let report = ctx.validate_field_by_name("atransferext", "1009", None);
    /// assert_eq!(report.errors[0].code(), "extension_not_found");
    /// # Ok::<(), yeastar_extension_rules::error::ContextError>(())
    /// ```
    #[must_use]
    pub fn validate_field_by_name(
        &self,
        name: &str,
        value_json: &str,
        payload: Option<&str>,
    ) -> Report {
        if let Some(field) = Field::from_name(name).filter(|f| self.profile.takes(*f)) {
            return self.validate_field_json(field, value_json, payload);
        }
        if name.len() > MAX_BYTES {
            // No request body over the limit is read (G1).
            return Report::root_error(too_large());
        }
        // The value and the rest of the form are read as `validate` reads the request body:
        // what it would refuse as a whole is the answer here too.
        if let Err(root) = read_field_value(value_json) {
            return Report::root_error(root);
        }
        if let Some(text) = payload {
            let mut doc = Document::new(self.profile);
            if let Err(root) = collect(text, &mut doc) {
                return Report::root_error(root);
            }
        }
        Report::root_error(key_violation(self.profile, name))
    }
}

/// The root error for a request body over [`MAX_BYTES`] (G1).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn too_large() -> Violation {
    Violation::root(ViolationKind::TooLarge {
        max_bytes: MAX_BYTES,
    })
}

/// A field's value as JSON text, read with the request body's size limit (G1, T1).
fn read_field_value(value_json: &str) -> Result<Value<'_>, Violation> {
    if value_json.len() > MAX_BYTES {
        return Err(too_large());
    }
    json::read_value(value_json).map_err(|e| malformed(value_json, e))
}

/// The violation on a key that the profile's call does not take, as the report shows it:
/// `not_updatable` for a key the query returns (Q2), `other_api_version` for a parameter of
/// the other API version (V2), else `unknown_key` with a suggestion (G2), on the key
/// shortened past [`MAX_KEY_SHOWN`] characters.
fn key_violation(profile: Profile, key: &str) -> Violation {
    // The call is named where it is not an update (V5).
    let call = (profile.call() != Call::Update).then(|| profile.call().code());
    let kind = if let Some(instead) = profile.not_updatable_key(key) {
        ViolationKind::NotUpdatable {
            instead: instead.map(Field::name),
            call,
        }
    } else if let Some(kind) = Field::from_name(key).and_then(|f| other_api_version(profile, f)) {
        kind
    } else {
        ViolationKind::UnknownKey {
            suggestion: suggest_field(profile, key),
            call,
        }
    };
    Violation::on_key(shown_key(key), kind)
}

/// `other_api_version` for a field that another API version's call takes and this one does
/// not (V2), with this version's name for it where the field names the extension there.
fn other_api_version(profile: Profile, field: Field) -> Option<ViolationKind> {
    let other = Profile::all().find(|p| p.api() != profile.api() && p.takes(field))?;
    Some(ViolationKind::OtherApiVersion {
        api: other.api().code(),
        instead: (field == other.roles().number).then(|| profile.roles().number.name()),
    })
}

fn field_report(field: Field, value: Value<'_>, payload: Option<&str>, ctx: &Context) -> Report {
    if !ctx.profile.takes(field) {
        return Report::root_error(key_violation(ctx.profile, field.name()));
    }
    let mut doc = Document::new(ctx.profile);
    if let Some(text) = payload {
        if let Err(root) = collect(text, &mut doc) {
            return Report::root_error(root);
        }
    }
    // The value being typed replaces whatever the rest of the form holds for the field.
    doc.set(field, Slot::checked(ctx.profile.row(field), value));
    evaluate(&mut doc, ctx, Some(field))
}

/// Parses JSON text into `doc` (filled in place: it is large), or gives the one root error (G1).
fn collect<'a>(text: &'a str, doc: &mut Document<'a>) -> Result<(), Violation> {
    if text.len() > MAX_BYTES {
        return Err(too_large());
    }
    // Natively the member visitor is compiled into the reader, with the reader's hot paths
    // inlined (`cfg_attr(…, inline(always))` in json/read.rs and engine/check.rs); the
    // WebAssembly module keeps one shared copy of each instead, where size counts more
    // (BENCHMARKS.md measures both).
    #[cfg(not(target_arch = "wasm32"))]
    let read = json::read(text, doc);
    #[cfg(target_arch = "wasm32")]
    let read = json::read(text, doc as &mut dyn Members<'a>);
    match read {
        Ok(TopLevel::Object) => Ok(()),
        Ok(TopLevel::Other(found)) => Err(Violation::root(ViolationKind::NotAnObject { found })),
        Err(e) => Err(malformed(text, e)),
    }
}

/// The root error for text that is not JSON, with the line and column of the problem. (One
/// copy in the module, shared by every reader of JSON text.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn malformed(text: &str, e: json::SyntaxError) -> Violation {
    let (line, column) = json::line_column(text, e.offset);
    Violation::root(ViolationKind::Malformed {
        reason: e.reason,
        line,
        column,
    })
}

/// One field of a payload, checked against its own rule as soon as it is read.
enum Slot<'a> {
    /// Not sent.
    Absent,
    /// Sent and valid so far: the normalized value.
    Valid(Cow<'a, str>),
    /// Sent (or required) and wrong: the first failing rule (G5).
    Invalid(ViolationKind),
}

impl<'a> Slot<'a> {
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn checked(spec: &FieldSpec, value: Value<'a>) -> Slot<'a> {
        match check::check(spec, value) {
            Ok(v) => Slot::Valid(v),
            Err(kind) => Slot::Invalid(kind),
        }
    }
}

/// The members of a payload object, sorted into their fields and checked.
///
/// `present` has bit `i` set when field `i`'s slot is not `Absent`, so the passes after parsing
/// visit only the fields that were sent.
struct Document<'a> {
    slots: [Slot<'a>; COUNT],
    present: u64,
    unknown: Vec<Cow<'a, str>>,
    /// The profile whose call's fields are read; every other key is unknown to it.
    profile: Profile,
}

impl<'a> Document<'a> {
    fn new(profile: Profile) -> Self {
        Document {
            slots: std::array::from_fn(|_| Slot::Absent),
            present: 0,
            unknown: Vec::new(),
            profile,
        }
    }

    fn set(&mut self, field: Field, slot: Slot<'a>) {
        if let Some(s) = self.slots.get_mut(field.index()) {
            *s = slot;
            self.present |= bit(field);
        }
    }
}

/// The bit of a field in a field set.
#[inline]
const fn bit(field: Field) -> u64 {
    1u64 << field.index()
}

impl<'a> Members<'a> for Document<'a> {
    /// A known field's value is read unless the key came before (G3); an unknown key's value
    /// is only checked for syntax (T1).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn key(&mut self, key: Cow<'a, str>) -> Option<usize> {
        let Some(field) = Field::from_name(&key).filter(|f| self.profile.takes(*f)) else {
            self.unknown.push(key);
            return None;
        };
        if self.present & bit(field) == 0 {
            Some(field.index())
        } else {
            // A second copy: neither is judged, so no parser's choice can matter (G3).
            self.set(field, Slot::Invalid(ViolationKind::DuplicateKey));
            None
        }
    }

    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn value(&mut self, slot: usize, value: Value<'a>, _raw: &'a str) {
        if let Some(&field) = Field::ALL.get(slot) {
            self.set(field, Slot::checked(self.profile.row(field), value));
        }
    }
}

/// A field's value in the effective settings (current overlaid by the payload).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Effective<'r> {
    /// Known: sent and valid, or held by the current settings (`""` when they lack it).
    Known(&'r str),
    /// Not sent and no current settings were given.
    Unknown,
    /// Sent, but invalid: the field already has its error.
    Invalid,
}

struct State<'a, 'd, 'c> {
    slots: &'d mut [Slot<'a>; COUNT],
    /// Fields whose slot is not `Absent`.
    present: u64,
    /// Warnings, at most one per field (`warned`), in table order.
    warnings: Vec<(Field, ViolationKind)>,
    warned: u64,
    /// The current settings of this extension (picked from a whole response by its number),
    /// or the defaults an added extension starts from (V5).
    current: Option<&'c Settings>,
    profile: Profile,
}

impl State<'_, '_, '_> {
    fn slot(&self, field: Field) -> Option<&Slot<'_>> {
        self.slots.get(field.index())
    }

    fn effective(&self, field: Field) -> Effective<'_> {
        match self.slot(field) {
            Some(Slot::Valid(v)) => Effective::Known(v),
            Some(Slot::Invalid(_)) => Effective::Invalid,
            _ => match self.current {
                Some(current) => Effective::Known(current.get(field).unwrap_or("")),
                None => Effective::Unknown,
            },
        }
    }

    /// The field's value if it was sent and is valid so far.
    fn value(&self, field: Field) -> Option<&str> {
        match self.slot(field) {
            Some(Slot::Valid(v)) => Some(v),
            _ => None,
        }
    }

    fn has_error(&self, field: Field) -> bool {
        matches!(self.slot(field), Some(Slot::Invalid(_)))
    }

    /// Records an error unless the field has one already (the first failing rule wins).
    fn error(&mut self, field: Field, kind: ViolationKind) {
        if let Some(slot) = self.slots.get_mut(field.index()) {
            if !matches!(slot, Slot::Invalid(_)) {
                *slot = Slot::Invalid(kind);
                self.present |= bit(field);
            }
        }
    }

    fn warn(&mut self, field: Field, kind: ViolationKind) {
        if self.has_error(field) || self.warned & bit(field) != 0 {
            return;
        }
        self.warned |= bit(field);
        // Kept in table order as they come (there are only ever a few).
        let rank = self.profile.rank(field);
        let at = self
            .warnings
            .partition_point(|(f, _)| self.profile.rank(*f) < rank);
        self.warnings.insert(at, (field, kind));
    }

    /// The number the extension will have: the new number if one is sent, else the number.
    fn own_number(&self) -> Option<&str> {
        let roles = self.profile.roles();
        roles
            .renumber
            .and_then(|f| self.value(f))
            .or_else(|| self.value(roles.number))
    }

    /// The first password rule a sent, valid password breaks (V4), if any.
    fn password_violation(
        &self,
        rule: &crate::spec::profile::PasswordRule,
        weak_allowed: bool,
    ) -> Option<ViolationKind> {
        let value = self.value(rule.field).filter(|v| !v.is_empty())?;
        let min = if weak_allowed {
            rule.basic_min
        } else {
            rule.strong_min
        };
        if value.len() < usize::from(min) {
            return Some(ViolationKind::TooShort { min });
        }
        if let Some(missing) = lacking(value) {
            return Some(ViolationKind::WeakPassword {
                missing,
                policy: Some(if weak_allowed { "basic" } else { "strong" }),
            });
        }
        if weak_allowed {
            return None;
        }
        if consecutive_digits(value) {
            return Some(ViolationKind::ConsecutiveDigits);
        }
        // A plain window walk: the password is at most a few dozen bytes (its row's limit),
        // and a substring searcher would cost the module more than it saves.
        let holds = |v: &str| {
            !v.is_empty()
                && value
                    .as_bytes()
                    .windows(v.len())
                    .any(|w| w.eq_ignore_ascii_case(v.as_bytes()))
        };
        rule.not_containing
            .iter()
            .find(|f| matches!(self.effective(**f), Effective::Known(v) if holds(v)))
            .map(|&field| ViolationKind::PasswordContains { field })
    }
}

fn evaluate(doc: &mut Document<'_>, ctx: &Context, only: Option<Field>) -> Report {
    let profile = doc.profile;
    let tables = profile.0;
    let roles = tables.roles;
    // An added extension starts from the call's defaults (V5), which makes every conditional
    // rule definite; an update starts from the current settings, when given.
    let defaults = (tables.call == Call::Add).then(|| {
        let number = match doc.slots.get(roles.number.index()) {
            Some(Slot::Valid(v)) => Some(&**v),
            _ => None,
        };
        Settings::defaults(profile, number)
    });
    let mut st = State {
        slots: &mut doc.slots,
        present: doc.present,
        warnings: Vec::new(),
        warned: 0,
        current: defaults.as_ref(),
        profile,
    };
    // 0. Current settings: the one element, or from a whole query response the element of
    //    this extension (Q1); none of them is an error on the number, and the rules then
    //    judge as without current settings.
    if let (Some(current), None) = (&ctx.current, &defaults) {
        match st.value(roles.number) {
            Some(number) => match current.extension(number) {
                Some(settings) => st.current = Some(settings),
                None => st.error(roles.number, ViolationKind::NotInCurrent),
            },
            None if !current.is_response() => st.current = current.extension(""),
            None => {}
        }
    }
    // 1. Each field's own rule ran as it was read; a required field must have been sent.
    if st.present & tables.required != tables.required {
        for spec in tables.rows {
            if spec.blank.is_required() && st.present & bit(spec.field) == 0 {
                st.error(spec.field, ViolationKind::Required);
            }
        }
    }
    // 1b. The password rules (V4), on passwords valid by their own row.
    for rule in tables.passwords {
        if let Some(kind) = st.password_violation(rule, ctx.weak_passwords) {
            st.error(rule.field, kind);
        }
    }
    // 2. The rules on the context (X1, X2), on values that are valid so far.
    for rule in tables.context {
        if context_rule_breaks(&st, ctx, rule) {
            if rule.warning {
                st.warn(rule.target, rule.kind);
            } else {
                st.error(rule.target, rule.kind);
            }
        }
    }
    // 3. Cross-field rules (C1-C6) on the effective settings. Without current settings a
    //    rule can only fire when its trigger was sent.
    for rule in tables.cross {
        if st.current.is_none() && st.present & bit(rule.when) == 0 {
            // The trigger is unknown. A target sent blank that the trigger may require gets
            // the warning that the PBX may refuse it (C7).
            let required = matches!(
                (&rule.requires, &rule.outcome),
                (Requirement::NotBlank, Outcome::Required)
            );
            if required && st.value(rule.target) == Some("") {
                st.warn(
                    rule.target,
                    ViolationKind::MayBeRequired {
                        rule: rule.id,
                        when: rule.when,
                        equals: rule.equals,
                    },
                );
            }
            continue;
        }
        let triggered =
            matches!(st.effective(rule.when), Effective::Known(v) if same(v, rule.equals));
        if st.has_error(rule.target) || !triggered {
            continue;
        }
        match (&rule.requires, &rule.outcome) {
            (Requirement::NotBlank, outcome) => match (st.effective(rule.target), outcome) {
                (Effective::Known(""), Outcome::Required) => st.error(
                    rule.target,
                    ViolationKind::ConditionallyRequired {
                        rule: rule.id,
                        when: rule.when,
                        equals: rule.equals,
                    },
                ),
                (Effective::Known(""), Outcome::Warn(kind)) => st.warn(rule.target, *kind),
                (Effective::Unknown, Outcome::Required) => st.warn(
                    rule.target,
                    ViolationKind::MayBeRequired {
                        rule: rule.id,
                        when: rule.when,
                        equals: rule.equals,
                    },
                ),
                _ => {}
            },
            (Requirement::FieldEquals(other, value), Outcome::Warn(kind)) => {
                if matches!(st.effective(*other), Effective::Known(v) if v != *value) {
                    st.warn(rule.target, *kind);
                }
            }
            (Requirement::NotOwnExtension, Outcome::Warn(kind)) => {
                // The extension's number after the update, or before it when it is renamed
                // (C8): a forward to either comes back to this extension.
                let target = st.effective(rule.target);
                if matches!(target, Effective::Known(n) if !n.is_empty()
                    && (Some(n) == st.own_number() || Some(n) == st.value(roles.number)))
                {
                    st.warn(rule.target, *kind);
                }
            }
            _ => {}
        }
    }
    // 4. Warnings on single values (Q3, Q5).
    for w in tables.warnings {
        if let Some(value) = st.value(w.field).filter(|v| !v.is_empty()) {
            let current = st
                .current
                .and_then(|c| c.get(w.field))
                .filter(|v| !v.is_empty());
            if let Some(kind) = w.check.judge(value, current) {
                st.warn(w.field, kind);
            }
        }
    }
    let unknown = std::mem::take(&mut doc.unknown);
    finish(st, unknown, only)
}

/// Whether a context rule reports on its target (not judged without its context).
fn context_rule_breaks(st: &State<'_, '_, '_>, ctx: &Context, rule: &ContextRule) -> bool {
    let Some(value) = st.value(rule.target).filter(|v| !v.is_empty()) else {
        return false;
    };
    let used = |when: Field, equals: &str| !matches!(st.effective(when), Effective::Known(d) if d != equals);
    match (rule.check, &ctx.extensions, st.current) {
        (ContextCheck::Exists, Some(list), _) => !list.contains(value),
        (ContextCheck::ExistsWhenUsed { when, equals }, Some(list), _) => {
            used(when, equals) && !list.contains(value)
        }
        (ContextCheck::ExistsOrOwnWhenUsed { when, equals }, Some(list), _) => {
            used(when, equals)
                && !list.contains(value)
                && st.value(st.profile.roles().number) != Some(value)
        }
        (ContextCheck::NotTakenUnless(other), Some(list), _) => {
            list.contains(value) && st.value(other) != Some(value)
        }
        (ContextCheck::NotTaken, Some(list), _) => list.contains(value),
        (ContextCheck::MatchesCurrent, _, Some(current)) if ctx.current.is_some() => {
            matches!(current.number(), Some(n) if !n.is_empty() && n != value)
        }
        _ => false,
    }
}

/// Calls `f` with each field of a set, in the profile's table order.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn sent_in_order(profile: Profile, set: u64, mut f: impl FnMut(Field)) {
    if profile.0.natural {
        let mut sent = set;
        while sent != 0 {
            let i = sent.trailing_zeros();
            sent &= sent.wrapping_sub(1);
            if let Some(&field) = Field::ALL.get(i as usize) {
                f(field);
            }
        }
    } else {
        for spec in profile.fields() {
            if set & bit(spec.field) != 0 {
                f(spec.field);
            }
        }
    }
}

fn finish(st: State<'_, '_, '_>, unknown: Vec<Cow<'_, str>>, only: Option<Field>) -> Report {
    let profile = st.profile;
    let keep = |f: Field| only.is_none_or(|o| o == f);
    let mut errors = Vec::new();
    let mut payload_len = 0usize;
    sent_in_order(profile, st.present, |field| {
        if !keep(field) {
            return;
        }
        match st.slots.get(field.index()) {
            Some(Slot::Invalid(kind)) => errors.push(Violation::on_in(profile, field, *kind)),
            Some(Slot::Valid(v)) => payload_len = payload_len.saturating_add(v.len()),
            _ => {}
        }
    });
    let warnings: Vec<Violation> = st
        .warnings
        .into_iter()
        .filter(|(f, _)| keep(*f))
        .map(|(f, kind)| Violation::on_in(profile, f, kind))
        .collect();
    if only.is_none() && !unknown.is_empty() {
        // The first in byte order, so the report does not depend on key order (G5).
        let (count, first) = crate::engine::sort::distinct_first(&unknown, MAX_UNKNOWN_KEYS);
        errors.extend(first.iter().map(|key| key_violation(profile, key)));
        if count > MAX_UNKNOWN_KEYS {
            errors.push(Violation::root(ViolationKind::TooManyUnknownKeys {
                count,
                max: MAX_UNKNOWN_KEYS,
            }));
        }
    }
    let payload = (errors.is_empty() && only.is_none()).then(|| {
        let mut p = Payload::with_capacity(payload_len);
        sent_in_order(profile, st.present, |field| {
            if let Some(Slot::Valid(v)) = st.slots.get(field.index()) {
                p.push(field, v);
            }
        });
        p
    });
    Report {
        errors,
        warnings,
        payload,
    }
}

/// An unknown key as it is reported: shortened past [`MAX_KEY_SHOWN`] characters.
fn shown_key(key: &str) -> String {
    // A plain walk: `nth` on the characters would bring in the bulk character counter.
    let cut = key
        .char_indices()
        .enumerate()
        .find(|(n, _)| *n == MAX_KEY_SHOWN)
        .map(|(_, (at, _))| at);
    match cut {
        Some(cut) => {
            let mut shown = String::with_capacity(cut.saturating_add(3));
            shown.push_str(key.get(..cut).unwrap_or(""));
            shown.push('…');
            shown
        }
        None => key.to_owned(),
    }
}
