"""Deterministic fault injection: per-route queues of faults, consumed in order."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Fault:
    """One misbehaviour. Build with the class methods; pass to `LocalPromptLayer.inject`.

    `after_handling=True` (drop, reset) lets the request reach its handler first, so state
    changes as if the response were lost on the way back.
    """

    kind: str
    status: int = 200
    retry_after: float | None = None
    seconds: float = 0.0
    after_handling: bool = False

    @classmethod
    def http_status(cls, status: int, retry_after: float | None = None) -> Fault:
        """Answer `status` in the API's error shape (optionally with Retry-After)."""
        return cls("status", status=status, retry_after=retry_after)

    @classmethod
    def rate_limited(cls, retry_after: float | None = 1.0) -> Fault:
        return cls.http_status(429, retry_after)

    @classmethod
    def server_error(cls, status: int = 500) -> Fault:
        return cls.http_status(status)

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Wait, then answer normally."""
        return cls("delay", seconds=seconds)

    @classmethod
    def drop(cls, after_handling: bool = False) -> Fault:
        """Close the connection without answering."""
        return cls("drop", after_handling=after_handling)

    @classmethod
    def reset(cls, after_handling: bool = False) -> Fault:
        """Abort the connection with a TCP reset."""
        return cls("reset", after_handling=after_handling)

    @classmethod
    def malformed_json(cls) -> Fault:
        """Answer the real status with a JSON body that does not parse."""
        return cls("malformed_json")

    @classmethod
    def html_error(cls, status: int = 502) -> Fault:
        """Answer with an HTML error page, as a proxy in front of the API would."""
        return cls("html", status=status)

    @classmethod
    def truncated(cls) -> Fault:
        """Announce the full Content-Length, send half the body, close."""
        return cls("truncate")

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "status": self.status,
            "retry_after": self.retry_after,
            "seconds": self.seconds,
            "after_handling": self.after_handling,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fault:
        kinds = {"status", "delay", "drop", "reset", "malformed_json", "html", "truncate"}
        if data.get("kind") not in kinds:
            raise ValueError(f"fault kind must be one of {sorted(kinds)}")
        return cls(
            kind=data["kind"],
            status=int(data.get("status", 200)),
            retry_after=data.get("retry_after"),
            seconds=float(data.get("seconds", 0.0)),
            after_handling=bool(data.get("after_handling", False)),
        )


@dataclass
class _Entry:
    target: str
    fault: Fault
    remaining: int | None  # None: every matching request


class FaultPlan:
    """Faults keyed by target: an operationId, "METHOD /path/template", or "*"."""

    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._lock = threading.Lock()

    def add(self, target: str, fault: Fault, times: int | None = 1) -> None:
        if times is not None and times < 1:
            raise ValueError("times must be >= 1, or None for every request")
        with self._lock:
            self._entries.append(_Entry(target, fault, times))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def take(self, operation_id: str | None, method: str, template: str | None) -> Fault | None:
        """The next fault for this request, consuming one use of it."""
        keys = {"*", f"{method} {template}" if template else "", operation_id or ""}
        with self._lock:
            for entry in self._entries:
                if entry.target in keys:
                    if entry.remaining is not None:
                        entry.remaining -= 1
                        if entry.remaining == 0:
                            self._entries.remove(entry)
                    return entry.fault
        return None

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [
                {"target": e.target, "fault": e.fault.to_json(), "remaining": e.remaining}
                for e in self._entries
            ]
