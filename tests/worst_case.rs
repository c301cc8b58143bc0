//! The worst-case catalogue (ruling T1, `tests/worst/cases.rs`) through every native entry
//! point and `extcheck`: a well-formed report, the same from each, and never much slower than
//! the ordinary 64 KiB document measured in the same run.
//!
//! The bound is coarse on purpose (tests are not benchmarks; `scripts/bench` measures): a case
//! may take at most `RATIO` times the ordinary document plus a small allowance for noise. A
//! path that costs a millisecond per number, as before T1 was met, is hundreds of times over.

#[path = "worst/cases.rs"]
mod cases;

use std::process::Command;
use std::time::{Duration, Instant};

use yeastar_extension_rules::{
    context::Current,
    rules::{Api, MAX_BYTES},
    validate, Context, Field, Profile, Report,
};

/// How many times the ordinary document a case may take in this (usually unoptimized) build.
const RATIO: f64 = 20.0;
/// Added to every bound, for scheduling noise on a shared machine.
const SLACK: Duration = Duration::from_millis(3);

/// The timed tests of this file take turns: two of them at once on a 2-core machine would
/// measure each other.
static TIMED: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn timed() -> std::sync::MutexGuard<'static, ()> {
    TIMED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn best_of(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// A report any entry point may give: ok exactly when no errors, a payload exactly when ok.
#[track_caller]
fn well_formed(r: &Report, name: &str) {
    assert_eq!(r.is_ok(), r.errors.is_empty(), "{name}");
    assert_eq!(r.is_ok(), r.payload.is_some(), "{name}");
    let json: serde_json::Value = serde_json::from_str(&r.to_json()).expect("report is JSON");
    assert_eq!(json["ok"], r.is_ok(), "{name}");
}

#[test]
fn every_case_fits_the_limit_and_the_baseline_is_ordinary() {
    let all = cases::all();
    assert!(all.len() > 100, "{} cases", all.len());
    for c in &all {
        assert!(c.text.len() <= MAX_BYTES, "{}", c.name);
        assert!(c.text.len() > MAX_BYTES * 9 / 10, "{} is small", c.name);
    }
    // The baseline: every field valid, one unknown key holding 64 KiB of ordinary records.
    let r = validate(&cases::ordinary().text);
    assert_eq!(r.errors.len(), 1, "{}", r.to_json());
    assert_eq!(
        (r.errors[0].field(), r.errors[0].code()),
        ("notes", "unknown_key")
    );
    let full = validate(cases::FULL);
    assert!(full.is_ok(), "{}", full.to_json());
}

#[test]
fn every_case_through_every_entry_point_in_bounded_time() {
    let _turn = timed();
    let base = cases::ordinary();
    let ctx = Context::new();
    // Warm up, then the baseline's best time.
    let _ = validate(&base.text);
    let baseline = best_of(5, || {
        std::hint::black_box(validate(&base.text));
    });
    let bound = baseline.mul_f64(RATIO) + SLACK;
    let mut slowest = (Duration::ZERO, String::new());
    for c in cases::all() {
        let text = best_of(3, || {
            std::hint::black_box(validate(&c.text));
        });
        let bytes = best_of(3, || {
            std::hint::black_box(ctx.validate_bytes(c.text.as_bytes()));
        });
        let r = validate(&c.text);
        well_formed(&r, &c.name);
        assert_eq!(ctx.validate_bytes(c.text.as_bytes()), r, "{}", c.name);
        // `serde_json` refuses nesting deeper than 128 and what is not JSON; the rest must
        // give the same verdict through a `Value` (which cannot hold duplicate keys).
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&c.text) {
            let t = best_of(3, || {
                std::hint::black_box(ctx.validate_value(&value));
            });
            let v = ctx.validate_value(&value);
            well_formed(&v, &c.name);
            if r.errors.iter().all(|e| e.code() != "duplicate_key") {
                assert_eq!(v.is_ok(), r.is_ok(), "{}", c.name);
            }
            assert!(
                t <= bound,
                "{}: validate_value took {t:?}, bound {bound:?}",
                c.name
            );
        }
        if let Some((field, value)) = &c.field {
            let known = Field::from_name(field).unwrap();
            let t = best_of(3, || {
                std::hint::black_box(ctx.validate_field(known, value, None));
            });
            let f = ctx.validate_field(known, value, None);
            assert!(!f.is_ok(), "{}: a long value is never valid", c.name);
            let on_field: Vec<_> = r.errors.iter().filter(|e| e.field() == *field).collect();
            assert_eq!(f.errors.iter().collect::<Vec<_>>(), on_field, "{}", c.name);
            assert!(
                t <= bound,
                "{}: validate_field took {t:?}, bound {bound:?}",
                c.name
            );
        }
        for (what, t) in [("validate", text), ("validate_bytes", bytes)] {
            assert!(t <= bound, "{}: {what} took {t:?}, bound {bound:?}", c.name);
        }
        if text > slowest.0 {
            slowest = (text, c.name.clone());
        }
    }
    println!(
        "baseline {baseline:?}, slowest {} {:?} ({:.1}x)",
        slowest.1,
        slowest.0,
        slowest.0.as_secs_f64() / baseline.as_secs_f64()
    );
}

/// Each profile's share (issue 19): every case of the catalogue, and API 2.0.0's own, judged
/// with each API 2.0.0 profile (strong and weak passwords), within the same bound against the
/// same ordinary document.
#[test]
fn every_case_in_every_profile_in_bounded_time() {
    let _turn = timed();
    let base = cases::ordinary();
    let _ = validate(&base.text);
    let baseline = best_of(5, || {
        std::hint::black_box(validate(&base.text));
    });
    let bound = baseline.mul_f64(RATIO) + SLACK;
    let mut all = cases::all();
    all.extend(cases::v2());
    assert!(cases::v2().len() >= 10);
    for profile in Profile::all().filter(|p| p.api() != Api::V1) {
        for weak in [false, true] {
            let ctx = Context::new()
                .profile(profile)
                .unwrap()
                .weak_passwords(weak);
            for c in &all {
                let t = best_of(2, || {
                    std::hint::black_box(ctx.validate(&c.text));
                });
                let r = ctx.validate(&c.text);
                well_formed(&r, &c.name);
                assert!(
                    t <= bound,
                    "{} in {profile:?}: validate took {t:?}, bound {bound:?}",
                    c.name
                );
                if let Some((field, value)) = &c.field {
                    let known = Field::from_name(field).unwrap();
                    let t = best_of(2, || {
                        std::hint::black_box(ctx.validate_field(known, value, None));
                    });
                    assert!(
                        t <= bound,
                        "{} in {profile:?}: validate_field took {t:?}, bound {bound:?}",
                        c.name
                    );
                }
            }
        }
    }
}

#[test]
fn every_case_through_extcheck() {
    let _turn = timed();
    let dir = std::env::temp_dir().join(format!("extcheck-worst-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for c in cases::all() {
        let path = dir.join("case.json");
        std::fs::write(&path, &c.text).unwrap();
        let start = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_extcheck"))
            .arg(&path)
            .output()
            .unwrap();
        // A process start included: generous, and still a thousandth of the old worst case.
        assert!(start.elapsed() < Duration::from_secs(2), "{}", c.name);
        let r = validate(&c.text);
        assert_eq!(
            out.status.code(),
            Some(if r.is_ok() { 0 } else { 1 }),
            "{}",
            c.name
        );
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            r.to_json() + "\n",
            "{}",
            c.name
        );
        assert!(out.stderr.is_empty(), "{}", c.name);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn validate_value_is_bounded_as_the_object_path_is() {
    let _turn = timed();
    let ctx = Context::new();
    // Exactly at the limit: judged; one byte over: too large, as the same text would be.
    let at_limit = |n: usize| {
        let head = r#"{"extid":"1002","x":""#;
        format!("{head}{}\"}}", "a".repeat(n - head.len() - 2))
    };
    for n in [MAX_BYTES, MAX_BYTES + 1] {
        let text = at_limit(n);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap().len(), n);
        let (t, v) = (validate(&text), ctx.validate_value(&value));
        assert_eq!(t.errors[0].code(), v.errors[0].code(), "{n}");
    }
    // An object of any size is refused after a bounded look; nested values are judged by
    // kind, as the JavaScript object path judges them, so their size is not read.
    let huge: serde_json::Map<String, serde_json::Value> = (0..2_000_000)
        .map(|i| (format!("k{i}"), serde_json::json!(0)))
        .collect();
    let nested = serde_json::json!({ "extid": "1002", "x": vec![0; 2_000_000] });
    for (value, expected) in [
        (serde_json::Value::Object(huge), ("", "too_large")),
        (nested, ("x", "unknown_key")),
    ] {
        let start = Instant::now();
        let r = ctx.validate_value(&value);
        let took = start.elapsed();
        assert!(took < Duration::from_millis(500), "{took:?}");
        assert_eq!((r.errors[0].field(), r.errors[0].code()), expected);
    }
}

/// The current-settings reader and `diff` on every case (issue 18): as one element, inside a
/// whole response and as the desired settings of a minimal update. Each reads the text in up to
/// four linear passes (a whole response checks its list, then reads each element; a minimal
/// update reads the desired text, writes the body and validates it; text that is no JSON is
/// located for the message twice), so the bound is four times the one of a single validation:
/// still far below what anything quadratic at 64 KiB costs.
#[test]
fn every_case_as_current_settings_and_as_desired_ones_in_bounded_time() {
    let _turn = timed();
    let base = cases::ordinary();
    let _ = validate(&base.text);
    let baseline = best_of(5, || {
        std::hint::black_box(validate(&base.text));
    });
    let bound = baseline.mul_f64(RATIO) * 4 + SLACK;
    let have = Current::from_json(r#"{"extnumber":"1002","dnd":"off"}"#).unwrap();
    let ctx = Context::new().current(have);
    for c in cases::all() {
        let whole = format!(r#"{{"status":"Success","extinfos":[{}]}}"#, c.text);
        for (what, text) in [("element", &c.text), ("whole response", &whole)] {
            let t = best_of(3, || {
                let _ = std::hint::black_box(Current::from_json(text));
            });
            assert!(
                t <= bound,
                "{}: Current::from_json ({what}) took {t:?}, bound {bound:?}",
                c.name
            );
        }
        let t = best_of(3, || {
            std::hint::black_box(ctx.diff_json(&c.text));
        });
        well_formed(&ctx.diff_json(&c.text), &c.name);
        assert!(
            t <= bound,
            "{}: diff_json took {t:?}, bound {bound:?}",
            c.name
        );
    }
}
