//! Violations: what is wrong, on which field, with a stable code, its limits and a message.
//!
//! No kind carries a submitted value, so no error, message, `Display` or `Debug` output can echo
//! one — secret or not (ruling G4). Only limits, options and names from the rule table appear.

use std::borrow::Cow;

use crate::spec::charset::Charset;
use crate::spec::field::Field;

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
#[derive(Debug, Clone, PartialEq, Eq)]
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
    fn push(self, p: &mut Vec<(&'static str, Param)>) {
        match self {
            Limits::None => {}
            Limits::Range { min, max } => {
                p.push(("min", Param::Int(min.into())));
                p.push(("max", Param::Int(max.into())));
            }
            Limits::Options(options) => p.push(("options", Param::List(options))),
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
                | K::CurrentMismatch => {}
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

    /// The stable snake_case code.
    ///
    /// ```
    /// use yeastar_extension_rules::ViolationKind;
    /// assert_eq!(ViolationKind::Required.code(), "required");
    /// ```
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            ViolationKind::TooLarge { .. } => "too_large",
            ViolationKind::InvalidUtf8 { .. } => "invalid_utf8",
            ViolationKind::Malformed { .. } => "malformed_json",
            ViolationKind::NotAnObject { .. } => "not_an_object",
            ViolationKind::TooManyUnknownKeys { .. } => "too_many_unknown_keys",
            ViolationKind::UnknownKey { .. } => "unknown_key",
            ViolationKind::DuplicateKey => "duplicate_key",
            ViolationKind::Required => "required",
            ViolationKind::InvalidType { .. } => "invalid_type",
            ViolationKind::Blank => "blank",
            ViolationKind::NotWholeNumber { .. } => "not_a_whole_number",
            ViolationKind::LeadingZero { .. } => "leading_zero",
            ViolationKind::InvalidCharacters { .. } => "invalid_characters",
            ViolationKind::TooShort { .. } => "too_short",
            ViolationKind::TooLong { .. } => "too_long",
            ViolationKind::OutOfRange { .. } => "out_of_range",
            ViolationKind::InvalidOption { .. } => "invalid_option",
            ViolationKind::InvalidEmail => "invalid_email",
            ViolationKind::ConditionallyRequired { .. } => "conditionally_required",
            ViolationKind::MayBeRequired { .. } => "may_be_required",
            ViolationKind::ExtensionNotFound => "extension_not_found",
            ViolationKind::ExtensionInUse => "extension_in_use",
            ViolationKind::EmailMissing => "email_missing",
            ViolationKind::NoEffect { .. } => "no_effect",
            ViolationKind::ForwardsToItself => "forwards_to_itself",
            ViolationKind::VoicemailOff => "voicemail_off",
            ViolationKind::CurrentMismatch => "current_mismatch",
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
        let int = |n: usize| Param::Int(n as u64);
        match *self {
            ViolationKind::TooLarge { max_bytes } => vec![("max_bytes", int(max_bytes))],
            ViolationKind::InvalidUtf8 { offset } => vec![("offset", int(offset))],
            ViolationKind::Malformed {
                reason,
                line,
                column,
            } => vec![
                ("reason", Param::Str(reason)),
                ("line", int(line)),
                ("column", int(column)),
            ],
            ViolationKind::NotAnObject { found } => vec![("found", Param::Str(found))],
            ViolationKind::TooManyUnknownKeys { count, max } => {
                vec![("count", int(count)), ("max", int(max))]
            }
            ViolationKind::UnknownKey { suggestion } => suggestion
                .map(|s| vec![("suggestion", Param::Str(s))])
                .unwrap_or_default(),
            ViolationKind::InvalidType {
                expected,
                found,
                limits,
            } => {
                let mut p = vec![
                    ("expected", Param::Str(expected.code())),
                    ("found", Param::Str(found)),
                ];
                limits.push(&mut p);
                p
            }
            ViolationKind::NotWholeNumber { limits } | ViolationKind::LeadingZero { limits } => {
                let mut p = Vec::new();
                limits.push(&mut p);
                p
            }
            ViolationKind::InvalidCharacters { allowed } => {
                vec![("allowed", Param::Str(allowed.code()))]
            }
            ViolationKind::TooShort { min } => vec![("min", Param::Int(min.into()))],
            ViolationKind::TooLong { max } => vec![("max", Param::Int(max.into()))],
            ViolationKind::OutOfRange { min, max } => vec![
                ("min", Param::Int(min.into())),
                ("max", Param::Int(max.into())),
            ],
            ViolationKind::InvalidOption {
                options,
                suggestion,
            } => {
                let mut p = vec![("options", Param::List(options))];
                if let Some(s) = suggestion {
                    p.push(("suggestion", Param::Str(s)));
                }
                p
            }
            ViolationKind::ConditionallyRequired { rule, when, equals }
            | ViolationKind::MayBeRequired { rule, when, equals } => vec![
                ("rule", Param::Str(rule)),
                ("when", Param::Str(when.name())),
                ("equals", Param::Str(equals)),
            ],
            ViolationKind::NoEffect { requires, equals } => vec![
                ("requires", Param::Str(requires.name())),
                ("equals", Param::Str(equals)),
            ],
            ViolationKind::VoicemailOff => vec![
                ("requires", Param::Str(Field::Hasvoicemail.name())),
                ("equals", Param::Str(crate::spec::table::ON)),
            ],
            ViolationKind::DuplicateKey
            | ViolationKind::Required
            | ViolationKind::Blank
            | ViolationKind::InvalidEmail
            | ViolationKind::ExtensionNotFound
            | ViolationKind::ExtensionInUse
            | ViolationKind::EmailMissing
            | ViolationKind::ForwardsToItself
            | ViolationKind::CurrentMismatch => Vec::new(),
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
    kind: ViolationKind,
}

impl Violation {
    /// A violation on a known field.
    #[must_use]
    pub(crate) const fn on(field: Field, kind: ViolationKind) -> Self {
        Violation {
            field: Cow::Borrowed(field.name()),
            kind,
        }
    }

    /// A violation on the payload as a whole (field `""`).
    #[must_use]
    pub(crate) const fn root(kind: ViolationKind) -> Self {
        Violation {
            field: Cow::Borrowed(""),
            kind,
        }
    }

    /// A violation on a key that is not a parameter.
    #[must_use]
    pub(crate) fn on_key(key: impl Into<Cow<'static, str>>, kind: ViolationKind) -> Self {
        Violation {
            field: key.into(),
            kind,
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
    pub const fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The API guide's error number, where it defines one.
    #[must_use]
    pub const fn errno(&self) -> Option<u32> {
        self.kind.errno()
    }
}
