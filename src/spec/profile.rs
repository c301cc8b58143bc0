//! Profiles (ruling V1): an API version and a call, each with its own tables. A profile carries
//! everything the engine, the bindings and the editor need to know about its call: the rows
//! (which fields, in which order, with which rule), the cross-field, context and value rules,
//! the password rules, the query's keys it does not take, the defaults an added extension
//! starts from, and the parts some fields play ([`Roles`]). Code outside `spec` asks the profile
//! and names no parameter (`tests/roles.rs` fails when it does).
//!
//! Adding a profile is a table module (as [`crate::spec::v2`] is for API 2.0.0), its entry in
//! [`PROFILES`], and its catalog entries; nothing else names it.

use crate::spec::cross::{ContextRule, CrossRule, Uses, ValueWarning};
use crate::spec::field::{Field, FieldSpec, COUNT};

/// An API version (V1).
///
/// ```
/// use yeastar_extension_rules::rules::Api;
/// assert_eq!(Api::parse("v2.0.0"), Some(Api::V2));
/// assert_eq!(Api::parse("1.1.0"), Some(Api::V1));
/// assert_eq!(Api::parse("v3"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Api {
    /// API 1.0.x and 1.1.0 (firmware 30.5–30.12): one table.
    V1,
    /// API 2.0.0 (firmware 30.13.0.30 and later).
    V2,
}

impl Api {
    /// Every version, oldest first.
    pub const ALL: [Api; 2] = [Api::V1, Api::V2];

    /// The version's code (`v1`, `v2`), as the `api` param of `other_api_version` gives it.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Api::V1 => "v1",
            Api::V2 => "v2",
        }
    }

    /// The version in the request URL (`/api/v1.1.0/…`, `/api/v2.0.0/…`).
    #[must_use]
    pub const fn url_version(self) -> &'static str {
        match self {
            Api::V1 => "v1.1.0",
            Api::V2 => "v2.0.0",
        }
    }

    /// Reads a version as callers name it: `v1`, `v2`, or the URL's spellings (`v1.0.1`,
    /// `1.1.0`, `v2.0.0`, `2.0.0`). Every 1.0.x and 1.1.x is API 1.x; 2.0.x is API 2.0.0.
    #[must_use]
    pub fn parse(text: &str) -> Option<Api> {
        let t = text.strip_prefix(['v', 'V']).unwrap_or(text);
        let mut parts = t.split('.');
        let major = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        if rest.len() > 2
            || rest
                .iter()
                .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let minor = rest.first().copied().unwrap_or("0");
        match (major, minor) {
            ("1", "0" | "1") => Some(Api::V1),
            ("2", "0") => Some(Api::V2),
            _ => None,
        }
    }
}

/// A call (V1).
///
/// ```
/// use yeastar_extension_rules::rules::Call;
/// assert_eq!(Call::parse("extension/add"), Some(Call::Add));
/// assert_eq!(Call::Update.path(), "extension/update");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Call {
    /// `extension/update`: change an extension.
    Update,
    /// `extension/add`: create one (API 2.0.0).
    Add,
}

impl Call {
    /// The call's code (`update`, `add`).
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Call::Update => "update",
            Call::Add => "add",
        }
    }

    /// The call's path (`extension/update`).
    #[must_use]
    pub const fn path(self) -> &'static str {
        match self {
            Call::Update => "extension/update",
            Call::Add => "extension/add",
        }
    }

    /// Reads a call: its code or its path.
    #[must_use]
    pub fn parse(text: &str) -> Option<Call> {
        match text.strip_prefix("extension/").unwrap_or(text) {
            "update" => Some(Call::Update),
            "add" => Some(Call::Add),
            _ => None,
        }
    }
}

/// The fields that play a part in a call, which the engine, the bindings and the editor find
/// by role rather than by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Roles {
    /// The field that names the extension (`extid` in API 1.x, `number` in 2.0.0): required,
    /// picks the element of a whole query response, and starts every minimal update.
    pub number: Field,
    /// The field that gives the extension a new number (`extnumber`), where the call has one.
    pub renumber: Option<Field>,
    /// The key of a whole query response's list of elements.
    pub query_list: &'static str,
}

/// The fields under which an element of a query response of either version holds the
/// extension's number (V6: `extnumber` in API 1.x, `number` in 2.0.0), in the order they are
/// looked at.
pub(crate) const NUMBER_KEYS: [Field; 2] = [Field::Number, Field::Extnumber];

/// A value an added extension starts with when the payload does not set it (V5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AddDefault {
    /// This field starts with this value.
    Value(Field, &'static str),
    /// This field starts with the extension's number.
    Number(Field),
}

impl AddDefault {
    /// The field it sets.
    #[must_use]
    pub const fn field(self) -> Field {
        match self {
            AddDefault::Value(f, _) | AddDefault::Number(f) => f,
        }
    }
}

/// A password rule of API 2.0.0 (V4), judged after the field's own row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PasswordRule {
    /// The password.
    pub field: Field,
    /// The fewest characters of a strong password (the PBX's default).
    pub strong_min: u16,
    /// The fewest characters while the PBX allows weak passwords.
    pub basic_min: u16,
    /// The fields a strong password must not contain (case-insensitively).
    pub not_containing: &'static [Field],
}

/// A profile's tables (see the module docs). Built at compile time by [`Tables::new`].
#[derive(Debug)]
pub(crate) struct Tables {
    pub(crate) api: Api,
    pub(crate) call: Call,
    /// The rows, in the call's table order.
    pub(crate) rows: &'static [FieldSpec],
    /// For each field (by [`Field::index`]), its place in `rows`, or [`NONE`].
    pub(crate) position: [u8; COUNT],
    /// For each field (by [`Field::index`]), its row: one load where the engine looks a row up.
    pub(crate) specs: [Option<&'static FieldSpec>; COUNT],
    /// The fields that must be sent, as a set of [`Field::index`] bits.
    pub(crate) required: u64,
    /// Whether `rows` are in [`Field`] order (the engine then walks field sets bit by bit).
    pub(crate) natural: bool,
    pub(crate) cross: &'static [CrossRule],
    pub(crate) context: &'static [ContextRule],
    pub(crate) warnings: &'static [ValueWarning],
    pub(crate) passwords: &'static [PasswordRule],
    /// Keys of the query response that the call does not take (Q2), with what to send instead.
    pub(crate) not_updatable: &'static [(&'static str, Option<Field>)],
    pub(crate) defaults: &'static [AddDefault],
    pub(crate) roles: Roles,
}

/// No place: the field is not in the profile.
pub(crate) const NONE: u8 = u8::MAX;

impl Tables {
    #[allow(
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::cast_possible_truncation,
        clippy::too_many_arguments,
        reason = "evaluated at compile time: an out-of-range index fails the build"
    )]
    pub(crate) const fn new(
        (api, call): (Api, Call),
        rows: &'static [FieldSpec],
        cross: &'static [CrossRule],
        context: &'static [ContextRule],
        warnings: &'static [ValueWarning],
        passwords: &'static [PasswordRule],
        not_updatable: &'static [(&'static str, Option<Field>)],
        defaults: &'static [AddDefault],
        roles: Roles,
    ) -> Tables {
        let mut position = [NONE; COUNT];
        let mut specs: [Option<&'static FieldSpec>; COUNT] = [None; COUNT];
        let mut required = 0u64;
        let mut natural = true;
        let mut i = 0;
        while i < rows.len() {
            let f = rows[i].field.index();
            position[f] = i as u8;
            specs[f] = Some(&rows[i]);
            if rows[i].blank.is_required() {
                required |= 1u64 << f;
            }
            if i > 0 && rows[i - 1].field.index() > f {
                natural = false;
            }
            i += 1;
        }
        Tables {
            api,
            call,
            rows,
            position,
            specs,
            required,
            natural,
            cross,
            context,
            warnings,
            passwords,
            not_updatable,
            defaults,
            roles,
        }
    }
}

/// Every profile, the default first.
pub(crate) static PROFILES: [&Tables; 3] = [
    &crate::spec::table::V1_UPDATE,
    &crate::spec::v2::V2_UPDATE,
    &crate::spec::v2::V2_ADD,
];

/// A profile: an API version and a call, with its tables (V1). Cheap to copy.
///
/// ```
/// use yeastar_extension_rules::{Field, Profile, rules::{Api, Call}};
/// let v2 = Profile::new("v2.0.0", "add")?;
/// assert_eq!((v2.api(), v2.call()), (Api::V2, Call::Add));
/// assert_eq!(v2.roles().number, Field::Number);
/// assert!(!v2.takes(Field::Extid));
/// assert_eq!(Profile::default().roles().number, Field::Extid);
/// # Ok::<(), yeastar_extension_rules::error::ProfileError>(())
/// ```
#[derive(Clone, Copy)]
pub struct Profile(pub(crate) &'static Tables);

impl Default for Profile {
    /// API 1.x `extension/update`, the profile of a caller who names none.
    fn default() -> Self {
        Profile::V1_UPDATE
    }
}

impl PartialEq for Profile {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.0, other.0)
    }
}
impl Eq for Profile {}

impl core::fmt::Debug for Profile {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Profile(")?;
        f.write_str(self.api().code())?;
        f.write_str(" ")?;
        f.write_str(self.call().code())?;
        f.write_str(")")
    }
}

/// Why a profile could not be named (a usage error, never a report).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProfileError {
    /// Not an API version the library knows.
    UnknownApi,
    /// Not a call the library knows.
    UnknownCall,
    /// A call the API version does not have (`add` with API 1.x).
    NoSuchCall,
    /// Current settings, or a diff, with `extension/add`: an extension being added has none.
    AddWithCurrent,
}

impl ProfileError {
    /// The message, for the developer who named the profile.
    #[must_use]
    pub const fn message(&self) -> &'static str {
        match self {
            ProfileError::UnknownApi => {
                "api must be \"v1\" or \"v2\" (or a URL version such as \"v1.1.0\" or \"2.0.0\")"
            }
            ProfileError::UnknownCall => "call must be \"update\" or \"add\"",
            ProfileError::NoSuchCall => "API 1.x has no extension/add; use api \"v2\"",
            ProfileError::AddWithCurrent => {
                "extension/add takes no current settings and has no diff: an extension being \
                 added has none"
            }
        }
    }
}

impl core::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for ProfileError {}

impl Profile {
    /// The default profile, as a constant.
    pub(crate) const V1_UPDATE: Profile = Profile(&crate::spec::table::V1_UPDATE);

    /// Every profile, the default (API 1.x `extension/update`) first.
    pub fn all() -> impl Iterator<Item = Profile> {
        PROFILES.iter().map(|t| Profile(t))
    }

    /// The profile of this API version and call, as callers name them ([`Api::parse`],
    /// [`Call::parse`]).
    ///
    /// # Errors
    /// [`ProfileError`] for an unknown version or call, or a call the version lacks.
    pub fn new(api: &str, call: &str) -> Result<Profile, ProfileError> {
        let api = Api::parse(api).ok_or(ProfileError::UnknownApi)?;
        let call = Call::parse(call).ok_or(ProfileError::UnknownCall)?;
        Profile::of(api, call)
    }

    /// The profile a caller names with an optional version and call: API 1.x and `update`
    /// where either is left out (so `call` alone must be `update`), the default profile with
    /// neither. Every binding reads its options through this one function.
    ///
    /// # Errors
    /// As [`Profile::new`].
    pub fn named(api: Option<&str>, call: Option<&str>) -> Result<Profile, ProfileError> {
        Profile::new(api.unwrap_or("v1"), call.unwrap_or("update"))
    }

    /// The profile of this API version and call.
    ///
    /// # Errors
    /// [`ProfileError::NoSuchCall`] for a call the version lacks.
    pub fn of(api: Api, call: Call) -> Result<Profile, ProfileError> {
        Profile::all()
            .find(|p| p.api() == api && p.call() == call)
            .ok_or(ProfileError::NoSuchCall)
    }

    /// The API version.
    #[must_use]
    pub fn api(self) -> Api {
        self.0.api
    }

    /// The call.
    #[must_use]
    pub fn call(self) -> Call {
        self.0.call
    }

    /// A name for the profile: `v1-update`, `v2-update`, `v2-add`.
    #[must_use]
    pub fn name(self) -> String {
        // Written without the formatting machinery, which the WebAssembly module then lacks.
        let mut s = String::with_capacity(12);
        s.push_str(self.api().code());
        s.push('-');
        s.push_str(self.call().code());
        s
    }

    /// The request path: `/api/v2.0.0/extension/add`.
    #[must_use]
    pub fn path(self) -> String {
        let mut s = String::with_capacity(32);
        s.push_str("/api/");
        s.push_str(self.api().url_version());
        s.push('/');
        s.push_str(self.call().path());
        s
    }

    /// The rows, in the call's table order.
    #[must_use]
    pub fn fields(self) -> &'static [FieldSpec] {
        self.0.rows
    }

    /// The row of a field, if the call takes it.
    #[must_use]
    #[inline]
    pub fn field(self, field: Field) -> Option<&'static FieldSpec> {
        self.0.specs.get(field.index()).copied().flatten()
    }

    /// Whether the call takes a field.
    #[must_use]
    #[inline]
    pub fn takes(self, field: Field) -> bool {
        self.field(field).is_some()
    }

    /// The fields that play a part.
    #[must_use]
    pub fn roles(self) -> Roles {
        self.0.roles
    }

    /// The cross-field rules, in the order they are judged.
    #[must_use]
    pub fn cross_rules(self) -> &'static [CrossRule] {
        self.0.cross
    }

    /// Which fields each forwarding destination uses (a form shows them only while it is
    /// chosen). Both API versions forward to the same destinations with the same fields.
    ///
    /// ```
    /// use yeastar_extension_rules::{Field, Profile};
    /// let uses = Profile::default().uses();
    /// assert!(uses.iter().any(|u| u.when == Field::Atransferto && u.uses == Field::Atransferext));
    /// ```
    #[must_use]
    pub fn uses(self) -> &'static [Uses] {
        &crate::spec::cross::USES
    }

    /// The rules on the caller's context.
    #[must_use]
    pub fn context_rules(self) -> &'static [ContextRule] {
        self.0.context
    }

    /// The warnings on single values.
    #[must_use]
    pub fn value_warnings(self) -> &'static [ValueWarning] {
        self.0.warnings
    }

    /// The password rules (API 2.0.0, V4); none in API 1.x.
    #[must_use]
    pub fn password_rules(self) -> &'static [PasswordRule] {
        self.0.passwords
    }

    /// The fields of a form whose values can change what one field's check reports: the
    /// field itself, the extension's number and new number (they pick the current settings
    /// and the defaults, and are the own number a forward may not point to), and every field
    /// a rule reported on one of these reads (a cross-field rule's trigger and compared
    /// field, a context rule's trigger and compared field, a password's fields it must not
    /// contain), and theirs in turn. Every other field of the form leaves the field's verdict
    /// as it is, so a binding may send only these. In the profile's table order; the field
    /// first only when it comes first there.
    ///
    /// ```
    /// use yeastar_extension_rules::{Field, Profile};
    /// let p = Profile::default();
    /// assert_eq!(p.depends_on(Field::Maxregistrations), [Field::Extid, Field::Extnumber, Field::Maxregistrations]);
    /// assert!(p.depends_on(Field::Mobile).contains(&Field::Enablemobile));
    /// ```
    #[must_use]
    pub fn depends_on(self, field: Field) -> Vec<Field> {
        let bit = |f: Field| 1u64 << f.index();
        let roles = self.roles();
        let direct = |f: Field| -> u64 {
            let mut set = bit(f);
            for r in self.cross_rules().iter().filter(|r| r.target == f) {
                set |= bit(r.when);
                if let crate::spec::cross::Requirement::FieldEquals(other, _) = r.requires {
                    set |= bit(other);
                }
            }
            for r in self.context_rules().iter().filter(|r| r.target == f) {
                use crate::spec::cross::ContextCheck;
                match r.check {
                    ContextCheck::ExistsWhenUsed { when, .. }
                    | ContextCheck::ExistsOrOwnWhenUsed { when, .. } => set |= bit(when),
                    ContextCheck::NotTakenUnless(other) => set |= bit(other),
                    _ => {}
                }
            }
            for r in self.password_rules().iter().filter(|r| r.field == f) {
                for &other in r.not_containing {
                    set |= bit(other);
                }
            }
            set
        };
        let mut set = bit(field) | bit(roles.number) | roles.renumber.map_or(0, bit);
        loop {
            let grown = Field::ALL
                .iter()
                .filter(|&&f| set & bit(f) != 0)
                .fold(set, |acc, &f| acc | direct(f));
            if grown == set {
                break;
            }
            set = grown;
        }
        self.fields()
            .iter()
            .map(|r| r.field)
            .filter(|&f| set & bit(f) != 0)
            .collect()
    }

    /// The query's keys the call does not take (Q2), with the field to send instead.
    #[must_use]
    pub fn not_updatable(self) -> &'static [(&'static str, Option<Field>)] {
        self.0.not_updatable
    }

    /// What an added extension starts with (V5); none for an update.
    #[must_use]
    pub fn defaults(self) -> &'static [AddDefault] {
        self.0.defaults
    }

    /// Whether a key is one the query returns and this call does not take, and what to send
    /// instead.
    #[must_use]
    pub fn not_updatable_key(self, key: &str) -> Option<Option<Field>> {
        self.0
            .not_updatable
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, instead)| *instead)
    }

    /// Whether the call can be judged against current settings: every update, but not
    /// `extension/add`, whose extension has none (V1). The one check of the rule for every
    /// entry point that takes current settings.
    ///
    /// # Errors
    /// [`ProfileError::AddWithCurrent`] for `extension/add`.
    pub fn takes_current(self) -> Result<(), ProfileError> {
        match self.call() {
            Call::Update => Ok(()),
            Call::Add => Err(ProfileError::AddWithCurrent),
        }
    }

    /// The update of the same API version (what `diff` writes for this profile).
    #[must_use]
    pub fn update(self) -> Profile {
        Profile::of(self.api(), Call::Update).unwrap_or_default()
    }

    /// The place of a field in the call's order ([`NONE`] when the call does not take it).
    pub(crate) fn rank(self, field: Field) -> u8 {
        self.0.position.get(field.index()).copied().unwrap_or(NONE)
    }

    /// The row the engine judges a field by: the profile's (every caller has checked
    /// [`Profile::takes`] first; the first profile's row otherwise).
    #[inline]
    pub(crate) fn row(self, field: Field) -> &'static FieldSpec {
        self.field(field).unwrap_or_else(|| first_row(field))
    }
}

/// The row of a field in the first profile that takes it (see [`Field::spec`]).
pub(crate) fn first_row(field: Field) -> &'static FieldSpec {
    for t in PROFILES {
        if let Some(spec) = Profile(t).field(field) {
            return spec;
        }
    }
    // Every field is in some profile (tests/profiles.rs); the first row otherwise.
    let [first, ..] = &crate::spec::table::FIELDS;
    first
}

/// The roles of `extension/update` in API 1.x (the default profile's [`Profile::roles`]).
pub const ROLES: Roles = Roles {
    number: Field::Extid,
    renumber: Some(Field::Extnumber),
    query_list: "extinfos",
};

/// The keys a query response spells otherwise than the update, with the field each is read as
/// (Q1: `moblie` for `mobile`): the keys of [`crate::spec::query::NOT_UPDATABLE`] that have a
/// parameter to send instead.
pub fn query_alias(key: &str) -> Option<Field> {
    crate::spec::query::not_updatable(key).flatten()
}
