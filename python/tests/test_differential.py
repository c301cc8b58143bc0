"""Generated payloads: the Python package and the native command line give byte-identical
reports (10 000 payloads per profile, valid, near-valid and broken), and a dict gives what its
JSON text gives."""

import json
import random
from typing import Any

import pytest
from conftest import extcheck

import yeastar_extension_rules as ext

COUNT = 10_000
PROFILES = [
    ({}, []),
    ({"api": "v2"}, ["--api", "v2"]),
    ({"api": "v2", "call": "add"}, ["--api", "v2", "--call", "add"]),
    ({"api": "v2", "weak_passwords": True}, ["--api", "v2", "--weak-passwords"]),
]


def value(f: dict[str, Any], r: random.Random) -> Any:
    kind = r.random()
    if kind < 0.08:
        return r.choice([None, True, 1.5, -3, [], {}, "", " ", "x" * 70])
    options = f.get("options")
    if options:
        o = r.choice(options)
        return o if r.random() < 0.8 else o.upper()
    if f.get("control") == "number":
        return r.choice([f["min"], f["max"], f["max"] + 1, str(f["min"]), "0" + str(f["min"])])
    if f.get("secret") and r.random() < 0.5:
        # Strong passwords and near ones (API 2.0.0, V4): digits, runs, the number.
        return r.choice(["Xk7mPq2wRt9vLs4b", "Abcd4567efghijkl", "xk7mpq2wrt9vls4b", "Ab1000cdEfghijkl", "Ab1cD2eF3", "v0S*ZrB6Y3g~1-oe"])
    charset = f.get("charset")
    if charset == "digits":
        chars = "0123456789"
    elif r.random() < 0.2:
        chars = "abcXYZ09 _@.;é王~^*-"
    elif charset == "caller_id_name":
        chars = "Amy Lee王é09"
    else:
        chars = "abcXYZ09"
    n = r.randint(1 if f.get("required") else 0, (f.get("max_length") or 8) + 2)
    return "".join(r.choice(chars) for _ in range(n))


def generate(i: int, fields: list[dict[str, Any]], number: str) -> Any:
    r = random.Random(i)
    payload: dict[str, Any] = {number: r.choice(["1002", 1002, "10x", ""])}
    for f in fields[1:]:
        if f["required"] and r.random() < 0.9:
            payload[f["name"]] = value(f, r)
    for f in r.sample(fields, r.randint(0, 12)):
        payload[f["name"]] = value(f, r)
    if r.random() < 0.05:
        payload[r.choice(["moblie", "token", "status", "Dnd", "extid", "number", "extnumber"])] = "1"
    return payload


@pytest.mark.parametrize("profile", PROFILES, ids=["v1", "v2-update", "v2-add", "v2-weak"])
def test_python_and_native_agree(profile: Any) -> None:
    kwargs, args = profile
    fields = ext.fields(api=kwargs.get("api"), call=kwargs.get("call"))
    number = fields[0]["name"]
    payloads = [generate(i, fields, number) for i in range(COUNT)]
    texts = [json.dumps(p, ensure_ascii=False) for p in payloads]
    for i in range(0, COUNT, 9):
        texts[i] = texts[i][: len(texts[i]) // 2]
    native = extcheck(["--lines", *args], ("\n".join(texts) + "\n").encode("utf-8")).splitlines()
    assert len(native) == COUNT
    valid = 0
    for i, (p, text) in enumerate(zip(payloads, texts)):
        r = ext.validate(text, **kwargs)
        assert r.to_json() == native[i], (i, text)
        if i % 9:
            assert ext.validate(p, **kwargs).to_json() == native[i], (i, p)
        valid += r.ok
    assert COUNT // 100 < valid < COUNT * 19 // 20, valid
