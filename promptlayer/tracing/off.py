"""Tracing off: the stand-in every client holds until `enable_tracing=True` replaces it.

Kept free of OpenTelemetry imports (opentelemetry.trace alone costs more to import than the
whole SDK), so a client without tracing never loads it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any


class NoSpan:
    """A span that records nothing."""

    def set_attribute(self, key: str, value: Any) -> None:
        pass

    def set_attributes(self, attributes: Mapping[str, Any]) -> None:
        pass

    def end(self) -> None:
        pass


NO_SPAN = NoSpan()


class NoTracing:
    """Every operation is a no-op; spans are NO_SPAN and nothing becomes current."""

    enabled = False
    tracer_provider = None

    def start_span(self, name: str, attributes: Mapping[str, Any] | None = None) -> Any:
        return NO_SPAN

    @contextlib.contextmanager
    def use(self, span: Any) -> Iterator[Any]:
        yield span

    def end(self, span: Any, error: BaseException | None = None) -> None:
        pass

    def span_id(self, span: Any) -> str | None:
        return None

    def flush(self, timeout: float | None = None) -> bool:
        return True

    def close(self, timeout: float | None = None) -> None:
        pass


NO_TRACING = NoTracing()
