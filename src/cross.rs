//! The cross-field rule table: conditions between parameters (rulings C1–C6).
//!
//! Each rule reports on the field that must change (`target`), never on a global bucket (G4).
//! Rules are judged on the *effective* settings: the current settings, when the caller supplies
//! them, overlaid by the payload (decisions.md, "Conditional rules").

use crate::field::Field;
use crate::violation::ViolationKind;

/// What breaking a rule produces.
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone)]
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
    CrossRule {
        id,
        target,
        when,
        equals,
        requires: Requirement::NotBlank,
        outcome: Outcome::Required,
        source,
    }
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

const C1: &str = "extension-update.md row `mobile`; decisions.md C1";
const C2: &str = "extension-update.md rows `Xtransferext`; decisions.md C2";
const C3: &str = "extension-update.md rows `Xtransfernum`; decisions.md C3";
const C4: &str = "decisions.md C4";
const C6: &str = "decisions.md C6";

/// The cross-field rules, in the order they are judged.
pub static CROSS_RULES: [CrossRule; 22] = [
    must_fill("C1", Field::Mobile, Field::Enablemobile, "on", C1),
    must_fill("C1", Field::Mobile, Field::Atransferto, "Mobile Number", C1),
    must_fill("C1", Field::Mobile, Field::Ntransferto, "Mobile Number", C1),
    must_fill("C1", Field::Mobile, Field::Btransferto, "Mobile Number", C1),
    must_fill(
        "C2",
        Field::Atransferext,
        Field::Atransferto,
        "Extension",
        C2,
    ),
    must_fill(
        "C2",
        Field::Ntransferext,
        Field::Ntransferto,
        "Extension",
        C2,
    ),
    must_fill(
        "C2",
        Field::Btransferext,
        Field::Btransferto,
        "Extension",
        C2,
    ),
    must_fill(
        "C3",
        Field::Atransfernum,
        Field::Atransferto,
        "Custom Number",
        C3,
    ),
    must_fill(
        "C3",
        Field::Ntransfernum,
        Field::Ntransferto,
        "Custom Number",
        C3,
    ),
    must_fill(
        "C3",
        Field::Btransfernum,
        Field::Btransferto,
        "Custom Number",
        C3,
    ),
    must_fill("C4", Field::Atransferto, Field::Alwaysforward, "on", C4),
    must_fill("C4", Field::Ntransferto, Field::Noanswerforward, "on", C4),
    must_fill("C4", Field::Btransferto, Field::Busyforward, "on", C4),
    warn(
        "W1",
        ViolationKind::EmailMissing,
        Field::Email,
        Field::Enablevmtoemail,
        "on",
        Requirement::NotBlank,
        C6,
    ),
    warn(
        "W2",
        ViolationKind::NoEffect {
            requires: Field::Hasvoicemail,
            equals: "on",
        },
        Field::Enablevmtoemail,
        Field::Enablevmtoemail,
        "on",
        Requirement::FieldEquals(Field::Hasvoicemail, "on"),
        C6,
    ),
    warn(
        "W3",
        ViolationKind::NoEffect {
            requires: Field::Enablemobile,
            equals: "on",
        },
        Field::Ringsimultaneous,
        Field::Ringsimultaneous,
        "on",
        Requirement::FieldEquals(Field::Enablemobile, "on"),
        C6,
    ),
    warn(
        "W4",
        ViolationKind::ForwardsToItself,
        Field::Atransferext,
        Field::Atransferto,
        "Extension",
        Requirement::NotOwnExtension,
        C6,
    ),
    warn(
        "W4",
        ViolationKind::ForwardsToItself,
        Field::Ntransferext,
        Field::Ntransferto,
        "Extension",
        Requirement::NotOwnExtension,
        C6,
    ),
    warn(
        "W4",
        ViolationKind::ForwardsToItself,
        Field::Btransferext,
        Field::Btransferto,
        "Extension",
        Requirement::NotOwnExtension,
        C6,
    ),
    warn(
        "W5",
        ViolationKind::VoicemailOff,
        Field::Atransferto,
        Field::Atransferto,
        "Voicemail",
        Requirement::FieldEquals(Field::Hasvoicemail, "on"),
        C6,
    ),
    warn(
        "W5",
        ViolationKind::VoicemailOff,
        Field::Ntransferto,
        Field::Ntransferto,
        "Voicemail",
        Requirement::FieldEquals(Field::Hasvoicemail, "on"),
        C6,
    ),
    warn(
        "W5",
        ViolationKind::VoicemailOff,
        Field::Btransferto,
        Field::Btransferto,
        "Voicemail",
        Requirement::FieldEquals(Field::Hasvoicemail, "on"),
        C6,
    ),
];
