//! API 2.0.0 (firmware 30.13.0.30 and later): the profiles `v2 update` and `v2 add` (rulings
//! V2–V5). The rows are API 1.x's ([`crate::spec::table`]), changed where the 2.0.0 pages say
//! otherwise and marked `inherited` where the pages do not show them (V3), built when the crate
//! is compiled.

use crate::spec::charset::Charset;
use crate::spec::cross::{
    context, used_by, ContextCheck, ContextRule, CrossRule, ValueCheck, ValueWarning,
};
use crate::spec::field::{Blank, Field, FieldSpec, ValueRule};
use crate::spec::profile::{AddDefault, Api, Call, PasswordRule, Roles, Tables};
use crate::spec::table::{prose, text, EXTENSION, OFF, ON, V1_COUNT, V1_ROWS};
use crate::spec::violation::ViolationKind;

/// `enablevmtoemail`'s options in API 2.0.0: voicemail to the extension's e-mail (`on`), to a
/// custom address (`custom`), or not at all.
pub const VM_TO_EMAIL: &[&str] = &[ON, OFF, CUSTOM];
/// Voicemail to a custom e-mail address.
pub(crate) const CUSTOM: &str = "custom";

/// The rows, in the 2.0.0 update page's order: the twenty it shows, then the rest in API 1.x's
/// order.
const ORDER: [Field; 37] = [
    Field::Number,
    Field::Username,
    Field::Registername,
    Field::Registerpassword,
    Field::Callerid,
    Field::Maxregistrations,
    Field::Loginpassword,
    Field::Email,
    Field::Mobile,
    Field::Hasvoicemail,
    Field::Vmsecret,
    Field::Enablevmtoemail,
    Field::Alwaysforward,
    Field::Atransferto,
    Field::Atransferext,
    Field::Atransferprefix,
    Field::Atransfernum,
    Field::Noanswerforward,
    Field::Ntransferto,
    Field::Ntransferext,
    Field::Ntransferprefix,
    Field::Ntransfernum,
    Field::Busyforward,
    Field::Btransferto,
    Field::Btransferext,
    Field::Btransferprefix,
    Field::Btransfernum,
    Field::Enablemobile,
    Field::Ringsimultaneous,
    Field::Mobileprefix,
    Field::Allowbeingmonitored,
    Field::Monitormode,
    Field::Ringtimeout,
    Field::Maxduration,
    Field::Dnd,
    Field::Callrestriction,
    Field::Agentid,
];

/// How many rows the update page shows (V3).
const UPDATE_SHOWN: usize = 20;
/// How many rows the add page shows (V5).
const ADD_SHOWN: usize = 17;

/// API 1.x's row of a field, with its place in the table.
#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    clippy::arithmetic_side_effects,
    reason = "evaluated at compile time: a field without a row fails the build"
)]
const fn v1_row(field: Field) -> FieldSpec {
    let mut i = 0;
    while i < V1_COUNT {
        if V1_ROWS[i].field as u8 == field as u8 {
            return V1_ROWS[i];
        }
        i += 1;
    }
    panic!("a v2 field without a v1 row")
}

/// The v2 row of a field (the same in both calls, but for what `add` requires).
#[allow(
    clippy::indexing_slicing,
    reason = "evaluated at compile time: the extension number's row is the first"
)]
const fn v2_row(field: Field, shown: bool) -> FieldSpec {
    let mut r = match field {
        Field::Number => {
            let mut r = v1_row(Field::Extid);
            r.field = Field::Number;
            r.spec = prose!(
                "<number>, required, String: the extension to configure; digits, at most 7."
            );
            r.ruling = prose!(
                "Required; 1-7 digits, a JSON number or a digit string (G7); missing, null or blank \
                 is errno 10004 (V2); must exist when a list of extensions is given (X2)."
            );
            r
        }
        _ => v1_row(field),
    };
    match field {
        Field::Username => {
            r.rule = text(Charset::CallerIdName, 0, 31);
            r.spec = prose!(
                "Caller ID name; ! % . @ : ; & \" ' \\ < > ` $ are not allowed (no length stated)."
            );
            r.ruling = prose!(
                "Any other character, non-ASCII letters and spaces included, except control \
                 characters and zero-width or bidirectional marks; at most 31, counted in UTF-16 \
                 units as an HTML maxlength counts (length inherited from 1.x; V3)."
            );
        }
        Field::Registerpassword | Field::Loginpassword => {
            let max = match r.rule {
                ValueRule::Text { max, .. } => max,
                _ => 63,
            };
            r.rule = text(Charset::StrongPassword, 1, max);
            r.spec = prose!(
                "Letters, digits and ~ ^ * - _ ?; a strong password by default: a digit, an \
                 upper-case and a lower-case letter, no consecutive digits, not the extension's \
                 number or Caller ID name; at least 16 (registration) or 10 (user password)."
            );
            r.ruling = prose!(
                "V4: too_short, weak_password, consecutive_digits and password_contains are \
                 errors; with weak passwords allowed, at least 8 / 6 with a digit, an upper-case \
                 and a lower-case letter. Maximum 31 / 63 inherited from 1.x; never echoed (G4)."
            );
        }
        Field::Email => {
            r.rule = ValueRule::Email {
                max: 254,
                charset: Some(Charset::EmailAddress),
            };
            r.spec = prose!(
                "An e-mail address; space and # ; , [ ] = & \" ' \\ < > ` $ are not allowed."
            );
            r.ruling = prose!(
                "Blank, or a WHATWG address (as 1.x) with none of the characters the page forbids \
                 (V3); at most 254 (inherited)."
            );
        }
        Field::Mobile
        | Field::Vmsecret
        | Field::Atransferprefix
        | Field::Atransfernum
        | Field::Ntransferprefix
        | Field::Ntransfernum
        | Field::Btransferprefix
        | Field::Btransfernum => {
            r.numbers = true;
            r.ruling = prose!(
                "Typed Integer in 2.0.0: a string of digits as in 1.x, or a JSON number that is a \
                 whole number, written as its digits (V3); limits as 1.x."
            );
        }
        Field::Enablevmtoemail => {
            r.rule = ValueRule::OneOf(VM_TO_EMAIL);
            r.spec = prose!(
                "off, on (to the extension's e-mail) or custom (to a custom e-mail address)."
            );
            r.ruling = prose!("Exactly one of the three (V3).");
        }
        _ => {}
    }
    r.inherited = !shown;
    r.api = Api::V2;
    r
}

/// The rows of a call: the update's, with `add`'s required fields (V5).
#[allow(
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    reason = "evaluated at compile time over fixed-length arrays"
)]
const fn rows(call: Call) -> [FieldSpec; 37] {
    let shown = match call {
        Call::Update => UPDATE_SHOWN,
        Call::Add => ADD_SHOWN,
    };
    let mut out = [v1_row(Field::Extid); 37];
    let mut i = 0;
    while i < ORDER.len() {
        let mut r = v2_row(ORDER[i], i < shown);
        if let Call::Add = call {
            if matches!(
                ORDER[i],
                Field::Username | Field::Registername | Field::Registerpassword
            ) {
                r.blank = Blank::Present;
            }
        }
        out[i] = r;
        i += 1;
    }
    out
}

const UPDATE_ROWS: [FieldSpec; 37] = rows(Call::Update);
const ADD_ROWS: [FieldSpec; 37] = rows(Call::Add);

/// The cross-field rules: API 1.x's (C1–C4, the warnings), each rule on voicemail to e-mail
/// judged for a custom address (`custom`) as for `on` (C6).
const CROSS: [CrossRule; 24] = {
    let v1 = crate::spec::cross::CROSS_RULES_TABLE;
    let mut out = [v1[0]; 24];
    let mut i = 0;
    let mut at = 0;
    while i < v1.len() {
        #[allow(
            clippy::indexing_slicing,
            clippy::arithmetic_side_effects,
            reason = "compile time, in range: a table that outgrows `out` fails the build"
        )]
        {
            out[at] = v1[i];
            at += 1;
            if v1[i].when as u8 == Field::Enablevmtoemail as u8 {
                let mut custom = v1[i];
                custom.equals = CUSTOM;
                out[at] = custom;
                at += 1;
            }
            i += 1;
        }
    }
    out
};

const fn own_or_used_by(when: Field) -> ContextCheck {
    ContextCheck::ExistsOrOwnWhenUsed {
        when,
        equals: EXTENSION,
    }
}

/// The update's context rules: X2 with `number` (no renumbering), X1.
const UPDATE_CONTEXT: [ContextRule; 5] = [
    context(
        "X2",
        Field::Number,
        ContextCheck::Exists,
        ViolationKind::ExtensionNotFound,
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
        Field::Number,
        ContextCheck::MatchesCurrent,
        ViolationKind::CurrentMismatch,
        true,
    ),
];

/// The add's context rules (V5): the new number must be free; a forward goes to an existing
/// extension or to the new one.
const ADD_CONTEXT: [ContextRule; 4] = [
    context(
        "V5",
        Field::Number,
        ContextCheck::NotTaken,
        ViolationKind::ExtensionInUse,
        false,
    ),
    context(
        "V5",
        Field::Atransferext,
        own_or_used_by(Field::Atransferto),
        ViolationKind::ExtensionNotFound,
        false,
    ),
    context(
        "V5",
        Field::Ntransferext,
        own_or_used_by(Field::Ntransferto),
        ViolationKind::ExtensionNotFound,
        false,
    ),
    context(
        "V5",
        Field::Btransferext,
        own_or_used_by(Field::Btransferto),
        ViolationKind::ExtensionNotFound,
        false,
    ),
];

/// Q3 only: a weak password is an error in 2.0.0 (V4), not Q5's warning.
const WARNINGS: [ValueWarning; 1] = [ValueWarning {
    id: "Q3",
    field: Field::Loginpassword,
    check: ValueCheck::LooksHashed,
}];

/// V4.
const PASSWORDS: [PasswordRule; 2] = [
    PasswordRule {
        field: Field::Registerpassword,
        strong_min: 16,
        basic_min: 8,
        not_containing: &[Field::Number, Field::Username],
    },
    PasswordRule {
        field: Field::Loginpassword,
        strong_min: 10,
        basic_min: 6,
        not_containing: &[Field::Number, Field::Username],
    },
];

/// Q2 for 2.0.0: the keys the 2.0.0 query shows and the update does not take, and the keys of
/// API 1.x's query, which a 2.0.0 PBX does not take either.
const NOT_UPDATABLE: [(&str, Option<Field>); 15] = crate::spec::query::NOT_UPDATABLE;

/// What an added extension starts with (V5).
const DEFAULTS: [AddDefault; 6] = [
    AddDefault::Number(Field::Callerid),
    AddDefault::Value(Field::Maxregistrations, "1"),
    AddDefault::Value(Field::Hasvoicemail, ON),
    AddDefault::Number(Field::Vmsecret),
    AddDefault::Value(Field::Enablevmtoemail, OFF),
    AddDefault::Value(Field::Alwaysforward, OFF),
];

const ROLES: Roles = Roles {
    number: Field::Number,
    renumber: None,
    query_list: "extinfos",
};

/// API 2.0.0's `extension/update`.
pub(crate) static V2_UPDATE: Tables = Tables::new(
    (Api::V2, Call::Update),
    &UPDATE_ROWS,
    &CROSS,
    &UPDATE_CONTEXT,
    &WARNINGS,
    &PASSWORDS,
    &NOT_UPDATABLE,
    &[],
    ROLES,
);

/// API 2.0.0's `extension/add`.
pub(crate) static V2_ADD: Tables = Tables::new(
    (Api::V2, Call::Add),
    &ADD_ROWS,
    &CROSS,
    &ADD_CONTEXT,
    &WARNINGS,
    &PASSWORDS,
    &NOT_UPDATABLE,
    &DEFAULTS,
    ROLES,
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::cross::{Outcome, Requirement};
    use crate::spec::field::Group;

    #[test]
    fn groups_are_kept() {
        assert_eq!(UPDATE_ROWS[0].group, Group::User);
        assert!(!UPDATE_ROWS[19].inherited && UPDATE_ROWS[20].inherited);
        assert!(ADD_ROWS[16].blank != Blank::Present && !ADD_ROWS[16].inherited);
        assert!(ADD_ROWS[17].inherited);
        assert!(matches!(CROSS[23].outcome, Outcome::Warn(_)));
        assert_eq!(CROSS.iter().filter(|r| r.equals == CUSTOM).count(), 2);
        assert!(matches!(CROSS[0].requires, Requirement::NotBlank));
    }
}
