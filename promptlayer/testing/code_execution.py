"""CODE_EXECUTION for the local server: a row's code run in a separate Python process.

PromptLayer runs a CODE_EXECUTION column's or scorecard step's code as the body of
`def execute(data)`, with `data` the row's cells by column title, and keeps what it returns.
Here the code runs in a `python -I` worker process (never in the server's own interpreter, so
a scorer cannot crash or hang the server), one worker per calculation, reused for its rows.
Each row has a time limit; a worker that exceeds it is killed and the next row gets a new one.
JavaScript runs the same way under `node` when it is installed.
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
from typing import Any

__all__ = ["CodeRunner"]

ROW_TIMEOUT = 10.0
# Reads one JSON job per line, answers one JSON line: {"value": ...} or {"error": "..."}.
PYTHON_WORKER = r"""
import json, sys, traceback
answers, sys.stdout = sys.stdout, sys.stderr  # what the code prints is not an answer
for line in sys.stdin:
    job = json.loads(line)
    source = "def execute(data):\n" + "".join("    " + l + "\n" for l in job["code"].splitlines() or ["pass"])
    try:
        scope = {"__name__": "code_execution"}
        exec(compile(source, "<code>", "exec"), scope)
        answer = {"value": scope["execute"](job["data"])}
        line = json.dumps(answer, default=str)
    except BaseException as exc:
        line = json.dumps({"error": "".join(traceback.format_exception_only(type(exc), exc)).strip()})
    answers.write(line + "\n")
    answers.flush()
"""
JAVASCRIPT_WORKER = r"""
const answer = process.stdout.write.bind(process.stdout);
console.log = console.info = console.error;  // what the code prints is not an answer
const lines = require("readline").createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const job = JSON.parse(line);
  let result;
  try {
    const execute = new Function("data", job.code);
    result = { value: execute(job.data) ?? null };
  } catch (error) {
    result = { error: String(error) };
  }
  answer(JSON.stringify(result) + "\n");
});
"""


class CodeRunner:
    """Runs code on rows for one calculation; `close()` (or the `with` block) ends its workers."""

    def __init__(self, timeout: float = ROW_TIMEOUT) -> None:
        self._timeout = timeout
        self._workers: dict[str, _Worker] = {}

    def run(self, code: Any, language: Any, data: dict[str, Any]) -> tuple[Any, str | None]:
        """What the code returned for this row, or None and the reason it gave none."""
        if not isinstance(code, str) or not code.strip():
            return None, "CODE_EXECUTION needs non-empty code"
        kind = str(language or "PYTHON").upper()
        if kind not in ("PYTHON", "JAVASCRIPT"):
            return None, f"Unknown CODE_EXECUTION language {language!r}"
        worker = self._workers.get(kind)
        if worker is None or not worker.alive():
            try:
                worker = self._workers[kind] = _Worker(kind)
            except OSError as exc:
                return None, f"Cannot start the {kind.lower()} worker: {exc}"
        answer = worker.ask({"code": code, "data": data}, self._timeout)
        if answer is None:
            worker.stop()
            return None, f"The code ran longer than {self._timeout:g} s"
        if "error" in answer:
            return None, str(answer["error"])
        return answer.get("value"), None

    def close(self) -> None:
        for worker in self._workers.values():
            worker.stop()
        self._workers.clear()

    def __enter__(self) -> CodeRunner:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class _Worker:
    """One interpreter process answering jobs in order; a thread reads its answers."""

    def __init__(self, language: str) -> None:
        if language == "PYTHON":
            command = [sys.executable, "-I", "-c", PYTHON_WORKER]
        else:
            node = shutil.which("node")
            if node is None:
                raise OSError("JAVASCRIPT code needs `node` on PATH")
            command = [node, "-e", JAVASCRIPT_WORKER]
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        self._answers: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True, name="promptlayer-code-worker").start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._answers.put(line)
        self._answers.put("")  # the worker ended

    def alive(self) -> bool:
        return self._process.poll() is None

    def ask(self, job: dict[str, Any], timeout: float) -> dict[str, Any] | None:
        """The worker's answer, or None when it took longer than `timeout` or died."""
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(json.dumps(job, default=str) + "\n")
            self._process.stdin.flush()
            line = self._answers.get(timeout=timeout)
        except (OSError, queue.Empty):
            return None
        if not line:
            return {"error": "The code's process ended without an answer"}
        answer = json.loads(line)
        return answer if isinstance(answer, dict) else {"error": "The worker answered no object"}

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                stream.close()
