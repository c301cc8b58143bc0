"""Python benchmark: the package's validate(dict) beside jsonschema, fastjsonschema and the
jsonschema-rs Python bindings, each with the package's own JSON Schema, in one process, on the
payloads of BENCHMARKS.md, for every profile (API 1.x update, API 2.0.0 update and add).
Run by `scripts/python bench` (and `scripts/bench`).

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


# The fixtures, and payloads the project did not tune for (benches/payloads.json), for every
# profile (API version and call).
UNTUNED = json.loads((ROOT / "benches" / "payloads.json").read_text())
V2 = UNTUNED["api_v2"]
PROFILES = [
    (
        "API 1.x update",
        {},
        {
            "sample": fixture("spec-sample.json"),
            "full": fixture("full-valid.json"),
            "full_other": UNTUNED["full_other"],
            "dozen_errors": fixture("dozen-errors.json"),
            "errors_other": UNTUNED["errors_other"],
        },
    ),
    ("API 2.0.0 update", {"api": "v2"}, {"sample": V2["update_sample"], "full": V2["full"], "errors": V2["errors"]}),
    ("API 2.0.0 add", {"api": "v2", "call": "add"}, {"sample": V2["add_sample"], "full": V2["full"], "errors": V2["errors"]}),
]


def escape_dollar_in_classes(o):
    """fastjsonschema rewrites every `$` of a pattern as `\\Z`, also inside a character class,
    where Python's `re` refuses it; `\\$` there means the same character."""
    if isinstance(o, dict):
        return {k: (v.replace("#$%", "#\\$%") if k == "pattern" else escape_dollar_in_classes(v)) for k, v in o.items()}
    if isinstance(o, list):
        return [escape_dollar_in_classes(v) for v in o]
    return o


def calls(profile: dict) -> dict:
    """The four validators of one profile, each with the profile's own JSON Schema."""
    schema = ext.json_schema(**profile)
    py_validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    fast = fastjsonschema.compile(escape_dollar_in_classes(schema))
    rs = jsonschema_rs.validator_for(schema)

    def fast_check(p: dict) -> bool:
        try:
            fast(p)
            return True
        except fastjsonschema.JsonSchemaException:
            return False

    return {
        # The report with its violations made as Python objects (messages included), as the
        # others make their error lists.
        "ours": lambda p: len(ext.validate(p, **profile).errors) == 0,
        "jsonschema-rs": lambda p: not list(rs.iter_errors(p)),
        "fastjsonschema": fast_check,
        "jsonschema": lambda p: not list(py_validator.iter_errors(p)),
    }


def best(fn, p) -> float:
    number = 5 if SMOKE else 2000
    repeat = 1 if SMOKE else 7
    return min(timeit.repeat(lambda: fn(p), number=number, repeat=repeat)) / number * 1e6


print(f"\nPython {sys.version.split()[0]}, {'SMOKE RUN (numbers meaningless)' if SMOKE else 'best of 7 rounds'}\n")
print("| profile | payload | ours validate(dict) | jsonschema-rs | fastjsonschema | jsonschema | rs / ours | fast / ours |")
print("|---|---|---|---|---|---|---|---|")
missed = []
for profile_name, profile, payloads in PROFILES:
    CALLS = calls(profile)
    # The verdicts agree before anything is timed.
    for name, p in payloads.items():
        verdicts = {k: f(p) for k, f in CALLS.items()}
        assert len(set(verdicts.values())) == 1, (profile_name, name, verdicts)
    for name, p in payloads.items():
        # Interleaved, so that a slow moment hits every column.
        t = {k: best(f, p) for k, f in CALLS.items()}
        rs_ratio, fast_ratio = t["jsonschema-rs"] / t["ours"], t["fastjsonschema"] / t["ours"]
        print(
            f"| {profile_name} | {name} | {t['ours']:.2f} µs | {t['jsonschema-rs']:.2f} µs | {t['fastjsonschema']:.2f} µs "
            f"| {t['jsonschema']:.1f} µs | {rs_ratio:.2f}x | {fast_ratio:.2f}x |"
        )
        if rs_ratio < 1 or fast_ratio < 5:
            missed.append(f"{profile_name}, {name}: {rs_ratio:.2f}x jsonschema-rs's speed, {fast_ratio:.2f}x fastjsonschema's")
print("\nGoals: at least as fast as jsonschema-rs (rs / ours ≥ 1) and at least 5x fastjsonschema on every payload.")
for m in missed:
    print(f"  not met: {m}")
