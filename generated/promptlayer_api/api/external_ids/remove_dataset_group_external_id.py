from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.external_id_delete_response import ExternalIdDeleteResponse
from ...models.external_id_error_response import ExternalIdErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    dataset_group_id: int,
    source: str,
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/public/v2/dataset-groups/{dataset_group_id}/external-ids/{source}/{external_id}".format(
            dataset_group_id=quote(str(dataset_group_id), safe=""),
            source=quote(str(source), safe=""),
            external_id=quote(str(external_id), safe=""),
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
) -> ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ExternalIdDeleteResponse.from_dict(response.json())

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
) -> Response[ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_group_id: int,
    source: str,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError]:
    """Unlink an external id from a dataset group

    Args:
        dataset_group_id (int):
        source (str):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        dataset_group_id=dataset_group_id,
        source=source,
        external_id=external_id,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    dataset_group_id: int,
    source: str,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    """Unlink an external id from a dataset group

    Args:
        dataset_group_id (int):
        source (str):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        dataset_group_id=dataset_group_id,
        source=source,
        external_id=external_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_group_id: int,
    source: str,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError]:
    """Unlink an external id from a dataset group

    Args:
        dataset_group_id (int):
        source (str):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        dataset_group_id=dataset_group_id,
        source=source,
        external_id=external_id,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    dataset_group_id: int,
    source: str,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    """Unlink an external id from a dataset group

    Args:
        dataset_group_id (int):
        source (str):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalIdDeleteResponse | ExternalIdErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            dataset_group_id=dataset_group_id,
            source=source,
            external_id=external_id,
            client=client,
        )
    ).parsed
