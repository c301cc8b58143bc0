//! Minimal updates (ruling Q4) from generated current and desired settings: never a panic,
//! the per-byte time budget, a sound report, and the body is the smallest that takes current
//! to desired: every field it sends is desired and differs from current, no secret is copied
//! from current, and nothing desired that differs is left out of a valid body.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use yeastar_extension_rules::{Context, Field, Profile, context::Current};

#[path = "common.rs"]
mod common;
use common::{object, Key, Val};

#[derive(Arbitrary, Debug)]
struct Input {
    number: u16,
    current: Vec<(Key, Val)>,
    desired: Vec<(Key, Val)>,
    whole: bool,
}

fuzz_target!(|input: Input| {
    let number = format!("\"{}\"", 1000 + u32::from(input.number) % 9000);
    let mut current = input.current.clone();
    current.push((Key::Other("extnumber".to_owned()), Val::Text(number.trim_matches('"').to_owned())));
    let element = object(&current);
    let current_text = if input.whole {
        format!("{{\"status\":\"Success\",\"extinfos\":[{element}]}}")
    } else {
        element
    };
    let Ok(have) = Current::from_json(&current_text) else {
        return;
    };
    let desired_text = object(&input.desired);
    let ctx = Context::new().current(have.clone());
    let r = common::within_budget(current_text.len() + desired_text.len(), || {
        ctx.diff_json(&desired_text)
    });
    common::check_report(&r);
    let Some(body) = &r.payload else {
        return;
    };
    let Ok(want) = Current::from_json(&desired_text) else {
        panic!("a valid body from desired settings that are not an object");
    };
    let want = want.element(None).expect("one element");
    let extid = body.get(Field::Extid).expect("extid is always sent");
    let have = have.extension(extid);
    for (field, value) in body.iter() {
        if field == Field::Extid {
            continue;
        }
        assert_eq!(want.get(field), Some(value), "{} is sent as desired", field.name());
        assert_ne!(have.and_then(|h| h.get(field)), Some(value), "{} is sent unchanged", field.name());
    }
    // The fields the profile sends: `number` in a payload for API 1.x names the element (V6),
    // it is no field to send.
    let profile = Profile::default();
    let number = profile.roles().number;
    for field in profile.fields().iter().map(|r| r.field).filter(|&f| f != number) {
        if let Some(v) = want.get(field) {
            if have.and_then(|h| h.get(field)) != Some(v) {
                assert_eq!(body.get(field), Some(v), "{} changed but is not sent", field.name());
            }
        }
    }
});
