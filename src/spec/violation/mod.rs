//! Violations: what is wrong, on which field, with a stable code, its limits and a message.
//!
//! No kind carries a submitted value, so no error, message, `Display` or `Debug` output can echo
//! one — secret or not (ruling G4). Only limits, options and names from the rule table appear.
//!
//! In four parts: the fixed orders of codes and param names ([`codes`]), what can be wrong
//! ([`kind`]), params as data ([`wire`]) and the violation a report holds ([`report`]).

pub mod codes;
pub mod kind;
pub mod report;
pub mod wire;

pub use codes::CODES;
pub(crate) use codes::{PARAM_NAMES, WEAK};
pub use kind::{Expected, Limits, ViolationKind};
pub use report::Violation;
pub use wire::Param;

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
