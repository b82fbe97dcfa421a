"""The client-side template cache: unrendered templates, rendered locally per call.

An entry holds the template as fetched with `skip_input_variable_rendering` and a render
plan compiled once (`RenderPlan`): a hit is then a dict lookup, one call that builds a fresh
copy of the response and a few `str.format` calls, all outside any lock. Entries older than
the TTL are stale: still kept (up to `max_entries`, least recently used evicted first) so a
transient API failure can be answered from them.
"""

from __future__ import annotations

import marshal
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import reduce
from operator import getitem
from typing import Any

from .rendering import (
    TextRenderer,
    compile_text,
    needs_server_rendering,
    render_prompt_template,
    renders_on_fetch,
    resolved_provider,
    variable_names,
)

CacheKey = tuple[str, int | None, str | None, str | None, str | None]  # name, version, label, provider, model
Path = tuple[str | int, ...]
DEFAULT_MAX_ENTRIES = 1000
_getitem: Callable[[Any, Any], Any] = getitem

_TEXT_PART_TYPES = ("text", "input_text", "output_text")


Builder = Callable[[Mapping[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class RenderPlan:
    """Where the placeholders are in one cached response, and how to fill each.

    `steps` substitute rendered texts in place. When the provider kwargs cannot be filled
    in place exactly (texts joined from several messages, mixed formats), `rebuild` makes
    them again from the rendered template instead, the way the service built them.
    `build` / `raw`, when present, are the same steps compiled to Python code that creates
    the whole response afresh. Kept because it is what a hit costs: benchmarks/cache_plans.py
    measures 2.5x less per hit than unmarshalling then substituting (3.8 vs 9.9 µs for a
    small chat template, 28 vs 68 µs for a 41-message one, against 47 and 414 µs with
    deepcopy), and the fallback below still serves anything the code generator refuses.
    """

    steps: tuple[tuple[Path, TextRenderer], ...]
    provider: str | None
    rebuild: Builder | None = None
    build: Builder | None = None
    raw: Callable[[], dict[str, Any]] | None = None

    def render(self, blob: bytes, variables: Mapping[str, Any]) -> dict[str, Any]:
        if not renders_on_fetch(variables, self.provider):
            return self.raw() if self.raw is not None else marshal.loads(blob)
        if self.build is not None:
            result = self.build(variables)
        else:
            result = marshal.loads(blob)
            rendered: dict[TextRenderer, str] = {}  # a text often appears in template and kwargs
            for path, renderer in self.steps:
                text = rendered.get(renderer)
                if text is None:
                    text = rendered[renderer] = renderer(variables)
                parent: Any = reduce(_getitem, path[:-1], result)
                parent[path[-1]] = text
        if self.rebuild is not None:
            result["llm_kwargs"] = self.rebuild(result["prompt_template"])
        return result

    def compiled(self, response: Mapping[str, Any]) -> RenderPlan:
        """This plan with `build` and `raw` generated; itself when the response has a value
        that is not a plain JSON literal (e.g. a non-finite float)."""
        try:
            build, raw = _generate(response, self.steps)
        except (_NotLiteral, SyntaxError, RecursionError, MemoryError):
            return self
        return RenderPlan(self.steps, self.provider, self.rebuild, build, raw)


class _NotLiteral(Exception):
    pass


def _generate(
    response: Mapping[str, Any], steps: tuple[tuple[Path, TextRenderer], ...]
) -> tuple[Builder, Any]:
    """Generate `build(v)` and `raw()` that return fresh copies of `response`.

    The code is made only of Python literals written with `repr()` (strings, numbers,
    booleans, None) and calls to the compiled renderers, so no template content can become
    code. Equal renderers are called once per render.
    """
    renderers: dict[TextRenderer, int] = {}
    slots: dict[Path, int] = {}
    for path, renderer in steps:
        slots[path] = renderers.setdefault(renderer, len(renderers))
    filled = _literal(response, (), slots)
    plain = _literal(response, (), {})
    calls = "".join(f"    t{i} = r{i}(v)\n" for i in range(len(renderers)))
    source = f"def build(v):\n{calls}    return {filled}\n\ndef raw():\n    return {plain}\n"
    namespace: dict[str, Any] = {f"r{i}": renderer for renderer, i in renderers.items()}
    exec(compile(source, "<promptlayer cached template>", "exec"), namespace)
    return namespace["build"], namespace["raw"]


def _literal(value: Any, path: Path, slots: Mapping[Path, int]) -> str:
    slot = slots.get(path)
    if slot is not None:
        return f"t{slot}"
    kind = type(value)
    if kind is dict:
        items = []
        for key, item in value.items():
            if type(key) is not str:
                raise _NotLiteral
            items.append(f"{key!r}:{_literal(item, (*path, key), slots)}")
        return "{" + ",".join(items) + "}"
    if kind is list:
        return "[" + ",".join(_literal(item, (*path, i), slots) for i, item in enumerate(value)) + "]"
    if value is None or kind in (bool, int, str) or (kind is float and math.isfinite(value)):
        return repr(value)
    raise _NotLiteral


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


def make_entry(
    response: Mapping[str, Any],
    requested_provider: str | None,
    now: float,
    requested_model: str | None = None,
) -> CacheEntry:
    """Compile a fetched (unrendered) template response into a cache entry."""
    blob = marshal.dumps(dict(response))
    template = response.get("prompt_template")
    if not isinstance(template, Mapping) or needs_server_rendering(template):
        return CacheEntry(blob, None, now)
    raw_metadata = response.get("metadata")
    metadata = raw_metadata if isinstance(raw_metadata, Mapping) else None
    provider = resolved_provider(requested_provider, metadata)
    template_steps, slots = _template_steps(template)
    plan = RenderPlan(tuple(template_steps), provider)
    kwargs = response.get("llm_kwargs")
    if isinstance(kwargs, Mapping) and provider is not None:
        # Imported when an entry is made, not with this module (which every client loads):
        # the formats cost ~3.5 ms to import and only templates with llm_kwargs need them.
        from ..providers.formats import build_llm_kwargs

        def rebuild(rendered: Mapping[str, Any]) -> dict[str, Any]:
            return build_llm_kwargs(rendered, metadata, provider, requested_model)

        plan = RenderPlan((*template_steps, *_kwargs_steps(kwargs, slots, template)), provider)
        try:
            recognised = rebuild(template) == kwargs
        except ValueError:
            recognised = False
        if recognised and not _verified(plan, blob, template, rebuild):
            plan = RenderPlan(tuple(template_steps), provider, rebuild)
        # Unrecognised kwargs (a provider shape we do not build) keep in-place filling, as the
        # official SDK's cache does.
    return CacheEntry(blob, plan.compiled(response), now)


def _verified(
    plan: RenderPlan,
    blob: bytes,
    template: Mapping[str, Any],
    rebuild: Callable[[Mapping[str, Any]], dict[str, Any]],
) -> bool:
    """Does in-place filling give what rendering then rebuilding gives? Tried with telltale
    values and with empty ones (empty texts change how joined texts look)."""
    names = _variable_names(template)
    for probe in ({n: f"<{i}:{n}>" for i, n in enumerate(names)}, dict.fromkeys(names, "")):
        filled = plan.render(blob, probe)
        expected = render_prompt_template(template, probe)
        if filled["prompt_template"] != expected or filled["llm_kwargs"] != rebuild(expected):
            return False
    return True


def _variable_names(template: Mapping[str, Any]) -> list[str]:
    names: set[str] = set()
    for _path, text, fmt in _template_texts(template):
        names |= variable_names(text, fmt)
    declared = template.get("input_variables")
    if isinstance(declared, list):
        names |= {name for name in declared if isinstance(name, str)}
    return sorted(names) or ["_"]


def _template_steps(
    template: Mapping[str, Any],
) -> tuple[list[tuple[Path, TextRenderer]], dict[str, TextRenderer]]:
    steps: list[tuple[Path, TextRenderer]] = []
    slots: dict[str, TextRenderer] = {}  # raw text -> its renderer, for matching kwargs texts
    for path, text, fmt in _template_texts(template):
        renderer = compile_text(text, fmt)
        if renderer is not None:
            slots.setdefault(text, renderer)
            steps.append((("prompt_template", *path), renderer))
    return steps, slots


def _kwargs_steps(
    kwargs: Mapping[str, Any], slots: Mapping[str, TextRenderer], template: Mapping[str, Any]
) -> Iterator[tuple[Path, TextRenderer]]:
    # A text copied verbatim from a message renders with that message's format; anything
    # else with the template's first format (what the official SDK's cache does).
    default_format = next((fmt for _p, _t, fmt in _template_texts(template) if fmt), None)
    for path, text in _kwargs_texts(kwargs):
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
        items = kwargs.get(key)
        if isinstance(items, str):  # a Responses-API completion: the input is the text
            yield (key,), items
            continue
        for i, message in enumerate(items if isinstance(items, list) else []):
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
        return
    for j, text in _part_texts(content, _TEXT_PART_TYPES):
        yield (*path, j, "text"), text
    for j, part in enumerate(content if isinstance(content, list) else []):
        if isinstance(part, Mapping) and part.get("type") == "tool_result":  # Anthropic tool results
            yield from _content_texts(part.get("content"), (*path, j, "content"))


# What a fetch saw of the invalidations before it started: (all names, its own name).
Generation = tuple[int, int]


class TemplateCache:
    """Bounded LRU of cache entries with a TTL. Thread-safe: writes and invalidations take a
    lock, lookups need none; rendering happens outside it.

    An invalidation wins over a fetch already in flight: the fetch takes `generation(name)`
    before it asks, and `store` drops its answer when `invalidate` (of that name, or of all)
    ran since, so a version fetched before a publish is never cached after it.
    """

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
        # The keys of each name, so that invalidating one never iterates `_entries`, which
        # lookups reorder without the lock (an OrderedDict refuses that during iteration).
        self._keys_by_name: dict[str, set[CacheKey]] = {}
        self._generation = 0  # bumped by invalidating everything
        self._name_generations: dict[str, int] = {}  # bumped by invalidating that name
        self._lock = threading.Lock()

    def lookup(self, key: CacheKey) -> tuple[CacheEntry, bool] | None:
        """The entry and whether it is still fresh; None on a miss."""
        # No lock: each OrderedDict call is atomic under the GIL, and a key evicted between
        # the two calls only means this hit does not refresh its recency.
        entry = self._entries.get(key)
        if entry is None:
            return None
        try:  # noqa: SIM105 - contextlib.suppress costs more on this hot path
            self._entries.move_to_end(key)
        except KeyError:
            pass
        return entry, self.clock() - entry.stored_at < self.ttl_seconds

    def generation(self, name: str) -> Generation:
        """Taken by a fetch of `name` before it asks; see `store`."""
        with self._lock:
            return self._generation, self._name_generations.get(name, 0)

    def store(self, key: CacheKey, entry: CacheEntry, since: Generation | None = None) -> bool:
        """Cache `entry`, unless `name` was invalidated after `since` was taken (then the
        entry may be older than what the invalidation announced). Whether it was stored."""
        name = key[0]
        with self._lock:
            if since is not None and since != (self._generation, self._name_generations.get(name, 0)):
                return False
            self._entries[key] = entry
            self._entries.move_to_end(key)
            self._keys_by_name.setdefault(name, set()).add(key)
            while len(self._entries) > self.max_entries:
                evicted, _ = self._entries.popitem(last=False)
                self._forget_key(evicted)
            return True

    def invalidate(self, prompt_name: str | None = None) -> None:
        """Forget one template (every version, label, provider and model of it) or everything,
        and make fetches already in flight for it uncacheable."""
        with self._lock:
            if prompt_name is None:
                self._entries.clear()
                self._keys_by_name.clear()
                self._generation += 1
                self._name_generations.clear()
                return
            if len(self._name_generations) >= self.max_entries:
                # Bounded memory: forgetting the per-name counts needs a new generation for
                # all, which only costs in-flight fetches of other names their caching.
                self._generation += 1
                self._name_generations.clear()
            self._name_generations[prompt_name] = self._name_generations.get(prompt_name, 0) + 1
            for key in self._keys_by_name.pop(prompt_name, ()):
                self._entries.pop(key, None)

    def _forget_key(self, key: CacheKey) -> None:
        keys = self._keys_by_name.get(key[0])
        if keys is not None:
            keys.discard(key)
            if not keys:
                del self._keys_by_name[key[0]]

    def __len__(self) -> int:
        return len(self._entries)
