//! A minimal JSON writer: everything the library emits is built from these few calls.

/// Appends a JSON string literal, escaping what RFC 8259 requires.
pub(crate) fn write_str(out: &mut String, s: &str) {
    out.push('"');
    escape_into(out, s);
    out.push('"');
}

/// The length of the literal [`write_str`] writes: the quotes, two bytes for `"`, `\`,
/// newline, return and tab, six for every other control character, clean runs counted whole
/// (the scan [`escape_into`] copies them by).
pub(crate) fn str_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut len = bytes.len().saturating_add(2);
    let mut at = crate::json::scan::special(bytes, 0);
    while let Some(&b) = bytes.get(at) {
        len = len.saturating_add(match b {
            b'"' | b'\\' | b'\n' | b'\r' | b'\t' => 1,
            _ => 5,
        });
        at = crate::json::scan::special(bytes, at.saturating_add(1));
    }
    len
}

/// Appends `s` escaped for the inside of a JSON string literal.
///
/// Everything that needs escaping is ASCII, and no byte of a multi-byte UTF-8 sequence is, so
/// the scan is over bytes and clean runs are copied whole.
pub(crate) fn escape_into(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut run = 0;
    loop {
        let i = crate::json::scan::special(bytes, run);
        out.push_str(s.get(run..i).unwrap_or(""));
        let Some(&b) = bytes.get(i) else {
            return;
        };
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => {
                out.push_str("\\u00");
                for d in [b >> 4, b & 0xf] {
                    out.push(char::from_digit(u32::from(d), 16).unwrap_or('0'));
                }
            }
        }
        run = i.saturating_add(1);
    }
}

/// Appends an unsigned integer's decimal digits.
pub(crate) fn push_int(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at = at.saturating_sub(1);
        if let Some(d) = digits.get_mut(at) {
            *d = b'0'.saturating_add((n % 10) as u8);
        }
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or(&[]) {
        out.push(char::from(d));
    }
}

/// Appends a JSON array: `[`, each item written by `each`, separated by commas, `]`.
pub(crate) fn write_array<T>(
    out: &mut String,
    items: impl IntoIterator<Item = T>,
    mut each: impl FnMut(&mut String, T),
) {
    out.push('[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        each(out, item);
    }
    out.push(']');
}

/// Appends a JSON array of strings.
pub(crate) fn write_list(out: &mut String, items: &[&str]) {
    write_array(out, items, |out, s| write_str(out, s));
}

/// Writes one JSON object member by member (the native-only exports use it).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct Obj<'a> {
    out: &'a mut String,
    first: bool,
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> Obj<'a> {
    pub(crate) fn new(out: &'a mut String) -> Self {
        out.push('{');
        Obj { out, first: true }
    }

    /// Starts a member and returns the buffer for its value.
    pub(crate) fn key(&mut self, k: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        write_str(self.out, k);
        self.out.push(':');
        self.out
    }

    pub(crate) fn str(&mut self, k: &str, v: &str) -> &mut Self {
        write_str(self.key(k), v);
        self
    }

    pub(crate) fn num(&mut self, k: &str, v: impl Into<u64>) -> &mut Self {
        let v: u64 = v.into();
        push_int(self.key(k), v);
        self
    }

    pub(crate) fn bool(&mut self, k: &str, v: bool) -> &mut Self {
        self.key(k).push_str(if v { "true" } else { "false" });
        self
    }

    pub(crate) fn list(&mut self, k: &str, items: &[&str]) -> &mut Self {
        write_list(self.key(k), items);
        self
    }

    pub(crate) fn end(self) {
        self.out.push('}');
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes() {
        let mut s = String::new();
        super::write_str(&mut s, "a\"b\\c\n\u{1}é\u{7f}");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u0001é\u{7f}\"");
    }
}
