from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_prompt_template import CreatePromptTemplate
from ...models.create_prompt_template_response import CreatePromptTemplateResponse
from ...models.error_response import ErrorResponse
from ...models.external_id_error_response import ExternalIdErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePromptTemplate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/prompt-templates",
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
) -> CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = CreatePromptTemplateResponse.from_dict(response.json())

        return response_200

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
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptTemplate,
) -> Response[CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError]:
    """Publish a new prompt template version

    Args:
        body (CreatePromptTemplate): Publish a new prompt template version (creating the template
            if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptTemplate,
) -> CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    """Publish a new prompt template version

    Args:
        body (CreatePromptTemplate): Publish a new prompt template version (creating the template
            if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptTemplate,
) -> Response[CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError]:
    """Publish a new prompt template version

    Args:
        body (CreatePromptTemplate): Publish a new prompt template version (creating the template
            if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptTemplate,
) -> CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    """Publish a new prompt template version

    Args:
        body (CreatePromptTemplate): Publish a new prompt template version (creating the template
            if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePromptTemplateResponse | ErrorResponse | ExternalIdErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
