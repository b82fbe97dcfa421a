"""What `promptlayer eval run` needs from evaluate(): a record of each call, and how to show progress.

evaluate() / aevaluate() call `record(...)` once per call, whether it passed, failed or raised.
Outside `collecting()` that is a no-op. Collection is process-wide rather than per context, so a
record made in a worker thread or an asyncio task lands like one made on the main thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["DisplayMode", "EvalRecord", "collecting", "display", "record"]

DisplayMode = Literal["auto", "plain", "quiet"]

# How evaluate() shows progress (always on stderr): "auto" animates on a terminal and prints
# lines otherwise, "plain" always prints lines, "quiet" prints nothing. The CLI sets "plain"
# for `--json`, where stdout carries only the JSON document.
display: DisplayMode = "auto"


@dataclass
class EvalRecord:
    """One evaluate() call: its name, whether it passed, its result dict or its error message."""

    name: str
    passed: bool
    result: dict[str, Any] | None
    error: str | None


_lock = threading.Lock()
_collectors: list[list[EvalRecord]] = []


def record(entry: EvalRecord) -> None:
    """Add `entry` to every open `collecting()` block; nothing happens when none is open."""
    with _lock:
        for collector in _collectors:
            collector.append(entry)


@contextmanager
def collecting() -> Iterator[list[EvalRecord]]:
    """The records made, from any thread or task, while the block is open."""
    collected: list[EvalRecord] = []
    with _lock:
        _collectors.append(collected)
    try:
        yield collected
    finally:
        with _lock:  # by identity: two collectors with the same records are still two
            del _collectors[next(i for i, c in enumerate(_collectors) if c is collected)]
