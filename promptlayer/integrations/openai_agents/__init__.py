"""openai-agents tracing -> OpenTelemetry -> PromptLayer.

    from promptlayer.integrations.openai_agents import instrument_openai_agents
    processor = instrument_openai_agents()        # key from PROMPTLAYER_API_KEY

Every agents trace becomes a root span and every agents span (agent, model call, tool,
handoff, guardrail, custom...) a child span with the same timing, exported over OTLP/HTTP.
Needs the extra `promptlayer[openai-agents]`; nothing here imports openai-agents or the
OpenTelemetry SDK until it is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._setup import instrument_openai_agents

if TYPE_CHECKING:
    from ._processor import OpenAIAgentsTracingProcessor

__all__ = ["OpenAIAgentsTracingProcessor", "instrument_openai_agents"]


def __getattr__(name: str) -> Any:
    if name != "OpenAIAgentsTracingProcessor":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ._setup import require

    require("agents")
    from ._processor import OpenAIAgentsTracingProcessor

    return OpenAIAgentsTracingProcessor
