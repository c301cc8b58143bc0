//! Writes the worst-case catalogue (`tests/worst/cases.rs`) with the native reports as one JSON
//! file for the Node tests and benchmark, writes it as fuzz seeds, or runs one case natively
//! (for a profiler).
//!
//!   cargo run --release --example worst_cases -- write FILE
//!   cargo run --release --example worst_cases -- seeds DIR     (one file per case: fuzz seeds)
//!   cargo run --release --example worst_cases -- run NAME [TIMES]

#[path = "../tests/worst/cases.rs"]
mod cases;

use std::io::Write;

use yeastar_extension_rules::{validate, validate_field, Field};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["write", file] => {
            let list = cases::all()
                .into_iter()
                .map(|c| -> Result<serde_json::Value, serde_json::Error> {
                    // The native reports, for the JavaScript side to match.
                    let report: serde_json::Value =
                        serde_json::from_str(&validate(&c.text).to_json())?;
                    let mut v =
                        serde_json::json!({ "name": c.name, "text": c.text, "report": report });
                    if let Some((field, value)) = c.field {
                        let known =
                            Field::from_name(field).ok_or(serde::de::Error::custom(field))?;
                        let one = validate_field(known, &value, None);
                        v["field"] = field.into();
                        v["value"] = value.into();
                        v["field_report"] = serde_json::from_str(&one.to_json())?;
                    }
                    Ok(v)
                })
                .collect::<Result<Vec<_>, _>>()?;
            let mut out = std::io::BufWriter::new(std::fs::File::create(file)?);
            serde_json::to_writer(&mut out, &list)?;
            out.flush()?;
            Ok(())
        }
        ["seeds", dir] => {
            std::fs::create_dir_all(dir)?;
            for c in cases::all() {
                let file = format!("worst-{}", c.name.replace('/', "-"));
                std::fs::write(std::path::Path::new(dir).join(file), c.text)?;
            }
            Ok(())
        }
        ["run", name, rest @ ..] => {
            let times: usize = rest.first().map_or(Ok(1000), |t| t.parse())?;
            let case = cases::all()
                .into_iter()
                .find(|c| c.name == *name)
                .ok_or_else(|| format!("no case {name}"))?;
            for _ in 0..times {
                std::hint::black_box(validate(std::hint::black_box(&case.text)));
            }
            Ok(())
        }
        _ => Err("usage: worst_cases write FILE | seeds DIR | run NAME [TIMES]".into()),
    }
}
