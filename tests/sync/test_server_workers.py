"""`desmig-server serve` with sync processes (``DESMIG_WORKERS``): every process answers
in English, laptops of two centres sync through them exactly once, and a process that
dies is replaced without losing or repeating a change."""

from __future__ import annotations

import http.client
import os
import signal
import statistics
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.server.conftest import NIK_WOMAN, Api
from tests.server.conftest import Laptop as RawLaptop

from .conftest import ServerProcess, assert_exactly_once

WORKERS = 2


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(child) for child in found.stdout.split()]


def _python_workers(server: ServerProcess) -> list[int]:
    """The sync processes under ``desmig-server serve`` (multiprocessing's resource
    tracker is not one)."""
    assert server.process is not None
    workers = []
    for child in _children(server.process.pid):
        command = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
        if b"resource_tracker" not in command:
            workers.append(child)
    return workers


@pytest.mark.parametrize("backend", ["postgresql"])
def test_several_server_processes_serve_laptops_exactly_once(
    backend: str, start_server, laptops, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server(backend, DESMIG_WORKERS=str(WORKERS))
    _started(server)

    a = laptops(server, "a", code=server.code)  # type: ignore[attr-defined]
    b = laptops(server, "b")
    people = [a.services.people.add_person(name=f"Warga {n}", sex="P")[0] for n in range(30)]
    for _ in range(3):  # several rounds, so that both processes take requests
        assert a.sync().complete and b.sync().complete
    assert {p.id for p in b.services.people.search("Warga", limit=100)} == {p.id for p in people}
    for laptop in (a, b):
        assert_exactly_once(server, laptop)

    # Every process speaks English (each sets it for itself when it starts): the reason
    # for a bad NIK, asked for often enough to reach both.
    raw = _raw_laptop(server)
    for _ in range(6):
        bad = raw.insert_person(nik=NIK_WOMAN[:-4] + "0000")
        [answer] = raw.push(bad)["results"]
        assert answer["status"] == "rejected"
        assert "never 0000" in answer["reason"], answer["reason"]


def _raw_laptop(server: ServerProcess) -> RawLaptop:
    body = Api(server.url).enrol(server.new_code(), "raw").json()
    return RawLaptop(
        api=Api(server.url, body["device_token"]),
        device_id=uuid.UUID(body["device_id"]),
        centre_id=uuid.UUID(body["centre_id"]),
        token=body["device_token"],
        epoch=body["epoch"],
    )


def _started(server: ServerProcess) -> list[int]:
    deadline = time.monotonic() + 30
    while len(_python_workers(server)) < WORKERS and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = _python_workers(server)
    assert len(workers) == WORKERS
    return workers


def test_a_sync_process_that_dies_is_replaced_and_its_push_sent_again(
    start_server,
) -> None:  # type: ignore[no-untyped-def]
    """A sync process killed (out of memory, by an operator) loses nothing: the push it
    held is answered 503 with ``Retry-After``, the processes are replaced, and the same
    push sent again is applied once; a process that dies between requests costs the
    next laptop nothing."""
    server: ServerProcess = start_server("postgresql", DESMIG_WORKERS=str(WORKERS))
    first = _started(server)
    laptop = _raw_laptop(server)

    # Both processes stopped, so the push is certainly in one's hands or queue; then
    # killed, as the kernel kills a process out of memory.
    for pid in first:
        os.kill(pid, signal.SIGSTOP)
    change = laptop.insert_person()
    with ThreadPoolExecutor(1) as pool:
        sent = pool.submit(laptop.api.push, [change], epoch=laptop.epoch)
        time.sleep(0.5)
        assert not sent.done()
        for pid in first:
            os.kill(pid, signal.SIGKILL)
        answer = sent.result(timeout=30)
    assert answer.status_code == 503, answer.text
    assert answer.headers["Retry-After"] == "1"
    assert "send the request again" in answer.json()["detail"]

    second = _started(server)
    assert not set(second) & set(first)
    [result] = laptop.push(change)["results"]  # the laptop's retry: the same change
    assert result["status"] == "applied"
    [again] = laptop.push(change)["results"]
    assert again["status"] == "duplicate"

    # Dead while idle: the next request goes to new processes at once.
    os.kill(second[0], signal.SIGKILL)
    time.sleep(0.5)
    later = laptop.insert_person(nik=NIK_WOMAN, name="Siti Aminah", sex="P")
    [result] = laptop.push(later)["results"]
    assert result["status"] == "applied"
    pulled = sorted(item["row_id"] for item in laptop.pull_all())
    assert pulled == sorted([change["row_id"], later["row_id"]])
    assert server.query("SELECT count(*) FROM sync_change")[0][0] == 2
    # A refusal made in a sync process keeps its status and reason.
    refused = Api(server.url, "not-a-token").pull()
    assert refused.status_code == 401
    assert "unknown device token" in refused.json()["detail"]
    assert refused.headers["WWW-Authenticate"] == "Bearer"
    malformed = laptop.api.push_body({"epoch": laptop.epoch, "changes": "not a list"})
    assert malformed.status_code == 422, malformed.text
    assert malformed.json()["detail"].startswith("invalid request: ")


def test_a_laptops_round_goes_on_when_the_sync_processes_die_under_it(
    start_server, laptops
) -> None:  # type: ignore[no-untyped-def]
    """The real client, its round under way when every sync process is killed: it is
    told 503, retries, and the round completes with each change applied once."""
    server: ServerProcess = start_server("postgresql", DESMIG_WORKERS=str(WORKERS))
    first = _started(server)
    a = laptops(server, "a", code=server.code)  # type: ignore[attr-defined]
    people = [a.services.people.add_person(name=f"Warga {n}", sex="P")[0] for n in range(5)]
    for pid in first:
        os.kill(pid, signal.SIGSTOP)
    with ThreadPoolExecutor(1) as pool:
        round_ = pool.submit(a.sync)
        time.sleep(1.0)
        assert not round_.done()
        for pid in first:
            os.kill(pid, signal.SIGKILL)
        assert round_.result(timeout=60).complete
    b = laptops(server, "b")
    assert {p.id for p in b.services.people.search("Warga", limit=100)} == {p.id for p in people}
    for laptop in (a, b):
        assert_exactly_once(server, laptop)


def test_sync_processes_end_with_a_serving_process_that_was_killed(
    start_server,
) -> None:  # type: ignore[no-untyped-def]
    """Killed (SIGKILL, out of memory), the serving process cannot stop its sync
    processes: they end by themselves instead of waiting for work for ever."""
    server: ServerProcess = start_server("sqlite", DESMIG_WORKERS=str(WORKERS))
    workers = _started(server)
    assert server.process is not None
    server.process.kill()
    server.process.wait(10)
    deadline = time.monotonic() + 10
    while [pid for pid in workers if _running(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _running(pid)]


def _running(pid: int) -> bool:
    """Not ended: a process that ended is gone, or a zombie until its new parent reaps it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_the_server_answers_a_kept_alive_connection_without_delay(
    start_server,
) -> None:  # type: ignore[no-untyped-def]
    """Every answer after a connection's first comes at once. When uvicorn's processes
    shared one socket, it was bound without saying it is TCP, so asyncio left Nagle's
    algorithm on: the body of each answer then waited for the laptop to acknowledge its
    headers, 40 ms on Linux, 200 ms on Windows, a round trip over 2G (uvicorn issue
    3149). The server now listens from one process, with sync processes behind it."""
    server: ServerProcess = start_server("sqlite", DESMIG_WORKERS=str(WORKERS))
    host, port = server.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    took = []
    for _ in range(15):
        started = time.perf_counter()
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        assert response.status == 200, response.read()
        response.read()
        took.append(time.perf_counter() - started)
    connection.close()
    # Held back, each answer takes the peer's delayed acknowledgement (at least 40 ms
    # here); sent at once, a few milliseconds on a loaded machine.
    assert statistics.median(took[1:]) < 0.02, [f"{seconds * 1000:.0f} ms" for seconds in took]


def test_a_serving_process_keeps_its_startup_objects_out_of_full_collections() -> None:
    """``settle_serving_process``: the collector's full passes no longer walk the modules
    and the app (80-200 ms each under load, with every request of the process waiting),
    and the region table is read before the first push needs it."""
    script = (
        "import gc\n"
        "from desmig_server.core.config import Settings\n"
        "from desmig_server.core.serving import settle_serving_process\n"
        "from desmig_server.main import create_app\n"
        "from desmig_desktop import regions\n"
        "create_app(Settings(database_url='sqlite:///:memory:'))\n"
        "before = gc.get_freeze_count()\n"
        "settle_serving_process()\n"
        "print(before, gc.get_freeze_count(), regions._data is not None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    before, frozen, regions_read = done.stdout.split()
    assert before == "0"
    assert int(frozen) > 50_000  # some 125,000
    assert regions_read == "True"
