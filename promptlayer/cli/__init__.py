"""The `promptlayer` command: eval run, setup, templates, workflows, serve.

Each command lives in its own module, which registers its parser and handler. Importing this
package loads only argparse and those modules; a handler imports what it needs (the client,
httpx, the local server) when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .._version import __version__
from ..errors import PromptLayerError
from . import eval_cmd, serve_cmd, setup_cmd, templates_cmd, workflows_cmd
from ._common import EXIT_FAILURE, EXIT_INTERRUPTED, CommandError, add_connection_options, one_line

__all__ = ["build_parser", "main"]

PROG = "promptlayer"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="PromptLayer from the command line: run evals, set up coding agents, "
        "read and publish templates, run workflows, serve a local PromptLayer.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    add_connection_options(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (eval_cmd, setup_cmd, templates_cmd, workflows_cmd, serve_cmd):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit status: 0 done, 1 failed, 2 usage error, 130 interrupted."""
    parser = build_parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
    except SystemExit as stop:  # --help, --version (0) and usage errors (2)
        return stop.code if isinstance(stop.code, int) else EXIT_FAILURE
    try:
        return int(args.handler(args))
    except CommandError as error:
        print(f"{PROG}: error: {one_line(error)}", file=sys.stderr)
        return error.code
    except PromptLayerError as error:
        print(f"{PROG}: error: {one_line(error)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`promptlayer templates list | head`): nothing more can be
        # written, and Python's flush at exit must not fail on stdout again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE
