//! Message catalogs (rulings M1–M5): every message is a template keyed by its violation's
//! `code`, filled from the violation's `params` and the labels of the same catalog. One catalog
//! per language, as data: `locales/en.json` and `locales/zh-CN.json` are compiled in, and the npm
//! package ships the same files, so Rust, `extcheck` and JavaScript render the same text.
//!
//! # Templates
//!
//! - `{label}`: the label of the field the violation is on (an unknown key is shown quoted,
//!   through the catalog's `key` template, with invisible characters escaped).
//! - `{name}`: the param `name`: a number in decimal, a string as it is, a list of options
//!   through the catalog's `list` format (`"on" or "off"`).
//! - `{name:label}`: the param is a field name; its label. `{name:TABLE}`: the param is a code;
//!   its entry in the catalog's `names.TABLE` (`{found:type}` gives "text", "true/false", …); a
//!   list of codes gets each item named, joined with the list's separators but not quoted.
//! - `[…]`: rendered only when every param inside it is present (`[ Did you mean
//!   "{suggestion}"?]`).
//!
//! A message is one template, or an object of cases: `""` is the default, `"name"` applies when
//! the param is present, `"name=value"` when it has that value. At most one case applies to any
//! violation; a test holds every catalog to that.
//!
//! Only the native build has catalogs: the WebAssembly module returns violations as data and the
//! JavaScript package renders them from the same files.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::sync::OnceLock;

use serde_json::Value as Json;

use crate::spec::field::{Field, Group, COUNT};
use crate::spec::profile::Api;
#[cfg(test)]
use crate::spec::violation::ViolationKind;
use crate::spec::violation::{Param, Violation};

/// The catalog format this library reads (the `format` key of a catalog; absent means 1).
pub const CATALOG_FORMAT: u64 = 1;

const EN_JSON: &str = include_str!("../../locales/en.json");
const ZH_CN_JSON: &str = include_str!("../../locales/zh-CN.json");

/// The languages built in, by tag.
pub(crate) const LOCALES: [&str; 2] = ["en", "zh-CN"];

/// A message catalog: the messages, labels, help texts and group titles of one language.
///
/// ```
/// use yeastar_extension_rules::{validate, meta::Catalog};
/// let report = validate(r#"{"extid":"1002","dnd":"On"}"#);
/// let zh = Catalog::get("zh-CN").unwrap();
/// assert_eq!(report.errors[0].message(), r#"Do not disturb must be one of "on" or "off". Did you mean "on"?"#);
/// assert_eq!(report.errors[0].message_in(zh), r#"免打扰的开关必须是 "on"或"off" 之一。您是否要输入 "on"？"#);
/// assert_eq!(zh.label(yeastar_extension_rules::Field::Dnd), "免打扰的开关");
/// ```
#[derive(Debug, Clone)]
pub struct Catalog {
    locale: String,
    name: String,
    messages: BTreeMap<String, Message>,
    names: BTreeMap<String, BTreeMap<String, String>>,
    labels: Vec<String>,
    help: Vec<String>,
    groups: Vec<String>,
    list_item: Template,
    list_sep: String,
    list_last: String,
    key: Template,
    ui: BTreeMap<String, String>,
}

/// Why a catalog cannot be used: what is missing or malformed, by its path in the catalog.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the message catalog is not usable: {0}")]
pub struct CatalogError(String);

#[derive(Debug, Clone)]
struct Message {
    default: Option<Template>,
    cases: Vec<(Case, Template)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Case {
    Has(String),
    Equals(String, String),
}

#[derive(Debug, Clone, Default)]
struct Template(Vec<Piece>);

#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    Param { name: String, table: Option<String> },
    Optional(Vec<Piece>),
}

impl Catalog {
    /// The English catalog (the default).
    #[must_use]
    pub fn en() -> &'static Catalog {
        static EN: OnceLock<Catalog> = OnceLock::new();
        EN.get_or_init(|| built_in(EN_JSON))
    }

    /// The tags of the built-in languages, English first.
    ///
    /// ```
    /// use yeastar_extension_rules::meta::Catalog;
    /// assert_eq!(Catalog::locales(), ["en", "zh-CN"]);
    /// ```
    #[must_use]
    pub fn locales() -> &'static [&'static str] {
        &LOCALES
    }

    /// A built-in catalog by its language tag (`"en"`, `"zh-CN"`), or `None`.
    #[must_use]
    pub fn get(locale: &str) -> Option<&'static Catalog> {
        static ZH_CN: OnceLock<Catalog> = OnceLock::new();
        match locale {
            "en" => Some(Catalog::en()),
            "zh-CN" => Some(ZH_CN.get_or_init(|| built_in(ZH_CN_JSON))),
            _ => None,
        }
    }

    /// Reads a catalog for another language from JSON text in the format of
    /// `locales/en.json`, and checks that it is complete: every message (and every case of it)
    /// of the English catalog, every name table entry, field, group and interface string.
    ///
    /// # Errors
    /// A [`CatalogError`] naming the first thing missing or malformed.
    pub fn from_json(text: &str) -> Result<Catalog, CatalogError> {
        let value: Json =
            serde_json::from_str(text).map_err(|e| CatalogError(format!("not JSON: {e}")))?;
        let reference: Json = serde_json::from_str(EN_JSON)
            .map_err(|e| CatalogError(format!("the English catalog: {e}")))?;
        same_shape(&value, &reference, "")?;
        parse(text)
    }

    /// The language tag (`"en"`, `"zh-CN"`).
    #[must_use]
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The language's own name ("English", "中文").
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A field's label in API 1.x (the default profile's).
    #[must_use]
    pub fn label(&self, field: Field) -> &str {
        self.label_in(field, Api::V1)
    }

    /// A field's help text in API 1.x.
    #[must_use]
    pub fn help(&self, field: Field) -> &str {
        self.help_in(field, Api::V1)
    }

    /// A field's label in an API version: where the version's page names the field otherwise
    /// (API 2.0.0's `username` is the Caller ID name), the catalog says so in the field's entry
    /// under the version's code (`"v2": {"label": …, "help": …}`); else the label of API 1.x.
    ///
    /// ```
    /// use yeastar_extension_rules::{meta::Catalog, rules::Api, Field};
    /// assert_eq!(Catalog::en().label_in(Field::Username, Api::V2), "Caller ID name");
    /// assert_eq!(Catalog::get("zh-CN").unwrap().label_in(Field::Username, Api::V2), "显示名称");
    /// assert_eq!(Catalog::en().label_in(Field::Username, Api::V1), "Name");
    /// ```
    #[must_use]
    pub fn label_in(&self, field: Field, api: Api) -> &str {
        self.labels.get(slot(field, api)).map_or("", String::as_str)
    }

    /// A field's help text in an API version (as [`Catalog::label_in`]).
    #[must_use]
    pub fn help_in(&self, field: Field, api: Api) -> &str {
        self.help.get(slot(field, api)).map_or("", String::as_str)
    }

    /// A form section's title.
    #[must_use]
    pub fn group_title(&self, group: Group) -> &str {
        let at = Group::ALL.iter().position(|g| *g == group).unwrap_or(0);
        self.groups.get(at).map_or("", String::as_str)
    }

    /// The words for a character set (the catalog's `names.charset`), as messages name it.
    #[must_use]
    pub fn charset_name(&self, charset: crate::spec::charset::Charset) -> &str {
        self.names
            .get("charset")
            .and_then(|m| m.get(charset.code()))
            .map_or(charset.code(), String::as_str)
    }

    /// An interface string of the editor, by key.
    #[must_use]
    pub fn ui(&self, key: &str) -> Option<&str> {
        self.ui.get(key).map(String::as_str)
    }

    /// The message of a violation in this language.
    #[must_use]
    pub fn message(&self, v: &Violation) -> String {
        let mut out = String::with_capacity(96);
        self.write_message(&mut out, v);
        out
    }

    /// Appends the message of a violation to `out`.
    pub(crate) fn write_message(&self, out: &mut String, v: &Violation) {
        let params = v.params();
        let message = self.messages.get(v.code());
        let template = message.and_then(|m| m.pick(&params));
        match template {
            Some(t) => {
                let _ = self.fill(out, &t.0, v, &params);
            }
            // Not reachable for a checked catalog; the code is still better than nothing.
            None => out.push_str(v.code()),
        }
    }

    /// Writes the pieces; `Err` when a param is missing (an optional segment is then dropped).
    fn fill(
        &self,
        out: &mut String,
        pieces: &[Piece],
        v: &Violation,
        params: &[(&'static str, Param)],
    ) -> Result<(), ()> {
        for piece in pieces {
            match piece {
                Piece::Text(s) => out.push_str(s),
                Piece::Param { name, table } => {
                    self.param(out, name, table.as_deref(), v, params)?
                }
                Piece::Optional(inner) => {
                    let mark = out.len();
                    if self.fill(out, inner, v, params).is_err() {
                        out.truncate(mark);
                    }
                }
            }
        }
        Ok(())
    }

    fn param(
        &self,
        out: &mut String,
        name: &str,
        table: Option<&str>,
        v: &Violation,
        params: &[(&'static str, Param)],
    ) -> Result<(), ()> {
        if name == "label" && table.is_none() {
            // A parameter by its label; any other key (one the call does not take, `number`
            // in API 1.x among them) as it was sent.
            match v.known_field() {
                Some(field) => out.push_str(self.label_in(field, v.profile().api())),
                None => self.write_key(out, v.field()),
            }
            return Ok(());
        }
        let value = params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, p)| *p)
            .ok_or(())?;
        match (value, table) {
            (Param::Int(n), _) => {
                let _ = write!(out, "{n}");
            }
            (Param::Str(s), None) => out.push_str(s),
            (Param::Str(s), Some("label")) => self.write_label(out, s, v.profile().api()),
            (Param::Str(s), Some(t)) => {
                out.push_str(
                    self.names
                        .get(t)
                        .and_then(|m| m.get(s))
                        .map_or(s, String::as_str),
                );
            }
            (Param::List(items), None) => self.write_list(out, items),
            // A list of codes through a table: each item named, joined as a list is, without
            // the quotes of the `list.item` template (those are for option values).
            (Param::List(items), Some(t)) => {
                let names = self.names.get(t);
                self.join(out, items, |out, item| {
                    out.push_str(names.and_then(|m| m.get(item)).map_or(item, String::as_str));
                });
            }
        }
        Ok(())
    }

    fn write_label(&self, out: &mut String, name: &str, api: Api) {
        match Field::from_name(name) {
            Some(field) => out.push_str(self.label_in(field, api)),
            None => self.write_key(out, name),
        }
    }

    /// A key as sent, with the characters that can hide or reorder text escaped.
    fn write_key(&self, out: &mut String, key: &str) {
        let key = Printable(key).to_string();
        self.key.render_with(out, &[("key", key.as_str())]);
    }

    fn write_list(&self, out: &mut String, items: &[&str]) {
        self.join(out, items, |out, item| {
            self.list_item.render_with(out, &[("item", item)]);
        });
    }

    /// Writes each item, with the list's separator between them and its last one before the
    /// last.
    fn join(&self, out: &mut String, items: &[&str], mut each: impl FnMut(&mut String, &str)) {
        let n = items.len();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(if i.saturating_add(1) == n {
                    &self.list_last
                } else {
                    &self.list_sep
                });
            }
            each(out, item);
        }
    }
}

/// Everything `reference` (the English catalog) has, `catalog` has too, of the same kind: a
/// string, or an object with the same keys, recursively (M4). The JavaScript package checks a
/// catalog by the same rule, so both accept and refuse the same ones.
fn same_shape(catalog: &Json, reference: &Json, path: &str) -> Result<(), CatalogError> {
    let Json::Object(want) = reference else {
        return Ok(());
    };
    for (key, value) in want {
        // The editor's own strings are optional: no report uses them.
        if path.is_empty() && key == "ui" {
            continue;
        }
        let have = catalog.get(key);
        let kind_ok = match value {
            Json::Object(_) => have.is_some_and(Json::is_object),
            _ => have.is_some_and(Json::is_string),
        };
        if !kind_ok {
            let kind = if value.is_object() { "table" } else { "string" };
            return Err(CatalogError(format!(
                "{path}{key} is missing or not a {kind}"
            )));
        }
        if let Some(have) = have {
            same_shape(have, value, &format!("{path}{key}."))?;
        }
    }
    Ok(())
}

impl Message {
    fn pick(&self, params: &[(&'static str, Param)]) -> Option<&Template> {
        self.cases
            .iter()
            .find(|(case, _)| case.applies(params))
            .map(|(_, t)| t)
            .or(self.default.as_ref())
    }
}

impl Case {
    fn applies(&self, params: &[(&'static str, Param)]) -> bool {
        match self {
            Case::Has(name) => params.iter().any(|(n, _)| *n == name),
            Case::Equals(name, value) => params
                .iter()
                .any(|(n, p)| *n == name && matches!(p, Param::Str(s) if s == value)),
        }
    }
}

impl Template {
    /// Renders with plain string params (the `key` and `list.item` templates).
    fn render_with(&self, out: &mut String, values: &[(&str, &str)]) {
        for piece in &self.0 {
            match piece {
                Piece::Text(s) => out.push_str(s),
                Piece::Param { name, .. } => {
                    if let Some((_, v)) = values.iter().find(|(n, _)| n == name) {
                        out.push_str(v);
                    }
                }
                Piece::Optional(_) => {}
            }
        }
    }

    #[cfg(test)]
    fn params(&self) -> Vec<&str> {
        fn walk<'a>(pieces: &'a [Piece], out: &mut Vec<&'a str>) {
            for p in pieces {
                match p {
                    Piece::Param { name, .. } => out.push(name),
                    Piece::Optional(inner) => walk(inner, out),
                    Piece::Text(_) => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.0, &mut out);
        out
    }
}

/// Parses a template: `{name}`, `{name:table}`, `[…]` (not nested).
fn template(text: &str, path: &str) -> Result<Template, CatalogError> {
    let bad = |what: &str| CatalogError(format!("{path}: {what}"));
    let mut top: Vec<Piece> = Vec::new();
    let mut optional: Option<Vec<Piece>> = None;
    let mut rest = text;
    while !rest.is_empty() {
        let cut = rest.find(['{', '[', ']', '}']).unwrap_or(rest.len());
        let (plain, tail) = rest.split_at(cut);
        if !plain.is_empty() {
            optional
                .as_mut()
                .unwrap_or(&mut top)
                .push(Piece::Text(plain.to_owned()));
        }
        let mut chars = tail.chars();
        match chars.next() {
            None => break,
            Some('{') => {
                let end = tail.find('}').ok_or_else(|| bad("a { without }"))?;
                let inner = tail.get(1..end).unwrap_or("");
                let (name, table) = match inner.split_once(':') {
                    Some((n, t)) => (n, Some(t.to_owned())),
                    None => (inner, None),
                };
                if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                    return Err(bad(&format!("{{{inner}}} is not a param name")));
                }
                let piece = Piece::Param {
                    name: name.to_owned(),
                    table,
                };
                optional.as_mut().unwrap_or(&mut top).push(piece);
                rest = tail.get(end.saturating_add(1)..).unwrap_or("");
            }
            Some('[') => {
                if optional.is_some() {
                    return Err(bad("[ inside [ ]"));
                }
                optional = Some(Vec::new());
                rest = chars.as_str();
            }
            Some(']') => {
                let inner = optional.take().ok_or_else(|| bad("a ] without ["))?;
                top.push(Piece::Optional(inner));
                rest = chars.as_str();
            }
            Some(_) => return Err(bad("a } without {")),
        }
    }
    if optional.is_some() {
        return Err(bad("a [ without ]"));
    }
    Ok(Template(top))
}

fn set(list: &mut [String], at: usize, value: String) {
    if let Some(place) = list.get_mut(at) {
        *place = value;
    }
}

/// A label (and a help text) per field and API version.
const SLOTS: usize = COUNT * Api::ALL.len();

/// Where a field's label and help text in an API version are kept.
fn slot(field: Field, api: Api) -> usize {
    let version = Api::ALL.iter().position(|a| *a == api).unwrap_or(0);
    version.saturating_mul(COUNT).saturating_add(field.index())
}

fn built_in(text: &str) -> Catalog {
    // The built-in catalogs are checked by the tests; should one ever fail to read, messages
    // fall back to their codes rather than panic.
    parse(text).unwrap_or_else(|_| Catalog {
        locale: String::new(),
        name: String::new(),
        messages: BTreeMap::new(),
        names: BTreeMap::new(),
        labels: vec![String::new(); SLOTS],
        help: vec![String::new(); SLOTS],
        groups: vec![String::new(); Group::ALL.len()],
        list_item: Template::default(),
        list_sep: String::new(),
        list_last: String::new(),
        key: Template::default(),
        ui: BTreeMap::new(),
    })
}

fn parse(text: &str) -> Result<Catalog, CatalogError> {
    let root: Json =
        serde_json::from_str(text).map_err(|e| CatalogError(format!("not JSON: {e}")))?;
    let obj = root
        .as_object()
        .ok_or_else(|| CatalogError("not a JSON object".into()))?;
    let string = |v: Option<&Json>, path: &str| -> Result<String, CatalogError> {
        v.and_then(Json::as_str)
            .map(str::to_owned)
            .ok_or_else(|| CatalogError(format!("{path} must be a string")))
    };
    fn object<'a>(
        v: Option<&'a Json>,
        path: &str,
    ) -> Result<&'a serde_json::Map<String, Json>, CatalogError> {
        v.and_then(Json::as_object)
            .ok_or_else(|| CatalogError(format!("{path} must be an object")))
    }
    match obj.get("format") {
        None => {}
        Some(f) if f.as_u64() == Some(CATALOG_FORMAT) => {}
        Some(_) => return Err(CatalogError(format!("format must be {CATALOG_FORMAT}"))),
    }
    let list = object(obj.get("list"), "list")?;
    let mut messages = BTreeMap::new();
    for (code, m) in object(obj.get("messages"), "messages")? {
        let path = format!("messages.{code}");
        let message = match m {
            Json::String(s) => Message {
                default: Some(template(s, &path)?),
                cases: Vec::new(),
            },
            Json::Object(cases) => {
                let mut message = Message {
                    default: None,
                    cases: Vec::new(),
                };
                for (key, t) in cases {
                    let t = template(
                        t.as_str().ok_or_else(|| {
                            CatalogError(format!("{path}.{key} must be a string"))
                        })?,
                        &format!("{path}.{key}"),
                    )?;
                    match key.split_once('=') {
                        _ if key.is_empty() => message.default = Some(t),
                        Some((n, v)) => message.cases.push((Case::Equals(n.into(), v.into()), t)),
                        None => message.cases.push((Case::Has(key.clone()), t)),
                    }
                }
                message
            }
            _ => {
                return Err(CatalogError(format!(
                    "{path} must be a string or an object"
                )))
            }
        };
        messages.insert(code.clone(), message);
    }
    let mut names = BTreeMap::new();
    for (table, entries) in object(obj.get("names"), "names")? {
        let mut map = BTreeMap::new();
        for (k, v) in object(Some(entries), &format!("names.{table}"))? {
            map.insert(k.clone(), string(Some(v), &format!("names.{table}.{k}"))?);
        }
        names.insert(table.clone(), map);
    }
    let fields = object(obj.get("fields"), "fields")?;
    // A label and help text per API version and field (`slot`): a version's own where the
    // field's entry has one under the version's code, else API 1.x's.
    let mut labels = vec![String::new(); SLOTS];
    let mut help = labels.clone();
    for (i, api) in Api::ALL.into_iter().enumerate() {
        for field in Field::ALL {
            let mut path = format!("fields.{}", field.name());
            let mut row = object(fields.get(field.name()), &path)?;
            if i > 0 {
                match row.get(api.code()) {
                    Some(own) => {
                        path = format!("{path}.{}", api.code());
                        row = object(Some(own), &path)?;
                    }
                    None => {
                        let at = slot(field, Api::V1);
                        let label = labels.get(at).cloned().unwrap_or_default();
                        let text = help.get(at).cloned().unwrap_or_default();
                        set(&mut labels, slot(field, api), label);
                        set(&mut help, slot(field, api), text);
                        continue;
                    }
                }
            }
            let label = string(row.get("label"), &format!("{path}.label"))?;
            set(&mut labels, slot(field, api), label);
            let text = string(row.get("help"), &format!("{path}.help"))?;
            set(&mut help, slot(field, api), text);
        }
    }
    let group_titles = object(obj.get("groups"), "groups")?;
    let groups = Group::ALL
        .iter()
        .map(|g| string(group_titles.get(g.code()), &format!("groups.{}", g.code())))
        .collect::<Result<Vec<_>, _>>()?;
    let mut ui = BTreeMap::new();
    for (k, v) in object(obj.get("ui"), "ui")? {
        ui.insert(k.clone(), string(Some(v), &format!("ui.{k}"))?);
    }
    Ok(Catalog {
        locale: string(obj.get("locale"), "locale")?,
        name: string(obj.get("name"), "name")?,
        messages,
        names,
        labels,
        help,
        groups,
        list_item: template(&string(list.get("item"), "list.item")?, "list.item")?,
        list_sep: string(list.get("sep"), "list.sep")?,
        list_last: string(list.get("last"), "list.last")?,
        key: template(&string(obj.get("key"), "key")?, "key")?,
        ui,
    })
}

/// The characters a key is shown with escaped (as `\u{…}`) in messages: those that can hide or
/// reorder text ([`crate::spec::charset::HIDDEN`]).
pub(crate) use crate::spec::charset::HIDDEN as ESCAPED;

/// Whether a character is shown escaped in a key (see [`ESCAPED`]).
pub(crate) use crate::spec::charset::hidden as escaped;

/// Shows a key with the characters that can hide or reorder text escaped ([`ESCAPED`]), so a
/// message never carries them; everything else appears as typed.
struct Printable<'a>(&'a str);

impl fmt::Display for Printable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if escaped(c) {
                write!(f, "\\u{{{:x}}}", u32::from(c))?;
            } else {
                f.write_char(c)?;
            }
        }
        Ok(())
    }
}

impl Violation {
    /// The message in English (ruling M3): what to change, in an administrator's words.
    #[must_use]
    pub fn message(&self) -> String {
        Catalog::en().message(self)
    }

    /// The message in the language of `catalog`.
    #[must_use]
    pub fn message_in(&self, catalog: &Catalog) -> String {
        catalog.message(self)
    }
}

/// The English message.
impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// The params each message of `catalog` may use but a violation of its code lacks: empty for a
/// sound catalog (checked by the tests over `ViolationKind::message_cases`).
#[cfg(test)]
fn unfilled(catalog: &Catalog, kind: &ViolationKind) -> Vec<String> {
    let params = kind.params();
    let Some(m) = catalog.messages.get(kind.code()) else {
        return vec![format!("no message for {}", kind.code())];
    };
    let applying: Vec<&(Case, Template)> =
        m.cases.iter().filter(|(c, _)| c.applies(&params)).collect();
    if applying.len() > 1 {
        return vec![format!("{} cases apply to {:?}", applying.len(), kind)];
    }
    let Some(t) = m.pick(&params) else {
        return vec![format!("no case of {} applies to {kind:?}", kind.code())];
    };
    // Params outside optional segments must all be there.
    t.0.iter()
        .filter_map(|p| match p {
            Piece::Param { name, .. }
                if name != "label" && !params.iter().any(|(n, _)| n == name) =>
            {
                Some(format!("{}: {{{name}}} missing for {kind:?}", kind.code()))
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_catalogs_read_and_are_complete() {
        for tag in LOCALES {
            let text = if tag == "en" { EN_JSON } else { ZH_CN_JSON };
            let c = parse(text).unwrap();
            assert_eq!(c.locale, tag);
            let value: Json = serde_json::from_str(text).unwrap();
            let en: Json = serde_json::from_str(EN_JSON).unwrap();
            same_shape(&value, &en, "").unwrap();
            same_shape(&en, &value, "").unwrap();
            for kind in ViolationKind::message_cases() {
                assert_eq!(unfilled(&c, &kind), Vec::<String>::new(), "{tag}");
            }
            // Every template names only params some violation of its code carries.
            for (code, m) in &c.messages {
                let known: Vec<&str> = ViolationKind::message_cases()
                    .iter()
                    .filter(|k| k.code() == code)
                    .flat_map(|k| k.params().into_iter().map(|(n, _)| n))
                    .chain(["label"])
                    .collect();
                assert!(
                    ViolationKind::message_cases()
                        .iter()
                        .any(|k| k.code() == code),
                    "{tag}: {code} is no code"
                );
                for t in m.default.iter().chain(m.cases.iter().map(|(_, t)| t)) {
                    for p in t.params() {
                        assert!(known.contains(&p), "{tag}: messages.{code} uses {{{p}}}");
                    }
                }
            }
        }
    }

    #[test]
    fn templates_parse_and_reject_what_they_cannot_render() {
        assert!(template("a {b} [c {d}] e", "t").is_ok());
        for bad in ["{", "{B}", "[[x]]", "]", "[x", "}", "{}"] {
            assert!(template(bad, "t").is_err(), "{bad}");
        }
    }

    #[test]
    fn a_custom_catalog_must_be_complete() {
        let mut v: Json = serde_json::from_str(EN_JSON).unwrap();
        v["messages"].as_object_mut().unwrap().remove("too_long");
        let err = Catalog::from_json(&v.to_string()).unwrap_err();
        assert!(err.to_string().contains("messages.too_long"), "{err}");
        let mut v: Json = serde_json::from_str(EN_JSON).unwrap();
        v["messages"]["invalid_type"]
            .as_object_mut()
            .unwrap()
            .remove("expected=range");
        let err = Catalog::from_json(&v.to_string()).unwrap_err();
        assert!(err.to_string().contains("expected=range"), "{err}");
        let mut v: Json = serde_json::from_str(EN_JSON).unwrap();
        v["fields"].as_object_mut().unwrap().remove("dnd");
        assert!(Catalog::from_json(&v.to_string())
            .unwrap_err()
            .to_string()
            .contains("fields.dnd"));
        assert!(Catalog::from_json(EN_JSON).is_ok());
    }
}
