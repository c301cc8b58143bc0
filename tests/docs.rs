//! `docs/RULES.md` is generated from the rule tables; this fails when it is stale.
//! Regenerate with `UPDATE_DOCS=1 cargo test --test docs`.

use std::path::Path;

#[test]
fn rules_md_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/RULES.md");
    let fresh = yeastar_extension_rules::docs::rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == fresh,
        "docs/RULES.md is stale: run `UPDATE_DOCS=1 cargo test --test docs` and commit it"
    );
}

#[test]
fn rules_md_mentions_every_field_rule_and_code() {
    let md = yeastar_extension_rules::docs::rules_markdown();
    for spec in yeastar_extension_rules::Profile::default().fields().iter() {
        assert!(
            md.contains(&format!("| `{}` |", spec.field.name())),
            "{}",
            spec.field
        );
    }
    for rule in yeastar_extension_rules::Profile::default()
        .cross_rules()
        .iter()
    {
        assert!(md.contains(&format!("| {} | `{}` |", rule.id, rule.target.name())));
    }
    for id in [
        "G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8", "C5", "C6", "X1", "X2",
    ] {
        assert!(md.contains(&format!("| {id} |")), "{id}");
    }
    for code in [
        "required",
        "duplicate_key",
        "unknown_key",
        "conditionally_required",
        "extension_not_found",
    ] {
        assert!(md.contains(&format!("| `{code}` |")), "{code}");
    }
}

/// Code and scripts cite rulings by name (G7, C5); each one cited must have its row in
/// docs/RULES.md, which states it in the project's own words, so no citation needs a file
/// outside the repository.
#[test]
fn every_ruling_cited_in_the_source_is_stated_in_rules_md() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let md = std::fs::read_to_string(root.join("docs/RULES.md")).unwrap();
    let mut files = Vec::new();
    for dir in [
        "src",
        "js",
        "www",
        "scripts",
        "benches",
        "examples",
        "fuzz/fuzz_targets",
    ] {
        collect(&root.join(dir), &mut files);
    }
    files.extend(["README.md", "TESTING.md", "BENCHMARKS.md"].map(|f| root.join(f)));
    assert!(files.len() > 20, "the scan found too few files: {files:?}");
    let mut missing = Vec::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // not text
        };
        for id in ruling_ids(&text) {
            if !md.contains(&format!("| {id} |")) {
                missing.push(format!("{}: {id}", path.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "rulings cited but not in docs/RULES.md:\n{}",
        missing.join("\n")
    );
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| {
            ["rs", "js", "mjs", "ts", "html", "md"].contains(&e.to_str().unwrap_or(""))
        }) {
            out.push(path);
        }
    }
}

/// Ruling names: one of the ruling letters and a number, standing alone as a word.
fn ruling_ids(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for i in 0..b.len() {
        let starts_word = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if !starts_word || !b"GFCXTMQ".contains(&b[i]) {
            continue;
        }
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let end = i + 1 + digits;
        let ends_word = end == b.len() || !(b[end].is_ascii_alphanumeric() || b[end] == b'_');
        if digits > 0 && ends_word {
            out.push(text[i..end].to_owned());
        }
    }
    out
}

#[test]
fn the_citation_scan_finds_names_and_skips_words() {
    assert_eq!(ruling_ids("(G7, C5) X2; T1."), ["G7", "C5", "X2", "T1"]);
    assert!(ruling_ids("UTF8 0xC0 M3x G7a _C1").is_empty());
}
