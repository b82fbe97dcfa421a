"""pytest plugin: the `promptlayer_server` fixture (registered through the pytest11 entry point).

    def test_my_app(promptlayer_server):
        app = MyApp(api_key=promptlayer_server.api_key, base_url=promptlayer_server.base_url)

Override the `promptlayer_seed` fixture (a dict or a path to a JSON file) to start with data.
Importing this module costs nothing until the fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .server import LocalPromptLayer


@pytest.fixture
def promptlayer_seed() -> Any:
    """Data the server starts with; override in your conftest.py or module."""
    return None


@pytest.fixture
def promptlayer_server(promptlayer_seed: Any) -> Iterator[LocalPromptLayer]:
    """A running local PromptLayer server, stopped after the test.

    A response that breaks the API contract fails the test at teardown.
    """
    from .server import LocalPromptLayer

    server = LocalPromptLayer(seed=promptlayer_seed)
    server.start()
    try:
        yield server
    finally:
        server.stop()
    if server.contract_errors:
        pytest.fail("local PromptLayer server broke its contract:\n" + "\n".join(server.contract_errors))
