from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.external_id_error_response import ExternalIdErrorResponse
from ...models.external_id_list_response import ExternalIdListResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    report_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/{report_id}/external-ids".format(
            report_id=quote(str(report_id), safe=""),
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
) -> ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ExternalIdListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if not _has_json_body(response):
            return None
        response_400 = ExternalIdErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        if not _has_json_body(response):
            return None
        response_401 = ExternalIdErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        if not _has_json_body(response):
            return None
        response_404 = ExternalIdErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        if not _has_json_body(response):
            return None
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError]:
    """List the external ids linked to a report

    Args:
        report_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        report_id=report_id,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError | None:
    """List the external ids linked to a report

    Args:
        report_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError
    """

    return sync_detailed(
        report_id=report_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError]:
    """List the external ids linked to a report

    Args:
        report_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        report_id=report_id,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError | None:
    """List the external ids linked to a report

    Args:
        report_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalIdErrorResponse | ExternalIdListResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
        )
    ).parsed
