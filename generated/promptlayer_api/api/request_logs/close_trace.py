from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.close_trace_response import CloseTraceResponse
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.trace_already_closed_response import TraceAlreadyClosedResponse
from ...types import Response


def _get_kwargs(
    trace_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/traces/{trace_id}/close".format(
            trace_id=quote(str(trace_id), safe=""),
        ),
    }

    return _kwargs


def _has_json_body(response: httpx.Response) -> bool:
    if not response.content:
        return False
    content_type = response.headers.get("content-type")
    return content_type is None or "json" in content_type.lower()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CloseTraceResponse
    | ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | TraceAlreadyClosedResponse
    | None
):
    if response.status_code == 201:
        if not _has_json_body(response):
            return None
        response_201 = CloseTraceResponse.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        if not _has_json_body(response):
            return None
        response_409 = TraceAlreadyClosedResponse.from_dict(response.json())

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

    if response.status_code == 500:
        if not _has_json_body(response):
            return None
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CloseTraceResponse | ErrorResponse | ErrorResponse | HTTPValidationError | TraceAlreadyClosedResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CloseTraceResponse | ErrorResponse | ErrorResponse | HTTPValidationError | TraceAlreadyClosedResponse
]:
    """Close a trace so that later spans sent for it are refused

    Args:
        trace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloseTraceResponse | ErrorResponse | ErrorResponse | HTTPValidationError | TraceAlreadyClosedResponse]
    """

    request_kwargs = _get_kwargs(
        trace_id=trace_id,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    trace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CloseTraceResponse
    | ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | TraceAlreadyClosedResponse
    | None
):
    """Close a trace so that later spans sent for it are refused

    Args:
        trace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloseTraceResponse | ErrorResponse | ErrorResponse | HTTPValidationError | TraceAlreadyClosedResponse
    """

    return sync_detailed(
        trace_id=trace_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    trace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CloseTraceResponse | ErrorResponse | ErrorResponse | HTTPValidationError | TraceAlreadyClosedResponse
]:
    """Close a trace so that later spans sent for it are refused

    Args:
        trace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloseTraceResponse | ErrorResponse | ErrorResponse | HTTPValidationError | TraceAlreadyClosedResponse]
    """

    request_kwargs = _get_kwargs(
        trace_id=trace_id,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    trace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CloseTraceResponse
    | ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | TraceAlreadyClosedResponse
    | None
):
    """Close a trace so that later spans sent for it are refused

    Args:
        trace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloseTraceResponse | ErrorResponse | ErrorResponse | HTTPValidationError | TraceAlreadyClosedResponse
    """

    return (
        await asyncio_detailed(
            trace_id=trace_id,
            client=client,
        )
    ).parsed
