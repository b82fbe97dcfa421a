"""promptlayer.integrations.claude_agents: the configuration helpers and the plugin's hooks.

The hooks are exercised the way Claude Code runs them: the command line from hooks.json, in a
shell, one process per event, the event's JSON on stdin, CLAUDE_PLUGIN_ROOT and the config's
environment set. Payloads are recordings of Claude Code's hook input (claude_hook_payloads/).
Spans are checked as the local PromptLayer server stored them.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import socket
import stat
import subprocess
import sys
import time
import types
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags

from promptlayer import PromptLayer
from promptlayer.errors import PromptLayerError, PromptLayerValidationError
from promptlayer.integrations.claude_agents import (
    config as config_module,
)
from promptlayer.integrations.claude_agents import (
    get_claude_agent_options,
    get_claude_config,
    plugin_path,
)
from promptlayer.testing import Fault, LocalPromptLayer

KEY = "pl-claude-hooks-secret-key"
PAYLOADS = Path(__file__).parent / "claude_hook_payloads"
UPSTREAM_TRACE = "0af7651916cd43dd8448eb211c80319c"
UPSTREAM_SPAN = "b7ad6b7169203331"
UPSTREAM = f"00-{UPSTREAM_TRACE}-{UPSTREAM_SPAN}-01"
COMMAND = '"${PROMPTLAYER_PYTHON:-python3}" "${CLAUDE_PLUGIN_ROOT}/hooks/promptlayer_hook.py"'


def load_payloads(name: str) -> list[dict[str, Any]]:
    payloads: list[dict[str, Any]] = json.loads((PAYLOADS / name).read_text())
    return payloads


def load_hook_module() -> types.ModuleType:
    script = plugin_path() / "hooks/promptlayer_hook.py"
    spec = importlib.util.spec_from_file_location("promptlayer_hook", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    written = sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # no __pycache__ inside the shipped plugin directory
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = written
    return module


def hook_commands(event: str) -> list[str]:
    """The commands hooks.json registers for an event (our matchers are "*" or absent)."""
    config = json.loads((plugin_path() / "hooks/hooks.json").read_text())
    return [hook["command"] for group in config["hooks"].get(event, []) for hook in group["hooks"]]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@dataclasses.dataclass
class Hooks:
    """Runs hook events as Claude Code would, with a given environment."""

    env: dict[str, str]
    state_dir: Path

    def run(self, payload: Mapping[str, Any] | bytes) -> subprocess.CompletedProcess[bytes]:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        event = "PreToolUse" if isinstance(payload, bytes) else str(payload["hook_event_name"])
        commands = hook_commands(event)
        assert commands, f"hooks.json registers nothing for {event}"
        result: subprocess.CompletedProcess[bytes] | None = None
        for command in commands:
            result = subprocess.run(
                command, shell=True, env=self.env, input=data, capture_output=True, timeout=30
            )
            assert result.returncode == 0, result.stderr
            assert result.stdout == b"", "hooks must write nothing on stdout (Claude reads it)"
        assert result is not None
        return result

    def run_all(self, payloads: list[dict[str, Any]]) -> list[subprocess.CompletedProcess[bytes]]:
        return [self.run(payload) for payload in payloads]

    def state_files(self) -> list[Path]:
        return sorted(self.state_dir.glob("*.json")) if self.state_dir.exists() else []


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY) as running:
        yield running


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No PromptLayer settings leaking in from the machine running the tests."""
    for name in list(os.environ):
        if name.startswith("PROMPTLAYER_"):
            monkeypatch.delenv(name)


@pytest.fixture
def make_hooks(server: LocalPromptLayer, tmp_path: Path, clean_env: None) -> Any:
    if sys.platform == "win32":
        pytest.skip("hook commands are written for the POSIX shell Claude Code runs them with")

    def make(traceparent: str | None = None, **extra: str) -> Hooks:
        config = get_claude_config(api_key=KEY, base_url=server.base_url, traceparent=traceparent)
        state_dir = tmp_path / "state"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            **{name: str(value) for name, value in config.env.items()},
            "CLAUDE_PLUGIN_ROOT": config.plugin["path"],
            "PROMPTLAYER_CLAUDE_AGENTS_STATE_DIR": str(state_dir),
            **extra,
        }
        return Hooks(env, state_dir)

    return make


def by_name(spans: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    named = {span["name"]: span for span in spans}
    assert len(named) == len(spans), [span["name"] for span in spans]
    return named


# -- configuration -------------------------------------------------------------------------------


def test_plugin_directory_ships_manifest_hooks_and_script() -> None:
    root = plugin_path()
    assert root.is_absolute() and root.is_dir()
    manifest = json.loads((root / ".claude-plugin/plugin.json").read_text())
    assert manifest["name"] == "promptlayer-tracing" and manifest["version"]
    hooks = json.loads((root / "hooks/hooks.json").read_text())["hooks"]
    for event in ("SessionStart", "UserPromptSubmit", "PreToolUse", "PostToolUse", "Stop", "SessionEnd"):
        commands = hook_commands(event)
        assert commands == [COMMAND]
    assert hooks["PostToolUseFailure"], "failed tools are only reported through PostToolUseFailure"
    assert (root / "hooks/promptlayer_hook.py").is_file()


def test_hook_script_imports_only_the_standard_library() -> None:
    source = (plugin_path() / "hooks/promptlayer_hook.py").read_text()
    imported = {
        line.split()[1].split(".")[0]
        for line in source.splitlines()
        if line.strip().startswith(("import ", "from ")) and not line.strip().startswith("from __future__")
    }
    assert imported <= set(sys.stdlib_module_names), imported - set(sys.stdlib_module_names)


def test_config_env_has_everything_the_hooks_read(server: LocalPromptLayer, clean_env: None) -> None:
    config = get_claude_config(api_key=KEY, base_url=server.base_url)
    assert config.plugin == {"type": "local", "path": str(plugin_path())}
    assert config.env == {
        "PROMPTLAYER_API_KEY": KEY,
        "PROMPTLAYER_OTLP_TRACES_ENDPOINT": f"{server.base_url}/v1/traces",
        "PROMPTLAYER_CLAUDE_AGENTS_TRACING": "true",
        "PROMPTLAYER_PYTHON": sys.executable,
    }
    assert config.traceparent is None
    assert KEY not in repr(config)
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.env = {}  # type: ignore[misc]


def test_the_official_type_names_describe_the_config(clean_env: None) -> None:
    from promptlayer.integrations.claude_agents import (
        PromptLayerClaudeAgentsEnv,
        PromptLayerClaudeAgentsPlugin,
    )

    config = get_claude_config(api_key=KEY, traceparent=f"00-{'1' * 32}-{'2' * 16}-01")
    assert set(config.env) == set(PromptLayerClaudeAgentsEnv.__annotations__)
    assert set(config.plugin) == set(PromptLayerClaudeAgentsPlugin.__annotations__)


def test_config_constants_match_the_hook_script() -> None:
    hook = load_hook_module()
    assert hook.SWITCH_ENV == config_module.SWITCH_ENV
    assert hook.DEBUG_ENV == config_module.DEBUG_ENV
    assert hook.STATE_DIR_ENV == config_module.STATE_DIR_ENV
    assert hook.API_KEY_ENV == "PROMPTLAYER_API_KEY"
    assert hook.ENDPOINT_ENV == "PROMPTLAYER_OTLP_TRACES_ENDPOINT"
    assert hook.TRACEPARENT_ENV == "PROMPTLAYER_TRACEPARENT"


def test_config_settings_from_client_and_environment(
    monkeypatch: pytest.MonkeyPatch, clean_env: None
) -> None:
    with PromptLayer(api_key="client-key", base_url="http://127.0.0.1:9/api") as client:
        config = get_claude_config(client=client)
    assert config.env["PROMPTLAYER_API_KEY"] == "client-key"
    assert config.env["PROMPTLAYER_OTLP_TRACES_ENDPOINT"] == "http://127.0.0.1:9/api/v1/traces"

    monkeypatch.setenv("PROMPTLAYER_API_KEY", "env-key")
    monkeypatch.setenv("PROMPTLAYER_BASE_URL", "https://pl.example.com/")
    config = get_claude_config()
    assert config.env["PROMPTLAYER_API_KEY"] == "env-key"
    assert config.env["PROMPTLAYER_OTLP_TRACES_ENDPOINT"] == "https://pl.example.com/v1/traces"
    monkeypatch.setenv("PROMPTLAYER_OTLP_TRACES_ENDPOINT", "https://collector.example.com/v1/traces")
    assert (
        get_claude_config().env["PROMPTLAYER_OTLP_TRACES_ENDPOINT"]
        == "https://collector.example.com/v1/traces"
    )


def test_config_traceparent_explicit_then_active_span_then_environment(
    monkeypatch: pytest.MonkeyPatch, clean_env: None
) -> None:
    monkeypatch.setenv("PROMPTLAYER_TRACEPARENT", "00-11111111111111111111111111111111-2222222222222222-01")
    assert get_claude_config(api_key=KEY).traceparent == os.environ["PROMPTLAYER_TRACEPARENT"]

    active = SpanContext(
        int("ab" * 16, 16), int("cd" * 8, 16), is_remote=False, trace_flags=TraceFlags(TraceFlags.SAMPLED)
    )
    with trace.use_span(NonRecordingSpan(active)):
        assert get_claude_config(api_key=KEY).traceparent == f"00-{'ab' * 16}-{'cd' * 8}-01"
        assert get_claude_config(api_key=KEY, traceparent=UPSTREAM).env["PROMPTLAYER_TRACEPARENT"] == UPSTREAM


def test_config_rejects_bad_arguments_before_anything_runs(clean_env: None) -> None:
    with pytest.raises(PromptLayerValidationError, match="API key"):
        get_claude_config()
    with pytest.raises(PromptLayerValidationError, match="traceparent"):
        get_claude_config(api_key=KEY, traceparent="not-a-traceparent")
    with pytest.raises(PromptLayerValidationError, match="http"):
        get_claude_config(api_key=KEY, base_url="ftp://example.com")


def test_options_without_claude_agent_sdk_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "claude_agent_sdk", None)  # makes the import fail
    with pytest.raises(PromptLayerError, match=r'pip install "promptlayer\[claude-agents\]"'):
        get_claude_agent_options(api_key=KEY)


def test_options_merge_into_the_users_options(monkeypatch: pytest.MonkeyPatch, clean_env: None) -> None:
    @dataclasses.dataclass
    class ClaudeAgentOptions:  # the fields the helper touches, as claude-agent-sdk declares them
        model: str | None = None
        plugins: list[dict[str, str]] = dataclasses.field(default_factory=list)
        env: dict[str, str] = dataclasses.field(default_factory=dict)

    fake_sdk = types.SimpleNamespace(ClaudeAgentOptions=ClaudeAgentOptions)
    monkeypatch.setitem(sys.modules, "claude_agent_sdk", fake_sdk)
    own_plugin = {"type": "local", "path": "/opt/plugins/mine"}
    mine: Any = ClaudeAgentOptions(
        model="claude-sonnet-4-5",
        plugins=[own_plugin],
        env={"ANTHROPIC_BASE_URL": "http://proxy", "PROMPTLAYER_API_KEY": "stale"},
    )
    merged = get_claude_agent_options(mine, api_key=KEY)
    assert merged is not mine and mine.env["PROMPTLAYER_API_KEY"] == "stale" and mine.plugins == [own_plugin]
    assert merged.model == "claude-sonnet-4-5"
    assert merged.plugins == [own_plugin, {"type": "local", "path": str(plugin_path())}]
    assert merged.env["ANTHROPIC_BASE_URL"] == "http://proxy"
    assert merged.env["PROMPTLAYER_API_KEY"] == KEY
    assert merged.env["PROMPTLAYER_CLAUDE_AGENTS_TRACING"] == "true"
    again = get_claude_agent_options(merged, api_key=KEY)
    assert again.plugins == merged.plugins, "the plugin is added once"
    fresh = get_claude_agent_options(api_key=KEY)
    assert fresh.plugins == [{"type": "local", "path": str(plugin_path())}]


def test_options_with_the_real_claude_agent_sdk(clean_env: None) -> None:
    sdk = pytest.importorskip("claude_agent_sdk")
    options = get_claude_agent_options(sdk.ClaudeAgentOptions(max_turns=3), api_key=KEY)
    assert isinstance(options, sdk.ClaudeAgentOptions) and options.max_turns == 3
    assert options.plugins == [{"type": "local", "path": str(plugin_path())}]
    assert options.env["PROMPTLAYER_PYTHON"] == sys.executable


# -- hooks against the local server --------------------------------------------------------------


def test_a_run_becomes_session_turn_and_tool_spans_sent_as_each_ends(
    server: LocalPromptLayer, make_hooks: Any
) -> None:
    hooks = make_hooks(traceparent=UPSTREAM)
    payloads = load_payloads("tool_run.json")
    arrived = []
    for payload in payloads:
        hooks.run(payload)
        arrived.append([span["name"] for span in server.state.traces.spans()])
    assert arrived == [
        [],  # SessionStart
        [],  # UserPromptSubmit
        [],  # PreToolUse Bash
        ["Bash"],
        ["Bash"],  # PreToolUse Read
        ["Bash", "Read"],  # PostToolUseFailure
        ["Bash", "Read", "Claude agent turn"],  # Stop
        ["Bash", "Read", "Claude agent turn", "Claude agent session"],  # SessionEnd
    ]
    spans = by_name(server.state.traces.spans(UPSTREAM_TRACE))
    session, turn, bash, read = (
        spans["Claude agent session"],
        spans["Claude agent turn"],
        spans["Bash"],
        spans["Read"],
    )
    # the agent run continues the caller's trace
    assert session["parent_span_id"] == UPSTREAM_SPAN
    assert turn["parent_span_id"] == session["span_id"]
    assert bash["parent_span_id"] == read["parent_span_id"] == turn["span_id"]
    assert len({span["span_id"] for span in spans.values()}) == 4
    for outer, inner in ((session, turn), (turn, bash), (turn, read)):
        assert outer["start_time_unix_nano"] <= inner["start_time_unix_nano"]
        assert inner["end_time_unix_nano"] <= outer["end_time_unix_nano"]
    assert bash["start_time_unix_nano"] < bash["end_time_unix_nano"] <= read["start_time_unix_nano"]

    session_id = payloads[0]["session_id"]
    assert session["attributes"] == {
        "node_type": "WORKFLOW",
        "gen_ai.provider.name": "anthropic",
        "gen_ai.conversation.id": session_id,
        "claude.session_id": session_id,
        "claude.cwd": "/home/dev/weather-app",
        "claude.session.source": "startup",
        "claude.session.end_reason": "other",
        "claude.turns": 1,
        "function_input": "List the Python files, then read config.toml.",
        "function_output": "There are two Python files, app.py and weather.py; config.toml does not exist.",
    }
    assert turn["attributes"] == {
        "node_type": "WORKFLOW",
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.conversation.id": session_id,
        "claude.turn.index": 1,
        "claude.prompt_id": payloads[1]["prompt_id"],
        "function_input": "List the Python files, then read config.toml.",
        "function_output": "There are two Python files, app.py and weather.py; config.toml does not exist.",
    }
    assert bash["attributes"]["node_type"] == "CODE_EXECUTION"
    assert bash["attributes"]["gen_ai.operation.name"] == "execute_tool"
    assert bash["attributes"]["gen_ai.tool.name"] == "Bash"
    assert bash["attributes"]["gen_ai.tool.call.id"] == "toolu_01Hq3xLbV8mWkq5NzC2rT9aE"
    assert json.loads(bash["attributes"]["function_input"]) == payloads[2]["tool_input"]
    assert json.loads(bash["attributes"]["function_output"])["stdout"] == "app.py\nweather.py"
    assert bash["attributes"]["claude.tool.duration_ms"] == 23
    assert bash["status"]["code"] == "UNSET"
    # the failed tool
    error = payloads[5]["error"]
    assert read["status"] == {"code": "ERROR", "message": error}
    assert read["attributes"]["error.type"] == "tool_error"
    assert read["attributes"]["function_output"] == error
    assert json.loads(read["attributes"]["function_input"]) == payloads[4]["tool_input"]

    requests = server.requests_for("ingest_otlp_traces")
    assert len(requests) == 4 and all(r.status == 200 for r in requests)
    assert all(r.headers["content-type"] == "application/json" for r in requests)
    assert all(r.headers["x-api-key"] == KEY for r in requests)
    assert not hooks.state_files(), "the session's state is removed at SessionEnd"


def test_turns_tools_left_open_and_a_new_trace_without_traceparent(
    server: LocalPromptLayer, make_hooks: Any
) -> None:
    hooks = make_hooks()
    payloads = load_payloads("interactive_session.json")
    hooks.run_all(payloads)
    spans = server.state.traces.spans()
    assert [span["name"] for span in spans] == [
        "Glob",
        "Claude agent turn",
        "Bash",
        "Claude agent turn",
        "Claude agent session",
    ]
    glob, turn1, bash, turn2, session = spans
    assert len({span["trace_id"] for span in spans}) == 1
    assert session["parent_span_id"] is None and session["trace_id"] != UPSTREAM_TRACE
    assert glob["parent_span_id"] == turn1["span_id"] and bash["parent_span_id"] == turn2["span_id"]
    assert turn1["parent_span_id"] == turn2["parent_span_id"] == session["span_id"]
    assert [turn1["attributes"]["claude.turn.index"], turn2["attributes"]["claude.turn.index"]] == [1, 2]
    assert turn2["attributes"]["function_input"] == "Run them."
    # the Bash call was never allowed to run: closed with its turn, marked incomplete
    assert bash["attributes"]["claude.incomplete"] is True
    assert "function_output" not in bash["attributes"]
    assert bash["end_time_unix_nano"] == turn2["end_time_unix_nano"]
    assert session["attributes"]["gen_ai.request.model"] == "claude-sonnet-4-5-20250929"
    assert session["attributes"]["claude.session.end_reason"] == "prompt_input_exit"
    assert session["attributes"]["claude.turns"] == 2
    assert session["attributes"]["function_input"] == "Which test files are there?"
    assert session["attributes"]["function_output"] == payloads[7]["last_assistant_message"]


def test_long_values_are_truncated(server: LocalPromptLayer, make_hooks: Any) -> None:
    hooks = make_hooks()
    start, prompt, pre, post, *_ = load_payloads("tool_run.json")
    prompt = {**prompt, "prompt": "p" * 10_000}
    post = {**post, "tool_response": {"stdout": "x" * 50_000}}
    hooks.run_all([start, prompt, pre, post])
    (bash,) = server.state.traces.spans()
    output = bash["attributes"]["function_output"]
    limit = load_hook_module().MAX_TEXT_CHARS
    assert len(output) < limit + 50 and output.endswith("chars]") and "truncated" in output
    state = json.loads(hooks.state_files()[0].read_text())
    assert len(state["turn"]["attributes"]["function_input"]) < limit + 50


def test_state_file_is_private_and_never_holds_the_key(server: LocalPromptLayer, make_hooks: Any) -> None:
    hooks = make_hooks(traceparent=UPSTREAM)
    payloads = load_payloads("tool_run.json")
    hooks.run_all(payloads[:3])  # the session, its turn and the Bash call are open
    (path,) = hooks.state_files()
    text = path.read_text()
    assert KEY not in text
    state = json.loads(text)
    assert state["trace_id"] == UPSTREAM_TRACE and state["parent_span_id"] == UPSTREAM_SPAN
    assert state["turn"]["span_id"] and list(state["tools"]) == ["toolu_01Hq3xLbV8mWkq5NzC2rT9aE"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(hooks.state_dir.stat().st_mode) == 0o700
    assert [p.name for p in hooks.state_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_switch_off_means_nothing_happens(server: LocalPromptLayer, make_hooks: Any) -> None:
    for value in ("false", ""):
        hooks = make_hooks(PROMPTLAYER_CLAUDE_AGENTS_TRACING=value)
        for result in hooks.run_all(load_payloads("tool_run.json")):
            assert result.stderr == b""
        assert not hooks.state_dir.exists()
    assert server.state.traces.spans() == [] and server.requests_for("ingest_otlp_traces") == []


def test_server_down_never_fails_the_run(make_hooks: Any) -> None:
    hooks = make_hooks(PROMPTLAYER_OTLP_TRACES_ENDPOINT=f"http://127.0.0.1:{free_port()}/v1/traces")
    payloads = load_payloads("tool_run.json")
    started = time.monotonic()
    for result in hooks.run_all(payloads[:4]):
        assert result.stderr == b""
    (path,) = hooks.state_files()
    state = json.loads(path.read_text())
    assert [span["name"] for span in state["pending"]] == ["Bash"], "kept for a later attempt"
    assert state["retry_after"] > time.time()
    for result in hooks.run_all(payloads[4:]):
        assert result.stderr == b""
    assert not hooks.state_files()
    assert time.monotonic() - started < 10


def test_debug_messages_go_to_stderr_without_the_key(make_hooks: Any) -> None:
    hooks = make_hooks(
        PROMPTLAYER_OTLP_TRACES_ENDPOINT=f"http://127.0.0.1:{free_port()}/v1/traces",
        PROMPTLAYER_CLAUDE_AGENTS_DEBUG="true",
    )
    start, prompt, pre, post, *_ = load_payloads("tool_run.json")
    results = hooks.run_all([start, prompt, pre, post])
    assert b"could not reach PromptLayer" in results[-1].stderr
    broken = hooks.run(b"{not json")
    assert b"JSONDecodeError" in broken.stderr
    assert all(KEY.encode() not in r.stderr for r in [*results, broken])


def test_a_500_is_retried_with_later_spans(server: LocalPromptLayer, make_hooks: Any) -> None:
    server.inject("ingest_otlp_traces", Fault.server_error(), times=1)
    hooks = make_hooks()
    payloads = load_payloads("tool_run.json")
    hooks.run_all(payloads[:4])
    assert server.state.traces.spans() == []  # the Bash span met the 500
    hooks.run_all(payloads[4:])  # within the retry pause later spans queue; SessionEnd sends them all
    assert sorted(span["name"] for span in server.state.traces.spans()) == [
        "Bash",
        "Claude agent session",
        "Claude agent turn",
        "Read",
    ]
    statuses = [r.status for r in server.requests_for("ingest_otlp_traces")]
    assert statuses == [500, 200]


def test_a_refused_batch_is_dropped_not_retried(server: LocalPromptLayer, make_hooks: Any) -> None:
    hooks = make_hooks(PROMPTLAYER_API_KEY="wrong-key")
    payloads = load_payloads("tool_run.json")
    hooks.run_all(payloads[:4])
    (path,) = hooks.state_files()
    assert json.loads(path.read_text())["pending"] == []
    assert [r.status for r in server.requests_for("ingest_otlp_traces")] == [401]


def test_parallel_tool_calls_each_get_their_span(server: LocalPromptLayer, make_hooks: Any) -> None:
    hooks = make_hooks()
    _, prompt, pre, post, *_ = load_payloads("tool_run.json")
    hooks.run(prompt)  # no SessionStart: the session starts with the first event seen
    ids = [f"toolu_parallel_{n}" for n in range(6)]

    def run_together(template: dict[str, Any]) -> None:
        command = hook_commands(str(template["hook_event_name"]))[0]
        procs = [
            subprocess.Popen(
                command, shell=True, env=hooks.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
            for _ in ids
        ]
        for proc, tool_use_id in zip(procs, ids, strict=True):
            assert proc.stdin is not None
            proc.stdin.write(json.dumps({**template, "tool_use_id": tool_use_id}).encode())
            proc.stdin.close()
        for proc in procs:
            assert proc.stdout is not None
            assert proc.stdout.read() == b"" and proc.wait(timeout=30) == 0

    run_together(pre)
    state = json.loads(hooks.state_files()[0].read_text())
    assert sorted(state["tools"]) == ids
    run_together(post)
    spans = server.state.traces.spans()
    assert sorted(span["attributes"]["gen_ai.tool.call.id"] for span in spans) == ids
    assert {span["parent_span_id"] for span in spans} == {state["turn"]["span_id"]}


def test_post_tool_use_without_pre_tool_use_uses_the_reported_duration(
    server: LocalPromptLayer, make_hooks: Any
) -> None:
    hooks = make_hooks()
    start, prompt, _, post, *_ = load_payloads("tool_run.json")
    hooks.run_all([start, prompt, {**post, "duration_ms": 1500}])
    (bash,) = server.state.traces.spans()
    assert bash["end_time_unix_nano"] - bash["start_time_unix_nano"] == 1_500_000_000
    assert bash["attributes"]["gen_ai.tool.name"] == "Bash"


def test_traceparent_parsing_in_the_hook() -> None:
    parse = load_hook_module()._parse_traceparent
    assert parse(UPSTREAM) == (UPSTREAM_TRACE, UPSTREAM_SPAN)
    assert parse(UPSTREAM.upper()) == (UPSTREAM_TRACE, UPSTREAM_SPAN)
    version_ff, zero_trace = f"ff-{UPSTREAM_TRACE}-{UPSTREAM_SPAN}-01", f"00-{'0' * 32}-{UPSTREAM_SPAN}-01"
    for bad in (None, "", "garbage", version_ff, zero_trace):
        assert parse(bad) is None
