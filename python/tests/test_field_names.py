"""One answer per question, from every entry point: the same generated field questions (names
that are parameters, keys only the query returns, unknown names of 1 to 200 characters,
non-ASCII, control and invisible characters, lone surrogates; values of every kind; with and
without the rest of the form) through Rust (`extcheck field --lines`, the engine's
`validate_field_by_name`), JavaScript (the npm package's `validateField`) and Python
(`validate_field`), in English and Chinese: identical reports."""

import json
import pathlib
import random
import shutil
import subprocess
import tempfile
from typing import Any, List

import pytest
from conftest import EXTCHECK, ROOT

import yeastar_extension_rules as ext

COUNT = 3000
NODE_HELPER = ROOT / "tests" / "js" / "field-answers.mjs"
PACKAGE = ROOT / "tests" / "js" / "node_modules" / "yeastar-extension-rules"

QUERY_ONLY = ["status", "type", "port", "language", "moblie", "inbound", "inboundid", "outbound",
              "ouboundid", "outboundid", "from", "to", "trunk", "ext", "extinfos"]
PIECES = ["a", "Z", "9", "_", " ", "é", "用户名", "\u00a0", "\u3000", "\u200b", "\u202e", "\u2066",
          "\ufeff", "\u00ad", "\u0000", "\u001f", "\u007f", "\t", "\n", "\"", "\\", "…",
          "\ud800", "\udc00", "\U0001f600", "\U000e0041", "\u034f", "\ufe0f"]


def names(r: random.Random) -> str:
    kind = r.randrange(6)
    if kind == 0:
        return r.choice([str(f["name"]) for f in ext.fields()])
    if kind == 1:
        return r.choice(QUERY_ONLY)
    if kind == 2:
        # A near miss of a parameter.
        name = list(r.choice([str(f["name"]) for f in ext.fields()]))
        name[r.randrange(len(name))] = r.choice(["x", "E", "é", "\u200b"])
        return "".join(name)
    length = r.choice([1, 2, 5, 20, 63, 64, 65, 66, 100, 200])
    return "".join(r.choice(PIECES) for _ in range(length))[: max(1, length)]


def values(r: random.Random) -> Any:
    return r.choice(["", "on", "off", "1002", "Amy", "x" * r.randrange(40), 1002, 0, -1, 1.5,
                     None, True, [], {}, "\ud800", "用户", "\u200b", 2 ** 70])


FORMS = [None, {"extid": "1002"}, {"extid": "1002", "enablemobile": "on"},
         {"extid": "1002", "ntransferto": "Extension", "ntransferext": "1002"}]


def cases() -> List[dict[str, Any]]:
    r = random.Random(18)
    out = []
    for _ in range(COUNT):
        case: dict[str, Any] = {"field": names(r), "value": values(r)}
        form = r.choice(FORMS)
        if form is not None:
            case["form"] = form
        out.append(case)
    # And a question of each kind of cross-field answer.
    out.append({"field": "mobile", "value": "", "form": FORMS[2]})
    out.append({"field": "ntransferext", "value": "1002", "form": FORMS[3]})
    return out


def lines(answer: str) -> List[Any]:
    return [json.loads(line) for line in answer.splitlines()]


@pytest.mark.skipif(shutil.which("node") is None or not PACKAGE.exists(),
                    reason="the npm package is built and installed by scripts/test-js")
@pytest.mark.parametrize("locale", ["en", "zh-CN"])
def test_rust_javascript_and_python_give_one_answer(locale: str) -> None:
    # Each binding reads the same lines: a high and a low surrogate escape side by side are one
    # character in JSON (and in JavaScript), so Python's questions are those lines decoded.
    questions = [json.loads(json.dumps(q)) for q in cases()]
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "questions.ndjson"
        # ensure_ascii writes lone surrogates as \\udXXX escapes: each reader decodes them.
        path.write_text("".join(json.dumps(q) + "\n" for q in questions), encoding="ascii")
        rust = subprocess.run([str(EXTCHECK), "field", "--lines", "--lang", locale, str(path)],
                              capture_output=True, check=False)
        assert rust.returncode in (0, 1), rust.stderr
        js = subprocess.run(["node", str(NODE_HELPER), str(path), locale], capture_output=True,
                            check=True, cwd=NODE_HELPER.parent)
    from_rust = lines(rust.stdout.decode("utf-8"))
    from_js = lines(js.stdout.decode("utf-8"))
    assert len(from_rust) == len(from_js) == len(questions)
    for i, q in enumerate(questions):
        py = ext.validate_field(q["field"], q["value"], q.get("form"), locale=locale)
        from_py = json.loads(py.to_json())
        assert from_py == from_rust[i], f"case {i}: {q!r}"
        assert from_js[i] == from_rust[i], f"case {i}: {q!r}"
    # The questions reach every kind of answer.
    codes = {e["code"] for r in from_rust for e in r["errors"]}
    assert {"unknown_key", "not_updatable", "invalid_option", "conditionally_required"} <= codes


def test_a_name_is_what_validate_says_of_that_key() -> None:
    for name in ["moblie", "status", "q" * 65, "q" * 200, "用户名", "a\u200bb", "\ud800"]:
        one = ext.validate_field(name, "1")
        whole = ext.validate({"extid": "1002", name: "1"})
        assert [v.to_dict() for v in one.errors] == [v.to_dict() for v in whole.errors], name
        assert not one.ok
