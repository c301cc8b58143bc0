//! The vocabulary of the rule table: which parameter, what value it takes, how blank is treated.

use crate::spec::charset::Charset;

macro_rules! fields {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// One parameter of the calls the library knows, in API 1.x's table order, then the
        /// parameters only later APIs have (`number`). Which fields a call takes, and in which
        /// order it lists them, is its profile's ([`crate::spec::profile::Profile::fields`]).
        ///
        /// ```
        /// use yeastar_extension_rules::Field;
        /// assert_eq!(Field::Registerpassword.name(), "registerpassword");
        /// assert_eq!(Field::from_name("mobile"), Some(Field::Mobile));
        /// assert_eq!(Field::from_name("moblie"), None);
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        #[non_exhaustive]
        pub enum Field {
            $($(#[$doc])* $variant,)*
        }

        impl Field {
            /// Every field, in the spec's table order.
            pub const ALL: [Field; COUNT] = [$(Field::$variant,)*];
            pub(crate) const NAMES: [&'static str; COUNT] = [$($name,)*];

            /// The parameter's name on the wire, exactly as the spec spells it.
            #[inline]
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Field::$variant => $name,)*
                }
            }
        }
    };
}

/// How many fields there are, over every profile.
pub const COUNT: usize = 39;

fields! {
    /// `extid`: the extension to configure.
    Extid = "extid",
    /// `extnumber`: its new number.
    Extnumber = "extnumber",
    /// `username`.
    Username = "username",
    /// `callerid`.
    Callerid = "callerid",
    /// `registername`.
    Registername = "registername",
    /// `registerpassword` (secret).
    Registerpassword = "registerpassword",
    /// `maxregistrations`.
    Maxregistrations = "maxregistrations",
    /// `loginpassword` (secret).
    Loginpassword = "loginpassword",
    /// `email`.
    Email = "email",
    /// `mobile`.
    Mobile = "mobile",
    /// `hasvoicemail`.
    Hasvoicemail = "hasvoicemail",
    /// `enablevmtoemail`.
    Enablevmtoemail = "enablevmtoemail",
    /// `vmsecret` (secret).
    Vmsecret = "vmsecret",
    /// `alwaysforward`.
    Alwaysforward = "alwaysforward",
    /// `atransferto`.
    Atransferto = "atransferto",
    /// `atransferext`.
    Atransferext = "atransferext",
    /// `atransferprefix`.
    Atransferprefix = "atransferprefix",
    /// `atransfernum`.
    Atransfernum = "atransfernum",
    /// `noanswerforward`.
    Noanswerforward = "noanswerforward",
    /// `ntransferto`.
    Ntransferto = "ntransferto",
    /// `ntransferext`.
    Ntransferext = "ntransferext",
    /// `ntransferprefix`.
    Ntransferprefix = "ntransferprefix",
    /// `ntransfernum`.
    Ntransfernum = "ntransfernum",
    /// `busyforward`.
    Busyforward = "busyforward",
    /// `btransferto`.
    Btransferto = "btransferto",
    /// `btransferext`.
    Btransferext = "btransferext",
    /// `btransferprefix`.
    Btransferprefix = "btransferprefix",
    /// `btransfernum`.
    Btransfernum = "btransfernum",
    /// `enablemobile`.
    Enablemobile = "enablemobile",
    /// `ringsimultaneous`.
    Ringsimultaneous = "ringsimultaneous",
    /// `mobileprefix`.
    Mobileprefix = "mobileprefix",
    /// `allowbeingmonitored`.
    Allowbeingmonitored = "allowbeingmonitored",
    /// `monitormode`.
    Monitormode = "monitormode",
    /// `ringtimeout`.
    Ringtimeout = "ringtimeout",
    /// `maxduration`.
    Maxduration = "maxduration",
    /// `dnd`.
    Dnd = "dnd",
    /// `callrestriction`.
    Callrestriction = "callrestriction",
    /// `agentid`.
    Agentid = "agentid",
    /// `number`: API 2.0.0's name for the extension to configure (V2).
    Number = "number",
}

impl Field {
    /// The position of the field in the spec's table (0-based).
    #[inline]
    #[must_use]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The field with this exact (case-sensitive) name: one hash, one comparison.
    #[must_use]
    #[inline]
    pub fn from_name(name: &str) -> Option<Field> {
        let b = name.as_bytes();
        // Every name is 3 to 19 lowercase ASCII letters.
        if !(3..=19).contains(&b.len()) {
            return None;
        }
        let slot = *LOOKUP.get(name_hash(b))?;
        let field = *Self::ALL.get(usize::from(slot).checked_sub(1)?)?;
        same(field.name(), name).then_some(field)
    }

    /// The field's row in the first profile that takes it: API 1.x `extension/update` for
    /// every field but `number`, API 2.0.0 `extension/update` for `number`. A profile's own
    /// row is [`crate::spec::profile::Profile::field`].
    ///
    /// ```
    /// use yeastar_extension_rules::Field;
    /// assert!(Field::Vmsecret.spec().secret);
    /// ```
    #[inline]
    #[must_use]
    pub fn spec(self) -> &'static FieldSpec {
        crate::spec::profile::first_row(self)
    }
}

/// Size of the name lookup table; with [`name_hash`] it gives every name its own slot (checked
/// when the table is built at compile time).
const LOOKUP_SIZE: usize = 72;

/// A hash of a name of at least three bytes: its length, first, last and third-to-last byte.
#[inline]
const fn name_hash(b: &[u8]) -> usize {
    let n = b.len();
    let (first, last, third) = match b {
        [f, .., t, _, l] => (*f, *l, *t),
        _ => (0, 0, 0),
    };
    (n.wrapping_mul(11)
        .wrapping_add((first as usize).wrapping_mul(31))
        .wrapping_add(last as usize)
        .wrapping_add((third as usize).wrapping_mul(3)))
        % LOOKUP_SIZE
}

/// Field index + 1 for each hash slot, 0 for none; built from [`Field::NAMES`] at compile time.
const LOOKUP: [u8; LOOKUP_SIZE] = build_lookup();

#[allow(
    clippy::indexing_slicing,
    clippy::panic,
    clippy::cast_possible_truncation,
    clippy::arithmetic_side_effects,
    reason = "compile-time construction: an out-of-range index or a collision fails the build"
)]
const fn build_lookup() -> [u8; LOOKUP_SIZE] {
    let mut table = [0u8; LOOKUP_SIZE];
    let mut i = 0;
    while i < COUNT {
        let h = name_hash(Field::NAMES[i].as_bytes());
        if table[h] != 0 {
            panic!("two field names share a lookup slot: change LOOKUP_SIZE or name_hash");
        }
        table[h] = (i + 1) as u8;
        i += 1;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_finds_its_field_and_nothing_else_does() {
        for f in Field::ALL {
            assert_eq!(Field::from_name(f.name()), Some(f));
            assert_eq!(Field::from_name(&f.name().to_uppercase()), None);
            assert_eq!(Field::from_name(&format!("{}x", f.name())), None);
        }
        for other in [
            "",
            "ex",
            "token",
            "__proto__",
            "moblie",
            "extidextidextidextidx",
            "numbers",
        ] {
            assert_eq!(Field::from_name(other), None);
        }
    }
}

impl core::fmt::Display for Field {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// What a value must look like once it is a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValueRule {
    /// Characters from one set, with a length from `min` to `max` (in characters) when not blank.
    Text {
        /// The allowed characters.
        charset: Charset,
        /// Fewest characters of a non-blank value.
        min: u16,
        /// Most characters.
        max: u16,
    },
    /// A whole number from `min` to `max`, written in canonical decimal (no sign, no leading zero).
    Range {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
    },
    /// Exactly one of these strings (case-sensitive).
    OneOf(&'static [&'static str]),
    /// An on/off switch: exactly `"on"` or `"off"` ([`crate::spec::table::ON_OFF`]); other spellings, `true`
    /// and `1` get the right one suggested.
    Switch,
    /// An e-mail address as WHATWG HTML defines it for `<input type=email>`, at most `max`
    /// characters, and where `charset` is given of those characters only (checked first).
    Email {
        /// Most characters.
        max: u16,
        /// The characters allowed, if the call restricts them further (API 2.0.0, V3).
        charset: Option<Charset>,
    },
}

impl ValueRule {
    /// The options of a switch or a select, else `None`.
    ///
    /// ```
    /// use yeastar_extension_rules::{Field, rules::ON_OFF};
    /// assert_eq!(Field::Dnd.spec().rule.options(), Some(ON_OFF));
    /// assert_eq!(Field::Username.spec().rule.options(), None);
    /// ```
    #[must_use]
    pub const fn options(self) -> Option<&'static [&'static str]> {
        match self {
            ValueRule::Switch => Some(crate::spec::table::ON_OFF),
            ValueRule::OneOf(options) => Some(options),
            _ => None,
        }
    }
}

/// How a field treats blank (`""`), `null` and absence (ruling G8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Blank {
    /// The key must be present and not blank; missing, `null` or `""` carry errno 10004.
    Required,
    /// The key must be present (missing or `null` carry errno 10004) and not blank (`""` is
    /// `blank`): the required fields of API 2.0.0's `extension/add` (V5).
    Present,
    /// Optional key; when present it must not be blank.
    NotBlank,
    /// Optional key; `""` is allowed (it clears the setting).
    Allowed,
    /// Optional key; `""` and `null` are allowed and mean the same (the default).
    AllowedOrNull,
}

impl Blank {
    /// Whether `""` is an acceptable value.
    #[must_use]
    pub const fn allows_blank(self) -> bool {
        matches!(self, Blank::Allowed | Blank::AllowedOrNull)
    }

    /// Whether the key must be sent.
    #[must_use]
    pub const fn is_required(self) -> bool {
        matches!(self, Blank::Required | Blank::Present)
    }
}

/// Where a field sits on an administrator's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Group {
    /// Extension number, name and caller ID.
    User,
    /// SIP registration and the web login.
    Registration,
    /// Voicemail and e-mail.
    Voicemail,
    /// Always forward.
    AlwaysForward,
    /// No-answer forward.
    NoAnswerForward,
    /// When-busy forward.
    BusyForward,
    /// Mobility extension.
    Mobility,
    /// Call monitoring.
    Monitoring,
    /// Ring timeout, call duration, DND, outbound restriction, agent ID.
    Calls,
}

impl Group {
    /// Every group, in form order.
    pub const ALL: [Group; 9] = [
        Group::User,
        Group::Registration,
        Group::Voicemail,
        Group::AlwaysForward,
        Group::NoAnswerForward,
        Group::BusyForward,
        Group::Mobility,
        Group::Monitoring,
        Group::Calls,
    ];

    /// A stable identifier.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Group::User => "user",
            Group::Registration => "registration",
            Group::Voicemail => "voicemail",
            Group::AlwaysForward => "always_forward",
            Group::NoAnswerForward => "no_answer_forward",
            Group::BusyForward => "busy_forward",
            Group::Mobility => "mobility",
            Group::Monitoring => "monitoring",
            Group::Calls => "calls",
        }
    }
}

/// One row of the rule table: everything the library knows about one parameter. Its label, help
/// text and group title, in each language, are in the message catalogs (`Catalog`).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct FieldSpec {
    /// Which parameter.
    pub field: Field,
    /// The form section.
    pub group: Group,
    /// Whether a JSON number is accepted as well as a string of digits (ruling G7).
    pub numbers: bool,
    /// The value rule.
    pub rule: ValueRule,
    /// Blank policy.
    pub blank: Blank,
    /// Whether the value is a secret that must never be echoed (ruling G4).
    pub secret: bool,
    /// What the spec's row says, in our words.
    pub spec: &'static str,
    /// Which rulings of decisions.md shape this row, and how.
    pub ruling: &'static str,
    /// Whether the row keeps an earlier API's rule because the call's published page does not
    /// show it (V3), rather than being the page's own.
    pub inherited: bool,
    /// The API version whose table the row is in: its label and help text are that
    /// version's (`Catalog::label_in`).
    pub api: crate::spec::profile::Api,
}

/// Whether two short strings (names, options) are equal. Natively compared eight bytes at a
/// time, without a call to `memcmp`; in the WebAssembly module, where size counts, as `==`.
#[inline]
pub(crate) fn same(a: &str, b: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        a == b
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        fn word(s: &[u8], at: usize) -> u64 {
            let mut w = [0u8; 8];
            if let Some(chunk) = s.get(at..at.saturating_add(8)) {
                w.copy_from_slice(chunk);
            }
            u64::from_le_bytes(w)
        }
        let (a, b) = (a.as_bytes(), b.as_bytes());
        let n = a.len();
        if n != b.len() {
            return false;
        }
        if n < 8 {
            return a.iter().zip(b).all(|(x, y)| x == y);
        }
        // Whole words from the front, then the last eight bytes (overlapping what came before).
        let mut at = 0usize;
        while at.saturating_add(8) < n {
            if word(a, at) != word(b, at) {
                return false;
            }
            at = at.saturating_add(8);
        }
        let last = n.saturating_sub(8);
        word(a, last) == word(b, last)
    }
}

#[cfg(test)]
mod same_tests {
    #[test]
    fn equal_exactly_when_the_strings_are() {
        let words: Vec<String> = (0..40)
            .map(|n| "ab".repeat(n / 2) + &"c".repeat(n % 2))
            .collect();
        for a in &words {
            for b in &words {
                assert_eq!(super::same(a, b), a == b);
                for i in 0..a.len() {
                    let mut c = a.clone().into_bytes();
                    c[i] = b'x';
                    let c = String::from_utf8(c).unwrap();
                    assert_eq!(super::same(a, &c), *a == c);
                }
            }
        }
    }
}
