"""Size of the facade: lines of `promptlayer/` (without the local server in `testing/`) and
lines held by sync/async twins, so a restructuring can show what it removed.

A twin pair is two definitions in one module that differ only by an async marker in their
names: `Foo` / `AsyncFoo`, `foo_sync` / `foo_async`, `foo` / `afoo` (`close` / `aclose`).
Both members' lines count. Files written by scripts/regenerate.py (first line says "do not
edit") are counted apart: they grow with the spec, not with the code.
Usage: `python scripts/code_size.py [ROOT]` (default: this checkout).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path


def _twin_keys(name: str) -> list[str]:
    """The names a definition's sync twin could have."""
    keys = []
    bare = name.lstrip("_")
    prefix = name[: len(name) - len(bare)]
    if bare.startswith("Async"):
        keys.append(prefix + bare[len("Async") :])
    if bare.startswith("async_"):
        keys.append(prefix + bare[len("async_") :])
    if bare.endswith("_async"):
        keys += [prefix + bare[: -len("_async")] + "_sync", prefix + bare[: -len("_async")]]
    if bare.startswith("a") and len(bare) > 1 and bare[1].islower():
        keys.append(prefix + bare[1:])
    return keys


Definition = ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef


def _definitions(tree: ast.Module) -> dict[str, Definition]:
    found: dict[str, Definition] = {}
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            found[node.name] = node
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        found[f"{node.name}.{item.name}"] = item
    return found


def _span(node: Definition) -> int:
    start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    assert node.end_lineno is not None  # ast.parse sets it
    return node.end_lineno - start + 1


def twin_lines(source: str) -> int:
    definitions = _definitions(ast.parse(source))
    pairs: set[frozenset[str]] = set()
    for name in definitions:
        owner, _, member = name.rpartition(".")
        for key in _twin_keys(member):
            twin = f"{owner}.{key}" if owner else key
            if twin in definitions:
                pairs.add(frozenset((name, twin)))
    in_pairs = {name for pair in pairs for name in pair}
    total = 0
    for pair in pairs:
        # a method pair inside a class pair is already counted with the classes
        if any(name.rpartition(".")[0] in in_pairs for name in pair):
            continue
        total += sum(_span(definitions[name]) for name in pair)
    return total


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent
    files = sorted(p for p in (root / "promptlayer").rglob("*.py") if "testing" not in p.parts)
    lines = twins = generated = 0
    for path in files:
        source = path.read_text()
        if "do not edit" in source.partition("\n")[0]:  # written from openapi.yaml by regenerate.py
            generated += source.count("\n")
            continue
        lines += source.count("\n")
        twins += twin_lines(source)
    print(
        f"promptlayer/ without testing/: {lines} hand-written lines in {len(files)} files"
        f" (+{generated} generated); in sync/async twins: {twins}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
