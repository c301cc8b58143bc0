//! The params of a violation as data (ruling M2): [`Param`], the list [`ViolationKind::params`]
//! gives, and the allocation-free visit the bindings' compact form is written from.

use crate::spec::field::Field;
use crate::spec::violation::codes::{named_params, param};
use crate::spec::violation::kind::ViolationKind;

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
    /// The limits and options involved, in a fixed order. Never a submitted value.
    ///
    /// ```
    /// use yeastar_extension_rules::error::{Param, ViolationKind};
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
            ViolationKind::UnknownKey { suggestion, call } => {
                if let Some(s) = suggestion {
                    f(param!("suggestion"), Param::Str(s));
                }
                if let Some(c) = call {
                    f(param!("call"), Param::Str(c));
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
            ViolationKind::NotUpdatable { instead, call } => {
                if let Some(s) = instead {
                    f(param!("instead"), Param::Str(s));
                }
                if let Some(c) = call {
                    f(param!("call"), Param::Str(c));
                }
            }
            ViolationKind::WeakPassword { missing, policy } => {
                f(param!("missing"), Param::List(missing));
                if let Some(p) = policy {
                    f(param!("policy"), Param::Str(p));
                }
            }
            ViolationKind::OtherApiVersion { api, instead } => {
                f(param!("api"), Param::Str(api));
                if let Some(s) = instead {
                    f(param!("instead"), Param::Str(s));
                }
            }
            ViolationKind::PasswordContains { field } => {
                f(param!("field"), Param::Str(field.name()));
            }
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
            | ViolationKind::ConsecutiveDigits
            | ViolationKind::NothingToChange => {}
        }
    }
}
