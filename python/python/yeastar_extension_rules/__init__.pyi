"""Type stubs of yeastar_extension_rules (the compiled module `_native`)."""

from typing import Any, Iterable, Literal, Mapping, Optional, Sequence, Tuple, Union

Locale = Literal["en", "zh-CN"]
Payload = Union[Mapping[Any, Any], str, bytes]
"""A payload: a dict (read one level deep), JSON text, or UTF-8 bytes of JSON text."""
Settings = Union[Mapping[str, Any], str, bytes]
"""Current settings: an extension/query response, whole or one of its extinfos."""
ParamValue = Union[int, str, Sequence[str]]
Api = Union[Literal["v1", "v2"], str]
"""An API version: "v1" (API 1.0.x, 1.1.0) or "v2" (API 2.0.0); the URL's spellings too."""
Call = Union[Literal["update", "add"], str]
"""A call: "update" or, in API 2.0.0, "add"."""

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
    api: Optional[Api] = None,
    call: Optional[Call] = None,
    weak_passwords: bool = False,
    locale: Locale = "en",
) -> Report:
    """Validates a payload in a profile (`api`, `call`; API 1.x extension/update by default).
    Never raises for a bad payload; TypeError or ValueError for an unknown profile, `current`
    with `call="add"`, or an unusable `current`, `extensions` or `locale`."""

def validate_field(
    field: str,
    value: Any,
    payload: Optional[Payload] = None,
    *,
    current: Optional[Settings] = None,
    extensions: Optional[Iterable[Union[str, int]]] = None,
    api: Optional[Api] = None,
    call: Optional[Call] = None,
    weak_passwords: bool = False,
    locale: Locale = "en",
) -> Report:
    """Validates one field as a form does while the user types. `field` may be any name: one
    that is no parameter gets exactly what `validate` says of a key of that name."""

def diff(
    current: Settings,
    desired: Payload,
    *,
    extensions: Optional[Iterable[Union[str, int]]] = None,
    api: Optional[Api] = None,
    call: Optional[Call] = None,
    weak_passwords: bool = False,
    locale: Locale = "en",
) -> Report:
    """The minimal update from `current` to `desired` (ruling Q4); its payload is the body.
    ValueError with `call="add"`."""

def read_current(
    current: Settings,
    *,
    extid: Optional[Union[str, int]] = None,
    number: Optional[Union[str, int]] = None,
    api: Optional[Api] = None,
    call: Optional[Call] = None,
) -> Optional[dict[str, str]]:
    """The current settings a form is filled from, as the library reads them (ruling Q1): the
    element (of a query response of either API version) whose number is `extid` or `number`
    (with none, the only one): the profile's name for the number, then the fields held;
    destinations as option and number, `moblie` as `mobile`; no secret, no `extnumber`. None
    when there is no such element."""

def fields(
    locale: Locale = "en", *, api: Optional[Api] = None, call: Optional[Call] = None
) -> list[dict[str, Any]]:
    """Every field's metadata of a profile, in its table order."""

def groups(
    locale: Locale = "en", *, api: Optional[Api] = None, call: Optional[Call] = None
) -> list[dict[str, Any]]:
    """A profile's form sections and the fields in each."""

def json_schema(*, api: Optional[Api] = None, call: Optional[Call] = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a profile's context-free rules."""
