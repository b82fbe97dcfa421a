"""Responses from a newer service still parse: unknown fields, enum values, content parts."""

from __future__ import annotations

from typing import Any

from promptlayer_api.models import (
    ChatPrompt,
    GetPromptTemplateResponse,
    LogRequestResponse,
    RequestStatus,
    TextContent,
    UnknownContent,
    UnknownMessage,
    UserMessage,
)


def template_response(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": 3,
        "prompt_name": "welcome",
        "version": 2,
        "prompt_template": {
            "type": "chat",
            "input_variables": ["name"],
            "messages": [
                {"role": "user", "content": [{"type": "text", "text": "Hi {name}"}]},
            ],
        },
    }
    body.update(changes)
    return body


def test_unknown_fields_are_kept_and_round_trip() -> None:
    data = template_response(brand_new_field={"nested": [1, 2]})
    data["prompt_template"]["messages"][0]["content"][0]["cache_hint"] = "ephemeral"
    parsed = GetPromptTemplateResponse.from_dict(data)
    assert parsed.additional_properties == {"brand_new_field": {"nested": [1, 2]}}
    assert isinstance(parsed.prompt_template, ChatPrompt)
    message = parsed.prompt_template.messages[0]
    assert isinstance(message, UserMessage)
    part = message.content[0]
    assert isinstance(part, TextContent)
    assert part.additional_properties == {"cache_hint": "ephemeral"}
    assert parsed.to_dict()["brand_new_field"] == {"nested": [1, 2]}
    assert parsed.to_dict()["prompt_template"]["messages"][0]["content"][0]["cache_hint"] == "ephemeral"


def test_unknown_enum_value_parses() -> None:
    parsed = LogRequestResponse.from_dict(
        {
            "id": 1,
            "prompt_version": {"prompt_template": template_response()["prompt_template"]},
            "status": "QUEUED",
        }
    )
    assert isinstance(parsed.status, RequestStatus)
    assert parsed.status == "QUEUED"
    assert parsed.to_dict()["status"] == "QUEUED"
    # Known values still map to the declared members.
    assert RequestStatus("SUCCESS") is RequestStatus.SUCCESS


def test_new_content_part_type_parses_into_the_generic_variant() -> None:
    data = template_response()
    data["prompt_template"]["messages"][0]["content"].append(
        {"type": "hologram", "uri": "holo://1", "depth": 3}
    )
    parsed = GetPromptTemplateResponse.from_dict(data)
    assert isinstance(parsed.prompt_template, ChatPrompt)
    message = parsed.prompt_template.messages[0]
    assert isinstance(message, UserMessage)
    first, second = message.content
    assert isinstance(first, TextContent)
    assert isinstance(second, UnknownContent)
    assert second.type_ == "hologram"
    assert second.additional_properties == {"uri": "holo://1", "depth": 3}
    assert second.to_dict() == {"type": "hologram", "uri": "holo://1", "depth": 3}


def test_new_message_role_parses_into_the_generic_variant() -> None:
    data = template_response()
    data["prompt_template"]["messages"].append({"role": "critic", "content": [], "verdict": "ok"})
    parsed = GetPromptTemplateResponse.from_dict(data)
    assert isinstance(parsed.prompt_template, ChatPrompt)
    critic = parsed.prompt_template.messages[1]
    assert isinstance(critic, UnknownMessage)
    assert critic.to_dict()["verdict"] == "ok"
