"""What an evaluation shows while it runs, on stderr (stdout stays the program's own).

On a terminal one status line is redrawn in place (cases done, failures so far, pass rate,
ETA); elsewhere (CI logs, pipes) plain lines are written, a progress line at most every few
seconds; `quiet` writes nothing. No terminal UI library is needed.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TextIO

Mode = Literal["auto", "plain", "quiet"]
REDRAW_SECONDS = 0.1  # on a terminal
PLAIN_SECONDS = 5.0  # in a log
MAX_FAILURE_EXAMPLES = 5


class Progress:
    def __init__(self, mode: Mode = "auto", stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = mode == "quiet"
        isatty = getattr(self.stream, "isatty", None)
        self.live = mode == "auto" and bool(isatty and isatty())
        self._lock = threading.Lock()
        self._total = 0
        self._done = 0
        self._failed = 0
        self._started = 0.0
        self._shown = 0.0
        self._line = False  # a live line is on screen

    def _write(self, text: str) -> None:
        if self.quiet:
            return
        with self._lock:
            if self._line:
                self.stream.write("\r\033[K")
                self._line = False
            self.stream.write(text + "\n")
            self.stream.flush()

    def step(self, message: str) -> None:
        self._write(f"  • {message}")

    def link(self, url: str | None) -> None:
        if url:
            self._write(f"  ↗ {url}")

    def cases_started(self, total: int) -> None:
        self._total, self._done, self._failed = total, 0, 0
        self._started = self._shown = time.monotonic()

    def case_finished(self, failed: bool) -> None:
        if self.quiet:
            return
        with self._lock:
            self._done += 1
            self._failed += failed
            now = time.monotonic()
            last = self._done == self._total
            if not last and now - self._shown < (REDRAW_SECONDS if self.live else PLAIN_SECONDS):
                return
            self._shown = now
            line = self._status(now)
            if self.live:
                self.stream.write("\r\033[K  " + line)
                self._line = not last
                if last:
                    self.stream.write("\n")
            else:
                self.stream.write("  " + line + "\n")
            self.stream.flush()

    def _status(self, now: float) -> str:
        done, total, failed = self._done, self._total, self._failed
        rate = f"{(done - failed) / done:.0%}" if done else "-"
        elapsed = now - self._started
        eta = (total - done) * elapsed / done if done else 0.0
        tail = f", ETA {eta:.0f} s" if done < total else f", {elapsed:.1f} s"
        return f"cases {done}/{total}, {failed} failed, runner pass rate {rate}{tail}"

    def scoring(self, scored: int, total: int) -> None:
        if self.live and not self.quiet:
            with self._lock:
                self.stream.write(f"\r\033[K  scoring {scored}/{total}")
                self.stream.flush()
                self._line = True

    def summary(
        self,
        score: Any,
        passing_score: float | None,
        cards: Sequence[Mapping[str, Any]],
        failures: Sequence[Mapping[str, Any]],
    ) -> None:
        """The overall score, each scorer's pass rate and (when asked) some failing cases."""
        if self.quiet:
            return
        verdict = ""
        if passing_score is not None:
            verdict = " (pass)" if isinstance(score, (int, float)) and score >= passing_score else " (FAIL)"
        shown = "n/a" if score is None else f"{score:.4g}" if isinstance(score, float) else str(score)
        lines = [f"  ✓ score {shown}{verdict}", "Evaluation Results:"]
        width = max((len(str(card["scorer"])) for card in cards), default=6)
        for card in cards:
            lines.append(
                f"  {str(card['scorer']).ljust(width)}  "
                f"{card['passed']}/{card['total']} ({card['pass_rate']:.0%})"
            )
        if failures:
            lines.append(f"Failing cases (first {min(len(failures), MAX_FAILURE_EXAMPLES)}):")
            for case in failures[:MAX_FAILURE_EXAMPLES]:
                lines.append(f"  row {case.get('row_index')}: input={_short(case.get('input'))}")
                lines.append(f"    output={_short(case.get('output'))} scores={_short(case.get('scores'))}")
                if case.get("error"):
                    lines.append(f"    error={_short(case.get('error'))}")
        self._write("\n".join(lines))


def _short(value: Any, limit: int = 120) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
