"""Shared by the Python tests: the fixture corpus and the native command line."""

import json
import pathlib
import subprocess
from typing import Any, List

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXTCHECK = ROOT / "target" / "release" / "extcheck"


def fixtures() -> List[dict[str, Any]]:
    out = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        case["name"] = path.name
        out.append(case)
    return out


def extcheck(args: List[str], stdin: bytes) -> str:
    done = subprocess.run([str(EXTCHECK), *args], input=stdin, capture_output=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.decode("utf-8")
