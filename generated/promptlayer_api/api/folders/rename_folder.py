from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.folder_auth_error_response import FolderAuthErrorResponse
from ...models.folder_error_response import FolderErrorResponse
from ...models.folder_rename_request import FolderRenameRequest
from ...models.folder_response import FolderResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    folder_id: int,
    *,
    body: FolderRenameRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/public/v2/folders/{folder_id}".format(
            folder_id=quote(str(folder_id), safe=""),
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
) -> (
    ErrorResponse
    | HTTPValidationError
    | FolderAuthErrorResponse
    | FolderErrorResponse
    | FolderResponse
    | None
):
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = FolderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if not _has_json_body(response):
            return None
        response_400 = FolderErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        if not _has_json_body(response):
            return None
        response_401 = FolderAuthErrorResponse.from_dict(response.json())

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
    ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderErrorResponse | FolderResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FolderRenameRequest,
) -> Response[
    ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderErrorResponse | FolderResponse
]:
    """Rename a folder

    Args:
        folder_id (int):
        body (FolderRenameRequest): A folder's new name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderErrorResponse | FolderResponse]
    """

    request_kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    folder_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FolderRenameRequest,
) -> (
    ErrorResponse
    | HTTPValidationError
    | FolderAuthErrorResponse
    | FolderErrorResponse
    | FolderResponse
    | None
):
    """Rename a folder

    Args:
        folder_id (int):
        body (FolderRenameRequest): A folder's new name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderErrorResponse | FolderResponse
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    folder_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FolderRenameRequest,
) -> Response[
    ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderErrorResponse | FolderResponse
]:
    """Rename a folder

    Args:
        folder_id (int):
        body (FolderRenameRequest): A folder's new name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderErrorResponse | FolderResponse]
    """

    request_kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FolderRenameRequest,
) -> (
    ErrorResponse
    | HTTPValidationError
    | FolderAuthErrorResponse
    | FolderErrorResponse
    | FolderResponse
    | None
):
    """Rename a folder

    Args:
        folder_id (int):
        body (FolderRenameRequest): A folder's new name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | FolderAuthErrorResponse | FolderErrorResponse | FolderResponse
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            body=body,
        )
    ).parsed
