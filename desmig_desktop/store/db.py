"""The one place the local store is opened.

Opening sets the connection up (WAL, foreign keys, durable commits, a busy timeout),
migrates an older store after backing its file up, and hands out short-lived sessions:
``store.read()`` for queries, ``store.write(actor)`` for a unit of work whose changes are
captured (see :mod:`changes`). Sessions are never shared between threads; the engine's
pool hands each thread its own connection.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from .. import paths
from ..domain.base import new_id
from ..text import fold
from . import changes
from .local import DeviceState

# The schema revision this code writes. tests/test_migrations.py checks that it is
# Alembic's head, so a new migration cannot be forgotten here.
SCHEMA_HEAD = "0009"


class StoreError(RuntimeError):
    """The store is missing, already there, unreadable or not ours."""


class StoreSession(Session):
    """Sessions whose flushes are captured as change entries."""


changes.install(StoreSession)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin, so BEGIN
    # IMMEDIATE can be used for writers (see _on_begin).
    dbapi_connection.isolation_level = None
    # The person search index's triggers fold names with this (migration 0002).
    dbapi_connection.create_function("desmig_fold", 1, fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # Deleted and overwritten content is zeroed, not left in free pages: an erased
    # person's NIK must not survive in the file (UU 27/2022).
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.execute("PRAGMA busy_timeout = 15000")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit survives a power cut, which these laptops see often.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN: a deferred transaction that upgrades to a
    # writer later can fail with "database is locked" instead of waiting its turn.
    mode = "BEGIN IMMEDIATE" if conn.get_execution_options().get("desmig_writer") else "BEGIN"
    conn.exec_driver_sql(mode)


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 15},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def is_store_file(path: Path) -> bool:
    """Whether ``path`` is an SQLite file holding a Desmigratif store."""
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except (OSError, sqlite3.DatabaseError):
        return False
    return {"device_state", "change_log", "person", "alembic_version"} <= names


def schema_revision(path: Path) -> str | None:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (the online backup API), safe while the
    app writes to it; the copy is written beside ``target`` and renamed into place, so a
    crash never leaves half a backup under the final name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    partial.replace(target)


class Store:
    """An open local store."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._writer = engine.execution_options(desmig_writer=True)

    # -- opening -----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | None = None) -> Store:
        """Create a new, empty store. Refuses if one is there, touching nothing."""
        path = path or paths.store_path()
        if path.exists():
            raise StoreError(f"a store already exists at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(path)
        try:
            from .migrate import upgrade

            upgrade(engine)
            with Session(engine) as session:
                session.add(DeviceState(device_id=new_id()))
                session.commit()
        except BaseException:
            engine.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        return cls(path, engine)

    @classmethod
    def open(cls, path: Path | None = None) -> Store:
        """Open an existing store, migrating it (after a backup of the file) if it is older."""
        path = path or paths.store_path()
        if not path.exists():
            raise StoreError(f"no store at {path}")
        if not is_store_file(path):
            raise StoreError(f"{path} is not a Desmigratif store")
        revision = schema_revision(path)
        if revision != SCHEMA_HEAD:
            from .migrate import known_revisions, upgrade

            if revision not in known_revisions():
                raise StoreError(
                    f"{path} was written by a newer or unknown version (schema {revision})"
                )
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            copy_database(
                path, paths.backups_dir() / f"before-migration-{revision}-{stamp}.sqlite3"
            )
            engine = make_engine(path)
            upgrade(engine)
        else:
            engine = make_engine(path)
        return cls(path, engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions ----------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short-lived session for queries."""
        with StoreSession(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """A unit of work by ``actor``: committed at the end, rolled back on any error.

        Every change made in it is captured with ``actor`` as the user.
        """
        with StoreSession(self._writer, expire_on_commit=False) as session:
            session.info["actor"] = actor
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    # -- facts about this laptop ----------------------------------------------------

    def device(self) -> DeviceState:
        with self.read() as session:
            state = session.get(DeviceState, 1)
            if state is None:
                raise StoreError("the store has no device identity")
            return state

    def centre_id(self) -> uuid.UUID | None:
        return self.device().centre_id

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the store, taken while it may be in use."""
        copy_database(self.path, target)

    def size_bytes(self) -> int:
        return sum(
            Path(f"{self.path}{s}").stat().st_size
            for s in ("", "-wal")
            if Path(f"{self.path}{s}").exists()
        )

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
