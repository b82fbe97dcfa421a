"""Background call logs: a bounded queue, one worker that waits out outages without storing a
log twice, a bounded close, and a forked child that sends its own logs (and not its parent's)."""

from __future__ import annotations

import asyncio
import collections
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from promptlayer import AsyncPromptLayer, PromptLayer
from promptlayer._transport import call_log as call_log_module
from promptlayer._transport.call_log import AsyncCallLog, CallLog
from promptlayer.client import context_of
from promptlayer.errors import PromptLayerValidationError
from promptlayer.testing import Fault, LocalPromptLayer, recorded_waits

KEY = "log-delivery-key"
DROPPED = "call logs were dropped"
NOT_DELIVERED = "not delivered within close_timeout"


def log_body(tag: str) -> dict[str, Any]:
    now = time.time()
    return {
        "function_name": "openai.chat.completions.create",
        "provider_type": "openai",
        "kwargs": {"model": "gpt-4o-mini"},
        "request_response": {},
        "request_start_time": now,
        "request_end_time": now,
        "tags": [tag],
    }


@pytest.fixture(autouse=True)
def one_sender(monkeypatch: pytest.MonkeyPatch) -> None:
    """One sender per client, so which log meets an injected fault, and the order logs arrive
    in, are fixed (test_senders_share_the_queue runs the default number)."""
    monkeypatch.setattr(call_log_module, "WORKERS", 1)


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY) as running:
        yield running
    assert not running.contract_errors


@pytest.fixture
def sleeps() -> Iterator[list[float]]:
    with recorded_waits() as waits:
        yield waits


def call_log(pl: PromptLayer) -> CallLog:
    return context_of(pl).call_log


def stored_tags(server: LocalPromptLayer) -> collections.Counter[str]:
    """How many times the server stored each tag."""
    logs = server.state.tracking.snapshot()["request_logs"]
    return collections.Counter(tag for log in logs for tag in log["tags"])


def wait_until(condition: Any, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def warnings_with(caplog: pytest.LogCaptureFixture, text: str) -> list[str]:
    return [record.getMessage() for record in caplog.records if text in record.getMessage()]


# -- outages ---------------------------------------------------------------------------------------


def test_an_outage_of_many_503s_delivers_every_log_once(
    server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("track_request", Fault.http_status(503), times=25)  # far past the client's 3 retries
    tags = [f"t{index}" for index in range(10)]
    with PromptLayer(api_key=KEY, base_url=server.base_url) as pl:
        for tag in tags:
            call_log(pl).submit(log_body(tag))
        pl.flush(timeout=10)
    assert stored_tags(server) == dict.fromkeys(tags, 1)
    assert len(server.requests_for("track_request")) == 25 + 10
    assert len(sleeps) == 25
    assert max(sleeps) <= 30.0  # capped backoff


def test_logs_are_delivered_in_order(server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("track_request", Fault.http_status(503), times=5)
    with PromptLayer(api_key=KEY, base_url=server.base_url) as pl:
        for index in range(6):
            call_log(pl).submit(log_body(f"t{index}"))
    sent = [request.json()["tags"][0] for request in server.requests_for("track_request")]
    assert sent == ["t0"] * 6 + ["t1", "t2", "t3", "t4", "t5"]


def test_on_your_own_async_client_the_loop_worker_waits_out_an_outage_too(
    server: LocalPromptLayer, sleeps: list[float]
) -> None:
    """The worker that is a task on your loop (your http_client belongs to it) sends through the
    same `deliver` flow as the thread: the same retries, in order, each log stored once."""
    server.inject("track_request", Fault.http_status(503), times=6)

    async def main() -> None:
        async with (
            httpx.AsyncClient() as mine,
            AsyncPromptLayer(api_key=KEY, base_url=server.base_url, http_client=mine) as apl,
        ):
            log = context_of(apl).call_log
            assert isinstance(log, AsyncCallLog)
            for index in range(3):
                log.submit(log_body(f"t{index}"))
            await apl.flush(timeout=10)
            assert stored_tags(server) == {"t0": 1, "t1": 1, "t2": 1}

    asyncio.run(main())
    assert len(sleeps) == 6


def test_retry_after_is_honoured(server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("track_request", Fault.rate_limited(retry_after=42), times=2)
    with PromptLayer(api_key=KEY, base_url=server.base_url) as pl:
        call_log(pl).submit(log_body("limited"))
    assert sleeps == [42.0, 42.0]
    assert stored_tags(server) == {"limited": 1}


def test_minutes_unreachable_then_back_delivers_every_log_once(sleeps: list[float]) -> None:
    with LocalPromptLayer(api_key=KEY) as first:
        base_url = first.base_url
    port = int(base_url.rsplit(":", 1)[1])
    pl = PromptLayer(api_key=KEY, base_url=base_url, close_timeout=10)
    try:
        for index in range(5):
            call_log(pl).submit(log_body(f"t{index}"))
        wait_until(lambda: sum(sleeps) > 300)  # five minutes of backoff, recorded instead of slept
        with LocalPromptLayer(api_key=KEY, port=port) as second:
            pl.flush(timeout=10)
            assert stored_tags(second) == {f"t{index}": 1 for index in range(5)}
    finally:
        pl.close()


def test_a_log_the_server_may_have_stored_is_not_sent_again(
    server: LocalPromptLayer, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    server.inject("track_request", Fault.drop(after_handling=True))  # stored, then the answer is lost
    server.inject("track_request", Fault.server_error(500))  # a 500 may have stored it too
    with PromptLayer(api_key=KEY, base_url=server.base_url) as pl:
        for tag in ("stored-then-lost", "answered-500", "fine"):
            call_log(pl).submit(log_body(tag))
    assert stored_tags(server) == {"stored-then-lost": 1, "fine": 1}
    assert len(server.requests_for("track_request")) == 3
    assert sleeps == []
    assert len(warnings_with(caplog, "could not log the openai call")) == 2


# -- a full queue, a bounded close -----------------------------------------------------------------


def test_a_full_queue_refuses_new_logs_and_warns_once_with_the_count(
    server: LocalPromptLayer, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    server.inject("track_request", Fault.http_status(503), times=None)  # down for good
    pl = PromptLayer(api_key=KEY, base_url=server.base_url, log_queue_size=3, close_timeout=0.2)
    call_log(pl).submit(log_body("in-flight"))
    wait_until(lambda: server.requests_for("track_request"))  # the worker holds it: the queue is empty
    for index in range(10):
        call_log(pl).submit(log_body(f"t{index}"))
    pl.close()
    assert warnings_with(caplog, DROPPED) == [
        "PromptLayer: 7 call logs were dropped: 3 were already waiting (the queue is full)"
    ]
    assert warnings_with(caplog, NOT_DELIVERED) == [
        "PromptLayer: 4 call logs were not delivered within close_timeout=0.2 s and are dropped"
    ]
    sent = {request.json()["tags"][0] for request in server.requests_for("track_request")}
    assert sent <= {"in-flight", "t0", "t1", "t2"}  # the refused ones never left


def test_close_with_a_failing_server_returns_within_the_bound(
    server: LocalPromptLayer, caplog: pytest.LogCaptureFixture
) -> None:
    server.inject("track_request", Fault.http_status(503), times=None)
    pl = PromptLayer(api_key=KEY, base_url=server.base_url, close_timeout=0.5)
    for index in range(50):
        call_log(pl).submit(log_body(f"t{index}"))
    started = time.monotonic()
    pl.close()  # real backoff waits here: close cuts them short
    elapsed = time.monotonic() - started
    assert elapsed < 3.0
    assert warnings_with(caplog, NOT_DELIVERED) == [
        "PromptLayer: 50 call logs were not delivered within close_timeout=0.5 s and are dropped"
    ]
    requests_at_close = len(server.requests_for("track_request"))
    time.sleep(0.3)
    assert len(server.requests_for("track_request")) == requests_at_close  # the worker stopped


def test_interpreter_exit_drops_what_is_left_with_one_warning() -> None:
    """Interpreter exit closes every client's log as close() would: bounded, and never silent."""
    child = textwrap.dedent(
        """
        import logging, time
        from promptlayer import PromptLayer
        from promptlayer.client import context_of

        logging.basicConfig(level=logging.WARNING, format="%(message)s")
        pl = PromptLayer(api_key="k", base_url="http://127.0.0.1:9", close_timeout=0.2)
        now = time.time()
        for index in range(40):
            context_of(pl).call_log.submit({
                "function_name": "f", "provider_type": "openai", "kwargs": {}, "request_response": {},
                "request_start_time": now, "request_end_time": now,
            })
        """
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if NOT_DELIVERED in line] == [
        "PromptLayer: 40 call logs were not delivered within close_timeout=0.2 s and are dropped"
    ]


def test_close_timeout_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMPTLAYER_CLOSE_TIMEOUT", " 1.5 ")
    with PromptLayer(api_key=KEY, base_url="http://127.0.0.1:9") as pl:
        assert call_log(pl).close_timeout == 1.5
    with PromptLayer(api_key=KEY, base_url="http://127.0.0.1:9", close_timeout=0) as pl:
        assert call_log(pl).close_timeout == 0.0  # the argument wins


@pytest.mark.parametrize("value", ["soon", "-1", "inf", "nan"])
def test_a_bad_close_timeout_is_refused(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMPTLAYER_CLOSE_TIMEOUT", value)
    with pytest.raises(PromptLayerValidationError, match="PROMPTLAYER_CLOSE_TIMEOUT"):
        PromptLayer(api_key=KEY, base_url="http://127.0.0.1:9")


@pytest.mark.parametrize("size", [0, -1, 1.5, True])
def test_a_bad_queue_size_is_refused(size: Any) -> None:
    with pytest.raises(PromptLayerValidationError, match="log_queue_size"):
        PromptLayer(api_key=KEY, base_url="http://127.0.0.1:9", log_queue_size=size)


# -- fork ------------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork() is POSIX only")
def test_a_forked_child_delivers_its_own_logs_and_not_its_parents(server: LocalPromptLayer) -> None:
    server.inject("track_request", Fault.http_status(503, retry_after=0.05), times=None)
    pl = PromptLayer(api_key=KEY, base_url=server.base_url, close_timeout=10)
    for index in range(3):
        call_log(pl).submit(log_body(f"parent-{index}"))
    wait_until(lambda: server.requests_for("track_request"))  # queued in the parent when it forks
    pid = os.fork()
    if pid == 0:  # the child: its status is the number of its logs left undelivered
        status = 99
        try:
            for index in range(5):
                call_log(pl).submit(log_body(f"child-{index}"))
            pl.flush(timeout=10)
            status = call_log(pl)._queue.unfinished()
        finally:
            os._exit(status)
    server.clear_faults()  # PromptLayer is back, for the parent's worker and the child's
    _, status = os.waitpid(pid, 0)
    pl.close()
    assert os.waitstatus_to_exitcode(status) == 0
    assert stored_tags(server) == {
        **{f"parent-{index}": 1 for index in range(3)},
        **{f"child-{index}": 1 for index in range(5)},
    }


def test_senders_share_the_queue_and_deliver_each_log_once(
    server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(call_log_module, "WORKERS", 4)
    server.inject("track_request", Fault.delay(0.05), times=None)  # a distant PromptLayer
    with PromptLayer(api_key=KEY, base_url=server.base_url) as pl:
        log = call_log(pl)
        for n in range(20):
            log.submit(log_body(f"lane{n}"))
        senders = [thread for thread in threading.enumerate() if thread.name == "promptlayer-log"]
        assert len(senders) == 4  # a backlog is worked by several senders, up to WORKERS
        log.flush(10)
    assert stored_tags(server) == collections.Counter(f"lane{n}" for n in range(20))
