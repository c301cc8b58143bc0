//! Violations: what is wrong, on which field, with a stable code, its limits and a message.
//!
//! No kind carries a submitted value, so no error, message, `Display` or `Debug` output can echo
//! one — secret or not (ruling G4). Only limits, options and names from the rule table appear.

use std::borrow::Cow;

use crate::spec::charset::Charset;
use crate::spec::field::Field;

/// Every violation code, in a fixed order: [`ViolationKind::index`] is the place of a kind's
/// code here (the compact form of a report numbers codes so), and the exported metadata lists
/// them in this order.
pub const CODES: [&str; 32] = [
    "too_large",
    "invalid_utf8",
    "malformed_json",
    "not_an_object",
    "too_many_unknown_keys",
    "unknown_key",
    "duplicate_key",
    "required",
    "invalid_type",
    "blank",
    "not_a_whole_number",
    "leading_zero",
    "invalid_characters",
    "too_short",
    "too_long",
    "out_of_range",
    "invalid_option",
    "invalid_email",
    "conditionally_required",
    "may_be_required",
    "extension_not_found",
    "extension_in_use",
    "email_missing",
    "no_effect",
    "forwards_to_itself",
    "voicemail_off",
    "current_mismatch",
    "not_updatable",
    "password_looks_hashed",
    "weak_password",
    "not_in_current",
    "nothing_to_change",
];

/// Every param name, in a fixed order (the compact form of a report numbers names so).
pub(crate) const PARAM_NAMES: [&str; 19] = [
    "allowed",
    "column",
    "count",
    "equals",
    "expected",
    "found",
    "line",
    "max",
    "max_bytes",
    "min",
    "offset",
    "options",
    "reason",
    "requires",
    "rule",
    "suggestion",
    "when",
    "instead",
    "missing",
];

/// What a weak password lacks (Q5), by bit (1 a digit, 2 an upper-case letter, 4 a lower-case
/// letter): the `missing` param of `weak_password`, one static list per combination.
pub(crate) const WEAK: [&[&str]; 8] = [
    &[],
    &["digit"],
    &["upper"],
    &["digit", "upper"],
    &["lower"],
    &["digit", "lower"],
    &["upper", "lower"],
    &["digit", "upper", "lower"],
];

/// The place of a param name in [`PARAM_NAMES`], evaluated when the crate is built (a name
/// not in the table fails the build).
#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    clippy::arithmetic_side_effects,
    reason = "evaluated at compile time only (through `param!`): a mistake fails the build"
)]
const fn param_index(name: &str) -> usize {
    let mut i = 0;
    while i < PARAM_NAMES.len() {
        let n = PARAM_NAMES[i].as_bytes();
        let m = name.as_bytes();
        if n.len() == m.len() {
            let mut j = 0;
            while j < n.len() && n[j] == m[j] {
                j += 1;
            }
            if j == n.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("a param name that is not in PARAM_NAMES")
}

/// A param's place in [`PARAM_NAMES`], as a constant.
macro_rules! param {
    ($name:literal) => {
        const { param_index($name) }
    };
}

/// The params a visitor gives, by name.
fn named_params(visit: impl FnOnce(&mut dyn FnMut(usize, Param))) -> Vec<(&'static str, Param)> {
    let mut out = Vec::with_capacity(4);
    visit(&mut |at, value| out.push((PARAM_NAMES.get(at).copied().unwrap_or(""), value)));
    out
}

/// The index of `options` in [`PARAM_NAMES`].
const OPTIONS: usize = param_index("options");

/// What is wrong. Each kind has a stable snake_case [`code`](ViolationKind::code) and carries the
/// limits or options involved, which [`params`](ViolationKind::params) lists as data (M2). Its
/// message, in each language, comes from the message catalogs (`Catalog`).
///
/// ```
/// use yeastar_extension_rules::{Param, ViolationKind};
/// let kind = ViolationKind::TooLong { max: 31 };
/// assert_eq!(kind.code(), "too_long");
/// assert_eq!(kind.params(), vec![("max", Param::Int(31))]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViolationKind {
    /// The request body is larger than the limit (checked before parsing).
    TooLarge {
        /// The limit in bytes.
        max_bytes: usize,
    },
    /// The bytes are not UTF-8.
    InvalidUtf8 {
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// The text is not JSON.
    Malformed {
        /// What the reader found wrong, as a code (`empty`, `expected_value`, …; the catalogs'
        /// `names.reason` table says each in words).
        reason: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
    },
    /// The request body is JSON but not an object.
    NotAnObject {
        /// The JSON type found.
        found: &'static str,
    },
    /// More unknown keys than are reported one by one.
    TooManyUnknownKeys {
        /// How many distinct unknown keys there were.
        count: usize,
        /// How many are reported.
        max: usize,
    },
    /// The key is not a parameter of `extension/update` (G2).
    UnknownKey {
        /// A known parameter with a close name.
        suggestion: Option<&'static str>,
    },
    /// The key occurs more than once (G3).
    DuplicateKey,
    /// `extid` is missing, `null` or blank: errno 10004.
    Required,
    /// The JSON type is wrong (a boolean for a name, a number where leading zeros matter, …).
    InvalidType {
        /// What is accepted.
        expected: Expected,
        /// The JSON type found (`string`, `number`, `boolean`, `null`, `array`, `object`).
        found: &'static str,
        /// The field's range or options.
        limits: Limits,
    },
    /// Blank where the field may not be blank.
    Blank,
    /// A JSON number that is negative, fractional or not finite (G7).
    NotWholeNumber {
        /// The field's range or options.
        limits: Limits,
    },
    /// A count or a number of seconds written with leading zeros, such as `"03"` (C9).
    LeadingZero {
        /// The field's range or options.
        limits: Limits,
    },
    /// A character outside the field's set (G6).
    InvalidCharacters {
        /// The allowed set.
        allowed: Charset,
    },
    /// Fewer characters than allowed.
    TooShort {
        /// The minimum.
        min: u16,
    },
    /// More characters than allowed.
    TooLong {
        /// The maximum.
        max: u16,
    },
    /// A number outside its range.
    OutOfRange {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
    },
    /// Not one of the options.
    InvalidOption {
        /// The options.
        options: &'static [&'static str],
        /// The option the value most likely meant.
        suggestion: Option<&'static str>,
    },
    /// Not an e-mail address.
    InvalidEmail,
    /// Blank while another field's value requires it (C1–C4).
    ConditionallyRequired {
        /// The rule (`C1` … `C4`).
        rule: &'static str,
        /// The field whose value requires this one.
        when: Field,
        /// That field's value.
        equals: &'static str,
    },
    /// Warning (C5): required by another field's value, not sent, and no current settings to
    /// tell whether the PBX already holds a value.
    MayBeRequired {
        /// The rule (`C1` … `C4`).
        rule: &'static str,
        /// The field whose value requires this one.
        when: Field,
        /// That field's value.
        equals: &'static str,
    },
    /// The extension is not in the list of existing extensions (X2): errno 10006.
    ExtensionNotFound,
    /// `extnumber` names another existing extension (X2).
    ExtensionInUse,
    /// Warning: e-mail is blank while voicemail to e-mail is on.
    EmailMissing,
    /// Warning: the setting does nothing while another switch is off.
    NoEffect {
        /// The field that must be on for this one to matter.
        requires: Field,
        /// The value it must have.
        equals: &'static str,
    },
    /// Warning: calls would be forwarded to the extension itself.
    ForwardsToItself,
    /// Warning: forwarding to voicemail while voicemail is off.
    VoicemailOff,
    /// Warning: the current settings given as context are another extension's.
    CurrentMismatch,
    /// A key that `extension/query` returns but `extension/update` does not take (Q2).
    NotUpdatable {
        /// The parameter to send instead, where there is one (`mobile` for `moblie`).
        instead: Option<&'static str>,
    },
    /// Warning (Q3): the login password is the hash `extension/query` returns (or looks like
    /// one: 32 hexadecimal digits); sent, it becomes the password.
    PasswordLooksHashed,
    /// Warning (Q5): a password without a digit, an upper-case or a lower-case letter, which
    /// Yeastar's Chinese guide requires.
    WeakPassword {
        /// What it lacks: `digit`, `upper`, `lower`.
        missing: &'static [&'static str],
    },
    /// A whole `extension/query` response was given as the current settings, and none of its
    /// extensions is the payload's `extid` (Q1).
    NotInCurrent,
    /// Warning: the desired settings equal the current ones; the minimal update changes
    /// nothing (Q4).
    NothingToChange,
}

/// What a field accepts, as the `expected` param of `invalid_type` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// Text (a JSON string).
    Text,
    /// Digits as text: a JSON string, since leading zeros matter (G7).
    DigitText,
    /// A whole number, as a JSON number or a string of digits (G7).
    Number,
    /// A whole number in a range, as a JSON number or a string of digits.
    Range,
    /// One of the options, as a string (or as a number where the options are numbers).
    Option,
}

impl Expected {
    /// The code written under `params.expected`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Expected::Text => "text",
            Expected::DigitText => "digit_text",
            Expected::Number => "number",
            Expected::Range => "range",
            Expected::Option => "option",
        }
    }
}

/// The range or the options of the field a violation is on, carried into `params` so that a
/// message can say what is allowed whatever went wrong (M2, M3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Limits {
    /// No range and no options.
    None,
    /// A whole number from `min` to `max`.
    Range {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
    },
    /// One of these options.
    Options(&'static [&'static str]),
}

impl Limits {
    fn visit(self, f: &mut impl FnMut(usize, Param)) {
        match self {
            Limits::None => {}
            Limits::Range { min, max } => {
                f(param!("min"), Param::Int(min.into()));
                f(param!("max"), Param::Int(max.into()));
            }
            Limits::Options(options) => f(param!("options"), Param::List(options)),
        }
    }
}

/// One parameter of a violation, as it appears under `params`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Param {
    /// A number.
    Int(u64),
    /// A name or code.
    Str(&'static str),
    /// A list of options.
    List(&'static [&'static str]),
}

impl ViolationKind {
    /// One example of every violation kind (the error-code table of `docs/RULES.md`, the code
    /// list of the exported metadata).
    #[cfg(any(not(target_arch = "wasm32"), test))]
    pub(crate) fn examples() -> Vec<ViolationKind> {
        use ViolationKind as K;
        let all = vec![
            K::TooLarge {
                max_bytes: crate::spec::MAX_BYTES,
            },
            K::InvalidUtf8 { offset: 12 },
            K::Malformed {
                reason: "expected_comma_or_brace",
                line: 1,
                column: 17,
            },
            K::NotAnObject { found: "array" },
            K::TooManyUnknownKeys {
                count: 25,
                max: crate::spec::MAX_UNKNOWN_KEYS,
            },
            K::UnknownKey {
                suggestion: Some("mobile"),
            },
            K::DuplicateKey,
            K::Required,
            K::InvalidType {
                expected: Expected::Text,
                found: "number",
                limits: Limits::None,
            },
            K::Blank,
            K::NotWholeNumber {
                limits: Limits::Range { min: 1, max: 5 },
            },
            K::LeadingZero {
                limits: Limits::Range { min: 1, max: 5 },
            },
            K::InvalidCharacters {
                allowed: Charset::LettersDigits,
            },
            K::TooShort { min: 6 },
            K::TooLong { max: 31 },
            K::OutOfRange { min: 1, max: 5 },
            K::InvalidOption {
                options: crate::spec::table::ON_OFF,
                suggestion: Some("on"),
            },
            K::InvalidEmail,
            K::ConditionallyRequired {
                rule: "C1",
                when: Field::Enablemobile,
                equals: "on",
            },
            K::MayBeRequired {
                rule: "C1",
                when: Field::Enablemobile,
                equals: "on",
            },
            K::ExtensionNotFound,
            K::ExtensionInUse,
            K::EmailMissing,
            K::NoEffect {
                requires: Field::Enablemobile,
                equals: "on",
            },
            K::ForwardsToItself,
            K::VoicemailOff,
            K::CurrentMismatch,
            K::NotUpdatable {
                instead: Some("mobile"),
            },
            K::PasswordLooksHashed,
            K::WeakPassword {
                missing: WEAK[0b011],
            },
            K::NotInCurrent,
            K::NothingToChange,
        ];
        // Adding a kind without an example fails to compile here.
        for k in &all {
            match k {
                K::TooLarge { .. }
                | K::InvalidUtf8 { .. }
                | K::Malformed { .. }
                | K::NotAnObject { .. }
                | K::TooManyUnknownKeys { .. }
                | K::UnknownKey { .. }
                | K::DuplicateKey
                | K::Required
                | K::InvalidType { .. }
                | K::Blank
                | K::NotWholeNumber { .. }
                | K::LeadingZero { .. }
                | K::InvalidCharacters { .. }
                | K::TooShort { .. }
                | K::TooLong { .. }
                | K::OutOfRange { .. }
                | K::InvalidOption { .. }
                | K::InvalidEmail
                | K::ConditionallyRequired { .. }
                | K::MayBeRequired { .. }
                | K::ExtensionNotFound
                | K::ExtensionInUse
                | K::EmailMissing
                | K::NoEffect { .. }
                | K::ForwardsToItself
                | K::VoicemailOff
                | K::CurrentMismatch
                | K::NotUpdatable { .. }
                | K::PasswordLooksHashed
                | K::WeakPassword { .. }
                | K::NotInCurrent
                | K::NothingToChange => {}
            }
        }
        all
    }

    /// Every case a message distinguishes, each at least once: the examples plus the other
    /// reasons, expectations, limits and the kinds without a suggestion. The catalogs are
    /// checked against these.
    #[cfg(test)]
    pub(crate) fn message_cases() -> Vec<ViolationKind> {
        use crate::spec::table::{ON_OFF, RING_TIMEOUTS};
        use ViolationKind as K;
        let mut all = ViolationKind::examples();
        for reason in crate::json::REASONS {
            all.push(K::Malformed {
                reason,
                line: 1,
                column: 1,
            });
        }
        all.push(K::UnknownKey { suggestion: None });
        all.push(K::NotUpdatable { instead: None });
        for missing in WEAK.iter().skip(1) {
            all.push(K::WeakPassword { missing });
        }
        all.push(K::InvalidOption {
            options: ON_OFF,
            suggestion: None,
        });
        let range = Limits::Range { min: 1, max: 5 };
        let options = Limits::Options(RING_TIMEOUTS);
        for (expected, limits) in [
            (Expected::Text, Limits::None),
            (Expected::DigitText, Limits::None),
            (Expected::Number, Limits::None),
            (Expected::Range, range),
            (Expected::Option, options),
        ] {
            all.push(K::InvalidType {
                expected,
                found: "boolean",
                limits,
            });
        }
        for limits in [Limits::None, range, options] {
            all.push(K::NotWholeNumber { limits });
            all.push(K::LeadingZero { limits });
        }
        all
    }

    /// The stable snake_case code (its place in [`CODES`] is [`index`](ViolationKind::index)).
    ///
    /// ```
    /// use yeastar_extension_rules::ViolationKind;
    /// assert_eq!(ViolationKind::Required.code(), "required");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        CODES.get(self.index()).copied().unwrap_or("")
    }

    /// The place of this kind's code in [`CODES`].
    #[must_use]
    pub const fn index(&self) -> usize {
        match self {
            ViolationKind::TooLarge { .. } => 0,
            ViolationKind::InvalidUtf8 { .. } => 1,
            ViolationKind::Malformed { .. } => 2,
            ViolationKind::NotAnObject { .. } => 3,
            ViolationKind::TooManyUnknownKeys { .. } => 4,
            ViolationKind::UnknownKey { .. } => 5,
            ViolationKind::DuplicateKey => 6,
            ViolationKind::Required => 7,
            ViolationKind::InvalidType { .. } => 8,
            ViolationKind::Blank => 9,
            ViolationKind::NotWholeNumber { .. } => 10,
            ViolationKind::LeadingZero { .. } => 11,
            ViolationKind::InvalidCharacters { .. } => 12,
            ViolationKind::TooShort { .. } => 13,
            ViolationKind::TooLong { .. } => 14,
            ViolationKind::OutOfRange { .. } => 15,
            ViolationKind::InvalidOption { .. } => 16,
            ViolationKind::InvalidEmail => 17,
            ViolationKind::ConditionallyRequired { .. } => 18,
            ViolationKind::MayBeRequired { .. } => 19,
            ViolationKind::ExtensionNotFound => 20,
            ViolationKind::ExtensionInUse => 21,
            ViolationKind::EmailMissing => 22,
            ViolationKind::NoEffect { .. } => 23,
            ViolationKind::ForwardsToItself => 24,
            ViolationKind::VoicemailOff => 25,
            ViolationKind::CurrentMismatch => 26,
            ViolationKind::NotUpdatable { .. } => 27,
            ViolationKind::PasswordLooksHashed => 28,
            ViolationKind::WeakPassword { .. } => 29,
            ViolationKind::NotInCurrent => 30,
            ViolationKind::NothingToChange => 31,
        }
    }

    /// The API guide's error number, where it defines one (appendix A: 10004, 10006).
    ///
    /// ```
    /// use yeastar_extension_rules::ViolationKind;
    /// assert_eq!(ViolationKind::Required.errno(), Some(10004));
    /// assert_eq!(ViolationKind::Blank.errno(), None);
    /// ```
    #[must_use]
    pub const fn errno(&self) -> Option<u32> {
        match self {
            ViolationKind::Required => Some(10004),
            ViolationKind::ExtensionNotFound => Some(10006),
            _ => None,
        }
    }

    /// The limits and options involved, in a fixed order. Never a submitted value.
    ///
    /// ```
    /// use yeastar_extension_rules::{Param, ViolationKind};
    /// let p = ViolationKind::OutOfRange { min: 1, max: 5 }.params();
    /// assert_eq!(p, vec![("min", Param::Int(1)), ("max", Param::Int(5))]);
    /// ```
    #[must_use]
    pub fn params(&self) -> Vec<(&'static str, Param)> {
        named_params(|f| self.visit_params(f))
    }

    /// Calls `f` with each param in order, by its place in [`PARAM_NAMES`], without allocating
    /// (the bindings' hot path).
    pub(crate) fn visit_params(&self, mut f: impl FnMut(usize, Param)) {
        let int = |n: usize| Param::Int(n as u64);
        match *self {
            ViolationKind::TooLarge { max_bytes } => f(param!("max_bytes"), int(max_bytes)),
            ViolationKind::InvalidUtf8 { offset } => f(param!("offset"), int(offset)),
            ViolationKind::Malformed {
                reason,
                line,
                column,
            } => {
                f(param!("reason"), Param::Str(reason));
                f(param!("line"), int(line));
                f(param!("column"), int(column));
            }
            ViolationKind::NotAnObject { found } => f(param!("found"), Param::Str(found)),
            ViolationKind::TooManyUnknownKeys { count, max } => {
                f(param!("count"), int(count));
                f(param!("max"), int(max));
            }
            ViolationKind::UnknownKey { suggestion } => {
                if let Some(s) = suggestion {
                    f(param!("suggestion"), Param::Str(s));
                }
            }
            ViolationKind::InvalidType {
                expected,
                found,
                limits,
            } => {
                f(param!("expected"), Param::Str(expected.code()));
                f(param!("found"), Param::Str(found));
                limits.visit(&mut f);
            }
            ViolationKind::NotWholeNumber { limits } | ViolationKind::LeadingZero { limits } => {
                limits.visit(&mut f);
            }
            ViolationKind::InvalidCharacters { allowed } => {
                f(param!("allowed"), Param::Str(allowed.code()));
            }
            ViolationKind::TooShort { min } => f(param!("min"), Param::Int(min.into())),
            ViolationKind::TooLong { max } => f(param!("max"), Param::Int(max.into())),
            ViolationKind::OutOfRange { min, max } => {
                f(param!("min"), Param::Int(min.into()));
                f(param!("max"), Param::Int(max.into()));
            }
            ViolationKind::InvalidOption {
                options,
                suggestion,
            } => {
                f(param!("options"), Param::List(options));
                if let Some(s) = suggestion {
                    f(param!("suggestion"), Param::Str(s));
                }
            }
            ViolationKind::ConditionallyRequired { rule, when, equals }
            | ViolationKind::MayBeRequired { rule, when, equals } => {
                f(param!("rule"), Param::Str(rule));
                f(param!("when"), Param::Str(when.name()));
                f(param!("equals"), Param::Str(equals));
            }
            ViolationKind::NoEffect { requires, equals } => {
                f(param!("requires"), Param::Str(requires.name()));
                f(param!("equals"), Param::Str(equals));
            }
            ViolationKind::VoicemailOff => {
                f(param!("requires"), Param::Str(Field::Hasvoicemail.name()));
                f(param!("equals"), Param::Str(crate::spec::table::ON));
            }
            ViolationKind::NotUpdatable { instead } => {
                if let Some(s) = instead {
                    f(param!("instead"), Param::Str(s));
                }
            }
            ViolationKind::WeakPassword { missing } => f(param!("missing"), Param::List(missing)),
            ViolationKind::DuplicateKey
            | ViolationKind::Required
            | ViolationKind::Blank
            | ViolationKind::InvalidEmail
            | ViolationKind::ExtensionNotFound
            | ViolationKind::ExtensionInUse
            | ViolationKind::EmailMissing
            | ViolationKind::ForwardsToItself
            | ViolationKind::CurrentMismatch
            | ViolationKind::PasswordLooksHashed
            | ViolationKind::NotInCurrent
            | ViolationKind::NothingToChange => {}
        }
    }
}

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
    kind: ViolationKind,
}

impl Violation {
    /// A violation on a known field.
    #[must_use]
    pub(crate) const fn on(field: Field, kind: ViolationKind) -> Self {
        Violation {
            field: Cow::Borrowed(field.name()),
            known: Some(field),
            kind,
        }
    }

    /// A violation on the payload as a whole (field `""`).
    #[must_use]
    pub(crate) const fn root(kind: ViolationKind) -> Self {
        Violation {
            field: Cow::Borrowed(""),
            known: None,
            kind,
        }
    }

    /// A violation on a key that is not a parameter.
    #[must_use]
    pub(crate) fn on_key(key: impl Into<Cow<'static, str>>, kind: ViolationKind) -> Self {
        Violation {
            field: key.into(),
            known: None,
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
    /// use yeastar_extension_rules::{validate, Param, ON_OFF};
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
            if let Some(options) = self.known.and_then(|field| field.spec().rule.options()) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_param_names_are_the_tables_of_the_kinds() {
        let mut seen = vec![false; CODES.len()];
        for kind in ViolationKind::message_cases() {
            assert_eq!(CODES.get(kind.index()), Some(&kind.code()));
            seen[kind.index()] = true;
            for (name, _) in kind.params() {
                assert!(PARAM_NAMES.contains(&name), "{name}");
            }
        }
        assert!(seen.iter().all(|s| *s), "a code without a kind");
        // The limits that remain: the compact form numbers codes, params and fields with one
        // character each (`report::tag`, 64 of them), and the engine keeps the fields sent in
        // a 64-bit set. A table that outgrows them must change those first.
        let limit = |what: &str, n: usize| {
            assert!(
                n < 64,
                "{n} {what}: the compact report's one-character tags (report::tag) and the \
                 engine's 64-bit field sets hold at most 63; widen them before adding more"
            );
        };
        limit("violation codes", CODES.len());
        limit("param names", PARAM_NAMES.len());
        limit("fields", crate::spec::field::COUNT);
    }
}
