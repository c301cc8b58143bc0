//! Character sets: which ASCII bytes a text field may hold (ruling G6).
//!
//! Every predicate here works on single bytes and accepts ASCII only, so a value that passes has as
//! many characters as bytes and UTF-16 units. No regular expression is involved; the HTML `pattern`
//! strings below are derived from the same definitions and a test proves they agree byte for byte.

/// The bytes a password may not contain besides space and control characters (spec row
/// `registerpassword`): semicolon, ampersand, double quote, single quote, backslash, less-than,
/// greater-than, backtick and vertical bar.
pub const PASSWORD_FORBIDDEN: &[u8; 9] = b";&\"'\\<>`|";

/// A set of allowed characters.
///
/// ```
/// use yeastar_extension_rules::Charset;
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
}

impl Charset {
    /// Every character set, in a stable order.
    pub const ALL: [Charset; 4] = [
        Charset::Digits,
        Charset::LettersDigits,
        Charset::LettersDigitsSpace,
        Charset::Password,
    ];

    /// Every character the set allows, in ASCII order: the set written out, for readers that
    /// should not have to parse a pattern (the JavaScript package's clean path).
    ///
    /// ```
    /// use yeastar_extension_rules::Charset;
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
    /// use yeastar_extension_rules::Charset;
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
        }
    }

    /// This set's bit in [`CLASSES`].
    const fn mask(self) -> u8 {
        match self {
            Charset::Digits => 1,
            Charset::LettersDigits => 2,
            Charset::LettersDigitsSpace => 4,
            Charset::Password => 8,
        }
    }

    /// Index of the first character of `s` outside the set, counted in characters.
    ///
    /// ```
    /// use yeastar_extension_rules::Charset;
    /// assert_eq!(Charset::Digits.first_invalid("12a4"), Some(2));
    /// assert_eq!(Charset::Digits.first_invalid("1234"), None);
    /// ```
    #[must_use]
    pub fn first_invalid(self, s: &str) -> Option<usize> {
        let mask = self.mask();
        let at = s
            .as_bytes()
            .iter()
            .position(|&b| CLASSES.get(usize::from(b)).copied().unwrap_or(0) & mask == 0)?;
        // Everything before `at` is ASCII, so the byte index is the character index.
        Some(at)
    }

    /// A stable name for the set, used as the `allowed` parameter of errors.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Charset::Digits => "digits",
            Charset::LettersDigits => "letters_digits",
            Charset::LettersDigitsSpace => "letters_digits_space",
            Charset::Password => "password",
        }
    }

    /// A character class for an HTML `pattern` attribute or a JSON Schema `pattern`.
    ///
    /// It is valid in ECMAScript regular expressions with the `u` flag and with the `v` flag that
    /// browsers use for `pattern`: every class syntax character is escaped.
    ///
    /// ```
    /// use yeastar_extension_rules::Charset;
    /// assert_eq!(Charset::Digits.class(), "[0-9]");
    /// ```
    #[must_use]
    pub const fn class(self) -> &'static str {
        match self {
            Charset::Digits => "[0-9]",
            Charset::LettersDigits => "[A-Za-z0-9]",
            Charset::LettersDigitsSpace => "[A-Za-z0-9 ]",
            Charset::Password => r"[!#$%\(\)*+,\-.\/0-9:=?@A-Z\[\]\^_a-z\{\}~]",
        }
    }
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
