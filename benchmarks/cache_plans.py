"""What the cache's render strategies cost per hit, next to what a hit is for.

A cache hit answers `templates.get` from a cached unrendered template: the stored response is
copied for the caller and the texts that hold placeholders are filled. This script measures,
in one process, for a small and a large chat template:

- `generated code`: the cache's compiled plan, Python code generated once per entry that
  builds the rendered response afresh;
- `copy + fill`: unmarshal the stored response, then substitute the rendered texts in place
  (the plain way, and the cache's fallback);
- `deepcopy + fill`: the same with `copy.deepcopy` (what the official SDK's cache does);
- `get() hit`: a whole `templates.get` answered from the cache (argument checks, key, lookup);
- `get() round trip`: the same call with the cache off, against the local server on 127.0.0.1.

Usage: python benchmarks/cache_plans.py [--calls N] [--rounds N]
"""

from __future__ import annotations

import argparse
import copy
import marshal
import statistics
import time
from collections.abc import Callable
from functools import reduce
from operator import getitem
from typing import Any

from promptlayer import PromptLayer
from promptlayer.templates.cache import make_entry
from promptlayer.testing import LocalPromptLayer

MODEL = {"provider": "openai", "name": "gpt-4o-mini", "parameters": {"temperature": 0.2}}


def _message(role: str, text: str) -> dict[str, Any]:
    return {"role": role, "content": [{"type": "text", "text": text}]}


def chat_template(turns: int) -> dict[str, Any]:
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": [{"type": "text", "text": "You are {persona}. Answer in {language}."}]}
    ]
    for turn in range(turns):
        messages.append(
            {"role": "user", "content": [{"type": "text", "text": f"Question {turn}: {{question}}"}]}
        )
        messages.append({"role": "assistant", "content": [{"type": "text", "text": f"Answer {turn} " * 20}]})
    messages.append({"role": "user", "content": [{"type": "text", "text": "Now: {question}"}]})
    return {
        "type": "chat",
        "messages": [
            {**message, "input_variables": [], "template_format": "f-string"} for message in messages
        ],
        "input_variables": ["persona", "language", "question"],
    }


VARIABLES = {"persona": "a librarian", "language": "French", "question": "Where is the atlas?"}


def per_call(function: Callable[[], Any], calls: int, rounds: int) -> float:
    """Median over rounds of the mean µs per call."""
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(calls):
            function()
        samples.append((time.perf_counter() - started) / calls * 1e6)
    return statistics.median(samples)


def fill_in_place(copier: Callable[[], dict[str, Any]], steps: Any) -> Callable[[], dict[str, Any]]:
    def render() -> dict[str, Any]:
        result = copier()
        for path, renderer in steps:
            reduce(getitem, path[:-1], result)[path[-1]] = renderer(VARIABLES)
        return result

    return render


def measure(name: str, cached: PromptLayer, uncached: PromptLayer, calls: int, rounds: int) -> None:
    params: Any = {"input_variables": VARIABLES}
    raw = uncached.templates.get(name, {"skip_input_variable_rendering": True})
    assert raw is not None
    entry = make_entry(raw, None, 0.0)
    assert entry.plan is not None
    blob = marshal.dumps(dict(raw))
    original = marshal.loads(blob)
    strategies: dict[str, Callable[[], Any]] = {
        "generated code": lambda: entry.render(VARIABLES),
        "copy + fill": fill_in_place(lambda: marshal.loads(blob), entry.plan.steps),
        "deepcopy + fill": fill_in_place(lambda: copy.deepcopy(original), entry.plan.steps),
        "get() hit": lambda: cached.templates.get(name, params),
    }
    expected = uncached.templates.get(name, params)
    for label, function in strategies.items():
        assert function() == expected, f"{label} renders differently from the server"
        print(f"{name:<10} {label:<18} {per_call(function, calls, rounds):>12.2f}")
    round_trip = per_call(lambda: uncached.templates.get(name, params), 200, 3)
    print(f"{name:<10} {'get() round trip':<18} {round_trip:>12.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    seed = {
        "prompt_templates": [
            {
                "prompt_name": f"chat-{turns}",
                "versions": [{"prompt_template": chat_template(turns), "metadata": {"model": MODEL}}],
            }
            for turns in (1, 20)
        ]
    }
    print(f"{'template':<10} {'strategy':<18} {'µs per call':>12}")
    with LocalPromptLayer(seed=seed) as server:
        cached = PromptLayer(api_key=server.api_key, base_url=server.base_url, cache_ttl_seconds=3600)
        uncached = PromptLayer(api_key=server.api_key, base_url=server.base_url)
        for turns in (1, 20):
            name = f"chat-{turns}"
            measure(name, cached, uncached, args.calls, args.rounds)
        cached.close()
        uncached.close()


if __name__ == "__main__":
    main()
