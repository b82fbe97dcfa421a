from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.scorecard_row_list_response import ScorecardRowListResponse
from ...models.scorecard_verdict import ScorecardVerdict
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table_id: UUID,
    sheet_id: UUID,
    *,
    calculation_id: UUID | Unset = UNSET,
    verdict: ScorecardVerdict | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_calculation_id: str | Unset = UNSET
    if not isinstance(calculation_id, Unset):
        json_calculation_id = str(calculation_id)
    params["calculation_id"] = json_calculation_id

    json_verdict: str | Unset = UNSET
    if not isinstance(verdict, Unset):
        json_verdict = verdict.value

    params["verdict"] = json_verdict

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/scorecard/rows".format(
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
) -> ErrorResponse | ScorecardRowListResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ScorecardRowListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ScorecardRowListResponse]:
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
    calculation_id: UUID | Unset = UNSET,
    verdict: ScorecardVerdict | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ScorecardRowListResponse]:
    """List per-row scorecard results of a calculation, a page at a time

    Args:
        table_id (UUID):
        sheet_id (UUID):
        calculation_id (UUID | Unset):
        verdict (ScorecardVerdict | Unset): Outcome of a row or a whole calculation.
        cursor (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScorecardRowListResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        calculation_id=calculation_id,
        verdict=verdict,
        cursor=cursor,
        limit=limit,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    calculation_id: UUID | Unset = UNSET,
    verdict: ScorecardVerdict | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ScorecardRowListResponse | None:
    """List per-row scorecard results of a calculation, a page at a time

    Args:
        table_id (UUID):
        sheet_id (UUID):
        calculation_id (UUID | Unset):
        verdict (ScorecardVerdict | Unset): Outcome of a row or a whole calculation.
        cursor (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScorecardRowListResponse
    """

    return sync_detailed(
        table_id=table_id,
        sheet_id=sheet_id,
        client=client,
        calculation_id=calculation_id,
        verdict=verdict,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    calculation_id: UUID | Unset = UNSET,
    verdict: ScorecardVerdict | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ScorecardRowListResponse]:
    """List per-row scorecard results of a calculation, a page at a time

    Args:
        table_id (UUID):
        sheet_id (UUID):
        calculation_id (UUID | Unset):
        verdict (ScorecardVerdict | Unset): Outcome of a row or a whole calculation.
        cursor (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScorecardRowListResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        calculation_id=calculation_id,
        verdict=verdict,
        cursor=cursor,
        limit=limit,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    calculation_id: UUID | Unset = UNSET,
    verdict: ScorecardVerdict | Unset = UNSET,
    cursor: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ScorecardRowListResponse | None:
    """List per-row scorecard results of a calculation, a page at a time

    Args:
        table_id (UUID):
        sheet_id (UUID):
        calculation_id (UUID | Unset):
        verdict (ScorecardVerdict | Unset): Outcome of a row or a whole calculation.
        cursor (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScorecardRowListResponse
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            sheet_id=sheet_id,
            client=client,
            calculation_id=calculation_id,
            verdict=verdict,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
