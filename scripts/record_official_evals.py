"""Record what the official SDK's evaluations leave in PromptLayer, as
tests/golden/official_evals.json, the file tests/evaluations/test_records.py compares ours with.

    python scripts/record_official_evals.py /path/to/python-with-promptlayer-1.5.16

Run it with this project's test environment (it starts the local server of
`promptlayer.testing`). For each example of tests/evaluations/examples.py it starts a fresh
local server, runs the example under the given Python (the official `promptlayer==1.5.16`
installed there; a subprocess in a folder outside this project, since both packages are called
`promptlayer`), and writes down the example's result and the server's records, made comparable
by tests/evaluations/records.py. Not part of the test suite: CI has no official SDK.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]

from promptlayer.testing.server import LocalPromptLayer  # noqa: E402
from tests.evaluations.examples import EXAMPLES  # noqa: E402
from tests.evaluations.records import comparable, snapshot  # noqa: E402

GOLDEN = ROOT / "tests" / "golden" / "official_evals.json"
OFFICIAL_VERSION = "1.5.16"
# Runs in the official SDK's Python: argv = examples file, example name; prints the result.
RUNNER = """
import importlib.util, json, sys
from importlib.metadata import version
import promptlayer
if version("promptlayer") != "VERSION":
    sys.exit("promptlayer " + version("promptlayer") + " is installed, not VERSION")
spec = importlib.util.spec_from_file_location("examples", sys.argv[1])
examples = importlib.util.module_from_spec(spec)
spec.loader.exec_module(examples)
print(json.dumps(examples.EXAMPLES[sys.argv[2]](promptlayer), default=str))
""".replace("VERSION", OFFICIAL_VERSION)


def record(python: str, name: str) -> dict[str, object]:
    with LocalPromptLayer() as server, tempfile.TemporaryDirectory() as outside:
        env = {**os.environ, "PROMPTLAYER_API_KEY": server.api_key, "PROMPTLAYER_BASE_URL": server.base_url}
        env.pop("PYTHONPATH", None)
        examples = ROOT / "tests" / "evaluations" / "examples.py"
        done = subprocess.run(
            [python, "-c", RUNNER, str(examples), name],
            cwd=outside,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        server.raise_contract_errors()
        if done.returncode != 0:  # kept: the test then compares with SAME_RECORDS_AS
            return {"official_error": done.stderr.strip().splitlines()[-1]}
        result = json.loads(done.stdout.strip().splitlines()[-1])
        return {"result": comparable(result), "records": snapshot(server)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("python", help="a Python with promptlayer==1.5.16 installed")
    parser.add_argument("names", nargs="*", help=f"examples to record again (all): {', '.join(EXAMPLES)}")
    args = parser.parse_args()
    if unknown := set(args.names) - set(EXAMPLES):
        parser.error(f"no example named {', '.join(sorted(unknown))}")
    kept = json.loads(GOLDEN.read_text())["examples"] if args.names and GOLDEN.exists() else {}
    recorded = {name: record(args.python, name) for name in args.names or EXAMPLES}
    golden = {"version": OFFICIAL_VERSION, "examples": {**kept, **recorded}}
    GOLDEN.write_text(json.dumps(golden, indent=1, sort_keys=True) + "\n")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
