"""Rendering and llm_kwargs checked against golden files, not against the code that renders.

Every case in tests/golden/rendering/ (see its README) is published to a fresh local server and
fetched twice over: by a client without a cache, so the server renders it; and by a caching
client, which fetches the template unrendered and renders it locally, once on the miss and
again on the hit. All of these answers must equal the golden `prompt_template` and `llm_kwargs`
exactly.
"""

from __future__ import annotations

import asyncio
import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from promptlayer import AsyncPromptLayer, PromptLayer
from promptlayer.testing import LocalPromptLayer
from tests.modes import build

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "rendering"
KEY = "golden-rendering-key"
TTL = 60

# Cases where the code disagrees with the golden data, and why. Each stays a strict xfail,
# so a fix shows up as an unexpected pass.
KNOWN_DISCREPANCIES: dict[str, str] = {
    "jinja2-missing-variable": (
        "The docs (Zero Downtime Releases) say missing variables reach the LLM unprocessed, with "
        "a warning. rendering.py renders an undefined jinja2 name as '' (ChainableUndefined)."
    ),
    "recorded-openai-chat-without-metadata": (
        "In the recorded service answer the system content is a string and llm_kwargs has no "
        "model and no stream key. build_llm_kwargs gives content parts and adds model and stream."
    ),
}


def _load_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in sorted(GOLDEN.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            cases.append({**case, "file": path.name})
    return cases


CASES = _load_cases()


def _params(kind: str) -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if case["id"] in KNOWN_DISCREPANCIES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_DISCREPANCIES[case["id"]]))
        params.append(pytest.param(case, id=f"{case['id']}-{kind}", marks=marks))
    return params


def _seed(case: dict[str, Any]) -> dict[str, Any]:
    template = case["template"]
    version = {"prompt_template": template["prompt_template"], "metadata": template["metadata"]}
    return {"prompt_templates": [{"prompt_name": case["id"], "versions": [version]}]}


def _renders_locally(case: dict[str, Any]) -> bool:
    """Whether the caching client should render this case itself (and not ask the server to)."""
    messages = case["template"]["prompt_template"].get("messages") or []
    has_placeholder = any(message.get("role") == "placeholder" for message in messages)
    return not has_placeholder and "model_parameter_overrides" not in case["request"]


def _fetch(
    case: dict[str, Any], mode: str, loop: asyncio.AbstractEventLoop, calls: int, **options: Any
) -> tuple[list[Any], list[Any]]:
    """`calls` answers to the case's request from a fresh server, and the request bodies it saw."""
    with LocalPromptLayer(api_key=KEY, seed=_seed(case)) as server:
        loop = asyncio.new_event_loop()
        client = build(
            mode,
            loop,
            PromptLayer,
            AsyncPromptLayer,
            api_key=server.api_key,
            base_url=server.base_url,
            **options,
        )
        answers = [client.templates.get(case["id"], case["request"]) for _ in range(calls)]
        client.close()
        loop.close()
        bodies = [request.json() for request in server.requests_for("get_prompt_template")]
        assert server.contract_errors == []
    return answers, bodies


def _assert_golden(answer: dict[str, Any], case: dict[str, Any], what: str) -> None:
    for field in ("prompt_template", "llm_kwargs"):
        actual, expected = answer[field], case["expected"][field]
        if actual != expected:
            diff = difflib.unified_diff(
                json.dumps(expected, indent=2, sort_keys=True).splitlines(),
                json.dumps(actual, indent=2, sort_keys=True).splitlines(),
                fromfile=f"{case['file']}: {case['id']}",
                tofile=what,
                lineterm="",
            )
            raise AssertionError(f"{field} differs from the golden case\n" + "\n".join(diff))


@pytest.mark.parametrize("case", _params("server"))
def test_server_render_matches_golden(
    case: dict[str, Any], mode: str, loop: asyncio.AbstractEventLoop
) -> None:
    [answer], bodies = _fetch(case, mode, loop, calls=1)
    assert bodies == [case["request"]]  # the server got the call as written, and rendered it
    _assert_golden(answer, case, "server render")


@pytest.mark.parametrize("case", _params("cache"))
def test_cached_local_render_matches_golden(
    case: dict[str, Any], mode: str, loop: asyncio.AbstractEventLoop
) -> None:
    (on_miss, on_hit), bodies = _fetch(case, mode, loop, calls=2, cache_ttl_seconds=TTL)
    if _renders_locally(case):
        # One unrendered fetch, so both answers were rendered by the client.
        assert len(bodies) == 1 and bodies[0].get("skip_input_variable_rendering") is True, bodies
    _assert_golden(on_miss, case, "cached render (miss)")
    _assert_golden(on_hit, case, "cached render (hit)")


def test_golden_cases_are_well_formed() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    assert len(CASES) >= 25  # an empty parametrization would pass silently
    for case in CASES:
        assert case.get("source") or case.get("inferred"), f"{case['id']}: needs a source or a reason"
        assert set(case["expected"]) == {"prompt_template", "llm_kwargs"}, case["id"]
        assert case["template"]["prompt_template"].get("type") in ("chat", "completion"), case["id"]
    assert set(KNOWN_DISCREPANCIES) <= set(ids), "every known discrepancy names a golden case"
