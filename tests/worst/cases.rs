//! The worst-case catalogue (ruling T1): pathological payloads at the 64 KiB limit, one per
//! kind of work the reader and the rules can be made to do, and the ordinary 64 KiB document
//! that every one of them is measured against.
//!
//! One generator for every consumer: the Rust tests (`tests/worst_case.rs`), the native
//! benchmark (`benches/validate.rs`) and, written out by `cargo run --example worst_cases`, the
//! Node tests and benchmark. Every case is valid UTF-8 text of at most `MAX_BYTES` bytes.

#![allow(dead_code, reason = "each consumer uses part of the catalogue")]

/// The size every case is filled up to: the size limit itself.
pub const LIMIT: usize = 64 * 1024;

/// One pathological input.
pub struct Case {
    /// A stable name, `class/what`.
    pub name: String,
    /// The payload text.
    pub text: String,
    /// For a long value in one field: that field and its value, to run through the per-field
    /// entry points too.
    pub field: Option<(&'static str, String)>,
}

impl Case {
    fn new(class: &str, what: &str, text: String) -> Case {
        assert!(
            text.len() <= LIMIT,
            "{class}/{what} is {} bytes",
            text.len()
        );
        Case {
            name: format!("{class}/{what}"),
            text,
            field: None,
        }
    }
}

/// `head` + as many copies of `unit` (joined by `sep`) as fit + `tail`, at most `LIMIT` bytes.
pub fn fill(head: &str, unit: &str, sep: &str, tail: &str) -> String {
    let room = LIMIT - head.len() - tail.len();
    let n = (room + sep.len()) / (unit.len() + sep.len());
    let mut s = String::with_capacity(LIMIT);
    s.push_str(head);
    for i in 0..n {
        if i > 0 {
            s.push_str(sep);
        }
        s.push_str(unit);
    }
    s.push_str(tail);
    s
}

/// One case per row: `(what, head, unit, sep, tail)` filled up to the limit.
fn filled(out: &mut Vec<Case>, class: &str, rows: &[(&str, &str, &str, &str, &str)]) {
    for (what, head, unit, sep, tail) in rows {
        out.push(Case::new(class, what, fill(head, unit, sep, tail)));
    }
}

/// A valid payload with a value in every field.
pub const FULL: &str = r#"{"extid":"1002","extnumber":"1003","username":"Amy Lee","callerid":"1003","registername":"amy1003","registerpassword":"Xy7-kP2q","maxregistrations":"3","loginpassword":"Secret99x","email":"amy@example.com","mobile":"5551234","hasvoicemail":"on","enablevmtoemail":"on","vmsecret":"7391","alwaysforward":"off","atransferto":"Voicemail","noanswerforward":"on","ntransferto":"Extension","ntransferext":"1000","busyforward":"on","btransferto":"Custom Number","btransfernum":"5550100","btransferprefix":"9","enablemobile":"on","ringsimultaneous":"off","mobileprefix":"","allowbeingmonitored":"on","monitormode":"Listen","ringtimeout":"30","maxduration":"Follow System","dnd":"off","callrestriction":"off","agentid":"42"}"#;

/// The baseline: the full payload plus a 64 KiB block of ordinary JSON (records like an
/// `extension/query` response's) under a key the update does not take.
pub fn ordinary() -> Case {
    let head = format!("{},\"notes\":[", FULL.trim_end_matches('}'));
    let record = r#"{"extnumber":"1002","username":"Amy Lee","status":"Registered","type":"SIP","port":5060,"language":"en","enabled":true,"mobile":null}"#;
    Case::new("baseline", "ordinary", fill(&head, record, ",", "]}"))
}

/// Numbers at every edge of `f64`, in an unknown key and in a known field.
fn numbers(out: &mut Vec<Case>) {
    let long9 = format!("0.{}", "9".repeat(800));
    let long1 = format!("1.{}1", "0".repeat(798));
    // 2^-1075 written out exactly: the tie between zero and the least subnormal.
    let pow5 = pow5_digits(1075);
    let halfway_long = format!("{}.{}e-324", &pow5[..1], &pow5[1..]);
    let edges: [(&str, &str); 11] = [
        ("min-subnormal", "5e-324"),
        ("max-finite", "1.7976931348623157e308"),
        ("halfway-underflow-below", "2.4703282292062327e-324"),
        ("halfway-underflow-above", "2.4703282292062328e-324"),
        ("halfway-overflow", "1.7976931348623158e308"),
        (
            "halfway-at-one",
            "1.00000000000000011102230246251565404236316680908203125",
        ),
        ("halfway-at-2^52", "4503599627370495.5"),
        ("long-mantissa-nines", &long9),
        ("long-mantissa-one", &long1),
        ("halfway-underflow-exact", &halfway_long),
        ("huge-exponents", "1e99999999999999999999"),
    ];
    for (what, n) in edges {
        out.push(Case::new(
            "numbers",
            &format!("{what}-unknown-key"),
            fill(r#"{"extid":"1002","x":["#, n, ",", "]}"),
        ));
        // The same numbers as the value of a known field, repeated key by key: the first is
        // judged, every copy after it is a duplicate.
        out.push(Case::new(
            "numbers",
            &format!("{what}-known-field"),
            fill("{", &format!("\"ringtimeout\":{n}"), ",", "}"),
        ));
    }
    // One number as long as the limit allows, in a field that reads numbers.
    let digits = LIMIT - 60;
    for (what, text) in [
        ("64k-integer", format!("1{}", "0".repeat(digits))),
        ("64k-fraction", format!("0.{}1", "0".repeat(digits))),
        ("64k-fraction-nines", format!("1002.{}", "9".repeat(digits))),
        ("64k-halfway", format!("1002.5{}", "0".repeat(digits))),
        ("64k-tiny", format!("0.{}5e-300", "0".repeat(digits))),
    ] {
        out.push(Case::new(
            "numbers",
            what,
            format!("{{\"extid\":\"1002\",\"ringtimeout\":{text}}}"),
        ));
    }
    out.push(Case::new(
        "numbers",
        "negative-exponent-sweep",
        fill(r#"{"extid":"1002","x":["#, "1e-1075", ",", "]}"),
    ));
}

/// The decimal digits of 5^n.
fn pow5_digits(n: u32) -> String {
    let mut le: Vec<u8> = vec![1];
    for _ in 0..n {
        let mut carry = 0;
        for d in le.iter_mut() {
            let v = *d * 5 + carry;
            *d = v % 10;
            carry = v / 10;
        }
        if carry > 0 {
            le.push(carry);
        }
    }
    le.iter().rev().map(|d| char::from(b'0' + d)).collect()
}

/// Escapes and surrogate pairs in keys, unknown values and known fields.
fn escapes(out: &mut Vec<Case>) {
    for (what, unit) in [
        ("unicode", r"\u0041"),
        ("surrogate-pairs", r"\ud83d\ude00"),
        ("lone-surrogates", r"\ud800"),
        ("short", r#"\n\t\"\\\/"#),
    ] {
        out.push(Case::new(
            "escapes",
            &format!("{what}-unknown-value"),
            fill(r#"{"extid":"1002","x":""#, unit, "", "\"}"),
        ));
        out.push(Case::new(
            "escapes",
            &format!("{what}-known-field"),
            fill(r#"{"extid":"1002","username":""#, unit, "", "\"}"),
        ));
        out.push(Case::new(
            "escapes",
            &format!("{what}-key"),
            fill("{\"", unit, "", "\":1}"),
        ));
    }
    out.push(Case::new(
        "escapes",
        "escaped-field-names",
        fill("{", r#""\u0065\u0078\u0074\u0069\u0064":"1002""#, ",", "}"),
    ));
}

/// Deep and wide nesting.
fn nesting(out: &mut Vec<Case>) {
    let depth = (LIMIT - 40) / 2;
    out.push(Case::new(
        "nesting",
        "deep-arrays",
        format!(
            "{{\"extid\":\"1002\",\"x\":{}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    ));
    let depth = (LIMIT - 40) / 6;
    out.push(Case::new(
        "nesting",
        "deep-objects",
        format!(
            "{{\"extid\":\"1002\",\"x\":{}1{}}}",
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        ),
    ));
    out.push(Case::new(
        "nesting",
        "deep-in-known-field",
        format!(
            "{{\"extid\":\"1002\",\"username\":{}{}}}",
            "[".repeat((LIMIT - 40) / 2),
            "]".repeat((LIMIT - 40) / 2)
        ),
    ));
    const ARRAY: &str = r#"{"extid":"1002","x":["#;
    filled(
        out,
        "nesting",
        &[
            ("wide-zeros", ARRAY, "0", ",", "]}"),
            ("wide-empty-containers", ARRAY, "{},[]", ",", "]}"),
            ("wide-literals", ARRAY, "true,null,false", ",", "]}"),
            (
                "wide-object",
                r#"{"extid":"1002","x":{"#,
                r#""a":0"#,
                ",",
                "}}",
            ),
        ],
    );
}

/// Thousands of keys: unknown, duplicate, near misses of field names, long ones.
fn keys(out: &mut Vec<Case>) {
    let mut unknown = String::from("{\"extid\":\"1002\"");
    let mut i = 0;
    loop {
        let member = format!(",\"k{i}\":0");
        if unknown.len() + member.len() + 1 > LIMIT {
            break;
        }
        unknown.push_str(&member);
        i += 1;
    }
    unknown.push('}');
    out.push(Case::new("keys", "thousands-unknown", unknown));
    out.push(Case::new(
        "keys",
        "thousands-duplicate",
        fill("{", r#""extid":"1002""#, ",", "}"),
    ));
    out.push(Case::new(
        "keys",
        "thousands-duplicate-unknown",
        fill(r#"{"extid":"1002""#, r#","moblie":"1""#, "", "}"),
    ));
    // Near misses: every field name with one or two letters changed, all distinct, so each
    // is a candidate for a "did you mean" suggestion.
    let mut near = String::from("{\"extid\":\"1002\"");
    'outer: for round in 0u32.. {
        for (f, name) in NAMES.iter().enumerate() {
            let mut key: Vec<u8> = name.bytes().collect();
            let at = (round as usize + f) % key.len();
            key[at] = b'a' + (round % 26) as u8;
            let at2 = (round as usize / 26 + 3 * f) % key.len();
            key[at2] = b'a' + ((round / 26) % 26) as u8;
            let member = format!(",\"{}{}\":0", String::from_utf8(key).unwrap(), round / 676);
            if near.len() + member.len() + 1 > LIMIT {
                break 'outer;
            }
            near.push_str(&member);
        }
    }
    near.push('}');
    out.push(Case::new("keys", "thousands-near-miss", near));
    out.push(Case::new(
        "keys",
        "one-long-key",
        fill("{\"", "moblie", "", "\":1}"),
    ));
    out.push(Case::new("keys", "long-keys-common-prefix", {
        let prefix = "k".repeat(2000);
        let mut s = String::from("{\"extid\":\"1002\"");
        for i in 0.. {
            let member = format!(",\"{prefix}{i}\":0");
            if s.len() + member.len() + 1 > LIMIT {
                break;
            }
            s.push_str(&member);
        }
        s.push('}');
        s
    }));
}

/// The parameter names (kept here so the catalogue does not depend on the crate's internals).
const NAMES: [&str; 38] = [
    "extid",
    "extnumber",
    "username",
    "callerid",
    "registername",
    "registerpassword",
    "maxregistrations",
    "loginpassword",
    "email",
    "mobile",
    "hasvoicemail",
    "enablevmtoemail",
    "vmsecret",
    "alwaysforward",
    "atransferto",
    "atransferext",
    "atransferprefix",
    "atransfernum",
    "noanswerforward",
    "ntransferto",
    "ntransferext",
    "ntransferprefix",
    "ntransfernum",
    "busyforward",
    "btransferto",
    "btransferext",
    "btransferprefix",
    "btransfernum",
    "enablemobile",
    "ringsimultaneous",
    "mobileprefix",
    "allowbeingmonitored",
    "monitormode",
    "ringtimeout",
    "maxduration",
    "dnd",
    "callrestriction",
    "agentid",
];

/// A value as long as the limit allows in every field, valid characters with the bad one
/// last, and for options a long near miss whose suggestion is computed.
fn long_values(out: &mut Vec<Case>) {
    for name in NAMES {
        let room = LIMIT - name.len() - 30;
        let value = match name {
            "email" => {
                let mut v = "a@b".to_owned();
                while v.len() + 2 < room {
                    v.push_str(".b");
                }
                v
            }
            "registerpassword" | "loginpassword" => format!("{}|", "Ab1!".repeat(room / 4 - 1)),
            "username" | "callerid" | "registername" => format!("{}-", "Ab1".repeat(room / 3 - 1)),
            "hasvoicemail"
            | "enablevmtoemail"
            | "alwaysforward"
            | "noanswerforward"
            | "busyforward"
            | "enablemobile"
            | "ringsimultaneous"
            | "allowbeingmonitored"
            | "dnd"
            | "callrestriction" => format!("o{}", "n".repeat(room - 1)),
            "atransferto" | "ntransferto" | "btransferto" => {
                format!("Mobile{}Number", " ".repeat(room - 12))
            }
            "monitormode" => format!("Barge{}in", "-".repeat(room - 7)),
            "maxduration" => format!("Follow{}System", " ".repeat(room - 12)),
            _ => format!("{}x", "1".repeat(room - 1)),
        };
        let text = if name == "extid" {
            format!("{{\"extid\":\"{value}\"}}")
        } else {
            format!("{{\"extid\":\"1002\",\"{name}\":\"{value}\"}}")
        };
        let mut case = Case::new("long-values", name, text);
        case.field = Some((name, value));
        out.push(case);
    }
    // An e-mail address with a long local part and one with a long last label.
    for (what, value) in [
        (
            "email-long-local",
            format!("{}@example.com", "a.".repeat((LIMIT - 60) / 2) + "a"),
        ),
        ("email-long-label", format!("a@{}", "b".repeat(LIMIT - 60))),
        (
            "email-many-hyphens",
            format!("a@b{}c", "-".repeat(LIMIT - 60)),
        ),
    ] {
        let mut case = Case::new(
            "long-values",
            what,
            format!("{{\"extid\":\"1002\",\"email\":\"{value}\"}}"),
        );
        case.field = Some(("email", value));
        out.push(case);
    }
}

/// Whitespace everywhere JSON allows it.
fn whitespace(out: &mut Vec<Case>) {
    let pad = " \t\n\r".repeat((LIMIT - 100) / 4);
    out.push(Case::new(
        "whitespace",
        "leading",
        format!("{pad}{{\"extid\":\"1002\"}}"),
    ));
    out.push(Case::new(
        "whitespace",
        "between-tokens",
        fill(r#"{"extid":"1002","x":["#, "0 \n ", ",\t", "]}"),
    ));
    out.push(Case::new("whitespace", "inside-full-payload", {
        let spaced = FULL.replace(',', " ,\n\t").replace(':', " : ");
        let n = (LIMIT - 10) / spaced.len();
        let mut s = String::new();
        // The same members again and again (duplicates), each spaced out.
        s.push('{');
        for i in 0..n {
            if i > 0 {
                s.push(',');
            }
            s.push_str(&spaced[1..spaced.len() - 1]);
        }
        s.push('}');
        s
    }));
}

/// Input cut off at the end: every kind of unfinished token at the limit.
fn truncated(out: &mut Vec<Case>) {
    let base = ordinary().text;
    out.push(Case::new(
        "truncated",
        "ordinary-cut",
        base[..base.len() - 3].to_owned(),
    ));
    const VALUE: &str = r#"{"extid":"1002","x":"#;
    filled(
        out,
        "truncated",
        &[
            (
                "unterminated-string",
                r#"{"extid":"1002","x":""#,
                "a",
                "",
                "",
            ),
            ("unclosed-arrays", VALUE, "[", "", ""),
            ("unclosed-objects", VALUE, "{\"a\":", "", ""),
            ("number-cut", r#"{"extid":"1002","x":["#, "1", "", "e"),
            (
                "escape-cut",
                r#"{"extid":"1002","x":""#,
                r"\u0041",
                "",
                r"\u00",
            ),
        ],
    );
}

/// Every case, the baseline first.
pub fn all() -> Vec<Case> {
    let mut out = vec![ordinary()];
    numbers(&mut out);
    escapes(&mut out);
    nesting(&mut out);
    keys(&mut out);
    long_values(&mut out);
    whitespace(&mut out);
    truncated(&mut out);
    out
}

/// API 2.0.0's own share (judged with the v2 profiles; every case of [`all`] is judged with
/// them too): the Caller ID name's walk over characters beyond ASCII, the password and e-mail
/// character sets, Integer-typed digit fields given huge numbers, and unknown keys near the
/// names of `extension/add`.
pub fn v2() -> Vec<Case> {
    let mut out = Vec::new();
    let long = |what: &str, field: &'static str, unit: &str, tail: &str| {
        let head = format!("{{\"number\":\"1002\",\"{field}\":\"");
        let text = fill(&head, unit, "", &format!("{tail}\"}}"));
        let value = text[head.len()..text.len() - 2].to_owned();
        let mut case = Case::new("v2", what, text);
        case.field = Some((field, value));
        case
    };
    out.push(long("username-chinese", "username", "王芳", ""));
    out.push(long(
        "username-accents-then-hidden",
        "username",
        "José ",
        "\u{200b}",
    ));
    out.push(long("username-astral", "username", "😀", "!"));
    out.push(long("username-hidden-marks", "username", "a\u{200b}", ""));
    out.push(long(
        "password-digit-runs",
        "registerpassword",
        "0123456789",
        "",
    ));
    out.push(long(
        "password-strong-chars",
        "loginpassword",
        "Ab1~^*-_?",
        "",
    ));
    out.push(long("email-forbidden-at-end", "email", "a", "#"));
    out.push(long("mobile-digits", "mobile", "5", ""));
    out.push(Case::new(
        "v2",
        "mobile-huge-number",
        fill(r#"{"number":"1002","mobile":1"#, "0", "", "}"),
    ));
    out.push(Case::new(
        "v2",
        "vmsecret-long-fraction",
        fill(r#"{"number":"1002","vmsecret":1."#, "0", "", "1}"),
    ));
    out.push(Case::new(
        "v2",
        "keys-near-add-names",
        fill(r#"{"number":"1002","#, r#""usrname":1"#, ",", "}"),
    ));
    out
}
