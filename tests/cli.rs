//! The `extcheck` command line: exit codes, stdin, files, --lines, --current, --extensions.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn extcheck(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_extcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn tmp(name: &str, content: &str) -> String {
    let dir = std::env::temp_dir().join(format!("extcheck-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_checked_in_sample_is_ok() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sample.json");
    let o = extcheck(&[sample], b"");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "{\"ok\":true,\"errors\":[],\"warnings\":[],\"payload\":{\"extid\":\"1002\",\"username\":\"Amy\"}}\n"
    );
}

#[test]
fn stdin_with_and_without_dash() {
    for args in [&[][..], &["-"][..]] {
        let o = extcheck(args, br#"{"extid":"1002"}"#);
        assert_eq!(o.status.code(), Some(0));
        let o = extcheck(args, br#"{"extid":"10x2"}"#);
        assert_eq!(o.status.code(), Some(1));
        assert!(stdout(&o).contains("\"code\":\"invalid_characters\""));
        assert_eq!(stdout(&o).lines().count(), 1);
    }
}

#[test]
fn exit_2_on_usage_and_io_errors() {
    for args in [
        &["--bogus"][..],
        &["/nonexistent/payload.json"][..],
        &["a.json", "b.json"][..],
        &["--current"][..],
        &["--current", "/nonexistent/current.json", "-"][..],
        &["--extensions", "10x0", "-"][..],
    ] {
        let o = extcheck(args, b"{}");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&o.stderr).starts_with("extcheck: "),
            "{args:?}"
        );
    }
    let bad_current = tmp("bad-current.json", "[1,2]");
    let o = extcheck(&["--current", &bad_current], br#"{"extid":"1"}"#);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn lines_gives_one_report_per_line() {
    let input = b"{\"extid\":\"1\"}\n{\"extid\":\"x\"}\r\n\n[1]\n{\"extid\":2}";
    let o = extcheck(&["--lines"], input);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[0].starts_with("{\"ok\":true"));
    assert!(lines[1].contains("invalid_characters"));
    assert!(lines[2].contains("malformed_json"));
    assert!(lines[3].contains("not_an_object"));
    assert!(lines[4].starts_with("{\"ok\":true"));
    let o = extcheck(&["--lines"], b"{\"extid\":\"1\"}\n{\"extid\":\"2\"}\n");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn lines_skips_an_overlong_line_without_losing_the_next() {
    let mut input = b"{\"extid\":\"1\",\"username\":\"".to_vec();
    input.extend(std::iter::repeat_n(b'a', 200_000));
    input.extend(b"\"}\n{\"extid\":\"2\"}\n");
    let o = extcheck(&["--lines"], &input);
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains("too_large"));
    assert!(lines[1].starts_with("{\"ok\":true"));
}

#[test]
fn lines_streams_many_payloads() {
    let line = b"{\"extid\":\"1002\",\"username\":\"Amy\",\"dnd\":\"off\"}\n";
    let input: Vec<u8> = line
        .iter()
        .copied()
        .cycle()
        .take(line.len() * 20_000)
        .collect();
    let o = extcheck(&["--lines"], &input);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).lines().count(), 20_000);
}

#[test]
fn current_and_extensions() {
    let current = tmp(
        "current.json",
        r#"{"extnumber":"1000","moblie":"","enablemobile":"off"}"#,
    );
    let o = extcheck(
        &["--current", &current, "-"],
        br#"{"extid":"1000","enablemobile":"on"}"#,
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("\"field\":\"mobile\",\"code\":\"conditionally_required\""));
    let o = extcheck(&["--extensions", "1000,1001"], br#"{"extid":"1002"}"#);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("\"errno\":10006"));
    let o = extcheck(&["--extensions=1000,1002", "-"], br#"{"extid":"1002"}"#);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn a_huge_file_is_rejected_without_reading_it_all() {
    let big = tmp(
        "big.json",
        &format!("{{\"extid\":\"{}\"}}", "1".repeat(1_000_000)),
    );
    let o = extcheck(&[&big], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("too_large"));
}

#[test]
fn pretty_summary() {
    let o = extcheck(
        &["--pretty"],
        br#"{"extid":"1002","registerpassword":"a b","enablemobile":"on"}"#,
    );
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.starts_with("invalid: 1 error, 1 warning\n"), "{out}");
    assert!(out.contains("registerpassword"));
    assert!(!out.contains("a b"));
    let o = extcheck(&["--lines", "--pretty"], b"{\"extid\":\"1\"}\n");
    assert_eq!(stdout(&o), "line 1: valid: 0 errors, 0 warnings\n");
}

#[test]
fn schema_fields_help_version() {
    let o = extcheck(&["--schema"], b"");
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(schema["required"], serde_json::json!(["extid"]));
    let o = extcheck(&["--fields"], b"");
    let fields: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(fields["fields"].as_array().unwrap().len(), 38);
    assert!(stdout(&extcheck(&["--help"], b"")).starts_with("usage: extcheck"));
    assert!(stdout(&extcheck(&["--version"], b"")).starts_with("extcheck "));
}
