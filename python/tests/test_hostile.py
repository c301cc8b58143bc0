"""Python values read as JSON reads them, and what no report, repr or exception may carry."""

import math
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
