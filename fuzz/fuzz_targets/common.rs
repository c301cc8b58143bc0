//! What every report must satisfy, whatever the input, and generators for structured input.
// Each target uses a different part of this module.
#![allow(dead_code, reason = "shared by several fuzz targets, each using part of it")]

use std::time::{Duration, Instant};

use arbitrary::Arbitrary;
use yeastar_extension_rules::{validate, Field, Report, Profile, rules::MAX_UNKNOWN_KEYS};

/// The time budget of one call on an input of `len` bytes (ruling T1: linear time). Far above
/// what an instrumented build needs (well under 0.1 µs a byte), far below what a path that
/// costs a millisecond per number, or anything quadratic at 64 KiB, needs.
pub fn budget(len: usize) -> Duration {
    Duration::from_millis(2) + Duration::from_micros(1) * u32::try_from(len).unwrap_or(u32::MAX)
}

/// Runs `f` on an input of `len` bytes and fails when it takes more than [`budget`] three
/// times in a row (once could be the machine; three times is the input).
pub fn within_budget<R>(len: usize, mut f: impl FnMut() -> R) -> R {
    let limit = budget(len);
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let r = f();
        let took = start.elapsed();
        if took <= limit {
            return r;
        }
        best = best.min(took);
    }
    panic!("slow input: {best:?} for {len} bytes, budget {limit:?} (ruling T1)");
}

pub fn check_report(r: &Report) {
    assert_eq!(r.is_ok(), r.errors.is_empty(), "ok must mean no errors");
    assert_eq!(r.is_ok(), r.payload.is_some(), "a payload exactly when ok");
    assert!(r.errors.len() <= Profile::default().fields().len() + MAX_UNKNOWN_KEYS + 1, "bounded error list");
    // At most one error and one warning per field, in a stable order.
    for list in [&r.errors, &r.warnings] {
        let known: Vec<usize> = list
            .iter()
            .filter_map(|v| Field::from_name(v.field()))
            .map(|f| f.index())
            .collect();
        assert!(known.windows(2).all(|w| w[0] < w[1]), "table order, one per field");
    }
    for v in r.errors.iter().chain(&r.warnings) {
        assert!(!v.code().is_empty() && !v.message().is_empty());
    }
    // The report is JSON, and the serde form is the same JSON.
    let json: serde_json::Value = serde_json::from_str(&r.to_json()).expect("report is JSON");
    assert_eq!(json, serde_json::to_value(r).expect("serializes"));
    // The normalized body of a valid payload is itself valid and normalizes to itself.
    if let Some(p) = &r.payload {
        let again = validate(&p.to_json());
        assert!(again.is_ok(), "normalized payload must stay valid: {}", p.to_json());
        assert_eq!(again.payload.as_ref().map(|q| q.to_json()), Some(p.to_json()));
    }
}

/// A JSON value chosen to reach the rules: field-shaped strings, options, numbers, junk.
#[derive(Arbitrary, Debug, Clone)]
pub enum Val {
    Text(String),
    Digits(u8, u32),
    Option(u8, u8),
    Int(u64),
    Float(f64),
    Bool(bool),
    Null,
    Array,
    Object,
}

impl Val {
    pub fn json(&self) -> String {
        match self {
            Val::Text(s) => serde_json::to_string(s).expect("string"),
            Val::Digits(len, seed) => {
                let s: String = (0..*len % 40)
                    .map(|i| char::from(b'0' + ((seed.wrapping_add(u32::from(i)) % 10) as u8)))
                    .collect();
                format!("\"{s}\"")
            }
            Val::Option(field, i) => {
                let spec = &Profile::default().fields()[usize::from(*field) % Profile::default().fields().len()];
                let options = spec.options();
                if options.is_empty() {
                    "\"on\"".to_owned()
                } else {
                    serde_json::to_string(options[usize::from(*i) % options.len()]).expect("option")
                }
            }
            Val::Int(n) => n.to_string(),
            Val::Float(f) if f.is_finite() => format!("{f:?}"),
            Val::Float(_) => "1e400".to_owned(),
            Val::Bool(b) => b.to_string(),
            Val::Null => "null".to_owned(),
            Val::Array => "[1,[2,{}]]".to_owned(),
            Val::Object => "{\"a\":[]}".to_owned(),
        }
    }
}

/// A member key: usually a real parameter name.
#[derive(Arbitrary, Debug, Clone)]
pub enum Key {
    Known(u8),
    Other(String),
}

impl Key {
    pub fn name(&self) -> String {
        match self {
            Key::Known(i) => Profile::default().fields()[usize::from(*i) % Profile::default().fields().len()].field.name().to_owned(),
            Key::Other(s) => s.clone(),
        }
    }
}

pub fn object(members: &[(Key, Val)]) -> String {
    let parts: Vec<String> = members
        .iter()
        .map(|(k, v)| format!("{}:{}", serde_json::to_string(&k.name()).expect("key"), v.json()))
        .collect();
    format!("{{{}}}", parts.join(","))
}
