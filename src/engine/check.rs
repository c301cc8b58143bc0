//! The value check of one field, driven by its row in the rule table.
//!
//! Order within a field (G5, the first failing step wins): JSON type, then blank, then
//! characters, then length; options, ranges and the e-mail rule take the place of the last two.

use std::borrow::Cow;

use crate::json::number::Num;
use crate::json::Value;
use crate::spec::charset::Charset;
use crate::spec::email;
use crate::spec::field::{Blank, FieldSpec, ValueRule};
use crate::spec::profile::Profile;
use crate::spec::table::ON_OFF;
use crate::spec::violation::{Expected, Limits, ViolationKind};

/// Checks one value against its row; on success returns the normalized value (always a string).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(crate) fn check<'a>(spec: &FieldSpec, value: Value<'a>) -> Result<Cow<'a, str>, ViolationKind> {
    let s = match value {
        Value::Str(s) => s,
        Value::Number(n) if spec.numbers => Cow::Owned(whole_number(spec, n)?),
        Value::Null => {
            return match spec.blank {
                Blank::Required | Blank::Present => Err(ViolationKind::Required),
                Blank::AllowedOrNull => Ok(Cow::Borrowed("")),
                Blank::NotBlank | Blank::Allowed => Err(wrong_type(spec, &value)),
            };
        }
        other => return Err(wrong_type(spec, &other)),
    };
    if s.is_empty() {
        return match (spec.blank, spec.rule.options()) {
            (Blank::Required, _) => Err(ViolationKind::Required),
            (Blank::Allowed | Blank::AllowedOrNull, _) => Ok(s),
            (Blank::NotBlank | Blank::Present, Some(options)) => {
                Err(ViolationKind::InvalidOption {
                    options,
                    suggestion: None,
                })
            }
            (Blank::NotBlank | Blank::Present, None) => Err(ViolationKind::Blank),
        };
    }
    check_text(spec.rule, &s)?;
    Ok(s)
}

/// The rule on a non-blank string.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn check_text(rule: ValueRule, s: &str) -> Result<(), ViolationKind> {
    match rule {
        ValueRule::Text { charset, min, max } => {
            if charset.first_invalid(s).is_some() {
                return Err(ViolationKind::InvalidCharacters { allowed: charset });
            }
            // Bytes for the ASCII sets (all ASCII from here on), UTF-16 units otherwise.
            let len = if charset.ascii_only() {
                s.len()
            } else {
                charset.length(s)
            };
            if len < usize::from(min) {
                return Err(ViolationKind::TooShort { min });
            }
            if len > usize::from(max) {
                return Err(ViolationKind::TooLong { max });
            }
            Ok(())
        }
        ValueRule::Range { min, max } => match canonical_u32(s) {
            Some(n) if (min..=max).contains(&n) => Ok(()),
            _ if leading_zero(s) => Err(ViolationKind::LeadingZero {
                limits: Limits::Range { min, max },
            }),
            _ => Err(ViolationKind::OutOfRange { min, max }),
        },
        ValueRule::OneOf(options) => one_of(s, options, false),
        ValueRule::Switch => one_of(s, ON_OFF, true),
        ValueRule::Email { max, charset } => {
            if let Some(allowed) = charset.filter(|c| c.first_invalid(s).is_some()) {
                return Err(ViolationKind::InvalidCharacters { allowed });
            }
            if !email::is_valid(s) {
                return Err(ViolationKind::InvalidEmail);
            }
            if s.len() > usize::from(max) {
                return Err(ViolationKind::TooLong { max });
            }
            Ok(())
        }
    }
}

/// One of the options exactly, else the error with a suggestion.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn one_of(s: &str, options: &'static [&'static str], switch: bool) -> Result<(), ViolationKind> {
    if options.iter().any(|o| crate::spec::field::same(o, s)) {
        Ok(())
    } else if leading_zero(s) && options.iter().any(|o| digits(o)) {
        // A number of seconds written "030" (C9); the options are the numbers as they are.
        Err(ViolationKind::LeadingZero {
            limits: Limits::Options(options),
        })
    } else {
        Err(ViolationKind::InvalidOption {
            options,
            suggestion: suggest(s, options, switch),
        })
    }
}

/// A JSON number as a string of digits, when its value is a non-negative integer (G7).
fn whole_number(spec: &FieldSpec, n: Num) -> Result<String, ViolationKind> {
    match n {
        Num::Whole(int) => {
            let mut digits = String::with_capacity(20);
            crate::json::write::push_int(&mut digits, int);
            Ok(digits)
        }
        // 2^53 and up in a field of more than fifteen digits (API 2.0.0's Integer-typed
        // numbers, V3, whole numbers to 2^53 − 1): not exact as a JSON number, so it must be
        // sent as text.
        Num::Huge if matches!(spec.rule, ValueRule::Text { max, .. } if max > 15) => {
            Err(ViolationKind::InvalidType {
                expected: Expected::DigitText,
                found: "number",
                limits: Limits::None,
            })
        }
        // 2^53 and up: twenty nines are too long for every other field and match no option or
        // range, exactly as the real digits would not.
        Num::Huge => Ok("99999999999999999999".to_owned()),
        Num::NotWhole => Err(ViolationKind::NotWholeNumber {
            limits: limits(spec),
        }),
    }
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Digits with a leading zero that a canonical number would not have: `"03"`, `"00"` (C9).
fn leading_zero(s: &str) -> bool {
    s.len() > 1 && s.starts_with('0') && digits(s)
}

/// The range or options of a field, for the params of its errors (M2).
fn limits(spec: &FieldSpec) -> Limits {
    match spec.rule {
        ValueRule::Range { min, max } => Limits::Range { min, max },
        rule => rule.options().map_or(Limits::None, Limits::Options),
    }
}

/// A canonical decimal (no sign, no leading zero) that fits a `u32`.
fn canonical_u32(s: &str) -> Option<u32> {
    if s.starts_with('0') && s.len() > 1 {
        return None;
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn wrong_type(spec: &FieldSpec, value: &Value<'_>) -> ViolationKind {
    if let Some(options) = spec.rule.options() {
        // A switch sent as true, 1 or false, 0 gets the right spelling suggested.
        let switch = spec.rule == ValueRule::Switch;
        let suggestion = match (switch, value) {
            (true, Value::Bool(b)) => Some(if *b { "on" } else { "off" }),
            (true, Value::Number(Num::Whole(1))) => Some("on"),
            (true, Value::Number(Num::Whole(0))) => Some("off"),
            _ => None,
        };
        if switch || suggestion.is_some() {
            return ViolationKind::InvalidOption {
                options,
                suggestion,
            };
        }
        return ViolationKind::InvalidType {
            expected: Expected::Option,
            found: value.type_name(),
            limits: Limits::Options(options),
        };
    }
    let expected = match spec.rule {
        ValueRule::Range { .. } => Expected::Range,
        _ if spec.numbers => Expected::Number,
        ValueRule::Text {
            charset: Charset::Digits,
            ..
        } => Expected::DigitText,
        _ => Expected::Text,
    };
    ViolationKind::InvalidType {
        expected,
        found: value.type_name(),
        limits: limits(spec),
    }
}

/// The option a mistyped value most likely meant: the same letters in another case, a yes/no
/// word for a switch, or a spelling within two edits.
pub(crate) fn suggest(
    input: &str,
    options: &'static [&'static str],
    switch: bool,
) -> Option<&'static str> {
    let trimmed = input.trim_ascii();
    if let Some(o) = options.iter().find(|o| o.eq_ignore_ascii_case(trimmed)) {
        return Some(o);
    }
    if switch {
        let lower = trimmed.to_ascii_lowercase();
        match lower.as_str() {
            "yes" | "y" | "true" | "1" | "enable" | "enabled" => return Some("on"),
            "no" | "n" | "false" | "0" | "disable" | "disabled" => return Some("off"),
            _ => {}
        }
    }
    // Numbers that are not an option are not typos of one ("45" is not "15").
    if trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    closest(trimmed, options.iter().copied())
}

/// A parameter of the profile with a name close to an unknown key (G2): `moblie` → `mobile`.
pub(crate) fn suggest_field(profile: Profile, key: &str) -> Option<&'static str> {
    let rows = profile.fields();
    if let Some(spec) = rows
        .iter()
        .find(|r| r.field.name().eq_ignore_ascii_case(key))
    {
        return Some(spec.field.name());
    }
    closest(key, rows.iter().map(|r| r.field.name()))
}

/// The option within two edits (case-insensitive), if exactly one is closest.
fn closest(input: &str, options: impl IntoIterator<Item = &'static str>) -> Option<&'static str> {
    if input.is_empty() || input.len() > MAX_TYPO {
        return None;
    }
    let mut best: Option<(&'static str, usize)> = None;
    let mut tie = false;
    for o in options {
        let d = edit_distance(input, o);
        match best {
            Some((_, bd)) if d > bd => {}
            Some((_, bd)) if d == bd => tie = true,
            _ => {
                best = Some((o, d));
                tie = false;
            }
        }
    }
    match best {
        Some((o, d)) if d <= 2 && !tie && d < o.len() => Some(o),
        _ => None,
    }
}

/// The longest input that is taken for a typo of a name or an option.
const MAX_TYPO: usize = 32;

/// Levenshtein distance, case-insensitive, capped at 3 (only distances up to 2 make a
/// suggestion): two strings whose lengths differ by more than 2 are 3 apart without a look at
/// their letters, and the table is one row on the stack, so a suggestion costs a few hundred
/// steps per name (T1).
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    const CAP: usize = 3;
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) >= CAP || b.len() > MAX_TYPO {
        return CAP;
    }
    // prev[j]: distance between the first i bytes of a and the first j of b.
    let mut prev = [0usize; MAX_TYPO + 1];
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
    for (i, &ca) in a.iter().enumerate() {
        let ca = ca.to_ascii_lowercase();
        let mut diagonal = i; // prev[0] before this row
        let mut left = i.saturating_add(1); // cur[0]
        let mut row_min = left;
        for (j, &cb) in b.iter().enumerate() {
            let up = prev.get(j.saturating_add(1)).copied().unwrap_or(CAP);
            let cost = usize::from(ca != cb.to_ascii_lowercase());
            let cur = diagonal
                .saturating_add(cost)
                .min(up.saturating_add(1))
                .min(left.saturating_add(1));
            if let Some(p) = prev.get_mut(j) {
                *p = left;
            }
            diagonal = up;
            left = cur;
            row_min = row_min.min(cur);
        }
        if let Some(p) = prev.get_mut(b.len()) {
            *p = left;
        }
        if row_min >= CAP {
            return CAP;
        }
    }
    prev.get(b.len()).copied().unwrap_or(CAP).min(CAP)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::table::{DESTINATIONS, MONITOR_MODES};

    #[test]
    fn suggestions() {
        assert_eq!(suggest("On", ON_OFF, true), Some("on"));
        assert_eq!(suggest("on ", ON_OFF, true), Some("on"));
        assert_eq!(suggest("YES", ON_OFF, true), Some("on"));
        assert_eq!(suggest("0", ON_OFF, true), Some("off"));
        assert_eq!(suggest("maybe", ON_OFF, true), None);
        assert_eq!(suggest("Disable", MONITOR_MODES, false), Some("Disabled"));
        assert_eq!(suggest("voicemail", DESTINATIONS, false), Some("Voicemail"));
        assert_eq!(
            suggest("MobileNumber", DESTINATIONS, false),
            Some("Mobile Number")
        );
        assert_eq!(suggest("zzzzzz", DESTINATIONS, false), None);
        let v1 = Profile::default();
        assert_eq!(suggest_field(v1, "moblie"), Some("mobile"));
        assert_eq!(suggest_field(v1, "ExtID"), Some("extid"));
        assert_eq!(suggest_field(v1, "token"), None);
        assert_eq!(suggest_field(v1, "__proto__"), None);
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("ABC", "abc"), 0);
        assert_eq!(edit_distance("moblie", "mobile"), 2);
        assert_eq!(edit_distance("mobil", "mobile"), 1);
        assert_eq!(edit_distance("extd", "extid"), 1);
        assert_eq!(edit_distance("xextidx", "extid"), 2);
        assert_eq!(edit_distance("ab", "ba"), 2);
        assert_eq!(edit_distance("abc", "abcdef"), 3);
        assert_eq!(edit_distance(&"a".repeat(40), &"a".repeat(40)), 3);
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(
            whole_number(crate::spec::field::Field::Extid.spec(), Num::Whole(1002)).as_deref(),
            Ok("1002")
        );
        assert_eq!(
            whole_number(crate::spec::field::Field::Extid.spec(), Num::Huge).map(|s| s.len()),
            Ok(20)
        );
        assert!(whole_number(crate::spec::field::Field::Extid.spec(), Num::NotWhole).is_err());
    }
}
