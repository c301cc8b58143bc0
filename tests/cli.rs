//! The `extcheck` command line: exit codes, stdin, files, --lines, --current, --extensions.

use std::ffi::{OsStr, OsString};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::process::{Command, Output, Stdio};

fn extcheck(args: &[&str], stdin: &[u8]) -> Output {
    extcheck_os(&args.iter().map(OsString::from).collect::<Vec<_>>(), stdin)
}

fn extcheck_os(args: &[OsString], stdin: &[u8]) -> Output {
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

/// Exit status 2, nothing on standard output, one line on standard error.
#[track_caller]
fn usage_error(o: &Output, what: &str) -> String {
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(2), "{what}: {err}");
    assert!(o.stdout.is_empty(), "{what}");
    assert!(err.starts_with("extcheck: "), "{what}: {err}");
    assert_eq!(err.lines().count(), 1, "{what}: {err}");
    err
}

#[test]
fn every_malformed_command_line_exits_2_with_one_line() {
    let dir = std::env::temp_dir();
    let dir = dir.to_str().unwrap();
    for (args, says) in [
        (&["--bogus"][..], "--bogus"),
        (&["-x"][..], "-x"),
        (&["--lines=yes"][..], "--lines"),
        (&["--pretty=1"][..], "--pretty"),
        (&["--schema=1"][..], "--schema"),
        (&["--current"][..], "--current"),
        (&["--extensions"][..], "--extensions"),
        (&["--current", "a", "--current", "b"][..], "more than once"),
        (
            &["--extensions", "1", "--extensions=2"][..],
            "more than once",
        ),
        (&["--lines", "--lines"][..], "more than once"),
        (&["--pretty", "--pretty"][..], "more than once"),
        (&["a.json", "b.json"][..], "one FILE"),
        (&["--", "a.json", "b.json"][..], "one FILE"),
        (&["--schema", "--lines"][..], "--schema"),
        (&["--schema", "x.json"][..], "--schema"),
        (&["--fields", "--schema"][..], "no other"),
        (&["--schema", "--schema"][..], "more than once"),
        (&[dir][..], "directory"),
        (&["--current", dir, "-"][..], "directory"),
        (
            &["/nonexistent/payload.json"][..],
            "/nonexistent/payload.json",
        ),
        (&["/proc/self/mem"][..], "cannot read /proc/self/mem"),
        (&["--extensions", "10x0", "-"][..], "--extensions"),
        (&["--lang", "fr"][..], "en, zh-CN"),
        (&["--lang"][..], "--lang"),
        (&["--lang", "en", "--lang", "en"][..], "more than once"),
        (&["--schema", "--lang", "en"][..], "--schema"),
        (&["diff"][..], "diff needs --current"),
        (&["diff", "--lines", "--current", "x"][..], "not --lines"),
        (&["diff", "--fields"][..], "diff takes no"),
    ] {
        let err = usage_error(&extcheck(args, b"{}"), &format!("{args:?}"));
        assert!(err.contains(says), "{args:?}: {err}");
    }
    // A FILE name or a --current value that is not UTF-8 is a name like any other.
    let bad_name = OsString::from_vec(b"/nonexistent/\xff\xfe.json".to_vec());
    let err = usage_error(
        &extcheck_os(std::slice::from_ref(&bad_name), b""),
        "non-UTF-8 FILE",
    );
    assert!(err.contains("/nonexistent/"), "{err}");
    usage_error(
        &extcheck_os(&["--current".into(), bad_name, "-".into()], b"{}"),
        "non-UTF-8 --current",
    );
    // --extensions takes numbers: bytes that are not UTF-8 are a usage error.
    let bad_list = OsString::from_vec(b"1000,\xff".to_vec());
    usage_error(
        &extcheck_os(&["--extensions".into(), bad_list], b"{}"),
        "non-UTF-8 --extensions",
    );
    let bad_current = tmp("bad-current.json", "[1,2]");
    usage_error(
        &extcheck(&["--current", &bad_current], br#"{"extid":"1"}"#),
        "current not an object",
    );
}

#[test]
fn file_names_that_are_not_utf8_or_start_with_a_dash() {
    let dir = std::env::temp_dir().join(format!("extcheck-names-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let odd = dir.join(OsStr::from_bytes(b"payload-\xff.json"));
    std::fs::write(&odd, br#"{"extid":"1002"}"#).unwrap();
    let o = extcheck_os(&[odd.into_os_string()], b"");
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let dash = dir.join("-payload.json");
    std::fs::write(&dash, br#"{"extid":"x"}"#).unwrap();
    let o = extcheck_os(&["--".into(), "-payload.json".into()], b"");
    // Relative to the working directory: run from `dir`.
    assert_eq!(o.status.code(), Some(2));
    let o = Command::new(env!("CARGO_BIN_EXE_extcheck"))
        .current_dir(&dir)
        .args(["--pretty", "--", "-payload.json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("invalid: 1 error"));
    // `-` after `--` is still standard input.
    let o = extcheck(&["--", "-"], br#"{"extid":"1002"}"#);
    assert_eq!(o.status.code(), Some(0));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn lines_with_bad_utf8_crlf_and_no_final_newline() {
    let input = b"{\"extid\":\"1\"}\r\n{\"extid\":\"1\xff\"}\n\xc3\x28\r\n{\"extid\":\"2\"}";
    let o = extcheck(&["--lines"], input);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stderr.is_empty());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].starts_with("{\"ok\":true"), "CRLF: {}", lines[0]);
    assert!(
        lines[1].contains("\"code\":\"invalid_utf8\""),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains("\"code\":\"invalid_utf8\""),
        "{}",
        lines[2]
    );
    assert!(
        lines[3].starts_with("{\"ok\":true"),
        "last line: {}",
        lines[3]
    );
    // Only valid lines, the last without a newline: exit 0.
    let o = extcheck(&["--lines"], b"{\"extid\":\"1\"}\r\n{\"extid\":\"2\"}");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn a_closed_output_pipe_ends_quietly() {
    // `extcheck --lines big.ndjson | head -1`: the reader leaves after one line.
    let line = b"{\"extid\":\"1002\",\"username\":\"Amy\"}\n";
    let input: Vec<u8> = line
        .iter()
        .copied()
        .cycle()
        .take(line.len() * 200_000)
        .collect();
    let path = std::env::temp_dir().join(format!("extcheck-pipe-{}.ndjson", std::process::id()));
    std::fs::write(&path, &input).unwrap();
    for (args, want) in [(&["--lines"][..], 0), (&["--lines", "--pretty"][..], 0)] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_extcheck"))
            .args(args)
            .arg(&path)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        // The reader is gone (dropped above); extcheck must notice and stop.
        let out = child.wait_with_output().unwrap();
        assert!(!first.is_empty());
        assert_eq!(out.status.code(), Some(want), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // An invalid payload among those checked before the pipe closed still says so.
    let mut bad = b"{\"extid\":\"x\"}\n".to_vec();
    bad.extend_from_slice(&input);
    std::fs::write(&path, &bad).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_extcheck"))
        .args(["--lines"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stderr.is_empty());
    std::fs::remove_file(&path).unwrap();
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
    for help in [&["--help"][..], &["-h"][..], &["--lines", "--help"][..]] {
        assert!(stdout(&extcheck(help, b"")).starts_with("usage: extcheck"));
    }
    assert!(stdout(&extcheck(&["--version"], b"")).starts_with("extcheck "));
    assert!(stdout(&extcheck(&["-V"], b"")).starts_with("extcheck "));
}

/// `--lang` renders the fixture corpus with the same reports but for the messages (M5), which
/// are the ones the fixtures list for that language; `--fields --lang` relabels the metadata.
#[test]
fn every_fixture_in_every_language() {
    use serde_json::Value;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let payload = match &case["payload_text"] {
            Value::String(t) => t.clone(),
            _ => case["payload"].to_string(),
        };
        let mut args: Vec<String> = Vec::new();
        for (key, flag) in [("api", "--api"), ("call", "--call")] {
            if let Some(v) = case["options"].get(key).and_then(Value::as_str) {
                args.extend([flag.to_owned(), v.to_owned()]);
            }
        }
        if case["options"].get("weakPasswords") == Some(&Value::Bool(true)) {
            args.push("--weak-passwords".into());
        }
        if let Some(current) = case["options"].get("current").filter(|c| !c.is_null()) {
            args.push("--current".into());
            args.push(tmp(&format!("current-{count}.json"), &current.to_string()));
        }
        if let Some(list) = case["options"].get("extensions").and_then(Value::as_array) {
            let numbers: Vec<String> = list
                .iter()
                .map(|n| n.as_str().map_or_else(|| n.to_string(), str::to_owned))
                .collect();
            args.push("--extensions".into());
            args.push(numbers.join(","));
        }
        for (lang, messages) in case["messages"].as_object().unwrap() {
            let mut with_lang = args.clone();
            with_lang.extend(["--lang".to_owned(), lang.clone()]);
            let refs: Vec<&str> = with_lang.iter().map(String::as_str).collect();
            let out: Value =
                serde_json::from_str(&stdout(&extcheck(&refs, payload.as_bytes()))).unwrap();
            let mut expected = case["report"].clone();
            let mut given = messages.as_array().unwrap().iter();
            for list in ["errors", "warnings"] {
                for v in expected[list].as_array_mut().unwrap() {
                    v["message"] = given.next().unwrap().clone();
                }
            }
            assert_eq!(out, expected, "{} in {lang}", path.display());
            count += 1;
        }
        let refs: Vec<&str> = args
            .iter()
            .map(String::as_str)
            .chain(["--lang", "en"])
            .collect();
        let out: Value =
            serde_json::from_str(&stdout(&extcheck(&refs, payload.as_bytes()))).unwrap();
        assert_eq!(out, case["report"], "{} in en", path.display());
    }
    assert!(count >= 30, "{count}");
    let fields: Value =
        serde_json::from_str(&stdout(&extcheck(&["--fields", "--lang", "zh-CN"], b""))).unwrap();
    assert_eq!(fields["fields"][0]["label"], "分机号");
    assert_eq!(fields["groups"][3]["title"], "总是转移");
    let pretty = stdout(&extcheck(
        &["--pretty", "--lang", "zh-CN"],
        br#"{"extid":"1","dnd":1}"#,
    ));
    assert!(pretty.contains("免打扰的开关必须是"), "{pretty}");
}

/// `extcheck diff`: the minimal update from the guide's query response to an edited element.
#[test]
fn diff_prints_the_minimal_update() {
    let response = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/query-samples/en-guide.json"
    ))
    .unwrap();
    let current = tmp("diff-current.json", &response);
    let edited = response
        .split("\"extinfos\":[")
        .nth(1)
        .unwrap()
        .trim_end()
        .trim_end_matches("]}")
        .replace("\"dnd\":\"off\"", "\"dnd\":\"on\"");
    let o = extcheck(&["diff", "--current", &current], edited.as_bytes());
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(
        stdout(&o),
        "{\"ok\":true,\"errors\":[],\"warnings\":[],\"payload\":{\"extid\":\"1000\",\"dnd\":\"on\"}}\n"
    );
    // From a file, in Chinese, pretty: the same verdict.
    let desired = tmp("diff-desired.json", &edited);
    let o = extcheck(
        &[
            "diff",
            "--current",
            &current,
            "--pretty",
            "--lang",
            "zh-CN",
            &desired,
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).starts_with("valid: 0 errors, 0 warnings"),
        "{}",
        stdout(&o)
    );
    // Nothing changed: extid alone and a warning.
    let same = extcheck(&["diff", "--current", &current, "-"], response.as_bytes());
    assert!(
        stdout(&same).contains("\"code\":\"nothing_to_change\""),
        "{}",
        stdout(&same)
    );
    // A desired payload that is no JSON object gets its report like a payload, exit 1.
    let o = extcheck(&["diff", "--current", &current], b"[1]");
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("\"code\":\"not_an_object\""));
    // A file named diff is still a file after `--`.
    let o = extcheck(&["--", "diff"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("diff"));
}

#[test]
fn field_answers_for_any_name_as_validate_does() {
    let o = extcheck(&["field", "moblie", "5551234"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains(r#""code":"not_updatable""#),
        "{}",
        stdout(&o)
    );
    let o = extcheck(&["field", "dnd", "on"], b"");
    assert_eq!(o.status.code(), Some(0));
    let o = extcheck(&["field", "--json", "dnd", "true"], b"");
    assert!(stdout(&o).contains(r#""code":"invalid_option""#));
    let form = tmp("form.json", r#"{"extid":"1002","enablemobile":"on"}"#);
    let o = extcheck(&["field", "--form", &form, "mobile"], b"");
    assert!(stdout(&o).contains(r#""code":"conditionally_required""#));
    // A name of 65 characters or more is shortened where it is shown, and still an error.
    let long = "k".repeat(80);
    let o = extcheck(&["field", &long, "1"], b"");
    assert_eq!(o.status.code(), Some(1));
    // One question per line; a lone surrogate escape in a name is U+FFFD.
    let lines = b"{\"field\":\"status\",\"value\":1}\n{\"field\":\"dnd\",\"value\":\"on\",\"form\":{\"extid\":\"1\"}}\n{\"field\":\"\\ud800\"}\n";
    let o = extcheck(&["field", "--lines"], lines);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 3);
    assert!(out.lines().next().unwrap().contains("not_updatable"));
    assert!(out.lines().nth(1).unwrap().starts_with(r#"{"ok":true"#));
    assert!(out.lines().nth(2).unwrap().contains("\u{fffd}"));
    // A line that is no question is a usage error naming it.
    let err = usage_error(&extcheck(&["field", "--lines"], b"[1]\n"), "field line");
    assert!(err.contains("line 1"), "{err}");
    usage_error(&extcheck(&["field"], b""), "field without NAME");
    usage_error(
        &extcheck(&["field", "--lines", "--json"], b""),
        "field --lines --json",
    );
}

#[test]
fn oversized_inputs_get_size_errors_naming_the_limit() {
    let big = format!(
        r#"{{"extinfos":[{{"extnumber":"1000","username":"{}"}}]}}"#,
        "a".repeat(1024 * 1024)
    );
    let path = tmp("big-current.json", &big);
    let err = usage_error(
        &extcheck(&["--current", &path], br#"{"extid":"1000"}"#),
        "big current",
    );
    assert!(
        err.contains("larger than the limit of 1048576 bytes"),
        "{err}"
    );
    assert!(!err.contains("not valid JSON"), "{err}");
    // A body over the limit, through each command that reads one.
    let body = format!(r#"{{"extid":"1000","username":"{}"}}"#, "a".repeat(70_000));
    let small = tmp("small-current.json", r#"{"extnumber":"1000"}"#);
    for args in [
        &[][..],
        &["--lines"][..],
        &["diff", "--current", &small][..],
    ] {
        let o = extcheck(args, body.as_bytes());
        assert!(
            stdout(&o).contains(r#""code":"too_large""#),
            "{args:?}: {}",
            stdout(&o)
        );
    }
    let line = format!(
        "{{\"field\":\"username\",\"value\":\"{}\"}}\n",
        "a".repeat(70_000)
    );
    let o = extcheck(&["field", "--lines"], line.as_bytes());
    assert!(stdout(&o).contains(r#""code":"too_large""#));
}
