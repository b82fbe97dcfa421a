"""examples/tracing.py runs against the local server and shows one trace of three spans."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parents[2] / "examples" / "tracing.py"


def test_tracing_example() -> None:
    env = {name: value for name, value in os.environ.items() if not name.startswith("PROMPTLAYER_")}
    done = subprocess.run([sys.executable, str(EXAMPLE)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "The server received 3 spans in 1 trace:" in lines
    assert any(line.split() == ["retrieve", "parent:", "answer", "question"] for line in lines)
    assert any(line.split() == ["stream_answer", "parent:", "answer", "question"] for line in lines)
    assert any(line.split() == ["answer", "question", "parent:", "-"] for line in lines)
