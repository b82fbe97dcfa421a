"""A lighter HTTP/1.1 sender for background request logs: the standard library's http.client.

Through httpx a log costs about 3x the client CPU of the same exchange through http.client,
and on a busy interpreter that CPU is taken from the caller (benchmarks/proxy_overhead.py;
the README says when each sender is used). `LightDriver` runs the same flows, retry policy
and error mapping as every other request (outcomes are handed back as httpx objects), over
one keep-alive connection per worker thread, with the SSL context httpx itself would build.
"""

from __future__ import annotations

import http.client
import logging
import operator
import os
import re
import select
import socket
import ssl
import sys
import threading
import types
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

import httpx

from .._settings import tls_context
from ..errors import PromptLayerValidationError
from .drivers import SyncDriver, _request_args
from .flow import ApiRequest, Outcome

logger = logging.getLogger("promptlayer")

MODE_ENV = "PROMPTLAYER_BACKGROUND_TRANSPORT"
AUTO = "auto"  # http.client where it applies, the client's httpx driver while httpx is patched
HTTPX = "httpx"  # always the client's httpx driver
HTTP_CLIENT = "http.client"  # http.client wherever it applies, patched httpx or not
MODES = (AUTO, HTTPX, HTTP_CLIENT)
# Path characters httpx.URL leaves as they are (unreserved, sub-delims, ":", "@", "/", "%XX").
_PLAIN_PATH = re.compile(
    r"/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*(?:%[0-9A-Fa-f]{2}[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)*"
)


def background_transport_mode(environ: Mapping[str, str] | None = None) -> str:
    """PROMPTLAYER_BACKGROUND_TRANSPORT, checked: a value we do not know is a configuration
    error to report, not a reason to guess (unset or empty means auto)."""
    raw = (os.environ if environ is None else environ).get(MODE_ENV, "")
    mode = raw.strip().lower() or AUTO
    if mode not in MODES:
        raise PromptLayerValidationError(f"{MODE_ENV} must be one of {', '.join(MODES)}; got {raw!r}")
    return mode


# -- Is the client's httpx send path as httpx defined it? -----------------------------------------
#
# A patch is recognised by what the current object is, not by what it says it is: functools.wraps
# copies `__module__` and `__qualname__`, and a wrapt FunctionWrapper / ObjectProxy forwards
# `__module__`, `__class__` (isinstance passes), `__code__` and `==` to the function it wraps.
# What none of them can fake: `type(x) is FunctionType`, and a code object compiled from a file
# in the package's own directory. (A frozen or sourceless install whose code names other files
# is taken for patched: its logs go through httpx, correct if slower.)

# (module, attribute path) of what a request from the client's httpx driver runs through, from
# `Client.request` down to httpcore's pool and connection: what mocking, recording and tracing
# tools replace to see httpx requests. `_stack` reads the same, in the same order.
HTTPX_PATH = (
    ("httpx", "Client.request"),
    ("httpx", "Client.send"),
    ("httpx", "Client._send_single_request"),
    ("httpx", "HTTPTransport.handle_request"),
    ("httpcore", "ConnectionPool.handle_request"),
    ("httpcore", "HTTPConnection.handle_request"),
)
# What LightDriver looks up when it opens a connection: one opened before any of these was
# replaced does not go through the replacement. (Methods patched on these classes are looked up
# on every request and need no new connection.)
CONNECT_PATH = (
    ("http.client", "HTTPConnection"),
    ("http.client", "HTTPSConnection"),
    ("socket", "socket"),
    ("socket", "create_connection"),
)
_httpcore: Any = None  # imported on first check: the client's httpx transport loads it anyway


def _stack() -> tuple[Any, ...]:
    """HTTPX_PATH then CONNECT_PATH, as plain attribute lookups, which the interpreter caches
    (several times cheaper than getattr or attrgetter; benchmarks/stack_check.py)."""
    core = _httpcore
    return (
        httpx.Client.request,
        httpx.Client.send,
        httpx.Client._send_single_request,
        httpx.HTTPTransport.handle_request,
        core.ConnectionPool.handle_request,
        core.HTTPConnection.handle_request,
        http.client.HTTPConnection,
        http.client.HTTPSConnection,
        socket.socket,
        socket.create_connection,
    )


def _stack_slowly() -> tuple[Any, ...]:
    """As `_stack`, with None for what is missing (a newer httpx that moved a method)."""
    found = []
    for module, path in (*HTTPX_PATH, *CONNECT_PATH):
        item: Any = sys.modules.get(module)
        for name in path.split("."):
            item = getattr(item, name, None)
        found.append(item)
    return tuple(found)


def _package_dir(module: str) -> str:
    """As code objects name their files: from the same import-time path as `__file__`."""
    return os.path.dirname(sys.modules[module].__file__ or "") + os.sep


def _patched_in(current: tuple[Any, ...]) -> str | None:
    """The first function on HTTPX_PATH that httpx (or httpcore) did not define, by name."""
    homes = {module: _package_dir(module) for module in ("httpx", "httpcore")}
    for (module, path), item in zip(HTTPX_PATH, current, strict=False):
        if type(item) is not types.FunctionType or not item.__code__.co_filename.startswith(homes[module]):
            return f"{module}.{path}"
    return None


class _StackWatch:
    """The verdict on the HTTP stack, recomputed only when one of the objects it is drawn from
    changed identity: it is asked before every background log (benchmarks/stack_check.py)."""

    def __init__(self) -> None:
        # (the objects, the httpx function found patched or None, generation): replaced whole,
        # so a reader on another thread never sees half of an update.
        self._verdict: tuple[tuple[Any, ...], str | None, int] = ((), None, 0)
        self._lock = threading.Lock()

    def check(self) -> tuple[str | None, int]:
        """(the name of a patched httpx function, or None; a number that changes whenever one of
        CONNECT_PATH was replaced)."""
        global _httpcore
        if _httpcore is None:
            import httpcore

            _httpcore = httpcore
        try:
            current = _stack()
        except AttributeError:
            current = _stack_slowly()
        seen, patched, generation = self._verdict
        # Identity, element by element: `==` on tuples would ask a wrapt proxy, which says it
        # equals the function it wraps. (A wrapt wrapper on a class also makes a new bound
        # wrapper on every lookup: while one is installed, every check is a full one.)
        if len(current) == len(seen) and all(map(operator.is_, current, seen)):
            return patched, generation
        with self._lock:
            seen, patched, generation = self._verdict
            if len(current) == len(seen) and all(map(operator.is_, current, seen)):
                return patched, generation  # another thread got here first
            connect = len(CONNECT_PATH)
            if len(current) != len(seen) or not all(map(operator.is_, current[-connect:], seen[-connect:])):
                generation += 1
            patched = _patched_in(current)
            self._verdict = (current, patched, generation)
            return patched, generation


_watch = _StackWatch()
if hasattr(os, "register_at_fork"):  # a lock held by a parent's thread at fork would stay held
    os.register_at_fork(after_in_child=lambda: setattr(_watch, "_lock", threading.Lock()))


def httpx_patched() -> str | None:
    """The name of a function on the client's httpx send path that something replaced (a test
    tool's mock or recorder, an instrumentation's wrapper), or None."""
    return _watch.check()[0]


def light_transport_applies(
    base_url: str, *, own_http_client: bool, environ: Mapping[str, str] | None = None
) -> bool:
    """Whether background logs may go through LightDriver (it talks to `base_url` exactly as the
    client's httpx client would, and PROMPTLAYER_BACKGROUND_TRANSPORT allows it); says which
    sender it chose and why on the "promptlayer" logger, at DEBUG (asked once per client).
    Raises PromptLayerValidationError for an unknown PROMPTLAYER_BACKGROUND_TRANSPORT."""
    mode = background_transport_mode(environ)
    if mode == HTTPX:
        reason = f"{MODE_ENV}={HTTPX}"
    elif not own_http_client:
        reason = "it is the http_client you passed"
    elif urllib.request.getproxies():
        reason = "a proxy is configured in the environment (http.client would not use it)"
    elif urllib.parse.urlsplit(base_url).scheme not in ("http", "https"):
        reason = "the base URL is neither http nor https"
    elif "@" in urllib.parse.urlsplit(base_url).netloc:
        reason = "the base URL carries credentials (httpx sends them as Basic auth, http.client would not)"
    else:
        detail = (
            "even while httpx is patched"
            if mode == HTTP_CLIENT
            else "or through the client's httpx client while a test tool or instrumentation patches httpx"
        )
        logger.debug(
            "PromptLayer: background logs are sent over http.client (%s=%s: %s)", MODE_ENV, mode, detail
        )
        return True
    logger.debug("PromptLayer: background logs are sent through the client's httpx client: %s", reason)
    return False


class LightDriver(SyncDriver):
    """A SyncDriver whose requests go through http.client (one connection per thread), or
    through `fallback` (the client's httpx driver) while httpx is patched, unless
    PROMPTLAYER_BACKGROUND_TRANSPORT=http.client."""

    def __init__(self, fallback: SyncDriver, base_url: str, headers: dict[str, str], timeout: float) -> None:
        super().__init__(fallback.http, base_url, headers)
        self._fallback = fallback
        self._keep_light = background_transport_mode() == HTTP_CLIENT
        parts = urllib.parse.urlsplit(base_url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if self._https else 80)
        # Parsed once: httpx's URL parsing was the largest part of a request's CPU here.
        self._netloc = httpx.URL(base_url).netloc.decode("ascii")
        self._prefix = parts.path  # base_url + path is the URL, so its path is prefix + path
        self._timeout = timeout
        self._local = threading.local()
        self._connections: list[http.client.HTTPConnection] = []
        self._connections_lock = threading.Lock()
        self._ssl: ssl.SSLContext | None = None
        self._reported: str | None = None  # the patch last logged at DEBUG (None: httpx as defined)

    def _send(self, request: ApiRequest) -> Outcome:
        patched, generation = _watch.check()
        if patched != self._reported:
            with self._connections_lock:
                if patched != self._reported:
                    self._report(patched)
        if patched is not None and not self._keep_light:
            return self._fallback._send(request)
        args = _request_args(request, self.base_url, self.headers)
        target = self._target(request)
        body: bytes | None = args.get("content")
        headers = {"Host": self._netloc, "Accept-Encoding": "identity", **args["headers"]}

        def sent() -> httpx.Request:  # what httpx would have sent, for errors and their masking
            return httpx.Request(
                args["method"], args["url"], params=args.get("params"), headers=headers, content=body
            )

        try:
            connection = self._connection(generation)
        except TimeoutError as error:  # never sent: safe to retry, even for writes
            return httpx.ConnectTimeout(str(error) or "timed out", request=sent())
        except OSError as error:
            failure = httpx.ConnectError(f"{type(error).__name__}: {error}", request=sent())
            failure.__cause__ = error  # as httpx chains it: a certificate failure is then not retried
            return failure
        try:
            connection.request(args["method"], target, body=body, headers=headers)
            answer = connection.getresponse()
            content = answer.read()
        except TimeoutError as error:
            self._drop(connection)
            return httpx.ReadTimeout(str(error) or "timed out", request=sent())
        except (OSError, http.client.HTTPException) as error:
            self._drop(connection)
            return httpx.RemoteProtocolError(f"{type(error).__name__}: {error}", request=sent())
        if getattr(answer, "will_close", True):  # a recorder's stand-in (vcrpy) may not say
            self._drop(connection)
        response = httpx.Response(answer.status, headers=answer.getheaders(), content=content)
        if not 200 <= answer.status < 300:  # read by error messages (masking the key): built only then
            response.request = sent()
        return response

    def _target(self, request: ApiRequest) -> str:
        """The request line's target, as httpx.URL would encode it; without parsing a URL when
        the path holds only characters a URL path keeps as they are (request_for's paths do)."""
        target = self._prefix + request.path
        if not _PLAIN_PATH.fullmatch(target):
            url = httpx.URL(self.base_url + request.path, params=request.params or None)
            return url.raw_path.decode("ascii")
        if request.params:
            target += "?" + str(httpx.QueryParams(request.params))
        return target

    def _report(self, patched: str | None) -> None:
        """Say once per change, not per request, where this client's background logs now go."""
        self._reported = patched
        if patched is None:
            logger.debug("PromptLayer: background logs are sent over http.client again (httpx is unpatched)")
        elif self._keep_light:
            logger.debug(
                "PromptLayer: background logs stay on http.client although %s is patched (%s=%s): "
                "that patch does not see them",
                patched,
                MODE_ENV,
                HTTP_CLIENT,
            )
        else:
            logger.debug(
                "PromptLayer: background logs are sent through the client's httpx client while %s "
                "is patched (a test tool or instrumentation)",
                patched,
            )

    def _connection(self, generation: int) -> http.client.HTTPConnection:
        """This thread's open connection, or a new one (connecting raises OSError). A connection
        opened before http.client or the socket module was patched (`generation` changed) is
        replaced, so that the patch sees this request."""
        connection: http.client.HTTPConnection | None = getattr(self._local, "connection", None)
        if (
            connection is not None
            and self._local.generation == generation
            and connection.sock is not None
            and not _closed_by_peer(connection.sock)
        ):
            return connection
        if connection is not None:
            self._drop(connection)
        if self._https:
            if self._ssl is None:
                self._ssl = tls_context() or httpx.create_ssl_context()
            connection = http.client.HTTPSConnection(
                self._host, self._port, timeout=self._timeout, context=self._ssl
            )
        else:
            connection = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
        connection.connect()
        if connection.sock is not None:
            connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._local.connection = connection
        self._local.generation = generation
        with self._connections_lock:
            self._connections.append(connection)
        return connection

    def _drop(self, connection: http.client.HTTPConnection) -> None:
        connection.close()
        if getattr(self._local, "connection", None) is connection:
            self._local.connection = None
        with self._connections_lock:
            if connection in self._connections:
                self._connections.remove(connection)

    def close(self) -> None:
        with self._connections_lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()


def _closed_by_peer(sock: Any) -> bool:
    """An idle keep-alive socket that is readable has been closed (or broken) by the server."""
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)
