"""Generated payloads: the Python package and the native command line give byte-identical
reports (10 000 payloads, valid, near-valid and broken), and a dict gives what its JSON text
gives."""

import json
import random
from typing import Any

from conftest import extcheck

import yeastar_extension_rules as ext

COUNT = 10_000
FIELDS = ext.fields()


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
    chars = "0123456789" if f.get("charset") == "digits" else "abcXYZ09 _@.;"
    n = r.randint(0, (f.get("max_length") or 8) + 2)
    return "".join(r.choice(chars) for _ in range(n))


def generate(i: int) -> Any:
    r = random.Random(i)
    payload: dict[str, Any] = {"extid": r.choice(["1002", 1002, "10x", ""])}
    for f in r.sample(FIELDS, r.randint(0, 12)):
        payload[f["name"]] = value(f, r)
    if r.random() < 0.05:
        payload[r.choice(["moblie", "token", "status", "Dnd"])] = "1"
    return payload


def test_python_and_native_agree() -> None:
    payloads = [generate(i) for i in range(COUNT)]
    texts = [json.dumps(p, ensure_ascii=False) for p in payloads]
    for i in range(0, COUNT, 9):
        texts[i] = texts[i][: len(texts[i]) // 2]
    native = extcheck(["--lines"], ("\n".join(texts) + "\n").encode("utf-8")).splitlines()
    assert len(native) == COUNT
    valid = 0
    for i, (p, text) in enumerate(zip(payloads, texts)):
        r = ext.validate(text)
        assert r.to_json() == native[i], (i, text)
        if i % 9:
            assert ext.validate(p).to_json() == native[i], (i, p)
        valid += r.ok
    assert COUNT // 20 < valid < COUNT * 19 // 20, valid
