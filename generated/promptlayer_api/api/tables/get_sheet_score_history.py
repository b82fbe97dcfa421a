from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.score_history_range import ScoreHistoryRange
from ...models.score_history_resolution import ScoreHistoryResolution
from ...models.score_history_response import ScoreHistoryResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table_id: UUID,
    sheet_id: UUID,
    *,
    max_points: int | Unset = UNSET,
    range_: ScoreHistoryRange | Unset = UNSET,
    resolution: ScoreHistoryResolution | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_points"] = max_points

    json_range_: str | Unset = UNSET
    if not isinstance(range_, Unset):
        json_range_ = range_.value

    params["range"] = json_range_

    json_resolution: str | Unset = UNSET
    if not isinstance(resolution, Unset):
        json_resolution = resolution.value

    params["resolution"] = json_resolution

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/versions/score-history".format(
            table_id=quote(str(table_id), safe=""),
            sheet_id=quote(str(sheet_id), safe=""),
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
) -> ErrorResponse | ScoreHistoryResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ScoreHistoryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if not _has_json_body(response):
            return None
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        if not _has_json_body(response):
            return None
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ScoreHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    max_points: int | Unset = UNSET,
    range_: ScoreHistoryRange | Unset = UNSET,
    resolution: ScoreHistoryResolution | Unset = UNSET,
) -> Response[ErrorResponse | ScoreHistoryResponse]:
    """Read how the sheet's score changed across its saved versions

    Args:
        table_id (UUID):
        sheet_id (UUID):
        max_points (int | Unset):
        range_ (ScoreHistoryRange | Unset): How many of the latest versions a score history
            covers.
        resolution (ScoreHistoryResolution | Unset): How score history points are sampled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScoreHistoryResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        max_points=max_points,
        range_=range_,
        resolution=resolution,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    max_points: int | Unset = UNSET,
    range_: ScoreHistoryRange | Unset = UNSET,
    resolution: ScoreHistoryResolution | Unset = UNSET,
) -> ErrorResponse | ScoreHistoryResponse | None:
    """Read how the sheet's score changed across its saved versions

    Args:
        table_id (UUID):
        sheet_id (UUID):
        max_points (int | Unset):
        range_ (ScoreHistoryRange | Unset): How many of the latest versions a score history
            covers.
        resolution (ScoreHistoryResolution | Unset): How score history points are sampled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScoreHistoryResponse
    """

    return sync_detailed(
        table_id=table_id,
        sheet_id=sheet_id,
        client=client,
        max_points=max_points,
        range_=range_,
        resolution=resolution,
    ).parsed


async def asyncio_detailed(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    max_points: int | Unset = UNSET,
    range_: ScoreHistoryRange | Unset = UNSET,
    resolution: ScoreHistoryResolution | Unset = UNSET,
) -> Response[ErrorResponse | ScoreHistoryResponse]:
    """Read how the sheet's score changed across its saved versions

    Args:
        table_id (UUID):
        sheet_id (UUID):
        max_points (int | Unset):
        range_ (ScoreHistoryRange | Unset): How many of the latest versions a score history
            covers.
        resolution (ScoreHistoryResolution | Unset): How score history points are sampled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScoreHistoryResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        max_points=max_points,
        range_=range_,
        resolution=resolution,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    max_points: int | Unset = UNSET,
    range_: ScoreHistoryRange | Unset = UNSET,
    resolution: ScoreHistoryResolution | Unset = UNSET,
) -> ErrorResponse | ScoreHistoryResponse | None:
    """Read how the sheet's score changed across its saved versions

    Args:
        table_id (UUID):
        sheet_id (UUID):
        max_points (int | Unset):
        range_ (ScoreHistoryRange | Unset): How many of the latest versions a score history
            covers.
        resolution (ScoreHistoryResolution | Unset): How score history points are sampled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScoreHistoryResponse
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            sheet_id=sheet_id,
            client=client,
            max_points=max_points,
            range_=range_,
            resolution=resolution,
        )
    ).parsed
