//! No engine, binding or editor code names a parameter (issue 19's seam, first part): the
//! fields that play a part are found through their role (`spec::profile::ROLES`, exported to
//! JavaScript as the metadata's `roles`), every other field through the tables. This test
//! reads those files, leaves out comments and Rust test modules, and fails on a parameter's
//! name (or a key only the query returns) as a string, or a `Field::` variant, in the code.

use std::fs;
use std::path::Path;

use yeastar_extension_rules::{Field, Profile};

const FILES: [&str; 16] = [
    "src/engine/check.rs",
    "src/engine/context.rs",
    "src/engine/diff.rs",
    "src/engine/sort.rs",
    "src/engine/validate.rs",
    "src/bindings/ffi.rs",
    "src/bindings/wasm.rs",
    "src/bin/extcheck.rs",
    "python/src/lib.rs",
    "js/api/encoding.js",
    "js/api/clean-path.js",
    "js/api/messages.js",
    "js/api/decoder.js",
    "js/api/entry-points.js",
    "js/api/index.mjs",
    "www/app.js",
];

/// Words that are a parameter's name but mean something else where they stand.
const ALLOWED: [(&str, &str, &str); 4] = [
    (
        "js/api/",
        "email",
        "the metadata's control and value kind `email`, not the parameter",
    ),
    (
        "js/api/",
        "number",
        "JavaScript's type `number`, the metadata's control `number` and the role `number`, \
         not API 2.0.0's parameter",
    ),
    (
        "src/engine/check.rs",
        "number",
        "the JSON type `number` of `invalid_type`'s `found`, not the parameter",
    ),
    (
        "www/app.js",
        "number",
        "the role `number`, not the parameter",
    ),
];

/// The code of a file: without comments, and for Rust without its test module.
fn code(path: &str, text: &str) -> String {
    let text = match (path.ends_with(".rs"), text.find("#[cfg(test)]")) {
        (true, Some(at)) => &text[..at],
        _ => text,
    };
    let mut out = String::new();
    let mut in_block = false;
    for line in text.lines() {
        let t = line.trim_start();
        if in_block {
            in_block = !t.contains("*/");
            continue;
        }
        if t.starts_with("/*") {
            in_block = !t.contains("*/");
            continue;
        }
        if t.starts_with("//") || t.starts_with('*') {
            continue;
        }
        // A comment after code.
        let line = match line.find(" // ") {
            Some(at) => &line[..at],
            None => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn variant(name: &str) -> String {
    let mut c = name.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

#[test]
fn no_engine_binding_or_editor_code_names_a_parameter() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = Field::ALL.iter().map(|f| f.name().to_owned()).collect();
    names.extend(
        Profile::default()
            .not_updatable()
            .iter()
            .map(|(k, _)| (*k).to_owned()),
    );
    let mut found = Vec::new();
    for file in FILES {
        let text = fs::read_to_string(root.join(file)).unwrap();
        let code = code(file, &text);
        for (n, line) in code.lines().enumerate() {
            for name in &names {
                if ALLOWED
                    .iter()
                    .any(|(f, n, _)| file.starts_with(f) && n == name)
                {
                    continue;
                }
                for q in ["\"", "'", "`", "\\\""] {
                    if line.contains(&format!("{q}{name}{q}")) {
                        found.push(format!("{file}: {name} as a string: {}", line.trim()));
                    }
                }
                let parameter = Field::from_name(name).is_some();
                if parameter && file.ends_with(".js") && line.contains(&format!(".{name}")) {
                    let after = line.split(&format!(".{name}")).nth(1).unwrap_or("");
                    if !after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_') {
                        found.push(format!("{file}: .{name}: {}", line.trim()));
                    }
                }
            }
            for f in Field::ALL {
                let v = format!("Field::{}", variant(f.name()));
                if line.contains(&v) && !line.contains(&format!("{v}_")) {
                    let after = line.split(&v).nth(1).unwrap_or("");
                    if !after.starts_with(|c: char| c.is_ascii_alphanumeric()) {
                        found.push(format!("{file}: {v} (line {}): {}", n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "parameters named outside the tables:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_test_sees_a_named_parameter() {
    // The scan is not blind: the same code with a name in it is caught, a comment is not.
    let caught = code("x.rs", "let f = Field::Extid;\n// Field::Mobile\n");
    assert!(caught.contains("Field::Extid") && !caught.contains("Field::Mobile"));
    let js = code("x.js", "const a = index.get(\"extid\"); // \"mobile\"\n");
    assert!(js.contains("\"extid\"") && !js.contains("\"mobile\""));
}
