from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.table_list_response import TableListResponse
from ...models.table_sort_order import TableSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    folder_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: TableSortOrder | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    prompt_version_id: int | Unset = UNSET,
    prompt_label_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder_id"] = folder_id

    params["name"] = name

    params["cursor"] = cursor

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["prompt_id"] = prompt_id

    params["prompt_version_id"] = prompt_version_id

    params["prompt_label_id"] = prompt_label_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/tables",
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
) -> ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = TableListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        if not _has_json_body(response):
            return None
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        if not _has_json_body(response):
            return None

        def _parse_response_422(data: object) -> ErrorResponse | HTTPValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = HTTPValidationError.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = ErrorResponse.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: TableSortOrder | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    prompt_version_id: int | Unset = UNSET,
    prompt_label_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse]:
    """Page through the workspace's tables

    Args:
        folder_id (int | Unset):
        name (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        order (TableSortOrder | Unset): Ascending or descending order.
        prompt_id (int | Unset):
        prompt_version_id (int | Unset):
        prompt_label_id (int | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse]
    """

    request_kwargs = _get_kwargs(
        folder_id=folder_id,
        name=name,
        cursor=cursor,
        limit=limit,
        order=order,
        prompt_id=prompt_id,
        prompt_version_id=prompt_version_id,
        prompt_label_id=prompt_label_id,
        page=page,
        per_page=per_page,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    folder_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: TableSortOrder | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    prompt_version_id: int | Unset = UNSET,
    prompt_label_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse | None:
    """Page through the workspace's tables

    Args:
        folder_id (int | Unset):
        name (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        order (TableSortOrder | Unset): Ascending or descending order.
        prompt_id (int | Unset):
        prompt_version_id (int | Unset):
        prompt_label_id (int | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse
    """

    return sync_detailed(
        client=client,
        folder_id=folder_id,
        name=name,
        cursor=cursor,
        limit=limit,
        order=order,
        prompt_id=prompt_id,
        prompt_version_id=prompt_version_id,
        prompt_label_id=prompt_label_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: TableSortOrder | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    prompt_version_id: int | Unset = UNSET,
    prompt_label_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse]:
    """Page through the workspace's tables

    Args:
        folder_id (int | Unset):
        name (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        order (TableSortOrder | Unset): Ascending or descending order.
        prompt_id (int | Unset):
        prompt_version_id (int | Unset):
        prompt_label_id (int | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse]
    """

    request_kwargs = _get_kwargs(
        folder_id=folder_id,
        name=name,
        cursor=cursor,
        limit=limit,
        order=order,
        prompt_id=prompt_id,
        prompt_version_id=prompt_version_id,
        prompt_label_id=prompt_label_id,
        page=page,
        per_page=per_page,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 20,
    order: TableSortOrder | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    prompt_version_id: int | Unset = UNSET,
    prompt_label_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse | None:
    """Page through the workspace's tables

    Args:
        folder_id (int | Unset):
        name (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 20.
        order (TableSortOrder | Unset): Ascending or descending order.
        prompt_id (int | Unset):
        prompt_version_id (int | Unset):
        prompt_label_id (int | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | TableListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            folder_id=folder_id,
            name=name,
            cursor=cursor,
            limit=limit,
            order=order,
            prompt_id=prompt_id,
            prompt_version_id=prompt_version_id,
            prompt_label_id=prompt_label_id,
            page=page,
            per_page=per_page,
        )
    ).parsed
