"""Evaluations end to end against the local server: what runs, what is written, what fails.

Bodies run against both clients through `pl.evals.run(...)` (the `mode` fixture); the
module-level `evaluate` / `aevaluate` are checked where they differ (their own short-lived client).
"""

from __future__ import annotations

import _thread
import asyncio
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

import promptlayer
from promptlayer import (
    AsyncPromptLayer,
    EvaluationFailedError,
    PromptLayer,
    PromptLayerBadRequestError,
    PromptLayerValidationError,
)
from promptlayer.testing import Fault
from promptlayer.testing.server import LocalPromptLayer

from ..modes import build
from .records import snapshot

CONTAINS_PARIS = {"title": "Paris", "type": "CONTAINS", "config": {"source": "Output", "value": "Paris"}}
CASES = [{"input": {"n": n}, "expected": "Paris"} for n in range(6)]


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer() as running:
        yield running
        running.raise_contract_errors()


@pytest.fixture
def pl(server: LocalPromptLayer, mode: str, loop: asyncio.AbstractEventLoop) -> Iterator[Any]:
    client = build(
        mode, loop, PromptLayer, AsyncPromptLayer, api_key=server.api_key, base_url=server.base_url
    )
    yield client
    client.close()


def definition(**changes: Any) -> dict[str, Any]:
    return {
        "name": "capitals",
        "dataset": CASES,
        "runner": lambda case: "Paris" if case["n"] % 2 == 0 else "Lyon",
        "scorers": [CONTAINS_PARIS],
        **changes,
    }


def sheet_of(server: LocalPromptLayer) -> dict[str, Any]:
    [table] = snapshot(server)
    return dict(table["sheets"][-1])


def test_every_case_becomes_a_complete_row_and_is_scored(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.evals.run(definition(max_concurrency=3), quiet=True)
    assert result["total_rows"] == 6
    assert [case["scores"] for case in result["results"]] == [{"Paris": n % 2 == 0} for n in range(6)]
    assert result["failed_row_indices"] == [result["results"][n]["row_index"] for n in (1, 3, 5)]
    assert result["score_cards"] == [{"scorer": "Paris", "passed": 3, "total": 6, "pass_rate": 0.5}]
    sheet = sheet_of(server)
    assert sheet["eval_run_status"] == "completed" and sheet["expected_row_count"] == 6
    assert sorted(json.loads(row["input"])["n"] for row in sheet["rows"]) == list(range(6))
    assert all(row["Trace"] == "<trace>" and row["expected"] == "Paris" for row in sheet["rows"])
    assert len({case["trace_id"] for case in result["results"]}) == 6


def test_a_passing_score_missed_raises_with_the_result(pl: Any) -> None:
    with pytest.raises(
        EvaluationFailedError, match=r"overall score 0\.5 is below passing score 0\.9"
    ) as caught:
        pl.evals.run(definition(passing_score=0.9), quiet=True)
    results = caught.value.result["results"]
    assert caught.value.failing_row_indices == [results[n]["row_index"] for n in (1, 3, 5)]
    assert caught.value.result["total_rows"] == 6
    assert caught.value.passing_score == 0.9


def test_a_failing_runner_fails_its_case_only(pl: Any, server: LocalPromptLayer) -> None:
    def runner(case: dict[str, int]) -> str:
        if case["n"] == 2:
            raise ValueError("no answer for 2")
        return "Paris"

    with pytest.raises(EvaluationFailedError, match="runner failed on 1 of 6 cases") as caught:
        pl.evals.run(definition(runner=runner), quiet=True)
    results = caught.value.result["results"]
    assert [case.get("error") for case in results] == [
        None,
        None,
        "ValueError: no answer for 2",
        None,
        None,
        None,
    ]
    assert caught.value.failing_row_indices == [results[2]["row_index"]]
    assert len(sheet_of(server)["rows"]) == 6  # the run went on and recorded every case


def test_a_runner_outliving_case_timeout_fails_its_case(pl: Any) -> None:
    release = threading.Event()

    def runner(case: dict[str, int]) -> str:
        if case["n"] == 0:
            release.wait(5)
        return "Paris"

    started = time.monotonic()
    with pytest.raises(EvaluationFailedError) as caught:
        pl.evals.run(definition(runner=runner, max_concurrency=6), case_timeout=0.2, quiet=True)
    release.set()
    assert time.monotonic() - started < 4
    assert caught.value.result["results"][0]["error"] == (
        "TimeoutError: the runner took longer than case_timeout=0.2 s"
    )


def test_runners_run_concurrently_up_to_max_concurrency(pl: Any) -> None:
    lock = threading.Lock()
    running, peak = 0, 0

    def runner(case: dict[str, int]) -> str:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.05)
        with lock:
            running -= 1
        return "Paris"

    pl.evals.run(definition(runner=runner, max_concurrency=3, dataset=CASES * 2), quiet=True)
    assert peak == 3


def test_async_and_sync_runners_work_under_either_client(pl: Any) -> None:
    async def runner(case: dict[str, int]) -> str:
        await asyncio.sleep(0)
        return "Paris"

    result = pl.evals.run(definition(runner=runner), quiet=True)
    assert all(case["output"] == "Paris" for case in result["results"])


def test_a_row_that_cannot_be_written_stops_the_run(pl: Any, server: LocalPromptLayer) -> None:
    """The API failing is not a case failing: no more cases start, the sheet is marked aborted."""
    server.inject("update_sheet_cell", Fault.http_status(400), times=None)
    started: list[int] = []

    def runner(case: dict[str, int]) -> str:
        started.append(case["n"])
        time.sleep(0.05)
        return "Paris"

    with pytest.raises(PromptLayerBadRequestError):
        pl.evals.run(definition(runner=runner, dataset=[{"input": {"n": n}} for n in range(20)]), quiet=True)
    assert len(started) < 20
    assert sheet_of(server)["eval_run_status"] == "aborted"


def test_only_a_case_whose_trace_has_more_than_its_span_waits_for_the_trace(server: LocalPromptLayer) -> None:
    """A case span alone makes no request log, so its row is imported without reading the
    trace first; a runner that starts spans of its own gets its trace read (for prices)."""
    pl = PromptLayer(api_key=server.api_key, base_url=server.base_url, enable_tracing=True)
    evals: Any = pl.evals  # as the other tests' clients: definitions are plain dicts here

    def capital(n: int) -> str:
        return "Paris" if n % 2 == 0 else "Lyon"

    lookup = pl.traceable()(capital)  # each call a span under the case's

    try:
        evals.run(definition(runner=lambda case: lookup(case["n"]) if case["n"] < 2 else "Paris"), quiet=True)
    finally:
        pl.close()
    reads = [r for r in server.requests if r.operation_id == "get_trace"]
    assert len(reads) == 2  # cases 0 and 1, whose runner started a span
    rows = sheet_of(server)["rows"]
    assert len(rows) == 6 and all(row["Trace"] == "<trace>" for row in rows)


def test_a_trajectory_scorer_reads_the_tools_the_runner_called(server: LocalPromptLayer) -> None:
    pl = PromptLayer(api_key=server.api_key, base_url=server.base_url, enable_tracing=True)
    evals: Any = pl.evals

    def search(query: str) -> str:
        return "Paris"

    def answer(found: str) -> str:
        return f"The capital is {found}."

    search_tool, answer_tool = pl.traceTool("search")(search), pl.traceTool("answer")(answer)

    def agent(case: dict[str, int]) -> str:
        if case["n"] % 3 == 0:
            return str(answer_tool("Paris"))  # skips the search
        return str(answer_tool(search_tool("capital of France")))

    scorers = [
        promptlayer.trajectory_scorer(expected=[["search", "answer"]]),
        promptlayer.trajectory_scorer(expected=[["answer"]], mode="non_strict", title="Answers"),
    ]
    try:
        result = evals.run(definition(runner=agent, scorers=scorers), quiet=True)
    finally:
        pl.close()
    assert [case["scores"] for case in result["results"]] == [
        {"Trajectory": n % 3 != 0, "Answers": True} for n in range(6)
    ]
    # The Trace cell is a span tree the SDK's own helpers read the same way.
    with PromptLayer(api_key=server.api_key, base_url=server.base_url) as reader:
        sheet: Any = reader.tables.sheets(result["table_id"]).for_sheet(result["sheet_id"])
        trace_column = next(c["id"] for c in sheet.columns.list()["data"] if c["title"] == "Trace")
        cells = {row["row_index"]: row["cells"][trace_column]["value"] for row in sheet.rows.iter()}
    for case in result["results"]:
        trace = cells[case["row_index"]]
        assert promptlayer.score_trajectory(trace, [["search", "answer"]]) is (case["input"]["n"] % 3 != 0)


def shout(output: str) -> bool:
    """A Python scorer: PromptLayer runs its body on each row, `output` read from Output."""
    return output.isupper()


def test_code_columns_and_python_scorers_run_on_the_server(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.evals.run(
        definition(
            runner=lambda case: "PARIS" if case["n"] < 2 else "Paris",
            columns=[promptlayer.code_execution_column("Length", code="return len(data['Output'])")],
            scorers=[
                promptlayer.scorer_from_function(shout),
                promptlayer.code_execution_column("Short", code="return data['Length'] <= 5"),
                promptlayer.count_scorer(max_count=4),
            ],
        ),
        quiet=True,
    )
    assert [case["scores"] for case in result["results"]] == [
        {"shout": n < 2, "Short": True, "Count": False} for n in range(6)
    ]
    assert all(row["Length"] == 5 for row in sheet_of(server)["rows"])


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": " "}, "Eval name must be a non-empty string"),
        ({"scorers": []}, "Eval scorers must be a non-empty list"),
        ({"runner": "nope"}, "Eval runner must be a function"),
        ({"dataset": []}, "Eval dataset list must not be empty"),
        ({"dataset": [{"question": 1}]}, "must be a dict with an 'input' key"),
        ({"max_concurrency": 0}, "max_concurrency must be a positive integer"),
        ({"passing_score": float("nan")}, "passing_score must be a number"),
        ({"sheet_id": "s1"}, "sheet_id is not supported"),
        ({"scorers": [{"title": "Output", "type": "CONTAINS"}]}, "reserved for built-in eval columns"),
        ({"dataset": [{"input": 1, "Trace": 2}]}, "reserved for generated or built-in eval columns"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    pl: Any, server: LocalPromptLayer, changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(PromptLayerValidationError, match=message):
        pl.evals.run(definition(**changes), quiet=True)
    assert server.requests == []


def test_a_bad_case_timeout_fails_before_any_request(pl: Any, server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerValidationError, match="case_timeout"):
        pl.evals.run(definition(), case_timeout=-1)
    assert server.requests == []


def test_a_table_dataset_is_read_from_its_rows(pl: Any, server: LocalPromptLayer) -> None:
    source = pl.tables.create({"title": "questions"})
    table_id, sheet_id = source["table"]["id"], source["default_sheet"]["id"]
    sheet = pl.tables.sheets(table_id).for_sheet(sheet_id)
    columns = {
        title: sheet.columns.create({"title": title, "type": "TEXT"})["column"]["id"]
        for title in ("input", "expected", "topic")
    }
    sheet.rows.add(
        {
            "count": 2,
            "values": [
                {columns["input"]: "q1", columns["expected"]: "Paris", columns["topic"]: "geo"},
                {columns["input"]: "q2", columns["expected"]: "Paris", columns["topic"]: "art"},
            ],
        }
    )
    result = pl.evals.run(
        definition(dataset={"table_id": table_id, "sheet_id": sheet_id}, runner=lambda q: f"Paris {q}"),
        quiet=True,
    )
    assert sorted(case["input"] for case in result["results"]) == ["q1", "q2"]
    [evaluation] = [table for table in snapshot(server) if table["title"] == "capitals"]
    assert sorted(row["topic"] for row in evaluation["sheets"][0]["rows"]) == ["art", "geo"]


def test_progress_goes_to_stderr_and_quiet_writes_nothing(
    pl: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    pl.evals.run(definition())
    shown = capsys.readouterr()
    assert shown.out == ""
    assert "cases 6/6, 0 failed" in shown.err and "Paris  3/6 (50%)" in shown.err
    pl.evals.run(definition(), quiet=True)
    assert capsys.readouterr() == ("", "")


def test_ctrl_c_stops_the_run_and_leaves_complete_rows(server: LocalPromptLayer) -> None:
    done = 0

    def runner(case: dict[str, int]) -> str:
        nonlocal done
        done += 1
        if done == 3:
            _thread.interrupt_main()  # what Ctrl-C does: KeyboardInterrupt in the main thread
        time.sleep(0.05)
        return "Paris"

    with pytest.raises(KeyboardInterrupt):
        promptlayer.evaluate(
            "capitals",
            dataset=CASES * 5,
            runner=runner,
            scorers=[CONTAINS_PARIS],
            api_key=server.api_key,
            base_url=server.base_url,
            quiet=True,
        )
    sheet = sheet_of(server)
    assert sheet["eval_run_status"] == "aborted"
    assert 0 < len(sheet["rows"]) < 30
    assert all(row["Output"] == "Paris" and row["input"] and row["Trace"] for row in sheet["rows"])


def test_a_cancelled_aevaluate_stops_and_leaves_complete_rows(server: LocalPromptLayer) -> None:
    async def runner(case: dict[str, int]) -> str:
        await asyncio.sleep(0.05)
        return "Paris"

    async def main() -> None:
        task = asyncio.create_task(
            promptlayer.aevaluate(
                "capitals",
                dataset=CASES * 5,
                runner=runner,
                scorers=[CONTAINS_PARIS],
                max_concurrency=2,
                api_key=server.api_key,
                base_url=server.base_url,
                quiet=True,
            )
        )
        await asyncio.sleep(0.6)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    sheet = sheet_of(server)
    assert sheet["eval_run_status"] == "aborted"
    assert 0 < len(sheet["rows"]) < 30
    assert all(row["Output"] == "Paris" and row["input"] and row["Trace"] for row in sheet["rows"])
