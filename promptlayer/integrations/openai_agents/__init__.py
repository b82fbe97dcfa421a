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

from ._setup import (
    OpenAIAgentsTracingProviderError,
    create_openai_agents_tracer_provider,
    instrument_openai_agents,
)

if TYPE_CHECKING:
    from ._processor import OpenAIAgentsTracingProcessor

    PromptLayerOpenAIAgentsProcessor = OpenAIAgentsTracingProcessor

__all__ = [
    "OpenAIAgentsTracingProcessor",
    "OpenAIAgentsTracingProviderError",
    "PromptLayerOpenAIAgentsProcessor",
    "create_openai_agents_tracer_provider",
    "instrument_openai_agents",
]
# The processor class loads openai-agents: it is imported on first use, under either name
# (PromptLayerOpenAIAgentsProcessor is the official SDK's).
_PROCESSOR_NAMES = ("OpenAIAgentsTracingProcessor", "PromptLayerOpenAIAgentsProcessor")


def __getattr__(name: str) -> Any:
    if name not in _PROCESSOR_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ._setup import require

    require("agents")
    from ._processor import OpenAIAgentsTracingProcessor

    return OpenAIAgentsTracingProcessor
