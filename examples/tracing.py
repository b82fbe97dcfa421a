"""Tracing example: decorated functions become a trace in PromptLayer.

Needs the extra: pip install "promptlayer[tracing]". With PROMPTLAYER_API_KEY set the spans
go to the real service; without it, to a local PromptLayer server started here, which then
prints the trace it received.
"""

# PromptLayer.traceable returns Any (promptlayer/client.py), so a function it decorates is untyped
# to mypy: allowed here until traceable is typed to return the decorated function's type.
# mypy: disallow-untyped-decorators=False

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from typing import Any

from promptlayer import PromptLayer


def main() -> int:
    with ExitStack() as stack:
        server: Any = None
        if os.environ.get("PROMPTLAYER_API_KEY"):
            pl = PromptLayer(enable_tracing=True)
        else:
            from promptlayer.testing import LocalPromptLayer

            server = stack.enter_context(LocalPromptLayer())
            print(f"No PROMPTLAYER_API_KEY: sending spans to a local PromptLayer server at {server.base_url}")
            pl = PromptLayer(api_key=server.api_key, base_url=server.base_url, enable_tracing=True)

        @pl.traceable(attributes={"component": "retrieval"})
        def retrieve(question: str) -> list[str]:
            return [f"doc about {word}" for word in question.split()[:2]]

        @pl.traceable()
        def stream_answer(docs: list[str]) -> Any:
            for doc in docs:
                yield f"From {doc}. "

        @pl.traceable(name="answer question")
        def answer(question: str) -> str:
            return "".join(stream_answer(retrieve(question)))

        print(answer("tracing basics"))
        pl.close()  # delivers the spans

        if server is not None:
            spans = server.state.traces.spans()
            names = {span["span_id"]: span["name"] for span in spans}
            print(f"\nThe server received {len(spans)} spans in {len({s['trace_id'] for s in spans})} trace:")
            for span in spans:
                parent = names.get(span["parent_span_id"] or "", "-")
                print(f"  {span['name']:<16} parent: {parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
