"""The official SDK's evaluation examples, run unchanged by ours: the same results and the same
records in PromptLayer as the official `promptlayer==1.5.16` left (tests/golden/official_evals.json,
written by scripts/record_official_evals.py against the same local server)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import promptlayer
from promptlayer.testing.server import LocalPromptLayer

from .examples import EXAMPLES, SAME_RECORDS_AS
from .records import comparable, snapshot

GOLDEN = json.loads((Path(__file__).parent.parent / "golden" / "official_evals.json").read_text())


def test_the_golden_file_holds_every_example() -> None:
    assert GOLDEN["version"] == "1.5.16"
    assert set(GOLDEN["examples"]) == set(EXAMPLES)
    # Only where the official SDK cannot run an example does the file hold its error.
    assert {name for name, run in GOLDEN["examples"].items() if "official_error" in run} == set(
        SAME_RECORDS_AS
    )


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_an_official_example_leaves_the_official_records(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    official = GOLDEN["examples"][SAME_RECORDS_AS.get(name, name)]
    with LocalPromptLayer() as server:
        monkeypatch.setenv("PROMPTLAYER_API_KEY", server.api_key)
        monkeypatch.setenv("PROMPTLAYER_BASE_URL", server.base_url)
        result: Any = EXAMPLES[name](promptlayer)
        server.raise_contract_errors()
        records = snapshot(server)
    assert os.environ["PROMPTLAYER_BASE_URL"] == server.base_url
    assert json.loads(json.dumps(comparable(result), default=str)) == official["result"]
    assert records == official["records"]
