from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_analytics_response import CustomAnalyticsResponse
from ...models.custom_analytics_trace_query import CustomAnalyticsTraceQuery
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CustomAnalyticsTraceQuery,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/traces/analytics/custom-analytics",
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
) -> CustomAnalyticsResponse | ErrorResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = CustomAnalyticsResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomAnalyticsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomAnalyticsTraceQuery,
) -> Response[CustomAnalyticsResponse | ErrorResponse]:
    """Compute caller-defined charts over traces or their spans

    Args:
        body (CustomAnalyticsTraceQuery): Trace filters plus the charts to compute over the
            matches.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAnalyticsResponse | ErrorResponse]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CustomAnalyticsTraceQuery,
) -> CustomAnalyticsResponse | ErrorResponse | None:
    """Compute caller-defined charts over traces or their spans

    Args:
        body (CustomAnalyticsTraceQuery): Trace filters plus the charts to compute over the
            matches.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAnalyticsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomAnalyticsTraceQuery,
) -> Response[CustomAnalyticsResponse | ErrorResponse]:
    """Compute caller-defined charts over traces or their spans

    Args:
        body (CustomAnalyticsTraceQuery): Trace filters plus the charts to compute over the
            matches.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAnalyticsResponse | ErrorResponse]
    """

    request_kwargs = _get_kwargs(
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomAnalyticsTraceQuery,
) -> CustomAnalyticsResponse | ErrorResponse | None:
    """Compute caller-defined charts over traces or their spans

    Args:
        body (CustomAnalyticsTraceQuery): Trace filters plus the charts to compute over the
            matches.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAnalyticsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
