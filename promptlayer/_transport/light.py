"""A lighter HTTP/1.1 sender for background request logs: the standard library's http.client.

A provider call logged in the background costs an HTTP exchange with PromptLayer; through
httpx that is about 3x the client CPU of the same exchange through http.client, and on a
busy interpreter the log's CPU is taken from the caller (benchmarks/proxy_overhead.py). The
background log worker therefore sends with `LightDriver`: the same flows, retry policy and
error mapping as every other request (outcomes are handed back as httpx objects), over one
keep-alive connection per worker thread.

It is used only where it behaves as httpx would: the client made its own httpx client (none
passed in) and no proxy is configured in the environment. TLS uses the SSL context httpx
itself would build (`httpx.create_ssl_context()`: certifi, or SSL_CERT_FILE / SSL_CERT_DIR).
And whenever a test tool has patched the HTTP stack (respx, pytest-httpx, vcrpy, httpretty...:
anything that replaced httpx's or http.client's send path, or the socket class), requests go
through the client's own httpx driver instead, so those mocks and recorders see every request.
"""

from __future__ import annotations

import http.client
import select
import socket
import ssl
import threading
import urllib.parse
import urllib.request
from typing import Any

import httpx

from .drivers import SyncDriver, _request_args
from .flow import ApiRequest, Outcome


def _send_path() -> list[tuple[Any, str]]:
    """What mocking and recording tools replace to intercept HTTP, and the module it comes from."""
    import httpcore  # loaded by then: the client's httpx transport imports it

    return [
        (httpx.Client.send, "httpx."),
        (httpx.Client._send_single_request, "httpx."),
        (httpx.HTTPTransport.handle_request, "httpx."),
        (httpcore.ConnectionPool.handle_request, "httpcore."),
        (http.client.HTTPConnection, "http.client"),
        (http.client.HTTPSConnection, "http.client"),
        (socket.socket, "socket"),
        (socket.create_connection, "socket"),
    ]


def http_stack_patched() -> bool:
    """True while something replaced part of the HTTP stack (a test's mock or recorder): the
    replacement is defined outside the module the original comes from."""
    return any(not str(getattr(item, "__module__", "")).startswith(home) for item, home in _send_path())


def light_transport_applies(base_url: str, *, own_http_client: bool) -> bool:
    """Whether LightDriver would talk to `base_url` exactly as the client's httpx client."""
    if not own_http_client or urllib.request.getproxies():
        return False
    return urllib.parse.urlsplit(base_url).scheme in ("http", "https")


class LightDriver(SyncDriver):
    """A SyncDriver whose requests go through http.client (one connection per thread)."""

    def __init__(self, fallback: SyncDriver, base_url: str, headers: dict[str, str], timeout: float) -> None:
        super().__init__(fallback.http, base_url, headers)
        self._fallback = fallback
        parts = urllib.parse.urlsplit(base_url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if self._https else 80)
        self._timeout = timeout
        self._local = threading.local()
        self._connections: list[http.client.HTTPConnection] = []
        self._connections_lock = threading.Lock()
        self._ssl: ssl.SSLContext | None = None

    def _send(self, request: ApiRequest) -> Outcome:
        if http_stack_patched():
            return self._fallback._send(request)
        args = _request_args(request, self.base_url, self.headers)
        url = httpx.URL(args["url"], params=args.get("params"))
        target = url.raw_path.decode("ascii")
        body: bytes | None = args.get("content")
        headers = {"Host": url.netloc.decode("ascii"), "Accept-Encoding": "identity", **args["headers"]}
        httpx_request = httpx.Request(args["method"], url, headers=headers, content=body)
        try:
            connection = self._connection()
        except TimeoutError as error:  # never sent: safe to retry, even for writes
            return httpx.ConnectTimeout(str(error) or "timed out", request=httpx_request)
        except OSError as error:
            return httpx.ConnectError(f"{type(error).__name__}: {error}", request=httpx_request)
        try:
            connection.request(args["method"], target, body=body, headers=headers)
            answer = connection.getresponse()
            content = answer.read()
        except TimeoutError as error:
            self._drop(connection)
            return httpx.ReadTimeout(str(error) or "timed out", request=httpx_request)
        except (OSError, http.client.HTTPException) as error:
            self._drop(connection)
            return httpx.RemoteProtocolError(f"{type(error).__name__}: {error}", request=httpx_request)
        if answer.will_close:
            self._drop(connection)
        return httpx.Response(
            answer.status,
            headers=answer.getheaders(),
            content=content,
            request=httpx_request,
        )

    def _connection(self) -> http.client.HTTPConnection:
        """This thread's open connection, or a new one (connecting raises OSError)."""
        connection: http.client.HTTPConnection | None = getattr(self._local, "connection", None)
        if connection is not None and connection.sock is not None and not _closed_by_peer(connection.sock):
            return connection
        if connection is not None:
            self._drop(connection)
        if self._https:
            if self._ssl is None:
                self._ssl = httpx.create_ssl_context()
            connection = http.client.HTTPSConnection(
                self._host, self._port, timeout=self._timeout, context=self._ssl
            )
        else:
            connection = http.client.HTTPConnection(self._host, self._port, timeout=self._timeout)
        connection.connect()
        if connection.sock is not None:
            connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._local.connection = connection
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
