"""`python -m promptlayer.testing serve [--host H] [--port N] [--seed FILE] [--api-key KEY]`.

Runs the local PromptLayer server in the foreground and prints its base URL and key, so any
program can use it: PROMPTLAYER_BASE_URL=<url> PROMPTLAYER_API_KEY=<key>.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from .server import DEFAULT_API_KEY, LocalPromptLayer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m promptlayer.testing", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the local server in the foreground")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port")
    serve.add_argument("--seed", help="JSON file with initial data")
    serve.add_argument("--api-key", default=DEFAULT_API_KEY)
    serve.add_argument("--no-validate", action="store_true", help="skip contract validation (faster)")
    args = parser.parse_args(argv)

    server = LocalPromptLayer(
        api_key=args.api_key, seed=args.seed, host=args.host, port=args.port, validate=not args.no_validate
    )
    server.start()
    print(f"PROMPTLAYER_BASE_URL={server.base_url}")
    print(f"PROMPTLAYER_API_KEY={server.api_key}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
