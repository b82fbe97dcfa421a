import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.folder_entity_list_response import FolderEntityListResponse
from ...models.folder_entity_sort_field import FolderEntitySortField
from ...models.folder_entity_type import FolderEntityType
from ...models.folder_error_response import FolderErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workspace_id: int,
    folder_id: int | Unset = UNSET,
    filter_type: FolderEntityType | list[FolderEntityType] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    flatten: bool | Unset = False,
    include_metadata: bool | Unset = False,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: FolderEntitySortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    tags: list[str] | str | Unset = UNSET,
    semantic_search: bool | Unset = False,
    semantic_search_top_k: int | Unset = 100,
    semantic_search_threshold: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    params["folder_id"] = folder_id

    json_filter_type: list[str] | str | Unset
    if isinstance(filter_type, Unset):
        json_filter_type = UNSET
    elif isinstance(filter_type, FolderEntityType):
        json_filter_type = filter_type.value
    else:
        json_filter_type = []
        for filter_type_type_1_item_data in filter_type:
            filter_type_type_1_item = filter_type_type_1_item_data.value
            json_filter_type.append(filter_type_type_1_item)

    params["filter_type"] = json_filter_type

    params["search_query"] = search_query

    params["flatten"] = flatten

    params["include_metadata"] = include_metadata

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

    json_tags: list[str] | str | Unset
    if isinstance(tags, Unset):
        json_tags = UNSET
    elif isinstance(tags, list):
        json_tags = tags

    else:
        json_tags = tags
    params["tags"] = json_tags

    params["semantic_search"] = semantic_search

    params["semantic_search_top_k"] = semantic_search_top_k

    params["semantic_search_threshold"] = semantic_search_threshold

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/folders/entities",
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
) -> (
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | FolderEntityListResponse
    | FolderErrorResponse
    | None
):
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = FolderEntityListResponse.from_dict(response.json())

        return response_200

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
        response_404 = FolderErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[
    ErrorResponse | ErrorResponse | HTTPValidationError | FolderEntityListResponse | FolderErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    folder_id: int | Unset = UNSET,
    filter_type: FolderEntityType | list[FolderEntityType] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    flatten: bool | Unset = False,
    include_metadata: bool | Unset = False,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: FolderEntitySortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    tags: list[str] | str | Unset = UNSET,
    semantic_search: bool | Unset = False,
    semantic_search_top_k: int | Unset = 100,
    semantic_search_threshold: float | Unset = UNSET,
) -> Response[
    ErrorResponse | ErrorResponse | HTTPValidationError | FolderEntityListResponse | FolderErrorResponse
]:
    """List the objects in a folder (or the workspace root), with filters and sorting

    Args:
        workspace_id (int):
        folder_id (int | Unset):
        filter_type (FolderEntityType | list[FolderEntityType] | Unset):
        search_query (str | Unset):
        flatten (bool | Unset):  Default: False.
        include_metadata (bool | Unset):  Default: False.
        created_by_email (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        external_source (str | Unset):
        external_id (str | Unset):
        sort_by (FolderEntitySortField | Unset): Fields a folder listing can be sorted by.
        sort_order (SortOrder | Unset): Ordering direction.
        tags (list[str] | str | Unset):
        semantic_search (bool | Unset):  Default: False.
        semantic_search_top_k (int | Unset):  Default: 100.
        semantic_search_threshold (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | FolderEntityListResponse | FolderErrorResponse]
    """

    request_kwargs = _get_kwargs(
        workspace_id=workspace_id,
        folder_id=folder_id,
        filter_type=filter_type,
        search_query=search_query,
        flatten=flatten,
        include_metadata=include_metadata,
        created_by_email=created_by_email,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        external_source=external_source,
        external_id=external_id,
        sort_by=sort_by,
        sort_order=sort_order,
        tags=tags,
        semantic_search=semantic_search,
        semantic_search_top_k=semantic_search_top_k,
        semantic_search_threshold=semantic_search_threshold,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    folder_id: int | Unset = UNSET,
    filter_type: FolderEntityType | list[FolderEntityType] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    flatten: bool | Unset = False,
    include_metadata: bool | Unset = False,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: FolderEntitySortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    tags: list[str] | str | Unset = UNSET,
    semantic_search: bool | Unset = False,
    semantic_search_top_k: int | Unset = 100,
    semantic_search_threshold: float | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | FolderEntityListResponse
    | FolderErrorResponse
    | None
):
    """List the objects in a folder (or the workspace root), with filters and sorting

    Args:
        workspace_id (int):
        folder_id (int | Unset):
        filter_type (FolderEntityType | list[FolderEntityType] | Unset):
        search_query (str | Unset):
        flatten (bool | Unset):  Default: False.
        include_metadata (bool | Unset):  Default: False.
        created_by_email (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        external_source (str | Unset):
        external_id (str | Unset):
        sort_by (FolderEntitySortField | Unset): Fields a folder listing can be sorted by.
        sort_order (SortOrder | Unset): Ordering direction.
        tags (list[str] | str | Unset):
        semantic_search (bool | Unset):  Default: False.
        semantic_search_top_k (int | Unset):  Default: 100.
        semantic_search_threshold (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | FolderEntityListResponse | FolderErrorResponse
    """

    return sync_detailed(
        client=client,
        workspace_id=workspace_id,
        folder_id=folder_id,
        filter_type=filter_type,
        search_query=search_query,
        flatten=flatten,
        include_metadata=include_metadata,
        created_by_email=created_by_email,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        external_source=external_source,
        external_id=external_id,
        sort_by=sort_by,
        sort_order=sort_order,
        tags=tags,
        semantic_search=semantic_search,
        semantic_search_top_k=semantic_search_top_k,
        semantic_search_threshold=semantic_search_threshold,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    folder_id: int | Unset = UNSET,
    filter_type: FolderEntityType | list[FolderEntityType] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    flatten: bool | Unset = False,
    include_metadata: bool | Unset = False,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: FolderEntitySortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    tags: list[str] | str | Unset = UNSET,
    semantic_search: bool | Unset = False,
    semantic_search_top_k: int | Unset = 100,
    semantic_search_threshold: float | Unset = UNSET,
) -> Response[
    ErrorResponse | ErrorResponse | HTTPValidationError | FolderEntityListResponse | FolderErrorResponse
]:
    """List the objects in a folder (or the workspace root), with filters and sorting

    Args:
        workspace_id (int):
        folder_id (int | Unset):
        filter_type (FolderEntityType | list[FolderEntityType] | Unset):
        search_query (str | Unset):
        flatten (bool | Unset):  Default: False.
        include_metadata (bool | Unset):  Default: False.
        created_by_email (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        external_source (str | Unset):
        external_id (str | Unset):
        sort_by (FolderEntitySortField | Unset): Fields a folder listing can be sorted by.
        sort_order (SortOrder | Unset): Ordering direction.
        tags (list[str] | str | Unset):
        semantic_search (bool | Unset):  Default: False.
        semantic_search_top_k (int | Unset):  Default: 100.
        semantic_search_threshold (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | FolderEntityListResponse | FolderErrorResponse]
    """

    request_kwargs = _get_kwargs(
        workspace_id=workspace_id,
        folder_id=folder_id,
        filter_type=filter_type,
        search_query=search_query,
        flatten=flatten,
        include_metadata=include_metadata,
        created_by_email=created_by_email,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        external_source=external_source,
        external_id=external_id,
        sort_by=sort_by,
        sort_order=sort_order,
        tags=tags,
        semantic_search=semantic_search,
        semantic_search_top_k=semantic_search_top_k,
        semantic_search_threshold=semantic_search_threshold,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int,
    folder_id: int | Unset = UNSET,
    filter_type: FolderEntityType | list[FolderEntityType] | Unset = UNSET,
    search_query: str | Unset = UNSET,
    flatten: bool | Unset = False,
    include_metadata: bool | Unset = False,
    created_by_email: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    updated_after: datetime.datetime | Unset = UNSET,
    updated_before: datetime.datetime | Unset = UNSET,
    external_source: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    sort_by: FolderEntitySortField | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    tags: list[str] | str | Unset = UNSET,
    semantic_search: bool | Unset = False,
    semantic_search_top_k: int | Unset = 100,
    semantic_search_threshold: float | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | FolderEntityListResponse
    | FolderErrorResponse
    | None
):
    """List the objects in a folder (or the workspace root), with filters and sorting

    Args:
        workspace_id (int):
        folder_id (int | Unset):
        filter_type (FolderEntityType | list[FolderEntityType] | Unset):
        search_query (str | Unset):
        flatten (bool | Unset):  Default: False.
        include_metadata (bool | Unset):  Default: False.
        created_by_email (str | Unset):
        created_after (datetime.datetime | Unset):
        created_before (datetime.datetime | Unset):
        updated_after (datetime.datetime | Unset):
        updated_before (datetime.datetime | Unset):
        external_source (str | Unset):
        external_id (str | Unset):
        sort_by (FolderEntitySortField | Unset): Fields a folder listing can be sorted by.
        sort_order (SortOrder | Unset): Ordering direction.
        tags (list[str] | str | Unset):
        semantic_search (bool | Unset):  Default: False.
        semantic_search_top_k (int | Unset):  Default: 100.
        semantic_search_threshold (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | FolderEntityListResponse | FolderErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workspace_id=workspace_id,
            folder_id=folder_id,
            filter_type=filter_type,
            search_query=search_query,
            flatten=flatten,
            include_metadata=include_metadata,
            created_by_email=created_by_email,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            external_source=external_source,
            external_id=external_id,
            sort_by=sort_by,
            sort_order=sort_order,
            tags=tags,
            semantic_search=semantic_search,
            semantic_search_top_k=semantic_search_top_k,
            semantic_search_threshold=semantic_search_threshold,
        )
    ).parsed
