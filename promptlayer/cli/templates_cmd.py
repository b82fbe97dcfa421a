"""`promptlayer templates get | list | publish`: the prompt registry through `pl.templates`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._common import (
    EXIT_OK,
    CommandError,
    Subcommands,
    add_connection_options,
    client,
    json_object,
    positive_int,
    write_json,
)


def register(commands: Subcommands) -> None:
    group = commands.add_parser(
        "templates", help="read and publish prompt templates", description="The prompt registry."
    )
    actions = group.add_subparsers(dest="templates_command", required=True, metavar="ACTION")

    get = actions.add_parser(
        "get",
        help="show one template version",
        description="Show one template version, rendered with --variables: by default its prompt "
        "as text (one [role] block per chat message), with --json the API's whole answer.",
    )
    get.add_argument("name", help="the template's name (or id)")
    get.add_argument("--version", type=positive_int, metavar="N", help="this version (default: the latest)")
    get.add_argument("--label", metavar="LABEL", help="the version this release label points at")
    get.add_argument("--variables", type=json_object, metavar="JSON", help="input variables, a JSON object")
    get.add_argument("--json", action="store_true", help="write the API's answer as JSON")
    get.set_defaults(handler=get_command)

    listing = actions.add_parser(
        "list",
        help="list templates",
        description="List every template (walking the pages): one line each, its name and "
        "version separated by a tab; with --json, a JSON array of the API's items.",
    )
    listing.add_argument("--label", metavar="LABEL", help="only templates with this release label")
    listing.add_argument("--per-page", type=positive_int, default=100, metavar="N", help="page size (100)")
    listing.add_argument("--json", action="store_true", help="write the items as a JSON array")
    listing.set_defaults(handler=list_command)

    publish = actions.add_parser(
        "publish",
        help="publish a template version from a JSON file",
        description="Publish a new template version. FILE (or - for stdin) holds the body "
        'pl.templates.publish takes, e.g. {"prompt_name": ..., "prompt_template": {...}, '
        '"release_labels": [...]}. Writes the API\'s answer as JSON.',
    )
    publish.add_argument("file", metavar="FILE", help="a JSON file, or - for stdin")
    publish.set_defaults(handler=publish_command)

    for parser in (get, listing, publish):
        add_connection_options(parser, top_level=False)


def get_command(args: argparse.Namespace) -> int:
    params: dict[str, Any] = {}
    if args.version is not None:
        params["version"] = args.version
    if args.label is not None:
        params["label"] = args.label
    if args.variables is not None:
        params["input_variables"] = args.variables
    with client(args) as pl:
        template = pl.templates.get(args.name, params)
    assert template is not None  # None only with throw_on_error=False; the CLI's client raises
    if args.json:
        write_json(template)
    else:
        sys.stdout.write(prompt_text(template.get("prompt_template") or {}) + "\n")
    return EXIT_OK


def list_command(args: argparse.Namespace) -> int:
    items: list[Any] = []
    with client(args) as pl:
        page = 1
        while True:
            result = pl.templates.list(page, args.per_page, label=args.label)
            assert result is not None  # as in get_command
            items.extend(result["items"])
            if not result.get("has_next"):
                break
            page += 1
    if args.json:
        write_json(items)
    else:
        for item in items:
            version = item.get("version")
            sys.stdout.write(f"{item['prompt_name']}\t{'-' if version is None else version}\n")
    return EXIT_OK


def publish_command(args: argparse.Namespace) -> int:
    body = read_json_object(args.file)
    with client(args) as pl:
        result = pl.templates.publish(body)
    write_json(result)
    return EXIT_OK


def read_json_object(name: str) -> dict[str, Any]:
    """The JSON object in file `name` (stdin for "-"); CommandError says what is wrong with it."""
    shown = "stdin" if name == "-" else name
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeError) as error:
        raise CommandError(f"cannot read {shown}: {getattr(error, 'strerror', None) or error}") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandError(f"{shown} is not valid JSON: {error}") from None
    if not isinstance(value, dict):
        raise CommandError(f"{shown} must hold a JSON object, not {type(value).__name__}")
    return value


# -- the prompt as text --------------------------------------------------------------------


def prompt_text(template: Mapping[str, Any]) -> str:
    """A template's prompt for a terminal: a completion's text, or a chat's messages as
    `[role]` blocks. Parts that are not text (images, media) show as `[their type]`."""
    if template.get("type") == "completion":
        return _content_text(template.get("content"))
    messages = template.get("messages")
    if template.get("type") != "chat" or not isinstance(messages, list):
        return json.dumps(template, indent=2, ensure_ascii=False)
    blocks = []
    for message in messages:
        if not isinstance(message, Mapping):
            continue
        role = message.get("role", "?")
        if role == "placeholder":
            blocks.append(f"[placeholder: {message.get('name', '?')}]")
            continue
        lines = [f"[{role}]"]
        content = _content_text(message.get("content"))
        if content:
            lines.append(content)
        for call in message.get("tool_calls") or []:
            function = call.get("function", {}) if isinstance(call, Mapping) else {}
            lines.append(f"(tool call) {function.get('name', '?')}({function.get('arguments', '')})")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        return ""
    parts = []
    for part in content:
        if isinstance(part, Mapping) and part.get("type") == "text":
            parts.append(str(part.get("text", "")))
        elif isinstance(part, Mapping):
            parts.append(f"[{part.get('type', 'part')}]")
    return "\n".join(parts)
