"""A local OpenAI Responses API for tests: `POST /v1/responses` answered from a script.

Each request takes the next scripted answer: a recorded Response (as JSON, or as server-sent
events when the request asks for a stream), or `(status, body)` for an API error. Runs on
127.0.0.1 on a free port in a thread; every request body is kept for assertions.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

RECORDED: dict[str, Any] = json.loads(
    (Path(__file__).parent / "openai_agents_responses.json").read_text(encoding="utf-8")
)


def recorded(name: str) -> dict[str, Any]:
    return copy.deepcopy(RECORDED[name])


def sse_events(response: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The event sequence the Responses API streams for a finished response."""
    started = {**response, "status": "in_progress", "output": [], "usage": None}
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": started},
        {"type": "response.in_progress", "response": started},
    ]
    for index, item in enumerate(response["output"]):
        events.append({"type": "response.output_item.added", "output_index": index, "item": item})
        if item["type"] == "message":
            for part_index, part in enumerate(item["content"]):
                text = part.get("text", "")
                for start in range(0, len(text), 12):
                    events.append(
                        {
                            "type": "response.output_text.delta",
                            "item_id": item["id"],
                            "output_index": index,
                            "content_index": part_index,
                            "delta": text[start : start + 12],
                            "logprobs": [],
                        }
                    )
        events.append({"type": "response.output_item.done", "output_index": index, "item": item})
    events.append({"type": "response.completed", "response": response})
    for number, event in enumerate(events):
        yield {**event, "sequence_number": number}


class ResponsesReplay:
    """`with ResponsesReplay([recorded("..."), ...]) as api: AsyncOpenAI(base_url=api.url, ...)`."""

    def __init__(self, script: list[dict[str, Any] | tuple[int, dict[str, Any]]]) -> None:
        self.script = list(script)
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        replay = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # no Nagle/delayed-ACK stall per answer

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                with replay._lock:
                    replay.requests.append({"path": self.path, "body": body})
                    answer = replay.script.pop(0) if replay.script else (500, {"error": "script exhausted"})
                if self.path != "/v1/responses":
                    answer = (404, {"error": {"message": f"no route {self.path}", "type": "invalid_request"}})
                if isinstance(answer, tuple):
                    self._send(answer[0], "application/json", json.dumps(answer[1]).encode())
                elif body.get("stream"):
                    stream = "".join(
                        f"event: {event['type']}\ndata: {json.dumps(event)}\n\n"
                        for event in sse_events(answer)
                    )
                    self._send(200, "text/event-stream", stream.encode())
                else:
                    self._send(200, "application/json", json.dumps(answer).encode())

            def _send(self, status: int, content_type: str, payload: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """The base_url for the openai client."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> ResponsesReplay:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
