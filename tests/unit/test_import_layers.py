"""The package's import structure: no cycles, and only the top reaches the clients.

Every import counts, including those inside functions and under `if TYPE_CHECKING:`: a cycle
that only a type checker or a late call walks is still a tangle a reader has to hold.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import promptlayer

PACKAGE_DIR = Path(promptlayer.__file__).parent
# The only modules allowed to import promptlayer.client: the package's lazy exports, the
# integrations, which sit above the clients and take one as an argument, and the official SDK's
# module-level table functions, which sit above them too (each makes a short-lived client).
CLIENT_IMPORTERS = (
    "promptlayer",
    "promptlayer.integrations",
    "promptlayer.tables.functions",
    "promptlayer.evaluations.functions",
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE_DIR.rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """The package modules `name` imports, wherever in the file the import stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known:
                    yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            submodules = [f"{source}.{alias.name}" for alias in node.names]
            found = [module for module in submodules if module in known]
            if found:  # `from . import x`: the submodule x (its package is a parent, not a cycle)
                yield from found
                if len(found) < len(submodules) and source in known:
                    yield source
            elif source in known:
                yield source


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: set(_imports(name, path, known)) - {name} for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_package_has_no_import_cycle() -> None:
    assert _cycles(_graph()) == []


def test_only_the_top_imports_the_clients() -> None:
    graph = _graph()
    importers = sorted(name for name, targets in graph.items() if "promptlayer.client" in targets)
    allowed = [
        name
        for name in importers
        if name in (CLIENT_IMPORTERS[0], *CLIENT_IMPORTERS[2:]) or name.startswith(CLIENT_IMPORTERS[1])
    ]
    assert importers == allowed


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"a"}, "c": set()}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ],
)
def test_the_cycle_finder_finds_cycles(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert _cycles(graph) == expected


def test_imports_inside_functions_and_type_checking_blocks_count(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from .client import PromptLayer\n"
        "def late():\n    from . import run\n"
    )
    found = set(_imports("promptlayer.mod", source, {"promptlayer.client", "promptlayer.run", "promptlayer"}))
    assert found == {"promptlayer.client", "promptlayer.run"}


# A client's private parts: what lower layers once reached into, and must now get from the
# context they are given.
CLIENT_PRIVATE = frozenset(
    {
        "_context",
        "_call_log",
        "_tracing",
        "_driver",
        "_settings",
        "_owns_http",
        "_http",
        "_run",
        "_templates",
        "_tracking",
        "_workflows",
        "_skills",
        "_templates_core",
        "_tracking_core",
    }
)
# Who may read them: the object itself, and in `_faces.py` the face a derived method is bound
# to (that method is the client's, or the resource's, own).
OWN_NAMES = {"self", "cls"}
OWN_NAMES_IN = {"promptlayer._faces": {"face"}}


def _private_reads(name: str, path: Path) -> list[str]:
    allowed = OWN_NAMES | OWN_NAMES_IN.get(name, set())
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Attribute) and node.attr in CLIENT_PRIVATE:
            owner = node.value
            if not (isinstance(owner, ast.Name) and owner.id in allowed):
                found.append(f"{name}:{node.lineno} {ast.unparse(node)}")
    return found


def test_nothing_outside_client_py_reads_a_clients_private_parts() -> None:
    reads = [
        read
        for name, path in _modules().items()
        if name != "promptlayer.client" and not name.startswith("promptlayer.testing")
        for read in _private_reads(name, path)
    ]
    assert reads == []


def test_the_private_read_finder_finds_reads(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text("def f(client, self):\n    self._context\n    return client._call_log.flush()\n")
    assert _private_reads("promptlayer.mod", source) == ["promptlayer.mod:3 client._call_log"]
