"""A small HTTP/1.1 server on asyncio, just enough for the local PromptLayer server.

Owning the socket layer lets fault injection do what a real network does: drop or reset a
connection, cut a body short. It speaks keep-alive, Content-Length and chunked bodies.
The listening socket is created with IPPROTO_TCP and accepted sockets get TCP_NODELAY:
without it every small response waits on Nagle/delayed-ACK (~40 ms).
"""

from __future__ import annotations

import asyncio
import socket
import ssl as ssl_module
import struct
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import unquote

from ._types import Request, Response

MAX_HEAD_BYTES = 64 * 1024
MAX_BODY_BYTES = 64 * 1024 * 1024


@dataclass
class Outcome:
    """A response plus how to deliver it: normally, cut short, or not at all."""

    response: Response | None
    action: str = "send"  # send | drop | reset | truncate


Dispatch = Callable[[Request], Awaitable[Outcome]]


def listening_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(1024)
    sock.setblocking(False)
    return sock


class BadRequest(Exception):
    pass


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
    if headers.get("transfer-encoding", "").lower() == "chunked":
        chunks: list[bytes] = []
        total = 0
        while True:
            size_line = await reader.readuntil(b"\r\n")
            size = int(size_line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers
                    pass
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                raise BadRequest("body too large")
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
    length = headers.get("content-length")
    if not length:
        return b""
    size = int(length)
    if size < 0 or size > MAX_BODY_BYTES:
        raise BadRequest("bad Content-Length")
    return await reader.readexactly(size)


def _parse_head(head: bytes) -> tuple[str, str, str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, version = lines[0].split(" ", 2)
    except ValueError:
        raise BadRequest(f"bad request line {lines[0]!r}") from None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise BadRequest(f"bad header line {line!r}")
        key = name.strip().lower()
        value = value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return method.upper(), target, version, headers


def _split_target(target: str) -> tuple[str, str, list[tuple[str, str]]]:
    """(raw path, decoded path, query pairs) — query decoded with '+' as space."""
    raw_path, _, raw_query = target.partition("?")
    query: list[tuple[str, str]] = []
    for pair in raw_query.split("&") if raw_query else []:
        name, _, value = pair.partition("=")
        query.append((unquote(name.replace("+", " ")), unquote(value.replace("+", " "))))
    return raw_path, unquote(raw_path), query


def _encode(response: Response, keep_alive: bool, declared_length: int | None = None) -> bytes:
    status = response.status
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    length = len(response.body) if declared_length is None else declared_length
    lines = [f"HTTP/1.1 {status} {reason}"]
    if response.content_type and (response.body or declared_length):
        lines.append(f"Content-Type: {response.content_type}")
    lines.append(f"Content-Length: {length}")
    lines.extend(f"{name}: {value}" for name, value in response.headers)
    lines.append(f"Connection: {'keep-alive' if keep_alive else 'close'}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST instead of FIN (SO_LINGER 0), as a crashed peer would."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class HttpServer:
    """Serves `dispatch` on an already bound socket until `close()`."""

    def __init__(self, dispatch: Dispatch, *, ssl: ssl_module.SSLContext | None = None) -> None:
        self._dispatch = dispatch
        self._ssl = ssl
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.StreamWriter] = set()

    async def start(self, sock: socket.socket) -> None:
        self._server = await asyncio.start_server(self._serve, sock=sock, limit=MAX_HEAD_BYTES, ssl=self._ssl)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._connections):
            writer.transport.abort()
        if self._server is not None:
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._connections.add(writer)
        try:
            while await self._serve_one(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:  # server shutting down: end this connection quietly
            writer.transport.abort()
        finally:
            self._connections.discard(writer)
            if not writer.transport.is_closing():
                writer.close()

    async def _serve_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Handle one request; False when the connection must end."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return False
        try:
            method, target, version, headers = _parse_head(head)
            body = await _read_body(reader, headers)
        except (BadRequest, ValueError) as exc:
            writer.write(_encode(Response.error(400, str(exc)), keep_alive=False))
            writer.write(Response.error(400, str(exc)).body)
            await writer.drain()
            return False
        raw_path, path, query = _split_target(target)
        request = Request(
            method=method, path=path, query=query, headers=headers, body=body, raw_path=raw_path
        )
        outcome = await self._dispatch(request)
        keep_alive = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
        response = outcome.response
        if outcome.action == "reset" or (response is None and outcome.action != "drop"):
            _reset(writer)
            return False
        if outcome.action == "drop" or response is None:
            writer.close()
            return False
        if outcome.action == "truncate":
            cut = response.body[: max(1, len(response.body) // 2)]
            writer.write(_encode(response, keep_alive=False, declared_length=len(response.body)) + cut)
            await writer.drain()
            writer.close()
            return False
        data = _encode(response, keep_alive)
        writer.write(data + response.body if method != "HEAD" else data)
        await writer.drain()
        return keep_alive
