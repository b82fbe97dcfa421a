"""The client-side template cache: unrendered templates, rendered locally per call.

An entry holds the template as fetched with `skip_input_variable_rendering` (serialised with
marshal: rebuilding it is the cheapest deep copy, so every caller gets an independent
object) and a render plan compiled once: the paths of the texts that hold placeholders,
each with its compiled renderer. A hit is then a dict lookup, one `marshal.loads` and a few
`str.format` calls; rendering happens outside the lock.

Entries older than the TTL are stale: still kept (up to `max_entries`, least recently used
evicted first) so a transient API failure can be answered from them.
"""

from __future__ import annotations

import marshal
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .rendering import TextRenderer, compile_text, needs_server_rendering, renders_on_fetch, resolved_provider

CacheKey = tuple[str, int | None, str | None, str | None, str | None]  # name, version, label, provider, model
Path = tuple[str | int, ...]
DEFAULT_MAX_ENTRIES = 1000

_TEXT_PART_TYPES = ("text", "input_text")


@dataclass(frozen=True)
class RenderPlan:
    """Where the placeholders are in one cached response, and how to fill each."""

    steps: tuple[tuple[Path, TextRenderer], ...]
    provider: str | None

    def render(self, blob: bytes, variables: Mapping[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = marshal.loads(blob)
        if not renders_on_fetch(variables, self.provider):
            return result
        for path, renderer in self.steps:
            node: Any = result
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = renderer(variables)
        return result


@dataclass(frozen=True)
class CacheEntry:
    blob: bytes
    plan: RenderPlan | None  # None: only the server can render this template
    stored_at: float

    def render(self, variables: Mapping[str, Any]) -> dict[str, Any] | None:
        """The rendered template, or None when it must be rendered by the server."""
        if self.plan is None:
            return None
        return self.plan.render(self.blob, variables)


def make_entry(response: Mapping[str, Any], requested_provider: str | None, now: float) -> CacheEntry:
    """Compile a fetched (unrendered) template response into a cache entry."""
    blob = marshal.dumps(dict(response))
    template = response.get("prompt_template")
    if not isinstance(template, Mapping) or needs_server_rendering(template):
        return CacheEntry(blob, None, now)
    metadata = response.get("metadata")
    provider = resolved_provider(requested_provider, metadata if isinstance(metadata, Mapping) else None)
    return CacheEntry(blob, RenderPlan(tuple(_plan_steps(response)), provider), now)


def _plan_steps(response: Mapping[str, Any]) -> Iterator[tuple[Path, TextRenderer]]:
    template = response["prompt_template"]
    slots: dict[str, TextRenderer] = {}  # raw text -> its renderer, for matching llm_kwargs texts
    default_format: str | None = None
    for path, text, fmt in _template_texts(template):
        default_format = default_format or fmt
        renderer = compile_text(text, fmt)
        if renderer is not None:
            slots.setdefault(text, renderer)
            yield ("prompt_template", *path), renderer
    llm_kwargs = response.get("llm_kwargs")
    if isinstance(llm_kwargs, Mapping):
        for path, text in _kwargs_texts(llm_kwargs):
            # A text copied verbatim from a message renders with that message's format;
            # anything else (e.g. joined system texts) with the template's first format.
            found = slots.get(text) or compile_text(text, default_format)
            if found is not None:
                yield ("llm_kwargs", *path), found


def _template_texts(template: Mapping[str, Any]) -> Iterator[tuple[Path, str, str | None]]:
    if "messages" in template or template.get("type") == "chat":
        for i, message in enumerate(template.get("messages") or []):
            if isinstance(message, Mapping):
                fmt = message.get("template_format")
                for j, text in _part_texts(message.get("content"), ("text",)):
                    yield ("messages", i, "content", j, "text"), text, fmt if isinstance(fmt, str) else None
    else:
        fmt = template.get("template_format")
        for j, text in _part_texts(template.get("content"), ("text",)):
            yield ("content", j, "text"), text, fmt if isinstance(fmt, str) else None


def _part_texts(parts: Any, types: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    for j, part in enumerate(parts if isinstance(parts, list) else []):
        if (
            isinstance(part, Mapping)
            and part.get("type", "text") in types
            and isinstance(part.get("text"), str)
        ):
            yield j, part["text"]


def _kwargs_texts(kwargs: Mapping[str, Any]) -> Iterator[tuple[Path, str]]:
    """The provider-request texts the service renders (OpenAI, Anthropic, Google shapes)."""
    for key in ("messages", "input"):
        for i, message in enumerate(kwargs.get(key) or []):
            if isinstance(message, Mapping):
                yield from _content_texts(message.get("content"), (key, i, "content"))
    yield from _content_texts(kwargs.get("system"), ("system",))
    if isinstance(kwargs.get("prompt"), str):
        yield ("prompt",), kwargs["prompt"]
    for key in ("contents", "history"):
        for i, item in enumerate(kwargs.get(key) or []):
            if isinstance(item, Mapping):
                for j, text in _part_texts(item.get("parts"), ("text",)):
                    yield (key, i, "parts", j, "text"), text


def _content_texts(content: Any, path: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(content, str):
        yield path, content
    else:
        for j, text in _part_texts(content, _TEXT_PART_TYPES):
            yield (*path, j, "text"), text


class TemplateCache:
    """Bounded LRU of cache entries with a TTL. Thread-safe; rendering happens outside it."""

    def __init__(
        self,
        ttl_seconds: float,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl_seconds = ttl_seconds
        self.max_entries = max_entries
        self.clock = clock
        self._entries: OrderedDict[CacheKey, CacheEntry] = OrderedDict()
        self._lock = threading.Lock()

    def lookup(self, key: CacheKey) -> tuple[CacheEntry, bool] | None:
        """The entry and whether it is still fresh; None on a miss."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
        return entry, self.clock() - entry.stored_at < self.ttl_seconds

    def store(self, key: CacheKey, entry: CacheEntry) -> None:
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def invalidate(self, prompt_name: str | None = None) -> None:
        """Forget one template (every version, label, provider and model of it) or everything."""
        with self._lock:
            if prompt_name is None:
                self._entries.clear()
                return
            for key in [k for k in self._entries if k[0] == prompt_name]:
                del self._entries[key]

    def __len__(self) -> int:
        return len(self._entries)
