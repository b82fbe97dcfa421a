"""`promptlayer eval run PATHS... [--json]`: run `*.eval.py` files, fail when an evaluation fails.

Each file runs in this process as a script (`__name__ == "__main__"`, its folder first on
sys.path and as the working directory), so an eval file is an ordinary program the CLI adds
nothing to. What evaluate() / aevaluate() report while it runs is collected through
`promptlayer.evaluations.session`: that is how a failed evaluation fails its file even when the
file catches EvaluationFailedError itself.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import os
import runpy
import sys
import time
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._common import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    CommandError,
    Subcommands,
    add_connection_options,
    note,
    write_json,
)

if TYPE_CHECKING:
    from ..evaluations.session import EvalRecord

EVAL_SUFFIX = ".eval.py"
# Never searched: version control, virtualenvs, caches, build output. Hidden folders are
# skipped too; a path given on the command line is always searched, whatever its name.
SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".tox",
        ".nox",
        ".venv",
        "venv",
        "node_modules",
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        "site-packages",
        "dist-packages",
        "dist",
        "build",
    }
)
# What a file must call to count as an eval file: evaluate(...), aevaluate(...), or any
# function whose name ends in `_eval` (a helper that wraps evaluate), as names or attributes.
ENTRY_POINTS = frozenset({"evaluate", "aevaluate"})
# Read from the working directory; the first file that sets a variable wins, and a variable
# already in the environment is never replaced.
DOTENV_FILES = (".env.development.local", ".env.local", ".env.development", ".env")

JSON_HELP = """\
exit status: 0 when every file passed, 1 when one failed (or no eval file was found),
130 when interrupted.

--json writes one JSON document to stdout (everything else, the files' own output included,
goes to stderr):
  {"passed": bool,
   "files": [{"path": str, "passed": bool, "error": str | null,
              "evals": [{"name": str, "passed": bool, "result": object | null, "error": str | null}]}]}
"path" is relative to the working directory when the file is under it; "result" is the
EvalResult of an evaluate() call ("error" its failure when it failed); a file's "error" says
why the file failed (its exception, exit code, or failed eval).
"""


def register(commands: Subcommands) -> None:
    group = commands.add_parser("eval", help="run evaluation files", description="Run evaluation files.")
    actions = group.add_subparsers(dest="eval_command", required=True, metavar="ACTION")
    run = actions.add_parser(
        "run",
        help="run *.eval.py files",
        description="Run *.eval.py files, given or found under the directories given, that call\n"
        "evaluate(...), aevaluate(...) or a *_eval(...) function.",
        epilog=JSON_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_connection_options(run, top_level=False)
    run.add_argument("paths", nargs="+", metavar="PATH", help="an eval file, or a directory to search")
    run.add_argument("--json", action="store_true", help="write the results as JSON on stdout")
    run.set_defaults(handler=run_command)


# -- discovery -------------------------------------------------------------------------------


def discover(paths: Sequence[str]) -> list[Path]:
    """The eval files among `paths` and under the directories among them: sorted, each once.

    Raises CommandError when a path does not exist (before anything runs)."""
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            raise CommandError(f"path not found: {raw}")
        found.update(file for file in _candidates(path.resolve()) if calls_an_eval(file))
    return sorted(found)


def _is_eval_name(name: str) -> bool:
    return name.endswith(EVAL_SUFFIX) and not name.startswith(".")


def _candidates(path: Path) -> Iterator[Path]:
    if path.is_file():
        if _is_eval_name(path.name):
            yield path
        return
    for folder, subfolders, files in os.walk(path):
        subfolders[:] = [name for name in subfolders if name not in SKIPPED_DIRS and not name.startswith(".")]
        yield from (Path(folder, name) for name in files if _is_eval_name(name))


def calls_an_eval(path: Path) -> bool:
    """Whether the file's code calls an eval entry point (read, never run: a file that does not
    parse is not an eval file)."""
    try:
        tree = ast.parse(path.read_bytes(), filename=str(path))
    except (OSError, SyntaxError, ValueError):
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            match node.func:
                case ast.Name(id=name) | ast.Attribute(attr=name):
                    lowered = name.lower()
                    if lowered in ENTRY_POINTS or lowered.endswith("_eval"):
                        return True
    return False


# -- .env ------------------------------------------------------------------------------------


def parse_dotenv(text: str) -> dict[str, str]:
    """KEY=VALUE lines: `export ` allowed, `#` comments, values optionally quoted. A line that
    is none of these is ignored, as dotenv tools do."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("export "):
            line = line[len("export ") :].lstrip()
        key, equals, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if not equals or not key or key.startswith("#") or not key.isidentifier():
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        else:
            value = value.split(" #", 1)[0].rstrip()  # an inline comment after a bare value
        values.setdefault(key, value)
    return values


def load_dotenv(folder: Path) -> list[Path]:
    """Set the variables of the .env files in `folder` that are not set yet; the files read."""
    loaded = []
    for name in DOTENV_FILES:
        path = folder / name
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as error:
            raise CommandError(f"cannot read {path}: {error}") from None
        for key, value in parse_dotenv(text).items():
            os.environ.setdefault(key, value)
        loaded.append(path)
    return loaded


# -- running ---------------------------------------------------------------------------------


@dataclass
class FileOutcome:
    path: str
    passed: bool = True
    error: str | None = None
    evals: list[EvalRecord] = field(default_factory=list)

    def fail(self, error: str) -> None:
        if self.passed:  # the first reason is the one to show
            self.passed, self.error = False, error

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "passed": self.passed,
            "error": self.error,
            "evals": [
                {"name": r.name, "passed": r.passed, "result": r.result, "error": r.error} for r in self.evals
            ],
        }


def shown_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@contextlib.contextmanager
def _as_script(path: Path) -> Iterator[None]:
    """Run like `python path`: argv, sys.path[0] and the working directory are the file's;
    all three are restored after, and so is the module table (see `_forget_local_modules`)."""
    folder = path.parent
    saved_argv, saved_path, saved_cwd = sys.argv, list(sys.path), os.getcwd()
    before = set(sys.modules)
    sys.argv = [str(path)]
    sys.path.insert(0, str(folder))
    os.chdir(folder)
    try:
        yield
    finally:
        sys.argv = saved_argv
        sys.path[:] = saved_path
        os.chdir(saved_cwd)
        _forget_local_modules(folder, before)


def _forget_local_modules(folder: Path, before: set[str]) -> None:
    """Drop the modules a file imported from its own folder (a `helpers.py` beside it), so a
    file in another folder importing its own `helpers` does not get this one. Modules from
    elsewhere (installed packages, the SDK) stay: importing them twice could break them."""
    for name in set(sys.modules) - before:
        top = name.partition(".")[0]
        if top in before:
            continue
        origin = getattr(sys.modules.get(top), "__file__", None)
        if origin is not None and Path(origin).parent in (folder, folder / top):
            sys.modules.pop(name, None)


def _traceback_from(error: BaseException, path: Path) -> str:
    """The traceback from the eval file's first frame on: the CLI's own frames say nothing."""
    tb: TracebackType | None = error.__traceback__
    while tb is not None and Path(tb.tb_frame.f_code.co_filename) != path:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(error), error, tb or error.__traceback__))


def run_file(path: Path) -> FileOutcome:
    """Run one eval file and judge it. KeyboardInterrupt propagates (the run stops)."""
    from ..errors import PromptLayerError
    from ..evaluations import session

    outcome = FileOutcome(shown_path(path))
    with session.collecting() as records:
        try:
            with _as_script(path):
                runpy.run_path(str(path), run_name="__main__")
        except SystemExit as stop:
            if isinstance(stop.code, int) or stop.code is None:
                if stop.code:
                    outcome.fail(f"exited with status {stop.code}")
            else:  # sys.exit("message"): Python would print it and exit with 1
                note(str(stop.code))
                outcome.fail(str(stop.code))
        except PromptLayerError as error:  # EvaluationFailedError, a missing key...: expected
            outcome.fail(f"{type(error).__name__}: {error}")
        except Exception as error:  # a bug in the file: its traceback is what helps
            sys.stderr.write(_traceback_from(error, path))
            outcome.fail(f"{type(error).__name__}: {error}")
        finally:
            outcome.evals = list(records)
    for record in outcome.evals:
        if not record.passed:  # even when the file caught the error itself
            outcome.fail(f"eval {record.name!r} failed: {record.error}")
    return outcome


@contextlib.contextmanager
def _stdout_on_stderr() -> Iterator[None]:
    """While files run under --json: their output (print, C code, child processes) goes to
    stderr, so stdout holds the JSON document alone."""
    sys.stdout.flush()
    try:
        stdout_fd = sys.stdout.fileno()
        sys.stderr.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):  # stdout replaced (e.g. captured)
        with contextlib.redirect_stdout(sys.stderr):
            yield
        return
    saved = os.dup(stdout_fd)
    os.dup2(sys.stderr.fileno(), stdout_fd)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, stdout_fd)
        os.close(saved)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def run_files(files: Iterable[Path], outcomes: list[FileOutcome]) -> None:
    """Run `files` in turn, appending each outcome as it ends (so an interrupted run keeps the
    files that finished) and showing progress on stderr."""
    for path in files:
        shown = shown_path(path)
        note(f"RUN  {shown}")
        started = time.monotonic()
        try:
            outcome = run_file(path)
        except KeyboardInterrupt:
            outcomes.append(FileOutcome(shown, passed=False, error="interrupted"))
            raise
        outcomes.append(outcome)
        elapsed = f"{time.monotonic() - started:.1f} s"
        if outcome.passed:
            note(f"PASS {shown} ({elapsed})")
        else:  # the first line: an evaluation's message goes on with its URL, already shown
            note(f"FAIL {shown} ({elapsed}): {(outcome.error or '').splitlines()[0]}")


def run_command(args: argparse.Namespace) -> int:
    files = discover(args.paths)
    if not files:
        raise CommandError(
            f"no eval files found: no *{EVAL_SUFFIX} file under {', '.join(args.paths)} "
            "calls evaluate(...), aevaluate(...) or a *_eval(...) function"
        )
    # The options win over .env files; evaluate() reads the key and URL from the environment.
    for variable, value in (("PROMPTLAYER_API_KEY", args.api_key), ("PROMPTLAYER_BASE_URL", args.base_url)):
        if value is not None:
            os.environ[variable] = value
    load_dotenv(Path.cwd())

    from ..evaluations import session

    if args.json:
        session.display = "plain"  # no live redrawing: stderr may be captured along with stdout
    note(f"Running {_plural(len(files), 'eval file')}")
    outcomes: list[FileOutcome] = []
    interrupted = False
    with _stdout_on_stderr() if args.json else contextlib.nullcontext():
        try:
            run_files(files, outcomes)
        except KeyboardInterrupt:
            interrupted = True
    passed = sum(outcome.passed for outcome in outcomes)
    failed = len(outcomes) - passed
    summary = f"{_plural(len(outcomes), 'file')}: {passed} passed, {failed} failed"
    note(f"{summary} (interrupted)" if interrupted else summary)
    if args.json:
        everything_passed = not failed and not interrupted
        write_json({"passed": everything_passed, "files": [outcome.as_json() for outcome in outcomes]})
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILURE if failed else EXIT_OK
