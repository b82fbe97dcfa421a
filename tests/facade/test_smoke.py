"""The harness itself: both modes reach the server and share one test body."""

from __future__ import annotations

from typing import Any

from promptlayer.testing import LocalPromptLayer


def test_get_renders_through_both_clients(pl: Any, server: LocalPromptLayer) -> None:
    template = pl.templates.get("welcome", {"input_variables": {"name": "Ada", "topic": "engines"}})
    assert template["version"] == 2
    user_text = template["prompt_template"]["messages"][1]["content"][0]["text"]
    assert user_text == "Hi Ada, tell me about engines."
    assert len(server.requests_for("get_prompt_template")) == 1
    assert [item["prompt_name"] for item in pl.templates.iterate(per_page=1)] == ["welcome"]
