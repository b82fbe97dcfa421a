"""`promptlayer templates ...` and `workflows run` against the local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from promptlayer.testing import LocalPromptLayer

from .helpers import cli_env, error_line, run_cli

SEED: dict[str, Any] = {
    "prompt_templates": [
        {
            "prompt_name": "seeded",
            "versions": [
                {"prompt_template": {"type": "completion", "content": [{"type": "text", "text": "Hi"}]}}
            ],
        }
    ],
    "workflows": [
        {
            "name": "greeter",
            "versions": [
                {
                    "labels": ["staging"],
                    "duration_seconds": 0.01,
                    "nodes": [{"name": "greet", "is_output_node": True, "output_template": "Hello {name}"}],
                },
                {
                    "duration_seconds": 0.01,
                    "nodes": [{"name": "greet", "is_output_node": True, "output_template": "Welcome {name}"}],
                },
            ],
        }
    ],
}
WELCOME = {
    "prompt_name": "welcome",
    "prompt_template": {
        "type": "chat",
        "input_variables": ["name"],
        "messages": [
            {"role": "system", "content": [{"type": "text", "text": "Be brief."}]},
            {"role": "user", "content": [{"type": "text", "text": "Greet {name}."}]},
        ],
    },
    "commit_message": "first",
    "release_labels": ["prod"],
}


@pytest.fixture(scope="module")
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(seed=SEED) as running:
        yield running


@pytest.fixture
def env(server: LocalPromptLayer) -> dict[str, str]:
    return cli_env(PROMPTLAYER_API_KEY=server.api_key, PROMPTLAYER_BASE_URL=server.base_url)


def test_publish_then_get_then_list(env: dict[str, str], tmp_path: Path) -> None:
    body = tmp_path / "welcome.json"
    body.write_text(json.dumps(WELCOME))
    published = run_cli("templates", "publish", str(body), env=env)
    assert published.returncode == 0, published.stderr
    answer = json.loads(published.stdout)
    assert (answer["prompt_name"], answer["version_number"]) == ("welcome", 1)

    text = run_cli(
        "templates", "get", "welcome", "--label", "prod", "--variables", '{"name": "Ada"}', env=env
    )
    assert text.returncode == 0, text.stderr
    assert text.stdout == "[system]\nBe brief.\n\n[user]\nGreet Ada.\n"

    full = run_cli("templates", "get", "welcome", "--version", "1", "--json", env=env)
    assert full.returncode == 0, full.stderr
    template = json.loads(full.stdout)
    assert (template["prompt_name"], template["version"]) == ("welcome", 1)
    assert template["prompt_template"]["messages"][1]["content"][0]["text"] == "Greet {name}."

    listed = run_cli("templates", "list", "--per-page", "1", env=env)  # two pages, both walked
    assert listed.returncode == 0, listed.stderr
    assert sorted(listed.stdout.splitlines()) == ["seeded\t1", "welcome\t1"]

    labelled = run_cli("templates", "list", "--label", "prod", "--json", env=env)
    assert labelled.returncode == 0, labelled.stderr
    assert [item["prompt_name"] for item in json.loads(labelled.stdout)] == ["welcome"]


def test_template_failures_are_one_line_with_their_status(env: dict[str, str], tmp_path: Path) -> None:
    missing = run_cli("templates", "get", "no-such-template", env=env)
    assert (missing.returncode, missing.stdout) == (1, "")
    assert "no-such-template" in error_line(missing)

    bad_option = run_cli("templates", "get", "welcome", "--variables", "[1]", env=env)
    assert bad_option.returncode == 2
    assert "--variables: expected a JSON object, got list" in bad_option.stderr

    (tmp_path / "list.json").write_text("[]")
    not_an_object = run_cli("templates", "publish", str(tmp_path / "list.json"), env=env)
    assert not_an_object.returncode == 1
    assert error_line(not_an_object) == f"{tmp_path / 'list.json'} must hold a JSON object, not list"

    no_key = run_cli("templates", "list", env={k: v for k, v in env.items() if k != "PROMPTLAYER_API_KEY"})
    assert no_key.returncode == 1
    assert "PROMPTLAYER_API_KEY" in error_line(no_key)


def test_publish_reads_stdin(env: dict[str, str]) -> None:
    body = {**WELCOME, "prompt_name": "from-stdin", "release_labels": []}
    done = run_cli("templates", "publish", "-", env=env, stdin=json.dumps(body))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["prompt_name"] == "from-stdin"


def test_workflows_run_writes_the_result_as_json(env: dict[str, str]) -> None:
    latest = run_cli("workflows", "run", "greeter", "--input-variables", '{"name": "Ada"}', env=env)
    assert latest.returncode == 0, latest.stderr
    assert json.loads(latest.stdout) == "Welcome Ada"

    staging = run_cli(
        "workflows", "run", "greeter", "--label", "staging", "--input-variables", '{"name": "Bo"}',
        "--all-outputs", env=env,
    )  # fmt: skip
    assert staging.returncode == 0, staging.stderr
    assert json.loads(staging.stdout)["greet"]["value"] == "Hello Bo"

    both = run_cli("workflows", "run", "greeter", "--label", "staging", "--version", "1", env=env)
    assert both.returncode == 2
    assert "not allowed with argument" in both.stderr
