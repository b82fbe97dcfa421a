from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tool_registry_test_execute_request import ToolRegistryTestExecuteRequest
from ...models.tool_registry_test_execute_response import ToolRegistryTestExecuteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    identifier: str,
    *,
    body: ToolRegistryTestExecuteRequest,
    label: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["label"] = label

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/tool-registry/{identifier}/test-execute".format(
            identifier=quote(str(identifier), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _has_json_body(response: httpx.Response) -> bool:
    if not response.content:
        return False
    content_type = response.headers.get("content-type")
    return content_type is None or "json" in content_type.lower()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ToolRegistryTestExecuteResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ToolRegistryTestExecuteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if not _has_json_body(response):
            return None
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        if not _has_json_body(response):
            return None
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 502:
        if not _has_json_body(response):
            return None
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ToolRegistryTestExecuteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolRegistryTestExecuteRequest,
    label: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[ErrorResponse | ToolRegistryTestExecuteResponse]:
    """Run a registry tool's code once in the sandbox with given inputs, without a prompt

    Args:
        identifier (str):
        label (str | Unset):
        version (str | Unset):
        body (ToolRegistryTestExecuteRequest): Inputs for a trial run; execution and
            tool_definition try unsaved changes without storing them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolRegistryTestExecuteResponse]
    """

    request_kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
        label=label,
        version=version,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolRegistryTestExecuteRequest,
    label: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> ErrorResponse | ToolRegistryTestExecuteResponse | None:
    """Run a registry tool's code once in the sandbox with given inputs, without a prompt

    Args:
        identifier (str):
        label (str | Unset):
        version (str | Unset):
        body (ToolRegistryTestExecuteRequest): Inputs for a trial run; execution and
            tool_definition try unsaved changes without storing them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolRegistryTestExecuteResponse
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        body=body,
        label=label,
        version=version,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolRegistryTestExecuteRequest,
    label: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[ErrorResponse | ToolRegistryTestExecuteResponse]:
    """Run a registry tool's code once in the sandbox with given inputs, without a prompt

    Args:
        identifier (str):
        label (str | Unset):
        version (str | Unset):
        body (ToolRegistryTestExecuteRequest): Inputs for a trial run; execution and
            tool_definition try unsaved changes without storing them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolRegistryTestExecuteResponse]
    """

    request_kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
        label=label,
        version=version,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolRegistryTestExecuteRequest,
    label: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> ErrorResponse | ToolRegistryTestExecuteResponse | None:
    """Run a registry tool's code once in the sandbox with given inputs, without a prompt

    Args:
        identifier (str):
        label (str | Unset):
        version (str | Unset):
        body (ToolRegistryTestExecuteRequest): Inputs for a trial run; execution and
            tool_definition try unsaved changes without storing them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolRegistryTestExecuteResponse
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
            label=label,
            version=version,
        )
    ).parsed
