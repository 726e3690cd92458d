"""The desmig-server command line: its exact interface, outputs and exit codes."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable

import pytest
import requests
from sqlalchemy.engine import Engine

from desmig_server import migrate
from desmig_server.cli import main
from desmig_server.core.db import make_engine

from .conftest import CLIENT_VERSION, VILLAGE_A, Api, Laptop, ThreadedServer

CODE_SHAPE = re.compile(r"[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}")


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    status = main(["--database-url", url, *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_migrate_makes_the_schema_and_an_epoch(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, database_url, "migrate")
    assert status == 0 and "0002" in out
    engine = make_engine(database_url)
    try:
        assert migrate.is_current(engine)
    finally:
        engine.dispose()
    # Running it again is harmless.
    assert run(capsys, database_url, "migrate")[0] == 0


def test_commands_refuse_a_database_not_migrated(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, database_url, "create-centre", "--village-code", VILLAGE_A, "--name", "X"
    )
    assert status == 1 and out == ""
    assert "desmig-server migrate" in err


def test_create_centre_prints_one_json_line_whose_code_enrols(
    server: ThreadedServer, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys, database_url, "create-centre", "--village-code", "3301022003", "--name", "Pusat Uji"
    )
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 1
    created = json.loads(lines[0])
    assert set(created) == {"centre_id", "enrolment_code"}
    uuid.UUID(created["centre_id"])
    assert CODE_SHAPE.fullmatch(created["enrolment_code"])

    enrolled = Api(server.url).enrol(created["enrolment_code"])
    assert enrolled.status_code == 200
    assert enrolled.json()["centre_id"] == created["centre_id"]
    assert enrolled.json()["village_code"] == VILLAGE_A  # stored dotted


def test_create_centre_refuses_an_unknown_village_and_a_second_centre(
    engine: Engine, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for code in ("33.01.02", "99.99.99.9999", "abc"):
        status, out, err = run(
            capsys, database_url, "create-centre", "--village-code", code, "--name", "X"
        )
        assert (status, out) == (1, ""), code
        assert "not the code of a village" in err
    assert (
        run(capsys, database_url, "create-centre", "--village-code", VILLAGE_A, "--name", "Satu")[0]
        == 0
    )
    status, _, err = run(
        capsys, database_url, "create-centre", "--village-code", "3301022003", "--name", "Dua"
    )
    assert status == 1 and "already has a centre" in err


def test_new_enrolment_code_for_another_laptop_of_a_centre(
    server: ThreadedServer, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, database_url, "new-enrolment-code", "--village-code", VILLAGE_A)
    assert status == 1 and "no centre" in err
    created = json.loads(
        run(capsys, database_url, "create-centre", "--village-code", VILLAGE_A, "--name", "P")[1]
    )
    status, out, _ = run(capsys, database_url, "new-enrolment-code", "--village-code", "3301022003")
    assert status == 0 and len(out.splitlines()) == 1
    second = json.loads(out)
    assert second["centre_id"] == created["centre_id"]
    assert second["enrolment_code"] != created["enrolment_code"]
    for code in (created["enrolment_code"], second["enrolment_code"]):
        assert Api(server.url).enrol(code).json()["centre_id"] == created["centre_id"]


def test_list_devices_and_revoke_device(
    enrol: Callable[..., Laptop], database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    kept, stolen = enrol(name="Laptop Kantor"), enrol(name="Laptop Hilang")
    status, out, _ = run(capsys, database_url, "list-devices")
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 2
    by_id = {line.split("\t")[0]: line.split("\t") for line in lines}
    row = by_id[str(stolen.device_id)]
    assert row[1].startswith(VILLAGE_A) and row[2] == "Laptop Hilang"
    assert (
        row[3].startswith("created 20") and row[4].startswith("last seen 20") and row[5] == "active"
    )

    status, out, _ = run(capsys, database_url, "revoke-device", str(stolen.device_id))
    assert status == 0 and "revoked" in out
    assert stolen.api.pull().status_code == 401
    assert kept.api.pull().status_code == 200
    revoked_line = [
        line
        for line in run(capsys, database_url, "list-devices")[1].splitlines()
        if str(stolen.device_id) in line
    ]
    assert revoked_line[0].split("\t")[5].startswith("revoked 20")

    assert run(capsys, database_url, "revoke-device", str(uuid.uuid4()))[0] == 1
    assert run(capsys, database_url, "revoke-device", "laptop-hilang")[0] == 1


def test_renew_epoch_changes_what_clients_see(
    enrol: Callable[..., Laptop], database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = enrol()
    before = laptop.api.get("/api/v1/status").json()["epoch"]
    assert run(capsys, database_url, "renew-epoch")[0] == 0
    after = laptop.api.get("/api/v1/status").json()["epoch"]
    assert after != before == laptop.epoch


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_console_script_migrates_and_serves(database_url: str) -> None:
    """The real process: `desmig-server migrate`, then `serve`, reached over loopback."""
    env = {**os.environ, "DESMIG_DATABASE_URL": database_url}
    script = os.path.join(os.path.dirname(sys.executable), "desmig-server")
    command = [script] if os.path.exists(script) else [sys.executable, "-m", "desmig_server"]
    subprocess.run([*command, "migrate"], env=env, check=True, capture_output=True, timeout=60)
    port = _free_port()
    process = subprocess.Popen(
        [*command, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except requests.ConnectionError:
                assert process.poll() is None, (
                    process.stderr.read().decode() if process.stderr else ""
                )
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        assert response.json()["status"] == "ok"
        refused = requests.get(
            f"http://127.0.0.1:{port}/api/v1/status",
            headers={"X-Desmig-Client-Version": CLIENT_VERSION},
            timeout=5,
        )
        assert refused.status_code == 401
    finally:
        process.terminate()
        process.wait(15)
