"""Operations whose bodies or answers are not JSON: zip downloads, multipart uploads, OTLP protobuf."""

from __future__ import annotations

import io
import json

import httpx
from promptlayer_api import AuthenticatedClient
from promptlayer_api.api.release_labels import delete_prompt_label
from promptlayer_api.api.skill_collections import create_skill_collection, get_skill_collection
from promptlayer_api.api.tracing import ingest_otlp_traces
from promptlayer_api.models import (
    CreateSkillCollectionMultipartRequest,
    CreateSkillCollectionRequest,
    GetSkillCollectionResponse,
    SkillCollectionDownloadFormat,
)
from promptlayer_api.types import File

ZIP_BYTES = b"PK\x03\x04fake-zip-payload"


def client_for(handler: httpx.MockTransport) -> AuthenticatedClient:
    client = AuthenticatedClient(
        base_url="https://api.test", token="k", prefix="", auth_header_name="X-API-KEY"
    )
    client.set_httpx_client(
        httpx.Client(base_url="https://api.test", transport=handler, headers={"X-API-KEY": "k"})
    )
    return client


def test_zip_download_keeps_bytes_and_skips_json_parsing() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=ZIP_BYTES, headers={"content-type": "application/zip"})

    response = get_skill_collection.sync_detailed(
        "my-skills",
        client=client_for(httpx.MockTransport(handler)),
        format_=SkillCollectionDownloadFormat.ZIP,
    )
    assert seen[0].url.params["format"] == "zip"
    assert response.status_code == 200
    assert response.parsed is None
    assert response.content == ZIP_BYTES


def test_json_answer_of_the_same_operation_parses() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "success": True,
                "skill_collection": {"name": "s"},
                "files": {"a.md": "x"},
                "version": None,
            },
        )

    response = get_skill_collection.sync_detailed(
        "my-skills", client=client_for(httpx.MockTransport(handler))
    )
    assert isinstance(response.parsed, GetSkillCollectionResponse)


def test_empty_204_does_not_raise() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(204)

    response = delete_prompt_label.sync_detailed(12, client=client_for(httpx.MockTransport(handler)))
    assert response.status_code == 204
    assert response.parsed is None


def test_multipart_upload_sends_a_real_boundary() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"success": True, "skill_collection": {}, "external_ids": []})

    body = CreateSkillCollectionMultipartRequest(
        zip_=File(payload=io.BytesIO(ZIP_BYTES), file_name="skills.zip", mime_type="application/zip")
    )
    create_skill_collection.sync_detailed(client=client_for(httpx.MockTransport(handler)), body=body)
    request = seen[0]
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1]
    assert boundary != "+++"
    payload = request.read()
    assert f"--{boundary}".encode() in payload
    assert b'name="zip"; filename="skills.zip"' in payload
    assert ZIP_BYTES in payload


def test_json_body_of_the_same_operation() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"success": True, "skill_collection": {}, "external_ids": []})

    body = CreateSkillCollectionRequest.from_dict({"name": "my-skills"})
    create_skill_collection.sync_detailed(client=client_for(httpx.MockTransport(handler)), body=body)
    assert seen[0].headers["content-type"] == "application/json"
    assert json.loads(seen[0].content)["name"] == "my-skills"


def test_otlp_protobuf_body_is_sent_with_its_media_type() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"", headers={"content-type": "application/x-protobuf"})

    payload = b"\x0a\x02\x08\x01"
    response = ingest_otlp_traces.sync_detailed(
        client=client_for(httpx.MockTransport(handler)), body=File(payload=io.BytesIO(payload))
    )
    assert seen[0].headers["content-type"] == "application/x-protobuf"
    assert seen[0].content == payload
    assert response.status_code == 200
    assert response.parsed is None
