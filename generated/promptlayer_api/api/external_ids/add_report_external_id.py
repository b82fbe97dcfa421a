from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.external_id import ExternalId
from ...models.external_id_attach_response import ExternalIdAttachResponse
from ...models.external_id_error_response import ExternalIdErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    report_id: int,
    *,
    body: ExternalId,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reports/{report_id}/external-ids".format(
            report_id=quote(str(report_id), safe=""),
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
) -> ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = ExternalIdAttachResponse.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        if not _has_json_body(response):
            return None
        response_409 = ExternalIdErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError]:
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
    body: ExternalId,
) -> Response[ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError]:
    """Link an external id to a report

    Args:
        report_id (int):
        body (ExternalId): Link between a PromptLayer object and an id in another system.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalId,
) -> ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    """Link an external id to a report

    Args:
        report_id (int):
        body (ExternalId): Link between a PromptLayer object and an id in another system.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        report_id=report_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalId,
) -> Response[ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError]:
    """Link an external id to a report

    Args:
        report_id (int):
        body (ExternalId): Link between a PromptLayer object and an id in another system.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    report_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ExternalId,
) -> ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    """Link an external id to a report

    Args:
        report_id (int):
        body (ExternalId): Link between a PromptLayer object and an id in another system.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalIdAttachResponse | ExternalIdErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
            body=body,
        )
    ).parsed
