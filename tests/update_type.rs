//! The typed `ExtensionUpdate`, its option enums and `from_payload` are generated from the rule
//! table: one member per row, its Rust type from the row's value rule, each enum from its option
//! list. This test writes the generated region of `src/report/update.rs` and fails when the file
//! differs; regenerate with `UPDATE_CODE=1 cargo test --test update_type`.
//!
//! A select whose option list has no Rust type yet fails here with a message that says where to
//! name one, so a new list cannot silently become a `String` or `None`.

use std::fmt::Write as _;
use std::path::Path;

use yeastar_extension_rules::{
    meta::Catalog,
    rules::{
        Blank, FieldSpec, ValueRule, DESTINATIONS, MAX_DURATIONS, MONITOR_MODES, ON_OFF,
        RING_TIMEOUTS,
    },
    Profile,
};

const BEGIN: &str = "// generated: extension-update";
const END: &str = "// end generated";

/// A select's Rust type: an enum named here, with unit variants for the words and, when some
/// options are numbers, one variant that carries them.
struct OptionType {
    list: &'static [&'static str],
    /// The list's constant, for the generated code to name it once.
    constant: &'static str,
    name: &'static str,
    doc: &'static str,
    /// The variant of the numeric options, when the list mixes words and numbers.
    number: Option<(&'static str, &'static str)>,
}

/// The option lists with a Rust enum. A list of numbers alone (ring timeouts) is a plain integer.
const OPTION_TYPES: &[OptionType] = &[
    OptionType {
        list: DESTINATIONS,
        constant: "DESTINATIONS",
        name: "Destination",
        doc: "A call-forwarding destination",
        number: None,
    },
    OptionType {
        list: MONITOR_MODES,
        constant: "MONITOR_MODES",
        name: "MonitorMode",
        doc: "How the extension may monitor calls",
        number: None,
    },
    OptionType {
        list: MAX_DURATIONS,
        constant: "MAX_DURATIONS",
        name: "MaxDuration",
        doc: "The longest call allowed",
        number: Some((
            "Seconds",
            "A number of seconds (one of the spec's options).",
        )),
    },
];

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `Mobile Number` → `MobileNumber`, `Barge-in` → `BargeIn`.
fn variant(option: &str) -> String {
    option
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            let first = cs.next().unwrap().to_ascii_uppercase();
            std::iter::once(first).chain(cs).collect::<String>()
        })
        .collect()
}

/// The smallest unsigned type that holds `max`.
fn uint(max: u64) -> &'static str {
    match max {
        0..=0xff => "u8",
        0x100..=0xffff => "u16",
        0x1_0000..=0xffff_ffff => "u32",
        _ => "u64",
    }
}

enum Kind {
    Text,
    Secret,
    Switch,
    Number(&'static str),
    Enum(&'static OptionType),
}

fn kind(spec: &FieldSpec) -> Kind {
    if spec.secret {
        return Kind::Secret;
    }
    match spec.rule {
        ValueRule::Switch => Kind::Switch,
        ValueRule::Range { max, .. } => Kind::Number(uint(max.into())),
        ValueRule::OneOf(list) if list.iter().all(|o| is_number(o)) => {
            let max = list
                .iter()
                .map(|o| o.parse::<u64>().unwrap())
                .max()
                .unwrap();
            Kind::Number(uint(max))
        }
        ValueRule::OneOf(list) => match OPTION_TYPES.iter().find(|t| t.list == list) {
            Some(t) => Kind::Enum(t),
            None => panic!(
                "`{}` has options {list:?} without a Rust type: add the list to OPTION_TYPES in \
                 tests/update_type.rs and run `UPDATE_CODE=1 cargo test --test update_type`",
                spec.field.name()
            ),
        },
        _ => Kind::Text,
    }
}

fn generate() -> String {
    let mut out = String::new();
    let o = &mut out;
    writeln!(o, "{BEGIN} (tests/update_type.rs; do not edit: run").unwrap();
    writeln!(o, "// `UPDATE_CODE=1 cargo test --test update_type`)").unwrap();
    for t in OPTION_TYPES {
        let users: Vec<String> = Profile::default()
            .fields()
            .iter()
            .filter(|s| s.rule == ValueRule::OneOf(t.list))
            .map(|s| format!("`{}`", s.field.name()))
            .collect();
        assert!(!users.is_empty(), "no field uses {}", t.name);
        writeln!(o).unwrap();
        writeln!(o, "/// {} ({}).", t.doc, users.join(", ")).unwrap();
        writeln!(o, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]").unwrap();
        writeln!(o, "#[non_exhaustive]").unwrap();
        writeln!(o, "pub enum {} {{", t.name).unwrap();
        let words: Vec<&str> = t.list.iter().copied().filter(|s| !is_number(s)).collect();
        let numbers: Vec<&str> = t.list.iter().copied().filter(|s| is_number(s)).collect();
        for w in &words {
            writeln!(o, "    /// `{w}`.").unwrap();
            writeln!(o, "    {},", variant(w)).unwrap();
        }
        if !numbers.is_empty() {
            let (name, doc) = t.number.unwrap_or_else(|| {
                panic!(
                    "{} mixes words and numbers: name the number variant",
                    t.name
                )
            });
            writeln!(o, "    /// {doc}").unwrap();
            writeln!(o, "    {name}(u32),").unwrap();
        }
        writeln!(o, "}}").unwrap();
        writeln!(o).unwrap();
        writeln!(o, "impl {} {{", t.name).unwrap();
        if numbers.is_empty() {
            writeln!(
                o,
                "    /// Every variant, in the order of the option list [`{}`]: an option without a",
                t.constant
            )
            .unwrap();
            writeln!(
                o,
                "    /// variant fails to compile, by the array's length."
            )
            .unwrap();
            writeln!(
                o,
                "    pub const ALL: [{}; {}.len()] = [",
                t.name, t.constant
            )
            .unwrap();
            for w in &words {
                writeln!(o, "        {}::{},", t.name, variant(w)).unwrap();
            }
            writeln!(o, "    ];").unwrap();
            writeln!(o).unwrap();
            writeln!(o, "    fn from_option(s: &str) -> Option<{}> {{", t.name).unwrap();
            writeln!(o, "        variant_of(&{}::ALL, {}, s)", t.name, t.constant).unwrap();
            writeln!(o, "    }}").unwrap();
        } else {
            let (name, _) = t.number.unwrap();
            writeln!(o, "    fn from_option(s: &str) -> Option<{}> {{", t.name).unwrap();
            writeln!(o, "        match s {{").unwrap();
            for w in &words {
                writeln!(o, "            {w:?} => Some({}::{}),", t.name, variant(w)).unwrap();
            }
            writeln!(
                o,
                "            n => n.parse().ok().map({}::{name}),",
                t.name
            )
            .unwrap();
            writeln!(o, "        }}").unwrap();
            writeln!(o, "    }}").unwrap();
        }
        writeln!(o, "}}").unwrap();
    }

    writeln!(o).unwrap();
    writeln!(
        o,
        "/// A validated update with typed fields; `None` is a field that was not sent."
    )
    .unwrap();
    writeln!(o, "///").unwrap();
    writeln!(o, "/// `Debug` redacts the secrets.").unwrap();
    writeln!(o, "///").unwrap();
    writeln!(o, "/// ```").unwrap();
    writeln!(
        o,
        "/// use yeastar_extension_rules::{{update::Destination, validate}};"
    )
    .unwrap();
    writeln!(o, "/// let report = validate(r#\"{{\"extid\":\"1002\",\"alwaysforward\":\"on\",\"atransferto\":\"Extension\",").unwrap();
    writeln!(o, "///                           \"atransferext\":\"1003\",\"registerpassword\":\"Pa55word\"}}\"#);").unwrap();
    writeln!(o, "/// let update = report.update().unwrap();").unwrap();
    writeln!(o, "/// assert_eq!(update.extid, \"1002\");").unwrap();
    writeln!(o, "/// assert_eq!(update.alwaysforward, Some(true));").unwrap();
    writeln!(
        o,
        "/// assert_eq!(update.atransferto, Some(Destination::Extension));"
    )
    .unwrap();
    writeln!(
        o,
        "/// assert!(!format!(\"{{update:?}}\").contains(\"Pa55word\"));"
    )
    .unwrap();
    writeln!(o, "/// ```").unwrap();
    writeln!(o, "#[derive(Debug, Clone, Default, PartialEq, Eq)]").unwrap();
    writeln!(o, "#[non_exhaustive]").unwrap();
    writeln!(o, "pub struct ExtensionUpdate {{").unwrap();
    for spec in Profile::default().fields().iter() {
        let ty = match kind(spec) {
            Kind::Text => "String".to_owned(),
            Kind::Secret => "Secret".to_owned(),
            Kind::Switch => "bool".to_owned(),
            Kind::Number(t) => t.to_owned(),
            Kind::Enum(t) => t.name.to_owned(),
        };
        let ty = if spec.blank == Blank::Required {
            ty
        } else {
            format!("Option<{ty}>")
        };
        let note = match kind(spec) {
            Kind::Switch => format!("; `true` is `{:?}`", ON_OFF[0]),
            _ => String::new(),
        };
        let label = Catalog::en().label(spec.field);
        writeln!(o, "    /// {label} (`{}`){note}.", spec.field.name()).unwrap();
        writeln!(o, "    pub {}: {ty},", spec.field.name()).unwrap();
    }
    writeln!(o, "}}").unwrap();
    writeln!(o).unwrap();
    writeln!(o, "impl ExtensionUpdate {{").unwrap();
    writeln!(
        o,
        "    /// Reads a normalized payload (from a report that is `ok`)."
    )
    .unwrap();
    writeln!(o, "    #[must_use]").unwrap();
    writeln!(
        o,
        "    pub fn from_payload(p: &Payload) -> ExtensionUpdate {{"
    )
    .unwrap();
    writeln!(
        o,
        "        let text = |f: Field| p.get(f).map(str::to_owned);"
    )
    .unwrap();
    writeln!(
        o,
        "        let secret = |f: Field| p.get(f).map(Secret::new);"
    )
    .unwrap();
    writeln!(
        o,
        "        let switch = |f: Field| p.get(f).map(|v| v == ON);"
    )
    .unwrap();
    writeln!(o, "        ExtensionUpdate {{").unwrap();
    for spec in Profile::default().fields().iter() {
        let f = format!("Field::{:?}", spec.field);
        let expr = match kind(spec) {
            Kind::Text => format!("text({f})"),
            Kind::Secret => format!("secret({f})"),
            Kind::Switch => format!("switch({f})"),
            Kind::Number(_) => format!("p.get({f}).and_then(|v| v.parse().ok())"),
            Kind::Enum(t) => format!("p.get({f}).and_then({}::from_option)", t.name),
        };
        let expr = if spec.blank == Blank::Required {
            format!("{expr}.unwrap_or_default()")
        } else {
            expr
        };
        writeln!(o, "            {}: {expr},", spec.field.name()).unwrap();
    }
    writeln!(o, "        }}").unwrap();
    writeln!(o, "    }}").unwrap();
    writeln!(o, "}}").unwrap();
    write!(o, "{END}").unwrap();
    out
}

#[test]
fn extension_update_is_generated_from_the_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report/update.rs");
    let text = std::fs::read_to_string(&path).unwrap();
    let begin = text.find(BEGIN).expect("the generated region's first line");
    let end = text[begin..]
        .find(END)
        .expect("the generated region's last line")
        + begin
        + END.len();
    let fresh = format!("{}{}{}", &text[..begin], generate(), &text[end..]);
    if std::env::var_os("UPDATE_CODE").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    assert!(
        text == fresh,
        "src/report/update.rs is stale: run `UPDATE_CODE=1 cargo test --test update_type`, \
         then `cargo fmt`, and commit it"
    );
}

#[test]
fn every_row_has_a_member_and_names_are_rust_identifiers() {
    let code = generate();
    for spec in Profile::default().fields().iter() {
        assert!(code.contains(&format!("    pub {}: ", spec.field.name())));
    }
    assert_eq!(variant("Barge-in"), "BargeIn");
    assert_eq!(variant("Mobile Number"), "MobileNumber");
    assert!(matches!(kind(&Profile::default().fields()[0]), Kind::Text));
    assert_eq!(uint(300), "u16");
    // RING_TIMEOUTS is numbers alone: an integer, not an enum.
    assert!(RING_TIMEOUTS.iter().all(|o| is_number(o)));
}
