//! The worst-case catalogue (ruling T1, `tests/worst/cases.rs`) against the ordinary 64 KiB
//! document, natively, in one process: each case is timed in rounds that alternate with the
//! baseline, so drift on a shared machine hits both alike, and the ratio of medians is
//! printed as a table (the goal: every case at most 5x the ordinary document).
//!
//! `cargo bench --bench worst_case` measures (about a minute); `cargo bench --bench worst_case
//! -- keys/` only the cases whose name contains `keys/` (beside the baseline);
//! `cargo test --bench worst_case` runs each case once.

#[path = "../tests/worst/cases.rs"]
mod cases;

use std::hint::black_box;
use std::time::Instant;

use yeastar_extension_rules::validate;

/// The median time of one call, from `rounds` rounds of `batch` calls each.
fn median_ns(samples: &mut [f64]) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let measuring = std::env::args().any(|a| a == "--bench");
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    // The baseline (the first case) stays whatever the filter.
    let all: Vec<_> = cases::all()
        .into_iter()
        .enumerate()
        .filter(|(i, c)| *i == 0 || filter.as_ref().is_none_or(|f| c.name.contains(f.as_str())))
        .map(|(_, c)| c)
        .collect();
    if !measuring {
        for c in &all {
            black_box(validate(&c.text));
        }
        println!("worst_case: {} cases, each run once", all.len());
        return;
    }
    let base = &all[0];
    let (rounds, batch) = (15, 20);
    let time = |text: &str| {
        let start = Instant::now();
        for _ in 0..batch {
            black_box(validate(black_box(text)));
        }
        start.elapsed().as_nanos() as f64 / batch as f64
    };
    for _ in 0..50 {
        black_box(validate(&base.text));
    }
    let mut rows = Vec::new();
    let mut base_all = Vec::new();
    for c in &all {
        let (mut b, mut t) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            b.push(time(&base.text));
            t.push(time(&c.text));
        }
        let (b, t) = (median_ns(&mut b), median_ns(&mut t));
        base_all.push(b);
        rows.push((t / b, t, c.name.clone()));
    }
    let baseline = median_ns(&mut base_all);
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!(
        "\nOrdinary 64 KiB document: {:.1} µs ({} bytes). Cases: {}.\n",
        baseline / 1000.0,
        base.text.len(),
        all.len()
    );
    println!("| case | time | × ordinary |");
    println!("|---|---|---|");
    for (ratio, t, name) in rows.iter().take(15) {
        println!("| `{name}` | {:.1} µs | {ratio:.2}x |", t / 1000.0);
    }
    // The worst case of each class.
    println!("\n| class | worst case | × ordinary |");
    println!("|---|---|---|");
    let mut seen: Vec<&str> = Vec::new();
    for (ratio, _, name) in &rows {
        let class = name.split('/').next().unwrap_or(name);
        if class == "baseline" || seen.contains(&class) {
            continue;
        }
        seen.push(class);
        println!("| {class} | `{name}` | {ratio:.2}x |");
    }
    let worst = rows
        .iter()
        .find(|r| !r.2.starts_with("baseline"))
        .map_or(0.0, |r| r.0);
    println!(
        "\nworst case: {worst:.2}x the ordinary document (goal: at most 5x) — {}",
        if worst <= 5.0 { "met" } else { "NOT met" }
    );
}
