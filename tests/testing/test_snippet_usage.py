"""Snippet usage on the local server: computed from the templates that reference the snippet."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from promptlayer_api.api.prompt_templates import (
    get_snippet_usage,
    patch_prompt_template_version,
    publish_prompt_template,
)
from promptlayer_api.api.release_labels import create_prompt_label
from promptlayer_api.models import (
    CreatePromptLabel,
    CreatePromptTemplate,
    ErrorResponse,
    HTTPValidationError,
    PatchPromptTemplateVersion,
    SnippetUsageResponse,
)

from promptlayer.testing import LocalPromptLayer

from .generated_api import Api as Caller
from .generated_api import body

KEY = "snippet-usage-test-key"


def chat(text: str) -> dict[str, Any]:
    return {"type": "chat", "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]}


def completion(text: str) -> dict[str, Any]:
    return {"type": "completion", "content": [{"type": "text", "text": text}]}


SEED: dict[str, Any] = {
    "prompt_templates": [
        {
            "prompt_name": "tone",
            "is_snippet": True,
            "versions": [
                {"prompt_template": completion("Be warm.")},
                {"prompt_template": completion("Be kind.")},
            ],
        },
        {
            "prompt_name": "reply",
            "versions": [
                {"prompt_template": chat("no snippet yet"), "release_labels": ["old"]},
                {"prompt_template": chat("@@@tone@@@ Answer {q}"), "release_labels": ["prod"]},
                {"prompt_template": chat("@@@tone@@@ and @@@tone@@@ again"), "release_labels": ["staging"]},
            ],
        },
        {"prompt_name": "summary", "versions": [{"prompt_template": completion("Sum up. @@@tone@@@")}]},
        {"prompt_name": "other", "versions": [{"prompt_template": chat("@@@missing@@@ @@@summary@@@")}]},
        {"prompt_name": "gone", "deleted": True, "versions": [{"prompt_template": chat("@@@tone@@@")}]},
    ]
}


@pytest.fixture
def call(mode: str, loop: asyncio.AbstractEventLoop) -> Iterator[Caller]:
    with LocalPromptLayer(api_key=KEY, seed=SEED) as server, Caller(server, mode, loop) as caller:
        yield caller


def usage(call: Caller, identifier: str, **query: Any) -> SnippetUsageResponse:
    response = call(get_snippet_usage, identifier, **query)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, SnippetUsageResponse)
    return response.parsed


def summary(found: SnippetUsageResponse) -> tuple[Any, ...]:
    prompts = [(u.prompt_name, u.version_numbers) for u in found.snippet_usage or []]
    labels = [(u.prompt_name, u.label_name) for u in found.label_usage or []]
    return prompts, labels, found.total_prompts_using_snippet, found.total_labels_using_snippet


def test_usage_lists_referencing_versions_and_their_labels(call: Caller) -> None:
    found = usage(call, "tone")
    assert found.snippet_name == "tone"
    assert summary(found) == (
        [("reply", [2, 3]), ("summary", [1])],
        [("reply", "prod"), ("reply", "staging")],
        2,
        2,
    )
    assert usage(call, "1").snippet_name == "tone"  # by id: the first template seeded
    assert summary(usage(call, "summary"))[0] == [("other", [1])]


def test_only_the_latest_snippet_version_is_in_use(call: Caller) -> None:
    assert summary(usage(call, "tone", prompt_version_number=2))[2] == 2
    assert summary(usage(call, "tone", prompt_version_number=1)) == ([], [], 0, 0)
    missing = call(get_snippet_usage, "tone", prompt_version_number=5)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, ErrorResponse)
    assert call(get_snippet_usage, "nobody").status_code == 404


def test_publishing_and_labelling_change_the_usage(call: Caller) -> None:
    published = call(
        publish_prompt_template,
        body=CreatePromptTemplate.from_dict(
            {
                "prompt_template": {"prompt_name": "fresh"},
                "prompt_version": {"prompt_template": chat("@@@tone@@@")},
            }
        ),
    )
    assert published.status_code == 200, published.content
    patched = call(
        patch_prompt_template_version,
        "summary",
        body=PatchPromptTemplateVersion.from_dict({"content": [{"type": "text", "text": "plain"}]}),
    )
    assert patched.status_code == 201, patched.content
    template_id = body(call(get_snippet_usage, "tone"))["snippet_usage"][0]["prompt_registry_id"]
    labelled = call(
        create_prompt_label,
        template_id,
        body=CreatePromptLabel.from_dict({"name": "canary", "prompt_version_number": 2}),
    )
    assert labelled.status_code == 200, labelled.content

    assert summary(usage(call, "tone")) == (
        [("reply", [2, 3]), ("summary", [1]), ("fresh", [1])],  # summary's version 2 dropped it
        [("reply", "canary"), ("reply", "prod"), ("reply", "staging")],
        3,
        3,
    )


def test_a_bad_version_number_is_refused(call: Caller) -> None:
    not_a_number: Any = "latest"
    response = call(get_snippet_usage, "tone", prompt_version_number=not_a_number)
    assert response.status_code == 422  # the contract: prompt_version_number is an integer
    assert isinstance(response.parsed, HTTPValidationError)
    assert call.server.requests_for("get_snippet_usage")[-1].query == [("prompt_version_number", "latest")]
    assert not call.server.contract_errors
