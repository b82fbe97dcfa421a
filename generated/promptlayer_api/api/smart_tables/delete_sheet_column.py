from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.column_delete_response import ColumnDeleteResponse
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    table_id: UUID,
    sheet_id: UUID,
    column_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/columns/{column_id}".format(
            table_id=quote(str(table_id), safe=""),
            sheet_id=quote(str(sheet_id), safe=""),
            column_id=quote(str(column_id), safe=""),
        ),
    }

    return _kwargs


def _has_json_body(response: httpx.Response) -> bool:
    if not response.content:
        return False
    content_type = response.headers.get("content-type")
    return content_type is None or "json" in content_type.lower()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ColumnDeleteResponse.from_dict(response.json())

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

    if response.status_code == 403:
        if not _has_json_body(response):
            return None
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table_id: UUID,
    sheet_id: UUID,
    column_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError]:
    """Delete a column and its cells; cells that depend on it turn stale

    Args:
        table_id (UUID):
        sheet_id (UUID):
        column_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        column_id=column_id,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    table_id: UUID,
    sheet_id: UUID,
    column_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    """Delete a column and its cells; cells that depend on it turn stale

    Args:
        table_id (UUID):
        sheet_id (UUID):
        column_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        table_id=table_id,
        sheet_id=sheet_id,
        column_id=column_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    table_id: UUID,
    sheet_id: UUID,
    column_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError]:
    """Delete a column and its cells; cells that depend on it turn stale

    Args:
        table_id (UUID):
        sheet_id (UUID):
        column_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        column_id=column_id,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    table_id: UUID,
    sheet_id: UUID,
    column_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    """Delete a column and its cells; cells that depend on it turn stale

    Args:
        table_id (UUID):
        sheet_id (UUID):
        column_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ColumnDeleteResponse | ErrorResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            sheet_id=sheet_id,
            column_id=column_id,
            client=client,
        )
    ).parsed
