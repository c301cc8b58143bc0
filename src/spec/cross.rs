//! The cross-field rule table: conditions between parameters (rulings C1–C6).
//!
//! Each rule reports on the field that must change (`target`), never on a global bucket (G4).
//! Rules are judged on the *effective* settings: the current settings, when the caller supplies
//! them, overlaid by the payload (decisions.md, "Conditional rules").

use crate::spec::field::Field;
use crate::spec::table::{CUSTOM_NUMBER, EXTENSION, MOBILE_NUMBER, ON, VOICEMAIL};
use crate::spec::violation::ViolationKind;

/// What breaking a rule produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// An error, [`ViolationKind::ConditionallyRequired`]; when the target was left out and no
    /// current settings were given, the warning [`ViolationKind::MayBeRequired`] instead (C5).
    Required,
    /// This warning (C6); it never makes the payload invalid.
    Warn(ViolationKind),
}

/// What the target field must satisfy while the condition holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Requirement {
    /// The target must not be blank. Outcome per C5: sent blank, or left out while the current
    /// settings hold it blank, fails with the rule's severity; left out with no current settings
    /// is a warning for error rules (the PBX may hold a value) and nothing for warning rules.
    NotBlank,
    /// Another field must have this value (only judged when that field's value is known).
    FieldEquals(Field, &'static str),
    /// The target must not name the extension being configured.
    NotOwnExtension,
}

/// One cross-field rule: while `when` equals `equals`, `target` must meet `requires`.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct CrossRule {
    /// The ruling it implements (`C1` … `C4`) or a warning's name (`W1` …).
    pub id: &'static str,
    /// The field that must change, where the violation is reported.
    pub target: Field,
    /// The field whose value triggers the rule.
    pub when: Field,
    /// The triggering value.
    pub equals: &'static str,
    /// What the target must satisfy.
    pub requires: Requirement,
    /// What breaking it produces.
    pub outcome: Outcome,
    /// Where the rule comes from (spec row and ruling), for `docs/RULES.md`.
    pub source: &'static str,
}

const fn must_fill(
    id: &'static str,
    target: Field,
    when: Field,
    equals: &'static str,
    source: &'static str,
) -> CrossRule {
    let mut rule = warn(
        id,
        ViolationKind::Blank,
        target,
        when,
        equals,
        Requirement::NotBlank,
        source,
    );
    rule.outcome = Outcome::Required;
    rule
}

const fn warn(
    id: &'static str,
    kind: ViolationKind,
    target: Field,
    when: Field,
    equals: &'static str,
    requires: Requirement,
    source: &'static str,
) -> CrossRule {
    CrossRule {
        id,
        target,
        when,
        equals,
        requires,
        outcome: Outcome::Warn(kind),
        source,
    }
}

// Where each rule comes from, for docs/RULES.md; the WebAssembly module has no use for it.
const fn source(s: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        s
    }
}
const C1: &str = source("extension-update.md row `mobile`; decisions.md C1");
const C2: &str = source("extension-update.md rows `Xtransferext`; decisions.md C2");
const C3: &str = source("extension-update.md rows `Xtransfernum`; decisions.md C3");
const C4: &str = source("decisions.md C4");
const C6: &str = source("decisions.md C6");

/// The cross-field rules of API 1.x, in the order they are judged.
pub static CROSS_RULES: [CrossRule; 22] = CROSS_RULES_TABLE;

/// [`CROSS_RULES`] as a constant, which later profiles' tables are built from.
pub(crate) const CROSS_RULES_TABLE: [CrossRule; 22] = [
    must_fill("C1", Field::Mobile, Field::Enablemobile, ON, C1),
    must_fill("C1", Field::Mobile, Field::Atransferto, MOBILE_NUMBER, C1),
    must_fill("C1", Field::Mobile, Field::Ntransferto, MOBILE_NUMBER, C1),
    must_fill("C1", Field::Mobile, Field::Btransferto, MOBILE_NUMBER, C1),
    must_fill("C2", Field::Atransferext, Field::Atransferto, EXTENSION, C2),
    must_fill("C2", Field::Ntransferext, Field::Ntransferto, EXTENSION, C2),
    must_fill("C2", Field::Btransferext, Field::Btransferto, EXTENSION, C2),
    must_fill(
        "C3",
        Field::Atransfernum,
        Field::Atransferto,
        CUSTOM_NUMBER,
        C3,
    ),
    must_fill(
        "C3",
        Field::Ntransfernum,
        Field::Ntransferto,
        CUSTOM_NUMBER,
        C3,
    ),
    must_fill(
        "C3",
        Field::Btransfernum,
        Field::Btransferto,
        CUSTOM_NUMBER,
        C3,
    ),
    must_fill("C4", Field::Atransferto, Field::Alwaysforward, ON, C4),
    must_fill("C4", Field::Ntransferto, Field::Noanswerforward, ON, C4),
    must_fill("C4", Field::Btransferto, Field::Busyforward, ON, C4),
    warn(
        "W1",
        ViolationKind::EmailMissing,
        Field::Email,
        Field::Enablevmtoemail,
        ON,
        Requirement::NotBlank,
        C6,
    ),
    warn(
        "W2",
        ViolationKind::NoEffect {
            requires: Field::Hasvoicemail,
            equals: ON,
        },
        Field::Enablevmtoemail,
        Field::Enablevmtoemail,
        ON,
        Requirement::FieldEquals(Field::Hasvoicemail, ON),
        C6,
    ),
    warn(
        "W3",
        ViolationKind::NoEffect {
            requires: Field::Enablemobile,
            equals: ON,
        },
        Field::Ringsimultaneous,
        Field::Ringsimultaneous,
        ON,
        Requirement::FieldEquals(Field::Enablemobile, ON),
        C6,
    ),
    warn(
        "W4",
        ViolationKind::ForwardsToItself,
        Field::Atransferext,
        Field::Atransferto,
        EXTENSION,
        Requirement::NotOwnExtension,
        C6,
    ),
    warn(
        "W4",
        ViolationKind::ForwardsToItself,
        Field::Ntransferext,
        Field::Ntransferto,
        EXTENSION,
        Requirement::NotOwnExtension,
        C6,
    ),
    warn(
        "W4",
        ViolationKind::ForwardsToItself,
        Field::Btransferext,
        Field::Btransferto,
        EXTENSION,
        Requirement::NotOwnExtension,
        C6,
    ),
    warn(
        "W5",
        ViolationKind::VoicemailOff,
        Field::Atransferto,
        Field::Atransferto,
        VOICEMAIL,
        Requirement::FieldEquals(Field::Hasvoicemail, ON),
        C6,
    ),
    warn(
        "W5",
        ViolationKind::VoicemailOff,
        Field::Ntransferto,
        Field::Ntransferto,
        VOICEMAIL,
        Requirement::FieldEquals(Field::Hasvoicemail, ON),
        C6,
    ),
    warn(
        "W5",
        ViolationKind::VoicemailOff,
        Field::Btransferto,
        Field::Btransferto,
        VOICEMAIL,
        Requirement::FieldEquals(Field::Hasvoicemail, ON),
        C6,
    ),
];

/// A field that a choice brings into use: while `when` is `equals`, the PBX reads `uses` (spec
/// rows `Xtransferext`, `Xtransferprefix`, `Xtransfernum`). A form shows such a field only
/// while its choice is made; the metadata lists them per option (`uses`).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Uses {
    /// The field whose value is the choice.
    pub when: Field,
    /// The option chosen.
    pub equals: &'static str,
    /// The field that option uses.
    pub uses: Field,
}

const fn uses(when: Field, equals: &'static str, uses: Field) -> Uses {
    Uses { when, equals, uses }
}

/// Which fields each forwarding destination uses: the extension for `Extension`, the outbound
/// prefix for the mobile number (the number itself is `mobile`), the prefix and the number for
/// a custom number; voicemail uses none.
pub static USES: [Uses; 12] = [
    uses(Field::Atransferto, EXTENSION, Field::Atransferext),
    uses(Field::Atransferto, MOBILE_NUMBER, Field::Atransferprefix),
    uses(Field::Atransferto, CUSTOM_NUMBER, Field::Atransferprefix),
    uses(Field::Atransferto, CUSTOM_NUMBER, Field::Atransfernum),
    uses(Field::Ntransferto, EXTENSION, Field::Ntransferext),
    uses(Field::Ntransferto, MOBILE_NUMBER, Field::Ntransferprefix),
    uses(Field::Ntransferto, CUSTOM_NUMBER, Field::Ntransferprefix),
    uses(Field::Ntransferto, CUSTOM_NUMBER, Field::Ntransfernum),
    uses(Field::Btransferto, EXTENSION, Field::Btransferext),
    uses(Field::Btransferto, MOBILE_NUMBER, Field::Btransferprefix),
    uses(Field::Btransferto, CUSTOM_NUMBER, Field::Btransferprefix),
    uses(Field::Btransferto, CUSTOM_NUMBER, Field::Btransfernum),
];

/// What a context rule checks against the caller's context (X1, X2): the list of existing
/// extensions or the current settings. Without that context the rule is not judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContextCheck {
    /// The value must be an existing extension (X2).
    Exists,
    /// The value must be an existing extension while `when` is `equals`, or not known (X2).
    ExistsWhenUsed {
        /// The field that decides whether the value is used.
        when: Field,
        /// The option that uses it.
        equals: &'static str,
    },
    /// The value must be an existing extension, or the extension's own number, while `when` is
    /// `equals` or not known (V5: an added extension may forward to itself).
    ExistsOrOwnWhenUsed {
        /// The field that decides whether the value is used.
        when: Field,
        /// The option that uses it.
        equals: &'static str,
    },
    /// The value must not be an existing extension unless it equals this field's (X2).
    NotTakenUnless(Field),
    /// The value must not be an existing extension (V5: the number of an added extension).
    NotTaken,
    /// The current settings must describe this extension: the number they hold (`number` or
    /// `extnumber`, V6), when they hold one, equals the value (X1).
    MatchesCurrent,
}

/// One rule on the caller's context, reported on `target` (G4) in the order of the table.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ContextRule {
    /// The ruling it implements.
    pub id: &'static str,
    /// The field that must change (or, for a warning, be looked at).
    pub target: Field,
    /// What is checked.
    pub check: ContextCheck,
    /// What breaking it produces.
    pub kind: ViolationKind,
    /// A warning (never makes the payload invalid) rather than an error.
    pub warning: bool,
}

pub(crate) const fn context(
    id: &'static str,
    target: Field,
    check: ContextCheck,
    kind: ViolationKind,
    warning: bool,
) -> ContextRule {
    ContextRule {
        id,
        target,
        check,
        kind,
        warning,
    }
}

pub(crate) const fn used_by(when: Field) -> ContextCheck {
    ContextCheck::ExistsWhenUsed {
        when,
        equals: EXTENSION,
    }
}

/// The rules on the caller's context in API 1.x, judged after each field's own rule and before the
/// cross-field rules, on values that are valid so far.
pub static CONTEXT_RULES: [ContextRule; 6] = [
    context(
        "X2",
        Field::Extid,
        ContextCheck::Exists,
        ViolationKind::ExtensionNotFound,
        false,
    ),
    context(
        "X2",
        Field::Extnumber,
        ContextCheck::NotTakenUnless(Field::Extid),
        ViolationKind::ExtensionInUse,
        false,
    ),
    context(
        "X2",
        Field::Atransferext,
        used_by(Field::Atransferto),
        ViolationKind::ExtensionNotFound,
        false,
    ),
    context(
        "X2",
        Field::Ntransferext,
        used_by(Field::Ntransferto),
        ViolationKind::ExtensionNotFound,
        false,
    ),
    context(
        "X2",
        Field::Btransferext,
        used_by(Field::Btransferto),
        ViolationKind::ExtensionNotFound,
        false,
    ),
    context(
        "X1",
        Field::Extid,
        ContextCheck::MatchesCurrent,
        ViolationKind::CurrentMismatch,
        true,
    ),
];

#[cfg(test)]
mod tests {
    use super::{CROSS_RULES, USES};

    #[test]
    fn every_choice_is_an_option_of_its_field() {
        for u in &USES {
            assert!(u.when.spec().options().contains(&u.equals), "{u:?}");
            assert_ne!(u.when, u.uses);
        }
        for r in &CROSS_RULES {
            assert!(
                r.when.spec().options().contains(&r.equals),
                "{} on {}",
                r.id,
                r.target.name()
            );
        }
    }

    #[test]
    fn a_field_a_rule_requires_is_a_field_its_choice_uses() {
        // C2/C3: what a destination requires, it also uses (so a form shows it).
        for r in CROSS_RULES.iter().filter(|r| r.id == "C2" || r.id == "C3") {
            assert!(
                USES.iter()
                    .any(|u| u.when == r.when && u.equals == r.equals && u.uses == r.target),
                "{} {}",
                r.id,
                r.target.name()
            );
        }
    }
}

/// What a value warning checks in one value (Q3, Q5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValueCheck {
    /// The value is the login-password hash `extension/query` returns: equal to the current
    /// settings' value, or 32 hexadecimal digits (Q3).
    LooksHashed,
    /// The value lacks a digit, an upper-case or a lower-case letter (Q5).
    Weak,
}

/// A warning on one sent, valid, non-blank value (Q3, Q5): never an error.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ValueWarning {
    /// The ruling.
    pub id: &'static str,
    /// The field it reports on.
    pub field: Field,
    /// What it checks.
    pub check: ValueCheck,
}

/// The value warnings of API 1.x, in the order they are judged (a field gets the first that applies).
pub static VALUE_WARNINGS: [ValueWarning; 3] = [
    ValueWarning {
        id: "Q3",
        field: Field::Loginpassword,
        check: ValueCheck::LooksHashed,
    },
    ValueWarning {
        id: "Q5",
        field: Field::Registerpassword,
        check: ValueCheck::Weak,
    },
    ValueWarning {
        id: "Q5",
        field: Field::Loginpassword,
        check: ValueCheck::Weak,
    },
];

impl ValueCheck {
    /// The code of the warning it gives.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            ValueCheck::LooksHashed => ViolationKind::PasswordLooksHashed,
            ValueCheck::Weak => ViolationKind::WeakPassword {
                missing: &[],
                policy: None,
            },
        }
        .code()
    }

    /// Whether `value` breaks the check, and the warning it gives then. `current` is the
    /// current settings' value of the same field, if known.
    pub(crate) fn judge(self, value: &str, current: Option<&str>) -> Option<ViolationKind> {
        match self {
            ValueCheck::LooksHashed => {
                let hash = value.len() == 32 && value.bytes().all(|b| b.is_ascii_hexdigit());
                (hash || current == Some(value)).then_some(ViolationKind::PasswordLooksHashed)
            }
            ValueCheck::Weak => lacking(value).map(|missing| ViolationKind::WeakPassword {
                missing,
                policy: None,
            }),
        }
    }
}

/// What a password lacks of a digit, an upper-case and a lower-case letter (Q5, V4), or `None`
/// when it has all three.
pub(crate) fn lacking(value: &str) -> Option<&'static [&'static str]> {
    let has = |f: fn(&u8) -> bool| value.as_bytes().iter().any(f);
    let missing = usize::from(!has(u8::is_ascii_digit))
        | usize::from(!has(u8::is_ascii_uppercase)) << 1
        | usize::from(!has(u8::is_ascii_lowercase)) << 2;
    let list = crate::spec::violation::WEAK
        .get(missing)
        .copied()
        .unwrap_or(&[]);
    (!list.is_empty()).then_some(list)
}

/// Whether a value holds a run of four or more consecutive digits, up or down (`4567`,
/// `7654`; V4).
pub(crate) fn consecutive_digits(value: &str) -> bool {
    let (mut up, mut down) = (1u8, 1u8);
    let mut last: Option<u8> = None;
    for b in value.bytes() {
        match (last, b.is_ascii_digit()) {
            (Some(p), true) => {
                up = if b == p.wrapping_add(1) {
                    up.saturating_add(1)
                } else {
                    1
                };
                down = if p == b.wrapping_add(1) {
                    down.saturating_add(1)
                } else {
                    1
                };
            }
            _ => {
                up = 1;
                down = 1;
            }
        }
        if up >= 4 || down >= 4 {
            return true;
        }
        last = b.is_ascii_digit().then_some(b);
    }
    false
}

#[cfg(test)]
mod password_tests {
    #[test]
    fn runs_of_digits() {
        for yes in ["4567", "a7654b", "x0123", "98765"] {
            assert!(super::consecutive_digits(yes), "{yes}");
        }
        for no in ["", "456", "4568", "9012", "45a67", "1357", "7765"] {
            assert!(!super::consecutive_digits(no), "{no}");
        }
    }
}
