//! `extcheck`: check Yeastar `extension/update` payloads from files or standard input.
//!
//! A thin I/O shell around the library: it reads, calls `validate_bytes`, and prints the report.
#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects,
    clippy::allow_attributes_without_reason
)]

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use yeastar_extension_rules::{
    context::{Current, Extensions},
    meta::{json_schema_for, profile_json, Catalog},
    rules::{Call, MAX_BYTES, MAX_CURRENT_BYTES},
    Context, Profile, Report,
};

const USAGE: &str = "\
usage: extcheck [PROFILE] [--current FILE] [--extensions LIST] [--lines] [--pretty] [--lang LANG] [--] [FILE|-]
       extcheck diff [PROFILE] --current FILE [--extensions LIST] [--pretty] [--lang LANG] [--] [DESIRED|-]
       extcheck field [PROFILE] [--form FILE] [--json] [--current FILE] [--extensions LIST] [--pretty] [--lang LANG] [--] NAME [VALUE]
       extcheck field [PROFILE] --lines [--current FILE] [--extensions LIST] [--pretty] [--lang LANG] [--] [FILE|-]
       extcheck --fields [--api V] [--call C] [--lang LANG] | --schema [--api V] [--call C] | --help | --version
PROFILE: [--api v1|v2] [--call update|add] [--weak-passwords]

Checks a Yeastar S-Series extension/update (or, in API 2.0.0, extension/add) payload and prints
the report as one line of JSON.
FILE is read, or standard input when FILE is '-' or absent. `diff` prints the report of the
minimal update from the current settings to the desired ones (DESIRED: a payload or an edited
extinfos element); its payload is the minimal request body. `field` prints the report of one
field as a form checks it while the user types: NAME is any name (a parameter, or a key that
is none, which gets what a payload holding that key gets), VALUE the text typed (empty
when absent); with --lines, each line is {\"field\": NAME, \"value\": VALUE, \"form\": {…}}.

  --api V             the API version: v1 (API 1.0.x and 1.1.0, the default) or v2 (API 2.0.0);
                      the URL's spellings (v1.1.0, 2.0.0) are read too
  --call C            the call: update (the default) or add (API 2.0.0 only)
  --weak-passwords    the PBX allows weak passwords (API 2.0.0's basic password rules)
  --current FILE      the extension's current settings (one extinfos element of extension/query)
  --extensions LIST   comma-separated extension numbers that exist on the PBX
  --lines             read NDJSON: one payload per line, one report per line
  --pretty            print a readable summary instead of JSON
  --lang LANG         the language of messages and labels: en (the default) or zh-CN
  --form FILE         (field) the rest of the form, a payload
  --json              (field) VALUE is JSON text (\"on\", 1002, null) instead of the text typed
  --schema            print the JSON Schema of the context-free rules
  --fields            print the field metadata
  --                  end of options: what follows is FILE, even if it starts with '-'

Exit status: 0 when every payload is valid, 1 when any is not, 2 on a usage or I/O error.";

/// What to check and how.
#[derive(Debug, Default, PartialEq)]
struct Args {
    /// `None` (or `-`) for standard input.
    input: Option<PathBuf>,
    current: Option<PathBuf>,
    extensions: Option<String>,
    lines: bool,
    pretty: bool,
    /// `extcheck diff`: the input is the desired settings.
    diff: bool,
    /// `extcheck field`: the name and value (the value `None` for none), unless `--lines`.
    field: Option<(OsString, Option<OsString>)>,
    /// `extcheck field`, whether a field question was asked.
    field_mode: bool,
    /// `extcheck field --form FILE`.
    form: Option<PathBuf>,
    /// `extcheck field --json`: the value is JSON text.
    json: bool,
    /// A tag of `Catalog::locales()`; `None` for English.
    lang: Option<&'static str>,
    /// `--api` and `--call`, read into the profile.
    profile: Profile,
    /// `--weak-passwords`.
    weak_passwords: bool,
}

#[derive(Debug, PartialEq)]
enum Command {
    Check(Args),
    Help,
    Version,
    Schema(Profile),
    Fields(Option<&'static str>, Profile),
}

/// A usage error: one line, exit status 2.
#[derive(Debug, PartialEq)]
struct Usage(String);

impl From<lexopt::Error> for Usage {
    fn from(e: lexopt::Error) -> Usage {
        Usage(e.to_string())
    }
}

/// Parses the arguments (without the program name). Every malformed command line is a
/// [`Usage`] error: unknown, repeated or missing options, a value given to a flag that takes
/// none, a second FILE, a print command mixed with anything else.
fn parse_args(argv: impl IntoIterator<Item = OsString>) -> Result<Command, Usage> {
    use lexopt::prelude::*;
    let mut argv = argv.into_iter().peekable();
    let mut args = Args::default();
    // `diff` is a subcommand only as the first argument (`extcheck -- diff` checks a file
    // named diff).
    if argv.peek().is_some_and(|a| a == "diff") {
        argv.next();
        args.diff = true;
    } else if argv.peek().is_some_and(|a| a == "field") {
        argv.next();
        args.field_mode = true;
    }
    let mut positional: Vec<OsString> = Vec::new();
    let mut parser = lexopt::Parser::from_args(argv);
    let mut print: Option<(Command, &str)> = None;
    let mut seen: Vec<&str> = Vec::new();
    let mut once = |name: &'static str| -> Result<(), Usage> {
        if seen.contains(&name) {
            return Err(Usage(format!("{name} is given more than once")));
        }
        seen.push(name);
        Ok(())
    };
    let mut others = false;
    let (mut api, mut call): (Option<String>, Option<String>) = (None, None);
    let text = |v: OsString, flag: &str| {
        v.into_string()
            .map_err(|_| Usage(format!("{flag} takes a name, not bytes that are not UTF-8")))
    };
    while let Some(arg) = parser.next()? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("schema") => {
                once("--schema")?;
                print.get_or_insert((Command::Schema(Profile::default()), "--schema"));
            }
            Long("fields") => {
                once("--fields")?;
                print.get_or_insert((Command::Fields(None, Profile::default()), "--fields"));
            }
            Long("api") => {
                if api.is_some() {
                    return Err(Usage("--api is given more than once".to_owned()));
                }
                api = Some(text(parser.value()?, "--api")?);
            }
            Long("call") => {
                if call.is_some() {
                    return Err(Usage("--call is given more than once".to_owned()));
                }
                call = Some(text(parser.value()?, "--call")?);
            }
            Long("weak-passwords") => {
                once("--weak-passwords")?;
                args.weak_passwords = true;
                others = true;
            }
            Long("lang") => {
                once("--lang")?;
                let tag = parser.value()?;
                let known = Catalog::locales()
                    .iter()
                    .find(|l| tag.to_str() == Some(**l));
                let lang = known.copied().ok_or_else(|| {
                    Usage(format!(
                        "--lang takes one of {}, not {}",
                        Catalog::locales().join(", "),
                        tag.to_string_lossy()
                    ))
                })?;
                args.lang = Some(lang);
            }
            Long("lines") => {
                once("--lines")?;
                args.lines = true;
                others = true;
            }
            Long("pretty") => {
                once("--pretty")?;
                args.pretty = true;
                others = true;
            }
            Long("current") => {
                once("--current")?;
                args.current = Some(PathBuf::from(parser.value()?));
                others = true;
            }
            Long("extensions") => {
                once("--extensions")?;
                let list = parser.value()?.into_string().map_err(|_| {
                    Usage(
                        "--extensions takes extension numbers, not bytes that are not UTF-8"
                            .to_owned(),
                    )
                })?;
                args.extensions = Some(list);
                others = true;
            }
            Long("form") if args.field_mode => {
                once("--form")?;
                args.form = Some(PathBuf::from(parser.value()?));
            }
            Long("json") if args.field_mode => {
                once("--json")?;
                args.json = true;
            }
            Value(value) if args.field_mode => positional.push(value),
            Value(file) => {
                if args.input.is_some() {
                    return Err(Usage("give one FILE at most".to_owned()));
                }
                args.input = Some(PathBuf::from(file));
                others = true;
            }
            _ => return Err(arg.unexpected().into()),
        }
    }
    args.profile = Profile::new(
        api.as_deref().unwrap_or("v1"),
        call.as_deref().unwrap_or("update"),
    )
    .map_err(|e| Usage(format!("--api/--call: {e}")))?;
    let add = args.profile.call() == Call::Add;
    if add && (args.diff || args.current.is_some()) {
        return Err(Usage(
            "--call add takes no --current and no diff: an extension being added has none"
                .to_owned(),
        ));
    }
    let lang = usize::from(args.lang.is_some());
    if args.field_mode {
        if print.is_some() {
            return Err(Usage("field takes no --fields or --schema".to_owned()));
        }
        let mut values = positional.into_iter();
        if args.lines {
            if args.form.is_some() || args.json {
                return Err(Usage(
                    "field --lines takes the form and value from each line".to_owned(),
                ));
            }
            args.input = values.next().map(PathBuf::from);
        } else {
            let name = values
                .next()
                .ok_or_else(|| Usage("field needs NAME".to_owned()))?;
            args.field = Some((name, values.next()));
        }
        if values.next().is_some() {
            return Err(Usage("field takes NAME and VALUE, nothing more".to_owned()));
        }
    }
    if args.diff {
        if print.is_some() {
            return Err(Usage("diff takes no --fields or --schema".to_owned()));
        }
        if args.lines {
            return Err(Usage(
                "diff takes one desired payload, not --lines".to_owned(),
            ));
        }
        if args.current.is_none() {
            return Err(Usage("diff needs --current FILE".to_owned()));
        }
    }
    match print {
        Some((Command::Fields(..), _)) if !others && seen.len() == lang.saturating_add(1) => {
            Ok(Command::Fields(args.lang, args.profile))
        }
        Some((Command::Schema(_), _)) if !others && seen.len() == 1 => {
            Ok(Command::Schema(args.profile))
        }
        Some((_, flag)) if others || seen.len() > 1 => Err(Usage(format!(
            "{flag} takes no other arguments but --api, --call{}",
            if flag == "--fields" {
                " and --lang"
            } else {
                ""
            }
        ))),
        Some((command, _)) => Ok(command),
        None => Ok(Command::Check(args)),
    }
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Check(args)) => args,
        Ok(Command::Help) => return print(USAGE),
        Ok(Command::Version) => {
            return print(&format!("extcheck {}", env!("CARGO_PKG_VERSION")));
        }
        Ok(Command::Schema(profile)) => return print(&json_schema_for(profile)),
        Ok(Command::Fields(lang, profile)) => {
            return print(&profile_json(profile, catalog(lang)));
        }
        Err(Usage(msg)) => {
            return fail(&format!("{msg} (try 'extcheck --help')"));
        }
    };
    let ctx = match context(&args) {
        Ok(ctx) => ctx,
        Err(msg) => return fail(&msg),
    };
    let input: Box<dyn Read> = match args.input.as_deref() {
        None => Box::new(io::stdin().lock()),
        Some(path) if path.as_os_str() == "-" => Box::new(io::stdin().lock()),
        Some(path) => match open(path) {
            Ok(f) => Box::new(f),
            Err(msg) => return fail(&msg),
        },
    };
    let stdout = io::stdout().lock();
    let mut out = BufWriter::new(stdout);
    let mut all_ok = true;
    let how = Output {
        pretty: args.pretty,
        catalog: catalog(args.lang),
    };
    let result = if let Some((name, value)) = &args.field {
        field_one(
            name,
            value.as_ref(),
            &args,
            &ctx,
            how,
            &mut out,
            &mut all_ok,
        )
    } else if args.field_mode {
        field_lines(
            BufReader::with_capacity(64 * 1024, input),
            &ctx,
            how,
            &mut out,
            &mut all_ok,
        )
    } else if args.diff {
        diff_one(input, &ctx, how, &mut out, &mut all_ok)
    } else if args.lines {
        check_lines(
            BufReader::with_capacity(64 * 1024, input),
            &ctx,
            how,
            &mut out,
            &mut all_ok,
        )
    } else {
        check_one(input, &ctx, how, &mut out, &mut all_ok)
    };
    let verdict = if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    };
    match result.and_then(|()| out.flush().map_err(Failure::Write)) {
        Ok(()) => verdict,
        // A closed pipe (`extcheck --lines … | head -1`) is the reader's choice: stop quietly,
        // with the verdict on the payloads checked so far (a payload not read is not invalid).
        Err(Failure::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => verdict,
        Err(Failure::Write(e)) => fail(&format!("cannot write the report: {e}")),
        Err(Failure::Read(e)) => fail(&format!("cannot read {}: {e}", shown(&args.input))),
        Err(Failure::Usage(msg)) => fail(&msg),
    }
}

/// Why checking stopped: reading the input or writing the reports failed.
#[derive(Debug)]
enum Failure {
    Read(io::Error),
    Write(io::Error),
    /// An input that is not what the command reads (a field line that is not a question).
    Usage(String),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Write(e)
    }
}

/// The input's name in messages (a path that is not UTF-8 is shown lossily).
fn shown(input: &Option<PathBuf>) -> String {
    match input.as_deref() {
        Some(p) if p.as_os_str() != "-" => p.display().to_string(),
        _ => "standard input".to_owned(),
    }
}

fn print(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write: {e}")),
    }
}

/// One line on standard error, exit status 2.
fn fail(msg: &str) -> ExitCode {
    eprintln!("extcheck: {msg}");
    ExitCode::from(2)
}

/// Opens a file to read, refusing a directory with a clear message.
fn open(path: &Path) -> Result<File, String> {
    let name = path.display();
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => return Err(format!("cannot read {name}: it is a directory")),
        Ok(_) => {}
        Err(e) => return Err(format!("cannot read {name}: {e}")),
    }
    File::open(path).map_err(|e| format!("cannot read {name}: {e}"))
}

fn context(args: &Args) -> Result<Context, String> {
    let mut ctx = Context::new()
        .profile(args.profile)
        .map_err(|e| e.to_string())?
        .weak_passwords(args.weak_passwords);
    if let Some(path) = &args.current {
        let name = path.display();
        // One byte past the limit is enough for the library to refuse the file as too large.
        let mut bytes = Vec::new();
        open(path)?
            .take(limit_of(MAX_CURRENT_BYTES))
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read {name}: {e}"))?;
        if bytes.len() > MAX_CURRENT_BYTES {
            return Err(format!(
                "{name} is larger than the limit of {MAX_CURRENT_BYTES} bytes for current settings"
            ));
        }
        let text = String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8"))?;
        let current = Current::from_json(&text).map_err(|e| format!("{name}: {e}"))?;
        ctx = ctx.current(current);
    }
    if let Some(list) = &args.extensions {
        let list = Extensions::parse_list(list).map_err(|e| format!("--extensions: {e}"))?;
        ctx = ctx.extensions(list);
    }
    Ok(ctx)
}

/// `extcheck diff`: the desired settings, read like a payload; the report of the minimal update.
fn diff_one(
    input: impl Read,
    ctx: &Context,
    how: Output,
    out: &mut impl Write,
    all_ok: &mut bool,
) -> Result<(), Failure> {
    judge_one(input, how, out, all_ok, |bytes| {
        match std::str::from_utf8(bytes) {
            Ok(text) => ctx.diff_json(text),
            // Not UTF-8 (or over the limit): its own report says why, as a payload's would.
            Err(_) => ctx.validate_bytes(bytes),
        }
    })
}

/// `extcheck field NAME [VALUE]`: one field's report.
fn field_one(
    name: &OsString,
    value: Option<&OsString>,
    args: &Args,
    ctx: &Context,
    how: Output,
    out: &mut impl Write,
    all_ok: &mut bool,
) -> Result<(), Failure> {
    let text = |s: &OsString, what: &str| {
        s.to_str()
            .map(str::to_owned)
            .ok_or_else(|| Failure::Usage(format!("{what} is not UTF-8")))
    };
    let name = text(name, "NAME")?;
    let value = value.map(|v| text(v, "VALUE")).transpose()?;
    let form = match &args.form {
        Some(path) => {
            let mut bytes = Vec::new();
            open(path)
                .map_err(Failure::Usage)?
                .take(limit())
                .read_to_end(&mut bytes)
                .map_err(Failure::Read)?;
            // Cut at a character or not UTF-8: the library's reader says what is wrong.
            Some(String::from_utf8_lossy(&bytes).into_owned())
        }
        None => None,
    };
    let value_json = match (value, args.json) {
        (Some(v), true) => v,
        (v, false) => {
            let mut quoted = String::new();
            yeastar_extension_rules::ffi::write_json_str(&mut quoted, v.as_deref().unwrap_or(""));
            quoted
        }
        (None, true) => "\"\"".to_owned(),
    };
    let report = ctx.validate_field_by_name(&name, &value_json, form.as_deref());
    *all_ok &= report.is_ok();
    emit(out, &report, how, None)?;
    Ok(())
}

/// `extcheck field --lines`: one field question per line, one report per line; a line over
/// the size limit gets what the library says of such a request body.
fn field_lines(
    input: impl BufRead,
    ctx: &Context,
    how: Output,
    out: &mut impl Write,
    all_ok: &mut bool,
) -> Result<(), Failure> {
    judge_lines(input, how, out, all_ok, |line, overlong, number| {
        if overlong {
            return Ok(ctx.validate_bytes(line));
        }
        let text = std::str::from_utf8(line)
            .map_err(|_| Failure::Usage(format!("line {number} is not UTF-8")))?;
        let question = yeastar_extension_rules::ffi::FieldLine::parse(text)
            .map_err(|e| Failure::Usage(format!("line {number}: {e}")))?;
        Ok(ctx.validate_field_by_name(&question.name, question.value, question.form))
    })
}

/// One payload.
fn check_one(
    input: impl Read,
    ctx: &Context,
    how: Output,
    out: &mut impl Write,
    all_ok: &mut bool,
) -> Result<(), Failure> {
    judge_one(input, how, out, all_ok, |bytes| ctx.validate_bytes(bytes))
}

/// Reads one input (at most one byte past the limit, so a huge file costs no memory), judges
/// it and prints the report.
fn judge_one(
    input: impl Read,
    how: Output,
    out: &mut impl Write,
    all_ok: &mut bool,
    judge: impl FnOnce(&[u8]) -> Report,
) -> Result<(), Failure> {
    let mut bytes = Vec::new();
    input
        .take(limit())
        .read_to_end(&mut bytes)
        .map_err(Failure::Read)?;
    let report = judge(&bytes);
    *all_ok &= report.is_ok();
    emit(out, &report, how, None)?;
    Ok(())
}

fn limit() -> u64 {
    limit_of(MAX_BYTES)
}

/// How much to read of an input whose limit is `max` bytes: one byte more, so that an input
/// over the limit is refused as too large, never judged cut.
fn limit_of(max: usize) -> u64 {
    u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1)
}

/// NDJSON: one report per input line, in order; a line longer than the limit is skipped to its
/// end without being held in memory and reported as too large. A line ends at `\n`; a `\r`
/// before it is dropped (CRLF), and a last line without `\n` is checked like any other. A
/// line that is not UTF-8 gets its report (`invalid_utf8`) like any other invalid payload.
fn check_lines(
    input: impl BufRead,
    ctx: &Context,
    how: Output,
    out: &mut impl Write,
    all_ok: &mut bool,
) -> Result<(), Failure> {
    // An overlong line keeps `MAX_BYTES + 1` bytes, which is exactly enough for the library's
    // own size check to reject it as the whole document would be.
    judge_lines(input, how, out, all_ok, |line, _, _| {
        Ok(ctx.validate_bytes(line))
    })
}

/// Reads NDJSON line by line (see [`check_lines`]) and prints each line's report: `judge` gets
/// the line (without its end, at most `MAX_BYTES + 1` bytes), whether it was longer, and its
/// 1-based number.
fn judge_lines(
    mut input: impl BufRead,
    how: Output,
    out: &mut impl Write,
    all_ok: &mut bool,
    mut judge: impl FnMut(&[u8], bool, usize) -> Result<Report, Failure>,
) -> Result<(), Failure> {
    let mut line = Vec::with_capacity(4096);
    let mut number = 0usize;
    loop {
        line.clear();
        let (had_data, overlong) = read_line(&mut input, &mut line).map_err(Failure::Read)?;
        if !had_data {
            return Ok(());
        }
        number = number.saturating_add(1);
        if !overlong && line.last() == Some(&b'\r') {
            line.pop();
        }
        debug_assert!(!overlong || line.len() > MAX_BYTES);
        let report = judge(&line, overlong, number)?;
        *all_ok &= report.is_ok();
        emit(out, &report, how, Some(number))?;
    }
}

/// Reads one line (without its `\n`) into `line`, keeping at most `MAX_BYTES + 1` bytes.
/// Returns whether anything was read and whether the line was longer than that.
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<(bool, bool)> {
    let keep = MAX_BYTES.saturating_add(1);
    let mut had_data = false;
    let mut overlong = false;
    loop {
        let buf = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok((had_data, overlong));
        }
        had_data = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (buf.get(..i).unwrap_or(buf), true),
            None => (buf, false),
        };
        let room = keep.saturating_sub(line.len());
        if chunk.len() > room {
            overlong = true;
        }
        line.extend_from_slice(chunk.get(..room.min(chunk.len())).unwrap_or(chunk));
        let used = if done {
            chunk.len().saturating_add(1)
        } else {
            chunk.len()
        };
        input.consume(used);
        if done {
            return Ok((true, overlong));
        }
    }
}

/// The catalog of a language tag of `Catalog::locales()` (English for `None`).
fn catalog(lang: Option<&str>) -> &'static Catalog {
    lang.and_then(Catalog::get).unwrap_or(Catalog::en())
}

/// How reports are printed.
#[derive(Debug, Clone, Copy)]
struct Output {
    pretty: bool,
    catalog: &'static Catalog,
}

fn emit(out: &mut impl Write, report: &Report, how: Output, line: Option<usize>) -> io::Result<()> {
    if !how.pretty {
        let mut json = report.to_json_in(how.catalog);
        json.push('\n');
        return out.write_all(json.as_bytes());
    }
    let prefix = line.map(|n| format!("line {n}: ")).unwrap_or_default();
    let verdict = if report.is_ok() { "valid" } else { "invalid" };
    writeln!(
        out,
        "{prefix}{verdict}: {} error{}, {} warning{}",
        report.errors.len(),
        plural(report.errors.len()),
        report.warnings.len(),
        plural(report.warnings.len())
    )?;
    for (tag, list) in [("error", &report.errors), ("warning", &report.warnings)] {
        for v in list {
            let field = if v.field().is_empty() {
                "(payload)"
            } else {
                v.field()
            };
            let message = v.message_in(how.catalog);
            writeln!(out, "  {tag:<7} {field:<19} {message} [{}]", v.code())?;
        }
    }
    Ok(())
}

const fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
