"""The provider calls the tests make (and scripts/record_cassettes.py records), by cassette.

Each cassette holds the provider's answer to exactly one of these calls: the request body is
matched as JSON, so a test that changes its kwargs without re-recording fails loudly.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

OPENAI_MODEL = "gpt-4o-mini"
ANTHROPIC_MODEL = "claude-haiku-4-5"
SYSTEM = "You are terse."
ASK = "Say hello in five words."

WEATHER_FUNCTION: dict[str, Any] = {
    "name": "get_weather",
    "description": "Current weather for a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}

CHAT: dict[str, Any] = {
    "model": OPENAI_MODEL,
    "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": ASK}],
    "temperature": 0,
}
CHAT_STREAM: dict[str, Any] = {**CHAT, "stream": True, "stream_options": {"include_usage": True}}
CHAT_TOOLS_STREAM: dict[str, Any] = {
    "model": OPENAI_MODEL,
    "messages": [{"role": "user", "content": "What is the weather in Paris?"}],
    "tools": [{"type": "function", "function": WEATHER_FUNCTION}],
    "tool_choice": "required",
    "stream": True,
    "stream_options": {"include_usage": True},
}
# A stream the service breaks off with an error event (recorded by hand: not reproducible).
CHAT_STREAM_ERROR: dict[str, Any] = {**CHAT_STREAM, "temperature": 1}
CHAT_UNAUTHORIZED: dict[str, Any] = {"model": OPENAI_MODEL, "messages": [{"role": "user", "content": "Hi"}]}
RESPONSES: dict[str, Any] = {"model": OPENAI_MODEL, "instructions": SYSTEM, "input": ASK}
RESPONSES_STREAM: dict[str, Any] = {**RESPONSES, "stream": True}
COMPLETION_STREAM: dict[str, Any] = {
    "model": "gpt-3.5-turbo-instruct",
    "prompt": "Say hello:",
    "max_tokens": 8,
    "stream": True,
}

MESSAGES: dict[str, Any] = {
    "model": ANTHROPIC_MODEL,
    "max_tokens": 64,
    "system": SYSTEM,
    "messages": [{"role": "user", "content": ASK}],
}
# messages.create(stream=True) and the messages.stream() helper send the same body.
MESSAGES_STREAM: dict[str, Any] = {**MESSAGES, "stream": True}
MESSAGES_TOOLS: dict[str, Any] = {
    "model": ANTHROPIC_MODEL,
    "max_tokens": 256,
    "messages": [{"role": "user", "content": "What is the weather in Paris?"}],
    "tools": [
        {
            "name": WEATHER_FUNCTION["name"],
            "description": WEATHER_FUNCTION["description"],
            "input_schema": WEATHER_FUNCTION["parameters"],
        }
    ],
}
MESSAGES_UNAUTHORIZED: dict[str, Any] = {
    "model": ANTHROPIC_MODEL,
    "max_tokens": 16,
    "messages": [{"role": "user", "content": "Hi"}],
}


# The structured output the parse calls ask for (sent as a strict JSON schema).
class Greeting(BaseModel):
    """A greeting, word by word."""

    words: list[str]
    language: str


# chat.completions.parse / responses.parse: the pydantic model becomes the request's schema.
CHAT_PARSE: dict[str, Any] = {**CHAT, "response_format": Greeting}
CHAT_PARSE_UNAUTHORIZED: dict[str, Any] = {**CHAT_UNAUTHORIZED, "response_format": Greeting}
RESPONSES_PARSE: dict[str, Any] = {**RESPONSES, "text_format": Greeting}
# chat.completions.stream() with a pydantic format: the helper sends create(stream=True).
CHAT_PARSE_STREAM: dict[str, Any] = {**CHAT_PARSE, "stream_options": {"include_usage": True}}


# Anthropic's beta messages: the same request, with a beta feature named in a header.
BETAS = ["context-management-2025-06-27"]
BETA_MESSAGES: dict[str, Any] = {**MESSAGES, "betas": BETAS}
BETA_MESSAGES_STREAM: dict[str, Any] = {**BETA_MESSAGES, "stream": True}
# messages.parse / beta.messages.parse: the type becomes output_config's JSON schema format.
MESSAGES_PARSE: dict[str, Any] = {**MESSAGES, "output_format": Greeting}

# The legacy Anthropic text completions (client.completions, in SDKs before 2.0).
ANTHROPIC_COMPLETION: dict[str, Any] = {
    "model": "claude-2.1",
    "max_tokens_to_sample": 16,
    "prompt": "\n\nHuman: Say hello in five words.\n\nAssistant:",
}
ANTHROPIC_COMPLETION_STREAM: dict[str, Any] = {**ANTHROPIC_COMPLETION, "stream": True}

# responses.stream(response_id=...): re-reads the stream of the response RESPONSES_STREAM made.
RESPONSE_ID = "resp_682c1a7be4c08191a3b5c7d9e1f3a5b70e2c4d6f8a0b1c3d"
