//! A small, strict JSON reader for one payload object (RFC 8259, as `JSON.parse` reads it).
//!
//! It is written for this one job: the top-level object's members are read into their slots,
//! strings are borrowed from the input unless they hold escapes, and nested values are checked
//! for syntax without recursion (an explicit stack), so a document nested 100 000 deep costs a
//! little memory and no stack. Numbers are judged as JavaScript reads them (the nearest `f64`),
//! see [`crate::json::number`], so the verdict on `1002.0` or `1e400` is the same everywhere.

use std::borrow::Cow;

use crate::json::number::Num;

/// A JSON value as the rules need to see it: scalars in full, containers only by kind.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value<'a> {
    Null,
    Bool(bool),
    Number(Num),
    Str(Cow<'a, str>),
    Array,
    Object,
}

impl Value<'_> {
    /// The JSON type's name, for messages and the `found` parameter.
    pub(crate) const fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::Str(_) => "string",
            Value::Array => "array",
            Value::Object => "object",
        }
    }
}

/// What the reader can find wrong, as the codes `SyntaxError::reason` and the `reason` param of
/// `malformed_json` carry (the catalogs' `names.reason` table says each in words).
#[cfg(test)]
pub(crate) const REASONS: [&str; 14] = [
    "bom",
    "empty",
    "trailing_data",
    "expected_key",
    "expected_colon",
    "expected_comma_or_brace",
    "expected_comma_or_bracket",
    "expected_value",
    "unexpected_end",
    "invalid_number",
    "control_character",
    "unterminated_string",
    "invalid_escape",
    "invalid_unicode_escape",
];

/// Why a text is not a JSON document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// What was wrong: one of the codes of `REASONS`.
    pub(crate) reason: &'static str,
    /// Byte offset where it was noticed.
    pub(crate) offset: usize,
}

type Result<T> = core::result::Result<T, SyntaxError>;

/// Receives the members of the top-level object, in two steps so that a value no one reads is
/// only checked for syntax (ruling T1): first the key, then, if the visitor asked for it, the
/// value.
pub(crate) trait Members<'a> {
    /// A member's decoded key. `Some(slot)` asks for its value (passed to [`Members::value`]
    /// with the same `slot`); `None` skips it, checked for syntax only.
    fn key(&mut self, key: Cow<'a, str>) -> Option<usize>;
    /// The value of a member whose key asked for it: decoded, and its raw text.
    fn value(&mut self, slot: usize, value: Value<'a>, raw: &'a str);
}

/// What the top level of a document turned out to be.
pub(crate) enum TopLevel {
    /// An object; its members went to the visitor.
    Object,
    /// Some other valid JSON value (its type name).
    Other(&'static str),
}

/// Reads a whole document. Members of a top-level object are passed to `members` in order.
///
/// Generic, so a caller can have its visitor compiled into the reader, or share one copy of
/// the reader by passing `&mut dyn Members`.
pub(crate) fn read<'a, M: Members<'a> + ?Sized>(
    text: &'a str,
    members: &mut M,
) -> Result<TopLevel> {
    let mut r = Reader {
        s: text,
        b: text.as_bytes(),
        pos: 0,
    };
    if r.b.starts_with("\u{feff}".as_bytes()) {
        return Err(r.error("bom"));
    }
    r.ws();
    let top = match r.peek() {
        None => return Err(r.error("empty")),
        Some(b'{') => {
            r.object(members)?;
            TopLevel::Object
        }
        Some(_) => TopLevel::Other(r.skip_value()?),
    };
    r.ws();
    if r.pos < r.b.len() {
        return Err(r.error("trailing_data"));
    }
    Ok(top)
}

/// Reads a document that is one value, decoded as a member's value would be.
pub(crate) fn read_value(text: &str) -> Result<Value<'_>> {
    let mut r = Reader {
        s: text,
        b: text.as_bytes(),
        pos: 0,
    };
    r.ws();
    let value = r.value()?;
    r.ws();
    if r.pos < r.b.len() {
        return Err(r.error("trailing_data"));
    }
    Ok(value)
}

/// Reads a document that must be an array; each element is passed to `each` with its 1-based
/// position. Returns `Ok(false)` when the document is valid JSON but not an array.
pub(crate) fn read_array<'a>(
    text: &'a str,
    each: &mut dyn FnMut(usize, Value<'a>, &'a str),
) -> Result<bool> {
    let mut r = Reader {
        s: text,
        b: text.as_bytes(),
        pos: 0,
    };
    r.ws();
    if r.peek() != Some(b'[') {
        r.skip_value()?;
        return Ok(false);
    }
    r.bump();
    r.ws();
    if r.peek() == Some(b']') {
        r.bump();
    } else {
        let mut position = 0usize;
        loop {
            r.ws();
            position = position.saturating_add(1);
            let start = r.pos;
            let value = r.value()?;
            each(position, value, r.s.get(start..r.pos).unwrap_or(""));
            r.ws();
            match r.peek() {
                Some(b',') => r.bump(),
                Some(b']') => {
                    r.bump();
                    break;
                }
                _ => return Err(r.error("expected_comma_or_bracket")),
            }
        }
    }
    r.ws();
    if r.pos < r.b.len() {
        return Err(r.error("trailing_data"));
    }
    Ok(true)
}

/// Line and column (both 1-based, column in characters) of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        .saturating_add(1);
    let line_start = before
        .bytes()
        .rposition(|b| b == b'\n')
        .map_or(0, |i| i.saturating_add(1));
    // Characters, not bytes: count the bytes that start a UTF-8 sequence.
    let column = before
        .get(line_start..)
        .map_or(0, |s| s.bytes().filter(|b| b & 0xC0 != 0x80).count())
        .saturating_add(1);
    (line, column)
}

/// The containers open around a skipped value, innermost last, as runs of one kind (`true` for
/// objects) with their count: a thousand nested arrays are one entry, and a run of `]` closes
/// in one step. (The WebAssembly module keeps one entry per container, below: smaller code,
/// and speed there is held to a bound in milliseconds, not to a ratio.)
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
struct Nesting {
    runs: Vec<(bool, usize)>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Nesting {
    fn open(&mut self, object: bool, n: usize) {
        if n == 0 {
            return;
        }
        match self.runs.last_mut() {
            Some((kind, count)) if *kind == object => *count = count.saturating_add(n),
            _ => self.runs.push((object, n)),
        }
    }

    /// The innermost container's kind and how many of that kind are open in a row.
    fn top(&self) -> Option<(bool, usize)> {
        self.runs.last().copied()
    }

    /// Closes `n` of the innermost run (at most its count).
    fn close(&mut self, n: usize) {
        if let Some((_, count)) = self.runs.last_mut() {
            *count = count.saturating_sub(n);
            if *count == 0 {
                self.runs.pop();
            }
        }
    }
}

/// The containers open around a skipped value, one entry each (`true` for an object).
#[cfg(target_arch = "wasm32")]
#[derive(Default)]
struct Nesting {
    open: Vec<bool>,
}

#[cfg(target_arch = "wasm32")]
impl Nesting {
    fn open(&mut self, object: bool, n: usize) {
        for _ in 0..n {
            self.open.push(object);
        }
    }

    /// The innermost container's kind; one is closed at a time.
    fn top(&self) -> Option<(bool, usize)> {
        self.open.last().map(|&object| (object, 1))
    }

    fn close(&mut self, n: usize) {
        self.open.truncate(self.open.len().saturating_sub(n));
    }
}

struct Reader<'a> {
    s: &'a str,
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    #[inline]
    fn bump(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    fn error(&self, reason: &'static str) -> SyntaxError {
        SyntaxError {
            reason,
            offset: self.pos,
        }
    }

    #[inline]
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.bump();
        }
    }

    fn expect(&mut self, byte: u8, reason: &'static str) -> Result<()> {
        self.ws();
        if self.peek() == Some(byte) {
            self.bump();
            Ok(())
        } else {
            Err(self.error(reason))
        }
    }

    fn object<M: Members<'a> + ?Sized>(&mut self, members: &mut M) -> Result<()> {
        self.bump(); // '{'
        self.ws();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(());
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected_key"));
            }
            let key = self.string()?;
            self.expect(b':', "expected_colon")?;
            self.ws();
            match members.key(key) {
                Some(slot) => {
                    let start = self.pos;
                    let value = self.value()?;
                    let raw = self.s.get(start..self.pos).unwrap_or("");
                    members.value(slot, value, raw);
                }
                // An unknown key's value: a scalar (what it most often is) needs no nesting
                // stack.
                None => {
                    if matches!(self.peek(), Some(b'{' | b'[')) {
                        self.skip_value()?;
                    } else {
                        self.skip_scalar()?;
                    }
                }
            }
            self.ws();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    return Ok(());
                }
                Some(_) => return Err(self.error("expected_comma_or_brace")),
                None => return Err(self.error("unexpected_end")),
            }
        }
    }

    /// A member's value: scalars decoded, containers checked and skipped.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn value(&mut self) -> Result<Value<'a>> {
        match self.peek() {
            Some(b'"') => Ok(Value::Str(self.string()?)),
            Some(b'{') => {
                self.skip_value()?;
                Ok(Value::Object)
            }
            Some(b'[') => {
                self.skip_value()?;
                Ok(Value::Array)
            }
            Some(b'-' | b'0'..=b'9') => Ok(Value::Number(self.number()?)),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            None => Err(self.error("unexpected_end")),
            Some(_) => Err(self.error("expected_value")),
        }
    }

    fn literal(&mut self, word: &'static str, value: Value<'a>) -> Result<Value<'a>> {
        let end = self.pos.saturating_add(word.len());
        if self.b.get(self.pos..end) == Some(word.as_bytes()) {
            self.pos = end;
            Ok(value)
        } else {
            Err(self.error("expected_value"))
        }
    }

    fn number(&mut self) -> Result<Num> {
        let start = self.pos;
        self.skip_number()?;
        Ok(Num::from_json(self.s.get(start..self.pos).unwrap_or("")))
    }

    /// Moves past a number, checking its syntax only.
    fn skip_number(&mut self) -> Result<()> {
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => self.bump(),
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("invalid_number")),
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid_number"));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid_number"));
            }
            self.digits();
        }
        Ok(())
    }

    #[inline]
    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.bump();
        }
    }

    /// Moves to the first byte of a string that needs attention (`"`, `\\` or a control
    /// character), or to the end of the input.
    #[inline]
    fn skip_plain(&mut self) {
        self.pos = crate::json::scan::special(self.b, self.pos);
    }

    /// A string starting at the opening quote. Borrowed unless it holds escapes.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn string(&mut self) -> Result<Cow<'a, str>> {
        self.bump(); // opening quote
        let start = self.pos;
        self.skip_plain();
        if self.peek() == Some(b'"') {
            let s = self.s.get(start..self.pos).unwrap_or("");
            self.bump();
            return Ok(Cow::Borrowed(s));
        }
        self.string_rest(start)
    }

    /// The rest of a string that did not end at its first special byte: escapes (decoded into
    /// an owned copy) or an error. Kept apart so the common case stays small and inlined.
    #[cold]
    #[inline(never)]
    fn string_rest(&mut self, start: usize) -> Result<Cow<'a, str>> {
        match self.peek() {
            Some(b'\\') => {}
            Some(_) => return Err(self.error("control_character")),
            None => return Err(self.error("unterminated_string")),
        }
        let mut out = String::from(self.s.get(start..self.pos).unwrap_or(""));
        loop {
            // Escapes in a row (a hostile string's pattern) go without a plain run between.
            if self.peek() != Some(b'\\') {
                let run_start = self.pos;
                self.skip_plain();
                out.push_str(self.s.get(run_start..self.pos).unwrap_or(""));
            }
            match self.peek() {
                Some(b'"') => {
                    self.bump();
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.bump();
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.error("control_character")),
                None => return Err(self.error("unterminated_string")),
            }
        }
    }

    /// Moves past a string starting at its opening quote, checking its syntax only (escapes
    /// are validated, nothing is decoded or copied).
    fn skip_string(&mut self) -> Result<()> {
        self.bump(); // opening quote
        loop {
            // Escapes in a row go without a plain run between.
            if self.peek() != Some(b'\\') {
                self.skip_plain();
            }
            match self.peek() {
                Some(b'"') => {
                    self.bump();
                    return Ok(());
                }
                Some(b'\\') => {
                    self.bump();
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.bump(),
                        Some(b'u') => {
                            self.bump();
                            self.hex4()?;
                        }
                        _ => return Err(self.error("invalid_escape")),
                    }
                }
                Some(_) => return Err(self.error("control_character")),
                None => return Err(self.error("unterminated_string")),
            }
        }
    }

    /// Moves past a scalar, checking its syntax only. Returns its type name.
    // Natively inlined in both callers (the skipped containers' loop and an unknown key's
    // scalar); one copy in the module.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn skip_scalar(&mut self) -> Result<&'static str> {
        match self.peek() {
            Some(b'"') => self.skip_string().map(|()| "string"),
            Some(b'-' | b'0'..=b'9') => self.skip_number().map(|()| "number"),
            Some(b't') => self.literal("true", Value::Null).map(|_| "boolean"),
            Some(b'f') => self.literal("false", Value::Null).map(|_| "boolean"),
            Some(b'n') => self.literal("null", Value::Null).map(|_| "null"),
            None => Err(self.error("unexpected_end")),
            Some(_) => Err(self.error("expected_value")),
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<()> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.bump();
                let hi = self.hex4()?;
                let c = if (0xD800..0xDC00).contains(&hi)
                    && self.b.get(self.pos..self.pos.saturating_add(2)) == Some(b"\\u")
                {
                    let save = self.pos;
                    self.pos = self.pos.saturating_add(2);
                    let lo = self.hex4()?;
                    if (0xDC00..0xE000).contains(&lo) {
                        let code = 0x10000u32
                            .saturating_add((hi.saturating_sub(0xD800)) << 10)
                            .saturating_add(lo.saturating_sub(0xDC00));
                        char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
                    } else {
                        // A high surrogate followed by something else: the high one stands alone.
                        self.pos = save;
                        char::REPLACEMENT_CHARACTER
                    }
                } else {
                    // Lone surrogates cannot live in a Rust string; JavaScript keeps them, but
                    // every rule rejects non-ASCII alike, so the verdict is the same.
                    char::from_u32(hi).unwrap_or(char::REPLACEMENT_CHARACTER)
                };
                out.push(c);
                return Ok(());
            }
            _ => return Err(self.error("invalid_escape")),
        };
        self.bump();
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32> {
        let mut v = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => b.wrapping_sub(b'0'),
                Some(b @ b'a'..=b'f') => b.wrapping_sub(b'a').wrapping_add(10),
                Some(b @ b'A'..=b'F') => b.wrapping_sub(b'A').wrapping_add(10),
                _ => return Err(self.error("invalid_unicode_escape")),
            };
            v = (v << 4) | u32::from(d);
            self.bump();
        }
        Ok(v)
    }

    /// Checks one value of any kind for syntax and moves past it, without recursion and without
    /// decoding anything. Returns its type name.
    fn skip_value(&mut self) -> Result<&'static str> {
        let mut stack = Nesting::default();
        let mut first_type = None;
        loop {
            // Expect a value.
            self.ws();
            let kind = match self.peek() {
                Some(b'{') => {
                    self.bump();
                    self.ws();
                    if self.peek() == Some(b'}') {
                        self.bump();
                        "object"
                    } else {
                        stack.open(true, 1);
                        first_type.get_or_insert("object");
                        self.member_key()?;
                        continue;
                    }
                }
                Some(b'[') => {
                    // A run of `[` is counted in one step (deep nesting is one stack entry).
                    let opened = self.run_of(b'[', usize::MAX);
                    self.ws();
                    if self.peek() == Some(b']') {
                        self.bump();
                        stack.open(false, opened.saturating_sub(1));
                        first_type.get_or_insert("array");
                        "array"
                    } else {
                        stack.open(false, opened);
                        first_type.get_or_insert("array");
                        continue;
                    }
                }
                _ => self.skip_scalar()?,
            };
            first_type.get_or_insert(kind);
            // After a value: close containers or move to the next element.
            loop {
                let Some((in_object, depth)) = stack.top() else {
                    return Ok(first_type.unwrap_or(kind));
                };
                self.ws();
                match (self.peek(), in_object) {
                    (Some(b','), _) => {
                        self.bump();
                        if in_object {
                            self.member_key()?;
                        }
                        break;
                    }
                    (Some(b'}'), true) => {
                        self.bump();
                        stack.close(1);
                    }
                    (Some(b']'), false) => {
                        let closed = self.run_of(b']', depth);
                        stack.close(closed);
                    }
                    (None, _) => return Err(self.error("unexpected_end")),
                    (_, true) => return Err(self.error("expected_comma_or_brace")),
                    (_, false) => return Err(self.error("expected_comma_or_bracket")),
                }
            }
        }
    }

    /// Moves past up to `most` copies of `byte` in a row; how many there were.
    fn run_of(&mut self, byte: u8, most: usize) -> usize {
        let start = self.pos;
        while self.pos.wrapping_sub(start) < most && self.peek() == Some(byte) {
            self.bump();
        }
        self.pos.wrapping_sub(start)
    }

    /// `"key" :` inside a skipped object.
    fn member_key(&mut self) -> Result<()> {
        self.ws();
        if self.peek() != Some(b'"') {
            return Err(self.error("expected_key"));
        }
        self.skip_string()?;
        self.expect(b':', "expected_colon")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_reason_the_reader_gives_is_a_listed_code() {
        let source = include_str!("read.rs");
        let mut found = 0;
        for marker in ["error(\"", "b':', \""] {
            for (at, _) in source.match_indices(marker) {
                let rest = &source[at + marker.len()..];
                let code = &rest[..rest.find('"').unwrap()];
                if code.is_empty() || code.contains('{') {
                    continue;
                }
                assert!(super::REASONS.contains(&code), "{code}");
                found += 1;
            }
        }
        assert!(found > 20, "{found}");
    }

    use super::*;

    struct Collect(Vec<(String, String)>);
    impl<'a> Members<'a> for Collect {
        fn key(&mut self, key: Cow<'a, str>) -> Option<usize> {
            self.0.push((key.into_owned(), String::new()));
            // Keys starting with `skip` are not read.
            (!self.0.last()?.0.starts_with("skip")).then_some(self.0.len().saturating_sub(1))
        }
        fn value(&mut self, slot: usize, value: Value<'a>, _raw: &'a str) {
            self.0[slot].1 = format!("{value:?}");
        }
    }

    fn ok(text: &str) -> Vec<(String, String)> {
        let mut c = Collect(Vec::new());
        assert!(matches!(read(text, &mut c), Ok(TopLevel::Object)), "{text}");
        c.0
    }

    fn err(text: &str) -> &'static str {
        let mut c = Collect(Vec::new());
        match read(text, &mut c) {
            Err(e) => e.reason,
            Ok(_) => panic!("accepted {text:?}"),
        }
    }

    #[test]
    fn reads_members() {
        let m = ok(
            r#" { "a" : "x\"y\u00e9\ud83d\ude00" , "b":[1,{"c":[]}], "n": -0.5e2, "t":true,"z":null} "#,
        );
        assert_eq!(m[0].1, "Str(\"x\\\"yé😀\")");
        assert_eq!(m[1].1, "Array");
        assert_eq!(m[2].1, "Number(NotWhole)");
        assert_eq!(m[4].1, "Null");
    }

    #[test]
    fn skipped_values_are_checked_for_syntax_only() {
        let m =
            ok(r#"{"skip":[1e400,"\u00e9\n",{"a":-0.5,"b":[true,false,null]}],"b":1,"skip2":"x"}"#);
        assert_eq!(m[0], ("skip".to_owned(), String::new()));
        assert_eq!(m[1].1, "Number(Whole(1))");
        for bad in [
            r#"{"skip":"\x"}"#,
            r#"{"skip":01}"#,
            r#"{"skip":[1,]}"#,
            r#"{"skip":"\u12"}"#,
            "{\"skip\":\"\t\"}",
            r#"{"skip":tru}"#,
            r#"{"skip":{"a" 1}}"#,
            r#"{"skip":{"\q":1}}"#,
            r#"{"skip":-}"#,
            r#"{"skip":1.e5}"#,
            r#"{"skip":"abc"#,
        ] {
            err(bad);
        }
    }

    #[test]
    fn lone_surrogates_become_replacement() {
        let m = ok(r#"{"a":"\ud800x","b":"\udc00","c":"\ud800\u0041"}"#);
        assert_eq!(m[0].1, "Str(\"\u{fffd}x\")");
        assert_eq!(m[1].1, "Str(\"\u{fffd}\")");
        assert_eq!(m[2].1, "Str(\"\u{fffd}A\")");
    }

    #[test]
    fn rejects_what_json_parse_rejects() {
        for bad in [
            "",
            " ",
            "{",
            "{\"a\":1,}",
            "{\"a\":01}",
            "{\"a\":1.}",
            "{\"a\":.5}",
            "{\"a\":+1}",
            "{\"a\":NaN}",
            "{\"a\":Infinity}",
            "{'a':1}",
            "{\"a\":1}x",
            "{\"a\":1}{}",
            "[1,]",
            "{\"a\":\"\t\"}",
            "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12\"}",
            "{\"a\" 1}",
            "{a:1}",
            "// c\n{}",
            "{\"a\":[1 2]}",
            "{\"a\":{\"b\"}}",
            "{\"a\":tru}",
            "\u{feff}{}",
        ] {
            err(bad);
        }
    }

    #[test]
    fn deep_nesting_is_not_recursion() {
        let deep = format!("{{\"a\":{}{}}}", "[".repeat(200_000), "]".repeat(200_000));
        assert_eq!(ok(&deep)[0].1, "Array");
        let open = format!("{{\"a\":{}", "[{\"x\":".repeat(100_000));
        assert_eq!(err(&open), "unexpected_end");
    }

    #[test]
    fn top_level_kinds() {
        let mut c = Collect(Vec::new());
        assert!(matches!(read("[1]", &mut c), Ok(TopLevel::Other("array"))));
        assert!(matches!(
            read(" \"s\" ", &mut c),
            Ok(TopLevel::Other("string"))
        ));
        assert!(matches!(read("null", &mut c), Ok(TopLevel::Other("null"))));
        assert!(matches!(
            read("1e400", &mut c),
            Ok(TopLevel::Other("number"))
        ));
    }

    #[test]
    fn positions() {
        assert_eq!(line_column("ab\ncdé", 6), (2, 4));
        assert_eq!(line_column("x", 0), (1, 1));
    }
}
