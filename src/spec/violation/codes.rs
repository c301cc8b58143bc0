//! The fixed orders of codes and param names: a code's place in [`CODES`] is its kind's
//! index, and a param's place in [`PARAM_NAMES`] its number in the bindings' compact reports.

use crate::spec::violation::Param;

/// Every violation code, in a fixed order: [`ViolationKind::index`](crate::spec::violation::ViolationKind::index) is the place of a kind's
/// code here (the compact form of a report numbers codes so), and the exported metadata lists
/// them in this order.
pub const CODES: [&str; 35] = [
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
    "other_api_version",
    "consecutive_digits",
    "password_contains",
];

/// Every param name, in a fixed order (the compact form of a report numbers names so).
pub(crate) const PARAM_NAMES: [&str; 23] = [
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
    "api",
    "policy",
    "call",
    "field",
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
pub(crate) const fn param_index(name: &str) -> usize {
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
        const { $crate::spec::violation::codes::param_index($name) }
    };
}
pub(crate) use param;

/// The params a visitor gives, by name.
pub(crate) fn named_params(
    visit: impl FnOnce(&mut dyn FnMut(usize, Param)),
) -> Vec<(&'static str, Param)> {
    let mut out = Vec::with_capacity(4);
    visit(&mut |at, value| out.push((PARAM_NAMES.get(at).copied().unwrap_or(""), value)));
    out
}

/// The index of `options` in [`PARAM_NAMES`].
pub(crate) const OPTIONS: usize = param_index("options");
