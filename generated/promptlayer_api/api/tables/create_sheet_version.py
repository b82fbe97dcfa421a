from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sheet_version_create_request import SheetVersionCreateRequest
from ...models.sheet_version_response import SheetVersionResponse
from ...types import Response


def _get_kwargs(
    table_id: UUID,
    sheet_id: UUID,
    *,
    body: SheetVersionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/versions".format(
            table_id=quote(str(table_id), safe=""),
            sheet_id=quote(str(sheet_id), safe=""),
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
) -> ErrorResponse | SheetVersionResponse | None:
    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = SheetVersionResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        if not _has_json_body(response):
            return None
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        if not _has_json_body(response):
            return None
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | SheetVersionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SheetVersionCreateRequest,
) -> Response[ErrorResponse | SheetVersionResponse]:
    """Save the sheet as a new named version, or restore an earlier version as a new one

    Args:
        table_id (UUID):
        sheet_id (UUID):
        body (SheetVersionCreateRequest): A new version: a name, or an earlier version to restore
            (or both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SheetVersionResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SheetVersionCreateRequest,
) -> ErrorResponse | SheetVersionResponse | None:
    """Save the sheet as a new named version, or restore an earlier version as a new one

    Args:
        table_id (UUID):
        sheet_id (UUID):
        body (SheetVersionCreateRequest): A new version: a name, or an earlier version to restore
            (or both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SheetVersionResponse
    """

    return sync_detailed(
        table_id=table_id,
        sheet_id=sheet_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SheetVersionCreateRequest,
) -> Response[ErrorResponse | SheetVersionResponse]:
    """Save the sheet as a new named version, or restore an earlier version as a new one

    Args:
        table_id (UUID):
        sheet_id (UUID):
        body (SheetVersionCreateRequest): A new version: a name, or an earlier version to restore
            (or both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SheetVersionResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SheetVersionCreateRequest,
) -> ErrorResponse | SheetVersionResponse | None:
    """Save the sheet as a new named version, or restore an earlier version as a new one

    Args:
        table_id (UUID):
        sheet_id (UUID):
        body (SheetVersionCreateRequest): A new version: a name, or an earlier version to restore
            (or both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SheetVersionResponse
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            sheet_id=sheet_id,
            client=client,
            body=body,
        )
    ).parsed
