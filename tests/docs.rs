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
    for spec in yeastar_extension_rules::FIELDS.iter() {
        assert!(
            md.contains(&format!("| `{}` |", spec.field.name())),
            "{}",
            spec.field
        );
    }
    for rule in yeastar_extension_rules::CROSS_RULES.iter() {
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
