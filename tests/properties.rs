//! Property tests driven by the rule table: generated valid payloads pass, one broken rule gives
//! exactly one error on that field, nothing panics, key order never matters, secrets never leak.

use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use yeastar_extension_rules::{
    validate, validate_bytes, validate_value, Charset, Field, FieldSpec, ValueRule, FIELDS, ON_OFF,
};

fn charset_chars(c: Charset) -> Vec<char> {
    (0x20u8..0x7f)
        .filter(|b| c.allows(*b))
        .map(char::from)
        .collect()
}

/// A valid, non-blank value for a field, as JSON.
fn valid_value(spec: &'static FieldSpec) -> BoxedStrategy<Value> {
    match spec.rule {
        ValueRule::Text { charset, min, max } => {
            let chars = charset_chars(charset);
            let min = usize::from(min.max(1));
            let text = proptest::collection::vec(select(chars), min..=usize::from(max))
                .prop_map(|v| v.into_iter().collect::<String>());
            if spec.numbers {
                prop_oneof![
                    text.prop_map(Value::from),
                    (0u64..10u64.pow(u32::from(max))).prop_map(Value::from)
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

/// A valid payload as ordered members.
fn valid_payload() -> impl Strategy<Value = Vec<(String, Value)>> {
    let per_field: Vec<_> = FIELDS
        .iter()
        .map(|spec| {
            let always = spec.field == Field::Extid
                || DEPENDENTS.contains(&spec.field)
                || matches!(
                    spec.field,
                    Field::Atransferto | Field::Ntransferto | Field::Btransferto
                );
            let v = valid_value(spec);
            if always {
                v.prop_map(Some).boxed()
            } else {
                proptest::option::of(v).boxed()
            }
        })
        .collect();
    per_field.prop_map(|values| {
        FIELDS
            .iter()
            .zip(values)
            .filter_map(|(spec, v)| v.map(|v| (spec.field.name().to_owned(), v)))
            .collect()
    })
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
        select(FIELDS.iter().map(|f| f.field.name()).collect::<Vec<_>>()).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec(
                (
                    prop_oneof![
                        select(
                            FIELDS
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

/// A valid payload, the index of one member, and a value that breaks that member's rule.
fn mutation() -> impl Strategy<Value = (Vec<(String, Value)>, usize, Value)> {
    valid_payload().prop_flat_map(|members| {
        let n = members.len();
        (Just(members), 0..n).prop_flat_map(|(members, i)| {
            let spec = Field::from_name(&members[i].0).unwrap().spec();
            (Just(members), Just(i), invalid_value(spec))
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn generated_valid_payloads_are_ok(members in valid_payload()) {
        let text = to_text(&members);
        let r = validate(&text);
        prop_assert!(r.is_ok(), "{} -> {}", text, r.to_json());
        // The normalized payload is every sent value as a string, and is itself valid.
        let body = r.payload.as_ref().unwrap().to_json();
        prop_assert!(validate(&body).is_ok());
        prop_assert_eq!(r.payload.as_ref().unwrap().len(), members.len());
    }

    #[test]
    fn one_broken_rule_gives_one_error_on_that_field((members, i, bad) in mutation()) {
        let field = members[i].0.clone();
        let mut mutated = members.clone();
        mutated[i].1 = bad.clone();
        let text = to_text(&mutated);
        let r = validate(&text);
        prop_assert_eq!(r.errors.len(), 1, "{} -> {}", text, r.to_json());
        prop_assert_eq!(r.errors[0].field(), field.as_str());
        // Secrets never appear in a report that was not ok, nor in any Debug or Display.
        let json = r.to_json();
        let debug = format!("{r:?}");
        for (k, v) in &mutated {
            if Field::from_name(k).unwrap().spec().secret {
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
    fn arbitrary_json_never_panics_and_text_equals_value(v in arb_json()) {
        let text = v.to_string();
        let r1 = validate(&text);
        let r2 = validate_value(&v);
        // serde_json's map drops duplicate keys, so the two agree whenever the text has none.
        prop_assert_eq!(r1, r2, "{}", text);
    }

    #[test]
    /// Q4: for valid current and desired settings, the minimal update is valid, and applying
    /// it to the current settings gives the desired ones.
    fn diff_applied_to_current_gives_desired(a in valid_payload(), b in valid_payload()) {
        let settings = |members: &[(String, Value)], number: &str| -> serde_json::Map<String, Value> {
            let mut m: serde_json::Map<String, Value> = members
                .iter()
                .filter(|(k, _)| k != "extid" && k != "extnumber")
                .cloned()
                .collect();
            m.insert("extnumber".into(), Value::String(number.into()));
            m
        };
        let number = "1000";
        let current = settings(&a, number);
        let mut desired = settings(&b, number);
        desired.remove("extnumber");
        desired.insert("extid".into(), Value::String(number.into()));
        let desired_text = Value::Object(desired.clone()).to_string();
        let desired_report = validate(&desired_text);
        prop_assume!(desired_report.is_ok());
        let current_text = Value::Object(current.clone()).to_string();
        let as_current = yeastar_extension_rules::Current::from_json(&current_text).unwrap();
        // The current settings as current settings are valid too (they were a valid payload).
        let report = yeastar_extension_rules::diff(
            &as_current,
            &yeastar_extension_rules::Current::from_json(&desired_text).unwrap(),
        );
        // Valid as an update of these settings: the desired settings alone are valid, and
        // every field they leave out keeps its current value, so C1-C4 see a valid whole.
        let whole: Value = {
            let mut m = current.clone();
            m.remove("extnumber");
            for (k, v) in desired.iter() {
                m.insert(k.clone(), v.clone());
            }
            Value::Object(m)
        };
        prop_assume!(validate(&whole.to_string()).is_ok());
        prop_assert!(report.is_ok(), "{} -> {}", desired_text, report.to_json());
        let body: serde_json::Map<String, Value> =
            serde_json::from_str(&report.payload.unwrap().to_json()).unwrap();
        // Apply it: the current settings (normalized as a report writes them) with the body.
        let normalized = |text: &str| -> serde_json::Map<String, Value> {
            serde_json::from_str(&validate(text).payload.unwrap().to_json()).unwrap()
        };
        let mut applied = {
            let mut m = current.clone();
            m.remove("extnumber");
            m.insert("extid".into(), Value::String(number.into()));
            normalized(&Value::Object(m).to_string())
        };
        for (k, v) in body {
            applied.insert(k, v);
        }
        for (k, v) in normalized(&desired_text) {
            prop_assert_eq!(applied.get(&k), Some(&v), "field {}", k);
        }
    }

    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let r = validate_bytes(&bytes);
        if !r.is_ok() { prop_assert!(!r.errors.is_empty()); }
    }

    #[test]
    fn arbitrary_text_with_json_flavour_never_panics(s in "[{}\\[\\]\":,0-9a-z\\\\ .eE+-]{0,64}") {
        let _ = validate(&s);
    }
}
