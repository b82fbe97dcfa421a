"""A stand-in for `client.completions`, the legacy text completions of anthropic SDKs before 2.0
(which 2.x removed): the same request, sent through the client's own request machinery with
the SDK's stream and raw-response types, so the proxy sees what it sees with those SDKs.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

import anthropic
from anthropic import AsyncStream, BaseModel, Stream
from anthropic._base_client import make_request_options
from anthropic._resource import AsyncAPIResource, SyncAPIResource
from anthropic._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)


class Completion(BaseModel):
    id: str
    completion: str
    model: str
    stop_reason: str | None = None
    type: Literal["completion"]


def _body(max_tokens_to_sample: int, model: str, prompt: str, stream: bool | None) -> dict[str, Any]:
    body: dict[str, Any] = {"max_tokens_to_sample": max_tokens_to_sample, "model": model, "prompt": prompt}
    if stream is not None:
        body["stream"] = stream
    return body


class Completions(SyncAPIResource):
    def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: str,
        prompt: str,
        stream: bool | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> Any:
        return self._post(
            "/v1/complete",
            body=_body(max_tokens_to_sample, model, prompt, stream),
            options=make_request_options(extra_headers=extra_headers),
            cast_to=Completion,
            stream=stream or False,
            stream_cls=Stream[Completion],
        )

    @cached_property
    def with_raw_response(self) -> Any:
        return _View(create=to_raw_response_wrapper(self.create))

    @cached_property
    def with_streaming_response(self) -> Any:
        return _View(create=to_streamed_response_wrapper(self.create))


class AsyncCompletions(AsyncAPIResource):
    async def create(
        self,
        *,
        max_tokens_to_sample: int,
        model: str,
        prompt: str,
        stream: bool | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> Any:
        return await self._post(
            "/v1/complete",
            body=_body(max_tokens_to_sample, model, prompt, stream),
            options=make_request_options(extra_headers=extra_headers),
            cast_to=Completion,
            stream=stream or False,
            stream_cls=AsyncStream[Completion],
        )

    @cached_property
    def with_raw_response(self) -> Any:
        return _AsyncMethods(create=async_to_raw_response_wrapper(self.create))

    @cached_property
    def with_streaming_response(self) -> Any:
        return _AsyncMethods(create=async_to_streamed_response_wrapper(self.create))


class _View:
    def __init__(self, **methods: Any) -> None:
        self.__dict__.update(methods)


class _AsyncMethods(_View):
    """Named Async* as the SDKs name their async views (tests/modes.py views it)."""


def add_legacy_completions(client: Any) -> Any:
    """`client` (a proxied Anthropic or AsyncAnthropic) with `completions`, as the old SDKs had it."""
    is_async = isinstance(client, anthropic.AsyncAnthropic)
    client.completions = (AsyncCompletions if is_async else Completions)(client)
    return client
