//! A JSON Schema (draft 2020-12) of the context-free rules, derived from the rule tables.
//!
//! What JSON Schema cannot say is listed in `docs/RULES.md` ("What the JSON Schema cannot say").

use crate::json::write::{write_array, write_list, write_str, Obj};
use crate::spec::cross::{Outcome, Requirement, CROSS_RULES};
use crate::spec::field::{Blank, FieldSpec, ValueRule};
use crate::spec::table::FIELDS;

/// The schema's `$id`.
pub const SCHEMA_ID: &str = "urn:yeastar-extension-rules:extension-update";

/// The JSON Schema as compact JSON text.
///
/// ```
/// let schema = yeastar_extension_rules::json_schema();
/// assert!(schema.starts_with(r#"{"$schema":"https://json-schema.org/draft/2020-12/schema""#));
/// ```
#[must_use]
pub fn json_schema() -> String {
    let mut out = String::with_capacity(8 * 1024);
    let mut o = Obj::new(&mut out);
    o.str("$schema", "https://json-schema.org/draft/2020-12/schema")
        .str("$id", SCHEMA_ID)
        .str("title", "Yeastar S-Series extension/update request body")
        .str("type", "object");
    let required: Vec<&str> = FIELDS
        .iter()
        .filter(|f| f.blank == Blank::Required)
        .map(|f| f.field.name())
        .collect();
    o.list("required", &required);
    o.bool("additionalProperties", false);
    {
        let buf = o.key("properties");
        let mut props = Obj::new(buf);
        for spec in &FIELDS {
            property(props.key(spec.field.name()), spec);
        }
        props.end();
    }
    {
        // Only "sent blank while the trigger is sent" is context-free and an error; a target
        // that cannot be blank anyway needs no conditional.
        let conditionals = CROSS_RULES.iter().filter(|rule| {
            rule.requires == Requirement::NotBlank
                && rule.outcome == Outcome::Required
                && rule.target.spec().may_be_blank()
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
                t.end();
            }
            c.end();
        });
    }
    o.end();
    out
}

/// One property's subschema.
fn property(out: &mut String, spec: &FieldSpec) {
    let mut o = Obj::new(out);
    let en = crate::report::catalog::Catalog::en();
    o.str("title", en.label(spec.field))
        .str("description", en.help(spec.field));
    if spec.secret {
        o.bool("writeOnly", true);
    }
    match spec.rule {
        ValueRule::Text { .. } | ValueRule::Email { .. } => {
            let pattern = anchored(spec);
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
                let max = spec
                    .max_length()
                    .map_or(0, |n| 10u64.saturating_pow(n.into()).saturating_sub(1));
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

/// `^…$` around the field's pattern, with blank allowed where the field allows it.
fn anchored(spec: &FieldSpec) -> String {
    let inner = spec.pattern().unwrap_or_default();
    if spec.may_be_blank() {
        format!("^(?:{inner})?$")
    } else {
        format!("^{inner}$")
    }
}
