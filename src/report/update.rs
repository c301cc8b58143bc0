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
/// use yeastar_extension_rules::Secret;
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

/// A validated update with typed fields; `None` is a field that was not sent.
///
/// `Debug` redacts the three secrets.
///
/// ```
/// use yeastar_extension_rules::{validate, Destination};
/// let report = validate(r#"{"extid":"1002","alwaysforward":"on","atransferto":"Extension",
///                           "atransferext":"1003","registerpassword":"Pa55word"}"#);
/// let update = report.update().unwrap();
/// assert_eq!(update.extid, "1002");
/// assert_eq!(update.alwaysforward, Some(true));
/// assert_eq!(update.atransferto, Some(Destination::Extension));
/// assert!(!format!("{update:?}").contains("Pa55word"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[allow(
    missing_docs,
    reason = "each field is the spec parameter of the same name"
)]
#[non_exhaustive]
pub struct ExtensionUpdate {
    pub extid: String,
    pub extnumber: Option<String>,
    pub username: Option<String>,
    pub callerid: Option<String>,
    pub registername: Option<String>,
    pub registerpassword: Option<Secret>,
    pub maxregistrations: Option<u8>,
    pub loginpassword: Option<Secret>,
    pub email: Option<String>,
    pub mobile: Option<String>,
    pub hasvoicemail: Option<bool>,
    pub enablevmtoemail: Option<bool>,
    pub vmsecret: Option<Secret>,
    pub alwaysforward: Option<bool>,
    pub atransferto: Option<Destination>,
    pub atransferext: Option<String>,
    pub atransferprefix: Option<String>,
    pub atransfernum: Option<String>,
    pub noanswerforward: Option<bool>,
    pub ntransferto: Option<Destination>,
    pub ntransferext: Option<String>,
    pub ntransferprefix: Option<String>,
    pub ntransfernum: Option<String>,
    pub busyforward: Option<bool>,
    pub btransferto: Option<Destination>,
    pub btransferext: Option<String>,
    pub btransferprefix: Option<String>,
    pub btransfernum: Option<String>,
    pub enablemobile: Option<bool>,
    pub ringsimultaneous: Option<bool>,
    pub mobileprefix: Option<String>,
    pub allowbeingmonitored: Option<bool>,
    pub monitormode: Option<MonitorMode>,
    pub ringtimeout: Option<u16>,
    pub maxduration: Option<MaxDuration>,
    pub dnd: Option<bool>,
    pub callrestriction: Option<bool>,
    pub agentid: Option<String>,
}

impl Destination {
    /// Every destination, in the order of the option list [`DESTINATIONS`]: the two are one list
    /// (an option without a variant fails to compile, by the array's length).
    pub const ALL: [Destination; DESTINATIONS.len()] = [
        Destination::Voicemail,
        Destination::Extension,
        Destination::MobileNumber,
        Destination::CustomNumber,
    ];

    /// The option as the PBX spells it.
    ///
    /// ```
    /// use yeastar_extension_rules::Destination;
    /// assert_eq!(Destination::MobileNumber.option(), "Mobile Number");
    /// ```
    #[must_use]
    pub fn option(self) -> &'static str {
        option_of(&Destination::ALL, DESTINATIONS, self)
    }
}

impl MonitorMode {
    /// Every mode, in the order of the option list [`MONITOR_MODES`].
    pub const ALL: [MonitorMode; MONITOR_MODES.len()] = [
        MonitorMode::Disabled,
        MonitorMode::Extensive,
        MonitorMode::Listen,
        MonitorMode::Whisper,
        MonitorMode::BargeIn,
    ];

    /// The option as the PBX spells it.
    ///
    /// ```
    /// use yeastar_extension_rules::MonitorMode;
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

fn destination(s: &str) -> Option<Destination> {
    variant_of(&Destination::ALL, DESTINATIONS, s)
}

fn monitor_mode(s: &str) -> Option<MonitorMode> {
    variant_of(&MonitorMode::ALL, MONITOR_MODES, s)
}

fn max_duration(s: &str) -> Option<MaxDuration> {
    match s {
        "Follow System" => Some(MaxDuration::FollowSystem),
        "Unlimited" => Some(MaxDuration::Unlimited),
        n => n.parse().ok().map(MaxDuration::Seconds),
    }
}

impl ExtensionUpdate {
    /// Reads a normalized payload (from a report that is `ok`).
    #[must_use]
    pub fn from_payload(p: &Payload) -> ExtensionUpdate {
        let text = |f: Field| p.get(f).map(str::to_owned);
        let secret = |f: Field| p.get(f).map(Secret::new);
        let switch = |f: Field| p.get(f).map(|v| v == ON);
        let dest = |f: Field| p.get(f).and_then(destination);
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
            atransferto: dest(Field::Atransferto),
            atransferext: text(Field::Atransferext),
            atransferprefix: text(Field::Atransferprefix),
            atransfernum: text(Field::Atransfernum),
            noanswerforward: switch(Field::Noanswerforward),
            ntransferto: dest(Field::Ntransferto),
            ntransferext: text(Field::Ntransferext),
            ntransferprefix: text(Field::Ntransferprefix),
            ntransfernum: text(Field::Ntransfernum),
            busyforward: switch(Field::Busyforward),
            btransferto: dest(Field::Btransferto),
            btransferext: text(Field::Btransferext),
            btransferprefix: text(Field::Btransferprefix),
            btransfernum: text(Field::Btransfernum),
            enablemobile: switch(Field::Enablemobile),
            ringsimultaneous: switch(Field::Ringsimultaneous),
            mobileprefix: text(Field::Mobileprefix),
            allowbeingmonitored: switch(Field::Allowbeingmonitored),
            monitormode: p.get(Field::Monitormode).and_then(monitor_mode),
            ringtimeout: p.get(Field::Ringtimeout).and_then(|v| v.parse().ok()),
            maxduration: p.get(Field::Maxduration).and_then(max_duration),
            dnd: switch(Field::Dnd),
            callrestriction: switch(Field::Callrestriction),
            agentid: text(Field::Agentid),
        }
    }
}
