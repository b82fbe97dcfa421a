"""Record the official SDK's public signatures as tests/golden/official_signatures.json, the file
tests/unit/test_official_signatures.py checks this package against.

    python scripts/record_official_signatures.py /path/to/python-with-promptlayer-1.5.16

The given Python must have the official `promptlayer==1.5.16` installed; it runs the walk below
in a subprocess, from a folder outside this project (both packages are called `promptlayer`).
Walked: both client classes (their public methods and constructor), the resources an instance
holds in its public attributes (built with a dummy key: constructing a client sends nothing),
the names of `promptlayer.__all__`, and the `__all__` of every `promptlayer.integrations.*`
package. `pl.tables` is left to scripts/record_official_tables.py, which records its nested
managers. Written down are facts only: names, parameter kinds, whether a parameter has a
default, and whether a callable is async. Not part of the test suite: CI has no official SDK.
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
GOLDEN = ROOT / "tests" / "golden" / "official_signatures.json"
OFFICIAL_VERSION = "1.5.16"

# Runs in the official SDK's Python: argv = version, output file.
RUNNER = """
import importlib, inspect, json, pkgutil, sys
from importlib.metadata import version

import promptlayer
import promptlayer.integrations

if version("promptlayer") != sys.argv[1]:
    sys.exit(f"promptlayer {version('promptlayer')} is installed, not {sys.argv[1]}")

SKIPPED_RESOURCES = {"tables"}  # recorded by scripts/record_official_tables.py

def signature(function, bound):
    try:
        parameters = list(inspect.signature(function).parameters.values())
    except (TypeError, ValueError):
        return None
    return [[p.name, p.kind.name, p.default is not p.empty] for p in parameters[1 if bound else 0:]]

def method(function, bound=True):
    return {"async": inspect.iscoroutinefunction(function), "parameters": signature(function, bound)}

def public_methods(cls, inherited):
    names = dir(cls) if inherited else list(vars(cls))
    found = {}
    for name in sorted(set(names)):
        value = inspect.getattr_static(cls, name)
        if name.startswith("_") or isinstance(value, property) or not callable(getattr(cls, name)):
            continue
        bound = not isinstance(value, staticmethod) and not isinstance(value, classmethod)
        found[name] = method(getattr(cls, name), bound and not isinstance(value, classmethod))
    return found

def described_class(cls):
    # A constructor inherited from a builtin (an exception's `*args`) is not recorded.
    written_here = inspect.isfunction(cls.__init__)
    parameters = signature(cls.__init__, True) if written_here else None
    if parameters is None and not issubclass(cls, BaseException):
        parameters = signature(cls, False)
    constructor = {"async": False, "parameters": parameters}
    return {
        "kind": "exception" if issubclass(cls, BaseException) else "class",
        "constructor": constructor,
        "methods": {} if issubclass(cls, BaseException) else public_methods(cls, inherited=False),
    }

def entry(value):
    if inspect.isclass(value):
        return described_class(value)
    if callable(value):
        return {"kind": "function", **method(value, bound=False)}
    return {"kind": "value"}

def module_names(module):
    return {name: entry(getattr(module, name)) for name in sorted(module.__all__) if name != "__version__"}

clients = {}
resources = {}
for cls in (promptlayer.PromptLayer, promptlayer.AsyncPromptLayer):
    kind = "async" if cls.__name__.startswith("Async") else "sync"
    clients[cls.__name__] = {"__init__": method(cls.__init__), **public_methods(cls, inherited=True)}
    instance = cls(api_key="record-official-signatures")
    resources[kind] = {
        name: public_methods(type(value), inherited=True)
        for name, value in sorted(vars(instance).items())
        if not name.startswith("_") and name not in SKIPPED_RESOURCES
        and type(value).__module__.startswith("promptlayer.")
    }

modules = {"promptlayer": module_names(promptlayer)}
for info in pkgutil.iter_modules(promptlayer.integrations.__path__):
    name = f"promptlayer.integrations.{info.name}"
    module = importlib.import_module(name)
    if hasattr(module, "__all__"):
        modules[name] = module_names(module)

with open(sys.argv[2], "w") as out:
    json.dump({"clients": clients, "resources": resources, "modules": modules}, out)
"""


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("python", help=f"a Python with promptlayer=={OFFICIAL_VERSION} installed")
    official_python = parser.parse_args().python
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "PROMPTLAYER"))}
    with tempfile.TemporaryDirectory() as elsewhere:
        output = Path(elsewhere) / "signatures.json"
        finished = subprocess.run(
            [official_python, "-c", RUNNER, OFFICIAL_VERSION, str(output)],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if finished.returncode != 0:
            print(finished.stderr, file=sys.stderr)
            return 1
        recorded = json.loads(output.read_text(encoding="utf-8"))
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"the official SDK's public signatures written to {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
