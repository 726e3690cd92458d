"""Rule 4 on the server: a pull never passes over a sequence still being committed.

A push transaction is held open, as a slow one would be, while another laptop of the
centre pushes and a third pulls. The second push must wait for the first (the centre's
advisory lock on PostgreSQL, BEGIN IMMEDIATE on SQLite), so the centre's sequences commit
in order and the reader's cursor never jumps past one that commits later. On PostgreSQL
a laptop of another centre does not wait.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import requests
from sqlalchemy.engine import Engine
from sqlmodel import Session

from desmig_server import sync
from desmig_server.core import db
from desmig_server.core.db import new_session
from desmig_server.models import Device

from ..conftest import VILLAGE_B, Laptop

HOLD_SECONDS = 1.0


@contextmanager
def push_in_flight(engine: Engine, laptop: Laptop, change: dict[str, Any]) -> Iterator[Session]:
    """A push of ``change`` applied but not committed until the block ends."""
    with new_session(engine) as session:
        sync.begin_sequenced_write(session, laptop.centre_id)
        outcome = sync.apply_push(
            session=session, device_id=laptop.device_id, epoch=laptop.epoch, changes=[change]
        )
        assert outcome.results[0]["status"] == "applied"
        yield session
        session.commit()


def _push_in_thread(
    laptop: Laptop, change: dict[str, Any]
) -> tuple[threading.Thread, list[requests.Response]]:
    answers: list[requests.Response] = []
    thread = threading.Thread(
        target=lambda: answers.append(laptop.api.push([change], epoch=laptop.epoch))
    )
    thread.start()
    return thread, answers


def test_a_push_waits_for_the_one_in_flight_and_a_pull_skips_nothing(
    engine: Engine, enrol: Callable[..., Laptop]
) -> None:
    slow, fast, reader = enrol(name="Slow"), enrol(name="Fast"), enrol(name="Reader")
    slow_change, fast_change = slow.insert_person(name="Lambat"), fast.insert_person(name="Cepat")

    with push_in_flight(engine, slow, slow_change):
        thread, answers = _push_in_thread(fast, fast_change)
        thread.join(HOLD_SECONDS)
        assert thread.is_alive(), "the second push committed while the first was in flight"
        assert reader.pull_all() == []  # nothing committed yet; the cursor stays at 0
    thread.join(30)
    assert answers and answers[0].status_code == 200, answers and answers[0].text

    names = [c["changes"]["name"] for c in reader.pull_all()]
    assert names == ["Lambat", "Cepat"]
    assert answers[0].json()["results"][0]["server_seq"] == reader.cursor


# SQLite has one writer at a time whatever the server does: PostgreSQL only.
@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_push_of_another_centre_does_not_wait_and_numbers_stay_in_order(
    engine: Engine, enrol: Callable[..., Laptop]
) -> None:
    """Pulls read one centre's changes, so only a centre's own writers wait for each
    other: another centre's push commits meanwhile, with a higher number, and neither
    centre's reader misses a change."""
    slow, reader = enrol(name="Slow"), enrol(name="Reader")
    other, other_reader = enrol(VILLAGE_B, name="Other"), enrol(VILLAGE_B, name="Other reader")
    assert other.centre_id != slow.centre_id
    slow_change = slow.insert_person(name="Lambat")

    with push_in_flight(engine, slow, slow_change):
        started = time.monotonic()
        answer = other.push(other.insert_person(name="Lain"))
        assert time.monotonic() - started < HOLD_SECONDS
        assert [c["changes"]["name"] for c in other_reader.pull_all()] == ["Lain"]
        assert reader.pull_all() == []
    assert [c["changes"]["name"] for c in reader.pull_all()] == ["Lambat"]
    # The slow push took its number first; the other centre's commit did not move this
    # centre's cursor past it.
    assert reader.cursor < answer["results"][0]["server_seq"]


# SQLite has one writer at a time whatever the server does: PostgreSQL only.
@pytest.mark.parametrize("backend", ["postgresql"])
def test_without_the_lock_a_late_commit_would_be_skipped(
    engine: Engine, enrol: Callable[..., Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hazard the lock prevents, shown on PostgreSQL (juicefs #7521): proof that the
    test above can fail."""

    def no_lock(session: Session, _centre_id: uuid.UUID | None) -> None:
        if session.in_transaction():
            session.commit()
        session.connection()

    monkeypatch.setattr(sync, "begin_sequenced_write", no_lock)
    assert db.begin_sequenced_write is not no_lock
    slow, fast, reader = enrol(name="Slow"), enrol(name="Fast"), enrol(name="Reader")
    slow_change, fast_change = slow.insert_person(name="Lambat"), fast.insert_person(name="Cepat")

    with push_in_flight(engine, slow, slow_change):
        thread, answers = _push_in_thread(fast, fast_change)
        thread.join(30)
        assert answers[0].status_code == 200  # committed with the higher sequence first
        assert [c["changes"]["name"] for c in reader.pull_all()] == ["Cepat"]
    assert reader.pull_all() == []  # "Lambat" committed below the cursor: lost to this reader


def test_a_batch_merged_before_the_lock_is_merged_again_when_its_record_changed(
    engine: Engine, enrol: Callable[..., Laptop]
) -> None:
    """A push is merged before the sequence lock and written under it only if what the
    merge read is unchanged: here another laptop's edit of the same field commits in
    between, so the merge is done again under the lock and finds the conflict."""
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    person = siti.insert_person()
    siti.push(person)
    andi.pull_all()
    change = andi.update("person", person["row_id"], phone="+6282222222222")
    with new_session(engine) as session:
        device = session.get(Device, andi.device_id)
        assert device is not None
        parsed = sync._parse_all([change], device_id=device.id, centre_id=device.centre_id)
        plan = sync._plan(
            session, device, epoch=andi.epoch, changes=[change], seqs=[change["seq"]], parsed=parsed
        )
        assert plan is not None and plan.results[0]["status"] == "applied"
        assert "conflicts" not in plan.results[0]  # nobody else had changed the phone
        session.commit()
        siti.push(siti.update("person", person["row_id"], phone="+6281111111111"))
        sync.begin_sequenced_write(session, device.centre_id)
        assert sync._commit_plan(session, plan, None) is None  # nothing written
        session.rollback()
    answer = andi.push(change)["results"][0]
    assert answer["status"] == "applied" and answer["conflicts"] == 1
    assert answer["server_seq"] == siti.api.get("/api/v1/status").json()["head"]


# The pool's connection test is PostgreSQL's: SQLite opens a file.
@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_pooled_connection_the_database_dropped_is_replaced_after_idling(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without ``pool_pre_ping``, a connection idle in the pool is tested before reuse:
    one whose server process was ended (a database restart, a dropped link) is replaced
    instead of failing the request. One reused at once is not tested, and here fails."""
    engine = db.make_engine(database_url, pool_size=1, max_overflow=0)
    killer = db.make_engine(database_url, pool_size=1, max_overflow=0)

    def drop_the_pooled_connection() -> None:
        with engine.connect() as connection:
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with killer.connect() as connection:
            connection.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
            connection.commit()
        time.sleep(0.2)

    try:
        drop_the_pooled_connection()
        with (
            pytest.raises(Exception, match="terminat|closed|connection"),
            engine.connect() as connection,
        ):
            connection.exec_driver_sql("SELECT 1")
        monkeypatch.setattr(db, "IDLE_PING_SECONDS", 0.0)
        drop_the_pooled_connection()
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT 1").scalar() == 1
    finally:
        engine.dispose()
        killer.dispose()
