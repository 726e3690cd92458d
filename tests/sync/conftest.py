"""The real `desmig-server` process on loopback, laptops enrolled with the real client, and
helpers to look into the server's database and compare replicas."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from desmig_desktop.io.export import export_json
from desmig_desktop.services import Services, login
from desmig_desktop.store.db import Store
from desmig_desktop.sync.client import SyncClient, enrol
from desmig_desktop.sync.transport import Transport

BIN = Path(sys.executable).parent
PASSWORD = "rahasia-admin-1"
VILLAGE = "3301022003"
PG_ENV = "DESMIG_TEST_DATABASE_URL"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fast_transport(url: str, token: str | None = None, **kwargs: Any) -> Transport:
    """A transport that retries at once (the backoff is still computed, not slept)."""
    kwargs.setdefault("backoff", 0.01)
    kwargs.setdefault("sleep", lambda seconds: None)
    kwargs.setdefault("timeout", 10.0)
    return Transport(url, token, **kwargs)


@dataclass
class ServerProcess:
    """`desmig-server serve` on a free loopback port, over its own database."""

    database_url: str
    workdir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "DESMIG_DATABASE_URL": self.database_url, **self.extra_env}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def sqlite_path(self) -> Path | None:
        if self.database_url.startswith("sqlite:///"):
            return Path(self.database_url.removeprefix("sqlite:///"))
        return None

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [str(BIN / "desmig-server"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self) -> ServerProcess:
        self.port = self.port or free_port()
        self.process = subprocess.Popen(
            [str(BIN / "desmig-server"), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("desmig-server exited at start")
            try:
                if requests.get(self.url + "/healthz", timeout=1).ok:
                    return self
            except requests.ConnectionError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("desmig-server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None

    def new_code(self, village: str = VILLAGE) -> str:
        return str(
            json.loads(self.cli("new-enrolment-code", "--village-code", village))["enrolment_code"]
        )

    # -- the server's database -----------------------------------------------------

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        path = self.sqlite_path
        if path is not None:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
            try:
                return db.execute(sql, params).fetchall()
            finally:
                db.close()
        import psycopg

        plain, _, options = self.database_url.replace(
            "postgresql+psycopg://", "postgresql://"
        ).partition("?")
        kwargs: dict[str, Any] = {}
        if options.startswith("options="):
            from urllib.parse import unquote

            kwargs["options"] = unquote(options.removeprefix("options="))
        with psycopg.connect(plain, **kwargs) as conn:
            return list(conn.execute(sql.replace("?", "%s"), params).fetchall())


def _pg_schema_url(base: str) -> tuple[str, Callable[[], None]]:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"s_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})

    def drop() -> None:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()

    return url.render_as_string(hide_password=False), drop


def make_server(
    workdir: Path, backend: str = "sqlite", **env: str
) -> tuple[ServerProcess, Callable[[], None]]:
    """A migrated server with one centre, started; and its clean-up."""
    cleanups: list[Callable[[], None]] = []
    if backend == "sqlite":
        url = f"sqlite:///{workdir / 'server.sqlite3'}"
    else:
        base = os.environ.get(PG_ENV, "")
        if not base:
            if os.environ.get("CI"):
                pytest.fail(f"{PG_ENV} is not set in CI")
            pytest.skip(f"{PG_ENV} is not set (run `bash tests/postgres.sh`)")
        url, drop = _pg_schema_url(base)
        cleanups.append(drop)
    server = ServerProcess(url, workdir, extra_env=dict(env))
    server.cli("migrate")
    server.code = json.loads(  # type: ignore[attr-defined]
        server.cli("create-centre", "--village-code", VILLAGE, "--name", "Desmigratif Kesugihan")
    )["enrolment_code"]
    server.start()

    def cleanup() -> None:
        server.stop()
        for step in cleanups:
            step()

    return server, cleanup


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[Callable[..., ServerProcess]]:
    """Starts `desmig-server` (SQLite by default); keyword arguments become DESMIG_ env."""
    cleanups: list[Callable[[], None]] = []

    def start(backend: str = "sqlite", **env: str) -> ServerProcess:
        folder = tmp_path / f"server{len(cleanups)}"
        folder.mkdir()
        server, cleanup = make_server(folder, backend, **env)
        cleanups.append(cleanup)
        return server

    yield start
    for cleanup in reversed(cleanups):
        cleanup()


# ------------------------------------------------------------------------- laptops


@dataclass
class Laptop:
    name: str
    store: Store
    services: Services
    url: str

    @property
    def device_id(self) -> uuid.UUID:
        return self.store.device().device_id

    def client(self, url: str | None = None, **transport: Any) -> SyncClient:
        token = self.store.device().device_token
        return SyncClient(self.store, transport=fast_transport(url or self.url, token, **transport))

    def sync(self, url: str | None = None, **transport: Any) -> Any:
        client = self.client(url, **transport)
        try:
            return client.sync()
        finally:
            client.close()

    def export(self, folder: Path) -> bytes:
        return export_json(
            self.store, folder / f"{self.name}-{uuid.uuid4().hex[:6]}.json"
        ).read_bytes()

    def close(self) -> None:
        self.store.close()


def enrol_laptop(
    server: ServerProcess,
    folder: Path,
    name: str,
    *,
    url: str | None = None,
    code: str | None = None,
) -> Laptop:
    """A laptop enrolled in the server's centre (the first uses the centre's first code)."""
    folder.mkdir(parents=True, exist_ok=True)
    store = enrol(
        folder / f"{name}.sqlite3",
        server_url=url or server.url,
        code=code or server.new_code(),
        admin_user="admin",
        admin_password=PASSWORD,
        transport=fast_transport(url or server.url),
    )
    return Laptop(name, store, Services(store, login(store, "admin", PASSWORD)), server.url)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Callable[..., Laptop]]:
    made: list[Laptop] = []

    def make(server: ServerProcess, name: str, **kwargs: Any) -> Laptop:
        laptop = enrol_laptop(server, tmp_path / "laptops", name, **kwargs)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()


def own_changes(laptop: Laptop) -> list[tuple[int, str | None, int | None]]:
    """(seq, sync_status, server_seq) of every change this laptop made."""
    from desmig_desktop.store.db import connect
    from desmig_desktop.store.local import SyncAnswer

    answer = SyncAnswer().process_result_value  # stored as a one-byte code
    db = connect(laptop.store.path, laptop.store.key, read_only=True)
    try:
        rows = db.execute(
            "SELECT seq, sync_status, server_seq FROM change_log WHERE origin IN"
            " (SELECT id FROM change_origin WHERE device_id = ?) ORDER BY seq",
            (laptop.device_id.bytes,),
        ).fetchall()
    finally:
        db.close()
    return [(seq, answer(status, None), server_seq) for seq, status, server_seq in rows]


def server_seqs(server: ServerProcess, device_id: uuid.UUID) -> list[int]:
    """The seqs of a device the server applied or rejected, with repeats if any."""
    key = device_id.hex if server.sqlite_path else device_id
    applied = server.query("SELECT seq FROM sync_change WHERE device_id = ?", key)
    rejected = server.query("SELECT seq FROM rejected_change WHERE device_id = ?", key)
    return sorted(int(row[0]) for row in applied + rejected)


def assert_exactly_once(server: ServerProcess, laptop: Laptop) -> None:
    """Every change of the laptop reached the server once, none is pending, no extra."""
    mine = own_changes(laptop)
    assert all(status is not None for _, status, _ in mine), "changes still pending"
    assert server_seqs(server, laptop.device_id) == [seq for seq, _, _ in mine]
    last = server.query(
        "SELECT last_seq FROM device WHERE id = ?",
        laptop.device_id.hex if server.sqlite_path else laptop.device_id,
    )
    assert last and int(last[0][0]) == (mine[-1][0] if mine else 0)
