//! A JSON Schema (draft 2020-12) of the context-free rules, derived from the rule tables.
//!
//! What JSON Schema cannot say is listed in `docs/RULES.md` ("What the JSON Schema cannot say").

use crate::json::write::{write_array, write_list, write_str, Obj};
use crate::spec::charset::Charset;
use crate::spec::cross::{Outcome, Requirement};
use crate::spec::field::{Blank, FieldSpec, ValueRule};
use crate::spec::profile::{Api, Call, PasswordRule, Profile};

/// The `$id` of the default profile's schema ([`schema_id`] gives every profile's).
pub const SCHEMA_ID: &str = "urn:yeastar-extension-rules:extension-update";

/// The `$id` of a profile's schema: [`SCHEMA_ID`] for API 1.x `extension/update`, else
/// `urn:yeastar-extension-rules:v2:extension-add` and so on.
#[must_use]
pub fn schema_id(profile: Profile) -> String {
    if profile.api() == Api::V1 && profile.call() == Call::Update {
        return SCHEMA_ID.to_owned();
    }
    format!(
        "urn:yeastar-extension-rules:{}:extension-{}",
        profile.api().code(),
        profile.call().code()
    )
}

/// The JSON Schema of the default profile (API 1.x `extension/update`) as compact JSON text.
///
/// ```
/// let schema = yeastar_extension_rules::meta::json_schema();
/// assert!(schema.starts_with(r#"{"$schema":"https://json-schema.org/draft/2020-12/schema""#));
/// ```
#[must_use]
pub fn json_schema() -> String {
    json_schema_for(Profile::default())
}

/// The JSON Schema of a profile's context-free rules as compact JSON text. API 2.0.0's
/// passwords are judged by the strong policy (V4), the PBX's default.
///
/// ```
/// use yeastar_extension_rules::{Profile, meta::json_schema_for};
/// let schema = json_schema_for(Profile::new("v2", "add")?);
/// assert!(schema.contains(r#""required":["number","username","registername","registerpassword"]"#));
/// # Ok::<(), yeastar_extension_rules::error::ProfileError>(())
/// ```
#[must_use]
pub fn json_schema_for(profile: Profile) -> String {
    let add = profile.call() == Call::Add;
    let mut out = String::with_capacity(8 * 1024);
    let mut o = Obj::new(&mut out);
    o.str("$schema", "https://json-schema.org/draft/2020-12/schema")
        .str("$id", &schema_id(profile))
        .str(
            "title",
            &if profile.api() == Api::V1 {
                format!("Yeastar S-Series {} request body", profile.call().path())
            } else {
                format!(
                    "Yeastar S-Series {} request body (API 2.0.0)",
                    profile.call().path()
                )
            },
        )
        .str("type", "object");
    let required: Vec<&str> = profile
        .fields()
        .iter()
        .filter(|f| f.blank.is_required())
        .map(|f| f.field.name())
        .collect();
    o.list("required", &required);
    o.bool("additionalProperties", false);
    {
        let buf = o.key("properties");
        let mut props = Obj::new(buf);
        for spec in profile.fields() {
            let password = profile
                .password_rules()
                .iter()
                .find(|r| r.field == spec.field);
            property(props.key(spec.field.name()), spec, password);
        }
        props.end();
    }
    {
        // Only "sent blank while the trigger is sent" is context-free and an error (a target
        // that cannot be blank anyway needs no conditional); in `extension/add`, which starts
        // from its defaults, also "left out while the trigger is sent" (V5).
        let conditionals = profile.cross_rules().iter().filter(|rule| {
            rule.requires == Requirement::NotBlank
                && rule.outcome == Outcome::Required
                && (add || profile.row(rule.target).may_be_blank())
        });
        write_array(o.key("allOf"), conditionals, |buf, rule| {
            let mut c = Obj::new(buf);
            c.str("$comment", rule.id);
            {
                let ib = c.key("if");
                let mut i = Obj::new(ib);
                {
                    let pb = i.key("properties");
                    let mut p = Obj::new(pb);
                    {
                        let cb = p.key(rule.when.name());
                        let mut k = Obj::new(cb);
                        k.str("const", rule.equals);
                        k.end();
                    }
                    p.end();
                }
                i.list("required", &[rule.when.name()]);
                i.end();
            }
            {
                let tb = c.key("then");
                let mut t = Obj::new(tb);
                {
                    let pb = t.key("properties");
                    let mut p = Obj::new(pb);
                    {
                        let mb = p.key(rule.target.name());
                        let mut k = Obj::new(mb);
                        k.num("minLength", 1u64);
                        k.end();
                    }
                    p.end();
                }
                if add {
                    t.list("required", &[rule.target.name()]);
                }
                t.end();
            }
            c.end();
        });
    }
    o.end();
    out
}

/// One property's subschema (a password with its strong rule, V4).
fn property(out: &mut String, spec: &FieldSpec, password: Option<&PasswordRule>) {
    let mut o = Obj::new(out);
    let en = crate::report::catalog::Catalog::en();
    o.str("title", en.label_in(spec.field, spec.api))
        .str("description", en.help_in(spec.field, spec.api));
    if spec.secret {
        o.bool("writeOnly", true);
    }
    match spec.rule {
        ValueRule::Text { .. } | ValueRule::Email { .. } => {
            let pattern = match password {
                Some(rule) => strong(spec, rule),
                None => anchored(spec),
            };
            let text = |buf: &mut String| {
                let mut s = Obj::new(buf);
                s.str("type", "string");
                if let Some(max) = spec.max_length() {
                    s.num("maxLength", max);
                }
                s.str("pattern", &pattern);
                s.end();
            };
            if spec.numbers {
                // The largest number of that many digits, at most 2^53 - 1: a JSON number from
                // 2^53 up is not exact and must be sent as text (V3).
                let max = spec
                    .max_length()
                    .map_or(0, |n| 10u64.saturating_pow(n.into()).saturating_sub(1))
                    .min((1u64 << 53) - 1);
                let buf = o.key("anyOf");
                buf.push('[');
                text(buf);
                buf.push(',');
                let mut n = Obj::new(buf);
                n.str("type", "integer")
                    .num("minimum", 0u64)
                    .num("maximum", max);
                n.end();
                buf.push(']');
            } else if spec.blank == Blank::AllowedOrNull {
                let buf = o.key("anyOf");
                buf.push('[');
                text(buf);
                buf.push_str(",{\"type\":\"null\"}]");
            } else {
                // Inline the string schema's keywords.
                o.str("type", "string");
                if let Some(max) = spec.max_length() {
                    o.num("maxLength", max);
                }
                o.str("pattern", &pattern);
            }
        }
        ValueRule::Range { min, max } => {
            let values: Vec<String> = (min..=max).map(|n| n.to_string()).collect();
            let refs: Vec<&str> = values.iter().map(String::as_str).collect();
            let buf = o.key("anyOf");
            buf.push_str("[{\"type\":\"string\",\"enum\":");
            write_list(buf, &refs);
            buf.push_str("},");
            let mut n = Obj::new(buf);
            n.str("type", "integer")
                .num("minimum", min)
                .num("maximum", max);
            n.end();
            buf.push(']');
        }
        rule @ (ValueRule::OneOf(_) | ValueRule::Switch) => {
            let options = rule.options().unwrap_or(&[]);
            let buf = o.key("enum");
            buf.push('[');
            for (i, opt) in options.iter().enumerate() {
                if i > 0 {
                    buf.push(',');
                }
                write_str(buf, opt);
            }
            if spec.numbers {
                for opt in options
                    .iter()
                    .filter(|o| o.bytes().all(|b| b.is_ascii_digit()))
                {
                    buf.push(',');
                    buf.push_str(opt);
                }
            }
            buf.push(']');
        }
    }
    o.end();
}

/// A strong password's pattern (V4): the field's characters and length, at least the strong
/// minimum, a digit, an upper-case and a lower-case letter, and no run of four consecutive
/// digits. (That it must not contain the number or the name depends on other fields.)
fn strong(spec: &FieldSpec, rule: &PasswordRule) -> String {
    let (class, max) = match spec.rule {
        ValueRule::Text { charset, max, .. } => (charset.class(), max),
        _ => (Charset::StrongPassword.class(), 0),
    };
    let digits = "0123456789";
    let runs: Vec<String> = (0usize..7)
        .filter_map(|d| digits.get(d..d.saturating_add(4)))
        .flat_map(|up| [up.to_owned(), up.chars().rev().collect()])
        .collect();
    format!(
        "^(?=.*[0-9])(?=.*[A-Z])(?=.*[a-z])(?!.*(?:{})){class}{{{},{max}}}$",
        runs.join("|"),
        rule.strong_min
    )
}

/// `^…$` around the field's pattern, with blank allowed where the field allows it.
fn anchored(spec: &FieldSpec) -> String {
    let inner = match (spec.rule, spec.pattern()) {
        // API 2.0.0's e-mail: its characters, then the address (V3).
        (
            ValueRule::Email {
                charset: Some(c), ..
            },
            Some(p),
        ) => format!("(?={}*$){p}", c.class()),
        (_, p) => p.unwrap_or_default(),
    };
    if spec.may_be_blank() {
        format!("^(?:{inner})?$")
    } else {
        format!("^{inner}$")
    }
}
