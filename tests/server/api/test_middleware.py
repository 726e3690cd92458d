"""Transport: gzip both ways, the body size limit after decompression, versions (426)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable

import requests

from desmig_server.sync import checksum

from ..conftest import Api, Laptop, ThreadedServer


def test_a_gzip_request_body_is_applied(enrol: Callable[..., Laptop]) -> None:
    laptop = enrol()
    response = laptop.api.push(
        [laptop.insert_person(name="Gzip Santoso")], epoch=laptop.epoch, compress=True
    )
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] == "applied"
    assert laptop.pull_all()[0]["changes"]["name"] == "Gzip Santoso"


def test_a_body_too_large_after_decompression_is_413(
    start_server: Callable[..., ThreadedServer], enrol: Callable[..., Laptop]
) -> None:
    small = start_server(max_body_bytes=64 * 1024)
    laptop = enrol()
    laptop.api.base_url = small.url
    changes = [laptop.insert_person(birth_place="x" * 80) for _ in range(200)]
    body = {"epoch": laptop.epoch, "changes": changes, "checksum": checksum(changes)}
    raw = json.dumps(body).encode()
    assert len(raw) > 64 * 1024 > len(gzip.compress(raw))

    for compress in (True, False):
        response = laptop.api.push_body(body, compress=compress)
        assert response.status_code == 413, response.text
        assert "larger than 65536 bytes" in response.json()["detail"]
    assert laptop.api.get("/api/v1/status").json()["last_seq"] == 0

    # Halving the batch until it fits gets through, as the client does after a 413.
    size = len(changes)
    while (
        response := laptop.api.push(changes[:size], epoch=laptop.epoch, compress=True)
    ).status_code == 413:
        size //= 2
    assert response.status_code == 200 and 0 < size < len(changes)
    assert response.json()["last_seq"] == size


def test_a_broken_gzip_body_is_400(enrol: Callable[..., Laptop]) -> None:
    laptop = enrol()
    changes = [laptop.insert_person()]
    packed = gzip.compress(json.dumps({"changes": changes, "checksum": checksum(changes)}).encode())
    for data in (packed[: len(packed) // 2], b"not gzip at all"):
        response = laptop.api.post(
            "/api/v1/push",
            data=data,
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        assert response.status_code == 400
        assert "gzip" in response.json()["detail"]


def test_large_responses_are_gzipped_for_clients_that_accept_it(
    enrol: Callable[..., Laptop],
) -> None:
    laptop = enrol()
    laptop.push(*[laptop.insert_person() for _ in range(20)])
    zipped = laptop.api.pull(0)
    assert zipped.headers.get("Content-Encoding") == "gzip"
    assert len(zipped.json()["changes"]) == 20  # requests inflates it
    plain = laptop.api.get("/api/v1/pull", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    assert plain.json()["checksum"] == zipped.json()["checksum"]


def test_an_old_or_unnamed_client_gets_426_and_keeps_its_changes(
    start_server: Callable[..., ThreadedServer], enrol: Callable[..., Laptop]
) -> None:
    strict = start_server(min_client_version="0.2.0")
    laptop = enrol()
    change = laptop.insert_person()
    for version in ("0.1.0", "0.1.9", None, "nonsense"):
        api = Api(strict.url, laptop.token, client_version=version)
        response = api.push([change])
        assert response.status_code == 426, version
        assert "0.2.0" in response.json()["detail"]
        assert response.headers["X-Desmig-Min-Client-Version"] == "0.2.0"
        assert response.headers["X-Desmig-Server-Version"]
    assert Api(strict.url, client_version="0.1.0").enrol("AAAA-BBBB-CCCC-DDDD").status_code == 426
    # A newer client is served, and nothing of the refused pushes had been applied.
    newer = Api(strict.url, laptop.token, client_version="0.2.0")
    assert newer.get("/api/v1/status").json()["last_seq"] == 0
    assert newer.push([change]).json()["results"][0]["status"] == "applied"
    # /healthz stays open to anything, so an old client can still read why.
    assert requests.get(strict.url + "/healthz", timeout=10).status_code == 200
