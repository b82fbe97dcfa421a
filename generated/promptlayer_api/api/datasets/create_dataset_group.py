from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_group_create_request import DatasetGroupCreateRequest
from ...models.dataset_group_create_response import DatasetGroupCreateResponse
from ...models.error_response import ErrorResponse
from ...models.external_id_error_response import ExternalIdErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: DatasetGroupCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/dataset-groups",
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
    DatasetGroupCreateResponse
    | ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | ExternalIdErrorResponse
    | None
):
    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = DatasetGroupCreateResponse.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        if not _has_json_body(response):
            return None
        response_409 = ExternalIdErrorResponse.from_dict(response.json())

        return response_409

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
    DatasetGroupCreateResponse | ErrorResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse
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
    body: DatasetGroupCreateRequest,
) -> Response[
    DatasetGroupCreateResponse | ErrorResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse
]:
    """Create a dataset group, which starts with an empty draft version

    Args:
        body (DatasetGroupCreateRequest): A new dataset group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetGroupCreateResponse | ErrorResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DatasetGroupCreateRequest,
) -> (
    DatasetGroupCreateResponse
    | ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | ExternalIdErrorResponse
    | None
):
    """Create a dataset group, which starts with an empty draft version

    Args:
        body (DatasetGroupCreateRequest): A new dataset group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetGroupCreateResponse | ErrorResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DatasetGroupCreateRequest,
) -> Response[
    DatasetGroupCreateResponse | ErrorResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse
]:
    """Create a dataset group, which starts with an empty draft version

    Args:
        body (DatasetGroupCreateRequest): A new dataset group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetGroupCreateResponse | ErrorResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DatasetGroupCreateRequest,
) -> (
    DatasetGroupCreateResponse
    | ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | ExternalIdErrorResponse
    | None
):
    """Create a dataset group, which starts with an empty draft version

    Args:
        body (DatasetGroupCreateRequest): A new dataset group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetGroupCreateResponse | ErrorResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
