"""CODE_EXECUTION in the local server: code runs in a worker process, with a time limit."""

from __future__ import annotations

import shutil

import pytest

from promptlayer.testing.code_execution import CodeRunner


def test_python_code_returns_a_value_computed_from_the_row() -> None:
    with CodeRunner() as code:
        assert code.run("return data['a'] + data['b']", "PYTHON", {"a": 2, "b": 3}) == (5, None)
        # The worker is reused: a second row sees its own data, not the first row's.
        assert code.run("return sorted(data)", "python", {"z": 1, "y": 2}) == (["y", "z"], None)


def test_printing_does_not_disturb_the_answer() -> None:
    with CodeRunner() as code:
        assert code.run("print('noise')\nreturn 'ok'", "PYTHON", {}) == ("ok", None)


def test_an_exception_is_the_row_error_and_the_next_row_still_runs() -> None:
    with CodeRunner() as code:
        value, problem = code.run("return data['missing']", "PYTHON", {})
        assert value is None and problem == "KeyError: 'missing'"
        assert code.run("return 1", "PYTHON", {}) == (1, None)


def test_a_row_over_the_time_limit_is_stopped_and_a_new_worker_takes_the_next() -> None:
    with CodeRunner(timeout=0.5) as code:
        value, problem = code.run("while True:\n    pass", "PYTHON", {})
        assert value is None and problem is not None and "longer than 0.5 s" in problem
        assert code.run("return 'after'", "PYTHON", {}) == ("after", None)


def test_code_that_ends_its_process_is_reported() -> None:
    with CodeRunner() as code:
        value, problem = code.run("import os\nos._exit(3)", "PYTHON", {})
        assert value is None and problem == "The code's process ended without an answer"


@pytest.mark.parametrize(
    ("source", "language", "reason"),
    [("", "PYTHON", "non-empty code"), ("return 1", "RUBY", "Unknown CODE_EXECUTION language")],
)
def test_bad_code_or_language_is_refused_without_a_worker(source: str, language: str, reason: str) -> None:
    with CodeRunner() as code:
        value, problem = code.run(source, language, {})
        assert value is None and problem is not None and reason in problem


@pytest.mark.skipif(shutil.which("node") is None, reason="JavaScript runs under node, not installed here")
def test_javascript_code_runs_under_node() -> None:
    with CodeRunner() as code:
        assert code.run("console.log('noise'); return data.a * 2;", "JAVASCRIPT", {"a": 21}) == (42, None)
        value, problem = code.run("throw new Error('bad row')", "JAVASCRIPT", {})
        assert value is None and problem == "Error: bad row"
