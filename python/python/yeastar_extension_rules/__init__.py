"""Every rule of the Yeastar S-Series PBX API call ``extension/update``: validate a payload and
say exactly why not, with the same verdict as the Rust crate and its ``extcheck`` command line.

>>> from yeastar_extension_rules import validate
>>> report = validate({"extid": "1002", "enablemobile": "on", "mobile": ""})
>>> report.ok, report.errors[0].field, report.errors[0].code
(False, 'mobile', 'conditionally_required')
"""

from ._native import (
    LOCALES,
    Report,
    Violation,
    diff,
    fields,
    groups,
    json_schema,
    read_current,
    validate,
    validate_field,
)

__all__ = [
    "LOCALES",
    "Report",
    "Violation",
    "diff",
    "fields",
    "groups",
    "json_schema",
    "read_current",
    "validate",
    "validate_field",
]
