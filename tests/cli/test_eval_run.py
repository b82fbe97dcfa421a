"""`promptlayer eval run`: which files it finds, how it judges them, what it reports."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from promptlayer.testing import LocalPromptLayer

from .helpers import cli_env, error_line, run_cli

CONTAINS = {"scorer": "Contains", "passed": 2, "total": 2, "pass_rate": 1.0}


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer() as running:
        yield running


# An eval file that runs nothing but checks how it was run; found because it calls *_eval().
SCRIPT_CHECKS = """
    import os, sys
    from pathlib import Path
    from helper import VALUE

    def check_eval():
        here = Path(__file__).resolve().parent
        assert VALUE == {value!r}, VALUE                      # its own helper, not another's
        assert Path.cwd().resolve() == here, Path.cwd()
        assert sys.argv == [str(Path(__file__).resolve())], sys.argv
        assert os.environ["FROM_DOTENV"] == "local", os.environ["FROM_DOTENV"]
        assert os.environ["ALREADY_SET"] == "from the environment"
        assert os.environ["QUOTED"] == "a b # not a comment"
        assert os.environ["BARE"] == "value"
        print("{name} ran")

    check_eval()
"""


def test_discovery_runs_each_eval_file_once_in_order_as_a_script(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            ".env": """
                # comment
                FROM_DOTENV=dotenv
                ALREADY_SET=dotenv
                export QUOTED="a b # not a comment"
                BARE=value # a comment
                not a line
            """,
            ".env.local": "FROM_DOTENV=local\n",  # read before .env: it wins
            "project/a.eval.py": SCRIPT_CHECKS.format(value="a", name="a"),
            "project/helper.py": "VALUE = 'a'\n",
            "project/sub/b.eval.py": SCRIPT_CHECKS.format(value="b", name="b"),
            "project/sub/helper.py": "VALUE = 'b'\n",
            "project/sub/attribute.eval.py": "import promptlayer\nif False:\n    promptlayer.aevaluate()\n",
            # not eval files: no call, wrong name, unparsable, or in a folder never searched
            "project/plain.eval.py": "print('never run')\n",
            "project/notes.py": "evaluate()\n",
            "project/broken.eval.py": "evaluate(\n",
            "project/.hidden/h.eval.py": "evaluate()\n",
            "project/node_modules/n.eval.py": "evaluate()\n",
            "project/.venv/v.eval.py": "evaluate()\n",
            "project/build/x.eval.py": "evaluate()\n",
            "project/__pycache__/c.eval.py": "evaluate()\n",
        },
    )
    done = run_cli(
        "eval", "run", "project", "project/a.eval.py", "--json",
        cwd=tmp_path, env=cli_env(ALREADY_SET="from the environment"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)  # stdout is the document alone: the prints went to stderr
    assert document == {
        "passed": True,
        "files": [
            {"path": "project/a.eval.py", "passed": True, "error": None, "evals": []},
            {"path": "project/sub/attribute.eval.py", "passed": True, "error": None, "evals": []},
            {"path": "project/sub/b.eval.py", "passed": True, "error": None, "evals": []},
        ],
    }
    assert "a ran" in done.stderr and "b ran" in done.stderr
    assert "3 files: 3 passed, 0 failed" in done.stderr


def test_a_missing_path_or_no_eval_file_fails_before_running_anything(tmp_path: Path) -> None:
    write(tmp_path, {"plain.eval.py": "print('never run')\n", "ok.eval.py": "def x_eval(): ...\nx_eval()\n"})
    missing = run_cli("eval", "run", "ok.eval.py", "nowhere", cwd=tmp_path)
    assert (missing.returncode, missing.stdout) == (1, "")
    assert error_line(missing) == "path not found: nowhere"

    nothing = run_cli("eval", "run", "plain.eval.py", "--json", cwd=tmp_path)
    assert (nothing.returncode, nothing.stdout) == (1, "")
    assert error_line(nothing).startswith("no eval files found")


EVAL_FILES = {
    "pass.eval.py": """
        from promptlayer import contains_scorer, evaluate

        evaluate("passing", dataset=[{"input": n, "expected": "Paris"} for n in range(2)],
                 runner=lambda n: "Paris", scorers=[contains_scorer(expected_column="expected")],
                 passing_score=0.9)
    """,
    "fail.eval.py": """
        from promptlayer import contains_scorer, evaluate

        evaluate("failing", dataset=[{"input": n, "expected": "Paris"} for n in range(2)],
                 runner=lambda n: "Paris" if n == 0 else "Lyon",
                 scorers=[contains_scorer(expected_column="expected")], passing_score=0.9)
    """,
    "swallowed.eval.py": """
        from promptlayer import EvaluationFailedError, contains_scorer, evaluate

        try:
            evaluate("swallowed", dataset=[{"input": 1, "expected": "Paris"}], runner=lambda n: "Lyon",
                     scorers=[contains_scorer(expected_column="expected")], passing_score=1)
        except EvaluationFailedError:
            print("caught it")
    """,
    "crash.eval.py": """
        def crash_eval():
            raise RuntimeError("boom")

        crash_eval()
    """,
    "exits.eval.py": """
        import sys

        def exits_eval():
            sys.exit(3)

        exits_eval()
    """,
}


def test_the_json_document_reports_every_file_and_evaluation(
    server: LocalPromptLayer, tmp_path: Path
) -> None:
    write(tmp_path, EVAL_FILES)
    env = cli_env(PROMPTLAYER_API_KEY=server.api_key, PROMPTLAYER_BASE_URL=server.base_url)
    done = run_cli("eval", "run", ".", "--json", cwd=tmp_path, env=env)
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    assert document["passed"] is False
    files = {entry["path"]: entry for entry in document["files"]}
    assert list(files) == sorted(EVAL_FILES)
    assert [set(entry) for entry in document["files"]] == [{"path", "passed", "error", "evals"}] * 5

    passing = files["pass.eval.py"]
    assert (passing["passed"], passing["error"]) == (True, None)
    [record] = passing["evals"]
    assert (record["name"], record["passed"], record["error"]) == ("passing", True, None)
    assert record["result"]["score_cards"] == [CONTAINS]
    assert [case["output"] for case in record["result"]["results"]] == ["Paris", "Paris"]

    failing = files["fail.eval.py"]
    message = "Evaluation 'failing' failed: overall score 0.5 is below passing score 0.9"
    assert failing["passed"] is False
    assert failing["error"].startswith(f"EvaluationFailedError: {message}")
    [record] = failing["evals"]
    assert (record["name"], record["passed"]) == ("failing", False)
    assert record["error"].startswith(message)
    assert record["result"]["score_cards"] == [{**CONTAINS, "passed": 1, "pass_rate": 0.5}]

    swallowed = files["swallowed.eval.py"]  # the file caught the error: its record fails it
    assert swallowed["passed"] is False
    assert swallowed["error"].startswith("eval 'swallowed' failed: Evaluation 'swallowed' failed")
    assert [record["passed"] for record in swallowed["evals"]] == [False]

    assert files["crash.eval.py"] == {
        "path": "crash.eval.py", "passed": False, "error": "RuntimeError: boom", "evals": [],
    }  # fmt: skip
    assert files["exits.eval.py"]["error"] == "exited with status 3"

    # The crash's traceback starts in the file; an expected failure (EvaluationFailedError) has none.
    assert done.stderr.count("Traceback (most recent call last):") == 1
    assert f'File "{tmp_path.resolve() / "crash.eval.py"}", line' in done.stderr
    assert "runpy" not in done.stderr
    assert "caught it" in done.stderr
    assert "5 files: 1 passed, 4 failed" in done.stderr


def test_a_passing_run_exits_0_and_writes_nothing_on_stdout(server: LocalPromptLayer, tmp_path: Path) -> None:
    write(tmp_path, {"evals/pass.eval.py": EVAL_FILES["pass.eval.py"]})
    # The key and URL as options, before and after the command (the environment has neither).
    done = run_cli(
        "--base-url", server.base_url, "eval", "run", "evals", "--api-key", server.api_key, cwd=tmp_path
    )
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    assert "PASS evals/pass.eval.py" in done.stderr
    assert "1 file: 1 passed, 0 failed" in done.stderr


def test_ctrl_c_stops_the_run_with_status_130(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.eval.py": "def stop_eval():\n    raise KeyboardInterrupt\n\nstop_eval()\n",
            "b.eval.py": "def never_eval():\n    print('b ran')\n\nnever_eval()\n",
        },
    )
    done = run_cli("eval", "run", ".", "--json", cwd=tmp_path)
    assert done.returncode == 130, done.stderr
    assert json.loads(done.stdout) == {
        "passed": False,
        "files": [{"path": "a.eval.py", "passed": False, "error": "interrupted", "evals": []}],
    }
    assert "b ran" not in done.stderr
    assert "(interrupted)" in done.stderr
