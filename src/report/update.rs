//! Typed access to a validated update, for Rust users.

use std::fmt;

use crate::report::Payload;
use crate::spec::field::Field;
use crate::spec::table::{DESTINATIONS, MONITOR_MODES, ON};

/// What `Debug` shows in place of a secret.
pub const REDACTED: &str = "<redacted>";

/// A secret value (a password or PIN). `Debug` and `Display` never show it.
///
/// ```
/// use yeastar_extension_rules::update::Secret;
/// let s = Secret::new("hunter2x");
/// assert_eq!(format!("{s:?}"), "<redacted>");
/// assert_eq!(s.expose(), "hunter2x");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    #[must_use]
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The secret itself, for the request body.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

// generated: extension-update (tests/update_type.rs; do not edit: run
// `UPDATE_CODE=1 cargo test --test update_type`)

/// A call-forwarding destination (`atransferto`, `ntransferto`, `btransferto`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Destination {
    /// `Voicemail`.
    Voicemail,
    /// `Extension`.
    Extension,
    /// `Mobile Number`.
    MobileNumber,
    /// `Custom Number`.
    CustomNumber,
}

impl Destination {
    /// Every variant, in the order of the option list [`DESTINATIONS`]: an option without a
    /// variant fails to compile, by the array's length.
    pub const ALL: [Destination; DESTINATIONS.len()] = [
        Destination::Voicemail,
        Destination::Extension,
        Destination::MobileNumber,
        Destination::CustomNumber,
    ];

    fn from_option(s: &str) -> Option<Destination> {
        variant_of(&Destination::ALL, DESTINATIONS, s)
    }
}

/// How the extension may monitor calls (`monitormode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MonitorMode {
    /// `Disabled`.
    Disabled,
    /// `Extensive`.
    Extensive,
    /// `Listen`.
    Listen,
    /// `Whisper`.
    Whisper,
    /// `Barge-in`.
    BargeIn,
}

impl MonitorMode {
    /// Every variant, in the order of the option list [`MONITOR_MODES`]: an option without a
    /// variant fails to compile, by the array's length.
    pub const ALL: [MonitorMode; MONITOR_MODES.len()] = [
        MonitorMode::Disabled,
        MonitorMode::Extensive,
        MonitorMode::Listen,
        MonitorMode::Whisper,
        MonitorMode::BargeIn,
    ];

    fn from_option(s: &str) -> Option<MonitorMode> {
        variant_of(&MonitorMode::ALL, MONITOR_MODES, s)
    }
}

/// The longest call allowed (`maxduration`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaxDuration {
    /// `Follow System`.
    FollowSystem,
    /// `Unlimited`.
    Unlimited,
    /// A number of seconds (one of the spec's options).
    Seconds(u32),
}

impl MaxDuration {
    fn from_option(s: &str) -> Option<MaxDuration> {
        match s {
            "Follow System" => Some(MaxDuration::FollowSystem),
            "Unlimited" => Some(MaxDuration::Unlimited),
            n => n.parse().ok().map(MaxDuration::Seconds),
        }
    }
}

/// A validated update with typed fields; `None` is a field that was not sent.
///
/// `Debug` redacts the secrets.
///
/// ```
/// use yeastar_extension_rules::{update::Destination, validate};
/// let report = validate(r#"{"extid":"1002","alwaysforward":"on","atransferto":"Extension",
///                           "atransferext":"1003","registerpassword":"Pa55word"}"#);
/// let update = report.update().unwrap();
/// assert_eq!(update.extid, "1002");
/// assert_eq!(update.alwaysforward, Some(true));
/// assert_eq!(update.atransferto, Some(Destination::Extension));
/// assert!(!format!("{update:?}").contains("Pa55word"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExtensionUpdate {
    /// Extension (`extid`).
    pub extid: String,
    /// New extension number (`extnumber`).
    pub extnumber: Option<String>,
    /// Name (`username`).
    pub username: Option<String>,
    /// Caller ID (`callerid`).
    pub callerid: Option<String>,
    /// Registration name (`registername`).
    pub registername: Option<String>,
    /// Registration password (`registerpassword`).
    pub registerpassword: Option<Secret>,
    /// Concurrent registrations (`maxregistrations`).
    pub maxregistrations: Option<u8>,
    /// User password (`loginpassword`).
    pub loginpassword: Option<Secret>,
    /// E-mail (`email`).
    pub email: Option<String>,
    /// Mobile number (`mobile`).
    pub mobile: Option<String>,
    /// Voicemail (`hasvoicemail`); `true` is `"on"`.
    pub hasvoicemail: Option<bool>,
    /// Send voicemail to e-mail (`enablevmtoemail`); `true` is `"on"`.
    pub enablevmtoemail: Option<bool>,
    /// Voicemail PIN (`vmsecret`).
    pub vmsecret: Option<Secret>,
    /// Always forward (`alwaysforward`); `true` is `"on"`.
    pub alwaysforward: Option<bool>,
    /// Always forward destination (`atransferto`).
    pub atransferto: Option<Destination>,
    /// Always forward extension (`atransferext`).
    pub atransferext: Option<String>,
    /// Always forward prefix (`atransferprefix`).
    pub atransferprefix: Option<String>,
    /// Always forward number (`atransfernum`).
    pub atransfernum: Option<String>,
    /// No-answer forward (`noanswerforward`); `true` is `"on"`.
    pub noanswerforward: Option<bool>,
    /// No-answer forward destination (`ntransferto`).
    pub ntransferto: Option<Destination>,
    /// No-answer forward extension (`ntransferext`).
    pub ntransferext: Option<String>,
    /// No-answer forward prefix (`ntransferprefix`).
    pub ntransferprefix: Option<String>,
    /// No-answer forward number (`ntransfernum`).
    pub ntransfernum: Option<String>,
    /// Busy forward (`busyforward`); `true` is `"on"`.
    pub busyforward: Option<bool>,
    /// Busy forward destination (`btransferto`).
    pub btransferto: Option<Destination>,
    /// Busy forward extension (`btransferext`).
    pub btransferext: Option<String>,
    /// Busy forward prefix (`btransferprefix`).
    pub btransferprefix: Option<String>,
    /// Busy forward number (`btransfernum`).
    pub btransfernum: Option<String>,
    /// Mobility extension (`enablemobile`); `true` is `"on"`.
    pub enablemobile: Option<bool>,
    /// Ring mobile simultaneously (`ringsimultaneous`); `true` is `"on"`.
    pub ringsimultaneous: Option<bool>,
    /// Mobile prefix (`mobileprefix`).
    pub mobileprefix: Option<String>,
    /// Allow being monitored (`allowbeingmonitored`); `true` is `"on"`.
    pub allowbeingmonitored: Option<bool>,
    /// Monitor mode (`monitormode`).
    pub monitormode: Option<MonitorMode>,
    /// Ring timeout (`ringtimeout`).
    pub ringtimeout: Option<u16>,
    /// Maximum call duration (`maxduration`).
    pub maxduration: Option<MaxDuration>,
    /// Do not disturb (`dnd`); `true` is `"on"`.
    pub dnd: Option<bool>,
    /// Outbound restriction (`callrestriction`); `true` is `"on"`.
    pub callrestriction: Option<bool>,
    /// Agent ID (`agentid`).
    pub agentid: Option<String>,
}

impl ExtensionUpdate {
    /// Reads a normalized payload (from a report that is `ok`).
    #[must_use]
    pub fn from_payload(p: &Payload) -> ExtensionUpdate {
        let text = |f: Field| p.get(f).map(str::to_owned);
        let secret = |f: Field| p.get(f).map(Secret::new);
        let switch = |f: Field| p.get(f).map(|v| v == ON);
        ExtensionUpdate {
            extid: text(Field::Extid).unwrap_or_default(),
            extnumber: text(Field::Extnumber),
            username: text(Field::Username),
            callerid: text(Field::Callerid),
            registername: text(Field::Registername),
            registerpassword: secret(Field::Registerpassword),
            maxregistrations: p.get(Field::Maxregistrations).and_then(|v| v.parse().ok()),
            loginpassword: secret(Field::Loginpassword),
            email: text(Field::Email),
            mobile: text(Field::Mobile),
            hasvoicemail: switch(Field::Hasvoicemail),
            enablevmtoemail: switch(Field::Enablevmtoemail),
            vmsecret: secret(Field::Vmsecret),
            alwaysforward: switch(Field::Alwaysforward),
            atransferto: p.get(Field::Atransferto).and_then(Destination::from_option),
            atransferext: text(Field::Atransferext),
            atransferprefix: text(Field::Atransferprefix),
            atransfernum: text(Field::Atransfernum),
            noanswerforward: switch(Field::Noanswerforward),
            ntransferto: p.get(Field::Ntransferto).and_then(Destination::from_option),
            ntransferext: text(Field::Ntransferext),
            ntransferprefix: text(Field::Ntransferprefix),
            ntransfernum: text(Field::Ntransfernum),
            busyforward: switch(Field::Busyforward),
            btransferto: p.get(Field::Btransferto).and_then(Destination::from_option),
            btransferext: text(Field::Btransferext),
            btransferprefix: text(Field::Btransferprefix),
            btransfernum: text(Field::Btransfernum),
            enablemobile: switch(Field::Enablemobile),
            ringsimultaneous: switch(Field::Ringsimultaneous),
            mobileprefix: text(Field::Mobileprefix),
            allowbeingmonitored: switch(Field::Allowbeingmonitored),
            monitormode: p.get(Field::Monitormode).and_then(MonitorMode::from_option),
            ringtimeout: p.get(Field::Ringtimeout).and_then(|v| v.parse().ok()),
            maxduration: p.get(Field::Maxduration).and_then(MaxDuration::from_option),
            dnd: switch(Field::Dnd),
            callrestriction: switch(Field::Callrestriction),
            agentid: text(Field::Agentid),
        }
    }
}
// end generated

impl Destination {
    /// The option as the PBX spells it.
    ///
    /// ```
    /// use yeastar_extension_rules::update::Destination;
    /// assert_eq!(Destination::MobileNumber.option(), "Mobile Number");
    /// ```
    #[must_use]
    pub fn option(self) -> &'static str {
        option_of(&Destination::ALL, DESTINATIONS, self)
    }
}

impl MonitorMode {
    /// The option as the PBX spells it.
    ///
    /// ```
    /// use yeastar_extension_rules::update::MonitorMode;
    /// assert_eq!(MonitorMode::BargeIn.option(), "Barge-in");
    /// ```
    #[must_use]
    pub fn option(self) -> &'static str {
        option_of(&MonitorMode::ALL, MONITOR_MODES, self)
    }
}

/// The option at the variant's place in its list.
fn option_of<T: PartialEq>(all: &[T], options: &'static [&'static str], v: T) -> &'static str {
    all.iter()
        .position(|x| *x == v)
        .and_then(|i| options.get(i))
        .copied()
        .unwrap_or("")
}

/// The variant at the option's place in its list.
fn variant_of<T: Copy>(all: &[T], options: &[&str], s: &str) -> Option<T> {
    options
        .iter()
        .position(|o| *o == s)
        .and_then(|i| all.get(i))
        .copied()
}
