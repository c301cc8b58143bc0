//! The exported patterns (HTML `pattern`, JSON Schema `pattern`) accept exactly what the Rust
//! predicates accept. The library itself has no regex; this test uses the regex crate to prove
//! the two agree.

use proptest::prelude::*;
use regex::Regex;
use yeastar_extension_rules::{email, rules::Charset, validate_field, Profile};

fn anchored(p: &str) -> Regex {
    Regex::new(&format!("^(?:{p})$")).unwrap()
}

const CHARSETS: [Charset; 4] = [
    Charset::Digits,
    Charset::LettersDigits,
    Charset::LettersDigitsSpace,
    Charset::Password,
];

#[test]
fn character_classes_match_the_predicates_byte_for_byte() {
    for c in CHARSETS {
        let re = anchored(c.class());
        for b in 0u8..=0x7f {
            let s = char::from(b).to_string();
            assert_eq!(re.is_match(&s), c.allows(b), "{c:?} byte {b:#x}");
        }
        for s in [
            "é", "١", "１", "\u{200b}", "\u{202e}", "а", "²", "\u{85}", "\u{feff}",
        ] {
            assert!(!re.is_match(s), "{c:?} {s:?}");
            assert_eq!(c.first_invalid(s), Some(0));
        }
    }
}

#[test]
fn field_patterns_match_the_validator() {
    for spec in Profile::default().fields().iter() {
        let (Some(pattern), Some(charset)) = (spec.pattern(), spec.charset()) else {
            continue;
        };
        let re = anchored(&pattern);
        let max = usize::from(spec.max_length().unwrap());
        let allowed: Vec<char> = (0x20u8..0x7f)
            .filter(|b| charset.allows(*b))
            .map(char::from)
            .collect();
        for len in 1..=max + 1 {
            let s: String = allowed.iter().cycle().take(len).collect();
            let valid = validate_field(spec.field, &s, None).errors.iter().all(|e| {
                e.code() != "too_long"
                    && e.code() != "too_short"
                    && e.code() != "invalid_characters"
            });
            assert_eq!(re.is_match(&s), valid, "{} len {len}", spec.field);
        }
    }
}

#[test]
fn the_html_pattern_is_the_field_pattern() {
    for spec in Profile::default().fields().iter() {
        let html = spec.html();
        if html.input_type != "email" {
            assert_eq!(html.pattern, spec.pattern(), "{}", spec.field);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn email_pattern_matches_is_valid(s in "[a-zA-Z0-9.@_+!#-]{0,12}(@[a-z0-9-]{0,70}(\\.[a-z0-9-]{0,5}){0,3})?") {
        let re = anchored(email::PATTERN);
        prop_assert_eq!(re.is_match(&s), email::is_valid(&s), "{}", s);
    }

    #[test]
    fn any_string_same_verdict_for_classes(s in "\\PC{0,8}") {
        for c in CHARSETS {
            let re = Regex::new(&format!("^{}*$", c.class())).unwrap();
            prop_assert_eq!(re.is_match(&s), c.first_invalid(&s).is_none());
        }
    }
}
