//! The source layout is the architecture (README, "Development"): `src/json`, `src/spec`,
//! `src/report`, `src/engine`, `src/export`, `src/bindings`, in that order, and each layer uses
//! only itself and the layers before it. This test reads the source and fails on a path that
//! reaches forward (say, the spec tables using the engine) or around the layers through a
//! crate-root re-export, and on a source file outside the layers.

use std::fs;
use std::path::Path;

const LAYERS: [&str; 6] = ["json", "spec", "report", "engine", "export", "bindings"];

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::NAME` in the text (comments included: a doc link is a dependency too).
fn crate_paths(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        out.push(&rest[..end]);
    }
    out
}

#[test]
fn each_layer_uses_only_the_layers_before_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bad = Vec::new();
    for (rank, layer) in LAYERS.iter().enumerate() {
        let mut paths = Vec::new();
        files(&src.join(layer), &mut paths);
        assert!(!paths.is_empty(), "src/{layer} is missing");
        for path in paths {
            let text = fs::read_to_string(&path).unwrap();
            for name in crate_paths(&text) {
                match LAYERS.iter().position(|l| *l == name) {
                    Some(used) if used <= rank => {}
                    Some(_) => bad.push(format!(
                        "{}: crate::{name} is a later layer",
                        path.display()
                    )),
                    None => bad.push(format!(
                        "{}: crate::{name} goes around the layers (use its layer's path)",
                        path.display()
                    )),
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_source_file_is_in_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(
            name == "lib.rs" || name == "bin" || LAYERS.contains(&name),
            "src/{name} is outside the layers"
        );
    }
}

#[test]
fn the_test_sees_a_forward_path() {
    // The checker itself: a spec file naming the engine would be reported.
    assert_eq!(
        crate_paths("use crate::engine::check; // crate::spec"),
        ["engine", "spec"]
    );
}

/// The crate root stays small (issue 19): the entry points, the types every caller names and
/// the modules the rest is grouped in. Hidden internals (`ffi`, `docs`, `email`) do not count.
#[test]
fn the_root_is_small() {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let mut names = Vec::new();
    let mut hidden = false;
    let mut lines = lib.lines();
    while let Some(line) = lines.next() {
        // Top-level items only: the modules' own re-exports are indented.
        if line.starts_with(char::is_whitespace) {
            continue;
        }
        if line == "#[doc(hidden)]" {
            hidden = true;
            continue;
        }
        if line.starts_with("#[") {
            continue;
        }
        if let Some(rest) = line.strip_prefix("pub mod ") {
            names.push(rest.trim_end_matches(" {").to_owned());
        } else if let Some(mut rest) = line.strip_prefix("pub use ").map(str::to_owned) {
            while !rest.ends_with(';') {
                rest.push_str(lines.next().unwrap().trim());
            }
            if !hidden {
                let list = rest.rsplit("::").next().unwrap();
                let list = list.trim_matches(|c| "{};".contains(c));
                names.extend(
                    list.split(',')
                        .map(str::trim)
                        .filter(|n| !n.is_empty())
                        .map(str::to_owned),
                );
            }
        }
        hidden = false;
    }
    assert!(
        names.len() <= 16,
        "{} public items at the crate root ({}): keep it to about a dozen and group the rest in \
         its modules",
        names.len(),
        names.join(", ")
    );
    for gone in ["COUNT", "CODES", "FIELDS", "LOCALES"] {
        assert!(
            !names.iter().any(|n| n == gone),
            "{gone} is back at the root"
        );
    }
}
