//! Generates `docs/RULES.md` from the rule tables; a test fails when the file is stale.
//! Internal (hidden from the docs, not part of the stable API).
//!
//! ```
//! let md = yeastar_extension_rules::docs::rules_markdown();
//! assert!(md.contains("| `registerpassword` |"));
//! ```

use std::fmt::Write as _;

use crate::report::catalog::Catalog;
use crate::spec::charset::Charset;
use crate::spec::cross::{ContextCheck, Outcome, Requirement, ValueCheck, USES};
use crate::spec::field::{Blank, Field, FieldSpec, ValueRule};
use crate::spec::profile::{AddDefault, Api, Profile};
use crate::spec::violation::{Violation, ViolationKind};
use crate::spec::{MAX_BYTES, MAX_KEY_SHOWN, MAX_UNKNOWN_KEYS};

/// The rulings on API versions and calls (decisions.md, V1–V7) and how the library applies
/// each.
pub const PROFILE_RULINGS: &[(&str, &str, &str)] = &[
    (
        "V1",
        "A profile is an API version and a call, each with its own tables; API 1.x `extension/update` is the default.",
        "Three profiles: `v1 update`, `v2 update`, `v2 add`. `api` also takes the URL's spellings (`v1.0.1`, `1.1.0`, `v2.0.0`, `2.0.0`). An unknown version or call, `add` with `v1`, and current settings or a diff with `add` are usage errors: exit 2, `TypeError`, `ValueError`, `ContextError::BadProfile`.",
    ),
    (
        "V2",
        "API 2.0.0 names the extension `number`; a key only the other version has is an error on that key.",
        "`number` is required, 1-7 digits, errno 10004 when missing. `extid` or `extnumber` in a v2 payload and `number` in a v1 payload get `other_api_version` with `params.api` and, where there is one, `params.instead`.",
    ),
    (
        "V3",
        "Rows the 2.0.0 pages show rule; rows they do not show keep API 1.x's rule.",
        "Each v2 row below says which. The Caller ID name takes any character but ``! % . @ : ; & \" ' \\ < > ` $``, control characters and hidden marks, counted in UTF-16 units; the e-mail address refuses ``# ; , [ ] = & \" ' \\ < > ` $`` and space; the Integer-typed digit fields also take a whole JSON number up to 2^53 − 1 (one of 2^53 or more must be sent as text); `enablevmtoemail` also takes `custom`.",
    ),
    (
        "V4",
        "API 2.0.0's passwords: letters, digits and `~ ^ * - _ ?`; strong by default; weak passwords allowed relaxes the rules.",
        "See \"Password rules\". No message, param or log shows a password, or the number or name it was compared with.",
    ),
    (
        "V5",
        "`extension/add` requires `number`, `username`, `registername` and `registerpassword` and starts from the page's defaults.",
        "Missing is `required` (errno 10004), blank is `blank`. C1-C4 are definite over the defaults. With a list of extensions, the new number must be free (`extension_in_use`) and a forward may go to the new number itself (the warning `forwards_to_itself`). A query-only key is `not_updatable`.",
    ),
    (
        "V6",
        "Current settings may be a query response of either version.",
        "The element is found by `number` or `extnumber`; `mobile` and `moblie` are both read; Integer values given as JSON numbers are read as their digits. `diff` in v2 writes `number` plus what changed.",
    ),
    (
        "V7",
        "Every new code has its English and Chinese message, in the administrator's words.",
        "`other_api_version`, `consecutive_digits`, `password_contains`, and `weak_password` as an error; see the codes table.",
    ),
];

/// The general rulings (decisions.md, "The payload") and how the library applies each.
pub const GENERAL: &[(&str, &str, &str)] = &[
    (
        "G1",
        "A payload is one JSON object keyed by the 38 parameter names; anything else is one error on the root.",
        "A strict RFC 8259 reader (what `JSON.parse` accepts, nothing more: no comments, trailing commas, NaN, BOM). Documents over `MAX_BYTES` are rejected before parsing; nesting is skipped with an explicit stack, so depth costs no recursion. Codes: `too_large`, `invalid_utf8`, `malformed_json` (with line and column), `not_an_object`.",
    ),
    (
        "G2",
        "An unknown key is an error on that key, with a suggestion when a known name is close.",
        "`unknown_key`, with `params.suggestion` for a name within two edits or differing only in case. `token`, `__proto__`, `constructor` are unknown like any other key. Unknown keys are reported sorted by name after the known fields; past `MAX_UNKNOWN_KEYS` one `too_many_unknown_keys` error on the root counts the rest, and a key longer than `MAX_KEY_SHOWN` characters is shortened with `…`. A key is shown in messages as typed (Chinese, accented letters), except the characters that can hide or reorder text, which are written `\\u{…}`: control and format characters (bidirectional controls, zero-width characters, the byte order mark, tags), line and paragraph separators, spaces other than the ASCII space, and the other default-ignorable code points. A field named by any string (`validate_field_by_name`, JavaScript `validateField`, Python `validate_field`, `extcheck field`) gets exactly what a payload holding that key gets.",
    ),
    (
        "G3",
        "A key that occurs twice is an error on that key.",
        "`duplicate_key`; neither copy's value is judged, so the verdict never depends on which one a parser keeps. (A `serde_json::Value` or a JavaScript object cannot hold duplicates; only JSON text can.)",
    ),
    (
        "G4",
        "Every error names the field that must change, with a stable code, params and an English message; no secret is ever echoed.",
        "No violation kind carries a submitted value at all: messages and params hold only limits, options and names from the tables. `Payload`, `Current`, `Secret` and `ExtensionUpdate` redact secrets in `Debug`.",
    ),
    (
        "G5",
        "All errors in one pass, in table order, whatever the key order; within a field the first failing rule wins.",
        "Per field, in this order: JSON type, blank, characters, length (or option, range, e-mail format), existence in the extension list, then cross-field rules. At most one error and one warning per field.",
    ),
    (
        "G6",
        "Letters and digits are ASCII only; look-alikes, controls, invisible marks are rejected.",
        "Byte predicates (no regex): any non-ASCII byte fails every character set, so lengths in characters, bytes and UTF-16 units agree.",
    ),
    (
        "G7",
        "Numeric fields accept a non-negative whole JSON number or a digit string; fields where leading zeros matter accept strings only; the normalized payload is all strings.",
        "Numbers are read as `f64`, exactly as JavaScript reads them, so `1002.0` passes and `1002.5`, `-1`, `1e400` fail with `not_a_whole_number`. Numbers where strings are required fail with `invalid_type`.",
    ),
    (
        "G8",
        "Blank means `\"\"` (and `null` where a rule says so); nothing is trimmed.",
        "`\" 1002\"` fails `invalid_characters`; values are never repaired.",
    ),
    (
        "T1",
        "Every input the size limit admits is judged in time proportional to its size, whatever it holds; a slow input is a bug of the weight of a crash.",
        "One pass over the text, no recursion, no backtracking. Values no rule reads (unknown keys, second copies of a key, anything nested) are checked for syntax only: nothing decoded, no number classified. A number a rule reads is judged in one linear pass against two written-out constants (2^-1075 and 2^1024 − 2^970), with no big-number arithmetic. Many unknown keys are counted in a hash table seeded per call, the first 20 in byte order picked out as they come, with a radix sort, linear in their bytes, past a linear probe budget and for a few keys (the WebAssembly module keeps a heap sort), and a suggestion looks at no more than 32 characters. `tests/worst/cases.rs` is a catalogue of pathological 64 KiB payloads, each held to a bound against an ordinary 64 KiB document in every entry point and measured by `scripts/bench`; the fuzz targets fail any input over a per-byte time budget.",
    ),
    (
        "C5",
        "A conditionally required field left out with no current settings is a warning, not an error.",
        "Warning `may_be_required` on the required field; with current settings the effective value decides.",
    ),
    (
        "C6",
        "Helpful warnings never make a payload invalid.",
        "The `W` rules in the cross-field table.",
    ),
    (
        "C7",
        "A target a rule may require, sent blank while its trigger is not sent and no current settings are given, is a warning: the PBX refuses it if the trigger is on there.",
        "`may_be_required` on `mobile`, `Xtransferext`, `Xtransfernum` sent as `\"\"` with their trigger (`enablemobile`, `Xtransferto`) left out.",
    ),
    (
        "C8",
        "When `extnumber` renames the extension, a forward to the old number (`extid`) loops like a forward to the new one.",
        "`forwards_to_itself` on a forward to either number.",
    ),
    (
        "C9",
        "A count or a number of seconds written with leading zeros (`\"03\"`, `\"030\"`) has its own error; extension numbers keep theirs (G7).",
        "`leading_zero` on `maxregistrations`, `ringtimeout` and the numeric options of `maxduration`, with the field's `min`/`max` or `options` in `params`; `\"0\"` alone is a number, judged by the range.",
    ),
    (
        "X1",
        "Current settings are one `extinfos` element; `moblie` is accepted for `mobile`; extra keys are fine.",
        "`Current::from_json` / `from_value`; `mobile` wins if both spellings appear. A current `extnumber` that differs from `extid` gives the warning `current_mismatch`. Current settings are JSON text of at most 1048576 bytes (`MAX_CURRENT_BYTES`); more is refused before parsing with an error that names the limit (`ContextError::CurrentTooLarge`, `extcheck`'s one-line size message), never a parse error at a cut.",
    ),
    (
        "X2",
        "With a list of existing extensions: `extid` must exist (errno 10006), each used `Xtransferext` must exist, `extnumber` must not exist unless it equals `extid`.",
        "`extension_not_found` (errno 10006) on `extid` and on a sent, non-blank `Xtransferext` whose destination is `Extension` or unknown; `extension_in_use` on `extnumber`.",
    ),
    (
        "Q1",
        "Current settings may be one `extinfos` element or a whole query response, whose element is picked by the payload's `extid`; destinations in the query page's spellings and `moblie` are read.",
        "`Current::from_json` reads either; with a whole response, the element whose `extnumber` is `extid` is used, and none is the error `not_in_current` on `extid`. The settings a form is filled from are the library's reading of the element (`Current::element`, JavaScript `readCurrent`, Python `read_current`): `extid`, then the fields held, with no secret and no `extnumber`. `voicemail`, `ext1000`, `mobile1399…`, `number9592…` (any case, spaces ignored) are read as the option, and the number into the field the destination requires (C1-C3).",
    ),
    (
        "Q2",
        "Keys the query returns but the update does not take are an error of their own.",
        "`not_updatable` on `status`, `type`, `port`, `language`, `moblie` (with `params.instead`: `mobile`), `inbound`, `inboundid`, `outbound`, `ouboundid`, `outboundid`, `from`, `to`, `trunk`, `ext`, `extinfos`; other unknown keys stay `unknown_key`.",
    ),
    (
        "Q3",
        "A `loginpassword` equal to the current one or of 32 hex digits is the query's hash sent back.",
        "The warning `password_looks_hashed` on `loginpassword` (the table of value warnings below).",
    ),
    (
        "Q4",
        "From current and desired settings, the minimal valid payload: `extid` and what differs, in table order, never a Q2 key, never a secret copied from the current settings; validated like any payload.",
        "`diff` (Rust), `extcheck diff --current FILE`, `diff(current, desired)` in JavaScript; desired equal to current gives `extid` alone and the warning `nothing_to_change`.",
    ),
    (
        "Q5",
        "A password without a digit, an upper-case or a lower-case letter is weak (Yeastar's Chinese guide requires all three).",
        "The warning `weak_password` on `registerpassword` and `loginpassword`, with `params.missing` (`digit`, `upper`, `lower`).",
    ),
    (
        "M1",
        "Messages are data: one catalog per language, a template per code (and case), filled from `params` and labels.",
        "`locales/en.json` and `locales/zh-CN.json` hold every message, label, help text, group title and editor string. Rust (`Catalog`), `extcheck --lang` and the npm package render the same files to the same text; the WebAssembly module carries no prose and returns violations as data.",
    ),
    (
        "M2",
        "`params` are machine-readable: numbers, option lists, field names and codes, never prose.",
        "`expected` is a code (`text`, `digit_text`, `number`, `range`, `option`), `found` a JSON type, `reason` a code of the JSON reader; a field with options carries `options` and one with a range `min` and `max` whatever went wrong.",
    ),
    (
        "M3",
        "Messages say what to do, in the administrator's words.",
        "They name the options, the allowed characters and the range; say text, number, true/false instead of JSON type names; never put a label where a colon in it would break the sentence; say \"request body\", not \"document\". The table of codes below shows one message of each in both languages.",
    ),
    (
        "M4",
        "Languages: `en` (the default) and `zh-CN`, in the words of Yeastar's own guides; option values stay as the PBX spells them. Other catalogs can be supplied, and an incomplete one is refused when it is loaded.",
        "Chinese labels are the Chinese guide's; the three forwarding groups' fields carry their group's name (`总是转移分机号`), since the guide's own label (`分机号`) is the same in each. `Catalog::from_json` and JavaScript `registerLocale` check a catalog against the English one: every message and case, name, field, group and editor string.",
    ),
    (
        "M5",
        "The language changes `message` and labels only.",
        "The differential tests compare reports in every language with the messages set aside, across Rust, `extcheck` and JavaScript.",
    ),
];

/// Choices the rulings left to us ("decide") and other limits, with reasons.
pub const DECISIONS: &[(&str, &str)] = &[
    (
        "`vmsecret` blank",
        "Not allowed (`blank`). An empty PIN opens the mailbox to anyone, and the spec writes \"could be blank\" on the rows where blank is allowed but not on this one.",
    ),
    (
        "`agentid` length",
        "At most 31 digits: the widest digit limit the spec sets for a non-secret number (`mobile`). `null` and `\"\"` both mean \"announce the extension number\"; the normalized payload writes `\"\"`.",
    ),
    (
        "`ntransferprefix` length",
        "15, as the spec's row says, though the other prefixes allow 7 (the asymmetry is the spec's).",
    ),
    (
        "Check order",
        "Characters before length: an invalid character must be fixed whatever the length, and the message says which characters are allowed.",
    ),
    (
        "Options",
        "Case-sensitive. A wrong case, a yes/no word or `true`/`1` for a switch, or a spelling within two edits is suggested in `params.suggestion`; a number is never \"corrected\" to another number.",
    ),
    (
        "Size",
        "JSON text over MAX_BYTES bytes is rejected before parsing; a complete payload with every field at its longest is under 1.5 KiB. A `serde_json::Value` or a JavaScript object is held to the same limit on what the rules see of it: its members written as compact JSON with every nested value as `[]` or `{}` (no rule reads inside them).",
    ),
    (
        "Existence checks",
        "X2 judges the transfer extensions the payload sends; values only held by the current settings are the PBX's business.",
    ),
];

/// What the JSON Schema from `json_schema()` cannot say.
pub const SCHEMA_LIMITS: &[&str] = &[
    "Duplicate keys (G3): `JSON.parse` and most JSON libraries keep one copy before a schema sees the object.",
    "The document size limit and the reader's strictness (G1).",
    "The context rules X1 and X2: current settings and the list of existing extensions.",
    "C4 and the other conditionals when the required field is left out: without context that is only a warning (C5). The schema says the context-free part: a required field sent blank while its trigger is sent.",
    "Warnings (C5, C6) of any kind.",
    "API 2.0.0's Caller ID name counts UTF-16 units, which a schema's `maxLength` (code points) cannot: the schema leaves out the characters beyond the Basic Multilingual Plane (emoji), which count two, so it refuses some names the library accepts, never the other way round.",
    "That an API 2.0.0 strong password must not contain the extension's number or Caller ID name (V4): it depends on other fields. The schema states the strong policy (the PBX's default); with weak passwords allowed it is stricter than the library.",
    "Which error comes first within a field (G5), suggestions, messages and errno.",
];

fn describe_rule(spec: &FieldSpec) -> String {
    let mut s = match spec.rule {
        ValueRule::Text { charset, min, max } => {
            let what = match charset {
                Charset::Password => {
                    "printable ASCII except space and `` ; & \" ' \\ < > ` | ``".to_owned()
                }
                Charset::CallerIdName => format!(
                    "{} (counted in UTF-16 units)",
                    Catalog::en().charset_name(charset)
                ),
                _ => Catalog::en().charset_name(charset).to_owned(),
            };
            if min > 1 {
                format!("{what}, {min} to {max} characters")
            } else {
                format!("{what}, at most {max} characters")
            }
        }
        ValueRule::Range { min, max } => format!("a whole number from {min} to {max}"),
        rule @ (ValueRule::OneOf(_) | ValueRule::Switch) => {
            let options = rule.options().unwrap_or(&[]);
            let list: Vec<String> = options.iter().map(|o| format!("`{o}`")).collect();
            format!("one of {}", list.join(", "))
        }
        ValueRule::Email { max, charset } => {
            let only = charset
                .map(|c| format!(" of {}", Catalog::en().charset_name(c)))
                .unwrap_or_default();
            format!(
                "an e-mail address (WHATWG `<input type=email>` rule){only}, at most {max} characters"
            )
        }
    };
    s.push_str(if spec.numbers {
        "; a string or a whole JSON number"
    } else {
        "; strings only"
    });
    s
}

fn describe_blank(spec: &FieldSpec) -> &'static str {
    match spec.blank {
        Blank::Required => "required; never blank (errno 10004)",
        Blank::Present => "required (errno 10004); not blank",
        Blank::NotBlank => "optional; not blank",
        Blank::Allowed => "optional; may be blank",
        Blank::AllowedOrNull => "optional; may be blank or null",
    }
}

fn describe_requirement(r: &Requirement) -> String {
    match r {
        Requirement::NotBlank => "must not be blank".to_owned(),
        Requirement::FieldEquals(f, v) => format!("`{}` should be `{v}`", f.name()),
        Requirement::NotOwnExtension => "should not be the extension itself".to_owned(),
    }
}

/// Where an example violation is shown: root kinds on `""`, the rest on a fitting field.
fn example_violation(kind: ViolationKind) -> Violation {
    let field = match &kind {
        ViolationKind::TooLarge { .. }
        | ViolationKind::InvalidUtf8 { .. }
        | ViolationKind::Malformed { .. }
        | ViolationKind::NotAnObject { .. }
        | ViolationKind::TooManyUnknownKeys { .. } => return Violation::root(kind),
        ViolationKind::UnknownKey { .. } => return Violation::on_key("moblie", kind),
        ViolationKind::NotUpdatable { .. } => return Violation::on_key("moblie", kind),
        ViolationKind::Required
        | ViolationKind::CurrentMismatch
        | ViolationKind::NotInCurrent
        | ViolationKind::NothingToChange => Field::Extid,
        ViolationKind::PasswordLooksHashed | ViolationKind::WeakPassword { .. } => {
            Field::Loginpassword
        }
        ViolationKind::ExtensionNotFound => Field::Atransferext,
        ViolationKind::ExtensionInUse => Field::Extnumber,
        ViolationKind::TooShort { .. } => Field::Loginpassword,
        ViolationKind::OutOfRange { .. } => Field::Maxregistrations,
        ViolationKind::InvalidOption { .. } => Field::Dnd,
        ViolationKind::InvalidEmail | ViolationKind::EmailMissing => Field::Email,
        ViolationKind::ConditionallyRequired { .. } | ViolationKind::MayBeRequired { .. } => {
            Field::Mobile
        }
        ViolationKind::NoEffect { .. } => Field::Ringsimultaneous,
        ViolationKind::ForwardsToItself => Field::Ntransferext,
        ViolationKind::VoicemailOff => Field::Btransferto,
        ViolationKind::NotWholeNumber { .. } | ViolationKind::LeadingZero { .. } => {
            Field::Maxregistrations
        }
        _ => Field::Registername,
    };
    Violation::on(field, kind)
}

/// The whole of `docs/RULES.md`.
#[must_use]
pub fn rules_markdown() -> String {
    let mut md = String::with_capacity(32 * 1024);
    let w = &mut md;
    let _ = writeln!(w, "# Rules of `extension/update`\n");
    let _ = writeln!(
        w,
        "<!-- Generated from src/spec/table.rs, src/spec/cross.rs and src/export/docs.rs. Do not edit: run \
         `UPDATE_DOCS=1 cargo test --test docs`. -->\n"
    );
    let _ = writeln!(
        w,
        "What the library enforces for the Yeastar S-Series API call `extension/update` \
         (API v1.0.1, firmware 30.5.0.24). \"Spec\" is the parameter table of \
         `extension-update.md`, cited by row; \"ruling\" is `decisions.md`, which wins where \
         the two differ. The tables of parameters, cross-field rules and codes are generated \
         from the tables the validator runs on; the rulings are stated in the project's own \
         words in src/export/docs.rs.\n"
    );
    let _ = writeln!(w, "## General rulings\n");
    let _ = writeln!(w, "| ruling | what it says | how it is enforced |");
    let _ = writeln!(w, "|---|---|---|");
    for (id, says, how) in GENERAL {
        let how = how
            .replace("`MAX_BYTES`", &format!("{MAX_BYTES} bytes (`MAX_BYTES`)"))
            .replace(
                "`MAX_UNKNOWN_KEYS`",
                &format!("{MAX_UNKNOWN_KEYS} (`MAX_UNKNOWN_KEYS`)"),
            )
            .replace(
                "`MAX_KEY_SHOWN`",
                &format!("{MAX_KEY_SHOWN} (`MAX_KEY_SHOWN`)"),
            );
        let _ = writeln!(w, "| {id} | {says} | {how} |");
    }
    profile_tables(w, Profile::default(), "##");
    let _ = writeln!(w, "\n## API 2.0.0 (profiles)\n");
    let _ = writeln!(
        w,
        "Firmware 30.13.0.30 and later speak API 2.0.0 (`api-v2.md`); a caller picks the \
         profile (V1: command line `--api v2 --call add`, JavaScript `{{ api: \"v2\", call: \
         \"add\" }}`, Python `api=\"v2\", call=\"add\"`, Rust `Context::profile`). The \
         rulings:\n"
    );
    let _ = writeln!(w, "| ruling | what it says | how it is enforced |");
    let _ = writeln!(w, "|---|---|---|");
    for (id, says, how) in PROFILE_RULINGS {
        let _ = writeln!(w, "| {id} | {says} | {how} |");
    }
    for profile in Profile::all().filter(|p| p.api() != Api::V1) {
        let _ = writeln!(
            w,
            "\n### API 2.0.0 `{}` (`{}`)",
            profile.call().path(),
            profile.path()
        );
        profile_tables(w, profile, "####");
    }
    let _ = writeln!(w, "\n## Fields a choice uses\n");
    let _ = writeln!(
        w,
        "Not rules (nothing is reported from them): which fields each forwarding destination \
         brings into use, from the spec rows `Xtransferext`, `Xtransferprefix` and \
         `Xtransfernum`. The metadata lists them per option (`uses`), and the editor shows only \
         those. For a mobile number the number itself is `mobile`.\n"
    );
    let _ = writeln!(w, "| field | option | uses |");
    let _ = writeln!(w, "|---|---|---|");
    for u in &USES {
        let _ = writeln!(
            w,
            "| `{}` | {} | `{}` |",
            u.when.name(),
            u.equals,
            u.uses.name()
        );
    }
    let _ = writeln!(w, "\n## Decisions\n");
    let _ = writeln!(w, "| topic | decision and reason |");
    let _ = writeln!(w, "|---|---|");
    for (topic, text) in DECISIONS {
        let text = text.replace("MAX_BYTES", &format!("{MAX_BYTES} (`MAX_BYTES`)"));
        let _ = writeln!(w, "| {topic} | {text} |");
    }
    let _ = writeln!(w, "\n## Error and warning codes\n");
    let _ = writeln!(
        w,
        "Codes are stable. `params` carry limits and options, never a submitted value. An \
         example message for each (the field shown is only an example):\n"
    );
    let _ = writeln!(
        w,
        "| code | errno | params | example field | example message | in Chinese (zh-CN) |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|");
    for kind in ViolationKind::examples() {
        let params: Vec<&str> = kind.params().iter().map(|(n, _)| *n).collect();
        let errno = kind.errno().map(|n| n.to_string()).unwrap_or_default();
        let v = example_violation(kind);
        let _ = writeln!(
            w,
            "| `{}` | {} | {} | `{}` | {} | {} |",
            v.code(),
            errno,
            params
                .iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", "),
            v.field(),
            escape(&v.message()),
            escape(
                &Catalog::get("zh-CN")
                    .map(|c| c.message(&v))
                    .unwrap_or_default()
            )
        );
    }
    let _ = writeln!(w, "\n## What the JSON Schema cannot say\n");
    let _ = writeln!(
        w,
        "`json_schema()` (draft 2020-12) states every field rule above and the context-free \
         part of C1-C3. It cannot express:\n"
    );
    for item in SCHEMA_LIMITS {
        let _ = writeln!(w, "- {item}");
    }
    md
}

/// The tables of one profile: fields, cross-field rules, context rules, value warnings, and
/// where the profile has them, password rules and defaults, under headings of level `h`.
fn profile_tables(w: &mut String, profile: Profile, h: &str) {
    let v1 = profile.api() == Api::V1;
    let _ = writeln!(w, "\n{h} Fields\n");
    if v1 {
        let _ = writeln!(
            w,
            "One row per spec parameter, in the spec's order. \"Rule\" is what the validator \
             checks; \"spec\" and \"ruling\" are where it comes from.\n"
        );
        let _ = writeln!(w, "| # | field | label | spec (extension-update.md row) | rule | blank | secret | ruling (decisions.md) |");
        let _ = writeln!(w, "|---|---|---|---|---|---|---|---|");
    } else {
        let _ = writeln!(
            w,
            "One row per parameter, in the 2.0.0 page's order. \"Source\" says whether the row \
             is the API 2.0.0 page's own or keeps API 1.x's rule because the page does not show \
             it (V3).\n"
        );
        let _ = writeln!(w, "| # | field | label | source | spec (api-v2.md row) | rule | blank | secret | ruling (decisions.md) |");
        let _ = writeln!(w, "|---|---|---|---|---|---|---|---|---|");
    }
    for (i, spec) in profile.fields().iter().enumerate() {
        let source = if v1 {
            String::new()
        } else if spec.inherited {
            "as API 1.x (row not shown in the 2.0.0 pages) | ".to_owned()
        } else {
            "API 2.0.0 page | ".to_owned()
        };
        let _ = writeln!(
            w,
            "| {} | `{}` | {} | {source}{} | {} | {} | {} | {} |",
            i.saturating_add(1),
            spec.field.name(),
            Catalog::en().label_in(spec.field, spec.api),
            escape(spec.spec),
            escape(&describe_rule(spec)),
            describe_blank(spec),
            if spec.secret { "yes" } else { "" },
            escape(spec.ruling),
        );
    }
    let _ = writeln!(w, "\n{h} Cross-field rules\n");
    let _ = writeln!(
        w,
        "Judged on the effective settings: the current settings (when given) overlaid by the \
         payload. Each reports on the field that must change. C1-C4 are errors (C5: a warning \
         when the field was left out and no current settings were given); W rules are \
         warnings only (C6).\n"
    );
    let _ = writeln!(
        w,
        "| rule | reports on | when | requirement | outcome | source |"
    );
    let _ = writeln!(w, "|---|---|---|---|---|---|");
    if profile.call() == crate::spec::profile::Call::Add {
        let _ = writeln!(
            w,
            "An added extension starts from the defaults below (V5), so every rule is judged \
             on known settings: a required field left out is an error, never C5's warning.\n"
        );
    }
    for r in profile.cross_rules() {
        let outcome = match &r.outcome {
            Outcome::Required => {
                "error `conditionally_required`; warning `may_be_required` if left out without context".to_owned()
            }
            Outcome::Warn(k) => format!("warning `{}`", k.code()),
        };
        let _ = writeln!(
            w,
            "| {} | `{}` | `{}` is `{}` | {} | {} | {} |",
            r.id,
            r.target.name(),
            r.when.name(),
            r.equals,
            describe_requirement(&r.requires),
            outcome,
            r.source
        );
    }
    let _ = writeln!(w, "\n{h} Context rules\n");
    let _ = writeln!(
        w,
        "Judged only when the caller gives the context they need (the list of existing \
         extensions, or the current settings), on values that are valid so far, before the \
         cross-field rules.\n"
    );
    let _ = writeln!(w, "| rule | reports on | check | outcome |");
    let _ = writeln!(w, "|---|---|---|---|");
    for r in profile.context_rules() {
        let check = match r.check {
            ContextCheck::Exists => "must be an existing extension".to_owned(),
            ContextCheck::ExistsWhenUsed { when, equals } => format!(
                "must be an existing extension while `{}` is `{equals}` or not known",
                when.name()
            ),
            ContextCheck::ExistsOrOwnWhenUsed { when, equals } => format!(
                "must be an existing extension or the new extension itself while `{}` is \
                 `{equals}`",
                when.name()
            ),
            ContextCheck::NotTakenUnless(other) => format!(
                "must not be an existing extension unless it equals `{}`",
                other.name()
            ),
            ContextCheck::NotTaken => "must not be an existing extension".to_owned(),
            ContextCheck::MatchesCurrent => {
                "the number the current settings hold (`number` or `extnumber`), when they \
                 hold one, must equal it"
                    .to_owned()
            }
        };
        let severity = if r.warning { "warning" } else { "error" };
        let errno = r
            .kind
            .errno()
            .map(|n| format!(" (errno {n})"))
            .unwrap_or_default();
        let _ = writeln!(
            w,
            "| {} | `{}` | {check} | {severity} `{}`{errno} |",
            r.id,
            r.target.name(),
            r.kind.code()
        );
    }
    let _ = writeln!(w, "\n{h} Value warnings\n");
    let _ = writeln!(
        w,
        "Judged on each sent, valid, non-blank value after the rules above; a field gets the \
         first that applies. Never errors.\n"
    );
    let _ = writeln!(w, "| rule | reports on | check | code |");
    let _ = writeln!(w, "|---|---|---|---|");
    for r in profile.value_warnings() {
        let check = match r.check {
            ValueCheck::LooksHashed => {
                "32 hexadecimal digits, or equal to the current settings' value (the hash \
                 `extension/query` returns)"
            }
            ValueCheck::Weak => "lacks a digit, an upper-case or a lower-case letter",
        };
        let _ = writeln!(
            w,
            "| {} | `{}` | {check} | `{}` |",
            r.id,
            r.field.name(),
            r.check.code()
        );
    }
    if !profile.password_rules().is_empty() {
        let _ = writeln!(w, "\n{h} Password rules\n");
        let _ = writeln!(
            w,
            "Errors (V4), judged after the field's own row, the first that applies: shorter \
             than the minimum (`too_short`), a missing digit, upper-case or lower-case letter \
             (`weak_password`, `params.policy`), then for a strong password only a run of four \
             or more consecutive digits up or down (`consecutive_digits`) and the extension's \
             number or Caller ID name in any case, where the payload or the current settings \
             hold them (`password_contains`, `params.field`). \"Weak passwords allowed\" (the \
             PBX's \"Allow Weak Password\") judges by the basic minimum and the character \
             classes only. The English page says \"the minimum length is 16\"; the Chinese \
             page's \"greater than 16\" (\"大于16位\") is read as the same minimum.\n"
        );
        let _ = writeln!(
            w,
            "| field | strong minimum | basic minimum | must not contain |"
        );
        let _ = writeln!(w, "|---|---|---|---|");
        for r in profile.password_rules() {
            let names: Vec<String> = r
                .not_containing
                .iter()
                .map(|f| format!("`{}`", f.name()))
                .collect();
            let _ = writeln!(
                w,
                "| `{}` | {} | {} | {} |",
                r.field.name(),
                r.strong_min,
                r.basic_min,
                names.join(", ")
            );
        }
    }
    if !profile.defaults().is_empty() {
        let _ = writeln!(w, "\n{h} Defaults\n");
        let _ = writeln!(
            w,
            "What an added extension starts with when the payload leaves a field out (V5); \
             every other switch starts off and every other field blank.\n"
        );
        let _ = writeln!(w, "| field | starts as |");
        let _ = writeln!(w, "|---|---|");
        for d in profile.defaults() {
            let value = match *d {
                AddDefault::Value(_, v) => format!("`{v}`"),
                AddDefault::Number(_) => "the extension's number".to_owned(),
            };
            let _ = writeln!(w, "| `{}` | {value} |", d.field().name());
        }
    }
    if !v1 {
        let not: Vec<String> = profile
            .not_updatable()
            .iter()
            .map(|(k, _)| format!("`{k}`"))
            .collect();
        let _ = writeln!(
            w,
            "\nKeys of a query response this call does not take (`not_updatable`, Q2): {}.",
            not.join(", ")
        );
    }
}

/// Table-cell text: a pipe would end the cell, and `<` before a letter would open an HTML tag
/// (`<extid>`); a `<` elsewhere, as in a code span of forbidden characters, stays as it is.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '|' => out.push_str("\\|"),
            '<' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/') =>
            {
                out.push_str("&lt;");
            }
            c => out.push(c),
        }
    }
    out
}
