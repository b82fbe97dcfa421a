"""Regenerate generated/promptlayer_api from openapi.yaml.

Runs openapi-python-client (pinned in pyproject's `regen` group) in-process with the
project's generator-config.yml and templates/, into a temporary folder, then replaces the
package wholesale. Any generator warning fails the run: a warning means part of the spec
was silently dropped from the client.

The package also carries the spec itself as `openapi.json` (the local test server routes
and validates requests with it).

One generator behaviour is adjusted here rather than in a template: model modules import
the models they reference only inside the methods that use them (and under TYPE_CHECKING
for annotations), so importing one endpoint loads its own models, not the whole tree.

Usage: python scripts/regenerate.py [--check]
  --check  regenerate, then fail if generated/ differs from what git has committed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"
PACKAGE = "promptlayer_api"
TARGET = ROOT / "generated" / PACKAGE
GENERATOR_VERSION = "0.29.1"


def _defer_model_imports() -> None:
    """Make every model-to-model import lazy (the generator does this only for cycles)."""
    from openapi_python_client.parser.properties import model_property

    original = model_property.process_model

    def process_model(model_prop, *, schemas, config):  # type: ignore[no-untyped-def]
        result = original(model_prop, schemas=schemas, config=config)
        if model_prop.relative_imports is None:
            return result
        deferred = {line for line in model_prop.relative_imports if ".models." in line}
        if deferred:
            model_prop.set_relative_imports(model_prop.relative_imports - deferred)
            model_prop.set_lazy_imports((model_prop.lazy_imports or set()) | deferred)
        return result

    # The properties package calls it by the name it imported.
    import openapi_python_client.parser.properties as properties_package

    properties_package.process_model = process_model  # type: ignore[attr-defined]


def generate(output_dir: Path) -> None:
    import openapi_python_client
    from openapi_python_client.config import Config, ConfigFile, MetaType

    installed = openapi_python_client.__version__
    if installed != GENERATOR_VERSION:
        sys.exit(f"openapi-python-client=={GENERATOR_VERSION} required, found {installed}")

    _defer_model_imports()
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType.NONE,
        SPEC,
        "utf-8",
        False,
        output_dir,
    )
    # Post hooks call ruff by name: make the interpreter's own scripts folder win.
    bin_dir = str(Path(sys.executable).parent)
    os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    errors = openapi_python_client.generate(config=config, custom_template_path=TEMPLATES)
    if errors:
        for error in errors:
            print(f"generator {error.level.value}: {error.header}", file=sys.stderr)
            if error.detail:
                print(f"    {error.detail}", file=sys.stderr)
        sys.exit(f"{len(errors)} generator warning(s)/error(s): fix openapi.yaml or the templates")


def write_spec_json(package: Path) -> None:
    """Ship the spec with the package as JSON: the local server routes and validates with it."""
    from ruamel.yaml import YAML  # the generator's own YAML reader

    spec = YAML(typ="safe").load(SPEC)
    (package / "openapi.json").write_text(json.dumps(spec, separators=(",", ":"), sort_keys=False) + "\n")


def replace_package(built: Path) -> None:
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(built, TARGET, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    (TARGET / "py.typed").touch()
    write_spec_json(TARGET)


def check_clean() -> None:
    status = subprocess.run(
        ["git", "status", "--porcelain", "--", "generated/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if status.strip():
        print(status, file=sys.stderr)
        sys.exit("generated/ is stale: run `python scripts/regenerate.py` and commit the result")
    print("generated/ is fresh")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ changes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="promptlayer-regen-") as tmp:
        built = Path(tmp) / PACKAGE
        generate(built)
        replace_package(built)
    print(f"regenerated {TARGET.relative_to(ROOT)} from {SPEC.name}")
    if args.check:
        check_clean()


if __name__ == "__main__":
    main()
