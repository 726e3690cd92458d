"""The real sync client against the real `desmig-server` process, through a loopback proxy
that injects the faults of a 2G link (issue 4): lost answers, timeouts, cut connections,
a tiny body limit, a server restore, an old client and wrong laptop clocks."""

from __future__ import annotations

import contextlib
import sqlite3
import time
import types
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desmig_desktop import i18n
from desmig_desktop.seed import seed
from desmig_desktop.store import changes as capture
from desmig_desktop.store import hlc
from desmig_desktop.sync import transport as transport_module
from desmig_desktop.sync.client import pending_count
from desmig_desktop.sync.transport import SyncError

from .conftest import Laptop, ServerProcess, assert_exactly_once, own_changes
from .proxy import FaultProxy

NIKS = ["3301024507950001", "3301021708900001", "3301025708900002"]


@pytest.fixture
def proxy_for() -> Iterator[Callable[[ServerProcess], FaultProxy]]:
    made: list[FaultProxy] = []

    def make(server: ServerProcess) -> FaultProxy:
        proxy = FaultProxy(server.port, lifetime=120)
        made.append(proxy)
        return proxy

    yield make
    for proxy in made:
        proxy.close()


def people_on_server(server: ServerProcess) -> int:
    return int(server.query("SELECT count(*) FROM record WHERE table_name = 'person'")[0][0])


# ------------------------------------------------------------- (a) exactly once


@pytest.mark.parametrize(
    "backend,mode",
    [("sqlite", "drop"), ("sqlite", "stall"), ("postgresql", "drop")],
)
def test_answer_lost_after_commit_then_retry_applies_exactly_once(
    backend: str, mode: str, start_server, laptops, proxy_for
) -> None:  # type: ignore[no-untyped-def]
    """The server commits a push, the answer never arrives (closed socket, or silence until
    the client's timeout); the retry gets `duplicate` answers: nothing twice, nothing lost."""
    server = start_server(backend)
    a = laptops(server, "a", code=server.code)
    proxy = proxy_for(server)
    for index, nik in enumerate(NIKS):
        a.services.people.add_person(name=f"Warga {index}", sex="P" if index != 1 else "L", nik=nik)
    before = pending_count(a.store)
    assert before >= 3
    proxy.drop_next(1, stall=mode == "stall")
    result = a.sync(proxy.url, timeout=1.0)
    assert proxy.stats.dropped == 1
    assert result.complete and result.pending == 0
    assert_exactly_once(server, a)
    assert people_on_server(server) == 3
    statuses = {status for _, status, _ in own_changes(a)}
    assert statuses <= {"applied", "duplicate"}


# ---------------------------------------------------------- (b) cut connections


@pytest.fixture
def seeded(start_server, laptops) -> tuple[ServerProcess, Laptop]:  # type: ignore[no-untyped-def]
    """A centre whose first laptop seeded 300 people (about 1,600 records) and synced."""
    server = start_server()
    a = laptops(server, "a", code=server.code)
    seed(a.services, 300, seed=3)
    assert a.sync().complete
    return server, a


def test_initial_pull_through_a_link_cut_every_64_kb_completes(
    seeded, laptops, proxy_for, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server, a = seeded
    proxy = proxy_for(server)
    proxy.cut_every = 64 * 1024
    b = laptops(server, "b", url=proxy.url)
    assert proxy.stats.cuts >= 1
    proxy.clear()
    assert b.sync(proxy.url).complete
    assert a.sync().complete
    assert a.export(tmp_path) == b.export(tmp_path)


def test_a_round_does_not_download_the_laptops_own_changes_again(seeded, proxy_for) -> None:  # type: ignore[no-untyped-def]
    """After its push, the round's pull says which of its own changes the laptop has
    (``mine``): on a 2G link it does not download what it has just sent."""
    server, a = seeded
    proxy = proxy_for(server)
    seed(a.services, 40, seed=4)
    assert a.sync(proxy.url).complete
    own = a.store.device().next_seq - 1
    pulls = [r for r in proxy.stats.requests if r.startswith(b"GET /api/v1/pull")]
    assert pulls
    assert all(f"mine={own}".encode() in request.split(b"\r\n")[0] for request in pulls)
    # Its pushed changes were passed over: what came down is far less than what went up.
    assert proxy.stats.bytes_down * 4 < proxy.stats.bytes_up


def test_initial_pull_through_a_link_cut_every_16_kb_completes(
    seeded, laptops, proxy_for, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server, a = seeded
    proxy = proxy_for(server)
    b = laptops(server, "b", url=proxy.url)  # enrolled over a good link
    seed(a.services, 150, seed=4)  # then the centre grows
    assert a.sync().complete
    proxy.cut_every = 16 * 1024
    for _ in range(5):  # the officer presses sync a few times
        with contextlib.suppress(Exception):
            if b.sync(proxy.url).complete:
                break
    proxy.clear()
    assert proxy.stats.cuts >= 1
    assert a.export(tmp_path) == b.export(tmp_path)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_large_push_through_a_link_cut_every_16_kb_completes(
    backend: str, start_server, laptops, proxy_for
) -> None:  # type: ignore[no-untyped-def]
    """Batches too large for the link are halved after each cut until they get through,
    grown back after successes; batches cut after the server committed come back as
    duplicates (exactly once)."""
    server = start_server(backend)
    a = laptops(server, "a", code=server.code)
    seed(a.services, 150, seed=6)
    proxy = proxy_for(server)
    proxy.cut_every = 16 * 1024
    for _ in range(5):  # the officer presses sync a few times
        with contextlib.suppress(SyncError):
            if a.sync(proxy.url).complete:
                break
    assert proxy.stats.cuts >= 1
    assert pending_count(a.store) == 0
    assert_exactly_once(server, a)
    pushes = [r for r in proxy.stats.requests if r.startswith(b"POST /api/v1/push")]
    assert len(pushes) > 10  # small batches, not one large one sent again and again


def test_initial_pull_through_a_slow_link_with_latency_completes(
    seeded, laptops, proxy_for, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Latency and a bandwidth cap slow the pull down but change nothing in what arrives;
    connections that die between requests (cut after each answer) are retried."""
    server, a = seeded
    proxy = proxy_for(server)
    proxy.latency = 0.002
    proxy.bandwidth = 2 * 1024 * 1024
    b = laptops(server, "b", url=proxy.url)
    assert b.sync(proxy.url).complete
    assert a.export(tmp_path) == b.export(tmp_path)


# ---------------------------------------------------------------------- (c) 413


def test_tiny_body_limit_makes_the_client_halve_its_batches(
    start_server, laptops, proxy_for, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server = start_server(DESMIG_MAX_BODY_BYTES="16384")
    proxy = proxy_for(server)
    a = laptops(server, "a", code=server.code)
    seed(a.services, 15, seed=5)
    pending = pending_count(a.store)
    assert pending > 100
    assert a.sync(proxy.url).complete
    pushes = [r for r in proxy.stats.requests if r.startswith(b"POST /api/v1/push")]
    assert len(pushes) > 3  # many small batches, after the first 413s
    assert_exactly_once(server, a)
    b = laptops(server, "b")
    assert a.export(tmp_path) == b.export(tmp_path)


# --------------------------------------------------------- (d) retry, no new edit


def test_a_failed_round_is_finished_by_the_next_without_a_new_edit(
    start_server, laptops, proxy_for
) -> None:  # type: ignore[no-untyped-def]
    """Every attempt of a round fails (the server committed the first, the link then
    dies); the next round, with nothing edited in between, sends the rest."""
    server = start_server()
    a = laptops(server, "a", code=server.code)
    proxy = proxy_for(server)
    a.services.people.add_person(name="Siti Aminah", sex="P", nik=NIKS[0])
    a.sync()
    a.services.people.add_person(name="Budi Santoso", sex="L", nik=NIKS[1])
    a.services.people.update_person(a.services.people.search("aminah")[0].id, phone="081234567890")
    queued = pending_count(a.store)
    proxy.drop_next(100)  # every push answer is lost, for the whole round
    with pytest.raises(SyncError) as failure:
        a.sync(proxy.url, attempts=3)
    assert failure.value.status is None  # unreachable, said so, nothing lost
    assert pending_count(a.store) == queued
    assert a.store.device().last_sync_error
    proxy.clear()
    result = a.sync(proxy.url)
    assert result.complete and pending_count(a.store) == 0
    assert_exactly_once(server, a)
    assert people_on_server(server) == 2
    assert a.store.device().last_sync_error is None


# ------------------------------------------------------------- (e) server restore


def _snapshot(path: Path, target: Path) -> None:
    source = sqlite3.connect(path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def test_server_restored_from_a_backup_gets_back_what_it_lost(
    start_server, laptops, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    database = server.sqlite_path
    assert database is not None
    a = laptops(server, "a", code=server.code)
    b = laptops(server, "b")
    siti, _ = a.services.people.add_person(name="Siti Aminah", sex="P", nik=NIKS[0])
    assert a.sync().complete and b.sync().complete
    backup = tmp_path / "backup.sqlite3"
    _snapshot(database, backup)

    # Work done after the backup, acknowledged by the server, then lost with it.
    a.services.people.add_person(name="Budi Santoso", sex="L", nik=NIKS[1])
    a.services.people.update_person(siti.id, phone="081234567890")
    b.services.people.add_person(name="Dewi Lestari", sex="P", nik=NIKS[2])
    assert a.sync().complete and b.sync().complete and a.sync().complete
    before = a.export(tmp_path)
    assert b.export(tmp_path) == before

    server.stop()
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    _snapshot(backup, database)
    assert people_on_server(server) == 1
    server.cli("renew-epoch")
    server.start()

    for laptop in (a, b, a, b):
        assert laptop.sync().complete
    assert people_on_server(server) == 3
    assert a.export(tmp_path) == before
    assert b.export(tmp_path) == before
    c = laptops(server, "c")  # a laptop enrolled after the restore gets it all
    assert c.export(tmp_path) == before
    for laptop in (a, b):
        assert_exactly_once(server, laptop)


# ----------------------------------------------------------------- (f) old client


def test_too_old_client_is_told_so_in_its_language_and_keeps_its_queue(
    start_server, laptops, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    a = laptops(server, "a", code=server.code)
    a.services.people.add_person(name="Siti Aminah", sex="P", nik=NIKS[0])
    queued = own_changes(a)
    assert pending_count(a.store) > 0
    monkeypatch.setattr(transport_module, "CLIENT_VERSION", "0.0.1")
    for language, words in (("id", "terlalu lama"), ("en", "too old")):
        monkeypatch.setattr(i18n, "_language", language, raising=False)
        i18n.set_language(language)
        with pytest.raises(SyncError) as failure:
            a.sync()
        assert failure.value.status == 426
        assert failure.value.message == i18n.t("sync.client_too_old")
        assert words in failure.value.message
        assert own_changes(a) == queued  # the queue is kept, untouched
        assert a.store.device().last_sync_error == failure.value.message
    assert people_on_server(server) == 0
    monkeypatch.undo()
    i18n.set_language("id")
    assert a.sync().complete
    assert_exactly_once(server, a)


# ------------------------------------------------------------------ (g) clock jump


@contextlib.contextmanager
def laptop_clock(offset: timedelta) -> Iterator[None]:
    """The laptop's wall clock is ``offset`` away from the true time (a flat CMOS battery)."""
    real_time = time.time
    fake = types.SimpleNamespace(time=lambda: real_time() + offset.total_seconds())
    original_time, original_now = hlc.time, capture.utcnow
    hlc.time = fake  # type: ignore[assignment]
    capture.utcnow = lambda: datetime.now(UTC) + offset
    try:
        yield
    finally:
        hlc.time = original_time
        capture.utcnow = original_now


def test_laptops_with_clocks_days_apart_converge(start_server, laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    a = laptops(server, "a", code=server.code)
    b = laptops(server, "b")
    siti, _ = a.services.people.add_person(name="Siti Aminah", sex="P", nik=NIKS[0])
    assert a.sync().complete and b.sync().complete
    with laptop_clock(timedelta(days=9)):  # a is nine days ahead
        a.services.people.update_person(siti.id, phone="081111111111", birth_place="Cilacap")
        a.services.people.add_person(name="Budi Santoso", sex="L", nik=NIKS[1])
    with laptop_clock(-timedelta(days=400)):  # b is more than a year behind
        b.services.people.update_person(siti.id, phone="082222222222", education="sma")
        b.services.people.add_person(name="Dewi Lestari", sex="P", nik=NIKS[2])
    assert a.sync().complete
    with laptop_clock(-timedelta(days=400)):
        assert b.sync().complete
        b.services.people.update_person(siti.id, name="Siti Aminah Binti Karta")
        assert b.sync().complete
    assert a.sync().complete and b.sync().complete
    assert a.export(tmp_path) == b.export(tmp_path)
    person = b.services.people.person(siti.id)
    # The server's order decides, not the clocks: b pushed the phone last.
    assert person.phone == "+6282222222222"
    assert person.birth_place == "Cilacap" and person.education == "sma"
    assert person.name == "Siti Aminah Binti Karta"
    lost = server.query("SELECT field, lost_value FROM conflict WHERE field = 'phone'")
    assert lost == [("phone", '"+6281111111111"')]
    # b's clock stamps moved past what it received from a (the HLC receive rule).
    assert b.store.device().hlc_ms >= a.store.device().hlc_ms - 1000
