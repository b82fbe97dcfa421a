"""`promptlayer serve`: the local PromptLayer server in the foreground (extra: testing).

The serving itself is `python -m promptlayer.testing serve`'s: this command only forwards its
options, so the two cannot drift.
"""

from __future__ import annotations

import argparse

from .. import _validate as check
from ..errors import PromptLayerMissingExtraError
from ._common import CommandError, Subcommands, argument_type

TESTING_EXTRA = 'pip install "promptlayer[testing]"'
MAX_PORT = 65535


def _port_number(text: str) -> int:
    port = check.count(int(text), "port")
    if port > MAX_PORT:
        raise ValueError(port)
    return port


port = argument_type(_port_number, f"a port from 0 to {MAX_PORT}")


def register(commands: Subcommands) -> None:
    serve = commands.add_parser(
        "serve",
        help="run a local PromptLayer server",
        description="Run the local PromptLayer server (for tests and offline work) until "
        "interrupted. Its first two lines on stdout are PROMPTLAYER_BASE_URL=... and "
        f"PROMPTLAYER_API_KEY=..., ready for the environment. Needs: {TESTING_EXTRA}.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=port, default=0, help="port to listen on (0, the default: a free one)")
    serve.add_argument("--seed", metavar="FILE", help="a JSON file with the initial data")
    serve.add_argument(
        "--api-key",
        dest="server_api_key",
        metavar="KEY",
        help="the key the server accepts (a fixed test key)",
    )
    serve.add_argument("--no-validate", action="store_true", help="skip the API contract checks (faster)")
    serve.set_defaults(handler=serve_command)


def serve_command(args: argparse.Namespace) -> int:
    try:
        from ..testing.__main__ import main as serve_main
    except ModuleNotFoundError as error:
        raise PromptLayerMissingExtraError(
            f"promptlayer serve runs the local PromptLayer server: {TESTING_EXTRA} ({error})"
        ) from error
    argv = ["serve", "--host", args.host, "--port", str(args.port)]
    if args.seed is not None:
        argv += ["--seed", args.seed]
    if args.server_api_key is not None:
        argv += ["--api-key", args.server_api_key]
    if args.no_validate:
        argv.append("--no-validate")
    try:
        return serve_main(argv)
    except (OSError, ValueError) as error:  # a port in use, a seed file missing or malformed
        raise CommandError(f"cannot start the local server: {error}") from None
