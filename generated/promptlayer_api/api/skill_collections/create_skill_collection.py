from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_skill_collection_multipart_request import CreateSkillCollectionMultipartRequest
from ...models.create_skill_collection_request import CreateSkillCollectionRequest
from ...models.create_skill_collection_response import CreateSkillCollectionResponse
from ...models.error_response import ErrorResponse
from ...models.external_id_error_response import ExternalIdErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_collection_error_response import SkillCollectionErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateSkillCollectionRequest | CreateSkillCollectionMultipartRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/skill-collections",
    }

    if isinstance(body, CreateSkillCollectionRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    if isinstance(body, CreateSkillCollectionMultipartRequest):
        _kwargs["files"] = body.to_multipart()

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
    CreateSkillCollectionResponse
    | ErrorResponse
    | HTTPValidationError
    | ExternalIdErrorResponse
    | SkillCollectionErrorResponse
    | None
):
    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = CreateSkillCollectionResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        if not _has_json_body(response):
            return None
        response_400 = SkillCollectionErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        if not _has_json_body(response):
            return None
        response_401 = SkillCollectionErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        if not _has_json_body(response):
            return None
        response_403 = SkillCollectionErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        if not _has_json_body(response):
            return None
        response_409 = ExternalIdErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 415:
        if not _has_json_body(response):
            return None
        response_415 = SkillCollectionErrorResponse.from_dict(response.json())

        return response_415

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
    CreateSkillCollectionResponse
    | ErrorResponse
    | HTTPValidationError
    | ExternalIdErrorResponse
    | SkillCollectionErrorResponse
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
    body: CreateSkillCollectionRequest | CreateSkillCollectionMultipartRequest | Unset = UNSET,
) -> Response[
    CreateSkillCollectionResponse
    | ErrorResponse
    | HTTPValidationError
    | ExternalIdErrorResponse
    | SkillCollectionErrorResponse
]:
    """Create a skill collection, optionally with initial files or a zip archive

    Args:
        body (CreateSkillCollectionRequest): JSON body for creating a skill collection.
        body (CreateSkillCollectionMultipartRequest): Form-data body for creating a skill
            collection, with an optional zip upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSkillCollectionResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse | SkillCollectionErrorResponse]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillCollectionRequest | CreateSkillCollectionMultipartRequest | Unset = UNSET,
) -> (
    CreateSkillCollectionResponse
    | ErrorResponse
    | HTTPValidationError
    | ExternalIdErrorResponse
    | SkillCollectionErrorResponse
    | None
):
    """Create a skill collection, optionally with initial files or a zip archive

    Args:
        body (CreateSkillCollectionRequest): JSON body for creating a skill collection.
        body (CreateSkillCollectionMultipartRequest): Form-data body for creating a skill
            collection, with an optional zip upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSkillCollectionResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse | SkillCollectionErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillCollectionRequest | CreateSkillCollectionMultipartRequest | Unset = UNSET,
) -> Response[
    CreateSkillCollectionResponse
    | ErrorResponse
    | HTTPValidationError
    | ExternalIdErrorResponse
    | SkillCollectionErrorResponse
]:
    """Create a skill collection, optionally with initial files or a zip archive

    Args:
        body (CreateSkillCollectionRequest): JSON body for creating a skill collection.
        body (CreateSkillCollectionMultipartRequest): Form-data body for creating a skill
            collection, with an optional zip upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSkillCollectionResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse | SkillCollectionErrorResponse]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillCollectionRequest | CreateSkillCollectionMultipartRequest | Unset = UNSET,
) -> (
    CreateSkillCollectionResponse
    | ErrorResponse
    | HTTPValidationError
    | ExternalIdErrorResponse
    | SkillCollectionErrorResponse
    | None
):
    """Create a skill collection, optionally with initial files or a zip archive

    Args:
        body (CreateSkillCollectionRequest): JSON body for creating a skill collection.
        body (CreateSkillCollectionMultipartRequest): Form-data body for creating a skill
            collection, with an optional zip upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSkillCollectionResponse | ErrorResponse | HTTPValidationError | ExternalIdErrorResponse | SkillCollectionErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
