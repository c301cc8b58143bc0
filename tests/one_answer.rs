//! One answer per question (issue 18): a field by any name gets exactly what `validate` says of
//! that key; keys in messages are shown as typed but for what can hide or reorder text; size
//! errors say size, in every reader; the current settings a form is filled from.

use proptest::prelude::*;
use yeastar_extension_rules::{
    context::Current,
    error::ContextError,
    ffi,
    meta::Catalog,
    rules::{MAX_BYTES, MAX_CURRENT_BYTES},
    validate, Context, Profile, Report,
};

/// The violations as JSON (field, code, message, params, errno), in English and Chinese.
fn answers(r: &Report) -> Vec<String> {
    let zh = Catalog::get("zh-CN").unwrap();
    r.errors
        .iter()
        .chain(&r.warnings)
        .map(|v| {
            format!(
                "{} | {}",
                serde_json::to_string(v).unwrap(),
                v.message_in(zh)
            )
        })
        .collect()
}

/// What `validate` says of a key `name` with value `value_json`, beside a valid extid.
fn in_payload(name: &str, value_json: &str) -> Report {
    let key = serde_json::to_string(name).unwrap();
    validate(&format!(r#"{{"extid":"1002",{key}:{value_json}}}"#))
}

#[test]
fn the_query_keys_get_not_updatable_by_name_as_in_a_payload() {
    for (key, _) in Profile::default().not_updatable().iter() {
        let one = Context::new().validate_field_by_name(key, r#""1""#, None);
        assert_eq!(one.errors[0].code(), "not_updatable", "{key}");
        assert_eq!(answers(&one), answers(&in_payload(key, r#""1""#)), "{key}");
    }
    let moblie = Context::new().validate_field_by_name("moblie", r#""1""#, None);
    assert_eq!(moblie.errors[0].params().len(), 1);
}

#[test]
fn a_long_unknown_name_is_an_error_however_long() {
    for len in [1, 63, 64, 65, 66, 200, 5000] {
        let name = "q".repeat(len);
        let one = Context::new().validate_field_by_name(&name, r#""x""#, None);
        assert!(!one.is_ok(), "a {len}-character name passed");
        assert_eq!(
            answers(&one),
            answers(&in_payload(&name, r#""x""#)),
            "{len}"
        );
    }
    // Past MAX_BYTES the name is what a body holding it gets: too large.
    let huge = "q".repeat(MAX_BYTES + 1);
    assert_eq!(
        Context::new()
            .validate_field_by_name(&huge, "1", None)
            .errors[0]
            .code(),
        "too_large"
    );
}

#[test]
fn values_and_forms_that_are_no_json_or_too_large_are_the_bodys_errors() {
    let r = Context::new().validate_field_by_name("bogus", "[1", None);
    assert_eq!(r.errors[0].code(), "malformed_json");
    let r = Context::new().validate_field_by_name("bogus", "1", Some("[1"));
    assert_eq!(r.errors[0].code(), "malformed_json");
    let big = format!("\"{}\"", "a".repeat(MAX_BYTES));
    for name in ["bogus", "username"] {
        let r = Context::new().validate_field_by_name(name, &big, None);
        assert_eq!(r.errors[0].code(), "too_large", "{name}");
        assert_eq!(r.errors[0].field(), "");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any name (known, query-only, unknown, any characters, 1 to 200 long) and value: the
    /// field report is what validate says of that key.
    #[test]
    fn by_name_is_validate_on_that_key(
        name in prop_oneof![
            "[a-z]{1,12}",
            "\\PC{1,200}",
            "[\\x00-\\x1f\u{200b}\u{202e}\u{feff}a-z用户名é]{1,70}",
            prop::sample::select(vec!["moblie", "status", "dnd", "extid", "extnumber", "mobile", "type", "Extid", "usrname"]).prop_map(str::to_owned),
        ],
        value in prop_oneof![
            Just("\"\"".to_owned()), Just("1002".to_owned()), Just("null".to_owned()),
            Just("\"on\"".to_owned()), Just("[1]".to_owned()), "\"[ !#-\\[\\]-~]{0,20}\"",
        ],
    ) {
        let one = Context::new().validate_field_by_name(&name, &value, Some(r#"{"extid":"1002"}"#));
        let full = in_payload(&name, &value);
        let shown: Vec<String> = answers(&full)
            .into_iter()
            .filter(|a| {
                let field = serde_json::from_str::<serde_json::Value>(a.split(" | ").next().unwrap()).unwrap()["field"].as_str().unwrap().to_owned();
                one.errors.iter().chain(&one.warnings).any(|v| v.field() == field)
            })
            .collect();
        prop_assert!(!one.errors.is_empty() || one.is_ok());
        if name != "extid" {
            prop_assert_eq!(answers(&one), shown);
        }
    }
}

#[test]
fn keys_are_shown_as_typed_but_for_what_hides_or_reorders_text() {
    let r = validate(r#"{"extid":"1002","用户名":"Amy","naïve":1}"#);
    let en: Vec<String> = r.errors.iter().map(|v| v.message()).collect();
    assert!(
        en.iter()
            .any(|m| m.starts_with("\"用户名\" is not a parameter")),
        "{en:?}"
    );
    assert!(
        en.iter()
            .any(|m| m.starts_with("\"naïve\" is not a parameter")),
        "{en:?}"
    );
    let zh = Catalog::get("zh-CN").unwrap();
    assert!(r
        .errors
        .iter()
        .any(|v| v.message_in(zh).starts_with("\"用户名\" 不是")));
    // Control, bidi, zero-width and format characters, and spaces that only look like one.
    for (key, shown) in [
        ("a\u{200b}b", "a\\u{200b}b"),
        ("a\u{202e}b", "a\\u{202e}b"),
        ("a\u{feff}b", "a\\u{feff}b"),
        ("a\u{ad}b", "a\\u{ad}b"),
        ("a\u{3000}b", "a\\u{3000}b"),
        ("a\u{a0}b", "a\\u{a0}b"),
        ("a\u{e0041}b", "a\\u{e0041}b"),
        ("a\u{7f}b", "a\\u{7f}b"),
    ] {
        let r = Context::new().validate_field_by_name(key, "1", None);
        assert!(
            r.errors[0].message().contains(&format!("\"{shown}\"")),
            "{key:?}: {}",
            r.errors[0].message()
        );
        // The field is the key itself; only the message escapes it.
        assert_eq!(r.errors[0].field(), key);
    }
    // A cut key ends in a real ellipsis.
    let long = "é".repeat(70);
    let r = Context::new().validate_field_by_name(&long, "1", None);
    assert!(r.errors[0]
        .message()
        .contains(&format!("{}…\"", "é".repeat(64))));
    assert!(r.errors[0].field().ends_with('…'));
}

#[test]
fn oversized_current_settings_are_too_large_in_every_reader() {
    let big = format!(
        r#"{{"extinfos":[{{"extnumber":"1000","username":"{}"}}]}}"#,
        "a".repeat(MAX_CURRENT_BYTES)
    );
    let too_large = ContextError::CurrentTooLarge {
        max_bytes: MAX_CURRENT_BYTES,
    };
    assert_eq!(Current::from_json(&big), Err(too_large.clone()));
    assert!(too_large.to_string().contains("1048576"));
    // The foreign callers' entry points: diff, options, the form's settings.
    assert_eq!(
        ffi::diff_compact(big.as_bytes(), b"{}", ""),
        Err(too_large.clone())
    );
    assert_eq!(
        ffi::read_current(big.as_bytes(), "", ""),
        Err(too_large.clone())
    );
    let options = format!(r#"{{"current":{big}}}"#);
    assert_eq!(Context::from_json(&options).err(), Some(too_large.clone()));
    // Bytes cut inside a character are still refused for their size.
    let mut cut = big.clone().into_bytes();
    cut.truncate(MAX_CURRENT_BYTES + 1);
    cut.push(0xE7);
    assert_eq!(ffi::read_current(&cut, "", ""), Err(too_large));
    // Desired settings over the payload limit: the body's too_large, not a parse error.
    let ctx = Context::new().current(Current::from_json(r#"{"extnumber":"1000"}"#).unwrap());
    let desired = format!(r#"{{"username":"{}"}}"#, "a".repeat(MAX_BYTES));
    assert_eq!(ctx.diff_json(&desired).errors[0].code(), "too_large");
    assert_eq!(
        ctx.diff_json(&desired[..MAX_BYTES]).errors[0].code(),
        "malformed_json"
    );
}

#[test]
fn the_form_is_filled_from_the_librarys_reading() {
    let response = r#"{"status":"Success","extinfos":[
        {"extnumber":"1000","username":"Jayson","moblie":"5551234","ntransferto":"ext1001","btransferto":"voicemail",
         "atransferto":"mobile13999998888","registerpassword":"xMn5W4Gs","vmsecret":"1000","loginpassword":"5e12ba8dd1083a7f946e457cf3c18779","status":"Registered"},
        {"extnumber":"1001","dnd":"on"}]}"#;
    let form = ffi::read_current(response.as_bytes(), "1000", "").unwrap();
    assert_eq!(
        form,
        r#"{"extid":"1000","username":"Jayson","mobile":"5551234","atransferto":"Mobile Number","ntransferto":"Extension","ntransferext":"1001","btransferto":"Voicemail"}"#
    );
    assert_eq!(
        ffi::read_current(response.as_bytes(), "1001", "").unwrap(),
        r#"{"extid":"1001","dnd":"on"}"#
    );
    // The element is picked by number; with none, only a response of one element has one.
    assert_eq!(
        ffi::read_current(response.as_bytes(), "1002", "").unwrap(),
        "null"
    );
    assert_eq!(
        ffi::read_current(response.as_bytes(), "", "").unwrap(),
        "null"
    );
    let one = r#"{"extinfos":[{"extnumber":"1000","dnd":"off"}]}"#;
    assert_eq!(
        ffi::read_current(one.as_bytes(), "", "").unwrap(),
        r#"{"extid":"1000","dnd":"off"}"#
    );
    // Sending the form back unchanged is nothing to change.
    let ctx = Context::new().current(Current::from_json(response).unwrap());
    let r = ctx.diff_json(&form);
    assert_eq!(r.payload.unwrap().to_json(), r#"{"extid":"1000"}"#);
    assert_eq!(r.warnings[0].code(), "nothing_to_change");
}

#[test]
fn nothing_to_change_never_stands_beside_another_warning_on_extid() {
    // Found by the diff fuzz target: desired settings of another extension than the one
    // element given.
    let ctx = Context::new().current(Current::from_json(r#"{"extnumber":"4821"}"#).unwrap());
    let r = ctx.diff_json(r#"{"extid":6619236}"#);
    let codes: Vec<&str> = r.warnings.iter().map(|w| w.code()).collect();
    assert_eq!(codes, ["current_mismatch"]);
}

/// A member value for `ffi::validate_members`, with its JSON text as `ffi::write_json_str`
/// writes it.
fn member_text(m: &ffi::Member<'_>) -> String {
    let mut out = String::new();
    match m {
        ffi::Member::Str(s) => ffi::write_json_str(&mut out, s),
        ffi::Member::Number(n) => out.push_str(n),
        ffi::Member::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        ffi::Member::Null => out.push_str("null"),
        ffi::Member::Array => out.push_str("[]"),
        ffi::Member::Object => out.push_str("{}"),
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// An object given as its members gets the report of its JSON text, in every profile, at
    /// and around the size limit too (issue 20: the bindings carry host objects without text).
    #[test]
    fn members_are_judged_as_their_json_text(
        members in prop::collection::vec((
            prop_oneof![
                prop::sample::select(vec!["extid", "number", "username", "mobile", "dnd", "ringtimeout", "email", "registerpassword", "moblie", "status", "x"]).prop_map(str::to_owned),
                "\\PC{0,8}",
                "[\\x00-\\x1f\"\\\\a-z]{0,6}",
            ],
            prop_oneof![
                "[ -~]{0,12}",
                "[0-9]{1,5}",
                "\\PC{0,10}",
                "[\\x00-\\x1f\"\\\\a-z0-9]{0,6}",
                Just("on".to_owned()),
                Just("1002".to_owned()),
            ],
            0u8..8,
        ), 0..12),
        profile in prop::sample::select(Profile::all().collect::<Vec<_>>()),
        pad in prop_oneof![Just(0usize), MAX_BYTES - 200..MAX_BYTES + 10],
    ) {
        let mut owned: Vec<(String, String, u8)> = members;
        if pad > 0 {
            // A long string that takes the text to around the limit.
            owned.push(("username".to_owned(), "a".repeat(pad.saturating_sub(60)), 0));
        }
        let numbers = ["1002", "-1.5e3", "1e400", "4503599627370497", "0.5", "12"];
        let list: Vec<(&str, ffi::Member<'_>)> = owned
            .iter()
            .map(|(k, v, kind)| {
                let m = match kind {
                    0..=2 => ffi::Member::Str(v),
                    3 => ffi::Member::Number(numbers[v.len() % numbers.len()]),
                    4 => ffi::Member::Bool(v.len() % 2 == 0),
                    5 => ffi::Member::Null,
                    6 => ffi::Member::Array,
                    _ => ffi::Member::Object,
                };
                (k.as_str(), m)
            })
            .collect();
        let mut text = String::from("{");
        for (i, (k, m)) in list.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            ffi::write_json_str(&mut text, k);
            text.push(':');
            text.push_str(&member_text(m));
        }
        text.push('}');
        let ctx = Context::new().profile(profile).unwrap();
        let by_members = ffi::validate_members(&ctx, list.iter().copied());
        prop_assert_eq!(by_members.to_json(), ctx.validate(&text).to_json(), "{}", text.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// A field checked against its form reduced to the fields it depends on
    /// (`Profile::depends_on`) gets what the whole form gives it, in every profile, with and
    /// without context (issue 20: a keystroke sends and judges only those).
    #[test]
    fn a_field_needs_only_what_it_depends_on(
        profile in prop::sample::select(Profile::all().collect::<Vec<_>>()),
        at in 0usize..64,
        picks in prop::collection::vec((0usize..64, 0usize..16), 0..40),
        typed in 0usize..16,
        with_context in any::<bool>(),
    ) {
        let rows = profile.fields();
        let field = rows[at % rows.len()].field;
        let value_of = |spec: &yeastar_extension_rules::rules::FieldSpec, k: usize| -> String {
            let options = spec.options();
            let fixed = ["", "1002", "1003", "1000", "on", "off", "Abcdefgh12345678XYZ", "x y", "Voicemail", "Extension", "Mobile Number", "Custom Number", "Amy", "amy@example.com"];
            if !options.is_empty() && k % 3 == 0 {
                options[k % options.len()].to_owned()
            } else {
                fixed[k % fixed.len()].to_owned()
            }
        };
        let mut form = serde_json::Map::new();
        for (i, k) in picks {
            let spec = &rows[i % rows.len()];
            form.insert(spec.field.name().to_owned(), serde_json::Value::String(value_of(spec, k)));
        }
        let deps = profile.depends_on(field);
        let reduced: serde_json::Map<String, serde_json::Value> = form
            .iter()
            .filter(|(k, _)| deps.iter().any(|f| f.name() == k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut ctx = Context::new().profile(profile).unwrap();
        if with_context {
            ctx = ctx.extensions(yeastar_extension_rules::context::Extensions::parse_list("1000,1002").unwrap());
            if profile.takes_current().is_ok() {
                let key = if profile.roles().number.name() == "number" { "number" } else { "extnumber" };
                let current = format!(r#"{{"{key}":"1002","mobile":"","hasvoicemail":"off","enablemobile":"on","atransferto":"Extension","atransferext":"1002"}}"#);
                ctx = ctx.current(Current::from_json(&current).unwrap());
            }
        }
        let value = serde_json::to_string(&value_of(&rows[at % rows.len()], typed)).unwrap();
        let whole = ctx.validate_field_json(field, &value, Some(&serde_json::Value::Object(form).to_string()));
        let part = ctx.validate_field_json(field, &value, Some(&serde_json::Value::Object(reduced).to_string()));
        prop_assert_eq!(answers(&whole), answers(&part), "{}", field.name());
    }
}
