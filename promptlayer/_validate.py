"""Argument checks shared by every operation: one function per meaning.

Each takes the value and the argument's name (for the message), returns the value in the form
the request carries, and raises PromptLayerValidationError before anything is sent. Checks
that belong to one resource (a skill file path, a template's publish body) stay with it, and
build on these.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, NoReturn

from .errors import PromptLayerValidationError

_NO_KEYS: Mapping[str, Any] = MappingProxyType({})
# Longer reprs are cut: a message names the value, it does not reproduce a whole payload.
_MAX_SHOWN = 80
# Beyond ~9.2e9 s (threading.TIMEOUT_MAX) sync waits overflow; no timeout needs more than this.
MAX_SECONDS = 1e9


def bad(name: str, expected: str, value: Any = None, *, secret: bool = False) -> NoReturn:
    """Raise: `name` must be `expected`, showing the value given (when there is one) and its
    type; a `secret` value (a key, a header) is named by its type only."""
    shown = ""
    if value is not None:
        kind = type(value).__name__
        if secret:
            shown = f", got a value of type {kind}"
        else:
            text = repr(value)
            if len(text) > _MAX_SHOWN:
                text = text[: _MAX_SHOWN - 3] + "..."
            shown = f", got {text} ({kind})"
    raise PromptLayerValidationError(f"{name} must be {expected}{shown}")


def is_int(value: Any) -> bool:
    """An int that is not a bool (True is an int to Python, never an id or a count here)."""
    return isinstance(value, int) and not isinstance(value, bool)


def text(value: Any, name: str) -> str:
    """A string with something in it: empty and whitespace-only strings are refused."""
    if isinstance(value, str) and value.strip():
        return value
    bad(name, "a non-empty string", value)


def optional_text(value: Any, name: str) -> str | None:
    return None if value is None else text(value, name)


def string(value: Any, name: str) -> str:
    """Any string, empty included."""
    if isinstance(value, str):
        return value
    bad(name, "a string", value)


def optional_string(value: Any, name: str) -> str | None:
    return None if value is None else string(value, name)


def positive(value: Any, name: str) -> int:
    """An integer >= 1 (a version number, a page, an id the caller holds as a number)."""
    if is_int(value) and value > 0:
        return int(value)
    bad(name, "a positive integer", value)


def count(value: Any, name: str) -> int:
    """An integer >= 0."""
    if is_int(value) and value >= 0:
        return int(value)
    bad(name, "an integer >= 0", value)


def record_id(value: Any, name: str) -> int:
    """A positive integer id, also accepted as its decimal string ("42")."""
    if isinstance(value, str) and value.isdecimal():  # isdigit() would pass "²", which int() refuses
        value = int(value)
    if is_int(value) and value > 0:
        return int(value)
    bad(name, "a positive integer id", value)


def identifier(value: Any, name: str) -> str:
    """A name or an integer id, as the path segment that addresses a record."""
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        bad(name, "a non-empty string (or an integer id)", value)
    if isinstance(value, str) and not value.strip():
        bad(name, "a non-empty string (or an integer id)", value)
    return str(value)


def finite(value: Any, name: str, *, minimum: float = 0.0) -> float:
    """A finite number >= `minimum`."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and minimum <= value < math.inf:
        return float(value)
    bad(name, f"a finite number >= {minimum:g}", value)


def seconds(value: Any, name: str) -> float:
    """A duration that can be waited for: a finite number of seconds > 0, at most MAX_SECONDS
    (an infinite or huge timeout overflows the clock arithmetic of every request)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= MAX_SECONDS:
        return float(value)
    bad(name, f"a number of seconds > 0 and <= {MAX_SECONDS:g}", value)


def secret(value: Any, name: str) -> str:
    """A credential sent in a header: a non-empty string of printable ASCII, without spaces
    around it (a key read from a file often ends in a newline). Never shown in the message."""
    if (
        isinstance(value, str)
        and value
        and value.isascii()
        and value.isprintable()
        and value == value.strip()
    ):
        return value
    bad(name, "a non-empty string of printable ASCII without surrounding spaces", value, secret=True)


def headers(value: Any, name: str) -> dict[str, str]:
    """HTTP headers: a dict of header-safe strings to strings (None as an empty one). Values
    are never shown: headers often carry credentials."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        bad(name, "a dict of header names to string values", value, secret=True)
    for key, item in value.items():
        if not (isinstance(key, str) and key and key.isascii() and key.isprintable() and " " not in key):
            bad(f"a header name in {name}", "a non-empty ASCII string without spaces", key)
        if not (isinstance(item, str) and item.isascii() and item.isprintable()):
            bad(f"{name}[{key!r}]", "a string of printable ASCII", item, secret=True)
    return dict(value)


def boolean(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    bad(name, "True or False", value)


def choice(value: Any, choices: tuple[str, ...], name: str) -> str:
    if isinstance(value, str) and value in choices:
        return value
    bad(name, f"one of {', '.join(choices)}", value)


def mapping(value: Any, name: str) -> Mapping[str, Any]:
    """A dict (None as an empty one)."""
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return value
    bad(name, "a dict", value)


def fields(
    value: Any, name: str, allowed: Collection[str] | None, required: Collection[str] = ()
) -> dict[str, Any]:
    """A request body: a dict (None as an empty one) of the keys `allowed` names (any keys
    when None), with every `required` key set; keys set to None are left out, as if not given."""
    if value is None:
        value = {}
    if not isinstance(value, Mapping):
        bad(name, "a dict" if allowed is None else f"a dict with some of {', '.join(allowed)}", value)
    unknown = [] if allowed is None else [repr(key) for key in value if key not in allowed]
    if allowed is not None and unknown:
        raise PromptLayerValidationError(
            f"{name} has unknown key(s) {', '.join(unknown)}; expected some of {', '.join(allowed)}"
        )
    given = {key: item for key, item in value.items() if item is not None}
    missing = [key for key in required if key not in given]
    if missing:
        raise PromptLayerValidationError(f"{name} needs {', '.join(missing)}")
    return given


def string_keys(value: Any, name: str) -> dict[str, Any]:
    """A dict whose keys are strings (None as an empty one): variables, parameter overrides.
    A copy of it: the caller may keep it while the user's dict changes."""
    return dict(has_string_keys(value, name))


def has_string_keys(value: Any, name: str) -> Mapping[str, Any]:
    """`string_keys` without the copy, for a check whose value is only read (a cache hit's
    variables): the mapping itself (None as an empty one)."""
    if value is None:
        return _NO_KEYS
    if isinstance(value, Mapping):
        for key in value:
            if type(key) is not str and not isinstance(key, str):
                break
        else:
            return value
    bad(name, "a dict with string keys", value)


def string_map(value: Any, name: str) -> dict[str, str]:
    """A dict of strings to strings (None as an empty one): metadata, filters."""
    if value is None:
        return {}
    if isinstance(value, Mapping) and all(
        isinstance(key, str) and isinstance(item, str) for key, item in value.items()
    ):
        return dict(value)
    bad(name, "a dict of strings to strings", value)


def strings(value: Any, name: str) -> list[str]:
    """A list (any iterable but a string) of strings; None as an empty one."""
    if value is None:
        return []
    try:
        items = None if isinstance(value, str) else list(value)
    except TypeError:  # not iterable
        items = None
    if items is None or not all(isinstance(item, str) for item in items):
        bad(name, "a list of strings", value)
    return items


def prompt_template(value: Any, name: str) -> dict[str, Any]:
    """A prompt template's content: a dict whose "type" is "chat" or "completion"."""
    if isinstance(value, Mapping) and value.get("type") in ("chat", "completion"):
        return dict(value)
    bad(name, 'a prompt template dict with "type": "chat" or "completion"')


def timestamp(value: Any, name: str) -> datetime:
    """A datetime (naive means local time, as `datetime.timestamp` reads it) or epoch seconds."""
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (ValueError, OverflowError, OSError):  # NaN, infinite, beyond year 9999
            bad(name, "a finite number of epoch seconds", value)
    bad(name, "a datetime or epoch seconds", value)
