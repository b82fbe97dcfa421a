"""The main example: list prompt templates, then fetch one rendered for OpenAI.

With PROMPTLAYER_API_KEY set it talks to the real service (or to PROMPTLAYER_BASE_URL);
without it, to a local PromptLayer server started here with examples/seed.json.
It uses the generated client through `pl.api`; the facade's `pl.templates` comes later.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from pathlib import Path

from promptlayer_api.api.prompt_templates import get_prompt_template, list_prompt_templates
from promptlayer_api.models import GetPromptTemplate, GetPromptTemplateInputVariablesType0, LlmKwargsProvider

from promptlayer import PromptLayer

SEED = Path(__file__).with_name("seed.json")
TEMPLATE = os.environ.get("EXAMPLE_TEMPLATE", "welcome-email")


def main() -> int:
    with ExitStack() as stack:
        if os.environ.get("PROMPTLAYER_API_KEY"):
            pl = stack.enter_context(PromptLayer())
        else:
            from promptlayer.testing import LocalPromptLayer

            server = stack.enter_context(LocalPromptLayer(seed=SEED))
            print(f"No PROMPTLAYER_API_KEY: using a local PromptLayer server at {server.base_url}")
            pl = stack.enter_context(PromptLayer(api_key=server.api_key, base_url=server.base_url))

        listing = list_prompt_templates.sync_detailed(client=pl.api, per_page=10)
        if listing.parsed is None:
            print(f"Listing templates failed: HTTP {int(listing.status_code)} {listing.content[:200]!r}")
            return 1
        print(f"{listing.parsed.total} template(s):")
        for item in listing.parsed.items:
            print(f"  {item.prompt_name} (id {item.id}, version {item.version})")

        variables = GetPromptTemplateInputVariablesType0.from_dict({"name": "Ada", "product": "PromptLayer"})
        request = GetPromptTemplate(
            label="prod", provider=LlmKwargsProvider.OPENAI, input_variables=variables
        )
        fetched = get_prompt_template.sync_detailed(TEMPLATE, client=pl.api, body=request)
        if fetched.parsed is None:
            print(f"Fetching {TEMPLATE!r} failed: HTTP {int(fetched.status_code)} {fetched.content[:200]!r}")
            return 1
        template = fetched.parsed
        print(f"\n{template.prompt_name} v{template.version}, ready for OpenAI:")
        llm_kwargs = template.llm_kwargs.to_dict() if template.llm_kwargs else {}
        print(json.dumps(llm_kwargs, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
