//! Violations: what is wrong, on which field, with a stable code, its limits and a message.
//!
//! No kind carries a submitted value, so no error, message, `Display` or `Debug` output can echo
//! one — secret or not (ruling G4). Only limits, options and names from the rule table appear.

use std::borrow::Cow;
use std::fmt;

use crate::spec::charset::Charset;
use crate::spec::field::Field;

/// What is wrong. Each kind has a stable snake_case [`code`](ViolationKind::code) and carries the
/// limits or options involved, which [`params`](ViolationKind::params) lists.
///
/// ```
/// use yeastar_extension_rules::ViolationKind;
/// let kind = ViolationKind::TooLong { max: 31 };
/// assert_eq!(kind.code(), "too_long");
/// assert_eq!(kind.to_string(), "must be at most 31 characters");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ViolationKind {
    /// The document is larger than the limit (checked before parsing).
    #[error("the document is larger than {max_bytes} bytes")]
    TooLarge {
        /// The limit in bytes.
        max_bytes: usize,
    },
    /// The bytes are not UTF-8.
    #[error("the document is not valid UTF-8 (at byte {offset})")]
    InvalidUtf8 {
        /// Byte offset of the first bad byte.
        offset: usize,
    },
    /// The text is not JSON.
    #[error("the document is not valid JSON: {reason} at line {line}, column {column}")]
    Malformed {
        /// What the reader expected.
        reason: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
    },
    /// The document is JSON but not an object.
    #[error("the document must be a JSON object, not {}", article(found))]
    NotAnObject {
        /// The JSON type found.
        found: &'static str,
    },
    /// More unknown keys than are reported one by one.
    #[error("the document has {count} unknown parameters; only the first {max} are listed")]
    TooManyUnknownKeys {
        /// How many distinct unknown keys there were.
        count: usize,
        /// How many are reported.
        max: usize,
    },
    /// The key is not a parameter of `extension/update` (G2).
    #[error("is not a parameter of extension/update{}", Suggest(*suggestion))]
    UnknownKey {
        /// A known parameter with a close name.
        suggestion: Option<&'static str>,
    },
    /// The key occurs more than once (G3).
    #[error("is given more than once; send it once")]
    DuplicateKey,
    /// `extid` is missing, `null` or blank: errno 10004.
    #[error("is required")]
    Required,
    /// The JSON type is wrong (a boolean for a name, a number where leading zeros matter, …).
    #[error("must be {expected}, not {}", article(found))]
    InvalidType {
        /// What is accepted.
        expected: &'static str,
        /// The JSON type found.
        found: &'static str,
    },
    /// Blank where the field may not be blank.
    #[error("must not be blank")]
    Blank,
    /// A JSON number that is negative, fractional or not finite (G7).
    #[error("must be a whole number")]
    NotWholeNumber,
    /// A character outside the field's set (G6).
    #[error("may contain only {}", allowed.describe())]
    InvalidCharacters {
        /// The allowed set.
        allowed: Charset,
    },
    /// Fewer characters than allowed.
    #[error("must be at least {min} characters")]
    TooShort {
        /// The minimum.
        min: u16,
    },
    /// More characters than allowed.
    #[error("must be at most {max} characters")]
    TooLong {
        /// The maximum.
        max: u16,
    },
    /// A number outside its range.
    #[error("must be a whole number from {min} to {max}")]
    OutOfRange {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
    },
    /// Not one of the options.
    #[error("must be {}{}", Options(options), Suggest(*suggestion))]
    InvalidOption {
        /// The options.
        options: &'static [&'static str],
        /// The option the value most likely meant.
        suggestion: Option<&'static str>,
    },
    /// Not an e-mail address.
    #[error("must be a valid e-mail address, such as name@example.com")]
    InvalidEmail,
    /// Blank while another field's value requires it (C1–C4).
    #[error("must not be blank when {} is \"{equals}\"", when.spec().label)]
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
    #[error(
        "is needed when {} is \"{equals}\"; it was not sent, so the PBX must already have one",
        when.spec().label
    )]
    MayBeRequired {
        /// The rule (`C1` … `C4`).
        rule: &'static str,
        /// The field whose value requires this one.
        when: Field,
        /// That field's value.
        equals: &'static str,
    },
    /// The extension is not in the list of existing extensions (X2): errno 10006.
    #[error("is not an existing extension")]
    ExtensionNotFound,
    /// `extnumber` names another existing extension (X2).
    #[error("is already used by another extension")]
    ExtensionInUse,
    /// Warning: e-mail is blank while voicemail to e-mail is on.
    #[error("is blank, so voicemail cannot be sent by e-mail")]
    EmailMissing,
    /// Warning: the setting does nothing while another switch is off.
    #[error("has no effect while {} is not \"{equals}\"", requires.spec().label)]
    NoEffect {
        /// The field that must be on for this one to matter.
        requires: Field,
        /// The value it must have.
        equals: &'static str,
    },
    /// Warning: calls would be forwarded to the extension itself.
    #[error("is this extension itself, so calls would loop back")]
    ForwardsToItself,
    /// Warning: forwarding to voicemail while voicemail is off.
    #[error("is \"Voicemail\" but {} is not \"on\"", Field::Hasvoicemail.spec().label)]
    VoicemailOff,
    /// Warning: the current settings given as context are another extension's.
    #[error("differs from the extension number in the current settings")]
    CurrentMismatch,
}

fn article(found: &str) -> &'static str {
    match found {
        "null" => "null",
        "boolean" => "a boolean",
        "number" => "a number",
        "string" => "a string",
        "array" => "an array",
        "object" => "an object",
        _ => "another type",
    }
}

struct Suggest(Option<&'static str>);

impl fmt::Display for Suggest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(s) => write!(f, " (did you mean \"{s}\"?)"),
            None => Ok(()),
        }
    }
}

struct Options(&'static [&'static str]);

impl fmt::Display for Options {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        for (i, o) in self.0.iter().enumerate() {
            let sep = match n.saturating_sub(i) {
                _ if i == 0 => "",
                1 => " or ",
                _ => ", ",
            };
            write!(f, "{sep}\"{o}\"")?;
        }
        Ok(())
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
                reason: "expected ',' or '}'",
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
                expected: "a string",
                found: "number",
            },
            K::Blank,
            K::NotWholeNumber,
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
                | K::NotWholeNumber
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
            ViolationKind::NotWholeNumber => "not_a_whole_number",
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
            ViolationKind::InvalidType { expected, found } => vec![
                ("expected", Param::Str(expected)),
                ("found", Param::Str(found)),
            ],
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
                ("equals", Param::Str("on")),
            ],
            ViolationKind::DuplicateKey
            | ViolationKind::Required
            | ViolationKind::Blank
            | ViolationKind::NotWholeNumber
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
/// `Display` gives the end-user message.
///
/// ```
/// use yeastar_extension_rules::validate;
/// let report = validate(r#"{"extid":"1002","registerpassword":"a b"}"#);
/// let v = &report.errors[0];
/// assert_eq!(v.field(), "registerpassword");
/// assert_eq!(v.code(), "invalid_characters");
/// assert_eq!(
///     v.to_string(),
///     "Registration password may contain only printable ASCII characters other than space and \
///      ; & \" ' \\ < > ` |."
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

    /// The end-user message (same as `to_string()`).
    #[must_use]
    pub fn message(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            let text = self.kind.to_string();
            let mut chars = text.chars();
            if let Some(first) = chars.next() {
                write!(f, "{}{}", first.to_ascii_uppercase(), chars.as_str())?;
            }
            return f.write_str(".");
        }
        match Field::from_name(&self.field) {
            Some(known) if !matches!(self.kind, ViolationKind::UnknownKey { .. }) => {
                write!(f, "{} {}.", known.spec().label, self.kind)
            }
            _ => write!(f, "\"{}\" {}.", Printable(&self.field), self.kind),
        }
    }
}

/// Shows a key with control and invisible characters escaped, so a message never carries
/// characters that reorder or hide text.
struct Printable<'a>(&'a str);

impl fmt::Display for Printable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if c.is_ascii_graphic() || c == ' ' {
                write!(f, "{c}")?;
            } else {
                write!(f, "\\u{{{:x}}}", u32::from(c))?;
            }
        }
        Ok(())
    }
}
