"""A local PromptLayer server for offline development and tests (extra: promptlayer[testing]).

    from promptlayer.testing import LocalPromptLayer, Fault

    with LocalPromptLayer(seed="seed.json") as server:
        pl = PromptLayer(api_key=server.api_key, base_url=server.base_url)
        server.inject("get_prompt_template", Fault.rate_limited(retry_after=1))

`recorded_waits()` makes every client record its retry and polling waits instead of sleeping.
Also: a pytest fixture `promptlayer_server` (plugin registered by the package) and
`python -m promptlayer.testing serve [--port N] [--seed FILE]`.
"""

from __future__ import annotations

from ._faults import Fault
from ._waits import recorded_waits
from .server import ContractViolation, LocalPromptLayer, RecordedRequest

__all__ = ["ContractViolation", "Fault", "LocalPromptLayer", "RecordedRequest", "recorded_waits"]
