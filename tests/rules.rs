//! Every spec row and ruling, as case arrays. The expectations are written from the spec and
//! decisions.md, not read from the rule table, so a wrong table row fails here.

use serde_json::{json, Map, Value};
use yeastar_extension_rules::{
    context::{Current, Extensions},
    validate, validate_field, validate_value, Context, Field, Report,
};

/// `extid` plus the given members.
fn with(members: Value) -> Value {
    let mut obj = Map::new();
    obj.insert("extid".into(), json!("1002"));
    if let Value::Object(m) = members {
        obj.extend(m);
    }
    Value::Object(obj)
}

fn check(payload: &Value) -> Report {
    let text = validate(&payload.to_string());
    let value = validate_value(payload);
    assert_eq!(
        text, value,
        "text and Value entry points differ on {payload}"
    );
    text
}

#[track_caller]
fn assert_ok(payload: Value) {
    let r = check(&payload);
    assert!(r.is_ok(), "expected ok for {payload}, got {}", r.to_json());
}

#[track_caller]
fn assert_err(payload: Value, field: &str, code: &str) -> Report {
    let r = check(&payload);
    assert!(!r.is_ok(), "expected an error for {payload}");
    assert_eq!(
        r.errors.len(),
        1,
        "one error expected for {payload}: {}",
        r.to_json()
    );
    assert_eq!(r.errors[0].field(), field, "{}", r.to_json());
    assert_eq!(r.errors[0].code(), code, "{}", r.to_json());
    assert!(r.payload.is_none());
    r
}

#[track_caller]
fn assert_warning(r: &Report, field: &str, code: &str) {
    assert!(
        r.warnings
            .iter()
            .any(|w| w.field() == field && w.code() == code),
        "expected warning {code} on {field}: {}",
        r.to_json()
    );
}

/// (field, character set as digits/alnum/alnum_space/password, min, max) from the spec rows and
/// decisions.md, for every length-limited text field.
const TEXT_FIELDS: &[(&str, &str, usize, usize)] = &[
    ("extid", "digits", 1, 7),
    ("extnumber", "digits", 1, 7),
    ("username", "alnum_space", 0, 31),
    ("callerid", "alnum", 0, 31),
    ("registername", "alnum", 1, 31),
    ("registerpassword", "password", 1, 31),
    ("loginpassword", "password", 6, 63),
    ("mobile", "digits", 0, 31),
    ("vmsecret", "digits", 1, 63),
    ("atransferext", "digits", 0, 7),
    ("atransferprefix", "digits", 0, 7),
    ("atransfernum", "digits", 0, 15),
    ("ntransferext", "digits", 0, 7),
    ("ntransferprefix", "digits", 0, 15),
    ("ntransfernum", "digits", 0, 15),
    ("btransferext", "digits", 0, 7),
    ("btransferprefix", "digits", 0, 7),
    ("btransfernum", "digits", 0, 15),
    ("mobileprefix", "digits", 0, 7),
    ("agentid", "digits", 0, 31),
];

fn sample(charset: &str, len: usize) -> String {
    let unit = match charset {
        "digits" => "0123456789",
        "alnum" => "aZ09",
        "alnum_space" => "Ina Tang",
        _ => "Pa$$w0rd!#%()*+,-./:=?@[]^_{}~",
    };
    unit.chars().cycle().take(len).collect()
}

#[test]
fn text_lengths_at_and_past_the_limits() {
    for &(field, charset, min, max) in TEXT_FIELDS {
        assert_ok(with(json!({ field: sample(charset, max) })));
        assert_err(
            with(json!({ field: sample(charset, max + 1) })),
            field,
            "too_long",
        );
        if min > 1 {
            assert_ok(with(json!({ field: sample(charset, min) })));
            assert_err(
                with(json!({ field: sample(charset, min - 1) })),
                field,
                "too_short",
            );
        }
        if min == 0 {
            assert_ok(with(json!({ field: "" })));
        } else if field == "extid" {
            assert_err(json!({ field: "" }), field, "required");
        } else {
            assert_err(with(json!({ field: "" })), field, "blank");
        }
    }
}

#[test]
fn text_character_sets() {
    let cases: &[(&str, &str, bool)] = &[
        ("username", "Ina Tang", true),
        ("username", "Ina_Tang", false),
        ("username", "Zoë", false),
        ("callerid", "Ina Tang", false),
        ("callerid", "AB12", true),
        ("registername", "user-1", false),
        ("registername", "user1", true),
        ("mobile", "+4412", false),
        ("mobile", "004412", true),
        ("vmsecret", "12a4", false),
        ("agentid", "6932", true),
        ("agentid", "69 32", false),
        ("atransfernum", "95923333", true),
        ("atransfernum", "9592-3333", false),
        ("extid", " 1002", false),
        ("extid", "1002 ", false),
        ("extid", "١٠٠٢", false),
        ("extid", "１００２", false),
        ("extid", "10\u{200b}02", false),
        ("username", "\u{202e}Amy", false),
        ("username", "Amy\u{0}", false),
        ("username", "Amy\u{7f}", false),
        ("username", "Amy\u{85}", false),
        ("username", "ｕｓｅｒ", false),
        ("username", "Аmy", false), // Cyrillic А
        ("mobile", "1²", false),
        ("mobile", "①", false),
    ];
    for &(field, value, valid) in cases {
        let p = with(json!({ field: value }));
        if valid {
            assert_ok(p);
        } else if field == "extid" {
            assert_err(json!({ field: value }), field, "invalid_characters");
        } else {
            assert_err(p, field, "invalid_characters");
        }
    }
}

#[test]
fn every_forbidden_password_character() {
    for field in ["registerpassword", "loginpassword"] {
        for bad in [
            ";", "&", "\"", "'", "\\", "<", ">", "`", "|", " ", "\t", "\n", "\u{1}", "\u{7f}", "é",
        ] {
            let value = format!("abc{bad}def");
            let r = assert_err(with(json!({ field: value })), field, "invalid_characters");
            assert_eq!(r.errors[0].kind().params()[0].0, "allowed");
        }
        assert_ok(with(json!({ field: "!#$%()*+,-./:=?@[]^_{}~Aa0" })));
    }
}

#[test]
fn numbers_by_nature_accept_whole_json_numbers() {
    for field in [
        "extid",
        "extnumber",
        "atransferext",
        "ntransferext",
        "btransferext",
    ] {
        assert_ok(with(json!({ field: 1003 })));
        assert_ok(with(json!({ field: 1003.0 })));
        assert_ok(with(json!({ field: 0 })));
        assert_err(with(json!({ field: 1003.5 })), field, "not_a_whole_number");
        assert_err(with(json!({ field: -1 })), field, "not_a_whole_number");
        assert_err(with(json!({ field: 12_345_678 })), field, "too_long");
    }
    // 1e400 is not a finite number in JavaScript; in JSON text it reaches the field.
    let r = validate(r#"{"extid":1e400}"#);
    assert_eq!(r.errors[0].field(), "extid");
    assert_eq!(r.errors[0].code(), "not_a_whole_number");
    let r = validate(r#"{"extid":-0}"#);
    assert!(r.is_ok());
    assert_eq!(r.payload.unwrap().to_json(), r#"{"extid":"0"}"#);
    // 2^53 + 1 reads as 2^53, as in JavaScript: far too long for an extension number.
    assert_eq!(
        validate(r#"{"extid":9007199254740993}"#).errors[0].code(),
        "too_long"
    );
    assert_eq!(
        validate(r#"{"extid":12345678901234567890123}"#).errors[0].code(),
        "too_long"
    );
}

#[test]
fn strings_only_where_leading_zeros_matter() {
    for field in [
        "mobile",
        "vmsecret",
        "atransferprefix",
        "ntransferprefix",
        "btransferprefix",
        "mobileprefix",
        "atransfernum",
        "ntransfernum",
        "btransfernum",
        "agentid",
        "username",
        "registerpassword",
    ] {
        assert_err(with(json!({ field: 123 })), field, "invalid_type");
        assert_err(with(json!({ field: true })), field, "invalid_type");
        assert_err(with(json!({ field: [] })), field, "invalid_type");
        assert_err(with(json!({ field: {} })), field, "invalid_type");
    }
}

#[test]
fn maxregistrations_from_1_to_5() {
    for ok in [json!(1), json!(5), json!("1"), json!("5"), json!(3.0)] {
        assert_ok(with(json!({ "maxregistrations": ok })));
    }
    for bad in [
        json!(0),
        json!(6),
        json!("0"),
        json!("6"),
        json!("one"),
        json!(" 1"),
    ] {
        assert_err(
            with(json!({ "maxregistrations": bad })),
            "maxregistrations",
            "out_of_range",
        );
    }
    // C9: leading zeros have their own code, with the range in params.
    for bad in [json!("05"), json!("00"), json!("01")] {
        let r = assert_err(
            with(json!({ "maxregistrations": bad })),
            "maxregistrations",
            "leading_zero",
        );
        assert_eq!(
            r.errors[0].message(),
            "Concurrent registrations must be written without leading zeros, as a whole number \
             from 1 to 5."
        );
    }
    assert_err(
        with(json!({ "maxregistrations": 2.5 })),
        "maxregistrations",
        "not_a_whole_number",
    );
    assert_err(
        with(json!({ "maxregistrations": "" })),
        "maxregistrations",
        "blank",
    );
}

#[test]
fn every_option() {
    let cases: &[(&str, &[&str], bool)] = &[
        (
            "atransferto",
            &["Voicemail", "Extension", "Mobile Number", "Custom Number"],
            false,
        ),
        (
            "ntransferto",
            &["Voicemail", "Extension", "Mobile Number", "Custom Number"],
            false,
        ),
        (
            "btransferto",
            &["Voicemail", "Extension", "Mobile Number", "Custom Number"],
            false,
        ),
        (
            "monitormode",
            &["Disabled", "Extensive", "Listen", "Whisper", "Barge-in"],
            false,
        ),
        ("ringtimeout", &["15", "30", "60", "120", "300"], true),
        (
            "maxduration",
            &[
                "Follow System",
                "Unlimited",
                "60",
                "300",
                "600",
                "900",
                "1800",
                "3600",
                "6000",
            ],
            true,
        ),
    ];
    for &(field, options, numbers) in cases {
        for &o in options {
            let mut extra = json!({ field: o });
            // A destination may need its companion field; give them all.
            if field.ends_with("transferto") {
                let x = &field[..1];
                extra[format!("{x}transferext")] = json!("1003");
                extra[format!("{x}transfernum")] = json!("5551234");
                extra["mobile"] = json!("5551234");
            }
            assert_ok(with(extra.clone()));
            if numbers {
                if let Ok(n) = o.parse::<u64>() {
                    assert_ok(with(json!({ field: n })));
                }
            }
            assert_err(
                with(json!({ field: o.to_lowercase() + "x" })),
                field,
                "invalid_option",
            );
        }
        assert_err(with(json!({ field: "" })), field, "invalid_option");
    }
    assert_err(
        with(json!({ "ringtimeout": 45 })),
        "ringtimeout",
        "invalid_option",
    );
    assert_err(
        with(json!({ "monitormode": "Disable" })),
        "monitormode",
        "invalid_option",
    );
    assert_err(
        with(json!({ "monitormode": 1 })),
        "monitormode",
        "invalid_type",
    );
}

#[test]
fn switches_are_exactly_on_or_off() {
    let switches = [
        "hasvoicemail",
        "enablevmtoemail",
        "alwaysforward",
        "noanswerforward",
        "busyforward",
        "enablemobile",
        "ringsimultaneous",
        "allowbeingmonitored",
        "dnd",
        "callrestriction",
    ];
    for field in switches {
        assert_ok(with(json!({ field: "off" })));
        for (bad, suggestion) in [
            (json!("On"), Some("on")),
            (json!("ON"), Some("on")),
            (json!("on "), Some("on")),
            (json!("Yes"), Some("on")),
            (json!("YES"), Some("on")),
            (json!(true), Some("on")),
            (json!(1), Some("on")),
            (json!("Off"), Some("off")),
            (json!(false), Some("off")),
            (json!(0), Some("off")),
            (json!("maybe"), None),
            (json!(""), None),
            (json!(null), None),
        ] {
            let r = assert_err(with(json!({ field: bad })), field, "invalid_option");
            let params = r.errors[0].kind().params();
            let got = params.iter().find(|(n, _)| *n == "suggestion");
            assert_eq!(
                got.map(|(_, v)| format!("{v:?}")),
                suggestion.map(|s| format!("Str({s:?})")),
                "{field} {bad}"
            );
        }
    }
}

#[test]
fn email_follows_the_whatwg_rule() {
    for ok in [
        "apple@yeastar.com",
        "a@b",
        "first.last+tag@sub-domain.example.co",
        "x!#$%&'*+/=?^_`{|}~-@a1.b2",
        "",
    ] {
        assert_ok(with(json!({ "email": ok })));
    }
    for bad in [
        "apple",
        "@yeastar.com",
        "a@",
        "a@b..c",
        "a@-b.c",
        "a@b-.c",
        "a b@c.d",
        "a@b@c",
        "a@b.c.",
        "é@b.c",
        "a@b_c.d",
    ] {
        assert_err(with(json!({ "email": bad })), "email", "invalid_email");
    }
    let label = "a".repeat(63);
    assert_ok(with(json!({ "email": format!("x@{label}.com") })));
    assert_err(
        with(json!({ "email": format!("x@{label}a.com") })),
        "email",
        "invalid_email",
    );
    // 254 characters pass, 255 do not.
    let local = "l".repeat(64);
    let domain = |n: usize| format!("{}.{}.{}", "a".repeat(63), "b".repeat(63), "c".repeat(n));
    let at = |n: usize| format!("{local}@{}", domain(n));
    assert_eq!(at(61).len(), 254);
    assert_ok(with(json!({ "email": at(61) })));
    assert_err(with(json!({ "email": at(62) })), "email", "too_long");
}

#[test]
fn extid_is_required_with_errno_10004() {
    for p in [
        json!({}),
        json!({ "extid": null }),
        json!({ "extid": "" }),
        json!({ "username": "Amy" }),
    ] {
        let r = assert_err(p, "extid", "required");
        assert_eq!(r.errors[0].errno(), Some(10004));
        assert!(r.to_json().contains(r#""errno":10004"#));
    }
}

#[test]
fn agentid_null_or_blank_means_the_default() {
    let r = check(&with(json!({ "agentid": null })));
    assert!(r.is_ok());
    assert_eq!(
        r.payload.unwrap().to_json(),
        r#"{"extid":"1002","agentid":""}"#
    );
    assert_err(
        with(json!({ "username": null })),
        "username",
        "invalid_type",
    );
}

#[test]
fn the_spec_sample_is_valid() {
    let r = validate(r#"{"extid": "1002","username": "Amy"}"#);
    assert_eq!(
        r.to_json(),
        r#"{"ok":true,"errors":[],"warnings":[],"payload":{"extid":"1002","username":"Amy"}}"#
    );
}

// ---- The payload as a whole (G1-G5) ----

#[test]
fn root_errors() {
    let cases = [
        ("", "malformed_json"),
        ("   ", "malformed_json"),
        ("[]", "not_an_object"),
        ("\"x\"", "not_an_object"),
        ("1002", "not_an_object"),
        ("null", "not_an_object"),
        ("{\"extid\":\"1\"} x", "malformed_json"),
        ("{\"extid\":\"1\",}", "malformed_json"),
        ("{\"extid\":NaN}", "malformed_json"),
        ("\u{feff}{\"extid\":\"1\"}", "malformed_json"),
        ("{\"extid\":\"1\" /* c */}", "malformed_json"),
    ];
    for (text, code) in cases {
        let r = validate(text);
        assert_eq!(r.errors.len(), 1, "{text:?}");
        assert_eq!(r.errors[0].field(), "", "{text:?}");
        assert_eq!(r.errors[0].code(), code, "{text:?}");
    }
    let big = format!(
        "{{\"extid\":\"1\",\"username\":\"{}\"}}",
        "a".repeat(70_000)
    );
    assert_eq!(validate(&big).errors[0].code(), "too_large");
    let r = validate("{\"extid\":\n  \"1\" \"x\"}");
    assert_eq!(
        r.errors[0].message(),
        "The request body is not valid JSON: a comma or } is expected (line 2, column 7)."
    );
}

#[test]
fn unknown_keys_with_suggestions() {
    let r = assert_err(with(json!({ "mobil": "1" })), "mobil", "unknown_key");
    assert_eq!(
        r.errors[0].message(),
        "\"mobil\" is not a parameter of extension/update. Did you mean \"mobile\"?"
    );
    // The query response's spelling is a key the update does not take (Q2).
    let r = assert_err(with(json!({ "moblie": "1" })), "moblie", "not_updatable");
    assert_eq!(
        r.errors[0].message(),
        "\"moblie\" is returned by extension/query; extension/update does not take it. Send \
         \"mobile\" instead."
    );
    assert_err(with(json!({ "token": "abc" })), "token", "unknown_key");
    assert_err(
        with(json!({ "ExtNumber": "1" })),
        "ExtNumber",
        "unknown_key",
    );
    let r = validate(r#"{"extid":"1","__proto__":{},"constructor":1,"prototype":null}"#);
    let fields: Vec<&str> = r.errors.iter().map(|e| e.field()).collect();
    assert_eq!(fields, ["__proto__", "constructor", "prototype"]);
}

#[test]
fn many_unknown_keys_are_bounded() {
    let mut obj = Map::new();
    obj.insert("extid".into(), json!("1"));
    for i in 0..5_000 {
        obj.insert(format!("k{i}"), json!(1));
    }
    let r = validate_value(&Value::Object(obj));
    assert_eq!(r.errors.len(), 21);
    assert_eq!(r.errors[20].code(), "too_many_unknown_keys");
    assert!(r.errors[20].message().contains("5000 unknown parameters"));
}

#[test]
fn duplicate_keys_in_both_orders() {
    for text in [
        r#"{"extid":"1002","dnd":"on","dnd":"Yes"}"#,
        r#"{"extid":"1002","dnd":"Yes","dnd":"on"}"#,
        r#"{"dnd":"on","extid":"1002","d\u006ed":"on"}"#,
    ] {
        let r = validate(text);
        assert_eq!(r.errors.len(), 1, "{text}");
        assert_eq!(r.errors[0].field(), "dnd");
        assert_eq!(r.errors[0].code(), "duplicate_key");
    }
    let r = validate(r#"{"extid":"1002","extid":"1002"}"#);
    assert_eq!(r.errors[0].code(), "duplicate_key");
}

#[test]
fn errors_come_in_table_order_whatever_the_key_order() {
    let a = validate(r#"{"agentid":"x","dnd":"y","extid":"z","username":"_"}"#);
    let b = validate(r#"{"username":"_","extid":"z","dnd":"y","agentid":"x"}"#);
    assert_eq!(a, b);
    let fields: Vec<&str> = a.errors.iter().map(|e| e.field()).collect();
    assert_eq!(fields, ["extid", "username", "dnd", "agentid"]);
}

#[test]
fn first_failing_rule_wins_within_a_field() {
    // Bad characters and too long: one error, the characters.
    let r = assert_err(
        with(json!({ "registerpassword": "a b".repeat(20) })),
        "registerpassword",
        "invalid_characters",
    );
    assert_eq!(r.errors.len(), 1);
}

// ---- Conditional rules (C1-C5) ----

fn ctx_current(current: Value) -> Context {
    Context::new().current(Current::from_json(&current.to_string()).unwrap())
}

#[test]
fn c1_mobile_needed_for_mobility_and_mobile_forwarding() {
    let triggers = [
        json!({ "enablemobile": "on" }),
        json!({ "alwaysforward": "on", "atransferto": "Mobile Number" }),
        json!({ "ntransferto": "Mobile Number" }),
        json!({ "btransferto": "Mobile Number" }),
    ];
    for t in triggers {
        // Sent blank: error on mobile.
        let mut p = with(t.clone());
        p["mobile"] = json!("");
        let r = assert_err(p, "mobile", "conditionally_required");
        assert_eq!(
            r.errors[0].kind().params()[0].1,
            yeastar_extension_rules::error::Param::Str("C1")
        );
        // Satisfied.
        let mut p = with(t.clone());
        p["mobile"] = json!("5551234");
        assert_ok(p);
        // Left out, no context: a warning, still ok.
        let r = check(&with(t.clone()));
        assert!(r.is_ok());
        assert_warning(&r, "mobile", "may_be_required");
        // Left out, current holds it blank (either spelling): error.
        for key in ["moblie", "mobile"] {
            let r = ctx_current(json!({ key: "" })).validate(&with(t.clone()).to_string());
            assert_eq!(r.errors.len(), 1, "{}", r.to_json());
            assert_eq!(r.errors[0].field(), "mobile");
            assert_eq!(r.errors[0].code(), "conditionally_required");
        }
        // Left out, current holds a number: ok, no warning.
        let r = ctx_current(json!({ "moblie": "5551234" })).validate(&with(t).to_string());
        assert!(r.is_ok());
        assert!(r.warnings.iter().all(|w| w.field() != "mobile"));
    }
    // The trigger held by the current settings counts too.
    let r = ctx_current(json!({ "enablemobile": "on" }))
        .validate(&with(json!({ "mobile": "" })).to_string());
    assert_eq!(r.errors[0].field(), "mobile");
    // Mobility off: blank mobile is fine.
    assert_ok(with(json!({ "enablemobile": "off", "mobile": "" })));
}

#[test]
fn c2_c3_c4_forwarding() {
    for x in ["a", "n", "b"] {
        let to = format!("{x}transferto");
        let ext = format!("{x}transferext");
        let num = format!("{x}transfernum");
        let switch = match x {
            "a" => "alwaysforward",
            "n" => "noanswerforward",
            _ => "busyforward",
        };
        // C2
        assert_err(
            with(json!({ &to: "Extension", &ext: "" })),
            &ext,
            "conditionally_required",
        );
        assert_ok(with(json!({ &to: "Extension", &ext: "1003" })));
        assert_warning(
            &check(&with(json!({ &to: "Extension" }))),
            &ext,
            "may_be_required",
        );
        assert_ok(with(json!({ &to: "Voicemail", &ext: "" })));
        // C3
        assert_err(
            with(json!({ &to: "Custom Number", &num: "" })),
            &num,
            "conditionally_required",
        );
        assert_ok(with(json!({ &to: "Custom Number", &num: "95923333" })));
        assert_warning(
            &check(&with(json!({ &to: "Custom Number" }))),
            &num,
            "may_be_required",
        );
        // C4
        let r = check(&with(json!({ switch: "on" })));
        assert!(r.is_ok());
        assert_warning(&r, &to, "may_be_required");
        let r = ctx_current(json!({})).validate(&with(json!({ switch: "on" })).to_string());
        assert_eq!(r.errors[0].field(), to);
        assert_eq!(r.errors[0].code(), "conditionally_required");
        let r = ctx_current(json!({ &to: "Voicemail", "hasvoicemail": "on" }))
            .validate(&with(json!({ switch: "on" })).to_string());
        assert!(r.is_ok() && r.warnings.is_empty(), "{}", r.to_json());
    }
}

#[test]
fn the_error_sits_on_the_dependent_field() {
    let r = validate(
        r#"{"extid":"1002","alwaysforward":"on","atransferto":"Custom Number","atransfernum":""}"#,
    );
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].field(), "atransfernum");
    assert_eq!(
        r.errors[0].message(),
        "Always forward number must not be blank when Always forward destination is \
         \"Custom Number\"."
    );
}

#[test]
fn helpful_warnings_never_invalidate() {
    let cases = [
        (
            json!({ "enablevmtoemail": "on", "email": "" }),
            "email",
            "email_missing",
        ),
        (
            json!({ "enablevmtoemail": "on", "hasvoicemail": "off", "email": "a@b.c" }),
            "enablevmtoemail",
            "no_effect",
        ),
        (
            json!({ "ringsimultaneous": "on", "enablemobile": "off" }),
            "ringsimultaneous",
            "no_effect",
        ),
        (
            json!({ "atransferto": "Extension", "atransferext": "1002" }),
            "atransferext",
            "forwards_to_itself",
        ),
        (
            json!({ "extnumber": "2000", "btransferto": "Extension", "btransferext": "2000" }),
            "btransferext",
            "forwards_to_itself",
        ),
        (
            json!({ "ntransferto": "Voicemail", "hasvoicemail": "off" }),
            "ntransferto",
            "voicemail_off",
        ),
    ];
    for (members, field, code) in cases {
        let r = check(&with(members));
        assert!(r.is_ok(), "{}", r.to_json());
        assert_warning(&r, field, code);
    }
}

// ---- Context (X1, X2) ----

#[test]
fn x2_existing_extensions() {
    let ctx = Context::new().extensions(Extensions::parse_list("1000,1001,1002").unwrap());
    let v = |p: Value| ctx.validate(&p.to_string());
    assert!(v(json!({ "extid": "1002" })).is_ok());
    let r = v(json!({ "extid": "1003" }));
    assert_eq!(r.errors[0].code(), "extension_not_found");
    assert_eq!(r.errors[0].errno(), Some(10006));
    assert!(v(json!({ "extid": "1002", "extnumber": "1002" })).is_ok());
    assert!(v(json!({ "extid": "1002", "extnumber": "2002" })).is_ok());
    let r = v(json!({ "extid": "1002", "extnumber": "1001" }));
    assert_eq!(
        (r.errors[0].field(), r.errors[0].code()),
        ("extnumber", "extension_in_use")
    );
    let r = v(json!({ "extid": "1002", "atransferto": "Extension", "atransferext": "1999" }));
    assert_eq!(
        (r.errors[0].field(), r.errors[0].code()),
        ("atransferext", "extension_not_found")
    );
    assert!(
        v(json!({ "extid": "1002", "atransferto": "Extension", "atransferext": "1000" })).is_ok()
    );
    // Not used when the destination is something else.
    assert!(
        v(json!({ "extid": "1002", "atransferto": "Voicemail", "atransferext": "1999" })).is_ok()
    );
    // Used when the destination is unknown (left out, no current settings).
    assert_eq!(
        v(json!({ "extid": "1002", "ntransferext": "1999" })).errors[0].field(),
        "ntransferext"
    );
}

#[test]
fn x1_current_settings_from_a_query_response() {
    let query = r#"{"extnumber":"1000","username":"Jayson","status":"Registered","type":"SIP","callerid":"1000","registername":"1000","registerpassword":"xMn5W4Gs","maxregistrations":"1","loginpassword":"5e12ba8dd1083a7f946e457cf3c18779","email":"","moblie":"","language":"System Default","hasvoicemail":"on","enablevmtoemail":"off","vmsecret":"1000","alwaysforward":"off","noanswerforward":"on","ntransferto":"Voicemail","ntransferprefix":"","busyforward":"on","btransferto":"Voicemail","btransferprefix":"","ringsimultaneous":"off","mobileprefix":"","enablemobile":"off","allowbeingmonitored":"off","monitormode":"Disabled","ringtimeout":"30","maxduration":"Follow System","dnd":"off","callrestriction":"off","agentid":""}"#;
    let current = Current::from_json(query).unwrap();
    assert!(!format!("{current:?}").contains("xMn5W4Gs"));
    let ctx = Context::new().current(current);
    let r = ctx.validate(r#"{"extid":"1000","enablemobile":"on"}"#);
    assert_eq!(r.errors[0].field(), "mobile");
    let r = ctx.validate(r#"{"extid":"1000","enablemobile":"on","mobile":"5551234"}"#);
    assert!(r.is_ok() && r.warnings.is_empty(), "{}", r.to_json());
    let r = ctx.validate(r#"{"extid":"1001"}"#);
    assert!(r.is_ok());
    assert_warning(&r, "extid", "current_mismatch");
    assert!(Current::from_json("[1]").is_err());
    assert!(Current::from_json("{").is_err());
}

#[test]
fn options_json_for_foreign_callers() {
    let ctx =
        Context::from_json(r#"{"current":{"moblie":""},"extensions":["1000",1002]}"#).unwrap();
    let r = ctx.validate(r#"{"extid":1002,"enablemobile":"on"}"#);
    assert_eq!(r.errors[0].field(), "mobile");
    assert!(Context::from_json(r#"{"extensions":["10x"]}"#).is_err());
    assert!(Context::from_json(r#"{"extensions":"1000"}"#).is_err());
    assert!(Context::from_json(r#"{"bogus":1}"#).is_err());
    assert!(Context::from_json("null").is_ok());
}

// ---- One field at a time ----

#[test]
fn validate_field_reports_only_that_field() {
    let payload = r#"{"extid":"1002","enablemobile":"on","username":"_bad_"}"#;
    let r = validate_field(Field::Mobile, "", Some(payload));
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].field(), "mobile");
    assert!(r.payload.is_none());
    assert!(validate_field(Field::Mobile, "5551234", Some(payload)).is_ok());
    let r = validate_field(Field::Registerpassword, "a b", None);
    assert_eq!(r.errors[0].code(), "invalid_characters");
    // A name that is no field (only the JSON bindings can be given one).
    let out = yeastar_extension_rules::ffi::validate_field("mobil", "\"1\"", "", "").unwrap();
    assert_eq!(
        out,
        // Root error list, the key as a JSON string, code 5 (unknown_key), param 15
        // (suggestion): the compact form the JavaScript package decodes.
        "#\u{2}e\"mobil\"\u{1}5\u{1}?smobile"
    );
    // A key of the query response is what `validate` says of it (Q2), not an unknown key.
    let r = Context::new().validate_field_by_name("moblie", "\"1\"", None);
    assert_eq!(r.errors[0].code(), "not_updatable");
    assert_eq!(r.errors[0].field(), "moblie");
    let r = Context::new().validate_field_json(Field::Extid, "1002.0", None);
    assert!(r.is_ok());
    let r = Context::new().validate_field_json(Field::Dnd, "true", None);
    assert_eq!(r.errors[0].code(), "invalid_option");
    let r = validate_field(Field::Username, "Amy", Some("[1"));
    assert_eq!(r.errors[0].field(), "");
}

// ---- Bad input: clear errors, no panic, no hang ----

#[test]
fn deep_nesting_and_huge_inputs() {
    let deep = format!(
        "{{\"extid\":\"1\",\"username\":{}{}}}",
        "[".repeat(30_000),
        "]".repeat(30_000)
    );
    let r = validate(&deep);
    assert_eq!(
        (r.errors[0].field(), r.errors[0].code()),
        ("username", "invalid_type")
    );
    let unclosed = "[".repeat(100_000);
    for _ in 0..2 {
        let r = yeastar_extension_rules::validate_bytes(unclosed.as_bytes());
        assert_eq!(r.errors[0].code(), "too_large");
        let r = validate(&unclosed[..60_000]);
        assert_eq!(r.errors[0].code(), "malformed_json");
    }
    assert!(validate(r#"{"extid":"1002"}"#).is_ok());
    // A multi-megabyte string through the Value entry point: over the same size limit.
    let huge = format!("!{}!", "1".repeat(4_000_000));
    let start = std::time::Instant::now();
    let r = validate_value(&json!({ "extid": "1", "mobile": huge }));
    assert_eq!(r.errors[0].code(), "too_large");
    assert!(start.elapsed().as_secs() < 5);
    let r = validate(&format!("{{\"extid\":\"{}\"}}", "1".repeat(10_000_000)));
    assert_eq!(r.errors[0].code(), "too_large");
}

/// Ruling M3, on the messages a review found wrong (issue "Messages as data"), and M2 on their
/// params: what to do, in the administrator's words, with the limits as data.
#[test]
fn messages_say_what_to_do_and_params_are_data() {
    let one = |payload: Value| {
        let r = validate(&with(payload).to_string());
        assert_eq!(r.errors.len(), 1, "{}", r.to_json());
        r.errors[0].clone()
    };
    let durations = "\"Follow System\", \"Unlimited\", \"60\", \"300\", \"600\", \"900\", \
                     \"1800\", \"3600\" or \"6000\"";
    let v = one(json!({ "maxduration": true }));
    assert_eq!(v.code(), "invalid_type");
    assert_eq!(
        v.message(),
        format!("Maximum call duration must be one of {durations}, not true/false.")
    );
    let v = one(json!({ "monitormode": false }));
    assert_eq!(
        v.message(),
        "Monitor mode must be one of \"Disabled\", \"Extensive\", \"Listen\", \"Whisper\" or \
         \"Barge-in\", not true/false."
    );
    let params = serde_json::to_value(&v).unwrap()["params"].clone();
    assert_eq!(
        params,
        json!({"expected": "option", "found": "boolean",
               "options": ["Disabled", "Extensive", "Listen", "Whisper", "Barge-in"]})
    );
    let rings = "\"15\", \"30\", \"60\", \"120\" or \"300\"";
    let v = one(json!({ "ringtimeout": true }));
    assert_eq!(
        v.message(),
        format!("Ring timeout must be one of {rings}, not true/false.")
    );
    let v = one(json!({ "ringtimeout": 30.5 }));
    assert_eq!(v.code(), "not_a_whole_number");
    assert_eq!(v.message(), format!("Ring timeout must be one of {rings}."));
    assert_eq!(
        serde_json::to_value(&v).unwrap()["params"],
        json!({"options": ["15", "30", "60", "120", "300"]})
    );
    let v = one(json!({ "maxregistrations": 2.5 }));
    assert_eq!(
        serde_json::to_value(&v).unwrap()["params"],
        json!({"min": 1, "max": 5})
    );
    assert_eq!(
        v.message(),
        "Concurrent registrations must be a whole number from 1 to 5."
    );
    let v = one(json!({ "registerpassword": "a b" }));
    assert_eq!(
        v.message(),
        "Registration password may contain only letters, digits and these symbols: \
         ! # $ % ( ) * + , - . / : = ? @ [ ] ^ _ { } ~."
    );
    assert_eq!(
        one(json!({ "username": 5 })).message(),
        "Name must be text, not a number."
    );
    assert_eq!(
        one(json!({ "mobile": 5551234 })).message(),
        "Mobile number must be digits written as text (in quotes, so that leading zeros stay), \
         not a number."
    );
    assert_eq!(
        one(json!({ "callerid": null })).message(),
        "Caller ID must be text, not an empty value (null)."
    );
    let r = validate(r#"{"extid":"1002","busyforward":"on","btransferto":"Mobile Number"}"#);
    assert_eq!(
        r.warnings[0].message(),
        "Mobile number is needed when Busy forward destination is \"Mobile Number\"; send it \
         unless the PBX already has one."
    );
    assert_eq!(
        validate("").errors[0].message(),
        "The request body is empty; send a JSON object with at least extid."
    );
    // C9: seconds with leading zeros.
    let v = one(json!({ "ringtimeout": "030" }));
    assert_eq!(v.code(), "leading_zero");
    assert_eq!(
        v.message(),
        format!("Ring timeout must be written without leading zeros, as one of {rings}.")
    );
    assert_eq!(one(json!({ "maxduration": "0600" })).code(), "leading_zero");
    // An extension number keeps its leading zeros (G7).
    assert_ok(with(json!({ "extnumber": "01002" })));
    // No message says "document", and none carries a JSON type name where words will do.
    for kind_text in ["{", "[]", "\"x\"", "{\"extid\":1}x"] {
        let m = validate(kind_text).errors[0].message();
        assert!(!m.contains("document"), "{m}");
    }
}

/// M4, M5: the same report in Chinese, but for the messages.
#[test]
fn chinese_messages_change_only_the_message() {
    let zh = yeastar_extension_rules::meta::Catalog::get("zh-CN").unwrap();
    let r = validate(
        r#"{"extid":"1002","dnd":"On","atransferto":"Custom Number","alwaysforward":"on","atransfernum":"","ringtimeout":"030","x":1}"#,
    );
    let en: Value = serde_json::from_str(&r.to_json()).unwrap();
    let cn: Value = serde_json::from_str(&r.to_json_in(zh)).unwrap();
    let strip = |mut v: Value| {
        for list in ["errors", "warnings"] {
            for e in v[list].as_array_mut().unwrap() {
                e.as_object_mut().unwrap().remove("message");
            }
        }
        v
    };
    assert_eq!(strip(en.clone()), strip(cn.clone()));
    let messages: Vec<&str> = cn["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "总是转移目的地为 \"Custom Number\" 时，总是转移呼出号码不能为空。",
            "响铃超时不能以 0 开头，必须是 \"15\"、\"30\"、\"60\"、\"120\"或\"300\" 之一。",
            "免打扰的开关必须是 \"on\"或\"off\" 之一。您是否要输入 \"on\"？",
            "\"x\" 不是 extension/update 的参数。",
        ]
    );
}
