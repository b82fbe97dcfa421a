"""LocalPromptLayer: the whole local server — routing, auth, faults, contract checks, state.

Runs on its own event loop in a background thread, bound to 127.0.0.1 on a free port.
The socket listens before `start()` returns, so the server is ready at once.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..errors import PromptLayerMissingExtraError
from ._faults import Fault, FaultPlan
from ._http import HttpServer, Outcome, listening_socket
from ._resources import GenericHandlers
from ._routing import Router
from ._state import State
from ._types import ApiError, Context, Request, Response
from .handlers import ROUTES

if TYPE_CHECKING:
    import ssl

    from ._contract import Contract

logger = logging.getLogger("promptlayer.testing")

DEFAULT_API_KEY = "pl_local_test_key"
ADMIN_PREFIX = "/_local/"


class ContractViolation(AssertionError):
    """The local server answered something its own spec forbids: a bug in the server."""


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server received it, for tests to inspect."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str] = field(repr=False)
    body: bytes = field(repr=False)
    operation_id: str | None
    status: int | None

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


def load_spec() -> dict[str, Any]:
    text = resources.files("promptlayer_api").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


@functools.cache
def _shared_spec() -> dict[str, Any]:
    """The spec, read once per process: servers only read it."""
    return load_spec()


TESTING_EXTRA = 'pip install "promptlayer[testing]"'


@functools.cache
def _shared_contract() -> Contract:
    """One contract per process: compiling its validators is most of a server's start-up."""
    try:
        from ._contract import Contract  # jsonschema loads only when validation is on
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] not in ("jsonschema", "referencing"):
            raise
        raise PromptLayerMissingExtraError(
            f"The local PromptLayer server checks the API contract with jsonschema: {TESTING_EXTRA} ({error})"
        ) from error
    return Contract(_shared_spec())


class LocalPromptLayer:
    """A PromptLayer API on 127.0.0.1 for tests and offline development.

    >>> with LocalPromptLayer(seed={"prompt_templates": [...]}) as server:
    ...     pl = PromptLayer(api_key=server.api_key, base_url=server.base_url)

    - `validate`: check every request and response against the spec. A bad request gets a
      422 naming the violation; a bad response is a server bug: it is answered as a 500,
      kept in `contract_errors`, and raised as ContractViolation when the server stops.
    - `inject(target, fault, times)`: deterministic faults per operationId (or "*").
    - `requests`, `state`: what the server received and what it stores.
    - `ssl_context`: serve HTTPS with this server-side context (`base_url` is then https://).
    """

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        seed: Mapping[str, Any] | str | Path | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        validate: bool = True,
        record: bool = True,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.api_key = api_key
        self._ssl = ssl_context  # serve HTTPS with this server-side context
        self.validate = validate
        self.record = record
        self.state = State()
        if seed is not None:
            self.state.load_seed(_read_seed(seed))
        self.faults = FaultPlan()
        self.contract_errors: list[str] = []
        self._requests: list[RecordedRequest] = []
        self._spec = _shared_spec()
        self._router = Router(self._spec)
        # Operations without a hand-written handler are served by the spec-driven store.
        self._generic = GenericHandlers(self._spec).routes(exclude=ROUTES)
        self._contract: Contract | None = _shared_contract() if validate else None
        self._host, self._port = host, port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._http: HttpServer | None = None
        self.base_url = ""

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> LocalPromptLayer:
        if self._thread is not None:
            return self
        sock = listening_socket(self._host, self._port)
        host, port = sock.getsockname()[:2]
        self.base_url = f"{'https' if self._ssl else 'http'}://{host}:{port}"
        loop = asyncio.new_event_loop()
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                self._http = HttpServer(self._dispatch, ssl=self._ssl)
                loop.run_until_complete(self._http.start(sock))
            except BaseException as exc:  # surfaced to the caller of start()
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._http.close())
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name=f"LocalPromptLayer:{port}", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]
        logger.debug("local PromptLayer server listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        if self._thread is None or self._loop is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._thread = None

    def __enter__(self) -> LocalPromptLayer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
        if exc_type is None:
            self.raise_contract_errors()

    def raise_contract_errors(self) -> None:
        if self.contract_errors:
            raise ContractViolation(
                "local server answered outside its spec:\n" + "\n".join(self.contract_errors)
            )

    def __repr__(self) -> str:
        return f"LocalPromptLayer(base_url={self.base_url!r}, validate={self.validate})"

    # -- inspection and control ----------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Requests received so far (admin endpoints excluded), oldest first."""
        return list(self._requests)

    def requests_for(self, operation_id: str) -> list[RecordedRequest]:
        return [r for r in self._requests if r.operation_id == operation_id]

    def clear_requests(self) -> None:
        self._requests.clear()

    def inject(self, target: str, fault: Fault, times: int | None = 1) -> None:
        """Queue `fault` for the next `times` requests to `target` (operationId, "METHOD /path", "*")."""
        known = {r.operation_id for r in self._router.routes} | {
            f"{r.method} {r.template}" for r in self._router.routes
        }
        if target != "*" and target not in known:
            raise ValueError(f"unknown fault target {target!r}: use an operationId, 'METHOD /path' or '*'")
        self.faults.add(target, fault, times)

    def clear_faults(self) -> None:
        self.faults.clear()

    def call(self, function: Callable[[], Any]) -> Any:
        """Run `function` on the server's loop thread (to touch state while it serves)."""
        if self._loop is None or self._thread is None:
            return function()
        return asyncio.run_coroutine_threadsafe(_call(function), self._loop).result(timeout=10)

    # -- request handling (runs on the loop thread) ---------------------------------------

    async def _dispatch(self, request: Request) -> Outcome:
        if request.path.startswith(ADMIN_PREFIX):
            return Outcome(self._admin(request))
        matched = self._router.match(request.method, request.raw_path or request.path)
        if matched is None or isinstance(matched, str):
            status = 405 if matched == "method" else 404
            return self._finish(
                request, Outcome(Response.error(status, f"No route for {request.method} {request.path}"))
            )
        route, params = matched
        request.path_params = params
        request.operation_id = route.operation_id
        if request.headers.get("x-api-key") != self.api_key:
            return self._finish(
                request, Outcome(Response.error(401, "Invalid or missing API key (X-API-KEY)"))
            )
        fault = self.faults.take(route.operation_id, route.method, route.template)
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
            fault = None
        if fault is not None and fault.kind in ("drop", "reset") and not fault.after_handling:
            return self._finish(request, Outcome(None, fault.kind))
        if fault is not None and fault.kind == "status":
            headers = (
                [("Retry-After", _seconds_text(fault.retry_after))] if fault.retry_after is not None else []
            )
            response = Response.error(fault.status, f"Injected fault: HTTP {fault.status}")
            response.headers.extend(headers)
            return self._finish(request, Outcome(response))
        if fault is not None and fault.kind == "html":
            return self._finish(request, Outcome(_html_page(fault.status)))
        response = self._handle(route.operation_id, request)
        if fault is not None and fault.kind in ("drop", "reset"):
            return self._finish(request, Outcome(None, fault.kind))
        if fault is not None and fault.kind == "malformed_json":
            broken = Response(response.status, response.body[:-1] + b',"', "application/json")
            return self._finish(request, Outcome(broken))
        if fault is not None and fault.kind == "truncate":
            return self._finish(request, Outcome(response, "truncate"))
        return self._finish(request, Outcome(response))

    def _handle(self, operation_id: str, request: Request) -> Response:
        if self._contract is not None:
            problems = self._contract.check_request(operation_id, request)
            if problems:
                detail = [
                    {"loc": ["request"], "msg": problem, "type": "contract_violation"} for problem in problems
                ]
                return Response.json(
                    {
                        "success": False,
                        "message": f"Request breaks the API contract: {problems[0]}",
                        "detail": detail,
                    },
                    422,
                )
        handler = ROUTES.get(operation_id) or self._generic.get(operation_id)
        if handler is None:
            return Response.error(501, f"The local server does not implement {operation_id} yet")
        context = Context(self.state, clock=time.time, schedule=self._schedule)
        try:
            response = handler(context, request)
        except ApiError as exc:
            response = exc.to_response()
        except Exception as exc:
            logger.exception("local server handler %s failed", operation_id)
            return Response.error(500, f"local server bug in {operation_id}: {exc!r}")
        if self._contract is not None:
            problems = self._contract.check_response(operation_id, response)
            if problems:
                message = f"{operation_id} answered {response.status} outside the spec: " + "; ".join(
                    problems
                )
                self.contract_errors.append(message)
                logger.error("%s", message)
                return Response.error(500, f"local server bug: {message}")
        return response

    def _schedule(self, delay: float, callback: Callable[[], None]) -> None:
        assert self._loop is not None
        self._loop.call_later(delay, callback)

    def _finish(self, request: Request, outcome: Outcome) -> Outcome:
        if self.record:
            self._requests.append(
                RecordedRequest(
                    method=request.method,
                    path=request.path,
                    query=list(request.query),
                    headers=dict(request.headers),
                    body=request.body,
                    operation_id=request.operation_id,
                    status=outcome.response.status if outcome.response is not None else None,
                )
            )
        return outcome

    # -- admin endpoints: the same inspection and control over HTTP (for `serve`) ----------

    def _admin(self, request: Request) -> Response:
        if request.headers.get("x-api-key") != self.api_key:
            return Response.error(401, "Invalid or missing API key (X-API-KEY)")
        name = request.path[len(ADMIN_PREFIX) :].strip("/")
        try:
            if name == "requests" and request.method == "GET":
                return Response.json([_recorded_json(r) for r in self._requests])
            if name == "requests" and request.method == "DELETE":
                self._requests.clear()
                return Response.empty()
            if name == "state" and request.method == "GET":
                return Response.json(self.state.snapshot())
            if name == "faults" and request.method == "GET":
                return Response.json(self.faults.pending())
            if name == "faults" and request.method == "POST":
                data = request.json_object()
                times = data.get("times", 1)
                self.inject(
                    str(data.get("target", "*")), Fault.from_json(dict(data.get("fault") or {})), times
                )
                return Response.json(self.faults.pending(), 201)
            if name == "faults" and request.method == "DELETE":
                self.faults.clear()
                return Response.empty()
            if name == "seed" and request.method == "POST":
                self.state.load_seed(request.json_object())
                return Response.json(self.state.snapshot(), 201)
        except (ValueError, TypeError) as exc:
            return Response.error(400, str(exc))
        except ApiError as exc:
            return exc.to_response()
        return Response.error(404, f"No admin endpoint {request.method} {request.path}")


async def _call(function: Callable[[], Any]) -> Any:
    return function()


def _read_seed(seed: Mapping[str, Any] | str | Path) -> Mapping[str, Any]:
    if isinstance(seed, Mapping):
        return copy.deepcopy(dict(seed))
    data = json.loads(Path(seed).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("a seed file holds one JSON object")
    return data


def _seconds_text(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else str(seconds)


def _html_page(status: int) -> Response:
    phrase = HTTPStatus(status).phrase
    title = f"{status} {phrase}"
    page = f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{phrase}</h1></body></html>"
    return Response(status, page.encode(), "text/html; charset=utf-8")


def _recorded_json(recorded: RecordedRequest) -> dict[str, Any]:
    return {
        "method": recorded.method,
        "path": recorded.path,
        "query": recorded.query,
        "operation_id": recorded.operation_id,
        "status": recorded.status,
        "body": recorded.body.decode("utf-8", "replace"),
    }
