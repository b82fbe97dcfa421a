"""Background request logs over http.client (LightDriver), and when they go through httpx instead.

Every log here is made the way a user makes one: a provider call through `pl.openai`, whose
own traffic goes to a mock transport of the openai SDK's HTTP library (httpx2, not httpx), so
that the patches below see PromptLayer's requests only. Which stack sent a log is read from the
request the local server received: httpx adds `Accept: */*` and asks for compressed answers;
http.client adds no Accept header, and the light sender asks for `identity`.
"""

from __future__ import annotations

import asyncio
import functools
import http.client
import importlib
import logging
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

import httpx
import httpx2
import pytest
import trustme
import vcr
import wrapt

from promptlayer import AsyncPromptLayer, PromptLayer, PromptLayerValidationError
from promptlayer._transport.drivers import SyncDriver
from promptlayer._transport.flow import ApiRequest
from promptlayer._transport.light import (
    HTTPX_PATH,
    LightDriver,
    background_transport_mode,
    httpx_patched,
    light_transport_applies,
)
from promptlayer.testing import Fault, LocalPromptLayer, RecordedRequest, recorded_waits

KEY = "light-transport-key"
MODE = "PROMPTLAYER_BACKGROUND_TRANSPORT"
COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1_700_000_000,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hello.", "refusal": None},
            "logprobs": None,
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
}
TRACK_PATH = "/track-request"


@pytest.fixture(autouse=True)
def default_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODE, raising=False)


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY) as running:
        yield running
    assert not running.contract_errors


@pytest.fixture
def sleeps() -> Iterator[list[float]]:
    with recorded_waits() as waits:
        yield waits


@pytest.fixture
def pl(server: LocalPromptLayer, sleeps: list[float]) -> Iterator[PromptLayer]:
    with PromptLayer(api_key=KEY, base_url=server.base_url) as client:
        yield client


def answer_completion(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, json=COMPLETION)


def chat(pl: PromptLayer | AsyncPromptLayer) -> Any:
    """An OpenAI client through `pl`, answered by a mock transport."""
    return pl.openai.OpenAI(
        api_key="sk-test",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(answer_completion)),
    )


def log_call(pl: PromptLayer, tag: str) -> None:
    """A provider call, logged in the background; waits until the log was delivered."""
    chat(pl).chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], pl_tags=[tag]
    )
    pl.flush(timeout=10)


def sent_by(request: RecordedRequest) -> str:
    accept = request.headers.get("accept")
    encoding = request.headers.get("accept-encoding", "")
    if accept == "*/*" and "gzip" in encoding:
        return "httpx"
    assert accept is None and encoding == "identity", request.headers
    return "http.client"


def logs(server: LocalPromptLayer) -> list[tuple[str, str]]:
    """(tag, the stack that sent it) for each /track-request the server received."""
    return [(request.json()["tags"][0], sent_by(request)) for request in server.requests_for("track_request")]


def test_background_logs_go_over_http_client_with_the_clients_headers(server: LocalPromptLayer) -> None:
    with PromptLayer(api_key=KEY, base_url=server.base_url, default_headers={"X-Team": "search"}) as pl:
        for index in range(5):
            log_call(pl, f"t{index}")
        # return_pl_id=True waits for the log, sent from the caller's thread by the client's httpx
        chat(pl).chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "hi"}],
            pl_tags=["waited"],
            return_pl_id=True,
        )
    assert logs(server) == [*((f"t{index}", "http.client") for index in range(5)), ("waited", "httpx")]
    light, heavy = server.requests_for("track_request")[0], server.requests_for("track_request")[-1]
    for name in ("x-api-key", "x-team", "user-agent"):
        assert light.headers[name] == heavy.headers[name]
    assert light.headers["x-api-key"] == KEY
    assert light.headers["user-agent"].startswith("promptlayer-python/")
    assert light.headers["content-type"] == "application/json"


# -- A patched HTTP stack sees every background log ------------------------------------------------


def _track_requests(requests: list[Any]) -> int:
    return sum(1 for request in requests if request.url.path == TRACK_PATH)


@contextmanager
def mock_patch_of_client_send(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], int]]:
    """unittest.mock with autospec: a plain function that copies `__module__` from httpx."""
    with mock.patch.object(httpx.Client, "send", autospec=True, side_effect=httpx.Client.send) as spy:
        yield lambda: _track_requests([call.args[1] for call in spy.call_args_list])


@contextmanager
def functools_wraps_of_handle_request(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], int]]:
    seen: list[httpx.Request] = []
    original = httpx.HTTPTransport.handle_request

    @functools.wraps(original)
    def counting(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return original(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", counting)
    yield lambda: _track_requests(seen)


@contextmanager
def wrapt_wrapper_of_handle_request(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], int]]:
    """As OpenTelemetry's httpx instrumentation patches: `wrapt.wrap_function_wrapper`."""
    seen: list[httpx.Request] = []

    def counting(wrapped: Any, instance: Any, args: Any, kwargs: Any) -> Any:
        seen.append(args[0])
        return wrapped(*args, **kwargs)

    # wrapt has no unpatch: monkeypatch puts the original back at teardown.
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", httpx.HTTPTransport.handle_request)
    wrapt.wrap_function_wrapper(httpx.HTTPTransport, "handle_request", counting)
    yield lambda: _track_requests(seen)


@contextmanager
def subclass_over_http_connection(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], int]]:
    seen: list[str] = []

    class Counting(http.client.HTTPConnection):
        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> None:
            seen.append(url)
            super().request(method, url, *args, **kwargs)

    monkeypatch.setattr(http.client, "HTTPConnection", Counting)
    yield lambda: seen.count(TRACK_PATH)


@contextmanager
def subclass_over_socket(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], int]]:
    seen: list[bytes] = []

    class Counting(socket.socket):
        def sendall(self, data: Any, *args: Any) -> None:
            seen.append(bytes(data))
            super().sendall(data, *args)

    monkeypatch.setattr(socket, "socket", Counting)
    yield lambda: sum(1 for data in seen if data.startswith(b"POST " + TRACK_PATH.encode()))


PATCHES = {
    "mock.patch autospec, httpx.Client.send": (mock_patch_of_client_send, "httpx"),
    "functools.wraps, httpx.HTTPTransport.handle_request": (functools_wraps_of_handle_request, "httpx"),
    "wrapt, httpx.HTTPTransport.handle_request": (wrapt_wrapper_of_handle_request, "httpx"),
    "subclass over http.client.HTTPConnection": (subclass_over_http_connection, "http.client"),
    "subclass over socket.socket": (subclass_over_socket, "http.client"),
}


@pytest.mark.parametrize("style", list(PATCHES))
def test_a_patch_sees_every_background_log(
    style: str, pl: PromptLayer, server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A patch of httpx moves the logs to httpx; a patch of http.client or the socket module is
    on the light sender's own path, which then opens a connection through it. Either way the
    patch sees the log, and the log still reaches PromptLayer. Patched after a first log, so
    that a kept-alive connection exists."""
    install, sender_while_patched = PATCHES[style]
    log_call(pl, "before")
    with pytest.MonkeyPatch.context() as patching, install(patching) as seen:
        log_call(pl, "patched")
        log_call(pl, "patched again")
        assert seen() == 2
    log_call(pl, "after")
    assert logs(server) == [
        ("before", "http.client"),
        ("patched", sender_while_patched),
        ("patched again", sender_while_patched),
        ("after", "http.client"),
    ]


def test_a_patch_made_before_the_client_sees_its_logs(server: LocalPromptLayer) -> None:
    with pytest.MonkeyPatch.context() as patching, wrapt_wrapper_of_handle_request(patching) as seen:
        with PromptLayer(api_key=KEY, base_url=server.base_url) as pl:
            log_call(pl, "patched")
        assert seen() == 1
    assert logs(server) == [("patched", "httpx")]


def test_a_vcrpy_cassette_records_background_logs(
    pl: PromptLayer, server: LocalPromptLayer, tmp_path: Any
) -> None:
    recorder = vcr.VCR(record_mode="all")
    with recorder.use_cassette(str(tmp_path / "logs.yaml")) as cassette:
        log_call(pl, "recorded")
    assert [request.path for request in cassette.requests if request.host == "127.0.0.1"] == [TRACK_PATH]
    assert logs(server) == [("recorded", "httpx")]


def test_async_client_logs_are_seen_by_a_patch_too(
    server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def main() -> None:
        async with AsyncPromptLayer(api_key=KEY, base_url=server.base_url) as apl:
            client = apl.openai.AsyncOpenAI(
                api_key="sk-test",
                max_retries=0,
                http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(answer_completion)),
            )
            messages = [{"role": "user", "content": "hi"}]
            await client.chat.completions.create(model="gpt-4o-mini", messages=messages, pl_tags=["plain"])
            await apl.flush(timeout=10)
            with functools_wraps_of_handle_request(monkeypatch) as seen:
                await client.chat.completions.create(
                    model="gpt-4o-mini", messages=messages, pl_tags=["patched"]
                )
                await apl.flush(timeout=10)
                assert seen() == 1

    asyncio.run(main())
    assert logs(server) == [("plain", "http.client"), ("patched", "httpx")]


def _replacement(original: Any) -> Any:
    def send(*args: Any, **kwargs: Any) -> Any:
        return original(*args, **kwargs)

    return send


@pytest.mark.parametrize(
    "replace",
    [
        pytest.param(
            lambda original: functools.wraps(original)(_replacement(original)), id="functools.wraps"
        ),
        pytest.param(
            lambda original: wrapt.FunctionWrapper(original, lambda w, i, a, k: w(*a, **k)), id="wrapt"
        ),
        pytest.param(wrapt.ObjectProxy, id="wrapt.ObjectProxy"),
        pytest.param(lambda original: mock.MagicMock(wraps=original), id="MagicMock"),
        pytest.param(lambda original: mock.create_autospec(original), id="autospec"),
        pytest.param(_replacement, id="plain function"),
    ],
)
def test_every_kind_of_replacement_is_recognised(
    replace: Callable[[Any], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Including those that copy or forward `__module__`, `__qualname__`, `__class__` and `==`."""
    assert httpx_patched() is None
    monkeypatch.setattr(httpx.Client, "send", replace(httpx.Client.send))
    assert httpx_patched() == "httpx.Client.send"
    monkeypatch.undo()
    assert httpx_patched() is None


@pytest.mark.parametrize(("module", "path"), HTTPX_PATH, ids=[f"{m}.{p}" for m, p in HTTPX_PATH])
def test_each_function_on_the_httpx_path_is_checked(
    module: str, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner_name, name = path.split(".")
    owner = getattr(importlib.import_module(module), owner_name)
    original = getattr(owner, name)
    monkeypatch.setattr(owner, name, functools.wraps(original)(_replacement(original)))
    assert httpx_patched() == f"{module}.{path}"


def test_a_function_gone_from_its_class_counts_as_patched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(httpx.Client, "_send_single_request")
    assert httpx_patched() == "httpx.Client._send_single_request"


# -- PROMPTLAYER_BACKGROUND_TRANSPORT ------------------------------------------------------------


def test_httpx_mode_sends_background_logs_through_httpx(
    server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODE, "httpx")
    with PromptLayer(api_key=KEY, base_url=server.base_url) as pl:
        log_call(pl, "forced")
    assert logs(server) == [("forced", "httpx")]


def test_http_client_mode_keeps_logs_on_http_client_even_when_httpx_is_patched(
    server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="promptlayer")
    monkeypatch.setenv(MODE, "http.client")
    with (
        PromptLayer(api_key=KEY, base_url=server.base_url) as pl,
        functools_wraps_of_handle_request(monkeypatch) as seen,
    ):
        log_call(pl, "forced")
        log_call(pl, "forced again")
        assert seen() == 0
    assert logs(server) == [("forced", "http.client"), ("forced again", "http.client")]
    notes = [
        record.getMessage()
        for record in caplog.records
        if "httpx.HTTPTransport.handle_request" in record.getMessage()
    ]
    assert len(notes) == 1
    assert "stay on http.client" in notes[0]


def test_http_client_mode_cannot_use_a_client_of_your_own(
    server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODE, "http.client")
    with httpx.Client() as mine, PromptLayer(api_key=KEY, base_url=server.base_url, http_client=mine) as pl:
        log_call(pl, "own")
    assert logs(server) == [("own", "httpx")]


@pytest.mark.parametrize(
    ("value", "mode"),
    [("", "auto"), ("auto", "auto"), (" HTTPX ", "httpx"), ("http.client", "http.client")],
)
def test_the_setting_is_read_case_and_space_insensitively(value: str, mode: str) -> None:
    assert background_transport_mode({MODE: value}) == mode


@pytest.mark.parametrize("value", ["light", "curl", "http_client", "requests"])
def test_an_unknown_setting_is_refused(value: str, server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerValidationError, match=MODE):
        background_transport_mode({MODE: value})
    with pytest.raises(PromptLayerValidationError, match=re.escape("auto, httpx, http.client")):
        light_transport_applies(server.base_url, own_http_client=True, environ={MODE: value})


@pytest.mark.parametrize("client_class", [PromptLayer, AsyncPromptLayer])
def test_an_unknown_setting_is_refused_when_the_client_is_made(
    client_class: type[PromptLayer | AsyncPromptLayer],
    server: LocalPromptLayer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(MODE, "light")
    with pytest.raises(PromptLayerValidationError, match=MODE):
        client_class(api_key=KEY, base_url=server.base_url)
    assert server.requests == []


def test_the_choice_is_logged_once_per_client_and_once_per_change(
    pl: PromptLayer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="promptlayer")

    def notes() -> list[str]:
        found = [record.getMessage() for record in caplog.records if "background logs" in record.getMessage()]
        caplog.clear()
        return found

    for index in range(3):
        log_call(pl, f"plain {index}")
    (chosen,) = notes()
    assert "over http.client" in chosen
    with pytest.MonkeyPatch.context() as patching, functools_wraps_of_handle_request(patching):
        for index in range(3):
            log_call(pl, f"patched {index}")
        (moved,) = notes()
        assert (
            "through the client's httpx client while httpx.HTTPTransport.handle_request is patched" in moved
        )
    log_call(pl, "plain again")
    log_call(pl, "plain again 2")
    (back,) = notes()
    assert "over http.client again" in back


def test_the_reason_for_httpx_is_logged(server: LocalPromptLayer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="promptlayer")
    with httpx.Client() as mine, PromptLayer(api_key=KEY, base_url=server.base_url, http_client=mine) as pl:
        log_call(pl, "own")
        log_call(pl, "own again")
    notes = [record.getMessage() for record in caplog.records if "background logs" in record.getMessage()]
    assert notes == [
        "PromptLayer: background logs are sent through the client's httpx client: "
        "it is the http_client you passed"
    ]


def test_not_used_behind_a_proxy(server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch) -> None:
    """http.client would not go through the proxy: logs go through httpx, which does (here it
    bypasses it for 127.0.0.1, as NO_PROXY says)."""
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.invalid:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with PromptLayer(api_key=KEY, base_url=server.base_url) as pl:
        log_call(pl, "proxied")
    assert logs(server) == [("proxied", "httpx")]


def test_not_used_when_the_base_url_carries_credentials(server: LocalPromptLayer) -> None:
    """httpx sends them as Basic auth (a proxy in front of the API may need it); http.client would not."""
    with PromptLayer(api_key=KEY, base_url=server.base_url.replace("://", "://user:pw@")) as pl:
        log_call(pl, "with credentials")
    assert logs(server) == [("with credentials", "httpx")]
    [request] = server.requests_for("track_request")
    assert {k.lower(): v for k, v in request.headers.items()}["authorization"].startswith("Basic ")


# -- The light sender behaves as httpx would -------------------------------------------------------


def test_transient_answer_is_retried(pl: PromptLayer, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("track_request", Fault.http_status(503, retry_after=0.25))
    log_call(pl, "retried")
    assert logs(server) == [("retried", "http.client"), ("retried", "http.client")]  # the 503, then stored
    assert sleeps == [0.25]
    assert len(server.state.tracking.snapshot()["request_logs"]) == 1


def test_a_server_closing_idle_connections_is_survived() -> None:
    """The first server goes away (closing the kept-alive connection); the next log reconnects
    to the one that took its place."""
    with LocalPromptLayer(api_key=KEY) as first:
        port = int(first.base_url.rsplit(":", 1)[1])
        pl = PromptLayer(api_key=KEY, base_url=first.base_url)
        log_call(pl, "first")
    try:
        with LocalPromptLayer(api_key=KEY, port=port) as second:
            log_call(pl, "second")
    finally:
        pl.close()
    assert logs(first) == [("first", "http.client")]
    assert logs(second) == [("second", "http.client")]


def test_unreachable_server_is_a_warning(sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    with LocalPromptLayer(api_key=KEY) as gone:
        base_url = gone.base_url
    with PromptLayer(api_key=KEY, base_url=base_url, max_retries=2, close_timeout=0.2) as pl:
        chat(pl).chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], pl_tags=["lost"]
        )
        pl.flush(timeout=0.2)
    # Connection refused: never sent, so retried (even though it is a write) while it lasts,
    # past the client's max_retries, until close gives up on it.
    assert len(sleeps) > 2
    assert f"could not reach {base_url.removeprefix('http://')}" in caplog.text
    assert "1 call logs were not delivered within close_timeout=0.2 s" in caplog.text
    assert KEY not in caplog.text


# -- HTTPS: the light path verifies certificates as httpx would ----------------------------------


@pytest.fixture(scope="module")
def certificate_authority() -> Any:
    return trustme.CA()


@pytest.fixture
def tls_server(certificate_authority: Any) -> Iterator[LocalPromptLayer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate_authority.issue_cert("127.0.0.1").configure_cert(context)
    with LocalPromptLayer(api_key=KEY, ssl_context=context) as running:
        yield running


def test_https_logs_go_over_http_client(
    tls_server: LocalPromptLayer, certificate_authority: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    bundle = tmp_path / "ca.pem"
    certificate_authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))  # trusted the way httpx trusts: its env
    assert tls_server.base_url.startswith("https://")
    with PromptLayer(api_key=KEY, base_url=tls_server.base_url) as pl:
        log_call(pl, "over-tls")
    assert logs(tls_server) == [("over-tls", "http.client")]


def test_https_with_an_untrusted_certificate_is_refused(
    tls_server: LocalPromptLayer, caplog: pytest.LogCaptureFixture
) -> None:
    with PromptLayer(api_key=KEY, base_url=tls_server.base_url, max_retries=0) as pl:
        log_call(pl, "refused")
    assert logs(tls_server) == []
    assert "CERTIFICATE_VERIFY_FAILED" in caplog.text


@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:8080", "https://api.example.com/", "https://h.example/v1"]
)
@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/public/v2/tables/5f0c/sheets/a1/cells/9", []),
        ("/prompt-templates/a%2Fb%20c", [("label", "prod env"), ("version", 3)]),
        ("/rows", [("include_execution_metadata", True), ("cursor", None), ("q", "a/b?c&d=é")]),
        ("/odd path/ü", [("x", "1")]),  # not a plain path: httpx.URL encodes it
    ],
)
def test_the_light_request_target_is_the_one_httpx_sends(
    base_url: str, path: str, params: list[tuple[str, Any]]
) -> None:
    fallback = SyncDriver(httpx.Client(), base_url, {})
    light = LightDriver(fallback, base_url, {}, 5.0)
    expected = httpx.URL(base_url + path, params=params or None).raw_path.decode("ascii")
    assert light._target(ApiRequest("GET", path, "reading", params)) == expected
