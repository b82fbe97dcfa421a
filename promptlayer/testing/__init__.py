"""A local PromptLayer server for offline development and tests.

Not built yet: `LocalPromptLayer`, the pytest fixture and `python -m promptlayer.testing serve`
are the project's next step. Until then, constructing the server raises NotImplementedError.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LocalPromptLayer"]


class LocalPromptLayer:
    """Placeholder for the local server; raises until it is built."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError(
            "promptlayer.testing.LocalPromptLayer (the local PromptLayer server) is not built yet; "
            "set PROMPTLAYER_API_KEY to run against the real service meanwhile."
        )
