from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.update_workflow_request import UpdateWorkflowRequest
from ...models.workflow_version_created_response import WorkflowVersionCreatedResponse
from ...types import Response


def _get_kwargs(
    workflow_id_or_name: str,
    *,
    body: UpdateWorkflowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/workflows/{workflow_id_or_name}".format(
            workflow_id_or_name=quote(str(workflow_id_or_name), safe=""),
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
) -> ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse | None:
    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = WorkflowVersionCreatedResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkflowRequest,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse]:
    """Create a new workflow version by changing some nodes of an existing one

    Args:
        workflow_id_or_name (str):
        body (UpdateWorkflowRequest): Changes to apply to a base version (the latest by default);
            the result is saved as a new version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse]
    """

    request_kwargs = _get_kwargs(
        workflow_id_or_name=workflow_id_or_name,
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    workflow_id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkflowRequest,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse | None:
    """Create a new workflow version by changing some nodes of an existing one

    Args:
        workflow_id_or_name (str):
        body (UpdateWorkflowRequest): Changes to apply to a base version (the latest by default);
            the result is saved as a new version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse
    """

    return sync_detailed(
        workflow_id_or_name=workflow_id_or_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkflowRequest,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse]:
    """Create a new workflow version by changing some nodes of an existing one

    Args:
        workflow_id_or_name (str):
        body (UpdateWorkflowRequest): Changes to apply to a base version (the latest by default);
            the result is saved as a new version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse]
    """

    request_kwargs = _get_kwargs(
        workflow_id_or_name=workflow_id_or_name,
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id_or_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWorkflowRequest,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse | None:
    """Create a new workflow version by changing some nodes of an existing one

    Args:
        workflow_id_or_name (str):
        body (UpdateWorkflowRequest): Changes to apply to a base version (the latest by default);
            the result is saved as a new version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | WorkflowVersionCreatedResponse
    """

    return (
        await asyncio_detailed(
            workflow_id_or_name=workflow_id_or_name,
            client=client,
            body=body,
        )
    ).parsed
