"""Drop-in signatures: every public callable the official SDK (1.5.16) offers binds the same
positional and keyword calls here (tests/golden/official_signatures.json, recorded by
scripts/record_official_signatures.py; `pl.tables` is checked by tests/facade/test_tables.py).

Compatible means: the official positional parameters come first here, in the same order with
the same names; every official keyword is accepted; a parameter with an official default has
one here; anything more here is keyword-only with a default (or `*args` / `**kwargs`); async
where the official is async. What is still missing or different is listed in KNOWN_GAPS with
its reason, so any new gap (or a gap that was closed) fails the test.
"""

from __future__ import annotations

import importlib
import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import promptlayer

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "official_signatures.json"
OFFICIAL: dict[str, Any] = json.loads(GOLDEN.read_text(encoding="utf-8"))

OTEL_SETUP = "global OpenTelemetry setup and provider auto-instrumentation are not built yet"

# "where: name" -> why it is missing or incompatible, and the work it belongs to.
KNOWN_GAPS: dict[str, str] = {
    "promptlayer: configure_tracing: missing": OTEL_SETUP,
    "promptlayer: instrument_openai: missing": OTEL_SETUP,
    "promptlayer: NATIVE_OTEL_PROVIDERS: missing": OTEL_SETUP,
}

POSITIONAL = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")
KEYWORD = ("POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY")
MISSING = object()


def client(kind: str) -> Any:
    cls = promptlayer.PromptLayer if kind == "sync" else promptlayer.AsyncPromptLayer
    return cls(api_key="official-signatures", base_url="http://127.0.0.1:9")


def problems_binding(official: dict[str, Any], ours: Any, bound: bool = False) -> list[str]:
    """Why calls to the official callable would not bind to ours (empty when they all do)."""
    found = []
    if official["async"] and not inspect.iscoroutinefunction(ours):
        found.append("not async")
    if official["parameters"] is None:
        return found
    parameters = list(inspect.signature(ours).parameters.values())[1 if bound else 0 :]
    theirs = [(name, kind, has_default) for name, kind, has_default in official["parameters"]]
    by_name = {p.name: p for p in parameters}
    kinds = {p.kind.name for p in parameters}
    our_positional = [p for p in parameters if p.kind.name in POSITIONAL]
    their_positional = [t for t in theirs if t[1] in POSITIONAL]
    for index, (name, _kind, _default) in enumerate(their_positional):
        at = our_positional[index].name if index < len(our_positional) else None
        if at != name and "VAR_POSITIONAL" not in kinds:
            found.append(f"positional {index} is {at!r}, not {name!r}")
    for name, kind, has_default in theirs:
        if kind in ("VAR_POSITIONAL", "VAR_KEYWORD"):
            if kind not in kinds:
                found.append(f"no {'*args' if kind == 'VAR_POSITIONAL' else '**kwargs'}")
            continue
        ours_named = by_name.get(name)
        if ours_named is None:
            if kind in KEYWORD and "VAR_KEYWORD" not in kinds:
                found.append(f"no keyword {name!r}")
            continue
        if kind in KEYWORD and ours_named.kind.name not in KEYWORD:
            found.append(f"{name!r} is not a keyword")
        if has_default and ours_named.default is inspect.Parameter.empty:
            found.append(f"{name!r} has no default")
    official_names = {t[0] for t in theirs}
    for extra in parameters[len(their_positional) :]:
        if extra.name in official_names or extra.kind.name in ("VAR_POSITIONAL", "VAR_KEYWORD"):
            continue
        if extra.kind.name != "KEYWORD_ONLY" and extra.default is inspect.Parameter.empty:
            found.append(f"extra required parameter {extra.name!r}")
        elif extra.kind.name != "KEYWORD_ONLY":
            found.append(f"extra positional parameter {extra.name!r}")
    return found


def checked_methods(
    where: str, owner: Any, methods: dict[str, Any], bound: bool = False
) -> Iterator[tuple[str, list[str] | None]]:
    """`bound`: the methods are read from a class, so their first parameter is `self`."""
    for name, official in methods.items():
        ours = getattr(owner, name, MISSING)
        yield f"{where}.{name}", None if ours is MISSING else problems_binding(official, ours, bound)


def checked_name(module: Any, name: str, official: dict[str, Any]) -> Iterator[tuple[str, list[str] | None]]:
    where = f"{module.__name__}: {name}"
    ours = getattr(module, name, MISSING)
    if ours is MISSING:
        yield where, None
        return
    if official["kind"] == "value" or name in OFFICIAL["clients"]:  # the clients: checked on instances
        yield where, []
        return
    if official["kind"] == "function":
        yield where, problems_binding(official, ours)
        return
    if not inspect.isclass(ours):
        yield where, ["not a class"]
        return
    if official["kind"] == "exception" and not issubclass(ours, Exception):
        yield where, ["not an exception"]
        return
    constructor = official["constructor"]
    if constructor["parameters"] is not None:
        bound = ours.__init__ is not object.__init__
        yield where, problems_binding(constructor, ours.__init__ if bound else ours, bound=bound)
    yield from checked_methods(where, ours, official["methods"], bound=True)


def every_check() -> Iterator[tuple[str, list[str] | None]]:
    """(where, problems): problems None when ours is missing, [] when it binds every call."""
    for cls_name, methods in OFFICIAL["clients"].items():
        cls = getattr(promptlayer, cls_name)
        kind = "async" if cls_name.startswith("Async") else "sync"
        instance = client(kind)
        yield f"{cls_name}.__init__", problems_binding(methods["__init__"], cls.__init__, bound=True)
        yield from checked_methods(cls_name, instance, {k: v for k, v in methods.items() if k != "__init__"})
        for resource, resource_methods in OFFICIAL["resources"][kind].items():
            ours = getattr(instance, resource, MISSING)
            if ours is MISSING:
                yield f"{cls_name}.{resource}", None
                continue
            yield from checked_methods(f"{cls_name}.{resource}", ours, resource_methods)
    for module_name, names in OFFICIAL["modules"].items():
        module = importlib.import_module(module_name)
        for name, official in names.items():
            yield from checked_name(module, name, official)


def gaps_found() -> tuple[dict[str, str], int]:
    gaps = {}
    compatible = 0
    for where, problems in every_check():
        if problems is None:
            gaps[f"{where}: missing"] = "missing"
        elif problems:
            gaps[f"{where}: incompatible"] = "; ".join(problems)
        else:
            compatible += 1
    return gaps, compatible


def test_every_official_callable_binds_the_same_calls() -> None:
    gaps, compatible = gaps_found()
    missing = sum(1 for key in gaps if key.endswith(": missing"))
    summary = f"{compatible} compatible, {len(gaps) - missing} incompatible, {missing} missing"
    print(summary)
    new = {key: why for key, why in gaps.items() if key not in KNOWN_GAPS}
    closed = sorted(key for key in KNOWN_GAPS if key not in gaps)
    assert not new, f"{summary}; new gaps: {json.dumps(new, indent=1)}"
    assert not closed, f"{summary}; closed gaps still listed in KNOWN_GAPS: {closed}"
    assert compatible > 50  # the walk reached the clients, resources and modules


def test_the_golden_file_covers_the_whole_surface() -> None:
    assert set(OFFICIAL["clients"]) == {"PromptLayer", "AsyncPromptLayer"}
    assert {"run", "run_workflow", "log_request", "traceable", "__init__"} <= set(
        OFFICIAL["clients"]["PromptLayer"]
    )
    assert {"templates", "track", "group", "skills"} <= set(OFFICIAL["resources"]["sync"])
    assert "promptlayer.integrations.openai_agents" in OFFICIAL["modules"]
    assert "promptlayer.integrations.claude_agents" in OFFICIAL["modules"]


def official_like(parameters: list[list[Any]], is_async: bool = False) -> dict[str, Any]:
    return {"async": is_async, "parameters": parameters}


def test_the_check_notices_each_kind_of_break() -> None:
    def reordered(b: int = 0, a: int = 0) -> None: ...
    def no_default(a: int, b: int) -> None: ...
    def positional_extra(a: int = 0, extra: int = 0, b: int = 0) -> None: ...
    def fine(a: int = 0, b: int = 0, *, extra: int = 0) -> None: ...
    async def fine_async(a: int = 0, b: int = 0) -> None: ...

    official = official_like([["a", "POSITIONAL_OR_KEYWORD", True], ["b", "POSITIONAL_OR_KEYWORD", True]])
    assert problems_binding(official, reordered)
    assert problems_binding(official, no_default)
    assert problems_binding(official, positional_extra)
    assert problems_binding(official, fine) == []
    assert problems_binding({**official, "async": True}, fine) == ["not async"]
    assert problems_binding({**official, "async": True}, fine_async) == []


def test_run_binds_model_parameter_overrides_fifth(mode: str) -> None:
    parameters = inspect.signature(client(mode).run).parameters
    bound = inspect.Signature(list(parameters.values())).bind("p", 1, "prod", {"x": 1}, {"temperature": 0})
    assert bound.arguments["model_parameter_overrides"] == {"temperature": 0}


def test_evaluation_failed_error_keeps_what_it_is_given() -> None:
    error = promptlayer.EvaluationFailedError(
        "below 0.8", score=0.5, passing_score=0.8, failing_row_indices=(1, 3)
    )
    assert isinstance(error, promptlayer.PromptLayerError)
    assert (str(error), error.score, error.passing_score, error.result) == ("below 0.8", 0.5, 0.8, None)
    assert error.failing_row_indices == [1, 3]
    assert promptlayer.EvaluationFailedError("x").failing_row_indices == []
