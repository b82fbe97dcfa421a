"""The local server's own machinery: lifecycle, auth, routing, contract checks, faults, inspection."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from promptlayer_api import AuthenticatedClient
from promptlayer_api.api.prompt_templates import get_prompt_template
from promptlayer_api.models import (
    GetPromptTemplate,
    GetPromptTemplateInputVariablesType0,
    GetPromptTemplateResponse,
)

from promptlayer.testing import ContractViolation, Fault, LocalPromptLayer
from promptlayer.testing._types import Response

KEY = "server-test-key"
SEED: dict[str, Any] = {
    "prompt_templates": [
        {
            "prompt_name": "welcome",
            "versions": [
                {
                    "prompt_template": {
                        "type": "chat",
                        "input_variables": ["name"],
                        "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi {name}"}]}],
                    }
                }
            ],
        }
    ]
}


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY, seed=SEED) as running:
        yield running


@pytest.fixture
def http(server: LocalPromptLayer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"X-API-KEY": KEY}, timeout=5) as client:
        yield client


def generated_client(server: LocalPromptLayer) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=server.base_url, token=server.api_key, prefix="", auth_header_name="X-API-KEY"
    )


def test_binds_loopback_on_a_free_port_and_stops() -> None:
    first = LocalPromptLayer().start()
    second = LocalPromptLayer().start()
    try:
        assert first.base_url.startswith("http://127.0.0.1:")
        assert first.base_url != second.base_url
        assert httpx.get(first.base_url + "/prompt-templates").status_code == 401
    finally:
        first.stop()
        second.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(first.base_url + "/prompt-templates", timeout=2)


def test_ready_as_soon_as_start_returns() -> None:
    started = time.perf_counter()
    with LocalPromptLayer(seed=SEED) as server:
        answer = httpx.post(
            server.base_url + "/prompt-templates/welcome", headers={"X-API-KEY": server.api_key}, json={}
        )
        ready = time.perf_counter() - started
    assert answer.status_code == 200
    assert ready < 5  # generous bound for a loaded CI machine; the benchmark reports the real figure


@pytest.mark.parametrize("headers", [{}, {"X-API-KEY": "wrong"}, {"Authorization": f"Bearer {KEY}"}])
def test_missing_or_wrong_key_is_401_in_the_api_error_shape(
    server: LocalPromptLayer, headers: dict[str, str]
) -> None:
    answer = httpx.post(server.base_url + "/prompt-templates/welcome", headers=headers, json={})
    assert answer.status_code == 401
    assert answer.json()["success"] is False
    assert "X-API-KEY" in answer.json()["message"]


def test_unknown_path_and_wrong_method(http: httpx.Client) -> None:
    assert http.get("/no/such/thing").status_code == 404
    assert http.delete("/log-request").status_code == 405


def test_generated_client_round_trip(server: LocalPromptLayer) -> None:
    variables = GetPromptTemplateInputVariablesType0.from_dict({"name": "Ada"})
    response = get_prompt_template.sync_detailed(
        "welcome", client=generated_client(server), body=GetPromptTemplate(input_variables=variables)
    )
    assert response.status_code == 200
    assert isinstance(response.parsed, GetPromptTemplateResponse)
    recorded = server.requests_for("get_prompt_template")
    assert len(recorded) == 1
    assert recorded[0].json()["input_variables"] == {"name": "Ada"}
    assert recorded[0].headers["x-api-key"] == KEY
    assert KEY not in repr(recorded[0])


def test_request_with_a_wrong_field_type_is_rejected_by_the_validator(http: httpx.Client) -> None:
    answer = http.post("/prompt-templates/welcome", json={"version": "three"})
    assert answer.status_code == 422
    body = answer.json()
    assert "version" in body["message"]
    assert body["detail"][0]["type"] == "contract_violation"


def test_validation_can_be_switched_off() -> None:
    with LocalPromptLayer(api_key=KEY, seed=SEED, validate=False) as server:
        answer = httpx.post(
            server.base_url + "/prompt-templates/welcome",
            headers={"X-API-KEY": KEY},
            json={"version": "three"},
        )
    # The handler itself saw the bad value: whatever it answers, it is not the validator's 422.
    assert "API contract" not in answer.text
    assert answer.status_code >= 400


def test_a_response_outside_the_spec_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from promptlayer.testing import handlers

    monkeypatch.setitem(handlers.ROUTES, "get_prompt_template", lambda ctx, req: Response.json({"id": "x"}))
    server = LocalPromptLayer(api_key=KEY, seed=SEED)
    expected = pytest.raises(ContractViolation, match="get_prompt_template answered 200 outside the spec")
    with expected, server:
        answer = httpx.post(
            server.base_url + "/prompt-templates/welcome", headers={"X-API-KEY": KEY}, json={}
        )
        assert answer.status_code == 500
        assert "local server bug" in answer.json()["message"]
    assert server.contract_errors


# -- faults -----------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "retry_after"), [(429, 2.0), (500, None), (502, None), (503, 0.5)])
def test_status_faults_then_normal_service(
    server: LocalPromptLayer, http: httpx.Client, status: int, retry_after: float | None
) -> None:
    server.inject("get_prompt_template", Fault.http_status(status, retry_after=retry_after), times=2)
    answers = [http.post("/prompt-templates/welcome", json={}) for _ in range(3)]
    assert [a.status_code for a in answers] == [status, status, 200]
    assert answers[0].json()["success"] is False
    expected = None if retry_after is None else ("2" if retry_after == 2.0 else "0.5")
    assert answers[0].headers.get("retry-after") == expected


def test_faults_are_per_route(server: LocalPromptLayer, http: httpx.Client) -> None:
    server.inject("get_prompt_template_raw", Fault.server_error(), times=1)
    assert http.post("/prompt-templates/welcome", json={}).status_code == 200
    assert http.get("/prompt-templates/welcome").status_code == 500
    assert http.get("/prompt-templates/welcome").status_code == 200


def test_fault_for_every_request_until_cleared(server: LocalPromptLayer, http: httpx.Client) -> None:
    server.inject("*", Fault.server_error(503), times=None)
    assert {http.post("/prompt-templates/welcome", json={}).status_code for _ in range(3)} == {503}
    server.clear_faults()
    assert http.post("/prompt-templates/welcome", json={}).status_code == 200


def test_unknown_fault_target_is_refused(server: LocalPromptLayer) -> None:
    with pytest.raises(ValueError, match="unknown fault target"):
        server.inject("get_prompt", Fault.server_error())


def test_delay(server: LocalPromptLayer, http: httpx.Client) -> None:
    server.inject("get_prompt_template", Fault.delay(0.3))
    started = time.perf_counter()
    assert http.post("/prompt-templates/welcome", json={}).status_code == 200
    assert time.perf_counter() - started >= 0.3
    with pytest.raises(httpx.ReadTimeout):
        server.inject("get_prompt_template", Fault.delay(1.0))
        http.post("/prompt-templates/welcome", json={}, timeout=0.2)


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault.drop(), httpx.RemoteProtocolError),
        (Fault.drop(after_handling=True), httpx.RemoteProtocolError),
        (Fault.reset(), httpx.ReadError),
        (Fault.truncated(), httpx.RemoteProtocolError),
    ],
)
def test_connection_faults(server: LocalPromptLayer, http: httpx.Client, fault: Fault, error: type) -> None:
    server.inject("get_prompt_template", fault)
    with pytest.raises(error):
        http.post("/prompt-templates/welcome", json={})
    assert http.post("/prompt-templates/welcome", json={}).status_code == 200  # a new connection works


def test_malformed_json(server: LocalPromptLayer, http: httpx.Client) -> None:
    server.inject("get_prompt_template", Fault.malformed_json())
    answer = http.post("/prompt-templates/welcome", json={})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        answer.json()


def test_html_error_page(server: LocalPromptLayer) -> None:
    server.inject("get_prompt_template", Fault.html_error(502))
    response = get_prompt_template.sync_detailed("welcome", client=generated_client(server))
    assert response.status_code == 502
    assert response.content.startswith(b"<!DOCTYPE html>")
    assert response.parsed is None


# -- inspection over HTTP, seed from a file, the CLI, the pytest fixture -------------------


def test_admin_endpoints(server: LocalPromptLayer, http: httpx.Client) -> None:
    http.post("/prompt-templates/welcome", json={})
    recorded = http.get("/_local/requests").json()
    assert [r["operation_id"] for r in recorded] == ["get_prompt_template"]
    assert http.get("/_local/state").json()["templates"]
    added = http.post(
        "/_local/faults", json={"target": "get_prompt_template", "fault": {"kind": "status", "status": 503}}
    )
    assert added.status_code == 201
    assert http.post("/prompt-templates/welcome", json={}).status_code == 503
    assert http.delete("/_local/requests").status_code == 204
    assert http.get("/_local/requests").json() == []
    assert httpx.get(server.base_url + "/_local/requests").status_code == 401


def test_seed_from_file(tmp_path: Any) -> None:
    seed_file = tmp_path / "seed.json"
    seed_file.write_text(json.dumps(SEED))
    with LocalPromptLayer(api_key=KEY, seed=seed_file) as server:
        answer = httpx.post(
            server.base_url + "/prompt-templates/welcome", headers={"X-API-KEY": KEY}, json={}
        )
    assert answer.status_code == 200


def test_unknown_seed_section_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown seed section"):
        LocalPromptLayer(seed={"prompts": []})


def test_serve_command(tmp_path: Any) -> None:
    seed_file = tmp_path / "seed.json"
    seed_file.write_text(json.dumps(SEED))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "promptlayer.testing",
            "serve",
            "--seed",
            str(seed_file),
            "--api-key",
            "cli-key",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        url_line = process.stdout.readline().strip()
        key_line = process.stdout.readline().strip()
        assert url_line.startswith("PROMPTLAYER_BASE_URL=http://127.0.0.1:")
        assert key_line == "PROMPTLAYER_API_KEY=cli-key"
        base_url = url_line.split("=", 1)[1]
        answer = httpx.post(base_url + "/prompt-templates/welcome", headers={"X-API-KEY": "cli-key"}, json={})
        assert answer.status_code == 200
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0


@pytest.fixture
def promptlayer_seed() -> dict[str, Any]:
    return SEED


def test_pytest_fixture(promptlayer_server: LocalPromptLayer) -> None:
    answer = httpx.post(
        promptlayer_server.base_url + "/prompt-templates/welcome",
        headers={"X-API-KEY": promptlayer_server.api_key},
        json={},
    )
    assert answer.status_code == 200
