//! The WHATWG HTML rule for a valid e-mail address (`<input type=email>`), without a regex.
//! Internal (hidden from the docs, not part of the stable API): the rule is reached through
//! `validate` and the `email` field's metadata.
//!
//! A valid address is `local@domain`: the local part is one or more of the characters
//! `A-Z a-z 0-9 . ! # $ % & ' * + / = ? ^ _ `` ` `` { | } ~ -`; the domain is one or more labels
//! separated by dots, each label 1 to 63 letters, digits or hyphens that neither starts nor ends
//! with a hyphen.

/// Whether `s` is a valid e-mail address by the WHATWG rule.
///
/// ```
/// use yeastar_extension_rules::email::is_valid;
/// assert!(is_valid("apple@yeastar.com"));
/// assert!(is_valid("a.b+c@localhost"));
/// assert!(!is_valid("a@b..c"));
/// assert!(!is_valid("a@-b.c"));
/// assert!(!is_valid("a b@c.d"));
/// ```
#[must_use]
pub fn is_valid(s: &str) -> bool {
    let Some(at) = s.bytes().position(|b| b == b'@') else {
        return false;
    };
    let (local, domain) = (
        s.get(..at).unwrap_or(""),
        s.get(at.saturating_add(1)..).unwrap_or(""),
    );
    !local.is_empty() && local.bytes().all(is_local_byte) && domain.split('.').all(is_label)
}

/// Characters of the local part.
#[must_use]
pub const fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'.' | b'!'
                | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'/'
                | b'='
                | b'?'
                | b'^'
                | b'_'
                | b'`'
                | b'{'
                | b'|'
                | b'}'
                | b'~'
                | b'-'
        )
}

fn is_label(label: &str) -> bool {
    let b = label.as_bytes();
    match (b.first(), b.last()) {
        (Some(first), Some(last)) => {
            b.len() <= 63
                && first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        }
        _ => false,
    }
}

/// The same rule as an ECMAScript pattern (valid with the `u` and `v` flags), for HTML and JSON
/// Schema. A test proves it accepts exactly what [`is_valid`] accepts.
pub const PATTERN: &str = concat!(
    r"[A-Za-z0-9.!#$%&'*+\/=?\^_`\{\|\}~\-]+",
    r"@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?",
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*"
);
