"""POST /api/v1/enrol: single-use codes that expire, hashed tokens, rate limits."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from sqlmodel import select

from desmig_server.core.db import new_session
from desmig_server.models import Device, EnrolmentCode

from ...conftest import EXPIRED, VILLAGE_A, Api, ThreadedServer, create_centre, new_code


def test_enrolment_answers_the_device_and_its_centre_and_stores_only_hashes(
    server: ThreadedServer, engine: Engine
) -> None:
    centre_id, code = create_centre(engine, "3301022003", name="Pusat Layanan Kesugihan")
    response = Api(server.url).enrol(code, "Laptop Siti")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["centre_id"] == str(centre_id)
    assert body["village_code"] == VILLAGE_A
    assert body["centre_name"] == "Pusat Layanan Kesugihan"
    health = Api(server.url).get("/healthz").json()
    assert body["epoch"] == health["epoch"]
    token = body["device_token"]
    assert len(token) >= 40

    with new_session(engine) as session:
        device = session.get(Device, uuid.UUID(body["device_id"]))
        assert device is not None and device.name == "Laptop Siti"
        assert device.token_hash == hashlib.sha256(token.encode()).hexdigest()
        stored = session.exec(select(EnrolmentCode)).one()
        assert code not in stored.code_hash and stored.used_by_device == device.id

    # The token works.
    status = Api(server.url, token).get("/api/v1/status")
    assert status.status_code == 200
    assert status.json()["device_id"] == body["device_id"]


def test_a_code_works_once(server: ThreadedServer, engine: Engine) -> None:
    _, code = create_centre(engine)
    assert Api(server.url).enrol(code, "Laptop 1").status_code == 200
    again = Api(server.url).enrol(code, "Laptop 2")
    assert again.status_code == 403
    assert "already used" in again.json()["detail"]


def test_a_code_is_accepted_however_it_is_typed(server: ThreadedServer, engine: Engine) -> None:
    _, code = create_centre(engine)
    typed = " " + code.lower().replace("-", " ") + " "
    assert Api(server.url).enrol(typed).status_code == 200


def test_an_expired_code_is_refused(server: ThreadedServer, engine: Engine) -> None:
    centre_id, _ = create_centre(engine)
    old = new_code(engine, centre_id, created=datetime.now(UTC) - EXPIRED)
    response = Api(server.url).enrol(old)
    assert response.status_code == 403
    assert "expired" in response.json()["detail"]
    fresh = new_code(engine, centre_id)
    assert Api(server.url).enrol(fresh).status_code == 200


def test_a_wrong_code_is_refused_with_a_reason(server: ThreadedServer, engine: Engine) -> None:
    _, code = create_centre(engine)
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    response = Api(server.url).enrol(wrong)
    assert response.status_code == 403
    assert "unknown enrolment code" in response.json()["detail"]


def test_enrolment_attempts_are_rate_limited_per_address(
    start_server: Callable[..., ThreadedServer], engine: Engine
) -> None:
    server = start_server(enrolment_attempts_per_minute=3)
    _, code = create_centre(engine)
    api = Api(server.url)
    for _ in range(3):
        assert api.enrol("AAAA-BBBB-CCCC-DDDD").status_code == 403
    limited = api.enrol(code)
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert "too many" in limited.json()["detail"]
