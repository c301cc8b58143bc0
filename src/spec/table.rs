//! The rule table: one row per parameter of `extension/update`, in the spec's order.
//!
//! This is the single source of truth. Validation, messages, field metadata, the JSON Schema and
//! `docs/RULES.md` are all derived from [`FIELDS`] and [`crate::spec::cross::CROSS_RULES`]; changing a
//! limit here changes it everywhere.

use crate::spec::charset::Charset;
use crate::spec::field::{Blank, Field, FieldSpec, Group, ValueRule};
use crate::spec::profile::{Api, Call, Tables};

/// Prose for people (spec summary, ruling). The WebAssembly module has no use for it:
/// the npm package ships the field metadata as data generated natively from this same table,
/// so on wasm32 the prose compiles to `""` and stays out of the module.
macro_rules! prose {
    ($s:expr) => {
        if cfg!(target_arch = "wasm32") {
            ""
        } else {
            $s
        }
    };
}
pub(crate) use prose;

/// A switch turned on.
pub(crate) const ON: &str = "on";
/// A switch turned off.
pub(crate) const OFF: &str = "off";
/// The two values of every on/off switch.
pub const ON_OFF: &[&str] = &[ON, OFF];
/// Forward to voicemail.
pub(crate) const VOICEMAIL: &str = "Voicemail";
/// Forward to another extension (`Xtransferext`).
pub(crate) const EXTENSION: &str = "Extension";
/// Forward to the extension's mobile number (`mobile`).
pub(crate) const MOBILE_NUMBER: &str = "Mobile Number";
/// Forward to a custom number (`Xtransfernum`).
pub(crate) const CUSTOM_NUMBER: &str = "Custom Number";
/// Forwarding destinations (spec rows `atransferto`, `ntransferto`, `btransferto`).
pub const DESTINATIONS: &[&str] = &[VOICEMAIL, EXTENSION, MOBILE_NUMBER, CUSTOM_NUMBER];
/// Monitor modes (spec row `monitormode`).
pub const MONITOR_MODES: &[&str] = &["Disabled", "Extensive", "Listen", "Whisper", "Barge-in"];
/// Ring timeouts in seconds (spec row `ringtimeout`).
pub const RING_TIMEOUTS: &[&str] = &["15", "30", "60", "120", "300"];
/// Maximum call durations (spec row `maxduration`).
pub const MAX_DURATIONS: &[&str] = &[
    "Follow System",
    "Unlimited",
    "60",
    "300",
    "600",
    "900",
    "1800",
    "3600",
    "6000",
];

pub(crate) const fn text(charset: Charset, min: u16, max: u16) -> ValueRule {
    ValueRule::Text { charset, min, max }
}

pub(crate) const EXT: ValueRule = text(Charset::Digits, 1, 7);
pub(crate) const SWITCH: ValueRule = ValueRule::Switch;

/// Shorthand for a row; `numbers`, `secret` and the rest are spelled out where they differ.
pub(crate) const fn row(
    field: Field,
    group: Group,
    rule: ValueRule,
    blank: Blank,
    spec: &'static str,
    ruling: &'static str,
) -> FieldSpec {
    FieldSpec {
        field,
        group,
        numbers: false,
        rule,
        blank,
        secret: false,
        spec: prose!(spec),
        ruling: prose!(ruling),
        inherited: false,
        api: crate::spec::profile::Api::V1,
    }
}

pub(crate) const fn numeric(mut r: FieldSpec) -> FieldSpec {
    r.numbers = true;
    r
}

pub(crate) const fn secret(mut r: FieldSpec) -> FieldSpec {
    r.secret = true;
    r
}

pub(crate) const fn switch(field: Field, group: Group) -> FieldSpec {
    row(
        field,
        group,
        SWITCH,
        Blank::NotBlank,
        "on (enable) or off (disable).",
        "Exactly \"on\" or \"off\"; other spellings get a suggestion (decisions.md, switches row).",
    )
}

pub(crate) const fn destination(field: Field, group: Group) -> FieldSpec {
    row(
        field,
        group,
        ValueRule::OneOf(DESTINATIONS),
        Blank::NotBlank,
        "Options: Voicemail, Extension, Mobile Number, Custom Number.",
        "Exactly one of the four options (decisions.md, row `Xtransferto`); C2-C4 hang on it.",
    )
}

pub(crate) const fn transfer_ext(field: Field, group: Group) -> FieldSpec {
    numeric(row(
        field,
        group,
        EXT,
        Blank::Allowed,
        "The extension to forward to when the destination is Extension; sample 3002.",
        "An extension number like extid (G7); must not be blank when the destination is \
         Extension (C2); must exist when a list of extensions is given (X2).",
    ))
}

pub(crate) const fn prefix(field: Field, max: u16, group: Group, spec: &'static str) -> FieldSpec {
    row(
        field,
        group,
        text(Charset::Digits, 0, max),
        Blank::Allowed,
        spec,
        "Digits only, leading zeros kept, so strings only (G7).",
    )
}

pub(crate) const fn transfer_num(field: Field, group: Group, spec: &'static str) -> FieldSpec {
    row(
        field,
        group,
        text(Charset::Digits, 0, 15),
        Blank::Allowed,
        spec,
        "Digits, at most 15, strings only (G7); must not be blank when the destination is \
         Custom Number (C3).",
    )
}

/// How many parameters API 1.x's `extension/update` has.
pub(crate) const V1_COUNT: usize = 38;

/// API 1.x's `extension/update`, in the spec's table order (the default profile's rows).
pub static FIELDS: [FieldSpec; V1_COUNT] = V1_ROWS;

/// [`FIELDS`], as a constant that the later profiles' tables are built from at compile time.
pub(crate) const V1_ROWS: [FieldSpec; V1_COUNT] = [
    numeric(row(
        Field::Extid,
        Group::User,
        EXT,
        Blank::Required,
        "<extid>, required, Int: the extension to configure; sample 1001.",
        "Required; 1-7 digits (S-Series extension numbers have at most 7); a JSON number or a \
         digit string (G7); missing, null or blank is errno 10004 (decisions.md, row `extid`); \
         must exist when a list of extensions is given (X2, errno 10006).",
    )),
    numeric(row(
        Field::Extnumber,
        Group::User,
        EXT,
        Blank::NotBlank,
        "[extnumber], Int: the modified extension number; sample 1000.",
        "An extension number like extid (G7); must not already exist unless it equals extid (X2).",
    )),
    row(
        Field::Username,
        Group::User,
        text(Charset::LettersDigitsSpace, 0, 31),
        Blank::Allowed,
        "Letters and digits, at most 31; may be blank.",
        "Spaces are allowed too, so that a queried name such as \"Ina Tang\" can be sent back \
         unchanged (decisions.md, row `username`).",
    ),
    row(
        Field::Callerid,
        Group::User,
        text(Charset::LettersDigits, 0, 31),
        Blank::Allowed,
        "Letters and digits, at most 31; may be blank.",
        "As the spec (decisions.md, row `callerid`).",
    ),
    row(
        Field::Registername,
        Group::Registration,
        text(Charset::LettersDigits, 1, 31),
        Blank::NotBlank,
        "Letters and digits, at most 31; cannot be blank.",
        "As the spec (decisions.md, row `registername`).",
    ),
    secret(row(
        Field::Registerpassword,
        Group::Registration,
        text(Charset::Password, 1, 31),
        Blank::NotBlank,
        "At most 31; ; & \" ' \\ < > ` | and space are invalid; cannot be blank.",
        "Printable ASCII only, so tab and control characters are invalid too (decisions.md, row \
         `registerpassword`); never echoed (G4).",
    )),
    numeric(row(
        Field::Maxregistrations,
        Group::Registration,
        ValueRule::Range { min: 1, max: 5 },
        Blank::NotBlank,
        "A range from 1 to 5.",
        "A JSON number or a digit string from 1 to 5 (G7).",
    )),
    secret(row(
        Field::Loginpassword,
        Group::Registration,
        text(Charset::Password, 6, 63),
        Blank::NotBlank,
        "Length 6 to 63; ; & \" ' \\ < > ` | and space are invalid.",
        "Same characters as registerpassword (decisions.md, row `loginpassword`); never echoed (G4).",
    )),
    row(
        Field::Email,
        Group::Voicemail,
        ValueRule::Email {
            max: 254,
            charset: None,
        },
        Blank::Allowed,
        "The e-mail address; sample apple@yeastar.com.",
        "Blank clears it; otherwise a valid address by the WHATWG HTML rule for \
         <input type=email>, at most 254 characters (decisions.md, row `email`).",
    ),
    row(
        Field::Mobile,
        Group::Mobility,
        text(Charset::Digits, 0, 31),
        Blank::Allowed,
        "Digits, at most 31; cannot be blank when calls forward to the mobile number or the \
         mobility extension is on.",
        "Digits, strings only (G7); the condition is C1.",
    ),
    switch(
        Field::Hasvoicemail,
        Group::Voicemail,
    ),
    switch(
        Field::Enablevmtoemail,
        Group::Voicemail,
    ),
    secret(row(
        Field::Vmsecret,
        Group::Voicemail,
        text(Charset::Digits, 1, 63),
        Blank::NotBlank,
        "Digits, at most 63.",
        "Digits, strings only (G7). Decided: not blank, since an empty PIN opens the mailbox to \
         anyone and the spec, which says \"could be blank\" where it allows it, does not here.",
    )),
    switch(
        Field::Alwaysforward,
        Group::AlwaysForward,
    ),
    destination(Field::Atransferto, Group::AlwaysForward),
    transfer_ext(Field::Atransferext, Group::AlwaysForward),
    prefix(
        Field::Atransferprefix,
        7,
        Group::AlwaysForward,
        "Digits, at most 7.",
    ),
    transfer_num(
        Field::Atransfernum,
        Group::AlwaysForward,
        "Digits, at most 15; cannot be blank when the destination is Custom Number.",
    ),
    switch(
        Field::Noanswerforward,
        Group::NoAnswerForward,
    ),
    destination(Field::Ntransferto, Group::NoAnswerForward),
    transfer_ext(Field::Ntransferext, Group::NoAnswerForward),
    prefix(
        Field::Ntransferprefix,
        15,
        Group::NoAnswerForward,
        "Digits, at most 15 (the other prefixes allow 7).",
    ),
    transfer_num(
        Field::Ntransfernum,
        Group::NoAnswerForward,
        "Digits, at most 15; cannot be blank.",
    ),
    switch(
        Field::Busyforward,
        Group::BusyForward,
    ),
    destination(Field::Btransferto, Group::BusyForward),
    transfer_ext(Field::Btransferext, Group::BusyForward),
    prefix(
        Field::Btransferprefix,
        7,
        Group::BusyForward,
        "Digits, at most 7.",
    ),
    transfer_num(
        Field::Btransfernum,
        Group::BusyForward,
        "Digits, at most 15; cannot be blank when the destination is Custom Number.",
    ),
    switch(
        Field::Enablemobile,
        Group::Mobility,
    ),
    switch(
        Field::Ringsimultaneous,
        Group::Mobility,
    ),
    prefix(
        Field::Mobileprefix,
        7,
        Group::Mobility,
        "A prefix matching the outbound route; digits, at most 7.",
    ),
    switch(
        Field::Allowbeingmonitored,
        Group::Monitoring,
    ),
    row(
        Field::Monitormode,
        Group::Monitoring,
        ValueRule::OneOf(MONITOR_MODES),
        Blank::NotBlank,
        "Options: Disabled, Extensive, Listen, Whisper, Barge-in.",
        "Exactly one of the five options (decisions.md, row `monitormode`).",
    ),
    numeric(row(
        Field::Ringtimeout,
        Group::Calls,
        ValueRule::OneOf(RING_TIMEOUTS),
        Blank::NotBlank,
        "Options: 15, 30, 60, 120, 300 (seconds).",
        "One of the five; a JSON number or a string (G7).",
    )),
    numeric(row(
        Field::Maxduration,
        Group::Calls,
        ValueRule::OneOf(MAX_DURATIONS),
        Blank::NotBlank,
        "Options: Follow System, Unlimited, 60, 300, 600, 900, 1800, 3600, 6000 (seconds).",
        "One of the nine; the numeric ones as a JSON number or a string (G7).",
    )),
    switch(
        Field::Dnd,
        Group::Calls,
    ),
    switch(
        Field::Callrestriction,
        Group::Calls,
    ),
    row(
        Field::Agentid,
        Group::Calls,
        text(Charset::Digits, 0, 31),
        Blank::AllowedOrNull,
        "The agent ID announced in the greeting; null (the default) announces the extension \
         number; sample 6932.",
        "null, blank or digits, strings only (G7). Decided: at most 31 digits, the widest digit \
         limit the spec sets for a non-secret number (mobile); null is written as \"\".",
    ),
];

/// The default profile: API 1.x's `extension/update` (V1).
pub(crate) static V1_UPDATE: Tables = Tables::new(
    (Api::V1, Call::Update),
    &FIELDS,
    &crate::spec::cross::CROSS_RULES,
    &crate::spec::cross::CONTEXT_RULES,
    &crate::spec::cross::VALUE_WARNINGS,
    &[],
    &crate::spec::query::NOT_UPDATABLE,
    &[],
    crate::spec::profile::ROLES,
);
