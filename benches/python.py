"""Python benchmark: the package's validate(dict) beside jsonschema, fastjsonschema and the
jsonschema-rs Python bindings, each with the package's own JSON Schema, in one process, on the
three payloads of BENCHMARKS.md. Run by `scripts/python bench` (and `scripts/bench`).

For invalid payloads each validator collects every error it reports (jsonschema and
jsonschema-rs: `iter_errors`; fastjsonschema stops at the first, by design), and ours writes
the whole report with its messages.
"""

import json
import pathlib
import sys
import timeit

import fastjsonschema
import jsonschema
import jsonschema_rs

import yeastar_extension_rules as ext

ROOT = pathlib.Path(__file__).resolve().parents[1]
SMOKE = "--smoke" in sys.argv


def fixture(name: str) -> dict:
    case = json.loads((ROOT / "tests" / "fixtures" / name).read_text())
    return case["payload"] if "payload" in case else json.loads(case["payload_text"])


# The fixtures, and payloads the project did not tune for (benches/payloads.json).
UNTUNED = json.loads((ROOT / "benches" / "payloads.json").read_text())
PAYLOADS = {
    "sample": fixture("spec-sample.json"),
    "full": fixture("full-valid.json"),
    "full_other": UNTUNED["full_other"],
    "dozen_errors": fixture("dozen-errors.json"),
    "errors_other": UNTUNED["errors_other"],
}
SCHEMA = ext.json_schema()
py_validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def escape_dollar_in_classes(o):
    """fastjsonschema rewrites every `$` of a pattern as `\\Z`, also inside a character class,
    where Python's `re` refuses it; `\\$` there means the same character."""
    if isinstance(o, dict):
        return {k: (v.replace("#$%", "#\\$%") if k == "pattern" else escape_dollar_in_classes(v)) for k, v in o.items()}
    if isinstance(o, list):
        return [escape_dollar_in_classes(v) for v in o]
    return o


fast = fastjsonschema.compile(escape_dollar_in_classes(SCHEMA))
rs = jsonschema_rs.validator_for(SCHEMA)


def fast_check(p: dict) -> bool:
    try:
        fast(p)
        return True
    except fastjsonschema.JsonSchemaException:
        return False


CALLS = {
    # The report with its violations made as Python objects (messages included), as the others
    # make their error lists.
    "ours": lambda p: len(ext.validate(p).errors) == 0,
    "jsonschema-rs": lambda p: not list(rs.iter_errors(p)),
    "fastjsonschema": fast_check,
    "jsonschema": lambda p: not list(py_validator.iter_errors(p)),
}

# The verdicts agree before anything is timed.
for name, p in PAYLOADS.items():
    verdicts = {k: f(p) for k, f in CALLS.items()}
    assert len(set(verdicts.values())) == 1, (name, verdicts)


def best(fn, p) -> float:
    number = 5 if SMOKE else 2000
    repeat = 1 if SMOKE else 7
    return min(timeit.repeat(lambda: fn(p), number=number, repeat=repeat)) / number * 1e6


print(f"\nPython {sys.version.split()[0]}, {'SMOKE RUN (numbers meaningless)' if SMOKE else 'best of 7 rounds'}\n")
print("| payload | ours validate(dict) | jsonschema-rs | fastjsonschema | jsonschema | rs / ours | fast / ours |")
print("|---|---|---|---|---|---|---|")
for name, p in PAYLOADS.items():
    # Interleaved, so that a slow moment hits every column.
    t = {k: best(f, p) for k, f in CALLS.items()}
    print(
        f"| {name} | {t['ours']:.2f} µs | {t['jsonschema-rs']:.2f} µs | {t['fastjsonschema']:.2f} µs "
        f"| {t['jsonschema']:.1f} µs | {t['jsonschema-rs'] / t['ours']:.2f}x | {t['fastjsonschema'] / t['ours']:.2f}x |"
    )
