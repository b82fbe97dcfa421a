from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.report_column_edit_request import ReportColumnEditRequest
from ...models.report_column_edit_response import ReportColumnEditResponse
from ...types import Response


def _get_kwargs(
    report_column_id: int,
    *,
    body: ReportColumnEditRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/report-columns/{report_column_id}".format(
            report_column_id=quote(str(report_column_id), safe=""),
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
) -> ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ReportColumnEditResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse]:
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
    body: ReportColumnEditRequest,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse]:
    """Change a pipeline column's type, configuration, name or position

    Args:
        report_column_id (int):
        body (ReportColumnEditRequest): New settings of a pipeline column (dataset columns cannot
            be edited).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse]
    """

    request_kwargs = _get_kwargs(
        report_column_id=report_column_id,
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    report_column_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReportColumnEditRequest,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse | None:
    """Change a pipeline column's type, configuration, name or position

    Args:
        report_column_id (int):
        body (ReportColumnEditRequest): New settings of a pipeline column (dataset columns cannot
            be edited).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse
    """

    return sync_detailed(
        report_column_id=report_column_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    report_column_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReportColumnEditRequest,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse]:
    """Change a pipeline column's type, configuration, name or position

    Args:
        report_column_id (int):
        body (ReportColumnEditRequest): New settings of a pipeline column (dataset columns cannot
            be edited).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse]
    """

    request_kwargs = _get_kwargs(
        report_column_id=report_column_id,
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    report_column_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReportColumnEditRequest,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse | None:
    """Change a pipeline column's type, configuration, name or position

    Args:
        report_column_id (int):
        body (ReportColumnEditRequest): New settings of a pipeline column (dataset columns cannot
            be edited).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | ReportColumnEditResponse
    """

    return (
        await asyncio_detailed(
            report_column_id=report_column_id,
            client=client,
            body=body,
        )
    ).parsed
