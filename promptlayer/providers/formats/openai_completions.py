"""OpenAI legacy text completions (`completions.create`): a prompt in, ``text_completion`` out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._base import Aggregator, Format, JsonDict, Reply, completion_kwargs


class TextCompletionAggregator(Aggregator):
    """The ``text_completion`` a streamed completion amounts to: its texts joined per choice, the
    last finish reason of each (None when the stream stopped before it), the last usage sent."""

    def __init__(self) -> None:
        super().__init__()
        self.first: Mapping[str, Any] | None = None
        self.texts: dict[int, list[str]] = {}
        self.finish_reasons: dict[int, Any] = {}
        self.usage: Any = None

    def apply(self, chunk: Mapping[str, Any]) -> None:
        if self.first is None:
            self.first = chunk
        for choice in chunk.get("choices") or []:
            index = choice.get("index") or 0
            self.texts.setdefault(index, []).append(choice.get("text") or "")
            if choice.get("finish_reason"):
                self.finish_reasons[index] = choice["finish_reason"]
        if chunk.get("usage"):
            self.usage = chunk["usage"]

    def build(self) -> JsonDict:
        first = self.first or {}
        return {
            "id": first.get("id", ""),
            "object": "text_completion",
            "created": first.get("created", 0),
            "model": first.get("model", ""),
            "system_fingerprint": first.get("system_fingerprint"),
            "choices": [
                {
                    "index": index,
                    "text": "".join(parts),
                    "finish_reason": self.finish_reasons.get(index),
                    "logprobs": None,
                }
                for index, parts in sorted(self.texts.items())
            ],
            "usage": self.usage,
        }


class CompletionReply(Reply):
    """The first choice's text."""

    def apply(self, chunk: Mapping[str, Any]) -> None:
        for choice in chunk.get("choices") or []:
            if (choice.get("index") or 0) == 0:
                self.text((0,), choice.get("text"))


FORMAT = Format(
    method=("completions", "create"),
    llm_kwargs=completion_kwargs,
    aggregator=TextCompletionAggregator,
    reply=CompletionReply,
)
