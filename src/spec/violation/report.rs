//! A violation as a report holds it: the field that must change and what is wrong with it.

use std::borrow::Cow;

use crate::spec::field::Field;
use crate::spec::violation::codes::{named_params, OPTIONS};
use crate::spec::violation::{Param, ViolationKind};

/// A violation on one field: the field that must change and what is wrong with it.
///
/// Natively, `message()` and `Display` give the English message and `message_in` any catalog's.
///
/// ```
/// use yeastar_extension_rules::validate;
/// let report = validate(r#"{"extid":"1002","registerpassword":"a b"}"#);
/// let v = &report.errors[0];
/// assert_eq!(v.field(), "registerpassword");
/// assert_eq!(v.code(), "invalid_characters");
/// assert_eq!(
///     v.to_string(),
///     "Registration password may contain only letters, digits and these symbols: \
///      ! # $ % ( ) * + , - . / : = ? @ [ ] ^ _ { } ~."
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    field: Cow<'static, str>,
    /// The parameter, when `field` names one.
    known: Option<Field>,
    /// The profile it was judged by: where the parameter's options are looked up (M2).
    profile: crate::spec::profile::Profile,
    kind: ViolationKind,
}

impl Violation {
    /// A violation on a known field, judged by API 1.x `extension/update` (the docs'
    /// examples).
    #[cfg(not(target_arch = "wasm32"))]
    #[must_use]
    pub(crate) fn on(field: Field, kind: ViolationKind) -> Self {
        Violation::on_in(crate::spec::profile::Profile::default(), field, kind)
    }

    /// A violation on a known field, judged by this profile.
    #[must_use]
    pub(crate) fn on_in(
        profile: crate::spec::profile::Profile,
        field: Field,
        kind: ViolationKind,
    ) -> Self {
        Violation {
            field: Cow::Borrowed(field.name()),
            known: Some(field),
            profile,
            kind,
        }
    }

    /// The profile that judged it (the one its field's label and options are taken from).
    #[must_use]
    pub fn profile(&self) -> crate::spec::profile::Profile {
        self.profile
    }

    /// A violation on the payload as a whole (field `""`).
    #[must_use]
    pub(crate) const fn root(kind: ViolationKind) -> Self {
        Violation {
            field: Cow::Borrowed(""),
            known: None,
            profile: crate::spec::profile::Profile::V1_UPDATE,
            kind,
        }
    }

    /// A violation on a key that is not a parameter.
    #[must_use]
    pub(crate) fn on_key(key: impl Into<Cow<'static, str>>, kind: ViolationKind) -> Self {
        Violation {
            field: key.into(),
            known: None,
            profile: crate::spec::profile::Profile::V1_UPDATE,
            kind,
        }
    }

    /// The parameter the violation is on, if it is on one (not the root, not an unknown key).
    #[must_use]
    pub fn known_field(&self) -> Option<Field> {
        self.known
    }

    /// The params of the report: the kind's, and for a field with options those options
    /// whatever went wrong (M2), so that a form can always say what the choices are.
    ///
    /// ```
    /// use yeastar_extension_rules::{validate, error::Param, rules::ON_OFF};
    /// let report = validate(r#"{"extid":"1002","dnd":"on","dnd":"off"}"#);
    /// assert_eq!(report.errors[0].code(), "duplicate_key");
    /// assert_eq!(report.errors[0].params(), vec![("options", Param::List(ON_OFF))]);
    /// ```
    #[must_use]
    pub fn params(&self) -> Vec<(&'static str, Param)> {
        named_params(|f| self.visit_params(f))
    }

    /// Calls `f` with each of [`params`](Violation::params) in order, by its place in
    /// [`PARAM_NAMES`], without allocating.
    pub(crate) fn visit_params(&self, mut f: impl FnMut(usize, Param)) {
        let mut has_options = false;
        self.kind.visit_params(|at, value| {
            has_options |= at == OPTIONS;
            f(at, value);
        });
        if !has_options {
            if let Some(options) = self.known.and_then(|f| self.profile.row(f).rule.options()) {
                f(OPTIONS, Param::List(options));
            }
        }
    }

    /// The field that must change: a parameter name, an unknown key as sent, or `""` for the
    /// payload as a whole.
    #[must_use]
    pub fn field(&self) -> &str {
        &self.field
    }

    /// What is wrong.
    #[must_use]
    pub const fn kind(&self) -> &ViolationKind {
        &self.kind
    }

    /// The stable code of the kind.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The API guide's error number, where it defines one.
    #[must_use]
    pub const fn errno(&self) -> Option<u32> {
        self.kind.errno()
    }
}
