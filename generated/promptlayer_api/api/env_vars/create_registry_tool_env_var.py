from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.env_var_create_request import EnvVarCreateRequest
from ...models.env_var_error_response import EnvVarErrorResponse
from ...models.env_var_tool_response import EnvVarToolResponse
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    identifier: str,
    *,
    body: EnvVarCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/tool-registry/{identifier}/env-vars".format(
            identifier=quote(str(identifier), safe=""),
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
) -> EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = EnvVarToolResponse.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        if not _has_json_body(response):
            return None
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        if not _has_json_body(response):
            return None
        response_404 = EnvVarErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        if not _has_json_body(response):
            return None
        response_409 = EnvVarErrorResponse.from_dict(response.json())

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
) -> Response[EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError]:
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
    body: EnvVarCreateRequest,
) -> Response[EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError]:
    """Store a secret environment variable that only this registry tool's code sees

    Args:
        identifier (str):
        body (EnvVarCreateRequest): A new environment variable. The value is a secret that is
            stored but never read back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError]
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
    body: EnvVarCreateRequest,
) -> EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    """Store a secret environment variable that only this registry tool's code sees

    Args:
        identifier (str):
        body (EnvVarCreateRequest): A new environment variable. The value is a secret that is
            stored but never read back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError
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
    body: EnvVarCreateRequest,
) -> Response[EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError]:
    """Store a secret environment variable that only this registry tool's code sees

    Args:
        identifier (str):
        body (EnvVarCreateRequest): A new environment variable. The value is a secret that is
            stored but never read back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError]
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
    body: EnvVarCreateRequest,
) -> EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    """Store a secret environment variable that only this registry tool's code sees

    Args:
        identifier (str):
        body (EnvVarCreateRequest): A new environment variable. The value is a secret that is
            stored but never read back.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvVarErrorResponse | EnvVarToolResponse | ErrorResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
            body=body,
        )
    ).parsed
