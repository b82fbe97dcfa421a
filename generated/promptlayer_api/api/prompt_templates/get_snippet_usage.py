from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.snippet_usage_response import SnippetUsageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    identifier: str,
    *,
    prompt_version_number: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prompt_version_number"] = prompt_version_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prompt-templates/{identifier}/snippet-usage".format(
            identifier=quote(str(identifier), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _has_json_body(response: httpx.Response) -> bool:
    if not response.content:
        return False
    content_type = response.headers.get("content-type")
    return content_type is None or "json" in content_type.lower()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = SnippetUsageResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse]:
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
    prompt_version_number: int | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse]:
    """List the prompt templates and release labels that include a snippet

    Args:
        identifier (str):
        prompt_version_number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse]
    """

    request_kwargs = _get_kwargs(
        identifier=identifier,
        prompt_version_number=prompt_version_number,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    prompt_version_number: int | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse | None:
    """List the prompt templates and release labels that include a snippet

    Args:
        identifier (str):
        prompt_version_number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
        prompt_version_number=prompt_version_number,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    prompt_version_number: int | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse]:
    """List the prompt templates and release labels that include a snippet

    Args:
        identifier (str):
        prompt_version_number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse]
    """

    request_kwargs = _get_kwargs(
        identifier=identifier,
        prompt_version_number=prompt_version_number,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient | Client,
    prompt_version_number: int | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse | None:
    """List the prompt templates and release labels that include a snippet

    Args:
        identifier (str):
        prompt_version_number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | SnippetUsageResponse
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            prompt_version_number=prompt_version_number,
        )
    ).parsed
