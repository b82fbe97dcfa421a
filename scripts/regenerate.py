"""Regenerate generated/promptlayer_api from openapi.yaml.

Runs openapi-python-client (pinned in pyproject's `regen` group) in-process with the
project's generator-config.yml and templates/, into a temporary folder, then replaces the
package wholesale. Any generator warning fails the run: a warning means part of the spec
was silently dropped from the client.

The package also carries the spec itself as `openapi.json` (the local test server routes
and validates requests with it).

The facade's route table, promptlayer/_transport/route_table.py, is written here too: for
each operation its method, path template, success statuses and whether a resend is safe,
and the success statuses whose JSON answer is an object (anything else there is an error).
The generator cannot produce it: templates never see the spec's `x-` keys, and everything
it renders sits inside promptlayer_api, whose import loads the client and attrs.

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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"
PACKAGE = "promptlayer_api"
TARGET = ROOT / "generated" / PACKAGE
ROUTE_TABLE = ROOT / "promptlayer" / "_transport" / "route_table.py"
GENERATOR_VERSION = "0.29.1"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Methods HTTP defines as idempotent; any other needs the operation's own word for it.
RESEND_SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RESEND_SAFE = "x-promptlayer-resend-safe"  # "<why a resend is harmless>"
ALSO_SUCCESS = "x-promptlayer-also-success"  # {"<2xx status>": "<why>"}: taken as success too


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


def write_spec_json(package: Path, spec: dict[str, Any]) -> None:
    """Ship the spec with the package as JSON: the local server routes and validates with it."""
    (package / "openapi.json").write_text(json.dumps(spec, separators=(",", ":"), sort_keys=False) + "\n")


def _load_spec() -> dict[str, Any]:
    from ruamel.yaml import YAML  # the generator's own YAML reader

    spec: dict[str, Any] = YAML(typ="safe").load(SPEC)
    return spec


def routes(spec: dict[str, Any]) -> list[tuple[str, str, str, tuple[int, ...], bool]]:
    """(operationId, method, path, success statuses, resend safe) for every operation, in spec order."""
    found = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            where = f"{method.upper()} {path}"
            success = {int(code) for code in operation["responses"] if _is_2xx(code)}
            for code, why in (operation.get(ALSO_SUCCESS) or {}).items():
                unlisted = _is_2xx(code) and int(code) not in success
                if not (unlisted and isinstance(why, str) and why):
                    sys.exit(f"{where}: {ALSO_SUCCESS} must map 2xx statuses not in responses to a reason")
                success.add(int(code))
            if not success:
                sys.exit(f"{where}: no 2xx response")
            reason = operation.get(RESEND_SAFE)
            if reason is not None and (not isinstance(reason, str) or not reason):
                sys.exit(f"{where}: {RESEND_SAFE} must say why a resend is harmless")
            if reason is not None and method.upper() in RESEND_SAFE_METHODS:
                sys.exit(f"{where}: {RESEND_SAFE} is implied by the method")
            safe = method.upper() in RESEND_SAFE_METHODS or reason is not None
            found.append((operation["operationId"], method.upper(), path, tuple(sorted(success)), safe))
    ids = [route[0] for route in found]
    if len(set(ids)) != len(ids):
        sys.exit("operationIds must be unique")
    return found


def _is_2xx(code: Any) -> bool:
    return str(code).isdigit() and 200 <= int(code) < 300


def object_answers(spec: dict[str, Any]) -> dict[str, tuple[int, ...]]:
    """operationId -> the 2xx statuses whose application/json answer is always a JSON object
    (operations without one are left out). A status the operation also takes as success
    (`x-promptlayer-also-success`) is the same answer under another code: when every answer
    the operation declares is an object, it is one too, unless it is a 204 (no content)."""
    found = {}
    for item in spec["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            kinds = {}
            for code, answer in operation["responses"].items():
                if _is_2xx(code):
                    content = _resolved(spec, answer).get("content") or {}
                    schema = content.get("application/json", {}).get("schema")
                    kinds[int(code)] = schema is not None and _is_object(spec, schema)
            statuses = {code for code, is_object in kinds.items() if is_object}
            if statuses and all(kinds.values()):
                statuses |= {int(code) for code in operation.get(ALSO_SUCCESS) or {} if int(code) != 204}
            if statuses:
                found[operation["operationId"]] = tuple(sorted(statuses))
    return found


def _resolved(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _is_object(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    """Whether every value `schema` admits is a JSON object (null is not)."""
    schema = _resolved(spec, schema)
    if "allOf" in schema:
        return any(_is_object(spec, part) for part in schema["allOf"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return all(_is_object(spec, part) for part in schema[key])
    return schema.get("type") == "object"


def write_route_table(spec: dict[str, Any]) -> None:
    """The facade's routes as a plain module: cheap to import, no generated code behind it."""
    lines = [
        f'"""The facade\'s route table, written by scripts/regenerate.py from {SPEC.name}: do not edit.',
        "",
        "operationId -> (HTTP method, path template, success statuses, resend safe). Resend safe:",
        f"the method is idempotent, or the operation says why with `{RESEND_SAFE}`.",
        '"""',
        "",
        "ROUTES: dict[str, tuple[str, str, tuple[int, ...], bool]] = {",
    ]
    for operation_id, method, path, success, safe in routes(spec):
        # json.dumps: a double-quoted Python literal for these plain ASCII strings, as ruff formats them.
        key, verb, template = (json.dumps(text) for text in (operation_id, method, path))
        lines.append(f"    {key}: ({verb}, {template}, {success!r}, {safe!r}),")
    lines += [
        "}",
        "",
        "# operationId -> the success statuses whose JSON answer the spec makes an object.",
        "OBJECT_ANSWERS: dict[str, tuple[int, ...]] = {",
    ]
    for operation_id, statuses in object_answers(spec).items():
        lines.append(f"    {json.dumps(operation_id)}: {statuses!r},")
    lines.append("}")
    ROUTE_TABLE.write_text("\n".join(lines) + "\n")
    # The project's own formatting, so lint passes on the facade with the file in it.
    subprocess.run(["ruff", "format", "--quiet", str(ROUTE_TABLE)], cwd=ROOT, check=True)


def replace_package(built: Path) -> None:
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(built, TARGET, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    (TARGET / "py.typed").touch()


def check_clean() -> None:
    status = subprocess.run(
        ["git", "status", "--porcelain", "--", "generated/", str(ROUTE_TABLE.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if status.strip():
        print(status, file=sys.stderr)
        sys.exit(
            "generated/ or the route table is stale: run `python scripts/regenerate.py` and commit the result"
        )
    print("generated/ and the route table are fresh")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ changes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="promptlayer-regen-") as tmp:
        built = Path(tmp) / PACKAGE
        generate(built)
        spec = _load_spec()
        replace_package(built)
        write_spec_json(TARGET, spec)
        write_route_table(spec)
    print(f"regenerated {TARGET.relative_to(ROOT)} and {ROUTE_TABLE.relative_to(ROOT)} from {SPEC.name}")
    if args.check:
        check_clean()


if __name__ == "__main__":
    main()
