//! Field metadata for user interfaces, derived from the rule table: enough to build a form.

use crate::json::write::{write_array, Obj};
use crate::report::catalog::Catalog;
use crate::spec::charset::Charset;
use crate::spec::cross::{
    ContextCheck, ContextRule, CrossRule, Outcome, Requirement, ValueCheck, ValueWarning, USES,
};
use crate::spec::email;
use crate::spec::field::{Blank, FieldSpec, Group, ValueRule};
use crate::spec::profile::{AddDefault, Profile};
use crate::spec::violation::{ViolationKind, CODES, PARAM_NAMES};

/// What kind of control suits a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Control {
    /// A text input.
    Text,
    /// A password input.
    Password,
    /// An e-mail input.
    Email,
    /// A number input with `min` and `max`.
    Number,
    /// An on/off switch.
    Switch,
    /// A select box of options.
    Select,
}

impl Control {
    /// A stable name (`text`, `password`, `email`, `number`, `switch`, `select`).
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Control::Text => "text",
            Control::Password => "password",
            Control::Email => "email",
            Control::Number => "number",
            Control::Switch => "switch",
            Control::Select => "select",
        }
    }
}

/// The HTML attributes that express a field's context-free rule on an `<input>` or `<select>`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HtmlAttrs {
    /// `type` for an `<input>` (`text`, `password`, `email`, `number`, `checkbox`), or `select`.
    pub input_type: &'static str,
    /// `maxlength`.
    pub maxlength: Option<u16>,
    /// `minlength`.
    pub minlength: Option<u16>,
    /// `pattern` (implicitly anchored by the browser; valid with the `v` flag).
    pub pattern: Option<String>,
    /// `required`: the value may not be blank.
    pub required: bool,
    /// `inputmode`.
    pub inputmode: Option<&'static str>,
    /// `min` for a number input.
    pub min: Option<u32>,
    /// `max` for a number input.
    pub max: Option<u32>,
    /// `autocomplete`.
    pub autocomplete: &'static str,
}

impl FieldSpec {
    /// The control that suits the field.
    ///
    /// ```
    /// use yeastar_extension_rules::{Field, meta::Control};
    /// assert_eq!(Field::Dnd.spec().control(), Control::Switch);
    /// assert_eq!(Field::Vmsecret.spec().control(), Control::Password);
    /// ```
    #[must_use]
    pub fn control(&self) -> Control {
        match self.rule {
            ValueRule::Switch => Control::Switch,
            ValueRule::OneOf(_) => Control::Select,
            ValueRule::Range { .. } => Control::Number,
            ValueRule::Email { .. } => Control::Email,
            ValueRule::Text { .. } if self.secret => Control::Password,
            ValueRule::Text { .. } => Control::Text,
        }
    }

    /// The options of a switch or select, else empty.
    #[must_use]
    pub fn options(&self) -> &'static [&'static str] {
        match self.rule.options() {
            Some(options) => options,
            None => &[],
        }
    }

    /// The most characters a value may have, where the rule sets one.
    #[must_use]
    pub fn max_length(&self) -> Option<u16> {
        match self.rule {
            ValueRule::Text { max, .. } | ValueRule::Email { max, .. } => Some(max),
            ValueRule::Range { .. } | ValueRule::OneOf(_) | ValueRule::Switch => None,
        }
    }

    /// The fewest characters a non-blank value may have, where more than one.
    #[must_use]
    pub fn min_length(&self) -> Option<u16> {
        match self.rule {
            ValueRule::Text { min, .. } if min > 1 => Some(min),
            _ => None,
        }
    }

    /// The characters allowed, for text fields (and API 2.0.0's e-mail addresses).
    #[must_use]
    pub fn charset(&self) -> Option<Charset> {
        match self.rule {
            ValueRule::Text { charset, .. } => Some(charset),
            ValueRule::Email { charset, .. } => charset,
            _ => None,
        }
    }

    /// A pattern for a non-blank value: the field's characters and length, or the e-mail rule.
    /// Not anchored; HTML anchors it, JSON Schema users add `^…$`.
    ///
    /// ```
    /// use yeastar_extension_rules::Field;
    /// assert_eq!(Field::Extid.spec().pattern().as_deref(), Some("[0-9]{1,7}"));
    /// ```
    #[must_use]
    pub fn pattern(&self) -> Option<String> {
        match self.rule {
            ValueRule::Text { charset, min, max } => {
                Some(format!("{}{{{},{}}}", charset.class(), min.max(1), max))
            }
            ValueRule::Email { .. } => Some(email::PATTERN.to_owned()),
            ValueRule::Range { .. } | ValueRule::OneOf(_) | ValueRule::Switch => None,
        }
    }

    /// Whether the value may be blank (`""`).
    #[must_use]
    pub fn may_be_blank(&self) -> bool {
        self.blank.allows_blank()
    }

    /// Whether the key must be present (`extid`, `number`; in `extension/add` also the
    /// fields it requires).
    #[must_use]
    pub fn required(&self) -> bool {
        self.blank.is_required()
    }

    /// The HTML attributes for the field's control.
    ///
    /// ```
    /// use yeastar_extension_rules::Field;
    /// let html = Field::Registerpassword.spec().html();
    /// assert_eq!(html.input_type, "password");
    /// assert_eq!(html.maxlength, Some(31));
    /// assert!(html.required);
    /// ```
    #[must_use]
    pub fn html(&self) -> HtmlAttrs {
        let control = self.control();
        let (min, max) = match self.rule {
            ValueRule::Range { min, max } => (Some(min), Some(max)),
            _ => (None, None),
        };
        let inputmode = match (self.charset(), control) {
            (Some(Charset::Digits), _) | (_, Control::Number) => Some("numeric"),
            (_, Control::Email) => Some("email"),
            _ => None,
        };
        HtmlAttrs {
            input_type: match control {
                Control::Text => "text",
                Control::Password => "password",
                Control::Email => "email",
                Control::Number => "number",
                Control::Switch => "checkbox",
                Control::Select => "select",
            },
            maxlength: self.max_length(),
            minlength: self.min_length(),
            // The browser's own e-mail check is the WHATWG rule already.
            pattern: if control == Control::Email {
                None
            } else {
                self.pattern()
            },
            required: !self.may_be_blank() && !matches!(control, Control::Switch),
            inputmode,
            min,
            max,
            autocomplete: match control {
                Control::Password => "new-password",
                Control::Email => "email",
                _ => "off",
            },
        }
    }

    /// The field's metadata as one JSON object (what `fields()` returns in JavaScript), with
    /// the label and help text of `catalog`.
    #[must_use]
    pub fn to_json(&self, catalog: &Catalog) -> String {
        let mut out = String::with_capacity(512);
        self.write_json(&mut out, catalog);
        out
    }

    pub(crate) fn write_json(&self, out: &mut String, catalog: &Catalog) {
        let html = self.html();
        let mut o = Obj::new(out);
        o.str("name", self.field.name())
            .str("label", catalog.label_in(self.field, self.api))
            .str("help", catalog.help_in(self.field, self.api))
            .str("group", self.group.code())
            .str("control", self.control().code())
            .bool("required", self.required())
            .bool("may_be_blank", self.may_be_blank())
            .bool("may_be_null", self.blank == Blank::AllowedOrNull)
            .bool("accepts_number", self.numbers)
            .bool("secret", self.secret);
        if let Some(c) = self.charset() {
            o.str("charset", c.code());
        }
        if let ValueRule::Text { min, .. } = self.rule {
            o.num("min_length", min);
        }
        if let Some(n) = self.max_length() {
            o.num("max_length", n);
        }
        if let Some(p) = self.pattern() {
            o.str("pattern", &p);
        }
        if let ValueRule::Range { min, max } = self.rule {
            o.num("min", min).num("max", max);
        }
        if !self.options().is_empty() {
            o.list("options", self.options());
        }
        if USES.iter().any(|u| u.when == self.field) {
            // For each option, the fields it brings into use (a form shows only those).
            let mut uo = Obj::new(o.key("uses"));
            for option in self.options() {
                let names: Vec<&str> = USES
                    .iter()
                    .filter(|u| u.when == self.field && u.equals == *option)
                    .map(|u| u.uses.name())
                    .collect();
                uo.list(option, &names);
            }
            uo.end();
        }
        {
            let buf = o.key("html");
            let mut h = Obj::new(buf);
            h.str("type", html.input_type);
            if let Some(n) = html.maxlength {
                h.num("maxlength", n);
            }
            if let Some(n) = html.minlength {
                h.num("minlength", n);
            }
            if let Some(p) = &html.pattern {
                h.str("pattern", p);
            }
            h.bool("required", html.required);
            if let Some(m) = html.inputmode {
                h.str("inputmode", m);
            }
            if let Some(n) = html.min {
                h.num("min", n);
            }
            if let Some(n) = html.max {
                h.num("max", n);
            }
            h.str("autocomplete", html.autocomplete);
            h.end();
        }
        o.end();
    }
}

/// Every field's metadata as a JSON array, with the form groups and the cross-field rules:
/// `{"format":2, "charsets":{code: chars}, "codes":[…], "params":[…], "roles":{…}, "limits":{…}, "escaped":[…], "groups":[{"id","title",
/// "fields":[…names]}], "fields":[{…}], "rules":[{…}], "context_rules":[{…}],
/// "value_rules":[{…}]}`.
///
/// `format` is [`METADATA_FORMAT`]; `charsets` writes out every ASCII character each character
/// set allows (fields name theirs in `charset`); `codes` lists every violation code, `params`
/// every param name and `names` every field's name over all profiles, in the order the compact
/// report of the bindings numbers them;
/// `roles` the fields that play a part (`number` names the extension to change, `renumber`
/// gives it a new number, `query_list` is the key of a whole response's elements); `limits` the size limits (`max_bytes` of a request body, `max_current_bytes` of current
/// settings, in bytes of JSON text); `escaped` the ranges of code points (`[first, last]`) a key is shown with escaped in a
/// message (the characters that can hide or reorder text).
///
/// A rule reads: when `when` is `equals`, `field` must satisfy `requires` (`not_blank`;
/// `field_equals`, that is `requires_field` is `requires_value`; or `not_own_extension`), else
/// it gets an error or a warning (`severity`) with code `code`.
///
/// Labels, help texts and group titles are English; [`fields_json_in`] takes a catalog.
///
/// ```
/// let json = yeastar_extension_rules::meta::fields_json();
/// assert!(json.contains(r#"{"id":"C1","field":"mobile","when":"enablemobile","equals":"on","requires":"not_blank","severity":"error","code":"conditionally_required"}"#));
/// ```
#[must_use]
pub fn fields_json() -> String {
    fields_json_in(Catalog::en())
}

/// [`fields_json`] with the labels, help texts and group titles of `catalog`.
///
/// ```
/// use yeastar_extension_rules::meta::{Catalog, fields_json_in};
/// let json = fields_json_in(Catalog::get("zh-CN").unwrap());
/// assert!(json.contains(r#""name":"dnd","label":"免打扰的开关""#));
/// ```
#[must_use]
pub fn fields_json_in(catalog: &Catalog) -> String {
    profile_json(Profile::default(), catalog)
}

/// [`fields_json_in`] for any profile: its fields, groups and rules, its roles (`renumber`
/// is `null` where the call has none), and three keys of its own: `profile` (`api`, `call`
/// and `path` of the request), `password_rules` (API 2.0.0's, V4: `field`, `strong_min`,
/// `basic_min`, `not_containing`) and `defaults` (what an added extension starts with, V5:
/// `field` and `value`, or `number: true` for the extension's number).
///
/// ```
/// use yeastar_extension_rules::{Profile, meta::{Catalog, profile_json}};
/// let json = profile_json(Profile::new("v2", "add")?, Catalog::en());
/// assert!(json.contains(r#""profile":{"api":"v2","call":"add","path":"/api/v2.0.0/extension/add"}"#));
/// assert!(json.contains(r#"{"field":"callerid","number":true}"#));
/// # Ok::<(), yeastar_extension_rules::error::ProfileError>(())
/// ```
#[must_use]
pub fn profile_json(profile: Profile, catalog: &Catalog) -> String {
    let rows = profile.fields();
    let mut out = String::with_capacity(16 * 1024);
    let mut o = Obj::new(&mut out);
    o.num("format", METADATA_FORMAT);
    {
        let mut p = Obj::new(o.key("profile"));
        p.str("api", profile.api().code())
            .str("call", profile.call().code())
            .str("path", &profile.path());
        p.end();
    }
    {
        let mut sets = Obj::new(o.key("charsets"));
        for c in Charset::ALL {
            sets.str(c.code(), &c.chars());
        }
        sets.end();
    }
    o.list("codes", &CODES);
    o.list("params", &PARAM_NAMES);
    // Every field's name by its index over all profiles: the compact reports number fields so.
    let all: Vec<&str> = crate::spec::field::Field::ALL
        .iter()
        .map(|f| f.name())
        .collect();
    o.list("names", &all);
    {
        let roles = profile.roles();
        let mut r = Obj::new(o.key("roles"));
        r.str("number", roles.number.name());
        match roles.renumber {
            Some(f) => r.str("renumber", f.name()),
            None => {
                r.key("renumber").push_str("null");
                &mut r
            }
        };
        r.str("query_list", roles.query_list);
        r.end();
    }
    {
        let mut limits = Obj::new(o.key("limits"));
        limits
            .num("max_bytes", crate::spec::MAX_BYTES as u64)
            .num("max_current_bytes", crate::spec::MAX_CURRENT_BYTES as u64);
        limits.end();
    }
    {
        let bounds: Vec<u32> = crate::report::catalog::ESCAPED
            .iter()
            .flat_map(|&(lo, hi)| [lo, hi])
            .collect();
        write_array(o.key("escaped"), &bounds, |buf, n| {
            buf.push_str(&n.to_string());
        });
    }
    write_array(o.key("groups"), Group::ALL, |buf, g| {
        let names: Vec<&str> = rows
            .iter()
            .filter(|f| f.group == g)
            .map(|f| f.field.name())
            .collect();
        let mut go = Obj::new(buf);
        go.str("id", g.code())
            .str("title", catalog.group_title(g))
            .list("fields", &names);
        go.end();
    });
    write_array(o.key("fields"), rows, |buf, f| f.write_json(buf, catalog));
    write_array(o.key("rules"), profile.cross_rules(), write_rule);
    write_array(
        o.key("context_rules"),
        profile.context_rules(),
        write_context_rule,
    );
    write_array(
        o.key("value_rules"),
        profile.value_warnings(),
        write_value_rule,
    );
    write_array(
        o.key("password_rules"),
        profile.password_rules(),
        |buf, r| {
            let names: Vec<&str> = r.not_containing.iter().map(|f| f.name()).collect();
            let mut p = Obj::new(buf);
            p.str("field", r.field.name())
                .num("strong_min", r.strong_min)
                .num("basic_min", r.basic_min)
                .list("not_containing", &names);
            p.end();
        },
    );
    write_array(o.key("defaults"), profile.defaults(), |buf, d| {
        let mut p = Obj::new(buf);
        p.str("field", d.field().name());
        match *d {
            AddDefault::Value(_, v) => p.str("value", v),
            AddDefault::Number(_) => p.bool("number", true),
        };
        p.end();
    });
    {
        // Per field, the fields of a form its check reads (Profile::depends_on) besides
        // itself and the roles `number` and `renumber`, which every field's check reads; a
        // field without any is left out. A binding sends only these with a field being typed.
        let roles = profile.roles();
        let mut d = Obj::new(o.key("depends_on"));
        for row in rows {
            let names: Vec<&str> = profile
                .depends_on(row.field)
                .into_iter()
                .filter(|&f| f != row.field && f != roles.number && Some(f) != roles.renumber)
                .map(|f| f.name())
                .collect();
            if !names.is_empty() {
                d.list(row.field.name(), &names);
            }
        }
        d.end();
    }
    o.end();
    out
}

/// The version of the metadata's meaning, `format` in [`fields_json`]. A reader that judges
/// payloads from the exported tables (the JavaScript package's clean path) must refuse to do
/// so for any other number; it is raised whenever a key of a field or a rule, a rule kind or a
/// value kind changes meaning. (Such a reader also refuses a field or rule key it does not
/// know, so a new key fails closed even where the number was not raised.)
pub const METADATA_FORMAT: u32 = 2;

/// One value warning as JSON (see [`fields_json`]): `check` is `looks_hashed` (32 hexadecimal
/// digits, or the current settings' value) or `weak` (no digit, upper-case or lower-case
/// letter); a warning with `code` on `field` when it breaks.
fn write_value_rule(out: &mut String, rule: &ValueWarning) {
    let mut o = Obj::new(out);
    o.str("id", rule.id)
        .str("field", rule.field.name())
        .str(
            "check",
            match rule.check {
                ValueCheck::LooksHashed => "looks_hashed",
                ValueCheck::Weak => "weak",
            },
        )
        .str("severity", "warning")
        .str("code", rule.check.code());
    o.end();
}

/// One context rule as JSON (see [`fields_json`]): `check` is `exists`,
/// `exists_when_used` (with `when` and `equals`), `not_taken_unless` (with `other`) or
/// `matches_current` (with `current_field`).
fn write_context_rule(out: &mut String, rule: &ContextRule) {
    let mut o = Obj::new(out);
    o.str("id", rule.id).str("field", rule.target.name());
    match rule.check {
        ContextCheck::Exists => o.str("check", "exists"),
        ContextCheck::ExistsWhenUsed { when, equals } => o
            .str("check", "exists_when_used")
            .str("when", when.name())
            .str("equals", equals),
        ContextCheck::ExistsOrOwnWhenUsed { when, equals } => o
            .str("check", "exists_or_own_when_used")
            .str("when", when.name())
            .str("equals", equals),
        ContextCheck::NotTakenUnless(other) => o
            .str("check", "not_taken_unless")
            .str("other", other.name()),
        ContextCheck::NotTaken => o.str("check", "not_taken"),
        ContextCheck::MatchesCurrent => o.str("check", "matches_current"),
    };
    o.str("severity", if rule.warning { "warning" } else { "error" })
        .str("code", rule.kind.code());
    o.end();
}

/// One cross-field rule as JSON (see [`fields_json`]).
fn write_rule(out: &mut String, rule: &CrossRule) {
    let mut o = Obj::new(out);
    o.str("id", rule.id)
        .str("field", rule.target.name())
        .str("when", rule.when.name())
        .str("equals", rule.equals);
    match rule.requires {
        Requirement::NotBlank => o.str("requires", "not_blank"),
        Requirement::FieldEquals(field, value) => o
            .str("requires", "field_equals")
            .str("requires_field", field.name())
            .str("requires_value", value),
        Requirement::NotOwnExtension => o.str("requires", "not_own_extension"),
    };
    match &rule.outcome {
        Outcome::Required => {
            let kind = ViolationKind::ConditionallyRequired {
                rule: rule.id,
                when: rule.when,
                equals: rule.equals,
            };
            o.str("severity", "error").str("code", kind.code())
        }
        Outcome::Warn(kind) => o.str("severity", "warning").str("code", kind.code()),
    };
    o.end();
}
