"""The shared argument checks: what each accepts (and returns), what it refuses, and that no
module defines a private copy of one of them again.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import promptlayer
from promptlayer import PromptLayerValidationError
from promptlayer import _validate as check

Check = Callable[[Any], Any]

# (check, value given, value returned)
ACCEPTED: list[tuple[str, Check, Any, Any]] = [
    ("text", lambda v: check.text(v, "x"), "a", "a"),
    ("text keeps surrounding spaces", lambda v: check.text(v, "x"), " a ", " a "),
    ("optional_text None", lambda v: check.optional_text(v, "x"), None, None),
    ("optional_text", lambda v: check.optional_text(v, "x"), "prod", "prod"),
    ("string empty", lambda v: check.string(v, "x"), "", ""),
    ("string blank", lambda v: check.string(v, "x"), "  ", "  "),
    ("optional_string None", lambda v: check.optional_string(v, "x"), None, None),
    ("optional_string empty", lambda v: check.optional_string(v, "x"), "", ""),
    ("positive 1", lambda v: check.positive(v, "x"), 1, 1),
    ("positive big", lambda v: check.positive(v, "x"), 10**20, 10**20),
    ("count 0", lambda v: check.count(v, "x"), 0, 0),
    ("count 7", lambda v: check.count(v, "x"), 7, 7),
    ("record_id int", lambda v: check.record_id(v, "x"), 42, 42),
    ("record_id digits", lambda v: check.record_id(v, "x"), "42", 42),
    ("identifier name", lambda v: check.identifier(v, "x"), "welcome", "welcome"),
    ("identifier int", lambda v: check.identifier(v, "x"), 7, "7"),
    ("finite 0", lambda v: check.finite(v, "x"), 0, 0.0),
    ("finite float", lambda v: check.finite(v, "x"), 0.25, 0.25),
    ("finite at minimum", lambda v: check.finite(v, "x", minimum=1), 1, 1.0),
    ("seconds int", lambda v: check.seconds(v, "x"), 5, 5.0),
    ("seconds small", lambda v: check.seconds(v, "x"), 0.001, 0.001),
    ("seconds at the maximum", lambda v: check.seconds(v, "x"), check.MAX_SECONDS, check.MAX_SECONDS),
    ("secret", lambda v: check.secret(v, "x"), "pl_abc-123", "pl_abc-123"),
    ("headers None", lambda v: check.headers(v, "x"), None, {}),
    (
        "headers",
        lambda v: check.headers(v, "x"),
        {"X-Team": "a b", "Accept": ""},
        {"X-Team": "a b", "Accept": ""},
    ),
    ("boolean True", lambda v: check.boolean(v, "x"), True, True),
    ("boolean False", lambda v: check.boolean(v, "x"), False, False),
    ("choice", lambda v: check.choice(v, ("a", "b"), "x"), "b", "b"),
    ("mapping None", lambda v: check.mapping(v, "x"), None, {}),
    ("mapping any keys", lambda v: check.mapping(v, "x"), {1: 2}, {1: 2}),
    ("fields None", lambda v: check.fields(v, "x", ("a",)), None, {}),
    ("fields drop None", lambda v: check.fields(v, "x", ("a", "b"), ("a",)), {"a": 1, "b": None}, {"a": 1}),
    ("fields any keys", lambda v: check.fields(v, "x", None, ("a",)), {"a": 0, "z": 2}, {"a": 0, "z": 2}),
    ("string_keys None", lambda v: check.string_keys(v, "x"), None, {}),
    ("string_keys", lambda v: check.string_keys(v, "x"), {"a": [1]}, {"a": [1]}),
    ("string_map None", lambda v: check.string_map(v, "x"), None, {}),
    ("string_map", lambda v: check.string_map(v, "x"), {"a": "b"}, {"a": "b"}),
    ("strings None", lambda v: check.strings(v, "x"), None, []),
    ("strings list", lambda v: check.strings(v, "x"), ["a", ""], ["a", ""]),
    ("strings tuple", lambda v: check.strings(v, "x"), ("a", "b"), ["a", "b"]),
    ("strings generator", lambda v: check.strings(v, "x"), (t for t in "ab"), ["a", "b"]),
    ("prompt_template chat", lambda v: check.prompt_template(v, "x"), {"type": "chat"}, {"type": "chat"}),
    (
        "prompt_template completion",
        lambda v: check.prompt_template(v, "x"),
        {"type": "completion"},
        {"type": "completion"},
    ),
    ("timestamp epoch", lambda v: check.timestamp(v, "x"), 0, datetime(1970, 1, 1, tzinfo=UTC)),
    ("timestamp float", lambda v: check.timestamp(v, "x"), 1.5, datetime(1970, 1, 1, 0, 0, 1, 500000, UTC)),
    (
        "timestamp aware",
        lambda v: check.timestamp(v, "x"),
        datetime(2024, 5, 1, 12, tzinfo=timezone(timedelta(hours=2))),
        datetime(2024, 5, 1, 10, tzinfo=UTC),
    ),
]


@pytest.mark.parametrize(
    ("run", "given", "expected"), [c[1:] for c in ACCEPTED], ids=[c[0] for c in ACCEPTED]
)
def test_accepted(run: Check, given: Any, expected: Any) -> None:
    result = run(given)
    assert result == expected
    assert type(result) is type(expected)


NOT_POSITIVE: tuple[Any, ...] = (0, -1, True, False, 1.0, "1", None, math.nan, math.inf)
REFUSED: list[tuple[str, Check, Any]] = [
    *[("text", lambda v: check.text(v, "x"), v) for v in ("", " ", "\t\n", "\u00a0", None, 1, b"a", ["a"])],
    *[("optional_text", lambda v: check.optional_text(v, "x"), v) for v in ("", "  ", 0, False)],
    *[("string", lambda v: check.string(v, "x"), v) for v in (None, 1, b"", True)],
    *[("optional_string", lambda v: check.optional_string(v, "x"), v) for v in (1, b"", ["a"])],
    *[("positive", lambda v: check.positive(v, "x"), v) for v in NOT_POSITIVE],
    *[("count", lambda v: check.count(v, "x"), v) for v in (-1, True, False, 0.0, "0", None, math.nan)],
    *[
        ("record_id", lambda v: check.record_id(v, "x"), v)
        for v in (0, -3, "0", "-1", " 4", "4a", "", "\u00b2", True, 1.0, None)
    ],
    *[
        ("identifier", lambda v: check.identifier(v, "x"), v)
        for v in ("", " ", "\n", None, True, False, 1.5, ["a"], b"a")
    ],
    *[
        ("finite", lambda v: check.finite(v, "x"), v)
        for v in (-0.01, -1, math.nan, math.inf, -math.inf, True, "1", None)
    ],
    ("finite below minimum", lambda v: check.finite(v, "x", minimum=1), 0.5),
    *[
        ("seconds", lambda v: check.seconds(v, "x"), v)
        for v in (0, -1, math.nan, math.inf, -math.inf, 1e10, True, "5", None, [5])
    ],
    *[
        ("secret", lambda v: check.secret(v, "x"), v)
        for v in (123, "", " key", "key\n", "k\u00e9y", "a\tb", None, b"key", True)
    ],
    *[
        ("headers", lambda v: check.headers(v, "x"), v)
        for v in (
            {1: "a"},
            {"a": 1},
            {"a": None},
            {"a": "x\n"},
            {"a": "\u00e9"},
            {"": "x"},
            {"a b": "x"},
            "a",
            [("a", "b")],
        )
    ],
    *[("boolean", lambda v: check.boolean(v, "x"), v) for v in (1, 0, "true", None)],
    *[("choice", lambda v: check.choice(v, ("a", "b"), "x"), v) for v in ("A", "c", "", None, 1)],
    *[("mapping", lambda v: check.mapping(v, "x"), v) for v in ([("a", 1)], "a=1", 1)],
    *[("fields", lambda v: check.fields(v, "x", ("a",)), v) for v in ([("a", 1)], "a", 1)],
    *[("string_keys", lambda v: check.string_keys(v, "x"), v) for v in ({1: "a"}, {None: 1}, ["a"], "a")],
    *[
        ("string_map", lambda v: check.string_map(v, "x"), v)
        for v in ({"a": 1}, {"a": None}, {1: "b"}, {("a",): "b"}, [("a", "b")], "a=b")
    ],
    *[("strings", lambda v: check.strings(v, "x"), v) for v in ("ab", b"ab", [1], ["a", None], 5)],
    *[
        ("prompt_template", lambda v: check.prompt_template(v, "x"), v)
        for v in ({"type": "image"}, {}, "chat", None, [("type", "chat")])
    ],
    *[
        ("timestamp", lambda v: check.timestamp(v, "x"), v)
        for v in (math.nan, math.inf, -math.inf, 1e20, True, "2024-05-01T00:00:00Z", None)
    ],
]


@pytest.mark.parametrize(
    ("run", "given"), [c[1:] for c in REFUSED], ids=[f"{c[0]}-{c[2]!r}" for c in REFUSED]
)
def test_refused(run: Check, given: Any) -> None:
    with pytest.raises(PromptLayerValidationError, match=r"^(x|x\[.*\]|a header name in x) must be"):
        run(given)


def test_messages_name_the_argument_and_show_the_value() -> None:
    with pytest.raises(PromptLayerValidationError) as caught:
        check.text(" ", "provider")
    assert str(caught.value) == "provider must be a non-empty string, got ' ' (str)"
    with pytest.raises(PromptLayerValidationError) as caught:
        check.choice("OK", ("SUCCESS", "ERROR"), "status")
    assert str(caught.value) == "status must be one of SUCCESS, ERROR, got 'OK' (str)"
    with pytest.raises(PromptLayerValidationError) as caught:
        check.finite(math.nan, "price")
    assert str(caught.value) == "price must be a finite number >= 0, got nan (float)"
    with pytest.raises(PromptLayerValidationError) as caught:
        check.seconds("5", "timeout")
    assert str(caught.value) == "timeout must be a number of seconds > 0 and <= 1e+09, got '5' (str)"
    with pytest.raises(PromptLayerValidationError) as caught:
        check.bad("body", "a dict")
    assert str(caught.value) == "body must be a dict"


def test_fields_names_unknown_and_missing_keys() -> None:
    with pytest.raises(PromptLayerValidationError) as caught:
        check.fields({"a": 1, "c": 2}, "body", ("a", "b"))
    assert str(caught.value) == "body has unknown key(s) 'c'; expected some of a, b"
    with pytest.raises(PromptLayerValidationError) as caught:
        check.fields({"a": None}, "body", ("a", "b"), ("a", "b"))
    assert str(caught.value) == "body needs a, b"  # a key set to None counts as not given


def test_long_values_are_cut_in_messages() -> None:
    with pytest.raises(PromptLayerValidationError) as caught:
        check.text(["word"] * 100, "name")
    message = str(caught.value)
    assert message.startswith("name must be a non-empty string, got ['word', 'word'")
    assert message.endswith("... (list)")
    assert len(message) < 150


SECRET = "pl_0123456789abcdef"


@pytest.mark.parametrize(
    ("run", "shown_type"),
    [
        (lambda: check.secret(SECRET + "\n", "api_key"), "str"),
        (lambda: check.secret(SECRET.encode(), "api_key"), "bytes"),
        (lambda: check.headers({"Authorization": SECRET + "\r\n"}, "default_headers"), "str"),
        (lambda: check.headers({"X-Key": SECRET.encode()}, "default_headers"), "bytes"),
        (lambda: check.headers([("X-Key", SECRET)], "default_headers"), "list"),
        (lambda: check.bad("token", "a string", SECRET, secret=True), "str"),
    ],
    ids=["secret-newline", "secret-bytes", "header-newline", "header-bytes", "headers-list", "bad-secret"],
)
def test_secrets_are_named_by_their_type_only(run: Callable[[], Any], shown_type: str) -> None:
    with pytest.raises(PromptLayerValidationError) as caught:
        run()
    message = str(caught.value)
    assert message.endswith(f"got a value of type {shown_type}")
    assert SECRET not in message and SECRET[:8] not in message


def test_a_bad_header_is_named_by_its_key() -> None:
    with pytest.raises(PromptLayerValidationError, match=r"^default_headers\['X-Team'\] must be"):
        check.headers({"X-Team": 3}, "default_headers")
    with pytest.raises(
        PromptLayerValidationError, match=r"^a header name in default_headers must be.*got 1 \(int\)"
    ):
        check.headers({1: "a"}, "default_headers")


def test_is_int_is_false_for_bools() -> None:
    assert [check.is_int(v) for v in (0, -5, 10**30)] == [True, True, True]
    assert [check.is_int(v) for v in (True, False, 1.0, "1", None)] == [False] * 5


def test_mapping_returns_the_given_dict_and_the_others_a_copy() -> None:
    given = {"a": "b"}
    assert check.mapping(given, "x") is given
    assert check.string_keys(given, "x") is not given
    assert check.string_map(given, "x") is not given


def test_naive_timestamps_are_local_time() -> None:
    naive = datetime(2024, 5, 1, 10, 0, 0)
    assert check.timestamp(naive, "x") == datetime.fromtimestamp(naive.timestamp(), UTC)
    assert check.timestamp(naive, "x").tzinfo is UTC


# -- no private copies --------------------------------------------------------------------------

GENERIC_NAMES = frozenset(
    {
        "_bad",
        "_text",
        "_optional_text",
        "_positive",
        "_is_int",
        "_count",
        "_choice",
        "_mapping",
        "_strings",
        "_string_map",
        "_id",
        "_timestamp",
        "_optional_str",
        "_check_text",
        "_check_version",
        "_check_bool",
        "_check_mapping",
        "_check_tags",
        "_check_metadata",
        "_check_group_id",
    }
)
PACKAGE = Path(promptlayer.__file__).parent
EXEMPT = {PACKAGE / "_validate.py"}


def generic_definitions(source: str) -> list[str]:
    """Module-level functions named like one of the shared checks."""
    return [
        node.name
        for node in ast.parse(source).body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in GENERIC_NAMES
    ]


def package_modules() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path not in EXEMPT and "testing" not in path.relative_to(PACKAGE).parts[:1]:
            yield path


def test_the_detector_finds_a_private_copy() -> None:
    source = "def _text(value, name):\n    return value\n\nclass A:\n    def _bad(self): ...\n"
    assert generic_definitions(source) == ["_text"]  # methods are not module-level copies


def test_no_module_defines_its_own_generic_validator() -> None:
    modules = list(package_modules())
    assert PACKAGE / "tracking.py" in modules and PACKAGE / "templates" / "resource.py" in modules
    found = {
        str(path.relative_to(PACKAGE)): names
        for path in modules
        if (names := generic_definitions(path.read_text()))
    }
    assert found == {}, f"use promptlayer._validate instead of private copies: {found}"
