"""Type stubs of yeastar_extension_rules (the compiled module `_native`)."""

from typing import Any, Iterable, Literal, Mapping, Optional, Sequence, Tuple, Union

Locale = Literal["en", "zh-CN"]
Payload = Union[Mapping[Any, Any], str, bytes]
"""A payload: a dict (read one level deep), JSON text, or UTF-8 bytes of JSON text."""
Settings = Union[Mapping[str, Any], str, bytes]
"""Current settings: an extension/query response, whole or one of its extinfos."""
ParamValue = Union[int, str, Sequence[str]]

LOCALES: Sequence[str]

class Violation:
    """One violation: the field that must change, a stable code, a message, params as data."""

    @property
    def field(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def params(self) -> dict[str, ParamValue]: ...
    @property
    def errno(self) -> Optional[int]: ...
    def to_dict(self) -> dict[str, Any]: ...

class Report:
    """The verdict on one payload."""

    @property
    def ok(self) -> bool: ...
    @property
    def errors(self) -> Tuple[Violation, ...]: ...
    @property
    def warnings(self) -> Tuple[Violation, ...]: ...
    @property
    def payload(self) -> Optional[dict[str, str]]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str:
        """One line of JSON, byte for byte what `extcheck` prints."""
    def __bool__(self) -> bool: ...

def validate(
    payload: Payload | Any,
    *,
    current: Optional[Settings] = None,
    extensions: Optional[Iterable[Union[str, int]]] = None,
    locale: Locale = "en",
) -> Report:
    """Validates a payload. Never raises for a bad payload; TypeError or ValueError for an
    unusable `current`, `extensions` or `locale`."""

def validate_field(
    field: str,
    value: Any,
    payload: Optional[Payload] = None,
    *,
    current: Optional[Settings] = None,
    extensions: Optional[Iterable[Union[str, int]]] = None,
    locale: Locale = "en",
) -> Report:
    """Validates one field as a form does while the user types. `field` may be any name: one
    that is no parameter gets exactly what `validate` says of a key of that name."""

def diff(
    current: Settings,
    desired: Payload,
    *,
    extensions: Optional[Iterable[Union[str, int]]] = None,
    locale: Locale = "en",
) -> Report:
    """The minimal update from `current` to `desired` (ruling Q4); its payload is the body."""

def read_current(
    current: Settings,
    *,
    extid: Optional[Union[str, int]] = None,
) -> Optional[dict[str, str]]:
    """The current settings a form is filled from, as the library reads them (ruling Q1): the
    element whose number is `extid` (with none, the only one): `extid`, then the fields held;
    destinations as option and number, `moblie` as `mobile`; no secret, no `extnumber`. None
    when there is no such element."""

def fields(locale: Locale = "en") -> list[dict[str, Any]]:
    """Every field's metadata, in the spec's order."""

def groups(locale: Locale = "en") -> list[dict[str, Any]]:
    """The form sections and the fields in each."""

def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the context-free rules."""
