"""A consumer file that must type-check with mypy --strict against the shipped stubs."""

from typing import Optional

from yeastar_extension_rules import Report, Violation, diff, fields, json_schema, validate, validate_field

report: Report = validate({"extid": "1002"}, extensions=["1002", 1003], locale="zh-CN")
ok: bool = report.ok
first: Optional[Violation] = report.errors[0] if report.errors else None
code: str = first.code if first else ""
errno: Optional[int] = first.errno if first else None
body: Optional[dict[str, str]] = report.payload
text: str = report.to_json()
field_report: Report = validate_field("mobile", "", {"extid": "1002"})
update: Report = diff({"extnumber": "1000"}, {"extnumber": "1000", "dnd": "on"})
labels: list[str] = [str(f["label"]) for f in fields("en")]
schema_id: object = json_schema()["$id"]
print(ok, code, errno, body, text, field_report.ok, update.payload, labels[0], schema_id)
