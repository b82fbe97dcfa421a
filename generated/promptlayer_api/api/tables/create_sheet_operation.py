from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sheet_operation_confirmation_required import SheetOperationConfirmationRequired
from ...models.sheet_operation_create_request import SheetOperationCreateRequest
from ...models.sheet_operation_noop import SheetOperationNoop
from ...models.sheet_operation_queued import SheetOperationQueued
from ...models.sheet_operation_unknown_result import SheetOperationUnknownResult
from ...types import Response


def _get_kwargs(
    table_id: UUID,
    sheet_id: UUID,
    *,
    body: SheetOperationCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/operations".format(
            table_id=quote(str(table_id), safe=""),
            sheet_id=quote(str(sheet_id), safe=""),
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
) -> (
    ErrorResponse
    | SheetOperationConfirmationRequired
    | SheetOperationNoop
    | SheetOperationQueued
    | SheetOperationUnknownResult
    | None
):
    if response.status_code == 200:
        if not _has_json_body(response):
            return None

        def _parse_response_200(
            data: object,
        ) -> (
            SheetOperationConfirmationRequired
            | SheetOperationNoop
            | SheetOperationQueued
            | SheetOperationUnknownResult
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sheet_operation_create_result_type_0 = SheetOperationQueued.from_dict(data)

                return componentsschemas_sheet_operation_create_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sheet_operation_create_result_type_1 = SheetOperationNoop.from_dict(data)

                return componentsschemas_sheet_operation_create_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sheet_operation_create_result_type_2 = (
                    SheetOperationConfirmationRequired.from_dict(data)
                )

                return componentsschemas_sheet_operation_create_result_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_sheet_operation_create_result_type_3 = SheetOperationUnknownResult.from_dict(
                data
            )

            return componentsschemas_sheet_operation_create_result_type_3

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:
        if not _has_json_body(response):
            return None

        def _parse_response_202(
            data: object,
        ) -> (
            SheetOperationConfirmationRequired
            | SheetOperationNoop
            | SheetOperationQueued
            | SheetOperationUnknownResult
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sheet_operation_create_result_type_0 = SheetOperationQueued.from_dict(data)

                return componentsschemas_sheet_operation_create_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sheet_operation_create_result_type_1 = SheetOperationNoop.from_dict(data)

                return componentsschemas_sheet_operation_create_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sheet_operation_create_result_type_2 = (
                    SheetOperationConfirmationRequired.from_dict(data)
                )

                return componentsschemas_sheet_operation_create_result_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_sheet_operation_create_result_type_3 = SheetOperationUnknownResult.from_dict(
                data
            )

            return componentsschemas_sheet_operation_create_result_type_3

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
) -> Response[
    ErrorResponse
    | SheetOperationConfirmationRequired
    | SheetOperationNoop
    | SheetOperationQueued
    | SheetOperationUnknownResult
]:
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
    body: SheetOperationCreateRequest,
) -> Response[
    ErrorResponse
    | SheetOperationConfirmationRequired
    | SheetOperationNoop
    | SheetOperationQueued
    | SheetOperationUnknownResult
]:
    """Queue a recalculation of the chosen columns, rows and cell statuses

    Args:
        table_id (UUID):
        sheet_id (UUID):
        body (SheetOperationCreateRequest): Which cells to recalculate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SheetOperationConfirmationRequired | SheetOperationNoop | SheetOperationQueued | SheetOperationUnknownResult]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        body=body,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SheetOperationCreateRequest,
) -> (
    ErrorResponse
    | SheetOperationConfirmationRequired
    | SheetOperationNoop
    | SheetOperationQueued
    | SheetOperationUnknownResult
    | None
):
    """Queue a recalculation of the chosen columns, rows and cell statuses

    Args:
        table_id (UUID):
        sheet_id (UUID):
        body (SheetOperationCreateRequest): Which cells to recalculate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SheetOperationConfirmationRequired | SheetOperationNoop | SheetOperationQueued | SheetOperationUnknownResult
    """

    return sync_detailed(
        table_id=table_id,
        sheet_id=sheet_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SheetOperationCreateRequest,
) -> Response[
    ErrorResponse
    | SheetOperationConfirmationRequired
    | SheetOperationNoop
    | SheetOperationQueued
    | SheetOperationUnknownResult
]:
    """Queue a recalculation of the chosen columns, rows and cell statuses

    Args:
        table_id (UUID):
        sheet_id (UUID):
        body (SheetOperationCreateRequest): Which cells to recalculate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SheetOperationConfirmationRequired | SheetOperationNoop | SheetOperationQueued | SheetOperationUnknownResult]
    """

    request_kwargs = _get_kwargs(
        table_id=table_id,
        sheet_id=sheet_id,
        body=body,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    table_id: UUID,
    sheet_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SheetOperationCreateRequest,
) -> (
    ErrorResponse
    | SheetOperationConfirmationRequired
    | SheetOperationNoop
    | SheetOperationQueued
    | SheetOperationUnknownResult
    | None
):
    """Queue a recalculation of the chosen columns, rows and cell statuses

    Args:
        table_id (UUID):
        sheet_id (UUID):
        body (SheetOperationCreateRequest): Which cells to recalculate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SheetOperationConfirmationRequired | SheetOperationNoop | SheetOperationQueued | SheetOperationUnknownResult
    """

    return (
        await asyncio_detailed(
            table_id=table_id,
            sheet_id=sheet_id,
            client=client,
            body=body,
        )
    ).parsed
