from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.folder_auth_error_response import FolderAuthErrorResponse
from ...models.folder_entities_count_response import FolderEntitiesCountResponse
from ...models.folder_entities_delete_request import FolderEntitiesDeleteRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: FolderEntitiesDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/public/v2/folders/entities",
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
) -> (
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | FolderAuthErrorResponse
    | FolderEntitiesCountResponse
    | None
):
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = FolderEntitiesCountResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if not _has_json_body(response):
            return None
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        if not _has_json_body(response):
            return None
        response_401 = FolderAuthErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        if not _has_json_body(response):
            return None
        response_404 = ErrorResponse.from_dict(response.json())

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

    if response.status_code == 500:
        if not _has_json_body(response):
            return None
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | FolderAuthErrorResponse
    | FolderEntitiesCountResponse
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
    body: FolderEntitiesDeleteRequest,
) -> Response[
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | FolderAuthErrorResponse
    | FolderEntitiesCountResponse
]:
    """Delete objects, folders included (non-empty folders only with cascade)

    Args:
        body (FolderEntitiesDeleteRequest): Objects to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderEntitiesCountResponse]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FolderEntitiesDeleteRequest,
) -> (
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | FolderAuthErrorResponse
    | FolderEntitiesCountResponse
    | None
):
    """Delete objects, folders included (non-empty folders only with cascade)

    Args:
        body (FolderEntitiesDeleteRequest): Objects to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderEntitiesCountResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FolderEntitiesDeleteRequest,
) -> Response[
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | FolderAuthErrorResponse
    | FolderEntitiesCountResponse
]:
    """Delete objects, folders included (non-empty folders only with cascade)

    Args:
        body (FolderEntitiesDeleteRequest): Objects to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderEntitiesCountResponse]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FolderEntitiesDeleteRequest,
) -> (
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | FolderAuthErrorResponse
    | FolderEntitiesCountResponse
    | None
):
    """Delete objects, folders included (non-empty folders only with cascade)

    Args:
        body (FolderEntitiesDeleteRequest): Objects to delete.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderEntitiesCountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
