from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.evaluation_rows_response import EvaluationRowsResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    evaluation_id: int,
    *,
    workspace_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspace_id"] = workspace_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/evaluations/{evaluation_id}/rows".format(
            evaluation_id=quote(str(evaluation_id), safe=""),
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
) -> ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = EvaluationRowsResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse]:
    """Page through an evaluation's rows, dataset cells first and result cells after

    Args:
        evaluation_id (int):
        workspace_id (int | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse]
    """

    request_kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        workspace_id=workspace_id,
        page=page,
        per_page=per_page,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse | None:
    """Page through an evaluation's rows, dataset cells first and result cells after

    Args:
        evaluation_id (int):
        workspace_id (int | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse
    """

    return sync_detailed(
        evaluation_id=evaluation_id,
        client=client,
        workspace_id=workspace_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse]:
    """Page through an evaluation's rows, dataset cells first and result cells after

    Args:
        evaluation_id (int):
        workspace_id (int | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse]
    """

    request_kwargs = _get_kwargs(
        evaluation_id=evaluation_id,
        workspace_id=workspace_id,
        page=page,
        per_page=per_page,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    evaluation_id: int,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: int | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse | None:
    """Page through an evaluation's rows, dataset cells first and result cells after

    Args:
        evaluation_id (int):
        workspace_id (int | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | EvaluationRowsResponse
    """

    return (
        await asyncio_detailed(
            evaluation_id=evaluation_id,
            client=client,
            workspace_id=workspace_id,
            page=page,
            per_page=per_page,
        )
    ).parsed
