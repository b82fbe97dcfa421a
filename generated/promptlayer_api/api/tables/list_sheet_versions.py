from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sheet_version_list_response import SheetVersionListResponse
from ...models.sheet_version_sort_field import SheetVersionSortField
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table_id: UUID,
    sheet_id: UUID,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: SheetVersionSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/versions".format(
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
) -> ErrorResponse | SheetVersionListResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = SheetVersionListResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SheetVersionListResponse]:
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: SheetVersionSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> Response[ErrorResponse | SheetVersionListResponse]:
    """List the sheet's saved versions, a page at a time

    Args:
        table_id (UUID):
        sheet_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):
        sort (SheetVersionSortField | Unset): Fields versions can be sorted by.
        order (SortOrder | Unset): Ordering direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SheetVersionListResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        cursor=cursor,
        limit=limit,
        sort=sort,
        order=order,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: SheetVersionSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> ErrorResponse | SheetVersionListResponse | None:
    """List the sheet's saved versions, a page at a time

    Args:
        table_id (UUID):
        sheet_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):
        sort (SheetVersionSortField | Unset): Fields versions can be sorted by.
        order (SortOrder | Unset): Ordering direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SheetVersionListResponse
    """

    return sync_detailed(
        table_id=table_id,
        sheet_id=sheet_id,
        client=client,
        cursor=cursor,
        limit=limit,
        sort=sort,
        order=order,
    ).parsed


async def asyncio_detailed(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: SheetVersionSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> Response[ErrorResponse | SheetVersionListResponse]:
    """List the sheet's saved versions, a page at a time

    Args:
        table_id (UUID):
        sheet_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):
        sort (SheetVersionSortField | Unset): Fields versions can be sorted by.
        order (SortOrder | Unset): Ordering direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SheetVersionListResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        cursor=cursor,
        limit=limit,
        sort=sort,
        order=order,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: SheetVersionSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> ErrorResponse | SheetVersionListResponse | None:
    """List the sheet's saved versions, a page at a time

    Args:
        table_id (UUID):
        sheet_id (UUID):
        cursor (str | Unset):
        limit (int | Unset):
        sort (SheetVersionSortField | Unset): Fields versions can be sorted by.
        order (SortOrder | Unset): Ordering direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SheetVersionListResponse
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            sheet_id=sheet_id,
            client=client,
            cursor=cursor,
            limit=limit,
            sort=sort,
            order=order,
        )
    ).parsed
