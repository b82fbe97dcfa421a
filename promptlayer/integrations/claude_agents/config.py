"""What claude-agent-sdk needs to load the PromptLayer plugin: its path and the hooks' environment.

The hooks run in the Claude Code process Claude spawns, not in this one, so everything they
need travels in `ClaudeAgentOptions.env`. Nothing here writes `os.environ`.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypedDict

from ..._settings import API_KEY_ENV
from ...errors import PromptLayerError, PromptLayerValidationError
from ...tracing.context import TRACEPARENT_ENV, current_traceparent, parse_traceparent
from ...tracing.export import traces_endpoint

if TYPE_CHECKING:
    from claude_agent_sdk import ClaudeAgentOptions  # type: ignore[import-not-found, unused-ignore]

    from ...client import AsyncPromptLayer, PromptLayer

# Read by plugin/hooks/promptlayer_hook.py (which cannot import this package: it is stdlib-only).
SWITCH_ENV = "PROMPTLAYER_CLAUDE_AGENTS_TRACING"
PYTHON_ENV = "PROMPTLAYER_PYTHON"
DEBUG_ENV = "PROMPTLAYER_CLAUDE_AGENTS_DEBUG"
STATE_DIR_ENV = "PROMPTLAYER_CLAUDE_AGENTS_STATE_DIR"
CLAUDE_AGENTS_EXTRA = 'pip install "promptlayer[claude-agents]"'

PLUGIN_DIR = Path(__file__).resolve().parent / "plugin"


class PromptLayerClaudeAgentsPlugin(TypedDict):
    """Same shape as claude_agent_sdk's SdkPluginConfig (a local plugin directory)."""

    type: Literal["local"]
    path: str


PluginConfig = PromptLayerClaudeAgentsPlugin


class PromptLayerClaudeAgentsEnv(TypedDict, total=False):
    """The environment the plugin's hooks read (this plugin's variables: the official SDK's
    plugin reads others, so the keys differ from its type of the same name)."""

    PROMPTLAYER_API_KEY: str
    PROMPTLAYER_OTLP_TRACES_ENDPOINT: str
    PROMPTLAYER_CLAUDE_AGENTS_TRACING: Literal["true"]
    PROMPTLAYER_PYTHON: str
    PROMPTLAYER_TRACEPARENT: str


@dataclass(frozen=True)
class PromptLayerClaudeAgentsConfig:
    """`ClaudeAgentOptions(plugins=[config.plugin], env=config.env)` traces the run to PromptLayer.

    `env` holds the API key, so it is left out of the repr.
    """

    plugin: PromptLayerClaudeAgentsPlugin
    env: PromptLayerClaudeAgentsEnv = field(repr=False)

    @property
    def traceparent(self) -> str | None:
        """The span the agent's session span will be a child of, if any."""
        return self.env.get("PROMPTLAYER_TRACEPARENT")


def plugin_path() -> Path:
    """The plugin directory shipped in this package (`.claude-plugin/`, `hooks/`)."""
    return PLUGIN_DIR


def get_claude_config(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    traceparent: str | None = None,
    client: PromptLayer | AsyncPromptLayer | None = None,
) -> PromptLayerClaudeAgentsConfig:
    """The plugin entry and environment that make claude-agent-sdk runs trace to PromptLayer.

    Key and URL: the arguments, else `client`'s, else PROMPTLAYER_API_KEY / PROMPTLAYER_BASE_URL
    (PROMPTLAYER_OTLP_TRACES_ENDPOINT overrides the traces URL). The run continues the trace of
    `traceparent`, else of the active OpenTelemetry span, else of PROMPTLAYER_TRACEPARENT.
    """
    settings = None
    if client is not None:
        from ...client import context_of

        settings = context_of(client).settings
    key = api_key or (settings.api_key if settings else None) or os.environ.get(API_KEY_ENV)
    if not key:
        raise PromptLayerValidationError(
            f"Tracing Claude agents needs a PromptLayer API key: pass api_key=... or set {API_KEY_ENV}"
        )
    if base_url is None and settings is not None:
        base_url = settings.base_url
    endpoint = traces_endpoint(base_url)
    if traceparent is not None and parse_traceparent(traceparent) is None:
        raise PromptLayerValidationError(f"traceparent is not a valid W3C traceparent: {traceparent!r}")
    parent = traceparent or current_traceparent() or os.environ.get(TRACEPARENT_ENV) or None
    env = PromptLayerClaudeAgentsEnv(
        PROMPTLAYER_API_KEY=key,
        PROMPTLAYER_OTLP_TRACES_ENDPOINT=endpoint,
        PROMPTLAYER_CLAUDE_AGENTS_TRACING="true",
        PROMPTLAYER_PYTHON=sys.executable,
    )
    if parent:
        env["PROMPTLAYER_TRACEPARENT"] = parent
    return PromptLayerClaudeAgentsConfig(plugin={"type": "local", "path": str(PLUGIN_DIR)}, env=env)


def get_claude_agent_options(
    options: ClaudeAgentOptions | None = None,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    traceparent: str | None = None,
    client: PromptLayer | AsyncPromptLayer | None = None,
) -> ClaudeAgentOptions:
    """`options` (or new ClaudeAgentOptions) with the PromptLayer plugin and its environment added.

    The given options are not modified. Their own `env` entries are kept except the ones the
    plugin needs, which take the resolved values.
    """
    try:
        from claude_agent_sdk import ClaudeAgentOptions  # type: ignore[import-not-found, unused-ignore]
    except ImportError as error:
        raise PromptLayerError(
            f"Tracing Claude agents needs claude-agent-sdk: {CLAUDE_AGENTS_EXTRA} ({error})"
        ) from error
    config = get_claude_config(api_key=api_key, base_url=base_url, traceparent=traceparent, client=client)
    if options is None:
        return ClaudeAgentOptions(plugins=[config.plugin], env=dict(config.env))
    plugins = [plugin for plugin in options.plugins if plugin.get("path") != config.plugin["path"]]
    return dataclasses.replace(options, plugins=[*plugins, config.plugin], env={**options.env, **config.env})
