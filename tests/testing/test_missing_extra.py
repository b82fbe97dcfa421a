"""Without the testing extra, the local server says which extra to install."""

from __future__ import annotations

import sys

import pytest

from promptlayer import PromptLayerError
from promptlayer.testing import LocalPromptLayer, server


def test_a_missing_jsonschema_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # `import jsonschema` now fails
    monkeypatch.delitem(sys.modules, "promptlayer.testing._contract", raising=False)
    server._shared_contract.cache_clear()
    try:
        with pytest.raises(PromptLayerError, match=r'pip install "promptlayer\[testing\]"') as caught:
            LocalPromptLayer()
        assert isinstance(caught.value, ImportError)  # `except ImportError` still catches it
    finally:
        server._shared_contract.cache_clear()  # the next server compiles the real contract again


def test_without_contract_checks_the_server_needs_no_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)
    monkeypatch.delitem(sys.modules, "promptlayer.testing._contract", raising=False)
    server._shared_contract.cache_clear()
    try:
        with LocalPromptLayer(validate=False) as running:
            assert running.base_url.startswith("http://127.0.0.1:")
    finally:
        server._shared_contract.cache_clear()
