"""Task sessions: tests, lint, typecheck, regen, regen_check, example.

Run through the bootstrap (`python scripts/dev.py SESSION`) or with nox directly.
Each session gets its own virtualenv under .nox/, reused between local runs.
"""

from __future__ import annotations

import nox

nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["tests", "lint", "typecheck"]

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHON = "3.11"
SOURCES = ["promptlayer", "scripts", "tests", "examples", "benchmarks", "noxfile.py"]


def _install(session: nox.Session, *groups: str, project: str | None = "-e.") -> None:
    requirements = [req for group in groups for req in nox.project.dependency_groups(PYPROJECT, group)]
    args = [*requirements]
    if project:
        args += [project]
    session.install(*args)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole pytest suite (unit, generated client, integration)."""
    _install(session, "test", project="-e.[testing]")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def example(session: nox.Session) -> None:
    """The README's main example."""
    _install(session, project="-e.[testing]")
    session.run("python", "examples/quickstart.py", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff lint and format check (generated/ excluded by pyproject)."""
    _install(session, "lint", project=None)
    session.run("ruff", "check", *SOURCES)
    session.run("ruff", "format", "--check", *SOURCES)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the facade, tests, scripts, benchmarks and examples (pyproject [tool.mypy])."""
    _install(session, "typecheck", project="-e.[testing,tracing,openai-agents]")
    session.run("mypy")


@nox.session(python=PYTHON)
def regen(session: nox.Session) -> None:
    """Regenerate generated/promptlayer_api from openapi.yaml."""
    _install(session, "regen", project=None)
    session.run("python", "scripts/regenerate.py")


@nox.session(python=PYTHON)
def regen_check(session: nox.Session) -> None:
    """Freshness gate: regenerate and fail if generated/ differs from the commit."""
    _install(session, "regen", project=None)
    session.run("python", "scripts/regenerate.py", "--check")


@nox.session(python=PYTHON)
def benchmarks(session: nox.Session) -> None:
    """Side-by-side measurements (see benchmarks/); prints figures, asserts nothing about speed.

    `-- --quick` runs every script briefly; other arguments go to import_time.py and
    server_throughput.py (e.g. `-- --runs 10`). facade_vs_official.py sets up the official SDK
    in .bench/official-venv on first use and fails only when one of our correctness checks does.
    """
    _install(session, project="-e.[testing,openai,tracing]")
    quick = "--quick" in session.posargs
    forwarded = [arg for arg in session.posargs if arg != "--quick"]
    session.run("python", "benchmarks/import_time.py", *(forwarded or (["--runs", "10"] if quick else [])))
    throughput_quick = ["--seconds", "2", "--runs", "5"] if quick else []
    session.run("python", "benchmarks/server_throughput.py", *(forwarded or throughput_quick))
    session.run("python", "benchmarks/facade_vs_official.py", *(["--quick"] if quick else []))
    proxy_quick = ["--calls", "100", "--rounds", "3"] if quick else []
    session.run("python", "benchmarks/proxy_overhead.py", *proxy_quick)
    traceable_quick = ["--calls", "2000", "--rounds", "3"] if quick else []
    session.run("python", "benchmarks/traceable_overhead.py", *traceable_quick)
    session.run(
        "python", "benchmarks/stack_check.py", *(["--checks", "20000", "--rounds", "3"] if quick else [])
    )
    session.run("python", "benchmarks/log_cpu.py", *(["--logs", "500", "--rounds", "3"] if quick else []))
    evaluation_quick = ["--cases", "200", "--official-cases", "8"] if quick else []
    session.run("python", "benchmarks/evaluation.py", *evaluation_quick)


@nox.session(python=PYTHON)
def bench_revisions(session: nox.Session) -> None:
    """The benchmarks of benchmarks/revisions.py on two revisions, before and after, in one run.

    Arguments go to the script: `-- --base REV [--head REV|DIR] [--quick] [--json FILE]`.
    Without `--base` it compares the last commit (HEAD) with the working tree, i.e. the
    uncommitted changes.
    """
    _install(session, project="-e.[testing,openai]")
    given = any(arg == "--base" or arg.startswith("--base=") for arg in session.posargs)
    session.run("python", "benchmarks/revisions.py", *([] if given else ["--base", "HEAD"]), *session.posargs)
