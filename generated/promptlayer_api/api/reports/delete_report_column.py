from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    report_column_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/report-columns/{report_column_id}".format(
            report_column_id=quote(str(report_column_id), safe=""),
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
) -> Any | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_column_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | ErrorResponse | HTTPValidationError]:
    """Remove a column from an evaluation pipeline

    Args:
        report_column_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        report_column_id=report_column_id,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    report_column_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    """Remove a column from an evaluation pipeline

    Args:
        report_column_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        report_column_id=report_column_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    report_column_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse | ErrorResponse | HTTPValidationError]:
    """Remove a column from an evaluation pipeline

    Args:
        report_column_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        report_column_id=report_column_id,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    report_column_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    """Remove a column from an evaluation pipeline

    Args:
        report_column_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            report_column_id=report_column_id,
            client=client,
        )
    ).parsed
