//! The bad-input catalogue: one case each, a clear error (field and code), no panic, no hang,
//! nothing echoed. Each case also runs through `validate_bytes`, and (where a `Value` can hold
//! it) through `validate_value`, with the same result.

use std::time::{Duration, Instant};

use yeastar_extension_rules::{validate_bytes, Report};

/// A distinctive string that must never appear in any output.
const CANARY: &str = "Zq7Canary";

#[track_caller]
fn case(input: &[u8], field: &str, code: &str) -> Report {
    let start = Instant::now();
    let r = validate_bytes(input);
    assert!(start.elapsed() < Duration::from_secs(2), "too slow");
    assert!(!r.is_ok(), "expected an error");
    assert!(
        r.errors
            .iter()
            .any(|e| e.field() == field && e.code() == code),
        "expected {code} on {field:?}, got {}",
        r.to_json()
    );
    let json = r.to_json();
    assert!(!json.contains(CANARY), "echoed: {json}");
    assert!(!format!("{r:?}").contains(CANARY));
    for e in &r.errors {
        assert!(!e.to_string().contains(CANARY));
    }
    r
}

fn ext(members: &str) -> Vec<u8> {
    format!("{{\"extid\":\"1002\",{members}}}").into_bytes()
}

#[test]
fn empty_and_framing() {
    case(b"", "", "malformed_json");
    case(b"   \n", "", "malformed_json");
    case(
        "\u{feff}{\"extid\":\"1002\"}".as_bytes(),
        "",
        "malformed_json",
    );
    case(b"{\"extid\":\"10\xff\xfe\"}", "", "invalid_utf8");
    case(b"\xc3\x28", "", "invalid_utf8");
    for (text, found) in [
        ("[]", "array"),
        ("\"1002\"", "string"),
        ("1002", "number"),
        ("null", "null"),
        ("true", "boolean"),
    ] {
        let r = case(text.as_bytes(), "", "not_an_object");
        assert_eq!(
            r.errors[0].kind().params()[0].1,
            yeastar_extension_rules::error::Param::Str(found)
        );
    }
    case(b"{\"extid\":\"1002\",}", "", "malformed_json");
    case(b"{\"extid\":\"1002\"} // comment", "", "malformed_json");
    case(b"/* c */ {\"extid\":\"1002\"}", "", "malformed_json");
    case(b"{\"extid\":NaN}", "", "malformed_json");
    case(b"{\"extid\":Infinity}", "", "malformed_json");
    case(b"{\"extid\":-Infinity}", "", "malformed_json");
    case(b"{\"extid\":\"1002\"}{}", "", "malformed_json");
}

#[test]
fn deep_nesting_twice_then_a_valid_payload() {
    let deep = format!(
        "{{\"extid\":\"1002\",\"username\":{}}}",
        "[".repeat(100_000)
    );
    for _ in 0..2 {
        case(deep.as_bytes(), "", "too_large");
        let fits = format!("{{\"extid\":\"1002\",\"username\":{}}}", "[".repeat(60_000));
        case(fits.as_bytes(), "", "malformed_json");
        let closed = format!(
            "{{\"extid\":\"1\",\"username\":{}{}}}",
            "[".repeat(30_000),
            "]".repeat(30_000)
        );
        case(closed.as_bytes(), "username", "invalid_type");
    }
    assert!(validate_bytes(br#"{"extid":"1002","username":"Amy"}"#).is_ok());
}

#[test]
fn big_documents_and_fields() {
    let ten_mb = format!(
        "{{\"extid\":\"1002\",\"username\":\"{}\"}}",
        "a".repeat(10 << 20)
    );
    case(ten_mb.as_bytes(), "", "too_large");
    // 1 MB field, bad character first and last: rejected before parsing (size), and through the
    // Value entry point by the same limit on what the rules see, after a bounded look.
    let mb = format!("!{}!", "1".repeat(1 << 20));
    case(
        format!("{{\"extid\":\"1002\",\"mobile\":\"{mb}\"}}").as_bytes(),
        "",
        "too_large",
    );
    let value = serde_json::json!({ "extid": "1002", "mobile": mb });
    let start = Instant::now();
    let r = yeastar_extension_rules::validate_value(&value);
    assert_eq!((r.errors[0].field(), r.errors[0].code()), ("", "too_large"));
    let bad_last =
        serde_json::json!({ "extid": "1002", "mobile": format!("{}!", "1".repeat(1 << 20)) });
    let r = yeastar_extension_rules::validate_value(&bad_last);
    assert_eq!(r.errors[0].code(), "too_large");
    assert!(start.elapsed() < Duration::from_millis(500));
    // Just under the limit, the bad character last: judged, in time linear in the length.
    let near = serde_json::json!({ "extid": "1002", "mobile": format!("{}!", "1".repeat(60_000)) });
    let r = yeastar_extension_rules::validate_value(&near);
    assert_eq!(
        (r.errors[0].field(), r.errors[0].code()),
        ("mobile", "invalid_characters")
    );
}

#[test]
fn thousands_of_unknown_keys_give_a_bounded_list() {
    let members: Vec<String> = (0..5_000).map(|i| format!("\"u{i}\":0")).collect();
    let text = format!("{{\"extid\":\"1002\",{}}}", members.join(","));
    assert!(text.len() < 64 * 1024);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    for r in [
        yeastar_extension_rules::validate_value(&value),
        case(text.as_bytes(), "", "too_many_unknown_keys"),
    ] {
        assert_eq!(r.errors.len(), 21);
        assert_eq!(r.errors[20].code(), "too_many_unknown_keys");
        assert_eq!(
            r.errors[20].kind().params()[0].1,
            yeastar_extension_rules::error::Param::Int(5000)
        );
    }
    // Ten thousand are over the size limit, as text and as a value.
    let members: Vec<String> = (0..10_000).map(|i| format!("\"u{i}\":0")).collect();
    let text = format!("{{\"extid\":\"1002\",{}}}", members.join(","));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    case(text.as_bytes(), "", "too_large");
    let r = yeastar_extension_rules::validate_value(&value);
    assert_eq!(r.errors[0].code(), "too_large");
}

#[test]
fn duplicate_keys_in_both_orders() {
    for text in [
        r#"{"extid":"1002","username":"Amy","username":"Zq7Canary!"}"#,
        r#"{"extid":"1002","username":"Zq7Canary!","username":"Amy"}"#,
    ] {
        let r = case(text.as_bytes(), "username", "duplicate_key");
        assert_eq!(r.errors.len(), 1);
    }
}

#[test]
fn prototype_keys() {
    for key in ["__proto__", "constructor", "prototype"] {
        case(&ext(&format!("\"{key}\":{{}}")), key, "unknown_key");
    }
}

#[test]
fn numbers_at_the_edges() {
    // 2^53 + 1, 1e400, -0, 23 digits.
    case(
        &ext(r#""atransferext":9007199254740993"#),
        "atransferext",
        "too_long",
    );
    case(br#"{"extid":1e400}"#, "extid", "not_a_whole_number");
    assert!(validate_bytes(br#"{"extid":-0}"#).is_ok());
    case(br#"{"extid":12345678901234567890123}"#, "extid", "too_long");
    case(br#"{"extid":-1}"#, "extid", "not_a_whole_number");
    case(br#"{"extid":1002.5}"#, "extid", "not_a_whole_number");
}

#[test]
fn look_alike_digits_and_letters() {
    for (field, value) in [
        ("extid", "١٠٠٢"),
        ("extid", "１００２"),
        ("mobile", "²"),
        ("mobile", "①"),
        ("username", "ｕｓｅｒ"),
        ("username", "аmy"),
    ] {
        let members = if field == "extid" {
            format!("{{\"extid\":\"{value}\"}}")
        } else {
            format!("{{\"extid\":\"1002\",\"{field}\":\"{value}\"}}")
        };
        case(members.as_bytes(), field, "invalid_characters");
    }
}

#[test]
fn invisible_and_control_characters() {
    for c in [
        '\u{200B}', '\u{200D}', '\u{202E}', '\u{2066}', '\u{FEFF}', '\u{85}', '\u{7F}',
    ] {
        case(
            format!("{{\"extid\":\"1002\",\"username\":\"Amy{c}\"}}").as_bytes(),
            "username",
            "invalid_characters",
        );
    }
    // NUL as an escape (raw control characters are not JSON at all).
    case(
        br#"{"extid":"1002","username":"A\u0000my"}"#,
        "username",
        "invalid_characters",
    );
    case(
        b"{\"extid\":\"1002\",\"username\":\"A\x00my\"}",
        "",
        "malformed_json",
    );
}

#[test]
fn lone_surrogates() {
    case(
        br#"{"extid":"1002","username":"\ud800"}"#,
        "username",
        "invalid_characters",
    );
    case(
        br#"{"extid":"1002","username":"\udc00x"}"#,
        "username",
        "invalid_characters",
    );
    case(br#"{"extid":"\ud83d"}"#, "extid", "invalid_characters");
}

#[test]
fn secrets_of_the_wrong_type_or_content_are_never_echoed() {
    for field in ["registerpassword", "loginpassword", "vmsecret"] {
        case(
            &ext(&format!("\"{field}\":123456789")),
            field,
            "invalid_type",
        );
        case(
            &ext(&format!("\"{field}\":[\"{CANARY}\"]")),
            field,
            "invalid_type",
        );
        case(
            &ext(&format!("\"{field}\":{{\"{CANARY}\":1}}")),
            field,
            "invalid_type",
        );
        case(
            &ext(&format!("\"{field}\":\"{CANARY} x;\"")),
            field,
            "invalid_characters",
        );
        let long = if field == "vmsecret" {
            "7".repeat(64)
        } else {
            CANARY.repeat(10)
        };
        case(&ext(&format!("\"{field}\":\"{long}\"")), field, "too_long");
    }
}

#[test]
fn switches_spelled_wrong() {
    // Every on/off switch (tests/rules.rs checks the list against the spec).
    let switches = yeastar_extension_rules::Profile::default()
        .fields()
        .iter()
        .filter(|f| f.options() == yeastar_extension_rules::rules::ON_OFF)
        .map(|f| f.field.name());
    for field in switches {
        for (value, suggestion) in [
            ("\"Yes\"", "on"),
            ("\"YES\"", "on"),
            ("\"on \"", "on"),
            ("true", "on"),
            ("1", "on"),
        ] {
            let r = case(
                &ext(&format!("\"{field}\":{value}")),
                field,
                "invalid_option",
            );
            assert!(r.errors[0]
                .to_string()
                .contains(&format!("Did you mean \"{suggestion}\"")));
        }
    }
}
