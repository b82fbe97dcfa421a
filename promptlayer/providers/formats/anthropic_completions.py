"""Anthropic legacy text completions (`completions.create`, in SDKs before 2.0).

run() does not call this format (so it has no `reply`): current SDKs have no such method.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._base import Aggregator, Format, JsonDict, completion_kwargs
from .anthropic_messages import DEFAULT_MAX_TOKENS


def llm_kwargs(template: Mapping[str, Any], params: dict[str, Any], model: str) -> dict[str, Any]:
    rest = dict(params)
    max_tokens = rest.pop("max_tokens_to_sample", rest.pop("max_tokens", DEFAULT_MAX_TOKENS))
    return completion_kwargs(template, {"max_tokens_to_sample": max_tokens, **rest}, model)


class AnthropicCompletionAggregator(Aggregator):
    """The ``completion`` a streamed completion amounts to: its `completion` events' texts
    joined, with the last event's stop reason (None when the stream stopped before it)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.last: Mapping[str, Any] = {}

    def apply(self, chunk: Mapping[str, Any]) -> None:
        if chunk.get("type") == "completion":
            self.last = chunk
            self.texts.append(str(chunk.get("completion") or ""))

    def build(self) -> JsonDict:
        last = self.last
        completion: JsonDict = {
            "id": last.get("id") or "",
            "type": "completion",
            "completion": "".join(self.texts),
            "stop_reason": last.get("stop_reason"),
            "model": last.get("model") or "",
        }
        for key in ("stop", "log_id"):
            if last.get(key) is not None:
                completion[key] = last[key]
        return completion


FORMAT = Format(
    method=("completions", "create"),
    llm_kwargs=llm_kwargs,
    aggregator=AnthropicCompletionAggregator,
)
