"""The README's one-call-per-group `pl.api` example runs against the local server, every call answered 2xx."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx

from promptlayer import PromptLayer
from promptlayer.testing import LocalPromptLayer

from .conftest import KEY

README = Path(__file__).resolve().parents[2] / "README.md"


def _example() -> str:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- api-groups:[^>]*-->\n```python\n(.*?)```", text, re.DOTALL)
    assert found, "README lost its api-groups example"
    return found.group(1)


def test_every_group_example_is_answered(server: LocalPromptLayer) -> None:
    statuses: list[tuple[str, int]] = []

    def record(response: httpx.Response) -> None:
        statuses.append((str(response.request.url.path), response.status_code))

    http = httpx.Client(event_hooks={"response": [record]})
    with PromptLayer(api_key=KEY, base_url=server.base_url, http_client=http) as pl:
        namespace: dict[str, Any] = {"pl": pl}
        exec(compile(_example(), str(README), "exec"), namespace)
    http.close()
    assert len(statuses) == 8
    assert all(200 <= status < 300 for _, status in statuses), statuses
    assert not server.contract_errors
