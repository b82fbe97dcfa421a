"""Whitespace-only names, labels, providers and models are refused by every resource, through
both clients, before anything is sent (one meaning of "text" across the package).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from promptlayer import PromptLayerValidationError
from promptlayer.testing import LocalPromptLayer

CHAT: dict[str, Any] = {
    "type": "chat",
    "input_variables": [],
    "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
}
START = datetime(2024, 5, 1, 10, 0, 0, tzinfo=UTC)


def log(**overrides: Any) -> Callable[[Any], Any]:
    args: dict[str, Any] = {
        "provider": "openai",
        "model": "gpt-4o-mini",
        "input": CHAT,
        "output": CHAT,
        "request_start_time": START,
        "request_end_time": START + timedelta(seconds=1),
    }
    args.update(overrides)
    return lambda pl: pl.log_request(**args)


# (the argument the message must name, the call)
BLANK: list[tuple[str, Callable[[Any], Any]]] = [
    ("prompt_name", lambda pl: pl.templates.get(" ")),
    ("prompt_name", lambda pl: pl.templates.get("\t\n")),
    ("label", lambda pl: pl.templates.get("welcome", {"label": "  "})),
    ("provider", lambda pl: pl.templates.get("welcome", {"provider": " "})),
    ("model", lambda pl: pl.templates.get("welcome", {"model": " "})),
    ("prompt_name", lambda pl: pl.templates.labels(" ")),
    ("name", lambda pl: pl.templates.list(name=" ")),
    ("name", lambda pl: pl.templates.create_label(1, " ", 1)),
    ("prompt_name", lambda pl: pl.templates.publish({"prompt_name": " ", "prompt_template": CHAT})),
    ("prompt_name", lambda pl: pl.track.prompt(1, " ", {})),
    ("label", lambda pl: pl.track.prompt(1, "welcome", {}, label=" ")),
    ("score_name", lambda pl: pl.track.score(1, 50, " ")),
    ("provider", log(provider=" ")),
    ("model", log(model="  ")),
    ("prompt_name", log(prompt_name=" ")),
    ("identifier", lambda pl: pl.skills.pull(" ")),
    ("name", lambda pl: pl.skills.create(" ")),
    ("workflow_id_or_name", lambda pl: pl.run_workflow(" ")),
    ("workflow_label_name", lambda pl: pl.run_workflow("greeter", workflow_label_name=" ")),
]


@pytest.mark.parametrize(("argument", "call"), BLANK, ids=[f"{i}-{a}" for i, (a, _) in enumerate(BLANK)])
def test_whitespace_only_text_is_refused_before_any_request(
    pl: Any, server: LocalPromptLayer, argument: str, call: Callable[[Any], Any]
) -> None:
    with pytest.raises(PromptLayerValidationError, match=rf"^{argument} must be"):
        call(pl)
    assert server.requests == []


def test_text_with_surrounding_spaces_is_still_sent_as_given(pl: Any, server: LocalPromptLayer) -> None:
    log(provider=" openai ")(pl)
    [sent] = server.requests_for("log_request")
    assert sent.json()["provider"] == " openai "
