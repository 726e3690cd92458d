"""Authentication of every API request by device token; revocation takes effect at once."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy.engine import Engine

from desmig_server import crud
from desmig_server.core.db import begin_write, new_session

from ..conftest import Api, Laptop, ThreadedServer


def test_api_requests_need_a_known_token(
    server: ThreadedServer, enrol: Callable[..., Laptop]
) -> None:
    enrol()
    for api in (Api(server.url), Api(server.url, token="not-a-token")):
        for response in (api.get("/api/v1/status"), api.pull(), api.push([])):
            assert response.status_code == 401, response.text
            assert response.headers["WWW-Authenticate"] == "Bearer"
            assert isinstance(response.json()["detail"], str)


def test_a_revoked_token_is_refused_at_once(
    server: ThreadedServer, engine: Engine, enrol: Callable[..., Laptop]
) -> None:
    laptop = enrol()
    other = enrol(name="Laptop 2")
    assert laptop.api.pull().status_code == 200
    person = laptop.insert_person()

    with new_session(engine) as session:
        begin_write(session)
        crud.revoke_device(session=session, device_id=laptop.device_id)
        session.commit()

    # No restart, no cache: the very next requests are refused.
    for response in (
        laptop.api.pull(),
        laptop.api.get("/api/v1/status"),
        laptop.api.push([person]),
    ):
        assert response.status_code == 401
        assert "revoked" in response.json()["detail"]
    assert other.pull_all() == []  # nothing of the revoked laptop was applied
    assert other.api.get("/api/v1/status").status_code == 200


def test_status_says_what_the_server_has_of_this_device(enrol: Callable[..., Laptop]) -> None:
    laptop = enrol()
    before = laptop.api.get("/api/v1/status").json()
    assert before["device_id"] == str(laptop.device_id)
    assert before["centre_id"] == str(laptop.centre_id)
    assert (before["last_seq"], before["head"]) == (0, 0)
    answer = laptop.push(laptop.insert_person(), laptop.insert_person())
    after = laptop.api.get("/api/v1/status").json()
    assert after["last_seq"] == 2
    assert after["head"] == answer["head"] == answer["results"][1]["server_seq"]
    assert uuid.UUID(after["epoch"]) == uuid.UUID(laptop.epoch)
