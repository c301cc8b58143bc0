"""The shared fixture corpus: every report as extcheck gives it, as a dict and as JSON text, in
every language the fixtures list messages for (M5)."""

import json
import tempfile
from typing import Any, List

import pytest
from conftest import extcheck, fixtures

import yeastar_extension_rules as ext

CASES = fixtures()


def test_the_corpus_is_there() -> None:
    assert len(CASES) >= 30


def args_of(case: dict[str, Any], tmp: str) -> List[str]:
    args: List[str] = []
    options = case.get("options") or {}
    if options.get("current") is not None:
        path = f"{tmp}/current.json"
        with open(path, "w", encoding="utf-8") as f:
            json.dump(options["current"], f)
        args += ["--current", path]
    if options.get("extensions") is not None:
        args += ["--extensions", ",".join(str(n) for n in options["extensions"])]
    for key in ("api", "call"):
        if options.get(key) is not None:
            args += [f"--{key}", options[key]]
    if options.get("weakPasswords"):
        args.append("--weak-passwords")
    return args


def with_messages(report: dict[str, Any], messages: List[str]) -> dict[str, Any]:
    given = iter(messages)
    out = json.loads(json.dumps(report))
    for key in ("errors", "warnings"):
        for v in out[key]:
            v["message"] = next(given)
    return out


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_fixture(case: dict[str, Any]) -> None:
    options = case.get("options") or {}
    kwargs = {
        "current": options.get("current"),
        "extensions": options.get("extensions"),
        "api": options.get("api"),
        "call": options.get("call"),
        "weak_passwords": bool(options.get("weakPasswords")),
    }
    text = case["payload_text"] if "payload_text" in case else json.dumps(case["payload"])
    inputs: List[Any] = [text, text.encode("utf-8")]
    if "payload_text" not in case and isinstance(case["payload"], dict):
        inputs.append(case["payload"])
    with tempfile.TemporaryDirectory() as tmp:
        args = args_of(case, tmp)
        native = extcheck(args, text.encode("utf-8"))
        for payload in inputs:
            r = ext.validate(payload, **kwargs)
            assert r.to_dict() == case["report"]
            assert r.to_json() + "\n" == native
            assert r.ok == case["report"]["ok"]
        for locale, messages in case.get("messages", {}).items():
            r = ext.validate(text, locale=locale, **kwargs)
            assert r.to_dict() == with_messages(case["report"], messages)
            assert r.to_json() + "\n" == extcheck(args + ["--lang", locale], text.encode("utf-8"))
