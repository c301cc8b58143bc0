//! What can be wrong ([`ViolationKind`]), with the vocabulary its params are written in
//! ([`Expected`], [`Limits`]).

use crate::spec::charset::Charset;
use crate::spec::field::Field;
use crate::spec::violation::codes::{param, CODES, WEAK};
use crate::spec::violation::Param;

/// What is wrong. Each kind has a stable snake_case [`code`](ViolationKind::code) and carries the
/// limits or options involved, which [`params`](ViolationKind::params) lists as data (M2). Its
/// message, in each language, comes from the message catalogs (`Catalog`).
///
/// ```
/// use yeastar_extension_rules::error::{Param, ViolationKind};
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
    /// The key is not a parameter of the call (G2).
    UnknownKey {
        /// A known parameter with a close name.
        suggestion: Option<&'static str>,
        /// The call, where it is not an update (`add`).
        call: Option<&'static str>,
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
        /// The call, where it is not an update (`add`).
        call: Option<&'static str>,
    },
    /// Warning (Q3): the login password is the hash `extension/query` returns (or looks like
    /// one: 32 hexadecimal digits); sent, it becomes the password.
    PasswordLooksHashed,
    /// A password without a digit, an upper-case or a lower-case letter: in API 1.x a warning
    /// (Q5, which Yeastar's Chinese guide requires), in API 2.0.0 an error (V4).
    WeakPassword {
        /// What it lacks: `digit`, `upper`, `lower`.
        missing: &'static [&'static str],
        /// In API 2.0.0, the PBX's policy it is judged by: `strong` (the default) or `basic`
        /// (weak passwords allowed).
        policy: Option<&'static str>,
    },
    /// A whole `extension/query` response was given as the current settings, and none of its
    /// extensions is the payload's `extid` (Q1).
    NotInCurrent,
    /// Warning: the desired settings equal the current ones; the minimal update changes
    /// nothing (Q4).
    NothingToChange,
    /// A key that only the other API version has (V2): `extid` or `extnumber` in API 2.0.0,
    /// `number` in API 1.x.
    OtherApiVersion {
        /// The version that has the key (`v1`, `v2`).
        api: &'static str,
        /// The parameter this version names the same thing with, where there is one.
        instead: Option<&'static str>,
    },
    /// A strong password with four or more consecutive digits, up or down (`4567`, V4).
    ConsecutiveDigits,
    /// A strong password that contains the extension's number or Caller ID name (V4).
    PasswordContains {
        /// Which it contains.
        field: Field,
    },
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
    pub(crate) fn visit(self, f: &mut impl FnMut(usize, Param)) {
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
                call: None,
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
                call: None,
            },
            K::PasswordLooksHashed,
            K::WeakPassword {
                missing: WEAK[0b011],
                policy: None,
            },
            K::NotInCurrent,
            K::NothingToChange,
            K::OtherApiVersion {
                api: "v1",
                instead: Some("number"),
            },
            K::ConsecutiveDigits,
            K::PasswordContains {
                field: Field::Username,
            },
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
                | K::NothingToChange
                | K::OtherApiVersion { .. }
                | K::ConsecutiveDigits
                | K::PasswordContains { .. } => {}
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
        all.push(K::UnknownKey {
            suggestion: None,
            call: None,
        });
        all.push(K::UnknownKey {
            suggestion: None,
            call: Some("add"),
        });
        all.push(K::UnknownKey {
            suggestion: Some("username"),
            call: Some("add"),
        });
        all.push(K::NotUpdatable {
            instead: None,
            call: None,
        });
        all.push(K::NotUpdatable {
            instead: None,
            call: Some("add"),
        });
        all.push(K::NotUpdatable {
            instead: Some("mobile"),
            call: Some("add"),
        });
        for missing in WEAK.iter().skip(1) {
            for policy in [None, Some("strong"), Some("basic")] {
                all.push(K::WeakPassword { missing, policy });
            }
        }
        for (api, instead) in [("v1", None), ("v2", Some("extid")), ("v1", Some("number"))] {
            all.push(K::OtherApiVersion { api, instead });
        }
        all.push(K::PasswordContains {
            field: Field::Number,
        });
        for allowed in Charset::ALL {
            all.push(K::InvalidCharacters { allowed });
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

    /// The stable snake_case code (its place in `error::codes()` is [`index`](ViolationKind::index)).
    ///
    /// ```
    /// use yeastar_extension_rules::error::ViolationKind;
    /// assert_eq!(ViolationKind::Required.code(), "required");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        CODES.get(self.index()).copied().unwrap_or("")
    }

    /// The place of this kind's code in `error::codes()`.
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
            ViolationKind::OtherApiVersion { .. } => 32,
            ViolationKind::ConsecutiveDigits => 33,
            ViolationKind::PasswordContains { .. } => 34,
        }
    }

    /// The API guide's error number, where it defines one (appendix A: 10004, 10006).
    ///
    /// ```
    /// use yeastar_extension_rules::error::ViolationKind;
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
}
