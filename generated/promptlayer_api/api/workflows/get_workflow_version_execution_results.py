from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_node_results import WorkflowNodeResults
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workflow_version_execution_id: int,
    return_all_outputs: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workflow_version_execution_id"] = workflow_version_execution_id

    params["return_all_outputs"] = return_all_outputs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflow-version-execution-results",
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
) -> Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None

        def _parse_response_200(data: object) -> Any | WorkflowNodeResults:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_execution_results_type_0 = WorkflowNodeResults.from_dict(data)

                return componentsschemas_workflow_execution_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | WorkflowNodeResults, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:
        if not _has_json_body(response):
            return None

        def _parse_response_202(data: object) -> Any | WorkflowNodeResults:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_execution_results_type_0 = WorkflowNodeResults.from_dict(data)

                return componentsschemas_workflow_execution_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | WorkflowNodeResults, data)

        response_202 = _parse_response_202(response.json())

        return response_202

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
) -> Response[Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workflow_version_execution_id: int,
    return_all_outputs: bool | Unset = False,
) -> Response[Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError]:
    """Read the outputs of a workflow execution

    Args:
        workflow_version_execution_id (int):
        return_all_outputs (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        workflow_version_execution_id=workflow_version_execution_id,
        return_all_outputs=return_all_outputs,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workflow_version_execution_id: int,
    return_all_outputs: bool | Unset = False,
) -> Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    """Read the outputs of a workflow execution

    Args:
        workflow_version_execution_id (int):
        return_all_outputs (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        workflow_version_execution_id=workflow_version_execution_id,
        return_all_outputs=return_all_outputs,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workflow_version_execution_id: int,
    return_all_outputs: bool | Unset = False,
) -> Response[Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError]:
    """Read the outputs of a workflow execution

    Args:
        workflow_version_execution_id (int):
        return_all_outputs (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError]
    """

    request_kwargs = _get_kwargs(
        workflow_version_execution_id=workflow_version_execution_id,
        return_all_outputs=return_all_outputs,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workflow_version_execution_id: int,
    return_all_outputs: bool | Unset = False,
) -> Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError | None:
    """Read the outputs of a workflow execution

    Args:
        workflow_version_execution_id (int):
        return_all_outputs (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowNodeResults | ErrorResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            workflow_version_execution_id=workflow_version_execution_id,
            return_all_outputs=return_all_outputs,
        )
    ).parsed
