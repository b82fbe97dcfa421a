from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.scorecard_row_response import ScorecardRowResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    table_id: UUID,
    sheet_id: UUID,
    row_index: int,
    *,
    calculation_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_calculation_id: str | Unset = UNSET
    if not isinstance(calculation_id, Unset):
        json_calculation_id = str(calculation_id)
    params["calculation_id"] = json_calculation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/scorecard/rows/{row_index}".format(
            table_id=quote(str(table_id), safe=""),
            sheet_id=quote(str(sheet_id), safe=""),
            row_index=quote(str(row_index), safe=""),
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
) -> ErrorResponse | ScorecardRowResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = ScorecardRowResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ScorecardRowResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table_id: UUID,
    sheet_id: UUID,
    row_index: int,
    *,
    client: AuthenticatedClient | Client,
    calculation_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | ScorecardRowResponse]:
    """Read the scorecard breakdown of one row

    Args:
        table_id (UUID):
        sheet_id (UUID):
        row_index (int):
        calculation_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScorecardRowResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        row_index=row_index,
        calculation_id=calculation_id,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    table_id: UUID,
    sheet_id: UUID,
    row_index: int,
    *,
    client: AuthenticatedClient | Client,
    calculation_id: UUID | Unset = UNSET,
) -> ErrorResponse | ScorecardRowResponse | None:
    """Read the scorecard breakdown of one row

    Args:
        table_id (UUID):
        sheet_id (UUID):
        row_index (int):
        calculation_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScorecardRowResponse
    """

    return sync_detailed(
        table_id=table_id,
        sheet_id=sheet_id,
        row_index=row_index,
        client=client,
        calculation_id=calculation_id,
    ).parsed


async def asyncio_detailed(
    table_id: UUID,
    sheet_id: UUID,
    row_index: int,
    *,
    client: AuthenticatedClient | Client,
    calculation_id: UUID | Unset = UNSET,
) -> Response[ErrorResponse | ScorecardRowResponse]:
    """Read the scorecard breakdown of one row

    Args:
        table_id (UUID):
        sheet_id (UUID):
        row_index (int):
        calculation_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScorecardRowResponse]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        row_index=row_index,
        calculation_id=calculation_id,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    table_id: UUID,
    sheet_id: UUID,
    row_index: int,
    *,
    client: AuthenticatedClient | Client,
    calculation_id: UUID | Unset = UNSET,
) -> ErrorResponse | ScorecardRowResponse | None:
    """Read the scorecard breakdown of one row

    Args:
        table_id (UUID):
        sheet_id (UUID):
        row_index (int):
        calculation_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScorecardRowResponse
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            sheet_id=sheet_id,
            row_index=row_index,
            client=client,
            calculation_id=calculation_id,
        )
    ).parsed
