//! A minimal JSON writer: everything the library emits is built from these few calls.

/// Appends a JSON string literal, escaping what RFC 8259 requires.
///
/// Everything that needs escaping is ASCII, and no byte of a multi-byte UTF-8 sequence is, so
/// the scan is over bytes and clean runs are copied whole.
pub(crate) fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut run = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.get(run..i).unwrap_or(""));
        if esc.is_empty() {
            out.push_str("\\u00");
            for d in [b >> 4, b & 0xf] {
                out.push(char::from_digit(u32::from(d), 16).unwrap_or('0'));
            }
        } else {
            out.push_str(esc);
        }
        run = i.saturating_add(1);
    }
    out.push_str(s.get(run..).unwrap_or(""));
    out.push('"');
}

/// Appends a JSON array of strings.
pub(crate) fn write_list(out: &mut String, items: &[&str]) {
    out.push('[');
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, s);
    }
    out.push(']');
}

/// Writes one JSON object member by member.
pub(crate) struct Obj<'a> {
    out: &'a mut String,
    first: bool,
}

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
        self.key(k).push_str(&v.to_string());
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
