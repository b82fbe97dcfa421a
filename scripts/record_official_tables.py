"""Record the requests the official SDK's `pl.tables` sends, and its method signatures, as the
golden files our tests compare against (tests/golden/official_tables_requests.json and
official_tables_signatures.json).

    python scripts/record_official_tables.py /path/to/python-with-promptlayer-1.5.16

Run it with this project's Python (it starts our `LocalPromptLayer` here); the given Python
must have the official `promptlayer==1.5.16` installed. That Python runs the fixed call
script of tests/facade/tables_calls.py in a subprocess against the local server, from a
folder outside this project (both packages are called `promptlayer`). What the server
received is written down as method, path, query and JSON body: never a header, so never the
API key. The signatures are read with `inspect` in that Python, from the official managers
(sync and async) and the module-level functions `promptlayer.tables` exports. Not part of
the test suite: CI has no official SDK, and the tests read only the files.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
CALLS = ROOT / "tests" / "facade" / "tables_calls.py"
GOLDEN = ROOT / "tests" / "golden" / "official_tables_requests.json"
SIGNATURES = ROOT / "tests" / "golden" / "official_tables_signatures.json"
OFFICIAL_VERSION = "1.5.16"
API_KEY = "record-official-tables"

# Runs in the official SDK's Python: argv = calls module, base URL, API key, version, signatures file.
RUNNER = """
import importlib.util, inspect, json, sys
from importlib.metadata import version

import promptlayer
import promptlayer.tables
from promptlayer.tables import manager, scorecards

if version("promptlayer") != sys.argv[4]:
    sys.exit(f"promptlayer {version('promptlayer')} is installed, not {sys.argv[4]}")
spec = importlib.util.spec_from_file_location("tables_calls", sys.argv[1])
calls = importlib.util.module_from_spec(spec)
spec.loader.exec_module(calls)
pl = promptlayer.PromptLayer(api_key=sys.argv[3], base_url=sys.argv[2], throw_on_error=False)
calls.run_calls(pl, promptlayer.tables, sys.argv[3], sys.argv[2])

def described(function, bound):
    parameters = list(inspect.signature(function).parameters.values())[1 if bound else 0:]
    return {
        "async": inspect.iscoroutinefunction(function),
        "parameters": [
            [p.name, p.kind.name, None if p.default is p.empty else repr(p.default)] for p in parameters
        ],
    }

def methods(cls):
    names = sorted(n for n in vars(cls) if not n.startswith("_") and callable(vars(cls)[n]))
    names += ["__call__"] if "__call__" in vars(cls) else []
    return {name: described(getattr(cls, name), True) for name in names}

FACES = {
    "tables": "TableManager",
    "tables.imports": "TableImportsManager",
    "tables.sheets": "SheetManager",
    "tables.sheets.scorecards": "ScorecardManager",
    "tables.sheets()": "TableSheetsManager",
    "tables.sheets().for_sheet()": "TableSheetManager",
    "tables.sheets().for_sheet().rows": "TableSheetRowsManager",
    "tables.sheets().for_sheet().columns": "TableSheetColumnsManager",
    "tables.sheets().for_sheet().cells": "TableSheetCellsManager",
    "tables.sheets().for_sheet().versions": "TableSheetVersionsManager",
    "tables.sheets().for_sheet().score": "TableSheetScoreManager",
}

def face(prefix, name):
    module = scorecards if "Scorecard" in name else manager
    return methods(getattr(module, prefix + name))

signatures = {
    "sync": {path: face("", name) for path, name in FACES.items()},
    "async": {path: face("Async", name) for path, name in FACES.items()},
    "functions": {
        name: described(getattr(promptlayer.tables, name), False)
        for name in promptlayer.tables.__all__
        if inspect.isfunction(getattr(promptlayer.tables, name))
    },
}
with open(sys.argv[5], "w") as out:
    json.dump(signatures, out)
"""


def load_calls() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tables_calls", CALLS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("python", help=f"a Python with promptlayer=={OFFICIAL_VERSION} installed")
    official_python = parser.parse_args().python

    from promptlayer.testing import LocalPromptLayer  # this project's (installed, or on PYTHONPATH)

    calls = load_calls()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "PROMPTLAYER"))}
    with LocalPromptLayer(api_key=API_KEY) as server, tempfile.TemporaryDirectory() as elsewhere:
        signatures = Path(elsewhere) / "signatures.json"
        arguments = [str(CALLS), server.base_url, API_KEY, OFFICIAL_VERSION, str(signatures)]
        finished = subprocess.run(
            [official_python, "-c", RUNNER, *arguments],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if finished.returncode != 0:
            print(finished.stderr, file=sys.stderr)
            return 1
        described = json.loads(signatures.read_text(encoding="utf-8"))
        received = [
            {"method": r.method, "path": r.path, "query": r.query, "body": r.body} for r in server.requests
        ]
    text = json.dumps(calls.normalized(received), indent=1) + "\n"
    if API_KEY in text:
        print("the API key appears in what was recorded: nothing written", file=sys.stderr)
        return 1
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(text, encoding="utf-8")
    SIGNATURES.write_text(json.dumps(described, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(received)} requests written to {GOLDEN.relative_to(ROOT)}")
    print(f"the signatures of the official managers and functions written to {SIGNATURES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
