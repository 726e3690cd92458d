"""The server under test: a real uvicorn server on loopback, over a clean database.

Every test that uses ``database_url`` runs twice, on SQLite and on PostgreSQL. The
PostgreSQL URL comes from ``DESMIG_TEST_DATABASE_URL`` (``bash tests/postgres.sh`` starts
the machine's cluster and prints it); each test gets a schema of its own, dropped after.
Without the variable the PostgreSQL runs are skipped, except in CI where they fail.
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
import uvicorn
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url

from desmig_server import crud, migrate
from desmig_server.core.config import Settings
from desmig_server.core.db import begin_write, make_engine, new_session
from desmig_server.main import create_app
from desmig_server.models import CentreRow
from desmig_server.sync import checksum

PG_ENV = "DESMIG_TEST_DATABASE_URL"
CLIENT_VERSION = "0.1.0"
VILLAGE_A = "33.01.02.2003"  # real villages (Cilacap), see resources/regions
VILLAGE_B = "33.01.02.2004"
# Valid NIKs of the district 33.01.02 (Cilacap): born 17-08-1990, a man and a woman.
NIK_MAN = "3301021708900001"
NIK_WOMAN = "3301025708900002"


# ---------------------------------------------------------------------- databases


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, tmp_path: Any) -> Iterator[str]:
    """The URL of an empty database of this test's own."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set; CI must run the server's tests on PostgreSQL")
        pytest.skip(f"{PG_ENV} is not set (run `bash tests/postgres.sh`)")
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on the migrated test database (the test's own, beside the server's)."""
    made = make_engine(database_url)
    migrate.upgrade(made)
    yield made
    made.dispose()


def create_centre(
    engine: Engine, village_code: str = VILLAGE_A, name: str = "Pusat Uji"
) -> tuple[uuid.UUID, str]:
    """A centre and a first enrolment code, made as the command line makes them."""
    with new_session(engine) as session:
        begin_write(session)
        centre = crud.create_centre(session=session, village_code=village_code, name=name)
        code = crud.create_enrolment_code(session=session, centre=centre)
        session.commit()
        return centre.id, code


def new_code(engine: Engine, centre_id: uuid.UUID, *, created: datetime | None = None) -> str:
    with new_session(engine) as session:
        begin_write(session)
        centre = session.get(CentreRow, centre_id)
        assert centre is not None
        code = crud.create_enrolment_code(session=session, centre=centre, now=created)
        session.commit()
        return code


# ------------------------------------------------------------------------- server


class ThreadedServer:
    """uvicorn serving the real application on a free loopback port, in a thread."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.app = create_app(settings)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            self.app, log_level="warning", lifespan="on", timeout_graceful_shutdown=5
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    def start(self) -> ThreadedServer:
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(15)
        self._socket.close()


@pytest.fixture
def start_server(engine: Engine, database_url: str) -> Iterator[Callable[..., ThreadedServer]]:
    """Starts a server on the test database; keyword arguments override settings."""
    started: list[ThreadedServer] = []

    def start(**overrides: Any) -> ThreadedServer:
        server = ThreadedServer(Settings(database_url=database_url, **overrides)).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def server(start_server: Callable[..., ThreadedServer]) -> ThreadedServer:
    return start_server()


# ------------------------------------------------------------------------- client


class Api:
    """Plain HTTP calls to the server, as a laptop makes them."""

    def __init__(
        self, base_url: str, token: str | None = None, client_version: str | None = CLIENT_VERSION
    ) -> None:
        self.base_url = base_url
        self.http = requests.Session()
        if client_version is not None:
            self.http.headers["X-Desmig-Client-Version"] = client_version
        if token is not None:
            self.http.headers["Authorization"] = f"Bearer {token}"

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.http.get(self.base_url + path, timeout=30, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.http.post(self.base_url + path, timeout=30, **kwargs)

    def enrol(self, code: str, name: str = "Laptop") -> requests.Response:
        return self.post(
            "/api/v1/enrol",
            json={"enrolment_code": code, "device_name": name, "client_version": CLIENT_VERSION},
        )

    def push_body(self, body: dict[str, Any], *, compress: bool = False) -> requests.Response:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if compress:
            data = gzip.compress(data)
            headers["Content-Encoding"] = "gzip"
        return self.post("/api/v1/push", data=data, headers=headers)

    def push(
        self, changes: list[dict[str, Any]], *, epoch: str | None = None, compress: bool = False
    ) -> requests.Response:
        return self.push_body(
            {"epoch": epoch, "changes": changes, "checksum": checksum(changes)}, compress=compress
        )

    def pull(self, after: int = 0, max_bytes: int | None = None) -> requests.Response:
        params: dict[str, int] = {"after": after}
        if max_bytes is not None:
            params["max_bytes"] = max_bytes
        return self.get("/api/v1/pull", params=params)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class Laptop:
    """An enrolled device: numbers its changes and keeps a pull cursor, like the client."""

    api: Api
    device_id: uuid.UUID
    centre_id: uuid.UUID
    token: str
    epoch: str
    user: str = "siti"
    next_seq: int = 1
    cursor: int = 0
    seen: list[dict[str, Any]] = field(default_factory=list)
    # This laptop's copy of the records: its own edits when made, the others' when pulled.
    local: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    # Its own changes by seq, and the server_seq of the last own change of each field.
    made: dict[int, dict[str, Any]] = field(default_factory=dict)
    own_field_seq: dict[tuple[str, str, str], float] = field(default_factory=dict)
    # Conflicts received with pull pages, by id, as the client keeps them.
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)

    def change(
        self,
        table: str,
        row_id: uuid.UUID,
        op: str,
        changes: dict[str, Any],
        *,
        base_seq: int | None = None,
    ) -> dict[str, Any]:
        """The next change of this laptop (``base_seq`` defaults to its pull cursor)."""
        made = {
            "device_id": str(self.device_id),
            "seq": self.next_seq,
            "hlc": f"{int(time.time() * 1000):015d}-{self.next_seq % 100000:05d}-{self.device_id.hex[:12]}",
            "table": table,
            "row_id": str(row_id),
            "op": op,
            "changes": changes,
            "base_seq": self.cursor if base_seq is None else base_seq,
            "user": self.user,
            "at": now_iso(),
        }
        self.next_seq += 1
        self.local.setdefault((table, str(row_id)), {}).update(changes)
        self.made[made["seq"]] = made
        for name in changes:  # pending: newer than anything pulled
            self.own_field_seq[(table, str(row_id), name)] = float("inf")
        return made

    def acknowledge(self, results: list[dict[str, Any]]) -> None:
        for result in results:
            change = self.made.get(result["seq"])
            if change is None:
                continue
            for name in change["changes"]:
                key = (change["table"], change["row_id"], name)
                if result.get("server_seq") is None:
                    self.own_field_seq.pop(key, None)
                elif self.own_field_seq.get(key) == float("inf"):
                    self.own_field_seq[key] = result["server_seq"]

    def push(self, *changes: dict[str, Any]) -> dict[str, Any]:
        response = self.api.push(list(changes), epoch=self.epoch)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        self.acknowledge(body["results"])
        return body

    def pull_all(self, max_bytes: int | None = None) -> list[dict[str, Any]]:
        """Pull pages until ``more`` is false, checking each page; the new changes."""
        got: list[dict[str, Any]] = []
        while True:
            response = self.api.pull(self.cursor, max_bytes)
            assert response.status_code == 200, response.text
            page = response.json()
            assert page["checksum"] == checksum(page["changes"])
            got.extend(page["changes"])
            for change in page["changes"]:
                self.apply_pulled(change)
            for conflict in page["conflicts"]:
                self.conflicts[conflict["id"]] = conflict
            self.cursor = page["next"]
            if not page["more"]:
                break
        self.seen.extend(got)
        return got

    def apply_pulled(self, change: dict[str, Any]) -> None:
        """As the client applies a pulled change (docs/sync-protocol.md, client round):
        its own changes are already here, and a field it set itself in a change pending
        or numbered after this one keeps its value."""
        if change["device_id"] == str(self.device_id):
            return
        table, row = change["table"], change["row_id"]
        record = self.local.setdefault((table, row), {})
        for name, value in change["changes"].items():
            if self.own_field_seq.get((table, row, name), 0) < change["server_seq"]:
                record[name] = value

    def open_conflicts(self) -> list[dict[str, Any]]:
        return [c for c in self.conflicts.values() if c["resolved_at"] is None]

    # Records -----------------------------------------------------------------

    def insert_person(self, row_id: uuid.UUID | None = None, **fields: Any) -> dict[str, Any]:
        row_id = row_id or uuid.uuid4()
        stamp = now_iso()
        values = {
            "id": str(row_id),
            "centre_id": str(self.centre_id),
            "created_at": stamp,
            "updated_at": stamp,
            "deleted": False,
            "household_id": None,
            "nik": NIK_MAN,
            "name": "Budi Santoso",
            "sex": "L",
            "birth_place": "Cilacap",
            "birth_date": "1990-08-17",
            "phone": None,
            "education": None,
            "marital_status": None,
            "relationship": None,
            "flags": "",
            "merged_into_id": None,
            "merge_reason": None,
        }
        values.update(fields)
        return self.change("person", row_id, "insert", values)

    def update(
        self, table: str, row_id: uuid.UUID | str, base_seq: int | None = None, **fields: Any
    ) -> dict[str, Any]:
        fields.setdefault("updated_at", now_iso())
        op = "delete" if fields.get("deleted") is True else "update"
        return self.change(table, uuid.UUID(str(row_id)), op, fields, base_seq=base_seq)


def replay(changes: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Records built by applying pulled changes in order, as a laptop does."""
    records: dict[tuple[str, str], dict[str, Any]] = {}
    for change in sorted(changes, key=lambda c: c["server_seq"]):
        records.setdefault((change["table"], change["row_id"]), {}).update(change["changes"])
    return records


@pytest.fixture
def enrol(server: ThreadedServer, engine: Engine) -> Callable[..., Laptop]:
    """Enrols a laptop in the centre of a village (made on first use)."""
    centres: dict[str, uuid.UUID] = {}

    def make(village_code: str = VILLAGE_A, name: str = "Laptop", user: str = "siti") -> Laptop:
        if village_code in centres:
            code = new_code(engine, centres[village_code])
        else:
            centres[village_code], code = create_centre(engine, village_code)
        response = Api(server.url).enrol(code, name)
        assert response.status_code == 200, response.text
        body = response.json()
        return Laptop(
            api=Api(server.url, body["device_token"]),
            device_id=uuid.UUID(body["device_id"]),
            centre_id=uuid.UUID(body["centre_id"]),
            token=body["device_token"],
            epoch=body["epoch"],
            user=user,
        )

    return make


EXPIRED = timedelta(days=8)
