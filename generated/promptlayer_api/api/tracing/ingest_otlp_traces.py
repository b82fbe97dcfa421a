from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.otlp_content_encoding import OtlpContentEncoding
from ...models.otlp_export_trace_service_request import OtlpExportTraceServiceRequest
from ...models.otlp_export_trace_service_response import OtlpExportTraceServiceResponse
from ...models.trace_closed_error import TraceClosedError
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: OtlpExportTraceServiceRequest | File | Unset = UNSET,
    close_after: bool | Unset = False,
    content_encoding: OtlpContentEncoding | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(content_encoding, Unset):
        headers["Content-Encoding"] = str(content_encoding)

    params: dict[str, Any] = {}

    params["close_after"] = close_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/traces",
        "params": params,
    }

    if isinstance(body, OtlpExportTraceServiceRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    if isinstance(body, File):
        _kwargs["content"] = body.payload

        headers["Content-Type"] = "application/x-protobuf"

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
    | ErrorResponse
    | HTTPValidationError
    | OtlpExportTraceServiceResponse
    | TraceClosedError
    | None
):
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = OtlpExportTraceServiceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        if not _has_json_body(response):
            return None
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        if not _has_json_body(response):
            return None
        response_409 = TraceClosedError.from_dict(response.json())

        return response_409

    if response.status_code == 415:
        if not _has_json_body(response):
            return None
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

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
    ErrorResponse | ErrorResponse | HTTPValidationError | OtlpExportTraceServiceResponse | TraceClosedError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OtlpExportTraceServiceRequest | File | Unset = UNSET,
    close_after: bool | Unset = False,
    content_encoding: OtlpContentEncoding | Unset = UNSET,
) -> Response[
    ErrorResponse | ErrorResponse | HTTPValidationError | OtlpExportTraceServiceResponse | TraceClosedError
]:
    """Ingest spans sent by an OTLP/HTTP exporter

    Args:
        close_after (bool | Unset):  Default: False.
        content_encoding (OtlpContentEncoding | Unset): Compression applied to the request body.
        body (OtlpExportTraceServiceRequest): OTLP/JSON export request (see the OpenTelemetry OTLP
            specification).
        body (File): A serialized ExportTraceServiceRequest protobuf message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | OtlpExportTraceServiceResponse | TraceClosedError]
    """

    request_kwargs = _get_kwargs(
        body=body,
        close_after=close_after,
        content_encoding=content_encoding,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OtlpExportTraceServiceRequest | File | Unset = UNSET,
    close_after: bool | Unset = False,
    content_encoding: OtlpContentEncoding | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | OtlpExportTraceServiceResponse
    | TraceClosedError
    | None
):
    """Ingest spans sent by an OTLP/HTTP exporter

    Args:
        close_after (bool | Unset):  Default: False.
        content_encoding (OtlpContentEncoding | Unset): Compression applied to the request body.
        body (OtlpExportTraceServiceRequest): OTLP/JSON export request (see the OpenTelemetry OTLP
            specification).
        body (File): A serialized ExportTraceServiceRequest protobuf message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | OtlpExportTraceServiceResponse | TraceClosedError
    """

    return sync_detailed(
        client=client,
        body=body,
        close_after=close_after,
        content_encoding=content_encoding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OtlpExportTraceServiceRequest | File | Unset = UNSET,
    close_after: bool | Unset = False,
    content_encoding: OtlpContentEncoding | Unset = UNSET,
) -> Response[
    ErrorResponse | ErrorResponse | HTTPValidationError | OtlpExportTraceServiceResponse | TraceClosedError
]:
    """Ingest spans sent by an OTLP/HTTP exporter

    Args:
        close_after (bool | Unset):  Default: False.
        content_encoding (OtlpContentEncoding | Unset): Compression applied to the request body.
        body (OtlpExportTraceServiceRequest): OTLP/JSON export request (see the OpenTelemetry OTLP
            specification).
        body (File): A serialized ExportTraceServiceRequest protobuf message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | OtlpExportTraceServiceResponse | TraceClosedError]
    """

    request_kwargs = _get_kwargs(
        body=body,
        close_after=close_after,
        content_encoding=content_encoding,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OtlpExportTraceServiceRequest | File | Unset = UNSET,
    close_after: bool | Unset = False,
    content_encoding: OtlpContentEncoding | Unset = UNSET,
) -> (
    ErrorResponse
    | ErrorResponse
    | HTTPValidationError
    | OtlpExportTraceServiceResponse
    | TraceClosedError
    | None
):
    """Ingest spans sent by an OTLP/HTTP exporter

    Args:
        close_after (bool | Unset):  Default: False.
        content_encoding (OtlpContentEncoding | Unset): Compression applied to the request body.
        body (OtlpExportTraceServiceRequest): OTLP/JSON export request (see the OpenTelemetry OTLP
            specification).
        body (File): A serialized ExportTraceServiceRequest protobuf message.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | OtlpExportTraceServiceResponse | TraceClosedError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            close_after=close_after,
            content_encoding=content_encoding,
        )
    ).parsed
