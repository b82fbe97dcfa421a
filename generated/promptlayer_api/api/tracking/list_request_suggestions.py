from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.request_suggestion_field import RequestSuggestionField
from ...models.request_suggestions_response import RequestSuggestionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    field: RequestSuggestionField,
    prefix: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    filter_group: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_field = field.value
    params["field"] = json_field

    params["prefix"] = prefix

    params["metadata_key"] = metadata_key

    params["prompt_id"] = prompt_id

    params["filter_group"] = filter_group

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/public/v2/requests/suggestions",
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
) -> ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse | None:
    if response.status_code == 200:
        if not _has_json_body(response):
            return None
        response_200 = RequestSuggestionsResponse.from_dict(response.json())

        return response_200

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

    if response.status_code == 429:
        if not _has_json_body(response):
            return None
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    field: RequestSuggestionField,
    prefix: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    filter_group: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse]:
    """Suggest values of a request log field, for autocompleting filters

    Args:
        field (RequestSuggestionField): Request log fields that values can be suggested for.
        prefix (str | Unset):
        metadata_key (str | Unset):
        prompt_id (int | Unset):
        filter_group (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse]
    """

    request_kwargs = _get_kwargs(
        field=field,
        prefix=prefix,
        metadata_key=metadata_key,
        prompt_id=prompt_id,
        filter_group=filter_group,
    )
    response = client.request(**request_kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    field: RequestSuggestionField,
    prefix: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    filter_group: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse | None:
    """Suggest values of a request log field, for autocompleting filters

    Args:
        field (RequestSuggestionField): Request log fields that values can be suggested for.
        prefix (str | Unset):
        metadata_key (str | Unset):
        prompt_id (int | Unset):
        filter_group (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse
    """

    return sync_detailed(
        client=client,
        field=field,
        prefix=prefix,
        metadata_key=metadata_key,
        prompt_id=prompt_id,
        filter_group=filter_group,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    field: RequestSuggestionField,
    prefix: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    filter_group: str | Unset = UNSET,
) -> Response[ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse]:
    """Suggest values of a request log field, for autocompleting filters

    Args:
        field (RequestSuggestionField): Request log fields that values can be suggested for.
        prefix (str | Unset):
        metadata_key (str | Unset):
        prompt_id (int | Unset):
        filter_group (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse]
    """

    request_kwargs = _get_kwargs(
        field=field,
        prefix=prefix,
        metadata_key=metadata_key,
        prompt_id=prompt_id,
        filter_group=filter_group,
    )
    response = await client.arequest(**request_kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    field: RequestSuggestionField,
    prefix: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    prompt_id: int | Unset = UNSET,
    filter_group: str | Unset = UNSET,
) -> ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse | None:
    """Suggest values of a request log field, for autocompleting filters

    Args:
        field (RequestSuggestionField): Request log fields that values can be suggested for.
        prefix (str | Unset):
        metadata_key (str | Unset):
        prompt_id (int | Unset):
        filter_group (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ErrorResponse | HTTPValidationError | RequestSuggestionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            field=field,
            prefix=prefix,
            metadata_key=metadata_key,
            prompt_id=prompt_id,
            filter_group=filter_group,
        )
    ).parsed
