"""Two laptops of a centre and the real central server process on loopback, through the
`desmig` and `desmig-server` command lines, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from desmig_desktop.cli import main
from desmig_desktop.domain import Person
from desmig_desktop.services import Services, login
from desmig_desktop.services.keys import unlock
from desmig_desktop.store.db import connect
from desmig_desktop.store.keyfile import KeyFile, keyfile_path

BIN = Path(sys.executable).parent
PASSWORD = "rahasia-admin-1"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _database_urls() -> list[object]:
    urls: list[object] = [pytest.param("sqlite", id="sqlite")]
    urls.append(pytest.param("postgresql", id="postgresql"))
    return urls


@pytest.fixture(params=_database_urls())
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, str]]:
    """`desmig-server` migrated and serving on a free loopback port."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        url = os.environ.get("DESMIG_TEST_DATABASE_URL", "")
        if not url:
            if os.environ.get("CI"):
                pytest.fail("DESMIG_TEST_DATABASE_URL is not set in CI")
            pytest.skip("no PostgreSQL (run tests/postgres.sh)")
        url = _fresh_pg_database(url, tmp_path.name)
    env = {**os.environ, "DESMIG_DATABASE_URL": url}
    cli = [str(BIN / "desmig-server")]
    subprocess.run([*cli, "migrate"], check=True, env=env, capture_output=True)
    port = _free_port()
    process = subprocess.Popen(
        [*cli, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if requests.get(base + "/healthz", timeout=1).ok:
                break
        except requests.ConnectionError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("server did not start")
    centre = json.loads(
        subprocess.run(
            [
                *cli,
                "create-centre",
                "--village-code",
                "3301022003",
                "--name",
                "Desmigratif Kesugihan",
            ],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        ).stdout
    )
    yield {"url": base, "env": env, "cli": cli, "code": centre["enrolment_code"]}  # type: ignore[misc]
    process.terminate()
    process.wait(10)


def _fresh_pg_database(url: str, name: str) -> str:
    """A new empty database for this test on the test cluster."""
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    database = "t_" + "".join(ch for ch in name.lower() if ch.isalnum())[-40:]
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}"')
        conn.execute(f'CREATE DATABASE "{database}"')
    return url.rsplit("/", 1)[0] + "/" + database


def _new_code(server: dict[str, str]) -> str:
    out = subprocess.run(
        [*server["cli"], "new-enrolment-code", "--village-code", "33.01.02.2003"],  # type: ignore[list-item]
        check=True,
        env=server["env"],
        capture_output=True,
        text=True,
    ).stdout  # type: ignore[arg-type]
    return str(json.loads(out)["enrolment_code"])


def _laptop(tmp_path: Path, name: str) -> list[str]:
    pw = tmp_path / f"{name}.pw"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    return ["--data-dir", str(tmp_path / name), "--user", "admin", "--password-file", str(pw)]


def _services(laptop: list[str]) -> Services:
    from desmig_desktop import paths

    paths.set_data_dir(laptop[1])
    store = unlock(paths.store_path(), "admin", PASSWORD)
    return Services(store, login(store, "admin", PASSWORD))


def test_two_laptops_share_a_centre_and_keep_conflicts(
    server: dict[str, str], tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    a = _laptop(tmp_path, "a")
    assert (
        main(
            [
                *a[:2],
                "enrol",
                "--server",
                server["url"],
                "--code",
                server["code"],
                "--admin-user",
                "admin",
                "--admin-password-file",
                a[5],
            ]
        )
        == 0
    )
    # The code is single-use.
    b = _laptop(tmp_path, "b")
    assert (
        main(
            [
                *b[:2],
                "enrol",
                "--server",
                server["url"],
                "--code",
                server["code"],
                "--admin-user",
                "admin",
                "--admin-password-file",
                b[5],
            ]
        )
        == 1
    )

    services = _services(a)
    person, _ = services.people.add_person(name="Siti Aminah", sex="P", nik="3301024507950001")
    services.store.close()
    assert main([*a, "sync"]) == 0
    capsys.readouterr()
    assert main([*a, "sync-status"]) == 0
    status = capsys.readouterr().out
    assert "pending: 0" in status and "conflicts: 0" in status

    # A second laptop gets the centre's data and its accounts (same admin password).
    assert (
        main(
            [
                *b[:2],
                "enrol",
                "--server",
                server["url"],
                "--code",
                _new_code(server),
                "--admin-user",
                "admin",
                "--admin-password-file",
                b[5],
            ]
        )
        == 0
    )
    services_b = _services(b)
    assert [row.name for row in services_b.people.search("aminah")] == ["Siti Aminah"]

    # Both laptops edit the same field offline: the later push wins, the loss is kept.
    services_b.people.update_person(person.id, phone="081111111111")
    services_b.store.close()
    services_a = _services(a)
    services_a.people.update_person(person.id, phone="082222222222", birth_place="Cilacap")
    services_a.store.close()
    assert main([*b, "sync"]) == 0
    assert main([*a, "sync"]) == 0
    assert main([*b, "sync"]) == 0
    capsys.readouterr()
    for laptop in (a, b):
        assert main([*laptop, "sync-status"]) == 0
        out = capsys.readouterr().out
        assert "pending: 0" in out
    assert main([*a, "conflicts", "list"]) == 0
    listing = capsys.readouterr().out
    assert "conflicts: 1" in listing and "phone" in listing

    # Every replica ends equal: the export of both laptops is byte-identical.
    out_a, out_b = tmp_path / "a.json", tmp_path / "b.json"
    assert main([*a, "export", "--format", "json", "--out", str(out_a)]) == 0
    assert main([*b, "export", "--format", "json", "--out", str(out_b)]) == 0
    assert out_a.read_bytes() == out_b.read_bytes()
    people = json.loads(out_a.read_text(encoding="utf-8"))["person"]
    assert people[0]["phone"] == "+6282222222222" and people[0]["birth_place"] == "Cilacap"


def test_sync_killed_half_way_resumes_without_loss(server: dict[str, str], tmp_path: Path) -> None:
    a = _laptop(tmp_path, "a")
    assert (
        main(
            [
                *a[:2],
                "enrol",
                "--server",
                server["url"],
                "--code",
                server["code"],
                "--admin-user",
                "admin",
                "--admin-password-file",
                a[5],
            ]
        )
        == 0
    )
    assert main([*a, "seed", "--people", "400", "--seed", "2"]) == 0
    env = {**os.environ}
    command = [str(BIN / "desmig"), *a, "sync"]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    # Kill it once the server has acknowledged some changes, so the round is cut between
    # two of its transactions (whatever the machine's speed).
    store_file = Path(a[1]) / "desmig.sqlite3"
    deadline = time.monotonic() + 60
    key = KeyFile.read(keyfile_path(store_file)).unlock("admin", PASSWORD)
    while time.monotonic() < deadline and process.poll() is None:
        db = connect(store_file, key, read_only=True)
        try:
            acknowledged = db.execute(
                "SELECT count(*) FROM change_log WHERE sync_status IS NOT NULL"
            ).fetchone()[0]
        finally:
            db.close()
        if acknowledged:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert subprocess.run(command, env=env, capture_output=True, text=True).returncode == 0

    b = _laptop(tmp_path, "b")
    assert (
        main(
            [
                *b[:2],
                "enrol",
                "--server",
                server["url"],
                "--code",
                _new_code(server),
                "--admin-user",
                "admin",
                "--admin-password-file",
                b[5],
            ]
        )
        == 0
    )
    out_a, out_b = tmp_path / "a.json", tmp_path / "b.json"
    assert main([*a, "export", "--format", "json", "--out", str(out_a)]) == 0
    assert main([*b, "export", "--format", "json", "--out", str(out_b)]) == 0
    assert out_a.read_bytes() == out_b.read_bytes()
    services = _services(b)
    with services.store.read() as session:
        from sqlmodel import func, select

        assert session.exec(select(func.count()).select_from(Person)).one() >= 400
    services.store.close()


def test_sync_without_enrolment_or_server_says_what_to_do(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    pw = tmp_path / "a.pw"
    pw.write_text(PASSWORD, encoding="utf-8")
    data = str(tmp_path / "solo")
    assert (
        main(
            [
                "--data-dir",
                data,
                "init",
                "--village-code",
                "3301022003",
                "--centre-name",
                "Solo",
                "--admin-user",
                "admin",
                "--admin-password-file",
                str(pw),
            ]
        )
        == 0
    )
    login_args = ["--data-dir", data, "--user", "admin", "--password-file", str(pw)]
    assert main([*login_args, "sync"]) == 1
    assert "desmig enrol" in capsys.readouterr().err
    # A laptop that has a store already cannot be enrolled over it.
    assert (
        main(
            [
                *login_args[:2],
                "enrol",
                "--server",
                "https://example.invalid",
                "--code",
                "X",
                "--admin-user",
                "admin",
                "--admin-password-file",
                str(pw),
            ]
        )
        == 1
    )
    assert "Sudah ada data" in capsys.readouterr().err
