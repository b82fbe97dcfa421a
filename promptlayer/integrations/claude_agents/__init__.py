"""Claude agent runs (claude-agent-sdk, Claude Code) traced to PromptLayer.

    from claude_agent_sdk import query
    from promptlayer.integrations.claude_agents import get_claude_agent_options

    options = get_claude_agent_options(ClaudeAgentOptions(model="claude-sonnet-4-5"))
    async for message in query(prompt="...", options=options): ...

The work is done by a Claude Code plugin shipped in this package (`plugin/`): its hooks turn
the session, each prompt turn and each tool call into OpenTelemetry spans sent to PromptLayer.
The hooks need only the standard library; this module only configures them.
"""

from .config import (
    PromptLayerClaudeAgentsConfig,
    PromptLayerClaudeAgentsEnv,
    PromptLayerClaudeAgentsPlugin,
    get_claude_agent_options,
    get_claude_config,
    plugin_path,
)

__all__ = [
    "PromptLayerClaudeAgentsConfig",
    "PromptLayerClaudeAgentsEnv",
    "PromptLayerClaudeAgentsPlugin",
    "get_claude_agent_options",
    "get_claude_config",
    "plugin_path",
]
