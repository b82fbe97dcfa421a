"""`promptlayer setup [skills|mcp]`: PromptLayer skills and the Docs MCP server for coding agents.

The skills are files shipped in this package (`promptlayer/cli/skills/`), so setup works
offline and installs the guidance that matches the installed SDK. Every change is planned
before anything is written: a config file that cannot be read or merged stops the command with
nothing changed.

What is already there is respected: a skill folder or an MCP entry that exists is left alone
(reported as up to date when it already matches) unless --force; MCP entries are merged into
the agent's config file, keeping everything else in it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from ._common import EXIT_OK, EXIT_USAGE, CommandError, Subcommands, note

DOCS_MCP_NAME = "promptlayer-docs"
DOCS_MCP_URL = "https://docs.promptlayer.com/mcp"

McpStyle = Literal["json", "json-http", "codex-toml"]


@dataclass(frozen=True)
class Agent:
    id: str
    label: str
    aliases: tuple[str, ...]
    skills_dir: str  # relative to the project
    mcp_file: str
    mcp_style: McpStyle


AGENTS = (
    Agent("cursor", "Cursor", ("cursor", "cursor-cli"), ".agents/skills", ".cursor/mcp.json", "json"),
    Agent(
        "claude",
        "Claude Code",
        ("claude", "claude-code", "claudecode"),
        ".claude/skills",
        ".mcp.json",
        "json-http",
    ),
    Agent("codex", "Codex", ("codex",), ".agents/skills", ".codex/config.toml", "codex-toml"),
)
DEFAULT_AGENTS = ("cursor", "claude")

# What a change does to its target, and how each is reported.
Status = Literal["installed", "updated", "unchanged", "kept"]
_REPORT: dict[Status, str] = {
    "installed": "Installed {what}: {path}",
    "updated": "Updated {what}: {path}",
    "unchanged": "Skipped {what}: {path} is up to date",
    "kept": "Skipped {what}: a different version is in {path} (use --force to overwrite)",
}


def register(commands: Subcommands) -> None:
    setup = commands.add_parser(
        "setup",
        help="install PromptLayer skills and the Docs MCP server for coding agents",
        description="Install PromptLayer skills (docs, eval builder) and the PromptLayer Docs MCP "
        "server for coding agents in this project. `setup` does both; `setup skills` or "
        f"`setup mcp` one. Default agents: {', '.join(DEFAULT_AGENTS)}.",
    )
    _add_options(setup, top_level=True)
    setup.set_defaults(handler=setup_command, target="all")
    parts = setup.add_subparsers(dest="setup_target", metavar="PART")
    for target, text in (
        ("skills", "install the skills only"),
        ("mcp", "configure the Docs MCP server only"),
    ):
        part = parts.add_parser(target, help=text, description=text[0].upper() + text[1:] + ".")
        _add_options(part, top_level=False)
        part.set_defaults(target=target)


def _add_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """The options, on `setup` and on its parts (`setup --force skills` and `setup skills
    --force` both work: a part's defaults are SUPPRESS so they do not reset `setup`'s)."""

    def default(value: Any) -> Any:
        return value if top_level else argparse.SUPPRESS

    agents = ", ".join(agent.id for agent in AGENTS)
    parser.add_argument(
        "-a",
        "--agent",
        dest="agents",
        action="append",
        default=default(None),
        metavar="AGENT",
        help=f"an agent to set up: {agents}, or * for all (repeatable; default: {', '.join(DEFAULT_AGENTS)})",
    )
    parser.add_argument(
        "-f", "--force", action="store_true", default=default(False), help="overwrite skills and MCP entries"
    )
    parser.add_argument(
        "--path",
        type=Path,
        default=default(None),
        metavar="DIR",
        help="the project (default: the current folder)",
    )


def resolve_agents(requested: Sequence[str] | None) -> list[Agent]:
    if not requested:
        return [agent for agent in AGENTS if agent.id in DEFAULT_AGENTS]
    chosen: dict[str, Agent] = {}
    for raw in requested:
        for name in filter(None, (part.strip().lower() for part in raw.split(","))):
            if name in ("*", "all"):
                chosen.update((agent.id, agent) for agent in AGENTS)
                continue
            agent = next((agent for agent in AGENTS if name in agent.aliases), None)
            if agent is None:
                known = ", ".join(agent.id for agent in AGENTS)
                raise CommandError(f"unknown agent {raw!r}: choose from {known}, or *", EXIT_USAGE)
            chosen[agent.id] = agent
    return [agent for agent in AGENTS if agent.id in chosen]


# -- planning --------------------------------------------------------------------------------


@dataclass
class Change:
    """One target (a skill folder, an MCP config file) and what setup does to it."""

    what: str
    path: str  # relative to the project, as reported
    status: Status
    files: dict[Path, bytes]  # what to write when the status is installed or updated

    def report(self) -> str:
        return _REPORT[self.status].format(what=self.what, path=self.path)


def shipped_skills() -> dict[str, dict[str, bytes]]:
    """{skill name: {relative file path: content}} of the skills in this package."""
    root = resources.files("promptlayer.cli").joinpath("skills")

    def walk(node: Traversable, prefix: str) -> Iterator[tuple[str, bytes]]:
        for child in sorted(node.iterdir(), key=lambda entry: entry.name):
            if child.is_dir():
                yield from walk(child, f"{prefix}{child.name}/")
            elif not child.name.startswith("."):
                yield f"{prefix}{child.name}", child.read_bytes()

    return {
        skill.name: dict(walk(skill, ""))
        for skill in sorted(root.iterdir(), key=lambda entry: entry.name)
        if skill.is_dir() and not skill.name.startswith((".", "_"))
    }


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from None


def plan_skill(
    root: Path, agents: Sequence[Agent], name: str, files: dict[str, bytes], force: bool
) -> Change:
    """`agents` share one skills folder (Cursor and Codex both read .agents/skills)."""
    relative = f"{agents[0].skills_dir}/{name}"
    folder = root / relative
    targets = {folder / file: content for file, content in files.items()}
    what = f"{' and '.join(agent.label for agent in agents)} skill {name}"
    if not folder.exists():
        return Change(what, relative, "installed", targets)
    if all(_read(path) == content for path, content in targets.items()):
        return Change(what, relative, "unchanged", {})
    return Change(what, relative, "updated", targets) if force else Change(what, relative, "kept", {})


def plan_mcp(root: Path, agent: Agent, force: bool) -> Change:
    path = root / agent.mcp_file
    raw = _read(path)
    text = None if raw is None else _decoded(raw, agent.mcp_file)
    merge = _MERGES[agent.mcp_style]
    status, new_text = merge(text, force, agent.mcp_file)
    what = f"{agent.label} Docs MCP server ({DOCS_MCP_NAME})"
    files = {path: new_text.encode("utf-8")} if status in ("installed", "updated") else {}
    return Change(what, agent.mcp_file, status, files)


def _decoded(raw: bytes, shown: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"{shown} is not UTF-8 text; fix or remove it (nothing was changed)") from None


def _entry_status(current: Any, wanted: Any, force: bool) -> Status:
    if current is None:
        return "installed"
    if current == wanted:
        return "unchanged"
    return "updated" if force else "kept"


def _merge_json(entry: dict[str, Any]) -> Callable[[str | None, bool, str], tuple[Status, str]]:
    """A merge of `entry` into the `mcpServers` object of a JSON config (Cursor, Claude Code)."""

    def merge(text: str | None, force: bool, shown: str) -> tuple[Status, str]:
        config: Any = {}
        if text is not None and text.strip():
            try:
                config = json.loads(text)
            except json.JSONDecodeError as error:
                raise CommandError(
                    f"{shown} is not valid JSON ({error}); fix or remove it (nothing was changed)"
                ) from None
        if not isinstance(config, dict):
            raise CommandError(f"{shown} must hold a JSON object; fix or remove it (nothing was changed)")
        servers = config.get("mcpServers", {})
        if not isinstance(servers, dict):
            raise CommandError(f'"mcpServers" in {shown} is not an object; fix it (nothing was changed)')
        status = _entry_status(servers.get(DOCS_MCP_NAME), entry, force)
        if status in ("installed", "updated"):
            config["mcpServers"] = {**servers, DOCS_MCP_NAME: entry}
        return status, json.dumps(config, indent=2, ensure_ascii=False) + "\n"

    return merge


# The Codex table's header at the start of a line: the key bare or quoted, spaces allowed.
_NAME = re.escape(DOCS_MCP_NAME)
_CODEX_HEADER = re.compile(
    rf"""^[ \t]*\[[ \t]*mcp_servers[ \t]*\.[ \t]*(?:{_NAME}|"{_NAME}"|'{_NAME}')[ \t]*\][ \t]*(?:#.*)?$""",
    re.MULTILINE,
)
_ANY_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)


def _merge_codex(text: str | None, force: bool, shown: str) -> tuple[Status, str]:
    """Add (or with force, replace) `[mcp_servers.promptlayer-docs]` in Codex's TOML config.

    The file is edited as text, so its comments and layout survive; the result is parsed again
    and must equal the original with only our entry changed, else nothing is written."""
    wanted = {"url": DOCS_MCP_URL}
    original = _parse_toml(text or "", shown)
    servers = original.get("mcp_servers", {})
    if not isinstance(servers, dict):
        raise CommandError(f"mcp_servers in {shown} is not a table; fix it (nothing was changed)")
    current = servers.get(DOCS_MCP_NAME)
    status = _entry_status(current, wanted, force)
    if status not in ("installed", "updated"):
        return status, text or ""
    section = f'[mcp_servers.{DOCS_MCP_NAME}]\nurl = "{DOCS_MCP_URL}"\n'
    existing = text or ""
    if current is None:
        merged = section if not existing.strip() else existing.rstrip("\n") + "\n\n" + section
    else:
        header = _CODEX_HEADER.search(existing)
        if header is None:
            raise CommandError(
                f"{shown} defines {DOCS_MCP_NAME} in a form setup cannot rewrite; "
                "edit it by hand (nothing was changed)"
            )
        following = _ANY_HEADER.search(existing, header.end())
        end = len(existing) if following is None else following.start()
        merged = existing[: header.start()] + section + ("\n" if following else "") + existing[end:]
    _check_codex_merge(original, _parse_toml(merged, shown), shown)
    return status, merged


def _check_codex_merge(before: dict[str, Any], after: dict[str, Any], shown: str) -> None:
    def without_ours(config: dict[str, Any]) -> dict[str, Any]:
        servers = dict(config.get("mcp_servers", {}))
        servers.pop(DOCS_MCP_NAME, None)
        return {**config, "mcp_servers": servers}

    entry = after.get("mcp_servers", {}).get(DOCS_MCP_NAME)
    if (
        without_ours(before) != without_ours(after)
        or not isinstance(entry, dict)
        or entry.get("url") != DOCS_MCP_URL
    ):
        raise CommandError(
            f"could not merge the MCP server into {shown}; edit it by hand (nothing was changed)"
        )


def _parse_toml(text: str, shown: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CommandError(
            f"{shown} is not valid TOML ({error}); fix or remove it (nothing was changed)"
        ) from None


_MERGES: dict[McpStyle, Callable[[str | None, bool, str], tuple[Status, str]]] = {
    "json": _merge_json({"url": DOCS_MCP_URL}),
    "json-http": _merge_json({"type": "http", "url": DOCS_MCP_URL}),
    "codex-toml": _merge_codex,
}


def plan(root: Path, agents: Sequence[Agent], target: str, force: bool) -> list[Change]:
    """Every change, computed before anything is written; agents that share a folder or a
    file get one change for it."""
    changes: list[Change] = []
    seen: set[str] = set()
    if target in ("all", "skills"):
        skills = shipped_skills()
        for folder in dict.fromkeys(agent.skills_dir for agent in agents):
            sharing = [agent for agent in agents if agent.skills_dir == folder]
            for name, files in skills.items():
                changes.append(plan_skill(root, sharing, name, files, force))
    if target in ("all", "mcp"):
        for agent in agents:
            if agent.mcp_file not in seen:
                seen.add(agent.mcp_file)
                changes.append(plan_mcp(root, agent, force))
    return changes


# -- writing ---------------------------------------------------------------------------------


def write_atomically(path: Path, content: bytes) -> None:
    """Replace `path` in one step: an interrupted setup never leaves half a config file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o7777)  # keep the user's permissions
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def setup_command(args: argparse.Namespace) -> int:
    root = Path.cwd() if args.path is None else args.path
    if not root.is_dir():
        raise CommandError(f"not a directory: {root}", EXIT_USAGE)
    agents = resolve_agents(args.agents)
    note(f"Setting up PromptLayer for {', '.join(agent.label for agent in agents)} in {root.resolve()}")
    changes = plan(root, agents, args.target, args.force)
    for change in changes:
        try:
            for path, content in change.files.items():
                write_atomically(path, content)
        except OSError as error:
            raise CommandError(f"cannot write {change.path}: {error.strerror or error}") from None
        note(change.report())
    if any(change.files for change in changes):
        note("Restart or reload your coding agent to load the changes.")
    return EXIT_OK
