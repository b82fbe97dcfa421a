"""Keeping credentials out of what is logged: the one place that knows what a secret looks like.

Two ways, both applied to every provider call logged (run() and the proxies): kwargs and
headers whose names say they carry credentials are dropped (`is_sensitive_name`), and the
keys in use are masked wherever they appear, e.g. echoed in an error message (`mask_secrets`).
Error messages built from PromptLayer's answers mask the credentials their request carried
(`errors.py`). A bottom module: it imports nothing of the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

REDACTED = "[redacted]"
# kwargs and header names that carry credentials: never logged.
_SENSITIVE_NAME = re.compile(
    r"(^|[-_])(authorization|api[-_]?key|subscription[-_]key|token|secret|password|cookie)$", re.IGNORECASE
)
# Shorter values are not keys, and masking them would garble unrelated text.
_MIN_SECRET_LENGTH = 8


def is_sensitive_name(name: str) -> bool:
    """Whether a kwarg or header called `name` carries credentials."""
    return _SENSITIVE_NAME.search(name) is not None


def secrets_among(values: Iterable[object]) -> list[str]:
    """The values that can be keys (strings long enough), to mask."""
    return [value for value in values if isinstance(value, str) and len(value) >= _MIN_SECRET_LENGTH]


def mask_secrets(value: Any, secrets: list[str]) -> Any:
    """`value` with every occurrence of a secret replaced."""
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, dict):
        return {mask_secrets(key, secrets): mask_secrets(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [mask_secrets(item, secrets) for item in value]
    return value
