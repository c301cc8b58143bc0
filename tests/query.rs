//! Read, modify, write (rulings Q1-Q5, C7, C8) on the vendor's own samples: the
//! `extension/query` response of the English guide (`tests/query-samples/en-guide.json`, the
//! guide's text byte for byte) and of the Chinese guide (`zh-CN-guide.json`; the Chinese page
//! prints the same response).

use std::path::Path;

use serde_json::{json, Value};
use yeastar_extension_rules::{context::Current, diff, validate, Context, Field};

fn samples() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/query-samples");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(p).unwrap())
        })
        .collect();
    out.sort();
    assert_eq!(out.len(), 2, "the English and the Chinese guide's samples");
    out
}

fn codes(list: &[yeastar_extension_rules::Violation]) -> Vec<(String, String)> {
    list.iter()
        .map(|v| (v.field().to_owned(), v.code().to_owned()))
        .collect()
}

/// The queried element sent back as it is (with the `extid` every update names): exactly the
/// errors of Q2 and the warning of Q3.
#[test]
fn a_queried_element_sent_back_gives_the_q2_errors_and_the_q3_warning() {
    for (name, text) in samples() {
        let response: Value = serde_json::from_str(&text).unwrap();
        let mut element = response["extinfos"][0].clone();
        element["extid"] = element["extnumber"].clone();
        let report = validate(&element.to_string());
        assert_eq!(
            codes(&report.errors),
            [
                ("language", "not_updatable"),
                ("moblie", "not_updatable"),
                ("status", "not_updatable"),
                ("type", "not_updatable"),
            ]
            .map(|(f, c)| (f.to_owned(), c.to_owned())),
            "{name}"
        );
        assert_eq!(
            codes(&report.warnings),
            [(
                "loginpassword".to_owned(),
                "password_looks_hashed".to_owned()
            )],
            "{name}"
        );
        assert_eq!(
            report.errors[1].message(),
            "\"moblie\" is returned by extension/query; extension/update does not take it. Send \
             \"mobile\" instead."
        );
        // Sent with the current settings the response gave, the hash is recognised as theirs.
        let ctx = Context::new().current(Current::from_json(&text).unwrap());
        let report = ctx.validate(&element.to_string());
        assert_eq!(report.warnings[0].code(), "password_looks_hashed");
    }
}

/// As current settings, with one field changed, the minimal update has two keys.
#[test]
fn a_one_field_change_is_a_two_key_update() {
    for (name, text) in samples() {
        let current = Current::from_json(&text).unwrap();
        assert!(current.is_response());
        let response: Value = serde_json::from_str(&text).unwrap();
        for (field, value) in [
            ("dnd", json!("on")),
            ("username", json!("Jayson Lee")),
            ("ringtimeout", json!(60)),
            ("maxduration", json!("600")),
        ] {
            let mut desired = response["extinfos"][0].clone();
            desired[field] = value.clone();
            let report = diff(&current, &Current::from_json(&desired.to_string()).unwrap());
            assert!(report.is_ok(), "{name}: {}", report.to_json());
            let body: Value = serde_json::from_str(&report.payload.unwrap().to_json()).unwrap();
            let as_text = value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_owned);
            assert_eq!(body, json!({ "extid": "1000", field: as_text }), "{name}");
        }
        // Unchanged: extid alone, and a warning that nothing changes.
        let same = Current::from_json(&response["extinfos"][0].to_string()).unwrap();
        let report = diff(&current, &same);
        assert_eq!(report.payload.unwrap().to_json(), r#"{"extid":"1000"}"#);
        assert_eq!(report.warnings[0].code(), "nothing_to_change");
    }
}

#[test]
fn a_whole_response_picks_the_element_of_extid() {
    let response = r#"{"status":"Success","extinfos":[
        {"extnumber":"1000","enablemobile":"on","moblie":""},
        {"extnumber":"1001","enablemobile":"on","moblie":"5551234"}]}"#;
    let ctx = Context::new().current(Current::from_json(response).unwrap());
    // 1000's settings: mobility on without a number.
    let r = ctx.validate(r#"{"extid":"1000","ringsimultaneous":"on"}"#);
    assert_eq!(
        codes(&r.errors),
        [("mobile".into(), "conditionally_required".into())]
    );
    // 1001's: fine.
    assert!(ctx
        .validate(r#"{"extid":"1001","ringsimultaneous":"on"}"#)
        .is_ok());
    // An extension the response does not hold.
    let r = ctx.validate(r#"{"extid":"1002"}"#);
    assert_eq!(
        codes(&r.errors),
        [("extid".into(), "not_in_current".into())]
    );
    assert_eq!(
        r.errors[0].message(),
        "Extension is none of the extensions in the current settings (the extension/query \
         response)."
    );
}

/// Q1: the query page's spellings of destinations, any case, with their numbers.
#[test]
fn query_spellings_of_destinations_are_read() {
    for (spelling, option, field, number) in [
        ("voicemail", "Voicemail", None, None),
        ("VOICEMAIL", "Voicemail", None, None),
        (
            "ext1000",
            "Extension",
            Some(Field::Atransferext),
            Some("1000"),
        ),
        (
            "Extension 1000",
            "Extension",
            Some(Field::Atransferext),
            Some("1000"),
        ),
        (
            "Ext1000",
            "Extension",
            Some(Field::Atransferext),
            Some("1000"),
        ),
        ("1000", "Extension", Some(Field::Atransferext), Some("1000")),
        (
            "mobile1399999999",
            "Mobile Number",
            Some(Field::Mobile),
            Some("1399999999"),
        ),
        (
            "Mobile139999999",
            "Mobile Number",
            Some(Field::Mobile),
            Some("139999999"),
        ),
        (
            "number95923333",
            "Custom Number",
            Some(Field::Atransfernum),
            Some("95923333"),
        ),
        (
            "Number95923333",
            "Custom Number",
            Some(Field::Atransfernum),
            Some("95923333"),
        ),
        ("Custom Number", "Custom Number", None, None),
    ] {
        let text = json!({ "extnumber": "1002", "atransferto": spelling }).to_string();
        let c = Current::from_json(&text).unwrap();
        assert_eq!(c.get(Field::Atransferto), Some(option), "{spelling}");
        if let (Some(field), Some(number)) = (field, number) {
            assert_eq!(c.get(field), Some(number), "{spelling}");
        }
    }
    // A number the element gives itself is not replaced.
    let c = Current::from_json(r#"{"atransferto":"ext1000","atransferext":"1003"}"#).unwrap();
    assert_eq!(c.get(Field::Atransferext), Some("1003"));
    // Not a destination: kept as it is (and judged as it is where it matters).
    let c = Current::from_json(r#"{"atransferto":"elsewhere"}"#).unwrap();
    assert_eq!(c.get(Field::Atransferto), Some("elsewhere"));
    // C2 now fires from query-spelled current settings.
    let ctx = Context::new().current(
        Current::from_json(r#"{"extnumber":"1002","alwaysforward":"on","atransferto":"ext"}"#)
            .unwrap(),
    );
    let r = ctx.validate(r#"{"extid":"1002","atransferext":""}"#);
    assert_eq!(
        codes(&r.errors),
        [("atransferext".into(), "conditionally_required".into())]
    );
}

/// Q3 and Q5 on their own.
#[test]
fn hashed_and_weak_passwords_are_warnings() {
    let r = validate(r#"{"extid":"1","loginpassword":"0123456789abcdefABCDEF0123456789"}"#);
    assert!(r.is_ok());
    assert_eq!(
        codes(&r.warnings),
        [("loginpassword".into(), "password_looks_hashed".into())]
    );
    let r = validate(
        r#"{"extid":"1","registerpassword":"alllowercase","loginpassword":"NoDigitsHere"}"#,
    );
    assert_eq!(
        codes(&r.warnings),
        [
            ("registerpassword".into(), "weak_password".into()),
            ("loginpassword".into(), "weak_password".into()),
        ]
    );
    assert_eq!(
        r.warnings[0].message(),
        "Registration password should mix digits, upper-case and lower-case letters, as \
         Yeastar's Chinese guide requires; it has no digit or upper-case letter."
    );
    let params = serde_json::to_value(&r.warnings[0]).unwrap()["params"].clone();
    assert_eq!(params, json!({ "missing": ["digit", "upper"] }));
    assert!(validate(r#"{"extid":"1","registerpassword":"Good#Pass1"}"#)
        .warnings
        .is_empty());
}

/// C7: a target sent blank while its trigger is unknown; C8: a forward to the old number.
#[test]
fn clearing_a_target_and_forwarding_to_the_old_number() {
    let r = validate(r#"{"extid":"1002","mobile":""}"#);
    assert!(r.is_ok());
    assert_eq!(
        codes(&r.warnings),
        [("mobile".into(), "may_be_required".into())]
    );
    let r = validate(r#"{"extid":"1002","ntransferext":""}"#);
    assert_eq!(
        codes(&r.warnings),
        [("ntransferext".into(), "may_be_required".into())]
    );
    // With the trigger known (sent, or in the current settings), the rule itself decides.
    assert!(
        validate(r#"{"extid":"1002","ntransferto":"Voicemail","ntransferext":""}"#)
            .warnings
            .is_empty()
    );
    // `mobile` has four triggers: one known to be off leaves three that may require it.
    let r = validate(r#"{"extid":"1002","enablemobile":"off","mobile":""}"#);
    assert_eq!(
        codes(&r.warnings),
        [("mobile".into(), "may_be_required".into())]
    );
    let r = validate(
        r#"{"extid":"1002","extnumber":"1005","noanswerforward":"on","ntransferto":"Extension","ntransferext":"1002"}"#,
    );
    assert_eq!(
        codes(&r.warnings),
        [("ntransferext".into(), "forwards_to_itself".into())]
    );
}

/// Q4: no secret copied from the current settings, whatever the desired settings leave out.
#[test]
fn diff_never_copies_a_secret() {
    let current = Current::from_json(
        r#"{"extnumber":"1000","registerpassword":"xMn5W4Gs","vmsecret":"1000","loginpassword":"5e12ba8dd1083a7f946e457cf3c18779"}"#,
    )
    .unwrap();
    let desired = Current::from_json(r#"{"extid":"1000","username":"Amy"}"#).unwrap();
    let report = diff(&current, &desired);
    let body = report.payload.unwrap().to_json();
    assert_eq!(body, r#"{"extid":"1000","username":"Amy"}"#);
    // A new password is sent; the same one is not.
    let desired = Current::from_json(
        r#"{"extid":"1000","registerpassword":"N3wPassword","vmsecret":"1000"}"#,
    )
    .unwrap();
    let body = diff(&current, &desired).payload.unwrap().to_json();
    assert_eq!(body, r#"{"extid":"1000","registerpassword":"N3wPassword"}"#);
}
