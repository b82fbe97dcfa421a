"""What every command shares: exit codes, option types, output and the client.

Only the standard library and the SDK's bottom layer are imported here: `promptlayer --help`
and `promptlayer setup` must not pay for httpx or the client.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from .. import _validate as check
from ..errors import PromptLayerValidationError

if TYPE_CHECKING:
    from .. import PromptLayer

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl-C

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # add_subparsers()
Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """An expected failure: `main` shows the message on one line and exits with `code`."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


def one_line(message: object) -> str:
    """A message fit for one line of stderr: an API error may span several lines."""
    return " ".join(part.strip() for part in str(message).splitlines() if part.strip())


def note(message: str) -> None:
    """Progress and messages: stderr, so stdout carries only the command's output."""
    print(message, file=sys.stderr, flush=True)


def write_json(value: Any) -> None:
    """The command's output as one JSON document on stdout."""
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def argument_type(convert: Callable[[str], Any], what: str) -> Callable[[str], Any]:
    """An argparse `type=` from a converter: a value it refuses (ValueError, or the validator's
    PromptLayerValidationError) is argparse's usage error, exit status 2."""

    def parse(text: str) -> Any:
        try:
            return convert(text)
        except (ValueError, PromptLayerValidationError):
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None

    parse.__name__ = what  # argparse names the type in some messages
    return parse


positive_int = argument_type(lambda text: check.positive(int(text), "the value"), "a positive integer")
seconds = argument_type(lambda text: check.seconds(float(text), "the value"), "a number of seconds > 0")


def json_object(text: str) -> dict[str, Any]:
    """An argparse `type=`: a JSON object given on the command line."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise argparse.ArgumentTypeError(f"not valid JSON ({error})") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError(f"expected a JSON object, got {type(value).__name__}")
    return value


def add_connection_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """--api-key / --base-url, accepted before the command and after it. On a command's parser
    they default to SUPPRESS, so a value given before the command is not reset by its default."""
    default: Any = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--api-key", default=default, metavar="KEY", help="API key (default: $PROMPTLAYER_API_KEY)"
    )
    parser.add_argument(
        "--base-url",
        default=default,
        metavar="URL",
        help="API URL (default: $PROMPTLAYER_BASE_URL, else https://api.promptlayer.com)",
    )


def client(args: argparse.Namespace) -> PromptLayer:
    """A sync client from the options, else the environment (the client reads it)."""
    # The package's public export, as an application imports it; httpx loads with it, so only
    # the commands that talk to the API pay for it.
    from .. import PromptLayer

    return PromptLayer(api_key=args.api_key, base_url=args.base_url)
