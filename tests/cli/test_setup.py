"""`promptlayer setup`: the files it writes per agent, what it leaves alone, how it merges."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from .helpers import ROOT, error_line, run_cli

SKILLS = ROOT / "promptlayer" / "cli" / "skills"
SKILL_NAMES = ["promptlayer", "sdk-eval-builder"]
DOCS_URL = "https://docs.promptlayer.com/mcp"
OTHER_SERVER = {"command": "npx", "args": ["other-mcp"]}


def files_under(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def shipped(name: str) -> str:
    return (SKILLS / name / "SKILL.md").read_text(encoding="utf-8")


def test_the_shipped_skills_describe_themselves() -> None:
    for name in SKILL_NAMES:
        front = shipped(name).split("---")[1]
        assert f"\nname: {name}\n" in front and "\ndescription: " in front


def test_setup_installs_for_cursor_and_claude_then_skips_then_force_updates(tmp_path: Path) -> None:
    (tmp_path / ".mcp.json").write_text(json.dumps({"mcpServers": {"other": OTHER_SERVER}, "keep": [1, 2]}))
    done = run_cli("setup", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    written = files_under(tmp_path)
    assert sorted(written) == [
        ".agents/skills/promptlayer/SKILL.md",  # Cursor reads .agents/skills
        ".agents/skills/sdk-eval-builder/SKILL.md",
        ".claude/skills/promptlayer/SKILL.md",
        ".claude/skills/sdk-eval-builder/SKILL.md",
        ".cursor/mcp.json",
        ".mcp.json",
    ]
    for name in SKILL_NAMES:
        assert written[f".claude/skills/{name}/SKILL.md"] == shipped(name)
        assert written[f".agents/skills/{name}/SKILL.md"] == shipped(name)
    assert json.loads(written[".cursor/mcp.json"]) == {"mcpServers": {"promptlayer-docs": {"url": DOCS_URL}}}
    assert json.loads(written[".mcp.json"]) == {
        "mcpServers": {"other": OTHER_SERVER, "promptlayer-docs": {"type": "http", "url": DOCS_URL}},
        "keep": [1, 2],
    }
    assert done.stderr.count("Installed ") == 6

    again = run_cli("setup", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert files_under(tmp_path) == written
    assert again.stderr.count("is up to date") == 6 and "Installed" not in again.stderr

    # A skill and an MCP entry edited by the user are kept, unless --force.
    skill = tmp_path / ".claude/skills/promptlayer/SKILL.md"
    skill.write_text("my own notes\n")
    cursor = tmp_path / ".cursor/mcp.json"
    cursor.write_text(json.dumps({"mcpServers": {"promptlayer-docs": {"url": "https://mine"}}}))
    kept = run_cli("setup", cwd=tmp_path)
    assert kept.returncode == 0, kept.stderr
    assert skill.read_text() == "my own notes\n"
    assert json.loads(cursor.read_text())["mcpServers"]["promptlayer-docs"] == {"url": "https://mine"}
    assert kept.stderr.count("(use --force to overwrite)") == 2

    forced = run_cli("setup", "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert files_under(tmp_path) == written
    assert forced.stderr.count("Updated ") == 2
    assert "Updated Claude Code skill promptlayer: .claude/skills/promptlayer" in forced.stderr


def test_codex_shares_cursors_skills_and_gets_a_toml_entry_merged(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / ".codex").mkdir(parents=True)
    config = project / ".codex/config.toml"
    config.write_text('model = "o3"  # my model\n\n[mcp_servers.other]\ncommand = "npx"\n')
    done = run_cli("setup", "--agent", "cursor,codex", "--path", str(project), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(files_under(project)) == [
        ".agents/skills/promptlayer/SKILL.md",
        ".agents/skills/sdk-eval-builder/SKILL.md",
        ".codex/config.toml",
        ".cursor/mcp.json",
    ]
    assert "Installed Cursor and Codex skill promptlayer: .agents/skills/promptlayer" in done.stderr
    text = config.read_text()
    assert text.startswith('model = "o3"  # my model\n')  # the user's text and comments stay
    assert tomllib.loads(text) == {
        "model": "o3",
        "mcp_servers": {"other": {"command": "npx"}, "promptlayer-docs": {"url": DOCS_URL}},
    }

    # --force replaces an entry of ours that differs, keeping the tables around it.
    config.write_text(text.replace(DOCS_URL, "https://old") + '\n[profiles.fast]\nmodel = "o4-mini"\n')
    forced = run_cli("setup", "mcp", "-a", "codex", "--force", "--path", str(project), cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert tomllib.loads(config.read_text()) == {
        "model": "o3",
        "mcp_servers": {"other": {"command": "npx"}, "promptlayer-docs": {"url": DOCS_URL}},
        "profiles": {"fast": {"model": "o4-mini"}},
    }
    assert "Updated Codex Docs MCP server (promptlayer-docs): .codex/config.toml" in forced.stderr


def test_an_unreadable_config_stops_setup_with_nothing_changed(tmp_path: Path) -> None:
    (tmp_path / ".mcp.json").write_text("{not json")
    done = run_cli("setup", cwd=tmp_path)
    assert done.returncode == 1
    message = done.stderr.strip().splitlines()[-1]  # after the line saying what is being set up
    assert message.startswith("promptlayer: error: .mcp.json is not valid JSON")
    assert files_under(tmp_path) == {".mcp.json": "{not json"}  # no skill written either

    unknown = run_cli("setup", "skills", "--agent", "vim", cwd=tmp_path)
    assert unknown.returncode == 2
    assert error_line(unknown) == "unknown agent 'vim': choose from cursor, claude, codex, or *"
