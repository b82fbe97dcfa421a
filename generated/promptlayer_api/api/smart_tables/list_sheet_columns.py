from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.column_list_response import ColumnListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table_id: UUID,
    sheet_id: UUID,
    *,
    include_system_columns: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_system_columns"] = include_system_columns

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/columns".format(
            table_id=quote(str(table_id), safe=""),
            sheet_id=quote(str(sheet_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _has_json_body(response: httpx.Response) -> bool:
    if not response.content:
        return False
    content_type = response.headers.get("content-type")
    return content_type is None or "json" in content_type.lower()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ColumnListResponse | ErrorResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ColumnListResponse.from_dict(response.json())

        return response_200

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
) -> Response[ColumnListResponse | ErrorResponse]:
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
    include_system_columns: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[ColumnListResponse | ErrorResponse]:
    """Page through a sheet's columns in display order

    Args:
        table_id (UUID):
        sheet_id (UUID):
        include_system_columns (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ColumnListResponse | ErrorResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        include_system_columns=include_system_columns,
        cursor=cursor,
        limit=limit,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_system_columns: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> ColumnListResponse | ErrorResponse | None:
    """Page through a sheet's columns in display order

    Args:
        table_id (UUID):
        sheet_id (UUID):
        include_system_columns (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ColumnListResponse | ErrorResponse
    """

    return sync_detailed(
        table_id=table_id,
        sheet_id=sheet_id,
        client=client,
        include_system_columns=include_system_columns,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_system_columns: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[ColumnListResponse | ErrorResponse]:
    """Page through a sheet's columns in display order

    Args:
        table_id (UUID):
        sheet_id (UUID):
        include_system_columns (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ColumnListResponse | ErrorResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        include_system_columns=include_system_columns,
        cursor=cursor,
        limit=limit,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_system_columns: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> ColumnListResponse | ErrorResponse | None:
    """Page through a sheet's columns in display order

    Args:
        table_id (UUID):
        sheet_id (UUID):
        include_system_columns (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ColumnListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            sheet_id=sheet_id,
            client=client,
            include_system_columns=include_system_columns,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
