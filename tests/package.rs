//! Release-ready packages: the crate ships its license texts and changelog, and the changelog
//! is in the "Keep a Changelog" form. (The npm package and the wheel are checked by their own
//! tests: tests/js/api.test.mjs and python/tests/test_package.py.)

use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn cargo_package_ships_the_licenses_and_the_changelog() {
    let out = Command::new(env!("CARGO"))
        .args([
            "package",
            "--list",
            "--allow-dirty",
            "--quiet",
            "-p",
            "yeastar-extension-rules",
        ])
        .current_dir(ROOT)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = String::from_utf8(out.stdout).unwrap();
    let files: Vec<&str> = files.lines().collect();
    for f in [
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "CHANGELOG.md",
        "README.md",
        "Cargo.toml",
    ] {
        assert!(files.contains(&f), "{f} is not in the crate: {files:?}");
    }
    assert!(!files
        .iter()
        .any(|f| f.starts_with("www/") || f.starts_with("pkg/")));
}

#[test]
fn the_license_texts_are_the_ones_the_manifest_names() {
    let manifest = std::fs::read_to_string(format!("{ROOT}/Cargo.toml")).unwrap();
    assert!(manifest.contains("license = \"MIT OR Apache-2.0\""));
    let mit = std::fs::read_to_string(format!("{ROOT}/LICENSE-MIT")).unwrap();
    assert!(mit.contains("Permission is hereby granted, free of charge"));
    let apache = std::fs::read_to_string(format!("{ROOT}/LICENSE-APACHE")).unwrap();
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0, January 2004"));
    assert!(apache.contains("END OF TERMS AND CONDITIONS"));
}

#[test]
fn the_changelog_keeps_a_changelog() {
    let log = std::fs::read_to_string(format!("{ROOT}/CHANGELOG.md")).unwrap();
    assert!(log.starts_with("# Changelog\n"));
    assert!(log.contains("[Keep a Changelog]"));
    assert!(log.contains("\n## Unreleased\n"));
    let version = env!("CARGO_PKG_VERSION");
    let heading = format!("\n## {version} - ");
    assert!(log.contains(&heading), "no section for {version}");
    // Only the headings the format knows, under each release.
    for line in log.lines().filter(|l| l.starts_with("### ")) {
        assert!(
            [
                "### Added",
                "### Changed",
                "### Deprecated",
                "### Removed",
                "### Fixed",
                "### Security"
            ]
            .contains(&line),
            "{line}"
        );
    }
}
