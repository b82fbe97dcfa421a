"""Running the CLI in a subprocess, with this checkout's package and a clean environment."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60


def cli_env(**variables: str) -> dict[str, str]:
    """The environment of a CLI run: ours, minus any PromptLayer setting of the machine, with
    this checkout first on the path, plus `variables`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PROMPTLAYER_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    env["PYTHONUNBUFFERED"] = "1"
    env.update(variables)
    return env


def run_cli(
    *args: str, cwd: Path | None = None, env: Mapping[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m promptlayer ARGS...`, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "promptlayer", *args],
        cwd=cwd,
        env=dict(cli_env() if env is None else env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def error_line(done: subprocess.CompletedProcess[str]) -> str:
    """The one line a failed command writes on stderr (the test fails if there are more)."""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("promptlayer: error: "), done.stderr
    return lines[0].removeprefix("promptlayer: error: ")
