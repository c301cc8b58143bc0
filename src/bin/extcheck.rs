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

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use yeastar_extension_rules::{
    fields_json, json_schema, validate_bytes, Context, Current, Extensions, Report, MAX_BYTES,
};

const USAGE: &str = "\
usage: extcheck [FILE|-] [--current FILE] [--extensions 1000,1001,...] [--lines] [--pretty]
       extcheck --schema | --fields | --help | --version

Checks a Yeastar S-Series extension/update payload and prints the report as one line of JSON.
FILE is read, or standard input when FILE is '-' or absent.

  --current FILE      the extension's current settings (one extinfos element of extension/query)
  --extensions LIST   comma-separated extension numbers that exist on the PBX
  --lines             read NDJSON: one payload per line, one report per line
  --pretty            print a readable summary instead of JSON
  --schema            print the JSON Schema of the context-free rules
  --fields            print the field metadata

Exit status: 0 when every payload is valid, 1 when any is not, 2 on a usage or I/O error.";

/// The most bytes read from a `--current` file.
const MAX_CONTEXT_BYTES: u64 = 1024 * 1024;

struct Args {
    input: Option<String>,
    current: Option<String>,
    extensions: Option<String>,
    lines: bool,
    pretty: bool,
}

enum Command {
    Check(Args),
    Print(String),
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Command, String> {
    let mut args = Args {
        input: None,
        current: None,
        extensions: None,
        lines: false,
        pretty: false,
    };
    while let Some(arg) = argv.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |flag: &str| {
            inline
                .clone()
                .or_else(|| argv.next())
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match name.as_str() {
            "--help" | "-h" => return Ok(Command::Print(USAGE.to_owned())),
            "--version" | "-V" => {
                return Ok(Command::Print(format!(
                    "extcheck {}",
                    env!("CARGO_PKG_VERSION")
                )))
            }
            "--schema" => return Ok(Command::Print(json_schema())),
            "--fields" => return Ok(Command::Print(fields_json())),
            "--lines" => args.lines = true,
            "--pretty" => args.pretty = true,
            "--current" => args.current = Some(value("--current")?),
            "--extensions" => args.extensions = Some(value("--extensions")?),
            "-" => set_input(&mut args, "-")?,
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            file => set_input(&mut args, file)?,
        }
    }
    Ok(Command::Check(args))
}

fn set_input(args: &mut Args, file: &str) -> Result<(), String> {
    if args.input.is_some() {
        return Err("give one FILE at most".to_owned());
    }
    args.input = Some(file.to_owned());
    Ok(())
}

fn main() -> ExitCode {
    let command = match parse_args(std::env::args().skip(1)) {
        Ok(c) => c,
        Err(msg) => return fail(&msg),
    };
    let args = match command {
        Command::Print(text) => {
            println!("{text}");
            return ExitCode::SUCCESS;
        }
        Command::Check(args) => args,
    };
    let ctx = match context(&args) {
        Ok(ctx) => ctx,
        Err(msg) => return fail(&msg),
    };
    let input: Box<dyn Read> = match args.input.as_deref() {
        None | Some("-") => Box::new(io::stdin().lock()),
        Some(path) => match File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => return fail(&format!("cannot read {path}: {e}")),
        },
    };
    let stdout = io::stdout().lock();
    let mut out = BufWriter::new(stdout);
    let result = if args.lines {
        check_lines(
            BufReader::with_capacity(64 * 1024, input),
            &ctx,
            args.pretty,
            &mut out,
        )
    } else {
        check_one(input, &ctx, args.pretty, &mut out)
    };
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(all_ok), Ok(())) => {
            if all_ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        // A closed pipe (`extcheck … | head`) is the reader's choice, not an error of ours.
        (Err(e), _) | (_, Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(1),
        (Err(e), _) | (_, Err(e)) => fail(&format!("I/O error: {e}")),
    }
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("extcheck: {msg}");
    eprintln!("try 'extcheck --help'");
    ExitCode::from(2)
}

fn context(args: &Args) -> Result<Context, String> {
    let mut ctx = Context::new();
    if let Some(path) = &args.current {
        let mut text = String::new();
        File::open(path)
            .and_then(|f| f.take(MAX_CONTEXT_BYTES).read_to_string(&mut text))
            .map_err(|e| format!("cannot read {path}: {e}"))?;
        let current = Current::from_json(&text).map_err(|e| format!("{path}: {e}"))?;
        ctx = ctx.current(current);
    }
    if let Some(list) = &args.extensions {
        let list = Extensions::parse_list(list).map_err(|e| format!("--extensions: {e}"))?;
        ctx = ctx.extensions(list);
    }
    Ok(ctx)
}

/// One payload: reads at most one byte past the limit, so a huge file costs no memory.
fn check_one(
    input: impl Read,
    ctx: &Context,
    pretty: bool,
    out: &mut impl Write,
) -> io::Result<bool> {
    let mut bytes = Vec::new();
    input.take(limit()).read_to_end(&mut bytes)?;
    let report = validate_bytes(&bytes, ctx);
    emit(out, &report, pretty, None)?;
    Ok(report.ok)
}

fn limit() -> u64 {
    u64::try_from(MAX_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1)
}

/// NDJSON: one report per input line, in order; a line longer than the limit is skipped to its
/// end without being held in memory and reported as too large.
fn check_lines(
    mut input: impl BufRead,
    ctx: &Context,
    pretty: bool,
    out: &mut impl Write,
) -> io::Result<bool> {
    let mut all_ok = true;
    let mut line = Vec::with_capacity(4096);
    let mut number = 0usize;
    loop {
        line.clear();
        let (had_data, overlong) = read_line(&mut input, &mut line)?;
        if !had_data {
            return Ok(all_ok);
        }
        number = number.saturating_add(1);
        if !overlong && line.last() == Some(&b'\r') {
            line.pop();
        }
        // An overlong line keeps `MAX_BYTES + 1` bytes, which is exactly enough for the
        // library's own size check to reject it as the whole document would be.
        debug_assert!(!overlong || line.len() > MAX_BYTES);
        let report = validate_bytes(&line, ctx);
        all_ok &= report.ok;
        emit(out, &report, pretty, Some(number))?;
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

fn emit(
    out: &mut impl Write,
    report: &Report,
    pretty: bool,
    line: Option<usize>,
) -> io::Result<()> {
    if !pretty {
        let mut json = report.to_json();
        json.push('\n');
        return out.write_all(json.as_bytes());
    }
    let prefix = line.map(|n| format!("line {n}: ")).unwrap_or_default();
    let verdict = if report.ok { "valid" } else { "invalid" };
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
            writeln!(out, "  {tag:<7} {field:<19} {} [{}]", v.message(), v.code())?;
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
