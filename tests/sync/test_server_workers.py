"""`desmig-server serve` with several processes (``DESMIG_WORKERS``): every process
answers in English, and laptops of two centres sync through them exactly once."""

from __future__ import annotations

import http.client
import statistics
import subprocess
import sys
import time
import uuid
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
    """The serving processes under ``desmig-server serve`` (uvicorn's spawned workers;
    multiprocessing's resource tracker is not one)."""
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
    deadline = time.monotonic() + 30
    while len(_python_workers(server)) < WORKERS and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(_python_workers(server)) == WORKERS

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
    body = Api(server.url).enrol(server.new_code(), "raw").json()
    raw = RawLaptop(
        api=Api(server.url, body["device_token"]),
        device_id=uuid.UUID(body["device_id"]),
        centre_id=uuid.UUID(body["centre_id"]),
        token=body["device_token"],
        epoch=body["epoch"],
    )
    for _ in range(6):
        bad = raw.insert_person(nik=NIK_WOMAN[:-4] + "0000")
        [answer] = raw.push(bad)["results"]
        assert answer["status"] == "rejected"
        assert "never 0000" in answer["reason"], answer["reason"]


def test_several_processes_answer_a_kept_alive_connection_without_delay(
    start_server,
) -> None:  # type: ignore[no-untyped-def]
    """Every answer after a connection's first comes at once. Uvicorn binds the socket of
    several processes without saying it is TCP, so asyncio left Nagle's algorithm on:
    the body of each answer then waited for the laptop to acknowledge its headers, 40 ms
    on Linux, 200 ms on Windows, a round trip over 2G (uvicorn issue 3149)."""
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
        "from desmig_server.main import create_app, settle_serving_process\n"
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
