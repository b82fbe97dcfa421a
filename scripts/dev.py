"""Bootstrap for the README's commands: needs only Python 3.11+ (venv and pip).

    python scripts/dev.py test       # the whole suite: tests, lint, typecheck
    python scripts/dev.py example    # the main example
    python scripts/dev.py SESSION... # any nox session (regen, regen_check, benchmarks, ...)

Creates .venv/ with the pinned task runner on first use, then hands over to nox, which
builds one virtualenv per session under .nox/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
NOX = "nox==2026.10.20"
ALIASES = {"test": ["tests", "lint", "typecheck"]}


def _venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def ensure_runner() -> Path:
    python = _venv_python()
    marker = VENV / ".runner"
    if not python.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not marker.exists() or marker.read_text() != NOX:
        subprocess.run([python, "-m", "pip", "install", "--quiet", NOX], check=True)
        marker.write_text(NOX)
    return python


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be run by an older python3
        sys.exit("Python 3.11 or newer is required")
    if not argv:
        print(__doc__)
        return 2
    sessions: list[str] = []
    rest: list[str] = []
    for i, arg in enumerate(argv):
        if arg == "--":
            rest = argv[i:]
            break
        sessions += ALIASES.get(arg, [arg])
    python = ensure_runner()
    # Sessions run on the interpreter that ran this script, whatever its version.
    command = [str(python), "-m", "nox", "--force-python", sys.executable, "-s", *sessions, *rest]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
