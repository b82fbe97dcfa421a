"""Running an evaluation: cases concurrently under a bound, each recorded as soon as it ends.

`EvalManager` (`pl.evals`) and `AsyncEvalManager` run the flows of `flows.py` on their
client's driver; the only code the two have apart is the scheduling below, threads or tasks:

- at most `max_concurrency` runners run at once; a recorder pool writes finished cases' rows
  meanwhile (its requests never hold a runner slot), so the wall time is the runners' time
  plus the scoring, not the two added up per case;
- a runner that raises, or outlives `case_timeout`, fails its case: the error is recorded on
  the case's span and in its result, and the run goes on;
- Ctrl-C (KeyboardInterrupt, or the cancellation `asyncio.run` turns it into) starts no more
  cases, lets the rows being written finish, so every row in PromptLayer is complete, marks
  the sheet's run aborted, and re-raises.

Each runner call runs inside a span "Eval: <name>" exported to PromptLayer; its trace is
imported as the case's row, as the official SDK does. Without the tracing extra, rows are
added plainly, without traces.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import inspect
import logging
import queue
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from ..errors import PromptLayerError, PromptLayerValidationError
from ..types.table import EvalCaseResult, EvalDefinition, EvalResult
from . import plan
from .flows import EvalFlows
from .plan import Case, EvalSpec
from .progress import Mode, Progress

if TYPE_CHECKING:
    from .._context import AsyncContext, ClientContext, SyncContext
    from ..tracing.client_tracing import ClientTracing

logger = logging.getLogger("promptlayer")
RECORDERS = 32  # rows written at once; PromptLayer, not the runners, bounds this
SPAN_FLUSH_SECONDS = 10.0
SPAN_FLUSH_LINGER = 0.02  # a row waits this much longer for its trace; exports carry ~10x the spans
STOP_WAIT_SECONDS = 10.0  # after Ctrl-C, for the rows being written


def spec_of(definition: Mapping[str, Any], **extra: Any) -> EvalSpec:
    """An `EvalDefinition` (or `evaluate`'s arguments), checked."""
    if not isinstance(definition, Mapping):
        raise PromptLayerValidationError("an eval definition must be a dict (EvalDefinition)")
    missing = [key for key in ("name", "dataset", "runner", "scorers") if key not in definition]
    if missing:
        raise PromptLayerValidationError(f"the eval definition has no {', '.join(missing)}")
    concurrency = definition.get("max_concurrency")
    return plan.eval_spec(
        definition["name"],
        definition["dataset"],
        definition["runner"],
        definition["scorers"],
        columns=definition.get("columns"),
        table_id=definition.get("table_id"),
        sheet_id=definition.get("sheet_id"),
        folder_id=definition.get("folder_id"),
        experiment_name=definition.get("experiment_name"),
        max_concurrency=1 if concurrency is None else concurrency,
        passing_score=definition.get("passing_score"),
        include_failure_examples=bool(definition.get("include_failure_examples", False)),
        **extra,
    )


def display_mode(quiet: bool) -> Mode:
    if quiet:
        return "quiet"
    from . import session

    return session.display


def _report(spec: EvalSpec, result: EvalResult | None, error: BaseException | None) -> None:
    from . import session

    session.record(
        session.EvalRecord(
            name=spec.name,
            passed=error is None,
            result=cast(dict[str, Any], result) if result is not None else getattr(error, "result", None),
            error=None if error is None else str(error),
        )
    )


class _Spans:
    """The case spans of one run, and a flush shared by the recorders: one export covers every
    span that ended before it started, so a burst of cases costs a few exports, not one each."""

    def __init__(self, tracing: ClientTracing | None, spec: EvalSpec) -> None:
        self.tracing = tracing
        self.watch = tracing.trace_watch() if tracing is not None else None
        self.spec = spec
        self._lock = threading.Lock()
        self._started = 0.0
        self.table_id: Any = None
        self.sheet_id: Any = None

    def flush(self) -> None:
        if self.tracing is None:
            return
        asked = time.monotonic()
        with self._lock:
            if self._started > asked:
                return
            time.sleep(SPAN_FLUSH_LINGER)  # the cases ending meanwhile share this export
            self._started = time.monotonic()
            if not self.tracing.flush(SPAN_FLUSH_SECONDS):
                logger.warning("PromptLayer: eval spans were not exported within %s s", SPAN_FLUSH_SECONDS)

    def start(self, case: Case) -> Any:
        if self.tracing is None:
            return None
        attributes = {
            "node_type": "EVAL",
            "eval.name": self.spec.name,
            "eval.input": plan.cell_text(case.input),
            "table_id": str(self.table_id),
            "sheet_id": str(self.sheet_id),
        }
        span = self.tracing.start_span(f"Eval: {self.spec.name}", attributes)
        context = span.get_span_context()
        case.trace_id, case.span_id = f"{context.trace_id:032x}", f"{context.span_id:016x}"
        if self.watch is not None:
            self.watch.watch(context.trace_id)
        return span

    def end(self, span: Any, case: Case, error: BaseException | None) -> None:
        if span is None or self.tracing is None:
            return
        if error is None:
            span.set_attribute("eval.output", plan.cell_text(case.output))
        self.tracing.end(span, error)
        if self.watch is not None:
            case.nested_spans = self.watch.release(span.get_span_context().trace_id)


def _output(value: Any) -> Any:
    if inspect.isgenerator(value) or inspect.isasyncgen(value):
        raise PromptLayerValidationError(
            "Eval runner returned a stream. Consume the stream and return its final value."
        )
    return value


def _failure(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


class _Run:
    """What both schedulers share: the flows, the display, the spans and the cases' fate."""

    def __init__(self, spec: EvalSpec, context: ClientContext, tracing: ClientTracing | None) -> None:
        self.spec = spec
        self.flows = EvalFlows(spec, context.policy, context.settings.base_url)
        self.show = Progress(display_mode(spec.quiet))
        self.spans = _Spans(tracing, spec)
        self.stopping = False

    def prepared(self) -> list[Case]:
        ready = self.flows.ready
        self.spans.table_id, self.spans.sheet_id = ready.table["id"], ready.sheet["id"]
        self.show.link(ready.url)
        count = len(ready.cases)
        self.show.step(
            f"Running cases ({count} case{'s' if count != 1 else ''}, "
            f"concurrency={self.spec.max_concurrency})"
        )
        self.show.cases_started(count)
        return ready.cases

    def running(self) -> dict[str, Any]:
        return {"expected_row_count": len(self.flows.ready.cases), "eval_run_status": "running"}

    def finished(self, case: Case, error: BaseException | None) -> None:
        if error is not None:
            case.error = _failure(error)
            logger.warning("PromptLayer: eval %r case %d failed: %s", self.spec.name, case.index, case.error)
        self.show.case_finished(error is not None)

    def timed_out(self) -> TimeoutError:
        return TimeoutError(f"the runner took longer than case_timeout={self.spec.case_timeout:g} s")

    def rows(self) -> list[int]:
        return [case.row_index for case in self.flows.ready.cases if case.row_index is not None]

    def conclude(
        self,
        payload: Mapping[str, Any],
        scores: Mapping[int, dict[str, Any]],
        metrics: Mapping[int, Mapping[str, float | None]],
    ) -> EvalResult:
        ready = self.flows.ready
        results: list[EvalCaseResult] = []
        for case in ready.cases:
            row = case.row_index
            results.append(
                plan.case_result(
                    case,
                    scores.get(row, {}) if row is not None else {},
                    metrics.get(row, {}) if row is not None else {},
                )
            )
        result = plan.eval_result(self.spec, ready.table, ready.sheet, results, ready.url)
        score = {
            "aggregate_score": plan.overall_score(payload),
            "scorecard": payload.get("scorecard"),
            "latest_calculation": payload.get("latest_calculation"),
            "progress": payload.get("progress"),
        }
        failures = (
            [case for case in results if plan.case_failed(case)] if self.spec.include_failure_examples else []
        )
        self.show.summary(score["aggregate_score"], self.spec.passing_score, result["score_cards"], failures)
        plan.verdict(self.spec, score, result)
        return result


def _sync_tracing(context: ClientContext) -> tuple[ClientTracing | None, bool]:
    """The client's tracing when on; else one for this run (False: none, the extra is missing)."""
    if context.tracing.enabled:
        return cast("ClientTracing", context.tracing), False
    try:
        from ..tracing.client_tracing import ClientTracing
        from ..tracing.export import require_tracing_sdk

        require_tracing_sdk()
    except PromptLayerError:
        logger.warning(
            'PromptLayer: eval rows are written without runner traces: pip install "promptlayer[tracing]"'
        )
        return None, False
    return ClientTracing(context.settings), True


class EvalManager:
    """`pl.evals`: run an evaluation definition with this client's key, URL and retries."""

    def __init__(self, context: SyncContext) -> None:
        self._context = context

    def run(
        self, definition: EvalDefinition, *, case_timeout: float | None = None, quiet: bool = False
    ) -> EvalResult:
        """Run `definition` ({"name", "dataset", "runner", "scorers", ...}, as `evaluate` takes
        them) and return its EvalResult; raises EvaluationFailedError as `evaluate` does."""
        return self.run_spec(spec_of(definition, case_timeout=case_timeout, quiet=quiet))

    def run_spec(self, spec: EvalSpec) -> EvalResult:
        """Run an evaluation whose arguments are checked already (`evaluate` builds them)."""
        return run_sync(self._context, spec)


class AsyncEvalManager:
    """`pl.evals` of the async client: the same, awaited."""

    def __init__(self, context: AsyncContext) -> None:
        self._context = context

    async def run(
        self, definition: EvalDefinition, *, case_timeout: float | None = None, quiet: bool = False
    ) -> EvalResult:
        return await self.run_spec(spec_of(definition, case_timeout=case_timeout, quiet=quiet))

    async def run_spec(self, spec: EvalSpec) -> EvalResult:
        return await run_async(self._context, spec)


# -- the sync scheduler: a thread per running case, a pool of recorders --------------------------


def run_sync(context: SyncContext, spec: EvalSpec) -> EvalResult:
    context.ensure_open()
    tracing, owned = _sync_tracing(context)
    run = _Run(spec, context, tracing)
    drive = context.driver.run
    bulk = context.bulk_driver().run  # rows and their scores: many requests from many threads
    try:
        drive(run.flows.prepare(run.show.step))
        cases = run.prepared()
        drive(run.flows.mark(run.running()))
        try:
            _cases_sync(run, cases, bulk)
        except BaseException:
            _quietly(lambda: drive(run.flows.mark({"eval_run_status": "aborted"})))
            raise
        drive(run.flows.mark({"eval_run_status": "completed"}))
        rows = run.rows()
        if spec.columns:
            run.show.step("Computing preprocessing columns")
            drive(run.flows.compute_columns(rows))
        run.show.step("Scoring rows")
        payload = drive(run.flows.score(run.show.scoring))
        with concurrent.futures.ThreadPoolExecutor(RECORDERS) as pool:  # scores and metrics at once
            priced = pool.submit(drive, run.flows.metrics()) if tracing is not None else None
            scores = dict(pool.map(lambda row: (row, bulk(run.flows.row_scores(row, payload))), rows))
            metrics = priced.result() if priced is not None else {}
        result = run.conclude(payload, scores, metrics)
    except BaseException as error:
        _report(spec, None, error)
        raise
    finally:
        if owned and tracing is not None:
            tracing.close()
    _report(spec, result, None)
    return result


def _cases_sync(run: _Run, cases: list[Case], drive: Callable[[Any], Any]) -> None:
    """`max_concurrency` daemon workers run the cases (daemons: a runner that never returns
    cannot hold up interpreter exit); each case runs in a copy of the caller's context."""
    todo: queue.SimpleQueue[Case | None] = queue.SimpleQueue()
    recorders = concurrent.futures.ThreadPoolExecutor(RECORDERS, thread_name_prefix="promptlayer-eval-row")
    recording: list[concurrent.futures.Future[Any]] = []
    failures: list[BaseException] = []  # rows that could not be written: the run stops
    lock = threading.Lock()
    left = threading.Semaphore(0)  # one release per case done
    caller = contextvars.copy_context()

    def record(case: Case) -> None:
        drive(run.flows.record(case, run.spans.flush))

    def written(future: concurrent.futures.Future[Any]) -> None:
        if not future.cancelled() and future.exception() is not None:
            failures.append(cast(BaseException, future.exception()))
            run.stopping = True  # the workers start no more cases

    def one(case: Case) -> None:
        _run_case_sync(run, case)
        with lock:
            if not run.stopping:
                future = recorders.submit(record, case)
                future.add_done_callback(written)
                recording.append(future)

    def work() -> None:
        while (case := todo.get()) is not None:
            try:
                if not run.stopping:
                    caller.copy().run(one, case)
            finally:
                left.release()

    def raise_failed() -> None:
        """A row that could not be written stops the run (the API failed, not a case)."""
        if failures:
            raise failures[0]

    for case in cases:
        todo.put(case)
    workers = min(run.spec.max_concurrency, len(cases))
    for _ in range(workers):
        todo.put(None)
    try:
        for number in range(workers):
            threading.Thread(target=work, name=f"promptlayer-eval-case-{number}", daemon=True).start()
        for _ in cases:
            while not left.acquire(timeout=0.2):  # a timed wait lets Ctrl-C through
                raise_failed()
            raise_failed()
        with lock:
            pending = list(recording)
        for future in pending:
            future.result()
    except BaseException:
        with lock:
            run.stopping = True  # the workers start no more cases
            pending = list(recording)
        concurrent.futures.wait(pending, timeout=STOP_WAIT_SECONDS)  # rows in flight complete
        raise
    finally:
        recorders.shutdown(wait=False, cancel_futures=True)


@contextlib.contextmanager
def _case(run: _Run, case: Case) -> Iterator[None]:
    """The case's span around its runner call, current meanwhile (the runner's spans nest
    under it); a failure (an Exception, not Ctrl-C) is the case's, recorded and not raised."""
    span = run.spans.start(case)
    error: BaseException | None = None
    token = None
    try:
        if span is not None:
            from opentelemetry import context as otel_context
            from opentelemetry import trace

            token = otel_context.attach(trace.set_span_in_context(span))
        yield
    except Exception as failure:
        error = failure
    finally:
        if token is not None:
            from opentelemetry import context as otel_context

            otel_context.detach(token)
        run.spans.end(span, case, error)
        run.finished(case, error)


def _run_case_sync(run: _Run, case: Case) -> None:
    with _case(run, case):
        case.output = _call_sync(run, case)


def _call_sync(run: _Run, case: Case) -> Any:
    """The runner's output for the case; an async runner is run to completion here."""

    def call() -> Any:
        value = run.spec.runner(case.input)
        if inspect.isawaitable(value):
            value = asyncio.run(_awaited(value))
        return _output(value)

    if run.spec.case_timeout is None:
        return call()
    outcome: concurrent.futures.Future[Any] = concurrent.futures.Future()

    def worker() -> None:
        try:
            outcome.set_result(call())
        except BaseException as failure:
            outcome.set_exception(failure)

    threading.Thread(target=contextvars.copy_context().run, args=(worker,), daemon=True).start()
    try:
        return outcome.result(timeout=run.spec.case_timeout)
    except concurrent.futures.TimeoutError:
        raise run.timed_out() from None


async def _awaited(value: Any) -> Any:
    return await value


def _quietly(action: Callable[[], Any]) -> None:
    try:
        action()
    except Exception:
        logger.debug("PromptLayer: could not mark the eval run aborted", exc_info=True)


# -- the async scheduler: a task per running case, recorders bounded by a semaphore -------------


async def run_async(context: AsyncContext, spec: EvalSpec) -> EvalResult:
    context.ensure_open()
    tracing, owned = _sync_tracing(context)
    run = _Run(spec, context, tracing)
    drive = context.driver.run
    # Rows and their scores go through the sync twin's bulk driver in a pool of threads, as
    # the sync client's do: about half the CPU of the async httpx pool, and off the event loop.
    bulk = context.sync_twin().bulk_driver().run
    pool = concurrent.futures.ThreadPoolExecutor(RECORDERS, thread_name_prefix="promptlayer-eval-row")
    loop = asyncio.get_running_loop()

    def pooled(flow: Any) -> asyncio.Future[Any]:
        return loop.run_in_executor(pool, bulk, flow)

    try:
        await drive(run.flows.prepare(run.show.step))
        cases = run.prepared()
        await drive(run.flows.mark(run.running()))
        try:
            await _cases_async(run, cases, lambda case: pooled(run.flows.record(case, run.spans.flush)))
        except BaseException:
            await _aquietly(drive(run.flows.mark({"eval_run_status": "aborted"})))
            raise
        await drive(run.flows.mark({"eval_run_status": "completed"}))
        rows = run.rows()
        if spec.columns:
            run.show.step("Computing preprocessing columns")
            await drive(run.flows.compute_columns(rows))
        run.show.step("Scoring rows")
        payload = await drive(run.flows.score(run.show.scoring))

        async def scores_of(row: int) -> tuple[int, dict[str, Any]]:
            return row, await pooled(run.flows.row_scores(row, payload))

        async def metrics_of() -> dict[int, dict[str, float | None]]:
            return await drive(run.flows.metrics()) if tracing is not None else {}

        scored, metrics = await asyncio.gather(  # scores and metrics at once
            asyncio.gather(*(scores_of(row) for row in rows)), metrics_of()
        )
        scores = dict(scored)
        result = run.conclude(payload, scores, metrics)
    except BaseException as error:
        _report(spec, None, error)
        raise
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        if owned and tracing is not None:
            await asyncio.to_thread(tracing.close)
    _report(spec, result, None)
    return result


async def _cases_async(run: _Run, cases: list[Case], write: Callable[[Case], Awaitable[Any]]) -> None:
    """Cases as tasks under a semaphore; each finished case's row written by `write`. A row
    that could not be written stops the run (the API failed, not a case), as in the sync one."""
    slots = asyncio.Semaphore(run.spec.max_concurrency)
    recording: list[asyncio.Future[Any]] = []
    failures: list[BaseException] = []
    running: list[asyncio.Task[Any]] = []

    def written(future: asyncio.Future[Any]) -> None:
        if not future.cancelled() and future.exception() is not None:
            failures.append(cast(BaseException, future.exception()))
            run.stopping = True
            for task in running:
                task.cancel()

    async def one(case: Case) -> None:
        async with slots:
            await _run_case_async(run, case)
        if not run.stopping:
            future = asyncio.ensure_future(write(case))
            future.add_done_callback(written)
            recording.append(future)

    running.extend(asyncio.create_task(one(case)) for case in cases)
    try:
        await asyncio.gather(*running)
        await asyncio.gather(*recording)
    except BaseException as error:
        run.stopping = True
        for task in running:
            task.cancel()
        if recording:  # rows in flight complete, even while this task is being cancelled
            await asyncio.shield(asyncio.wait(recording, timeout=STOP_WAIT_SECONDS))
        current = asyncio.current_task()
        if failures and isinstance(error, asyncio.CancelledError) and not (current and current.cancelling()):
            raise failures[0] from None  # the cancellation was ours, for the failed row
        raise


async def _run_case_async(run: _Run, case: Case) -> None:
    with _case(run, case):
        call = _call_async(run.spec.runner, case.input)
        if run.spec.case_timeout is None:
            case.output = await call
        else:
            try:
                case.output = await asyncio.wait_for(call, run.spec.case_timeout)
            except TimeoutError:
                raise run.timed_out() from None


async def _call_async(runner: Any, value: Any) -> Any:
    """An async runner awaited; a sync one in a worker thread, so it does not block the loop."""
    if inspect.iscoroutinefunction(runner):
        return _output(await runner(value))
    result = await asyncio.to_thread(runner, value)
    if inspect.isawaitable(result):
        result = await result
    return _output(result)


async def _aquietly(action: Any) -> None:
    try:
        await asyncio.shield(action)
    except Exception:
        logger.debug("PromptLayer: could not mark the eval run aborted", exc_info=True)
