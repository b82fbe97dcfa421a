"""The main example: list prompt templates and fetch one through the SDK.

With PROMPTLAYER_API_KEY set it talks to the real service (or PROMPTLAYER_BASE_URL);
without it, to a local PromptLayer server started for the occasion.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack

from promptlayer_api.api.prompt_templates import list_prompt_templates

from promptlayer import PromptLayer


def main() -> int:
    with ExitStack() as stack:
        if os.environ.get("PROMPTLAYER_API_KEY"):
            client = stack.enter_context(PromptLayer())
        else:
            from promptlayer.testing import LocalPromptLayer

            server = stack.enter_context(LocalPromptLayer())
            client = stack.enter_context(PromptLayer(api_key=server.api_key, base_url=server.base_url))
        print(f"Using {client!r}")
        response = list_prompt_templates.sync_detailed(client=client.api, per_page=10)
        if response.status_code != 200 or response.parsed is None:
            print(f"Listing templates failed: HTTP {int(response.status_code)} {response.content[:200]!r}")
            return 1
        page = response.parsed
        print(f"{page.total} template(s) in the workspace; first page:")
        for item in page.items:
            print(f"  {item.prompt_name} (id {item.id})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
