from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.row_list_response import RowListResponse
from ...models.table_sort_order import TableSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table_id: UUID,
    sheet_id: UUID,
    *,
    include_system_columns: bool | Unset = False,
    include_execution_metadata_aggregates: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    order: TableSortOrder | Unset = UNSET,
    include_columns: bool | Unset = UNSET,
    include_row_count: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_system_columns"] = include_system_columns

    params["include_execution_metadata_aggregates"] = include_execution_metadata_aggregates

    params["cursor"] = cursor

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["include_columns"] = include_columns

    params["include_row_count"] = include_row_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/rows".format(
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
) -> ErrorResponse | RowListResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = RowListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | RowListResponse]:
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
    include_execution_metadata_aggregates: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    order: TableSortOrder | Unset = UNSET,
    include_columns: bool | Unset = UNSET,
    include_row_count: bool | Unset = True,
) -> Response[ErrorResponse | RowListResponse]:
    """Page through a sheet's rows, each with its cells keyed by column id

    Args:
        table_id (UUID):
        sheet_id (UUID):
        include_system_columns (bool | Unset):  Default: False.
        include_execution_metadata_aggregates (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        order (TableSortOrder | Unset): Ascending or descending order.
        include_columns (bool | Unset):
        include_row_count (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RowListResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        include_system_columns=include_system_columns,
        include_execution_metadata_aggregates=include_execution_metadata_aggregates,
        cursor=cursor,
        limit=limit,
        order=order,
        include_columns=include_columns,
        include_row_count=include_row_count,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_system_columns: bool | Unset = False,
    include_execution_metadata_aggregates: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    order: TableSortOrder | Unset = UNSET,
    include_columns: bool | Unset = UNSET,
    include_row_count: bool | Unset = True,
) -> ErrorResponse | RowListResponse | None:
    """Page through a sheet's rows, each with its cells keyed by column id

    Args:
        table_id (UUID):
        sheet_id (UUID):
        include_system_columns (bool | Unset):  Default: False.
        include_execution_metadata_aggregates (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        order (TableSortOrder | Unset): Ascending or descending order.
        include_columns (bool | Unset):
        include_row_count (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RowListResponse
    """

    return sync_detailed(
        table_id=table_id,
        sheet_id=sheet_id,
        client=client,
        include_system_columns=include_system_columns,
        include_execution_metadata_aggregates=include_execution_metadata_aggregates,
        cursor=cursor,
        limit=limit,
        order=order,
        include_columns=include_columns,
        include_row_count=include_row_count,
    ).parsed


async def asyncio_detailed(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_system_columns: bool | Unset = False,
    include_execution_metadata_aggregates: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    order: TableSortOrder | Unset = UNSET,
    include_columns: bool | Unset = UNSET,
    include_row_count: bool | Unset = True,
) -> Response[ErrorResponse | RowListResponse]:
    """Page through a sheet's rows, each with its cells keyed by column id

    Args:
        table_id (UUID):
        sheet_id (UUID):
        include_system_columns (bool | Unset):  Default: False.
        include_execution_metadata_aggregates (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        order (TableSortOrder | Unset): Ascending or descending order.
        include_columns (bool | Unset):
        include_row_count (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RowListResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        include_system_columns=include_system_columns,
        include_execution_metadata_aggregates=include_execution_metadata_aggregates,
        cursor=cursor,
        limit=limit,
        order=order,
        include_columns=include_columns,
        include_row_count=include_row_count,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    include_system_columns: bool | Unset = False,
    include_execution_metadata_aggregates: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
    order: TableSortOrder | Unset = UNSET,
    include_columns: bool | Unset = UNSET,
    include_row_count: bool | Unset = True,
) -> ErrorResponse | RowListResponse | None:
    """Page through a sheet's rows, each with its cells keyed by column id

    Args:
        table_id (UUID):
        sheet_id (UUID):
        include_system_columns (bool | Unset):  Default: False.
        include_execution_metadata_aggregates (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.
        order (TableSortOrder | Unset): Ascending or descending order.
        include_columns (bool | Unset):
        include_row_count (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RowListResponse
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            sheet_id=sheet_id,
            client=client,
            include_system_columns=include_system_columns,
            include_execution_metadata_aggregates=include_execution_metadata_aggregates,
            cursor=cursor,
            limit=limit,
            order=order,
            include_columns=include_columns,
            include_row_count=include_row_count,
        )
    ).parsed
