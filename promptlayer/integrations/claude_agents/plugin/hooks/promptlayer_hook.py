"""PromptLayer tracing hook for Claude Code and claude-agent-sdk runs (standard library only).

Claude Code starts this script once per hook event, with the event's JSON on stdin. Each run is
a short separate process, so what the spans need between events (trace id, span ids, start
times, the open turn, open tools by tool_use_id, spans not delivered yet) lives in one small
JSON file per session, replaced atomically under a lock. The file never holds the API key.

Spans, sent as OTLP/HTTP JSON, each when it ends:
  session  SessionStart -> SessionEnd   (child of PROMPTLAYER_TRACEPARENT when set)
  turn     UserPromptSubmit -> Stop     (child of the session)
  tool     PreToolUse -> PostToolUse / PostToolUseFailure (child of the open turn, else the session)

A hook must never break the agent: every failure ends in exit status 0, nothing is written to
stdout (Claude reads it), and a message goes to stderr only when PROMPTLAYER_CLAUDE_AGENTS_DEBUG
is "true". Nothing happens at all unless PROMPTLAYER_CLAUDE_AGENTS_TRACING is "true".
"""

from __future__ import annotations

import json
import os
import re
import sys
import time

# Every hook event starts a Python process, so this module imports as little as it can:
# typing, contextlib, tempfile and hashlib together would add about half its start-up time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    Spans = list[dict[str, Any]]

SWITCH_ENV = "PROMPTLAYER_CLAUDE_AGENTS_TRACING"
DEBUG_ENV = "PROMPTLAYER_CLAUDE_AGENTS_DEBUG"
STATE_DIR_ENV = "PROMPTLAYER_CLAUDE_AGENTS_STATE_DIR"
API_KEY_ENV = "PROMPTLAYER_API_KEY"
ENDPOINT_ENV = "PROMPTLAYER_OTLP_TRACES_ENDPOINT"
BASE_URL_ENV = "PROMPTLAYER_BASE_URL"
TRACEPARENT_ENV = "PROMPTLAYER_TRACEPARENT"
DEFAULT_BASE_URL = "https://api.promptlayer.com"

EXPORT_TIMEOUT_SECONDS = 3.0
# After a failed delivery, spans are queued in the state file instead of sent for this long,
# so a PromptLayer outage costs the agent one timeout, not one per hook.
RETRY_PAUSE_SECONDS = 30.0
MAX_PENDING_SPANS = 200
MAX_TEXT_CHARS = 4000
STALE_STATE_SECONDS = 7 * 24 * 3600
STATE_VERSION = 1
SCOPE_NAME = "promptlayer.integrations.claude_agents"
SERVICE_NAME = "claude-agent"

SESSION_SPAN = "Claude agent session"
TURN_SPAN = "Claude agent turn"

STATUS_ERROR = 2
KIND_INTERNAL = 1
_TRACEPARENT = re.compile(r"^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$")


def _is_true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def _debug(env: Mapping[str, str], message: str) -> None:
    if _is_true(env.get(DEBUG_ENV)):
        sys.stderr.write(f"promptlayer claude hook: {message}\n")


def _new_id(size: int) -> str:
    while True:
        value = os.urandom(size).hex()
        if value.strip("0"):
            return value


def _parse_traceparent(value: str | None) -> tuple[str, str] | None:
    """(trace id, parent span id) from a W3C traceparent; None when absent or malformed."""
    match = _TRACEPARENT.match((value or "").strip().lower())
    if match is None or match.group(1) == "ff":
        return None
    trace_id, span_id = match.group(2), match.group(3)
    if not trace_id.strip("0") or not span_id.strip("0"):
        return None
    return trace_id, span_id


def _as_text(value: Any) -> str:
    """A value as attribute text (strings as they are, the rest as JSON), truncated."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = repr(value)
    if len(text) > MAX_TEXT_CHARS:
        text = f"{text[:MAX_TEXT_CHARS]}... [truncated {len(text) - MAX_TEXT_CHARS} chars]"
    return text


# -- state file ----------------------------------------------------------------------------------


def state_dir(env: Mapping[str, str]) -> str:
    """Where session state lives: PROMPTLAYER_CLAUDE_AGENTS_STATE_DIR, else a per-user cache dir."""
    configured = env.get(STATE_DIR_ENV)
    if configured:
        return configured
    base = env.get("XDG_CACHE_HOME") or env.get("LOCALAPPDATA")
    if not base:
        home = os.path.expanduser("~")
        if home and home != "~":
            base = os.path.join(home, ".cache")
    if base:
        return os.path.join(base, "promptlayer", "claude-agents")
    import tempfile

    user = getattr(os, "getuid", lambda: "user")()
    return os.path.join(tempfile.gettempdir(), f"promptlayer-claude-agents-{user}")


def _state_name(session_id: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_-]{1,100}", session_id):
        return f"{session_id}.json"
    import hashlib

    return f"{hashlib.sha256(session_id.encode()).hexdigest()}.json"


class _Locked:
    """One lock per state directory, held only while a state file is read and replaced."""

    def __init__(self, directory: str) -> None:
        self.path = os.path.join(directory, ".lock")
        self.fd = -1

    def __enter__(self) -> None:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(self.fd, msvcrt.LK_LOCK, 1)
            else:
                import fcntl

                fcntl.flock(self.fd, fcntl.LOCK_EX)
        except BaseException:
            os.close(self.fd)
            raise

    def __exit__(self, *exc_info: object) -> None:
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(self.fd, 0, os.SEEK_SET)
                msvcrt.locking(self.fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(self.fd)  # closing also releases a flock


def _load(path: str) -> dict[str, Any] | None:
    try:
        with open(path, encoding="utf-8") as handle:
            state = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
        return None
    return state


def _save(path: str, state: dict[str, Any]) -> None:
    """Write a private temp file beside the target, then rename it over the target (atomic)."""
    temp = f"{path}.{os.getpid()}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(temp, path)
    except BaseException:
        try:  # noqa: SIM105 (contextlib.suppress would cost an import)
            os.unlink(temp)
        except OSError:
            pass
        raise


def _remove_stale(directory: str, now: float) -> None:
    """Drop state of sessions that never ended (killed runs), a week after their last event."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.name.endswith((".json", ".tmp")) and now - entry.stat().st_mtime > STALE_STATE_SECONDS:
                os.unlink(entry.path)
        except OSError:
            pass


# -- spans ---------------------------------------------------------------------------------------


def _attribute_value(value: Any) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        return {"doubleValue": value}
    return {"stringValue": value if isinstance(value, str) else _as_text(value)}


def _attributes(values: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [{"key": key, "value": _attribute_value(v)} for key, v in values.items() if v is not None]


def _span(
    state: dict[str, Any],
    span_id: str,
    parent_span_id: str | None,
    name: str,
    start: int,
    end: int,
    attributes: Mapping[str, Any],
    error: str | None = None,
) -> dict[str, Any]:
    """One span in OTLP/JSON form (hex ids, nanosecond times as strings)."""
    span: dict[str, Any] = {
        "traceId": state["trace_id"],
        "spanId": span_id,
        "name": name,
        "kind": KIND_INTERNAL,
        "startTimeUnixNano": str(start),
        "endTimeUnixNano": str(max(end, start)),
        "attributes": _attributes(attributes),
    }
    if parent_span_id:
        span["parentSpanId"] = parent_span_id
    if error is not None:
        span["status"] = {"code": STATUS_ERROR, "message": _as_text(error)}
    return span


def _new_state(payload: Mapping[str, Any], env: Mapping[str, str], now: int) -> dict[str, Any]:
    upstream = _parse_traceparent(env.get(TRACEPARENT_ENV))
    trace_id, parent = upstream if upstream else (_new_id(16), None)
    session_id = str(payload.get("session_id", ""))
    return {
        "version": STATE_VERSION,
        "trace_id": trace_id,
        "span_id": _new_id(8),
        "parent_span_id": parent,
        "start": now,
        "attributes": {
            "node_type": "WORKFLOW",
            "gen_ai.provider.name": "anthropic",
            "gen_ai.conversation.id": session_id,
            "claude.session_id": session_id,
            "claude.cwd": payload.get("cwd"),
        },
        "first_prompt": None,
        "last_output": None,
        "turns": 0,
        "turn": None,
        "tools": {},
        "pending": [],
        "retry_after": 0.0,
    }


def _end_tool(
    state: dict[str, Any], tool: dict[str, Any], end: int, *, output: Any = None, error: str | None = None
) -> dict[str, Any]:
    attributes = dict(tool["attributes"])
    if output is not None:
        attributes["function_output"] = _as_text(output)
    return _span(state, tool["span_id"], tool["parent"], tool["name"], tool["start"], end, attributes, error)


def _end_turn(state: dict[str, Any], end: int, output: Any = None, *, complete: bool = True) -> Spans:
    """Close the open turn (and tools still open under it); answers the finished spans."""
    turn = state.get("turn")
    if not turn:
        return []
    spans: Spans = []
    for tool_use_id, tool in list(state["tools"].items()):
        if tool["parent"] == turn["span_id"]:
            del state["tools"][tool_use_id]
            tool["attributes"]["claude.incomplete"] = True
            spans.append(_end_tool(state, tool, end))
    attributes = dict(turn["attributes"])
    if output:
        attributes["function_output"] = _as_text(output)
        state["last_output"] = attributes["function_output"]
    if not complete:
        attributes["claude.incomplete"] = True
    spans.append(_span(state, turn["span_id"], state["span_id"], TURN_SPAN, turn["start"], end, attributes))
    state["turn"] = None
    return spans


def _on_session_start(state: dict[str, Any], payload: Mapping[str, Any], now: int) -> Spans:
    attributes = state["attributes"]
    attributes.setdefault("claude.session.source", payload.get("source"))
    if payload.get("model"):
        attributes["gen_ai.request.model"] = payload["model"]
    if payload.get("agent_type"):
        attributes["gen_ai.agent.name"] = payload["agent_type"]
    if payload.get("permission_mode"):
        attributes["claude.permission_mode"] = payload["permission_mode"]
    return []


def _on_prompt(state: dict[str, Any], payload: Mapping[str, Any], now: int) -> Spans:
    spans = _end_turn(state, now, complete=False)  # a turn that never saw its Stop (interrupted)
    state["turns"] += 1
    prompt = _as_text(payload.get("prompt", ""))
    if state["first_prompt"] is None:
        state["first_prompt"] = prompt
    state["turn"] = {
        "span_id": _new_id(8),
        "start": now,
        "attributes": {
            "node_type": "WORKFLOW",
            "gen_ai.operation.name": "invoke_agent",
            "gen_ai.conversation.id": state["attributes"]["gen_ai.conversation.id"],
            "claude.turn.index": state["turns"],
            "claude.prompt_id": payload.get("prompt_id"),
            "function_input": prompt,
        },
    }
    return spans


def _tool_use_id(payload: Mapping[str, Any]) -> str:
    tool_use_id = payload.get("tool_use_id")
    if tool_use_id:
        return str(tool_use_id)
    return f"{payload.get('tool_name')}:{_as_text(payload.get('tool_input'))}"


def _open_tool(state: dict[str, Any], payload: Mapping[str, Any], start: int) -> dict[str, Any]:
    turn = state.get("turn")
    name = str(payload.get("tool_name") or "tool")
    attributes: dict[str, Any] = {
        "node_type": "CODE_EXECUTION",
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": name,
        "gen_ai.tool.call.id": payload.get("tool_use_id"),
        "function_input": _as_text(payload.get("tool_input", {})),
        "claude.agent_id": payload.get("agent_id"),
        "claude.agent_type": payload.get("agent_type"),
    }
    return {
        "span_id": _new_id(8),
        "parent": turn["span_id"] if turn else state["span_id"],
        "name": name,
        "start": start,
        "attributes": attributes,
    }


def _on_pre_tool(state: dict[str, Any], payload: Mapping[str, Any], now: int) -> Spans:
    state["tools"][_tool_use_id(payload)] = _open_tool(state, payload, now)
    return []


def _on_post_tool(state: dict[str, Any], payload: Mapping[str, Any], now: int) -> Spans:
    tool = state["tools"].pop(_tool_use_id(payload), None)
    duration = payload.get("duration_ms")
    if tool is None:  # no PreToolUse seen: start from the reported duration
        elapsed = duration * 1_000_000 if isinstance(duration, int) and duration >= 0 else 0
        tool = _open_tool(state, payload, now - elapsed)
    if isinstance(duration, int):
        tool["attributes"]["claude.tool.duration_ms"] = duration
    if payload.get("hook_event_name") == "PostToolUseFailure":
        interrupted = payload.get("is_interrupt") is True
        tool["attributes"]["error.type"] = "interrupted" if interrupted else "tool_error"
        error = str(payload.get("error") or ("interrupted" if interrupted else "tool failed"))
        return [_end_tool(state, tool, now, output=error, error=error)]
    response = payload.get("tool_response")
    failed = isinstance(response, dict) and response.get("is_error") is True
    if failed:
        tool["attributes"]["error.type"] = "tool_error"
    return [_end_tool(state, tool, now, output=response, error=_as_text(response) if failed else None)]


def _on_stop(state: dict[str, Any], payload: Mapping[str, Any], now: int) -> Spans:
    return _end_turn(state, now, payload.get("last_assistant_message"))


def _on_session_end(state: dict[str, Any], payload: Mapping[str, Any], now: int) -> Spans:
    spans = _end_turn(state, now, complete=False)
    for tool in state["tools"].values():
        tool["attributes"]["claude.incomplete"] = True
        spans.append(_end_tool(state, tool, now))
    state["tools"] = {}
    attributes = dict(state["attributes"])
    attributes.update(
        {
            "claude.session.end_reason": payload.get("reason"),
            "claude.turns": state["turns"],
            "function_input": state["first_prompt"],
            "function_output": state["last_output"],
        }
    )
    spans.append(
        _span(state, state["span_id"], state["parent_span_id"], SESSION_SPAN, state["start"], now, attributes)
    )
    return spans


HANDLERS = {
    "SessionStart": _on_session_start,
    "UserPromptSubmit": _on_prompt,
    "PreToolUse": _on_pre_tool,
    "PostToolUse": _on_post_tool,
    "PostToolUseFailure": _on_post_tool,
    "Stop": _on_stop,
    "SessionEnd": _on_session_end,
}


# -- delivery ------------------------------------------------------------------------------------


def traces_endpoint(env: Mapping[str, str]) -> str:
    endpoint = env.get(ENDPOINT_ENV)
    if endpoint:
        return endpoint
    return f"{(env.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip('/')}/v1/traces"


def export(spans: Spans, env: Mapping[str, str]) -> bool:
    """POST the spans as one OTLP/JSON request. False when worth retrying later (network, 5xx,
    408, 429); spans the server refuses for good (other 4xx) are dropped."""
    import urllib.error
    import urllib.request

    key = env.get(API_KEY_ENV)
    if not key:
        _debug(env, f"{API_KEY_ENV} is not set; {len(spans)} span(s) dropped")
        return True
    body = {
        "resourceSpans": [
            {
                "resource": {"attributes": _attributes({"service.name": SERVICE_NAME})},
                "scopeSpans": [{"scope": {"name": SCOPE_NAME}, "spans": spans}],
            }
        ]
    }
    request = urllib.request.Request(
        traces_endpoint(env),
        data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-API-KEY": key,
            "User-Agent": "promptlayer-claude-agents-hook",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=EXPORT_TIMEOUT_SECONDS) as response:
            response.read()
    except urllib.error.HTTPError as error:
        retry = error.code >= 500 or error.code in (408, 429)
        outcome = "will retry" if retry else "dropped"
        _debug(env, f"PromptLayer answered {error.code} to {len(spans)} span(s); {outcome}")
        return not retry
    except (OSError, ValueError) as error:  # URLError, timeouts, refused connections, bad URLs
        _debug(env, f"could not reach PromptLayer ({error.__class__.__name__}: {error}); will retry")
        return False
    return True


# -- one hook run --------------------------------------------------------------------------------


def handle(payload: Mapping[str, Any], env: Mapping[str, str]) -> None:
    event = payload.get("hook_event_name")
    handler = HANDLERS.get(str(event))
    session_id = payload.get("session_id")
    if handler is None or not session_id:
        return
    directory = state_dir(env)
    os.makedirs(directory, mode=0o700, exist_ok=True)
    path = os.path.join(directory, _state_name(str(session_id)))
    now_ns, now = time.time_ns(), time.time()
    final = event == "SessionEnd"
    with _Locked(directory):
        state = _load(path)
        if state is None:
            if final:
                return  # nothing was traced for this session
            state = _new_state(payload, env, now_ns)
            if event == "SessionStart":
                _remove_stale(directory, now)
        spans = handler(state, payload, now_ns)
        outgoing: Spans = []
        if spans or state["pending"]:
            if final or now >= state["retry_after"]:
                outgoing, state["pending"] = [*state["pending"], *spans], []
            else:
                state["pending"] = [*state["pending"], *spans][-MAX_PENDING_SPANS:]
        if final:
            os.unlink(path)
        else:
            _save(path, state)
    if not outgoing or export(outgoing, env):
        return
    if final:
        _debug(env, f"session ended; {len(outgoing)} undelivered span(s) dropped")
        return
    with _Locked(directory):  # keep them for the next hook, and pause sending for a while
        state = _load(path)
        if state is not None:
            state["pending"] = [*outgoing, *state["pending"]][-MAX_PENDING_SPANS:]
            state["retry_after"] = time.time() + RETRY_PAUSE_SECONDS
            _save(path, state)


def main() -> int:
    env = os.environ
    if not _is_true(env.get(SWITCH_ENV)):
        return 0
    try:
        payload = json.loads(sys.stdin.buffer.read() or b"{}")
        if isinstance(payload, dict):
            handle(payload, env)
    except Exception as error:  # a tracing failure must never fail the agent run
        _debug(env, f"{error.__class__.__name__}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
