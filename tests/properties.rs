//! Property tests driven by the rule tables of every profile: generated valid payloads pass,
//! one broken rule gives exactly one error on that field, nothing panics, key order never
//! matters, secrets never leak, the JSON Schema accepts nothing the engine rejects, and a
//! minimal update applied to the current settings gives the desired ones.

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use yeastar_extension_rules::{
    meta::json_schema_for,
    rules::{Call, Charset, FieldSpec, ValueRule, ON_OFF},
    validate, validate_bytes, validate_value, Context, Field, Profile, Report,
};

fn charset_chars(c: Charset) -> Vec<char> {
    let mut chars: Vec<char> = (0x20u8..0x7f)
        .filter(|b| c.allows(*b))
        .map(char::from)
        .collect();
    if !c.ascii_only() {
        // API 2.0.0's Caller ID name: letters beyond ASCII, and one beyond the BMP (two UTF-16
        // units).
        chars.extend(['é', 'ü', 'ß', '王', '芳', 'Ж', '😀']);
    }
    chars
}

fn ctx(profile: Profile) -> Context {
    Context::new().profile(profile).unwrap()
}

fn check(profile: Profile, text: &str) -> Report {
    ctx(profile).validate(text)
}

fn all_profiles() -> impl Strategy<Value = Profile> {
    select(Profile::all().collect::<Vec<_>>())
}

/// A valid, non-blank value for a field of a profile, as JSON. API 2.0.0's passwords are
/// strong (V4): letters and symbols, one digit (so no run of digits, and never an extension
/// number of two digits or more), an upper-case and a lower-case letter.
fn valid_value(profile: Profile, spec: &'static FieldSpec) -> BoxedStrategy<Value> {
    if let Some(rule) = profile
        .password_rules()
        .iter()
        .find(|r| r.field == spec.field)
    {
        let max = spec.max_length().unwrap();
        let letters: Vec<char> = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz~^*-_?"
            .chars()
            .collect();
        let n = usize::from(rule.strong_min) - 3..=usize::from(max) - 3;
        return proptest::collection::vec(select(letters), n)
            .prop_map(|v| Value::from(format!("Qa{}7", v.into_iter().collect::<String>())))
            .boxed();
    }
    if spec.field == profile.roles().number && profile.roles().renumber.is_none() {
        // At least two digits, so that no strong password (one digit) holds it.
        return prop_oneof![
            "[1-9][0-9]{1,6}".prop_map(Value::from),
            (10u64..10_000_000).prop_map(Value::from)
        ]
        .boxed();
    }
    match spec.rule {
        ValueRule::Text { charset, min, max } => {
            let chars = charset_chars(charset);
            let min = usize::from(min.max(1));
            let mut text = proptest::collection::vec(select(chars), min..=usize::from(max))
                .prop_map(|v| v.into_iter().collect::<String>())
                .boxed();
            if !charset.ascii_only() {
                // The limit counts UTF-16 units; and a space, which no password holds, so
                // that no password holds the name (V4).
                text = text
                    .prop_map(move |s| {
                        let mut s: String = s
                            .chars()
                            .scan(0usize, |n, c| {
                                *n += c.len_utf16();
                                Some((*n, c))
                            })
                            .take_while(|(n, _)| *n < usize::from(max))
                            .map(|(_, c)| c)
                            .collect();
                        s.push(' ');
                        s
                    })
                    .boxed();
            }
            if spec.numbers {
                let top = 10u64
                    .checked_pow(u32::from(max))
                    .unwrap_or(u64::MAX)
                    .min(1 << 52);
                prop_oneof![
                    text.prop_map(Value::from),
                    (0u64..top).prop_map(Value::from)
                ]
                .boxed()
            } else {
                text.prop_map(Value::from).boxed()
            }
        }
        ValueRule::Range { min, max } => prop_oneof![
            (min..=max).prop_map(|n| Value::from(n.to_string())),
            (min..=max).prop_map(Value::from)
        ]
        .boxed(),
        ValueRule::OneOf(options) => {
            let numbers = spec.numbers;
            select(options)
                .prop_map(move |o| match o.parse::<u64>() {
                    Ok(n) if numbers && n % 2 == 0 => Value::from(n),
                    _ => Value::from(o),
                })
                .boxed()
        }
        ValueRule::Switch => select(ON_OFF).prop_map(Value::from).boxed(),
        ValueRule::Email { .. } => ("[a-z0-9.+_-]{1,20}", "[a-z0-9]{1,10}(\\.[a-z]{2,5}){0,2}")
            .prop_filter("no leading dot issues", |(l, _)| !l.is_empty())
            .prop_map(|(l, d)| Value::from(format!("{l}@{d}")))
            .boxed(),
        other => panic!("no generator for {other:?}: add one"),
    }
}

/// A value that breaks the field's own rule.
fn invalid_value(spec: &'static FieldSpec) -> BoxedStrategy<Value> {
    let wrong_type = if spec.numbers {
        Just(Value::Bool(true)).boxed()
    } else {
        prop_oneof![
            Just(Value::from(7)),
            Just(Value::Bool(false)),
            Just(serde_json::json!([]))
        ]
        .boxed()
    };
    let by_rule = match spec.rule {
        ValueRule::Text { charset, max, .. } => {
            let long: String = charset_chars(charset)
                .into_iter()
                .cycle()
                .take(usize::from(max) + 1)
                .collect();
            let bad = match charset {
                Charset::Digits => "12a",
                Charset::LettersDigits => "ab-c",
                Charset::LettersDigitsSpace => "ab_c",
                _ => "ab cd;ef",
            };
            prop_oneof![
                Just(Value::from(long)),
                Just(Value::from(bad)),
                Just(Value::from("x\u{200b}y"))
            ]
            .boxed()
        }
        ValueRule::Range { max, .. } => Just(Value::from((max + 1).to_string())).boxed(),
        ValueRule::OneOf(_) | ValueRule::Switch => {
            prop_oneof![Just(Value::from("Nope")), Just(Value::from(""))].boxed()
        }
        ValueRule::Email { .. } => {
            prop_oneof![Just(Value::from("no-at-sign")), Just(Value::from("a@b..c"))].boxed()
        }
        other => panic!("no generator for {other:?}: add one"),
    };
    prop_oneof![wrong_type, by_rule].boxed()
}

/// Fields whose blank value some cross-field rule may forbid: always sent non-blank.
const DEPENDENTS: [Field; 7] = [
    Field::Mobile,
    Field::Atransferext,
    Field::Ntransferext,
    Field::Btransferext,
    Field::Atransfernum,
    Field::Ntransfernum,
    Field::Btransfernum,
];

/// A valid payload of the default profile as ordered members.
fn valid_payload() -> impl Strategy<Value = Vec<(String, Value)>> {
    valid_payload_of(Profile::default())
}

/// A valid payload of a profile as ordered members.
fn valid_payload_of(profile: Profile) -> BoxedStrategy<Vec<(String, Value)>> {
    let per_field: Vec<_> = profile
        .fields()
        .iter()
        .map(|spec| {
            let always = spec.blank.is_required()
                || DEPENDENTS.contains(&spec.field)
                || matches!(
                    spec.field,
                    Field::Atransferto | Field::Ntransferto | Field::Btransferto
                );
            let v = valid_value(profile, spec);
            if always {
                v.prop_map(Some).boxed()
            } else {
                proptest::option::of(v).boxed()
            }
        })
        .collect();
    per_field
        .prop_map(move |values| {
            profile
                .fields()
                .iter()
                .zip(values)
                .filter_map(|(spec, v)| v.map(|v| (spec.field.name().to_owned(), v)))
                .collect()
        })
        .boxed()
}

/// A profile and a valid payload of it.
fn profile_and_payload() -> impl Strategy<Value = (Profile, Vec<(String, Value)>)> {
    all_profiles().prop_flat_map(|p| (Just(p), valid_payload_of(p)))
}

fn to_text(members: &[(String, Value)]) -> String {
    let parts: Vec<String> = members
        .iter()
        .map(|(k, v)| format!("{}:{}", Value::from(k.as_str()), v))
        .collect();
    format!("{{{}}}", parts.join(","))
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        select(
            Profile::default()
                .fields()
                .iter()
                .map(|f| f.field.name())
                .collect::<Vec<_>>()
        )
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec(
                (
                    prop_oneof![
                        select(
                            Profile::default()
                                .fields()
                                .iter()
                                .map(|f| f.field.name().to_owned())
                                .collect::<Vec<_>>()
                        ),
                        ".{0,8}"
                    ],
                    inner
                ),
                0..10
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A profile, a valid payload of it, the index of one member, and a value that breaks that
/// member's rule.
fn mutation() -> impl Strategy<Value = (Profile, Vec<(String, Value)>, usize, Value)> {
    profile_and_payload().prop_flat_map(|(profile, members)| {
        let n = members.len();
        (Just(profile), Just(members), 0..n).prop_flat_map(|(profile, members, i)| {
            let spec = profile
                .field(Field::from_name(&members[i].0).unwrap())
                .unwrap();
            (Just(profile), Just(members), Just(i), invalid_value(spec))
        })
    })
}

/// Each profile's JSON Schema, compiled once.
fn schema_of(profile: Profile) -> &'static jsonschema::Validator {
    static SCHEMAS: OnceLock<Vec<(Profile, jsonschema::Validator)>> = OnceLock::new();
    let all = SCHEMAS.get_or_init(|| {
        Profile::all()
            .map(|p| {
                let schema: Value = serde_json::from_str(&json_schema_for(p)).unwrap();
                (p, jsonschema::draft202012::new(&schema).unwrap())
            })
            .collect()
    });
    &all.iter().find(|(p, _)| *p == profile).unwrap().1
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn generated_valid_payloads_are_ok((profile, members) in profile_and_payload()) {
        let text = to_text(&members);
        let r = check(profile, &text);
        prop_assert!(r.is_ok(), "{:?} {} -> {}", profile, text, r.to_json());
        // The normalized payload is every sent value as a string, in the profile's order,
        // and is itself valid.
        let body = r.payload.as_ref().unwrap().to_json();
        prop_assert!(check(profile, &body).is_ok());
        prop_assert_eq!(r.payload.as_ref().unwrap().len(), members.len());
        let order: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
        let written: Vec<&str> = r.payload.as_ref().unwrap().iter().map(|(f, _)| f.name()).collect();
        prop_assert_eq!(written, order);
        // The schema accepts it too, unless it holds a character beyond the BMP, which the
        // schema leaves out (it counts code points where the rule counts UTF-16 units).
        if text.chars().all(|c| c.len_utf16() == 1) {
            prop_assert!(schema_of(profile).is_valid(&serde_json::from_str::<Value>(&text).unwrap()));
        }
    }

    #[test]
    fn one_broken_rule_gives_one_error_on_that_field((profile, members, i, bad) in mutation()) {
        let field = members[i].0.clone();
        let mut mutated = members.clone();
        mutated[i].1 = bad.clone();
        let text = to_text(&mutated);
        let r = check(profile, &text);
        prop_assert_eq!(r.errors.len(), 1, "{:?} {} -> {}", profile, text, r.to_json());
        prop_assert_eq!(r.errors[0].field(), field.as_str());
        // The JSON Schema refuses it as well.
        prop_assert!(!schema_of(profile).is_valid(&serde_json::from_str::<Value>(&text).unwrap()));
        // Secrets never appear in a report that was not ok, nor in any Debug or Display.
        let json = r.to_json();
        let debug = format!("{r:?}");
        for (k, v) in &mutated {
            if profile.field(Field::from_name(k).unwrap()).unwrap().secret {
                if let Some(s) = v.as_str().filter(|s| s.len() >= 6) {
                    prop_assert!(!json.contains(s), "secret {} leaked in {}", k, json);
                    prop_assert!(!debug.contains(s), "secret {} leaked in Debug", k);
                    for e in &r.errors {
                        prop_assert!(!e.to_string().contains(s));
                    }
                }
            }
        }
    }

    #[test]
    fn secrets_never_in_debug_of_an_ok_report(members in valid_payload()) {
        let r = validate(&to_text(&members));
        let debug = format!("{r:?} {:?}", r.update());
        for (k, v) in &members {
            if Field::from_name(k).unwrap().spec().secret {
                if let Some(s) = v.as_str().filter(|s| s.len() >= 6) {
                    prop_assert!(!debug.contains(s), "{} leaked in {}", k, debug);
                }
            }
        }
    }

    #[test]
    fn key_order_never_changes_the_report(members in valid_payload(), extra in arb_json(), seed in any::<u64>()) {
        let mut members = members;
        if let Value::Object(m) = extra {
            members.extend(m.into_iter());
        }
        let a = validate(&to_text(&members));
        // A deterministic shuffle from the seed.
        let mut shuffled = members.clone();
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let b = validate(&to_text(&shuffled));
        prop_assert_eq!(a, b);
    }

    #[test]
    /// For every profile, the JSON Schema accepts nothing the engine rejects on its
    /// context-free rules (but that a strong password holds the number or the name, V4, which
    /// depends on other fields): payloads of valid and broken values, keys of any profile.
    fn the_schema_accepts_nothing_the_engine_rejects(
        (profile, members, i, bad) in mutation(),
        extra in proptest::option::of((select(Profile::default().fields().iter().map(|f| f.field.name()).chain(["number", "status"]).collect::<Vec<_>>()), arb_json())),
        drop in any::<bool>(),
    ) {
        let mut members = members;
        if drop {
            members.remove(i);
        } else {
            members[i].1 = bad;
        }
        if let Some((k, v)) = extra {
            members.retain(|(m, _)| m != k);
            members.push((k.to_owned(), v));
        }
        let text = to_text(&members);
        let r = check(profile, &text);
        let value: Value = serde_json::from_str(&text).unwrap();
        if schema_of(profile).is_valid(&value) {
            prop_assert!(
                r.errors.iter().all(|e| e.code() == "password_contains"),
                "{:?}: the schema accepts {} -> {}", profile, text, r.to_json()
            );
        }
    }

    #[test]
    /// No password, and neither the number nor the name it is compared with, appears in the
    /// errors or warnings of an API 2.0.0 report, in any language (V4).
    fn no_password_in_a_v2_report(
        (profile, members) in all_profiles()
            .prop_filter("API 2.0.0", |p| p.api() != yeastar_extension_rules::rules::Api::V1)
            .prop_flat_map(|p| (Just(p), valid_payload_of(p))),
        password in "[A-Za-z0-9~^*_?!#-]{4,40}",
        which in any::<bool>(),
        weak in any::<bool>(),
    ) {
        let field = if which { "registerpassword" } else { "loginpassword" };
        let mut members = members;
        members.retain(|(k, _)| k != field);
        members.push((field.to_owned(), Value::from(password.clone())));
        let r = ctx(profile).weak_passwords(weak).validate(&to_text(&members));
        let mut shown = String::new();
        for v in r.errors.iter().chain(&r.warnings) {
            shown.push_str(&serde_json::to_string(v).unwrap());
            shown.push_str(&v.to_string());
            for lang in yeastar_extension_rules::meta::Catalog::locales() {
                shown.push_str(&v.message_in(yeastar_extension_rules::meta::Catalog::get(lang).unwrap()));
            }
            shown.push_str(&format!("{v:?}"));
        }
        prop_assert!(!shown.contains(&password), "{} in {}", password, shown);
        for (k, v) in &members {
            if k == "username" || k == profile.roles().number.name() {
                if let Some(s) = v.as_str().filter(|s| s.trim().len() >= 4) {
                    prop_assert!(!shown.contains(s.trim()), "{} {} in {}", k, s, shown);
                }
            }
        }
    }

    #[test]
    fn arbitrary_json_never_panics_and_text_equals_value(v in arb_json()) {
        let text = v.to_string();
        let r1 = validate(&text);
        let r2 = validate_value(&v);
        // serde_json's map drops duplicate keys, so the two agree whenever the text has none.
        prop_assert_eq!(r1, r2, "{}", text);
    }

    #[test]
    /// Q4, V6: for valid current and desired settings, in each update profile, the minimal
    /// update is valid, and applying it to the current settings gives the desired ones.
    fn diff_applied_to_current_gives_desired(
        (profile, a, b) in all_profiles()
            .prop_filter("updates", |p| p.call() == Call::Update)
            .prop_flat_map(|p| (Just(p), valid_payload_of(p), valid_payload_of(p))),
    ) {
        let roles = profile.roles();
        let key = roles.number.name();
        let renumber = roles.renumber.map(Field::name);
        // A query element of the profile's version holds the number under `extnumber` (1.x)
        // or `number` (2.0.0).
        let query_key = renumber.unwrap_or(key);
        let settings = |members: &[(String, Value)], number: &str| -> serde_json::Map<String, Value> {
            let mut m: serde_json::Map<String, Value> = members
                .iter()
                .filter(|(k, _)| k != key && Some(k.as_str()) != renumber)
                .cloned()
                .collect();
            m.insert(query_key.into(), Value::String(number.into()));
            m
        };
        let number = "1000";
        let current = settings(&a, number);
        let mut desired = settings(&b, number);
        desired.remove(query_key);
        desired.insert(key.into(), Value::String(number.into()));
        let desired_text = Value::Object(desired.clone()).to_string();
        let desired_report = check(profile, &desired_text);
        prop_assume!(desired_report.is_ok());
        let current_text = Value::Object(current.clone()).to_string();
        let as_current = yeastar_extension_rules::context::Current::from_json(&current_text).unwrap();
        let report = ctx(profile).current(as_current).diff(
            &yeastar_extension_rules::context::Current::from_json(&desired_text).unwrap(),
        );
        // Valid as an update of these settings: the desired settings alone are valid, and
        // every field they leave out keeps its current value, so C1-C4 see a valid whole.
        let whole: Value = {
            let mut m = current.clone();
            m.remove(query_key);
            m.insert(key.into(), Value::String(number.into()));
            for (k, v) in desired.iter() {
                m.insert(k.clone(), v.clone());
            }
            Value::Object(m)
        };
        prop_assume!(check(profile, &whole.to_string()).is_ok());
        prop_assert!(report.is_ok(), "{} -> {}", desired_text, report.to_json());
        let payload = report.payload.unwrap();
        // The body starts with the number, under the profile's name for it.
        prop_assert_eq!(payload.iter().next().map(|(f, _)| f), Some(roles.number));
        let body: serde_json::Map<String, Value> = serde_json::from_str(&payload.to_json()).unwrap();
        // Apply it: the current settings (normalized as a report writes them) with the body.
        let normalized = |text: &str| -> serde_json::Map<String, Value> {
            serde_json::from_str(&check(profile, text).payload.unwrap().to_json()).unwrap()
        };
        let mut applied = {
            let mut m = current.clone();
            m.remove(query_key);
            m.insert(key.into(), Value::String(number.into()));
            normalized(&Value::Object(m).to_string())
        };
        for (k, v) in body {
            applied.insert(k, v);
        }
        for (k, v) in normalized(&desired_text) {
            prop_assert_eq!(applied.get(&k), Some(&v), "field {}", k);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let r = validate_bytes(&bytes);
        if !r.is_ok() { prop_assert!(!r.errors.is_empty()); }
    }

    #[test]
    fn arbitrary_text_with_json_flavour_never_panics(s in "[{}\\[\\]\":,0-9a-z\\\\ .eE+-]{0,64}") {
        let _ = validate(&s);
    }
}
