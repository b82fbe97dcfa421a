from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_prompt_template import CreatePromptTemplate
from ...models.create_prompt_template_response import CreatePromptTemplateResponse
from ...models.external_id_error_response import ExternalIdErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    source: str,
    external_id: str,
    *,
    body: CreatePromptTemplate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/prompt-templates/by-external-id/{source}/{external_id}".format(
            source=quote(str(source), safe=""),
            external_id=quote(str(external_id), safe=""),
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
) -> CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = CreatePromptTemplateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = CreatePromptTemplateResponse.from_dict(response.json())

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
) -> Response[CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    source: str,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptTemplate,
) -> Response[CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError]:
    """Publish a prompt template version by external id, creating the template if no template has that id

    Args:
        source (str):
        external_id (str):
        body (CreatePromptTemplate): Publish a new prompt template version (creating the template
            if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        source=source,
        external_id=external_id,
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    source: str,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptTemplate,
) -> CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    """Publish a prompt template version by external id, creating the template if no template has that id

    Args:
        source (str):
        external_id (str):
        body (CreatePromptTemplate): Publish a new prompt template version (creating the template
            if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        source=source,
        external_id=external_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    source: str,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptTemplate,
) -> Response[CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError]:
    """Publish a prompt template version by external id, creating the template if no template has that id

    Args:
        source (str):
        external_id (str):
        body (CreatePromptTemplate): Publish a new prompt template version (creating the template
            if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        source=source,
        external_id=external_id,
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    source: str,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptTemplate,
) -> CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError | None:
    """Publish a prompt template version by external id, creating the template if no template has that id

    Args:
        source (str):
        external_id (str):
        body (CreatePromptTemplate): Publish a new prompt template version (creating the template
            if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePromptTemplateResponse | ExternalIdErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            source=source,
            external_id=external_id,
            client=client,
            body=body,
        )
    ).parsed
