"""Import cost and shape of the generated package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import promptlayer_api

MODEL_PREFIX = "promptlayer_api.models."


def imported_modules(statement: str) -> list[str]:
    """Modules a fresh interpreter has loaded after running `statement`."""
    script = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_get_template_operation_loads_few_models() -> None:
    loaded = imported_modules("import promptlayer_api.api.prompt_templates.get_prompt_template")
    models = [name for name in loaded if name.startswith(MODEL_PREFIX)]
    assert "promptlayer_api.api.prompt_templates.get_prompt_template" in loaded
    assert 0 < len(models) < 40, models
    total = len(list((Path(promptlayer_api.__file__).parent / "models").glob("*.py")))
    assert total > 150  # the whole set is far larger than what one endpoint needs


def test_models_package_is_lazy() -> None:
    loaded = imported_modules("from promptlayer_api.models import ChatPrompt")
    models = [name for name in loaded if name.startswith(MODEL_PREFIX)]
    assert models == ["promptlayer_api.models.chat_prompt"]


def test_every_model_resolves() -> None:
    import promptlayer_api.models as models

    for name in models.__all__:
        assert getattr(models, name).__name__ == name
    assert "ChatPrompt" in dir(models)


def test_typed_marker_is_shipped() -> None:
    assert (Path(promptlayer_api.__file__).parent / "py.typed").exists()
