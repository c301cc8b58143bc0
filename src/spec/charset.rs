//! Character sets: which ASCII bytes a text field may hold (ruling G6).
//!
//! Every predicate here works on single bytes, and every set but one accepts ASCII only, so a value
//! that passes has as many characters as bytes and UTF-16 units. The exception is API 2.0.0's
//! Caller ID name ([`Charset::CallerIdName`], ruling V3), which takes any character but a few
//! ASCII symbols and the characters that can hide or reorder text ([`HIDDEN`]); its length is
//! counted in UTF-16 units, as an HTML `maxlength` counts. No regular expression is involved; the
//! HTML `pattern` strings below are derived from the same definitions and a test proves they
//! agree.

/// A set of allowed characters.
///
/// ```
/// use yeastar_extension_rules::rules::Charset;
/// assert!(Charset::Digits.allows(b'7'));
/// assert!(!Charset::LettersDigits.allows(b' '));
/// assert!(Charset::LettersDigitsSpace.allows(b' '));
/// assert!(!Charset::Password.allows(b';'));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Charset {
    /// `0`–`9`.
    Digits,
    /// `A`–`Z`, `a`–`z`, `0`–`9`: letters and digits.
    LettersDigits,
    /// Letters, digits and the space character.
    LettersDigitsSpace,
    /// Printable ASCII (`!` to `~`) except `; & " ' \ < > `` ` `` |`: no space, no control.
    Password,
    /// API 2.0.0's passwords (V4): letters, digits and `~ ^ * - _ ?`.
    StrongPassword,
    /// API 2.0.0's Caller ID name (V3): any character except
    /// ``! % . @ : ; & " ' \ < > ` $``, control characters and the characters that can hide
    /// or reorder text. Spaces and non-ASCII letters (`José`, `王芳`) are allowed.
    CallerIdName,
    /// API 2.0.0's e-mail address (V3): printable ASCII except space and
    /// ``# ; , [ ] = & " ' \ < > ` $``.
    EmailAddress,
}

impl Charset {
    /// Every character set, in a stable order.
    pub const ALL: [Charset; 7] = [
        Charset::Digits,
        Charset::LettersDigits,
        Charset::LettersDigitsSpace,
        Charset::Password,
        Charset::StrongPassword,
        Charset::CallerIdName,
        Charset::EmailAddress,
    ];

    /// Whether the set holds ASCII characters only (every set but [`Charset::CallerIdName`]):
    /// then a value's length in bytes is its length in characters and in UTF-16 units.
    ///
    /// ```
    /// use yeastar_extension_rules::rules::Charset;
    /// assert!(Charset::Digits.ascii_only());
    /// assert!(!Charset::CallerIdName.ascii_only());
    /// ```
    #[must_use]
    pub const fn ascii_only(self) -> bool {
        !matches!(self, Charset::CallerIdName)
    }

    /// Every ASCII character the set allows, in ASCII order: the set written out, for readers
    /// that should not have to parse a pattern (the JavaScript package's clean path).
    ///
    /// ```
    /// use yeastar_extension_rules::rules::Charset;
    /// assert_eq!(Charset::Digits.chars(), "0123456789");
    /// assert_eq!(Charset::Password.chars().len(), 94 - 9);
    /// ```
    #[must_use]
    pub fn chars(self) -> String {
        (0u8..128)
            .filter(|&b| self.allows(b))
            .map(char::from)
            .collect()
    }

    /// Whether one byte belongs to the set.
    ///
    /// ```
    /// use yeastar_extension_rules::rules::Charset;
    /// assert!(Charset::Password.allows(b'#'));
    /// assert!(!Charset::Password.allows(b' '));
    /// ```
    #[inline]
    #[must_use]
    pub const fn allows(self, b: u8) -> bool {
        match self {
            Charset::Digits => b.is_ascii_digit(),
            Charset::LettersDigits => b.is_ascii_alphanumeric(),
            Charset::LettersDigitsSpace => b.is_ascii_alphanumeric() || b == b' ',
            Charset::Password => {
                b.is_ascii_graphic()
                    && !matches!(
                        b,
                        b';' | b'&' | b'"' | b'\'' | b'\\' | b'<' | b'>' | b'`' | b'|'
                    )
            }
            Charset::StrongPassword => {
                b.is_ascii_alphanumeric() || matches!(b, b'~' | b'^' | b'*' | b'-' | b'_' | b'?')
            }
            Charset::CallerIdName => {
                (b == b' ' || b.is_ascii_graphic())
                    && !matches!(
                        b,
                        b'!' | b'%'
                            | b'.'
                            | b'@'
                            | b':'
                            | b';'
                            | b'&'
                            | b'"'
                            | b'\''
                            | b'\\'
                            | b'<'
                            | b'>'
                            | b'`'
                            | b'$'
                    )
            }
            Charset::EmailAddress => {
                b.is_ascii_graphic()
                    && !matches!(
                        b,
                        b'#' | b';'
                            | b','
                            | b'['
                            | b']'
                            | b'='
                            | b'&'
                            | b'"'
                            | b'\''
                            | b'\\'
                            | b'<'
                            | b'>'
                            | b'`'
                            | b'$'
                    )
            }
        }
    }

    /// This set's bit in [`CLASSES`].
    const fn mask(self) -> u8 {
        match self {
            Charset::Digits => 1,
            Charset::LettersDigits => 2,
            Charset::LettersDigitsSpace => 4,
            Charset::Password => 8,
            Charset::StrongPassword => 16,
            Charset::CallerIdName => 32,
            Charset::EmailAddress => 64,
        }
    }

    /// Index of the first character of `s` outside the set, counted in characters.
    ///
    /// ```
    /// use yeastar_extension_rules::rules::Charset;
    /// assert_eq!(Charset::Digits.first_invalid("12a4"), Some(2));
    /// assert_eq!(Charset::Digits.first_invalid("1234"), None);
    /// ```
    #[must_use]
    #[inline]
    pub fn first_invalid(self, s: &str) -> Option<usize> {
        if !self.ascii_only() {
            return self.first_invalid_char(s);
        }
        let mask = self.mask();
        let at = s
            .as_bytes()
            .iter()
            .position(|&b| CLASSES.get(usize::from(b)).copied().unwrap_or(0) & mask == 0)?;
        // Everything before `at` is ASCII, so the byte index is the character index.
        Some(at)
    }

    /// [`first_invalid`](Charset::first_invalid) for a set that takes characters beyond
    /// ASCII: a walk over characters, out of line (the ASCII sets are the hot path).
    #[inline(never)]
    fn first_invalid_char(self, s: &str) -> Option<usize> {
        let mask = self.mask();
        s.chars().position(|c| match u8::try_from(c) {
            Ok(b) if b.is_ascii() => CLASSES.get(usize::from(b)).copied().unwrap_or(0) & mask == 0,
            _ => hidden(c),
        })
    }

    /// The length of a value of this set as the rule table counts it: bytes for the ASCII
    /// sets (a value that passes [`first_invalid`](Charset::first_invalid) is ASCII), UTF-16
    /// units for [`Charset::CallerIdName`], as an HTML `maxlength` counts.
    ///
    /// ```
    /// use yeastar_extension_rules::rules::Charset;
    /// assert_eq!(Charset::CallerIdName.length("José"), 4);
    /// assert_eq!(Charset::CallerIdName.length("😀"), 2);
    /// ```
    #[must_use]
    pub fn length(self, s: &str) -> usize {
        if self.ascii_only() {
            s.len()
        } else {
            s.encode_utf16().count()
        }
    }

    /// A stable name for the set, used as the `allowed` parameter of errors.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Charset::Digits => "digits",
            Charset::LettersDigits => "letters_digits",
            Charset::LettersDigitsSpace => "letters_digits_space",
            Charset::Password => "password",
            Charset::StrongPassword => "strong_password",
            Charset::CallerIdName => "caller_id_name",
            Charset::EmailAddress => "email_address",
        }
    }

    /// A character class for an HTML `pattern` attribute or a JSON Schema `pattern`.
    ///
    /// It is valid in ECMAScript regular expressions with the `u` flag and with the `v` flag that
    /// browsers use for `pattern`: every class syntax character is escaped.
    ///
    /// ```
    /// use yeastar_extension_rules::rules::Charset;
    /// assert_eq!(Charset::Digits.class(), "[0-9]");
    /// ```
    #[must_use]
    pub const fn class(self) -> &'static str {
        match self {
            Charset::Digits => "[0-9]",
            Charset::LettersDigits => "[A-Za-z0-9]",
            Charset::LettersDigitsSpace => "[A-Za-z0-9 ]",
            Charset::Password => r"[!#$%\(\)*+,\-.\/0-9:=?@A-Z\[\]\^_a-z\{\}~]",
            Charset::StrongPassword => r"[*\-0-9?A-Z\^_a-z~]",
            // The printable ASCII the set allows, then the Basic Multilingual Plane without
            // the hidden characters ([`HIDDEN`]) and the surrogates: a pattern counts code
            // points where the rule counts UTF-16 units, so characters beyond the plane
            // (which count two) are left out of it, and the pattern never accepts what the
            // rule refuses (tests/patterns.rs derives this class from `HIDDEN`).
            Charset::CallerIdName => CALLER_ID_NAME_CLASS,
            Charset::EmailAddress => r"[!%\(\)*+\-.\/0-9:?@A-Z\^_a-z\{\|\}~]",
        }
    }
}

/// [`Charset::CallerIdName`]'s class (see [`Charset::class`]).
const CALLER_ID_NAME_CLASS: &str = r"[ #\(\)*+,\-\/0-9=?A-Z\[\]\^_a-z\{\|\}~\u00A1-\u00AC\u00AE-\u034E\u0350-\u05FF\u0606-\u061B\u061D-\u06DC\u06DE-\u070E\u0710-\u088F\u0892-\u08E1\u08E3-\u115E\u1161-\u167F\u1681-\u17B3\u17B6-\u180A\u1810-\u1FFF\u2010-\u2027\u2030-\u205E\u2070-\u2FFF\u3001-\u3163\u3165-\uD7FF\uE000-\uFDFF\uFE10-\uFEFE\uFF00-\uFF9F\uFFA1-\uFFEF\uFFFC-\uFFFF]";

/// The characters that can hide or reorder text, as inclusive ranges of code points: control
/// characters (Unicode's category Cc), format characters (Cf: soft hyphen, bidirectional
/// controls, zero-width characters, the byte order mark, tags, …), line and paragraph
/// separators (Zl, Zp), spaces other than the ASCII space (Zs: they look like one), and the
/// other default-ignorable code points (the combining grapheme joiner, Hangul fillers,
/// variation selectors, …). API 2.0.0's Caller ID name refuses them (V3, G6), and messages
/// show them escaped wherever a key is shown (the npm package renders keys from this same list,
/// exported with the metadata as `escaped`).
pub(crate) const HIDDEN: &[(u32, u32)] = &[
    (0x0000, 0x001F),
    (0x007F, 0x00A0),
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x115F, 0x1160),
    (0x1680, 0x1680),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x2000, 0x200F),
    (0x2028, 0x202F),
    (0x205F, 0x206F),
    (0x3000, 0x3000),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
];

/// Whether a character is one of [`HIDDEN`].
pub(crate) fn hidden(c: char) -> bool {
    let c = u32::from(c);
    // Printable ASCII, the usual case, without a search.
    if (0x20..0x7F).contains(&c) {
        return false;
    }
    HIDDEN.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

/// For each byte, the bits of the sets that allow it: one load per character instead of a
/// chain of comparisons. Built from [`Charset::allows`] at compile time.
const CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let sets = Charset::ALL;
    let mut b = 0u8;
    loop {
        let mut bits = 0u8;
        let mut i = 0;
        while i < sets.len() {
            #[allow(clippy::indexing_slicing, reason = "compile time, in range")]
            let set = sets[i];
            if set.allows(b) {
                bits |= set.mask();
            }
            i += 1;
        }
        #[allow(
            clippy::indexing_slicing,
            reason = "compile time, a u8 indexes 256 entries"
        )]
        {
            table[b as usize] = bits;
        }
        if b == 255 {
            break;
        }
        b += 1;
    }
    table
};
