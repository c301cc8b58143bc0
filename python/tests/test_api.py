"""The Python API: reports as immutable objects, the other calls, and arguments."""

import json
import pathlib
from typing import Any

import pytest

import yeastar_extension_rules as ext

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_a_report_and_its_violations() -> None:
    r = ext.validate({"extid": "1002", "registerpassword": "a b", "enablemobile": "on"})
    assert not r.ok and not r
    v = r.errors[0]
    assert (v.field, v.code) == ("registerpassword", "invalid_characters")
    assert v.params == {"allowed": "password"}
    assert v.errno is None
    assert r.warnings[0].code == "may_be_required"
    assert r.payload is None
    assert json.loads(r.to_json()) == r.to_dict()
    with pytest.raises(AttributeError):
        r.ok = True  # type: ignore[misc]
    # params and payload are fresh each time: changing them changes nothing.
    v.params["allowed"] = "x"
    assert v.params == {"allowed": "password"}
    ok = ext.validate({"extid": 1002, "username": "Amy"})
    assert ok.ok and ok.payload == {"extid": "1002", "username": "Amy"}
    assert ext.validate({}).errors[0].errno == 10004


def test_validate_field_fields_groups_schema() -> None:
    r = ext.validate_field("mobile", "", {"extid": "1002", "enablemobile": "on"})
    assert [e.code for e in r.errors] == ["conditionally_required"]
    assert ext.validate_field("dnd", "on").ok
    unknown = ext.validate_field("mobil", "1")
    assert [(e.field, e.code) for e in unknown.errors] == [("mobil", "unknown_key")]
    assert unknown.errors[0].params == {"suggestion": "mobile"}
    queried = ext.validate_field("moblie", "1")
    assert [(e.code, e.params) for e in queried.errors] == [("not_updatable", {"instead": "mobile"})]
    assert len(ext.fields()) == 38 and ext.fields("zh-CN")[0]["label"] == "分机号"
    assert ext.groups("zh-CN")[3]["title"] == "总是转移"
    assert ext.json_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_diff_from_the_guides_query_sample() -> None:
    response = json.loads((ROOT / "tests" / "query-samples" / "en-guide.json").read_text())
    desired = {**response["extinfos"][0], "dnd": "on"}
    r = ext.diff(response, desired)
    assert r.ok and r.payload == {"extid": "1000", "dnd": "on"}
    same = ext.diff(response, response["extinfos"][0])
    assert same.payload == {"extid": "1000"}
    assert [w.code for w in same.warnings] == ["nothing_to_change"]
    zh = ext.diff(json.dumps(response), json.dumps(desired), locale="zh-CN")
    assert zh.payload == r.payload
    # A whole response as context for validate, its element picked by extid.
    sent_back = {**response["extinfos"][0], "extid": "1000"}
    r = ext.validate(sent_back, current=response)
    assert sorted(e.field for e in r.errors) == ["language", "moblie", "status", "type"]
    assert [w.code for w in r.warnings] == ["password_looks_hashed"]


def test_unusable_arguments_raise_clear_errors() -> None:
    with pytest.raises(ValueError, match="locale"):
        ext.validate({"extid": "1"}, locale="fr")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="current"):
        ext.validate({"extid": "1"}, current=42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="current settings"):
        ext.validate({"extid": "1"}, current="[1, 2]")
    with pytest.raises(TypeError, match="extensions"):
        ext.validate({"extid": "1"}, extensions="1000,1001")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="1 to 7 digits"):
        ext.validate({"extid": "1"}, extensions=["10x0"])
    with pytest.raises(TypeError):
        ext.validate({"extid": "1"}, extensions=[True])
    assert ext.validate({"extid": "1002"}, extensions=[1002, "1003"]).ok
    assert ext.validate({"extid": "1002"}, extensions=(n for n in ["1000"])).errors[0].errno == 10006


def test_profiles_by_keyword() -> None:
    r = ext.validate({"number": "1000", "username": "José"}, api="v2")
    assert r.ok, r.to_json()
    assert list(r.payload) == ["number", "username"]
    r = ext.validate({"extid": "1000"}, api="2.0.0")
    assert [e.code for e in r.errors] == ["required", "other_api_version"]
    r = ext.validate({"number": "99"}, api="v2", call="add")
    assert [e.field for e in r.errors] == ["username", "registername", "registerpassword"]
    r = ext.validate({"number": "1000", "loginpassword": "ab1000"}, api="v2", weak_passwords=True)
    assert r.errors[0].params["policy"] == "basic"
    assert ext.fields(api="v2")[0]["name"] == "number"
    assert ext.json_schema(api="v2", call="add")["required"][:2] == ["number", "username"]
    current = {"extinfos": [{"number": "1000", "mobile": 555}]}
    assert ext.read_current(current, number="1000", api="v2") == {"number": "1000", "mobile": "555"}
    d = ext.diff(current, {"number": "1000", "mobile": "556"}, api="v2")
    assert d.payload == {"number": "1000", "mobile": "556"}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"api": "v3"},
        {"api": "v1", "call": "add"},
        {"call": "add"},
        {"call": "delete"},
        {"api": "v2", "call": "add", "current": {"number": "1"}},
    ],
)
def test_profile_usage_errors_raise(kwargs: Any) -> None:
    with pytest.raises(ValueError):
        ext.validate({}, **kwargs)


def test_profile_usage_errors_of_the_other_calls() -> None:
    with pytest.raises(ValueError):
        ext.diff({"number": "1"}, {"number": "1"}, api="v2", call="add")
    with pytest.raises(ValueError):
        ext.read_current({"number": "1"}, api="v2", call="add")
    with pytest.raises(ValueError):
        ext.fields(api="v9")
    with pytest.raises(TypeError):
        ext.validate({}, api=2)  # type: ignore[arg-type]
