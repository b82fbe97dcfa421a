"""The main example: list prompt templates, then fetch one rendered for OpenAI.

With PROMPTLAYER_API_KEY set it talks to the real service (or to PROMPTLAYER_BASE_URL);
without it, to a local PromptLayer server started here with examples/seed.json.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from pathlib import Path

from promptlayer_api.api.prompt_templates import list_prompt_templates
from promptlayer_api.models import ListPromptTemplates

from promptlayer import PromptLayer

SEED = Path(__file__).with_name("seed.json")
TEMPLATE = os.environ.get("EXAMPLE_TEMPLATE", "welcome-email")


def main() -> int:
    with ExitStack() as stack:
        if os.environ.get("PROMPTLAYER_API_KEY"):
            pl = stack.enter_context(PromptLayer(cache_ttl_seconds=60))
        else:
            from promptlayer.testing import LocalPromptLayer

            server = stack.enter_context(LocalPromptLayer(seed=SEED))
            print(f"No PROMPTLAYER_API_KEY: using a local PromptLayer server at {server.base_url}")
            pl = stack.enter_context(
                PromptLayer(api_key=server.api_key, base_url=server.base_url, cache_ttl_seconds=60)
            )

        templates = pl.templates.all(per_page=10) or []
        print(f"{len(templates)} template(s):")
        for item in templates:
            print(f"  {item['prompt_name']} (id {item['id']}, version {item.get('version')})")

        params = {
            "label": "prod",
            "provider": "openai",
            "input_variables": {"name": "Ada", "product": "PromptLayer"},
        }
        template = pl.templates.get(TEMPLATE, params)
        if template is None:
            return 1
        print(f"\n{template['prompt_name']} v{template.get('version')}, ready for OpenAI:")
        print(json.dumps(template.get("llm_kwargs"), indent=2))

        # Any endpoint, typed, through the generated client sharing the same connections:
        page = list_prompt_templates.sync_detailed(client=pl.api, per_page=1).parsed
        total = page.total if isinstance(page, ListPromptTemplates) else "?"
        print(f"\nThe generated client sees {total} template(s) too.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
