"""`pl.api` (the generated client) follows the facade's retry policy, on both clients."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from promptlayer_api.api.env_vars import (
    create_workspace_env_var,
    list_workspace_env_vars,
    update_workspace_env_var,
)
from promptlayer_api.models import EnvVarCreateRequest, EnvVarUpdateRequest

from promptlayer import AsyncPromptLayer, PromptLayer
from promptlayer.testing import Fault, LocalPromptLayer

from .conftest import KEY


def call(mode: str, module: Any, make: Any, **kwargs: Any) -> Any:
    """Run one generated operation on a fresh client of `mode`; answer its Response."""
    if mode == "sync":
        with make(PromptLayer) as pl:
            return module.sync_detailed(client=pl.api, **kwargs)

    async def run() -> Any:
        async with make(AsyncPromptLayer) as pl:
            return await module.asyncio_detailed(client=pl.api, **kwargs)

    return asyncio.run(run())


@pytest.fixture
def make(server: LocalPromptLayer) -> Any:
    def build(cls: type, **kwargs: Any) -> Any:
        return cls(api_key=KEY, base_url=server.base_url, **kwargs)

    return build


def test_a_read_is_retried_after_server_errors(
    mode: str, make: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("list_workspace_env_vars", Fault.server_error(500), times=2)
    response = call(mode, list_workspace_env_vars, make)
    assert response.status_code == 200
    assert len(server.requests_for("list_workspace_env_vars")) == 3
    assert len(sleeps) == 2


def test_a_write_is_not_resent_after_a_500(
    mode: str, make: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("create_workspace_env_var", Fault.server_error(500))
    body = EnvVarCreateRequest.from_dict({"key": "TOKEN", "value": "s3cret"})
    response = call(mode, create_workspace_env_var, make, body=body)
    assert response.status_code == 500
    assert len(server.requests_for("create_workspace_env_var")) == 1
    assert sleeps == []


def test_a_write_is_resent_when_the_server_cannot_have_applied_it(
    mode: str, make: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("create_workspace_env_var", Fault.rate_limited(retry_after=0.25))
    body = EnvVarCreateRequest.from_dict({"key": "TOKEN", "value": "s3cret"})
    response = call(mode, create_workspace_env_var, make, body=body)
    assert response.status_code == 201
    assert len(server.requests_for("create_workspace_env_var")) == 2
    assert sleeps == [0.25]  # the server's Retry-After


def test_a_write_the_spec_marks_resend_safe_is_retried_like_a_read(
    mode: str, make: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    created = call(
        mode,
        create_workspace_env_var,
        make,
        body=EnvVarCreateRequest.from_dict({"key": "TOKEN", "value": "s3cret"}),
    )
    var_id = created.parsed.workspace_env_var.id
    server.inject("update_workspace_env_var", Fault.server_error(502))
    body = EnvVarUpdateRequest.from_dict({"value": "n3w"})
    response = call(mode, update_workspace_env_var, make, var_id=var_id, body=body)
    assert response.status_code == 200
    assert len(server.requests_for("update_workspace_env_var")) == 2


def test_max_retries_zero_turns_retries_off(
    mode: str, make: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("list_workspace_env_vars", Fault.server_error(503))

    def without_retries(cls: type, **kwargs: Any) -> Any:
        return make(cls, max_retries=0, **kwargs)

    response = call(mode, list_workspace_env_vars, without_retries)
    assert response.status_code == 503
    assert len(server.requests_for("list_workspace_env_vars")) == 1
    assert sleeps == []
