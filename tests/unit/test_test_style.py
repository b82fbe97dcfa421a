"""The suite keeps one sync/async style (tests/modes.py): the root `mode` fixture decides the
face, and only tests/modes.py wraps async objects for a sync test body."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ALLOWED = {TESTS / "conftest.py", TESTS / "modes.py"}


def _strings(node: ast.AST) -> set[str]:
    return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            both = {"sync", "async"} <= _strings(node)
            modes = any(isinstance(n, ast.Name) and "MODE" in n.id.upper() for n in ast.walk(node))
            if (both or modes) and (name.endswith("parametrize") or name.endswith("fixture")):
                found.append(f"{path.name}:{node.lineno}: its own sync/async parametrization ({name})")
        if isinstance(node, ast.ClassDef) and node.name in {"AsyncView", "Runner", "SyncIterator"}:
            found.append(f"{path.name}:{node.lineno}: its own async wrapper class {node.name}")
    tests = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    for name, node in tests.items():
        if name.startswith("test_") and name.endswith("_async") and name.removesuffix("_async") in tests:
            found.append(
                f"{path.name}:{node.lineno}: {name} twins {name.removesuffix('_async')} (take `mode`)"
            )
    return found


def test_one_sync_async_style() -> None:
    problems = [
        problem
        for path in sorted(TESTS.rglob("*.py"))
        if path not in ALLOWED
        for problem in _violations(path)
    ]
    assert problems == []


def test_the_check_finds_a_private_mode_fixture(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text('import pytest\n\n@pytest.fixture(params=["sync", "async"])\ndef mode(request): ...\n')
    assert len(_violations(sample)) == 1


def test_the_check_finds_a_sync_async_pair_of_tests(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text("def test_chat(): ...\n\ndef test_chat_async(): ...\n\ndef test_stream_async(): ...\n")
    (problem,) = _violations(sample)
    assert "test_chat_async twins test_chat" in problem
