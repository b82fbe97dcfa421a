"""How the local server picks the reader of a logged call: by the function name's resource path,
else the call's provider first. Expected templates are written out by hand."""

from __future__ import annotations

from promptlayer.testing.handlers.logged_calls import logged_templates

HELLO = [{"role": "user", "content": "hi"}]
HELLO_TEMPLATE = {
    "type": "chat",
    "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
    "input_variables": [],
}
EMPTY_PROMPT = {"type": "completion", "content": [], "input_variables": []}
EMPTY_REPLY = {"type": "chat", "messages": [], "input_variables": []}


def test_the_longest_resource_path_in_the_function_name_picks_the_reader() -> None:
    # `chat.completions` and `completions` both end the path: the chat reader reads the messages.
    prompt, _ = logged_templates(
        "openai", "openai.AzureOpenAI.chat.completions.parse", {"messages": HELLO, "prompt": "p"}, {}
    )
    assert prompt == HELLO_TEMPLATE


def test_a_named_reader_that_finds_nothing_gives_the_empty_templates() -> None:
    # Anthropic's reader does not read OpenAI's `choices`, even though OpenAI's would.
    reply = {"choices": [{"message": {"role": "assistant", "content": "hello"}}]}
    assert logged_templates("openai", "anthropic.messages.create", {"prompt": "p"}, reply) == (
        EMPTY_PROMPT,
        EMPTY_REPLY,
    )


def test_an_unknown_function_name_tries_the_providers_readers_first() -> None:
    result = {"type": "tool_result", "tool_use_id": "t1", "content": "42"}
    kwargs = {"messages": [{"role": "user", "content": [result]}]}
    prompt, reply = logged_templates("anthropic", "my_app.ask", kwargs, {"completion": "done"})
    assert prompt["messages"] == [
        {"role": "tool", "tool_call_id": "t1", "content": [{"type": "text", "text": "42"}]}
    ]
    assert reply == {**EMPTY_PROMPT, "content": [{"type": "text", "text": "done"}]}

    prompt, _ = logged_templates("openai", "my_app.ask", kwargs, {})
    assert prompt["messages"] == [{"role": "user", "content": [result]}]
