"""/healthz and /openapi.json: open to anyone, with the version headers."""

from __future__ import annotations

import uuid

from desmig_server import __version__

from ...conftest import Api, ThreadedServer


def test_healthz_answers_without_a_token_and_says_versions_and_epoch(
    server: ThreadedServer,
) -> None:
    response = Api(server.url, client_version=None).get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["server_version"] == __version__
    uuid.UUID(body["epoch"])
    assert response.headers["X-Desmig-Server-Version"] == __version__
    assert response.headers["X-Desmig-Min-Client-Version"] == "0.1.0"


def test_openapi_lists_the_protocol_endpoints(server: ThreadedServer) -> None:
    response = Api(server.url, client_version=None).get("/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {"/healthz", "/api/v1/enrol", "/api/v1/push", "/api/v1/pull", "/api/v1/status"} <= set(
        paths
    )
    # The push route reads its body itself (on its worker thread), and still documents it.
    push_body = paths["/api/v1/push"]["post"]["requestBody"]["content"]["application/json"]
    assert push_body["schema"]["title"] == "PushRequest"
    assert set(push_body["schema"]["required"]) == {"changes", "checksum"}
