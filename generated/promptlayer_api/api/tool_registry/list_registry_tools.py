import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.tool_registry_list_response import ToolRegistryListResponse
from ...models.tool_registry_sort_by import ToolRegistrySortBy
from ...models.tool_registry_sort_order import ToolRegistrySortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: ToolRegistrySortBy | Unset = UNSET,
    sort_order: ToolRegistrySortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["created_by_email"] = created_by_email

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    json_updated_after: str | Unset = UNSET
    if not isinstance(updated_after, Unset):
        json_updated_after = updated_after.isoformat()
    params["updated_after"] = json_updated_after

    json_updated_before: str | Unset = UNSET
    if not isinstance(updated_before, Unset):
        json_updated_before = updated_before.isoformat()
    params["updated_before"] = json_updated_before

    params["external_source"] = external_source

    params["external_id"] = external_id

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/tool-registry",
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
) -> ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ToolRegistryListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: ToolRegistrySortBy | Unset = UNSET,
    sort_order: ToolRegistrySortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse]:
    """List the tools in the workspace's tool registry

    Args:
        created_by_email (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        external_source (str | Unset):
        external_id (str | Unset):
        sort_by (ToolRegistrySortBy | Unset): Fields a tool list can be ordered by.
        sort_order (ToolRegistrySortOrder | Unset): Ascending or descending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse]
    """

    request_kwargs = _get_kwargs(
        created_by_email=created_by_email,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        external_source=external_source,
        external_id=external_id,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: ToolRegistrySortBy | Unset = UNSET,
    sort_order: ToolRegistrySortOrder | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse | None:
    """List the tools in the workspace's tool registry

    Args:
        created_by_email (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        external_source (str | Unset):
        external_id (str | Unset):
        sort_by (ToolRegistrySortBy | Unset): Fields a tool list can be ordered by.
        sort_order (ToolRegistrySortOrder | Unset): Ascending or descending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse
    """

    return sync_detailed(
        client=client,
        created_by_email=created_by_email,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        external_source=external_source,
        external_id=external_id,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: ToolRegistrySortBy | Unset = UNSET,
    sort_order: ToolRegistrySortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse]:
    """List the tools in the workspace's tool registry

    Args:
        created_by_email (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        external_source (str | Unset):
        external_id (str | Unset):
        sort_by (ToolRegistrySortBy | Unset): Fields a tool list can be ordered by.
        sort_order (ToolRegistrySortOrder | Unset): Ascending or descending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse]
    """

    request_kwargs = _get_kwargs(
        created_by_email=created_by_email,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        external_source=external_source,
        external_id=external_id,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: ToolRegistrySortBy | Unset = UNSET,
    sort_order: ToolRegistrySortOrder | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse | None:
    """List the tools in the workspace's tool registry

    Args:
        created_by_email (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        external_source (str | Unset):
        external_id (str | Unset):
        sort_by (ToolRegistrySortBy | Unset): Fields a tool list can be ordered by.
        sort_order (ToolRegistrySortOrder | Unset): Ascending or descending order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | ToolRegistryListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            created_by_email=created_by_email,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            external_source=external_source,
            external_id=external_id,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
