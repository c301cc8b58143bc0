//! The rule table: one row per parameter of `extension/update`, in the spec's order.
//!
//! This is the single source of truth. Validation, messages, field metadata, the JSON Schema and
//! `docs/RULES.md` are all derived from [`FIELDS`] and [`crate::spec::cross::CROSS_RULES`]; changing a
//! limit here changes it everywhere.

use crate::spec::charset::Charset;
use crate::spec::field::{Blank, Field, FieldSpec, Group, ValueRule, COUNT};

/// Prose for people (help, spec summary, ruling). The WebAssembly module has no use for it:
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

const fn text(charset: Charset, min: u16, max: u16) -> ValueRule {
    ValueRule::Text { charset, min, max }
}

const EXT: ValueRule = text(Charset::Digits, 1, 7);
const SWITCH: ValueRule = ValueRule::Switch;

/// Shorthand for a row; `numbers`, `secret` and the rest are spelled out where they differ.
#[allow(clippy::too_many_arguments, reason = "a table row is wide by nature")]
const fn row(
    field: Field,
    label: &'static str,
    help: &'static str,
    group: Group,
    rule: ValueRule,
    blank: Blank,
    spec: &'static str,
    ruling: &'static str,
) -> FieldSpec {
    FieldSpec {
        field,
        label,
        help: prose!(help),
        group,
        numbers: false,
        rule,
        blank,
        secret: false,
        spec: prose!(spec),
        ruling: prose!(ruling),
    }
}

const fn numeric(mut r: FieldSpec) -> FieldSpec {
    r.numbers = true;
    r
}

const fn secret(mut r: FieldSpec) -> FieldSpec {
    r.secret = true;
    r
}

const fn switch(field: Field, label: &'static str, help: &'static str, group: Group) -> FieldSpec {
    row(
        field,
        label,
        help,
        group,
        SWITCH,
        Blank::NotBlank,
        "on (enable) or off (disable).",
        "Exactly \"on\" or \"off\"; other spellings get a suggestion (decisions.md, switches row).",
    )
}

const fn destination(field: Field, label: &'static str, group: Group) -> FieldSpec {
    row(
        field,
        label,
        "Where calls go: voicemail, another extension, the mobile number or a custom number.",
        group,
        ValueRule::OneOf(DESTINATIONS),
        Blank::NotBlank,
        "Options: Voicemail, Extension, Mobile Number, Custom Number.",
        "Exactly one of the four options (decisions.md, row `Xtransferto`); C2-C4 hang on it.",
    )
}

const fn transfer_ext(field: Field, label: &'static str, group: Group) -> FieldSpec {
    numeric(row(
        field,
        label,
        "The extension that receives the forwarded calls.",
        group,
        EXT,
        Blank::Allowed,
        "The extension to forward to when the destination is Extension; sample 3002.",
        "An extension number like extid (G7); must not be blank when the destination is \
         Extension (C2); must exist when a list of extensions is given (X2).",
    ))
}

const fn prefix(
    field: Field,
    label: &'static str,
    max: u16,
    group: Group,
    spec: &'static str,
) -> FieldSpec {
    row(
        field,
        label,
        "The outbound-route prefix dialled before the number.",
        group,
        text(Charset::Digits, 0, max),
        Blank::Allowed,
        spec,
        "Digits only, leading zeros kept, so strings only (G7).",
    )
}

const fn transfer_num(
    field: Field,
    label: &'static str,
    group: Group,
    spec: &'static str,
) -> FieldSpec {
    row(
        field,
        label,
        "The outside number that receives the forwarded calls.",
        group,
        text(Charset::Digits, 0, 15),
        Blank::Allowed,
        spec,
        "Digits, at most 15, strings only (G7); must not be blank when the destination is \
         Custom Number (C3).",
    )
}

/// The rule table, indexed by [`Field::index`].
pub static FIELDS: [FieldSpec; COUNT] = [
    numeric(row(
        Field::Extid,
        "Extension",
        "The number of the extension to configure.",
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
        "New extension number",
        "Give the extension a new number; leave out to keep it.",
        Group::User,
        EXT,
        Blank::NotBlank,
        "[extnumber], Int: the modified extension number; sample 1000.",
        "An extension number like extid (G7); must not already exist unless it equals extid (X2).",
    )),
    row(
        Field::Username,
        "Name",
        "The user's name, shown on phones and in the directory.",
        Group::User,
        text(Charset::LettersDigitsSpace, 0, 31),
        Blank::Allowed,
        "Letters and digits, at most 31; may be blank.",
        "Spaces are allowed too, so that a queried name such as \"Ina Tang\" can be sent back \
         unchanged (decisions.md, row `username`).",
    ),
    row(
        Field::Callerid,
        "Caller ID",
        "The number or name presented on outgoing calls.",
        Group::User,
        text(Charset::LettersDigits, 0, 31),
        Blank::Allowed,
        "Letters and digits, at most 31; may be blank.",
        "As the spec (decisions.md, row `callerid`).",
    ),
    row(
        Field::Registername,
        "Registration name",
        "The SIP user name a phone registers with.",
        Group::Registration,
        text(Charset::LettersDigits, 1, 31),
        Blank::NotBlank,
        "Letters and digits, at most 31; cannot be blank.",
        "As the spec (decisions.md, row `registername`).",
    ),
    secret(row(
        Field::Registerpassword,
        "Registration password",
        "The SIP password a phone registers with.",
        Group::Registration,
        text(Charset::Password, 1, 31),
        Blank::NotBlank,
        "At most 31; ; & \" ' \\ < > ` | and space are invalid; cannot be blank.",
        "Printable ASCII only, so tab and control characters are invalid too (decisions.md, row \
         `registerpassword`); never echoed (G4).",
    )),
    numeric(row(
        Field::Maxregistrations,
        "Concurrent registrations",
        "How many devices may register to this extension at once.",
        Group::Registration,
        ValueRule::Range { min: 1, max: 5 },
        Blank::NotBlank,
        "A range from 1 to 5.",
        "A JSON number or a digit string from 1 to 5 (G7).",
    )),
    secret(row(
        Field::Loginpassword,
        "User password",
        "The password for the user's web login.",
        Group::Registration,
        text(Charset::Password, 6, 63),
        Blank::NotBlank,
        "Length 6 to 63; ; & \" ' \\ < > ` | and space are invalid.",
        "Same characters as registerpassword (decisions.md, row `loginpassword`); never echoed (G4).",
    )),
    row(
        Field::Email,
        "E-mail",
        "Where voicemail and notifications are sent; leave blank to clear.",
        Group::Voicemail,
        ValueRule::Email { max: 254 },
        Blank::Allowed,
        "The e-mail address; sample apple@yeastar.com.",
        "Blank clears it; otherwise a valid address by the WHATWG HTML rule for \
         <input type=email>, at most 254 characters (decisions.md, row `email`).",
    ),
    row(
        Field::Mobile,
        "Mobile number",
        "The user's mobile phone, for forwarding and the mobility extension.",
        Group::Mobility,
        text(Charset::Digits, 0, 31),
        Blank::Allowed,
        "Digits, at most 31; cannot be blank when calls forward to the mobile number or the \
         mobility extension is on.",
        "Digits, strings only (G7); the condition is C1.",
    ),
    switch(
        Field::Hasvoicemail,
        "Voicemail",
        "Let callers leave voicemail for this extension.",
        Group::Voicemail,
    ),
    switch(
        Field::Enablevmtoemail,
        "Send voicemail to e-mail",
        "E-mail each new voicemail to the address above.",
        Group::Voicemail,
    ),
    secret(row(
        Field::Vmsecret,
        "Voicemail PIN",
        "The PIN that protects the voicemail box.",
        Group::Voicemail,
        text(Charset::Digits, 1, 63),
        Blank::NotBlank,
        "Digits, at most 63.",
        "Digits, strings only (G7). Decided: not blank, since an empty PIN opens the mailbox to \
         anyone and the spec, which says \"could be blank\" where it allows it, does not here.",
    )),
    switch(
        Field::Alwaysforward,
        "Always forward",
        "Forward every call.",
        Group::AlwaysForward,
    ),
    destination(Field::Atransferto, "Always forward to", Group::AlwaysForward),
    transfer_ext(Field::Atransferext, "Always forward: extension", Group::AlwaysForward),
    prefix(
        Field::Atransferprefix,
        "Always forward: prefix",
        7,
        Group::AlwaysForward,
        "Digits, at most 7.",
    ),
    transfer_num(
        Field::Atransfernum,
        "Always forward: number",
        Group::AlwaysForward,
        "Digits, at most 15; cannot be blank when the destination is Custom Number.",
    ),
    switch(
        Field::Noanswerforward,
        "Forward when not answered",
        "Forward calls that ring out unanswered.",
        Group::NoAnswerForward,
    ),
    destination(Field::Ntransferto, "No answer: forward to", Group::NoAnswerForward),
    transfer_ext(Field::Ntransferext, "No answer: extension", Group::NoAnswerForward),
    prefix(
        Field::Ntransferprefix,
        "No answer: prefix",
        15,
        Group::NoAnswerForward,
        "Digits, at most 15 (the other prefixes allow 7).",
    ),
    transfer_num(
        Field::Ntransfernum,
        "No answer: number",
        Group::NoAnswerForward,
        "Digits, at most 15; cannot be blank.",
    ),
    switch(
        Field::Busyforward,
        "Forward when busy",
        "Forward calls while the extension is busy.",
        Group::BusyForward,
    ),
    destination(Field::Btransferto, "When busy: forward to", Group::BusyForward),
    transfer_ext(Field::Btransferext, "When busy: extension", Group::BusyForward),
    prefix(
        Field::Btransferprefix,
        "When busy: prefix",
        7,
        Group::BusyForward,
        "Digits, at most 7.",
    ),
    transfer_num(
        Field::Btransfernum,
        "When busy: number",
        Group::BusyForward,
        "Digits, at most 15; cannot be blank when the destination is Custom Number.",
    ),
    switch(
        Field::Enablemobile,
        "Mobility extension",
        "Treat the mobile phone as part of this extension.",
        Group::Mobility,
    ),
    switch(
        Field::Ringsimultaneous,
        "Ring mobile simultaneously",
        "Ring the mobile phone together with the extension.",
        Group::Mobility,
    ),
    prefix(
        Field::Mobileprefix,
        "Mobile prefix",
        7,
        Group::Mobility,
        "A prefix matching the outbound route; digits, at most 7.",
    ),
    switch(
        Field::Allowbeingmonitored,
        "Allow being monitored",
        "Let permitted extensions listen in on this extension's calls.",
        Group::Monitoring,
    ),
    row(
        Field::Monitormode,
        "Monitor mode",
        "How this extension may monitor the calls of others.",
        Group::Monitoring,
        ValueRule::OneOf(MONITOR_MODES),
        Blank::NotBlank,
        "Options: Disabled, Extensive, Listen, Whisper, Barge-in.",
        "Exactly one of the five options (decisions.md, row `monitormode`).",
    ),
    numeric(row(
        Field::Ringtimeout,
        "Ring timeout",
        "Seconds to ring before the call counts as not answered.",
        Group::Calls,
        ValueRule::OneOf(RING_TIMEOUTS),
        Blank::NotBlank,
        "Options: 15, 30, 60, 120, 300 (seconds).",
        "One of the five; a JSON number or a string (G7).",
    )),
    numeric(row(
        Field::Maxduration,
        "Maximum call duration",
        "The longest a call may last, in seconds.",
        Group::Calls,
        ValueRule::OneOf(MAX_DURATIONS),
        Blank::NotBlank,
        "Options: Follow System, Unlimited, 60, 300, 600, 900, 1800, 3600, 6000 (seconds).",
        "One of the nine; the numeric ones as a JSON number or a string (G7).",
    )),
    switch(
        Field::Dnd,
        "Do not disturb",
        "Reject calls to this extension.",
        Group::Calls,
    ),
    switch(
        Field::Callrestriction,
        "Outbound restriction",
        "Restrict the outbound calls this extension may make.",
        Group::Calls,
    ),
    row(
        Field::Agentid,
        "Agent ID",
        "Announced in the greeting instead of the extension number; leave blank for the number.",
        Group::Calls,
        text(Charset::Digits, 0, 31),
        Blank::AllowedOrNull,
        "The agent ID announced in the greeting; null (the default) announces the extension \
         number; sample 6932.",
        "null, blank or digits, strings only (G7). Decided: at most 31 digits, the widest digit \
         limit the spec sets for a non-secret number (mobile); null is written as \"\".",
    ),
];

/// The row of one field.
#[inline]
pub(crate) fn spec_of(field: Field) -> &'static FieldSpec {
    // `Field` is a dense `repr(u8)` enum over exactly `COUNT` variants, so the index is in range;
    // `get` keeps the library free of indexing panics all the same.
    match FIELDS.get(field.index()) {
        Some(spec) => spec,
        None => &FIELDS[0],
    }
}
