"""One test body for both faces of the generated client: `api(module, ...)` runs an operation
module's `sync_detailed` or `asyncio_detailed` as the test's mode says (tests/modes.py), on one
client, and keeps every answer."""

from __future__ import annotations

import asyncio
import json
from types import ModuleType, TracebackType
from typing import Any

from promptlayer_api import AuthenticatedClient
from promptlayer_api.types import Response

from promptlayer.testing import LocalPromptLayer
from tests.modes import call_operation


class Api:
    def __init__(self, server: LocalPromptLayer, mode: str, loop: asyncio.AbstractEventLoop) -> None:
        self.server = server
        self.mode = mode
        self.client = AuthenticatedClient(
            base_url=server.base_url, token=server.api_key, prefix="", auth_header_name="X-API-KEY"
        )
        self._loop = loop  # one loop, so the async httpx client is reused
        self.answers: list[Response[Any]] = []  # every response, oldest first

    def __call__(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Response[Any]:
        answer: Response[Any] = call_operation(
            self.mode, operation, self._loop, *args, client=self.client, **kwargs
        )
        assert answer.status_code != 500, answer.content  # a server bug, e.g. an answer outside the spec
        self.answers.append(answer)
        return answer

    def ok(self, operation: ModuleType, *args: Any, expect: int = 200, **kwargs: Any) -> Any:
        """The parsed answer of a call that must succeed with status `expect`."""
        response = self(operation, *args, **kwargs)
        assert response.status_code == expect, response.content
        assert not self.server.contract_errors
        return response.parsed

    def __enter__(self) -> Api:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.mode == "sync":
            self.client.get_httpx_client().close()
        else:
            self._loop.run_until_complete(self.client.get_async_httpx_client().aclose())


def body(response: Response[Any]) -> Any:
    """The answer's JSON as sent, for fields the typed model keeps loosely."""
    return json.loads(response.content)
