from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.save_skill_collection_version_multipart_request import (
    SaveSkillCollectionVersionMultipartRequest,
)
from ...models.save_skill_collection_version_request import SaveSkillCollectionVersionRequest
from ...models.save_skill_collection_version_response import SaveSkillCollectionVersionResponse
from ...models.skill_collection_error_response import SkillCollectionErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    identifier: str,
    *,
    body: SaveSkillCollectionVersionRequest | SaveSkillCollectionVersionMultipartRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/skill-collections/{identifier}/versions".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    if isinstance(body, SaveSkillCollectionVersionRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    if isinstance(body, SaveSkillCollectionVersionMultipartRequest):
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
    ErrorResponse
    | HTTPValidationError
    | SaveSkillCollectionVersionResponse
    | SkillCollectionErrorResponse
    | None
):
    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = SaveSkillCollectionVersionResponse.from_dict(response.json())

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

    if response.status_code == 404:
        if not _has_json_body(response):
            return None
        response_404 = SkillCollectionErrorResponse.from_dict(response.json())

        return response_404

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
    ErrorResponse | HTTPValidationError | SaveSkillCollectionVersionResponse | SkillCollectionErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SaveSkillCollectionVersionRequest | SaveSkillCollectionVersionMultipartRequest | Unset = UNSET,
) -> Response[
    ErrorResponse | HTTPValidationError | SaveSkillCollectionVersionResponse | SkillCollectionErrorResponse
]:
    """Commit file changes to a skill collection as a new version

    Args:
        identifier (str):
        body (SaveSkillCollectionVersionRequest): JSON body listing the changes that make up a new
            version.
        body (SaveSkillCollectionVersionMultipartRequest): Form-data body for a new version, with
            an optional zip upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | SaveSkillCollectionVersionResponse | SkillCollectionErrorResponse]
    """

    request_kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SaveSkillCollectionVersionRequest | SaveSkillCollectionVersionMultipartRequest | Unset = UNSET,
) -> (
    ErrorResponse
    | HTTPValidationError
    | SaveSkillCollectionVersionResponse
    | SkillCollectionErrorResponse
    | None
):
    """Commit file changes to a skill collection as a new version

    Args:
        identifier (str):
        body (SaveSkillCollectionVersionRequest): JSON body listing the changes that make up a new
            version.
        body (SaveSkillCollectionVersionMultipartRequest): Form-data body for a new version, with
            an optional zip upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | SaveSkillCollectionVersionResponse | SkillCollectionErrorResponse
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SaveSkillCollectionVersionRequest | SaveSkillCollectionVersionMultipartRequest | Unset = UNSET,
) -> Response[
    ErrorResponse | HTTPValidationError | SaveSkillCollectionVersionResponse | SkillCollectionErrorResponse
]:
    """Commit file changes to a skill collection as a new version

    Args:
        identifier (str):
        body (SaveSkillCollectionVersionRequest): JSON body listing the changes that make up a new
            version.
        body (SaveSkillCollectionVersionMultipartRequest): Form-data body for a new version, with
            an optional zip upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | SaveSkillCollectionVersionResponse | SkillCollectionErrorResponse]
    """

    request_kwargs = _get_kwargs(
        identifier=identifier,
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SaveSkillCollectionVersionRequest | SaveSkillCollectionVersionMultipartRequest | Unset = UNSET,
) -> (
    ErrorResponse
    | HTTPValidationError
    | SaveSkillCollectionVersionResponse
    | SkillCollectionErrorResponse
    | None
):
    """Commit file changes to a skill collection as a new version

    Args:
        identifier (str):
        body (SaveSkillCollectionVersionRequest): JSON body listing the changes that make up a new
            version.
        body (SaveSkillCollectionVersionMultipartRequest): Form-data body for a new version, with
            an optional zip upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | SaveSkillCollectionVersionResponse | SkillCollectionErrorResponse
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
