//! Profiles (V1): how callers name them, the usage errors, and what each entry point does with
//! API 2.0.0's tables. The verdicts themselves are in the shared fixture corpus (tests/fixtures,
//! `v2-*`) and the property tests, for every profile.

use yeastar_extension_rules::{
    context::Current,
    error::{ContextError, ProfileError},
    ffi,
    meta::{json_schema_for, profile_json, Catalog},
    rules::{Api, Call},
    Context, Field, Profile,
};

fn v2() -> Context {
    Context::new()
        .profile(Profile::new("v2", "update").unwrap())
        .unwrap()
}

#[test]
fn profiles_are_named_by_version_and_call() {
    for (api, call, want) in [
        ("v1", "update", Some((Api::V1, Call::Update))),
        ("1.0.1", "update", Some((Api::V1, Call::Update))),
        ("v1.1.0", "extension/update", Some((Api::V1, Call::Update))),
        ("2.0.0", "add", Some((Api::V2, Call::Add))),
        ("V2.0.0", "extension/add", Some((Api::V2, Call::Add))),
        ("v2", "update", Some((Api::V2, Call::Update))),
    ] {
        let p = Profile::new(api, call).unwrap();
        assert_eq!(Some((p.api(), p.call())), want, "{api} {call}");
    }
    assert_eq!(Profile::new("v3", "update"), Err(ProfileError::UnknownApi));
    assert_eq!(Profile::new("1.2", "update"), Err(ProfileError::UnknownApi));
    assert_eq!(Profile::new("v2.", "update"), Err(ProfileError::UnknownApi));
    assert_eq!(Profile::new("", "update"), Err(ProfileError::UnknownApi));
    assert_eq!(Profile::new("v2", "delete"), Err(ProfileError::UnknownCall));
    assert_eq!(Profile::new("v1", "add"), Err(ProfileError::NoSuchCall));
    assert_eq!(Profile::default(), Profile::new("v1", "update").unwrap());
    assert_eq!(Profile::all().count(), 3);
    let names: Vec<String> = Profile::all().map(Profile::name).collect();
    assert_eq!(names, ["v1-update", "v2-update", "v2-add"]);
}

#[test]
fn every_field_is_in_some_profile_and_rows_follow_each_call() {
    for f in Field::ALL {
        assert!(Profile::all().any(|p| p.takes(f)), "{f}");
        let first = Profile::all().find_map(|p| p.field(f)).unwrap();
        assert_eq!(f.spec().field, first.field);
    }
    let v2 = Profile::new("v2", "update").unwrap();
    assert_eq!(v2.fields()[0].field, Field::Number);
    assert!(!v2.takes(Field::Extid) && !v2.takes(Field::Extnumber));
    assert_eq!(v2.roles().renumber, None);
    // The 2.0.0 update page shows twenty rows, the add page seventeen (V3).
    let shown = |p: Profile| p.fields().iter().filter(|r| !r.inherited).count();
    assert_eq!(shown(v2), 20);
    assert_eq!(shown(Profile::new("v2", "add").unwrap()), 17);
    assert_eq!(shown(Profile::default()), 38);
}

#[test]
fn usage_errors_are_never_reports() {
    for options in [
        r#"{"api":"v3"}"#,
        r#"{"api":"v1","call":"add"}"#,
        r#"{"call":"add"}"#,
        r#"{"api":2}"#,
        r#"{"api":"v2","call":"add","current":{"number":"1000"}}"#,
        r#"{"weakPasswords":"yes"}"#,
    ] {
        let e = ffi::validate("{}", options).unwrap_err();
        assert!(
            matches!(e, ContextError::BadProfile(_) | ContextError::BadOptions(_)),
            "{options}: {e:?}"
        );
        assert!(!e.to_string().is_empty());
    }
    // A diff, or current settings read for a form, with add.
    let add = r#"{"api":"v2","call":"add"}"#;
    assert_eq!(
        ffi::diff_compact(b"{}", b"{}", add),
        Err(ContextError::BadProfile(ProfileError::AddWithCurrent))
    );
    assert_eq!(
        ffi::read_current(b"{}", "", add),
        Err(ContextError::BadProfile(ProfileError::AddWithCurrent))
    );
    let with_current = Context::new().current(Current::from_json("{}").unwrap());
    assert!(with_current
        .profile(Profile::new("v2", "add").unwrap())
        .is_err());
}

#[test]
fn one_field_by_name_in_each_version() {
    let r = v2().validate_field_by_name("extid", "\"1000\"", None);
    assert_eq!(r.errors[0].code(), "other_api_version");
    assert_eq!(r.errors[0].field(), "extid");
    let r = v2().validate_field(Field::Extnumber, "1001", None);
    assert_eq!(r.errors[0].code(), "other_api_version");
    let r = Context::new().validate_field(Field::Number, "1000", None);
    assert_eq!(r.errors[0].code(), "other_api_version");
    assert_eq!(
        r.errors[0].message(),
        "\"number\" is the API 2.0.0 name; this API version calls it \"extid\"."
    );
    // Fields judged by the profile's own row.
    let r = v2().validate_field(Field::Username, "王芳", None);
    assert!(r.is_ok(), "{}", r.to_json());
    assert_eq!(
        Context::new()
            .validate_field(Field::Username, "王芳", None)
            .errors[0]
            .code(),
        "invalid_characters"
    );
    let r = v2().validate_field(Field::Enablevmtoemail, "Custom", None);
    assert_eq!(r.errors[0].code(), "invalid_option");
    assert_eq!(
        r.errors[0].params()[0],
        (
            "options",
            yeastar_extension_rules::error::Param::List(&["on", "off", "custom"])
        )
    );
    // A strong password is judged against the rest of the form.
    let form = Some(r#"{"number":"1000","username":"Amy"}"#);
    let r = v2().validate_field(Field::Loginpassword, "Xamyx9Qwert", form);
    assert_eq!(r.errors[0].code(), "password_contains");
    let r = v2()
        .weak_passwords(true)
        .validate_field(Field::Loginpassword, "Xamyx9Qwert", form);
    assert!(r.is_ok());
}

#[test]
fn current_settings_of_either_version() {
    let v1_response =
        r#"{"status":"Success","extinfos":[{"extnumber":"1000","moblie":"555","username":"Amy"}]}"#;
    let v2_response = r#"{"status":"Success","extinfos":[{"number":"1000","mobile":555,"username":"Amy","status":"Idle"}]}"#;
    for response in [v1_response, v2_response] {
        for (options, key) in [("", "extid"), (r#"{"api":"v2"}"#, "number")] {
            let form = ffi::read_current(response.as_bytes(), "1000", options).unwrap();
            assert_eq!(
                form,
                format!(r#"{{"{key}":"1000","username":"Amy","mobile":"555"}}"#),
                "{options}"
            );
        }
        let current = Current::from_json(response).unwrap();
        let report = v2()
            .current(current.clone())
            .diff_json(r#"{"number":"1000","username":"Ina"}"#);
        assert_eq!(
            report.payload.unwrap().to_json(),
            r#"{"number":"1000","username":"Ina"}"#
        );
        let report = Context::new()
            .current(current)
            .diff_json(r#"{"extid":"1000","username":"Amy"}"#);
        assert_eq!(report.warnings[0].code(), "nothing_to_change");
    }
}

/// Desired settings are read as a query element (V6), so in API 1.x their `number` names the
/// element, as `extnumber` does, and is never a field to send (fuzz: `diff`).
#[test]
fn a_desired_number_names_the_element_in_api_1() {
    let current = Current::from_json(r#"{"extnumber":"1000","dnd":"off"}"#).unwrap();
    let desired = r#"{"extid":"1000","number":"2000","dnd":"on"}"#;
    let want = Current::from_json(desired).unwrap();
    assert_eq!(want.element(None).unwrap().get(Field::Number), Some("2000"));
    let report = Context::new().current(current).diff_json(desired);
    assert_eq!(
        report.payload.unwrap().to_json(),
        r#"{"extid":"1000","dnd":"on"}"#
    );
}

#[test]
fn every_export_exists_per_profile() {
    for p in Profile::all() {
        let meta: serde_json::Value =
            serde_json::from_str(&profile_json(p, Catalog::en())).unwrap();
        assert_eq!(meta["profile"]["api"], p.api().code());
        assert_eq!(meta["fields"].as_array().unwrap().len(), p.fields().len());
        assert_eq!(meta["roles"]["number"], p.roles().number.name());
        let schema: serde_json::Value = serde_json::from_str(&json_schema_for(p)).unwrap();
        assert_eq!(
            schema["properties"].as_object().unwrap().len(),
            p.fields().len()
        );
        assert!(jsonschema::meta::is_valid(&schema));
    }
}
