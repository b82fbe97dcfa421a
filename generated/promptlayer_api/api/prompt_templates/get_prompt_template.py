from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_prompt_template import GetPromptTemplate
from ...models.get_prompt_template_response import GetPromptTemplateResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    identifier: str,
    *,
    body: GetPromptTemplate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/prompt-templates/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
) -> ErrorResponse | GetPromptTemplateResponse | HTTPValidationError | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = GetPromptTemplateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        if not _has_json_body(response):
            return None
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        if not _has_json_body(response):
            return None
        response_404 = ErrorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetPromptTemplateResponse | HTTPValidationError]:
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
    body: GetPromptTemplate | Unset = UNSET,
) -> Response[ErrorResponse | GetPromptTemplateResponse | HTTPValidationError]:
    """Fetch a prompt template version, optionally filled with input variables

    Args:
        identifier (str):
        body (GetPromptTemplate | Unset): Options for fetching a prompt template: which version to
            pick and how to render it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPromptTemplateResponse | HTTPValidationError]
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
    body: GetPromptTemplate | Unset = UNSET,
) -> ErrorResponse | GetPromptTemplateResponse | HTTPValidationError | None:
    """Fetch a prompt template version, optionally filled with input variables

    Args:
        identifier (str):
        body (GetPromptTemplate | Unset): Options for fetching a prompt template: which version to
            pick and how to render it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPromptTemplateResponse | HTTPValidationError
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
    body: GetPromptTemplate | Unset = UNSET,
) -> Response[ErrorResponse | GetPromptTemplateResponse | HTTPValidationError]:
    """Fetch a prompt template version, optionally filled with input variables

    Args:
        identifier (str):
        body (GetPromptTemplate | Unset): Options for fetching a prompt template: which version to
            pick and how to render it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetPromptTemplateResponse | HTTPValidationError]
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
    body: GetPromptTemplate | Unset = UNSET,
) -> ErrorResponse | GetPromptTemplateResponse | HTTPValidationError | None:
    """Fetch a prompt template version, optionally filled with input variables

    Args:
        identifier (str):
        body (GetPromptTemplate | Unset): Options for fetching a prompt template: which version to
            pick and how to render it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetPromptTemplateResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
