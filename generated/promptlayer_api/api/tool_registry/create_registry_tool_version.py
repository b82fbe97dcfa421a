from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tool_registry_version_create_request import ToolRegistryVersionCreateRequest
from ...models.tool_registry_version_create_response import ToolRegistryVersionCreateResponse
from ...types import Response


def _get_kwargs(
    identifier: str,
    *,
    body: ToolRegistryVersionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/tool-registry/{identifier}/versions".format(
            identifier=quote(str(identifier), safe=""),
        ),
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
) -> ErrorResponse | ToolRegistryVersionCreateResponse | None:
    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = ToolRegistryVersionCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        if not _has_json_body(response):
            return None
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ToolRegistryVersionCreateResponse]:
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
    body: ToolRegistryVersionCreateRequest,
) -> Response[ErrorResponse | ToolRegistryVersionCreateResponse]:
    """Save a new version of a registry tool's definition and optional code

    Args:
        identifier (str):
        body (ToolRegistryVersionCreateRequest): The content of a new tool version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolRegistryVersionCreateResponse]
    """

    request_kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolRegistryVersionCreateRequest,
) -> ErrorResponse | ToolRegistryVersionCreateResponse | None:
    """Save a new version of a registry tool's definition and optional code

    Args:
        identifier (str):
        body (ToolRegistryVersionCreateRequest): The content of a new tool version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolRegistryVersionCreateResponse
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolRegistryVersionCreateRequest,
) -> Response[ErrorResponse | ToolRegistryVersionCreateResponse]:
    """Save a new version of a registry tool's definition and optional code

    Args:
        identifier (str):
        body (ToolRegistryVersionCreateRequest): The content of a new tool version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolRegistryVersionCreateResponse]
    """

    request_kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: ToolRegistryVersionCreateRequest,
) -> ErrorResponse | ToolRegistryVersionCreateResponse | None:
    """Save a new version of a registry tool's definition and optional code

    Args:
        identifier (str):
        body (ToolRegistryVersionCreateRequest): The content of a new tool version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolRegistryVersionCreateResponse
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
