"""Python values read as JSON reads them, and what no report, repr or exception may carry."""

import json
import math
from typing import Any

import pytest
import threading

import yeastar_extension_rules as ext


def codes(r: ext.Report) -> list[tuple[str, str]]:
    return [(v.field, v.code) for v in r.errors]


def test_bool_is_not_a_number() -> None:
    assert codes(ext.validate({"extid": True})) == [("extid", "invalid_type")]
    assert ext.validate({"extid": True}).errors[0].params["found"] == "boolean"
    assert codes(ext.validate({"extid": "1", "dnd": True})) == [("dnd", "invalid_option")]
    assert ext.validate({"extid": "1", "dnd": True}).errors[0].params["suggestion"] == "on"


def test_ints_and_floats_follow_g7() -> None:
    assert ext.validate({"extid": 1002}).payload == {"extid": "1002"}
    assert ext.validate({"extid": 1002.0}).payload == {"extid": "1002"}
    assert codes(ext.validate({"extid": 1002.5})) == [("extid", "not_a_whole_number")]
    assert codes(ext.validate({"extid": -1})) == [("extid", "not_a_whole_number")]
    # Beyond 2**64: judged by its digits, not an overflow.
    assert codes(ext.validate({"extid": 2**80})) == [("extid", "too_long")]
    assert codes(ext.validate({"extid": "1", "maxregistrations": 10**40})) == [("maxregistrations", "out_of_range")]
    for bad in (math.nan, math.inf, -math.inf):
        assert codes(ext.validate({"extid": bad})) == [("extid", "not_a_whole_number")]


def test_keys_and_nesting() -> None:
    r = ext.validate({"extid": "1", 5: "x", None: "y"})  # type: ignore[dict-item]
    assert codes(r) == [("5", "unknown_key"), ("None", "unknown_key")]
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    assert codes(ext.validate({"extid": "1", "username": deep})) == [("username", "invalid_type")]
    cyclic: dict[str, object] = {}
    cyclic["self"] = cyclic
    assert codes(ext.validate({"extid": "1", "callerid": cyclic})) == [("callerid", "invalid_type")]
    assert codes(ext.validate({"extid": "1", "email": object()})) == [("email", "invalid_type")]


def test_a_bad_payload_never_raises() -> None:
    for payload in (None, 42, 1.5, [1, 2], "", "{", b"\xff\xfe", "[]", (1,)):
        r = ext.validate(payload)
        assert not r.ok and r.errors[0].field == "", payload
    # Objects JSON has no kind for are judged as objects; an empty one lacks extid.
    for payload in (set(), b"{}", {}):
        assert codes(ext.validate(payload)) == [("extid", "required")]


def test_no_secret_is_echoed() -> None:
    secret = "Sup3r-secret;"
    r = ext.validate({"extid": "1", "registerpassword": secret, "loginpassword": secret, "vmsecret": secret})
    for text in (r.to_json(), repr(r), repr(r.errors), str(r.to_dict()), *(v.message for v in r.errors)):
        assert secret not in text
    ok = ext.validate({"extid": "1", "registerpassword": "Good#Pass1"})
    assert "Good#Pass1" not in repr(ok)
    try:
        ext.validate({"extid": "1"}, current="{" + secret)
    except ValueError as e:
        assert secret not in str(e)


def test_text_and_bytes_release_the_gil() -> None:
    # Judged in threads at once (large enough for the GIL to be released): the answers are
    # the same as alone.
    text = '{"extid":"1002","username":"Amy","callerid":"' + "1" * 20 + '"' + " " * 3000 + "}"
    results: list[bool] = []

    def work() -> None:
        for _ in range(2000):
            results.append(ext.validate(text).ok and ext.validate(text.encode()).ok)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8000 and all(results)


def test_lone_surrogates_are_judged_not_raised() -> None:
    r = ext.validate({"extid": "1", "username": "a\ud800b"})
    assert codes(r) == [("username", "invalid_characters")]
    assert not ext.validate('{"extid":"1","username":"\ud800"}').ok


def _best(f: Any, runs: int = 3) -> float:
    import time

    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - start)
    return best


def test_objects_far_over_the_limit_are_read_only_as_far_as_it() -> None:
    # The largest objects of the worst-case catalogue (T1): a dict, str or bytes far over the
    # limit is answered as too large in about the time of one at the limit.
    ordinary = {f"k{i}": "v" * 10 for i in range(4000)}
    many = {f"key{i}": f"value{i}" for i in range(200_000)}
    text = json.dumps({"extid": "1002", "username": "a" * 10_000_000})
    at_limit = _best(lambda: ext.validate(ordinary))
    for big in (many, text, text.encode("utf-8"), {"extid": "1002", "username": "a" * 10_000_000}):
        r = ext.validate(big)
        assert [(e.field, e.code, e.params["max_bytes"]) for e in r.errors] == [("", "too_large", 65536)]
        assert _best(lambda: ext.validate(big)) <= 20 * at_limit + 0.005
    r = ext.validate_field("extid", "1002", many)
    assert r.errors[0].code == "too_large"
    assert _best(lambda: ext.validate_field("extid", "1002", many)) <= 20 * at_limit + 0.005


def test_current_settings_over_the_limit_say_so() -> None:
    response = {"status": "Success",
                "extinfos": [{"extnumber": str(1000 + i), "username": "x" * 60} for i in range(20000)]}
    for call in (lambda: ext.validate({"extid": "1000"}, current=response),
                 lambda: ext.read_current(response),
                 lambda: ext.diff(response, {"extid": "1000"}),
                 lambda: ext.read_current(json.dumps(response)),
                 lambda: ext.read_current(json.dumps(response).encode())):
        with pytest.raises(ValueError, match="larger than the limit of 1048576 bytes"):
            call()


def test_read_current_is_the_librarys_reading() -> None:
    response = {"status": "Success", "extinfos": [
        {"extnumber": "1000", "moblie": "555", "ntransferto": "ext1001", "registerpassword": "s3cret"},
        {"extnumber": "1001", "dnd": "on"}]}
    assert ext.read_current(response, extid="1000") == {
        "extid": "1000", "mobile": "555", "ntransferto": "Extension", "ntransferext": "1001"}
    assert ext.read_current(response, extid=1001) == {"extid": "1001", "dnd": "on"}
    assert ext.read_current(response) is None
    assert ext.read_current(response["extinfos"][1]) == {"extid": "1001", "dnd": "on"}
    with pytest.raises(TypeError):
        ext.read_current(response, extid=True)
