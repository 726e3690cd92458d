"""The database engine and its transactions.

SQLite (a file, WAL, foreign keys, durable commits) or PostgreSQL through psycopg 3.
Writers that assign server sequences serialise on a lock taken first thing in their
transaction (rule 4): ``BEGIN IMMEDIATE`` on SQLite (one writer at a time, whatever the
centre), a transaction-scoped advisory lock of the centre on PostgreSQL. Pulls read one
centre's changes, so it is within a centre that sequences must commit in order: a writer
takes its numbers after the centre's previous writer committed, so they are above every
committed one of the centre, and a pull that has seen sequence *n* of a centre has seen
every change of that centre below it. Centres do not wait for each other.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

# First half of the advisory lock key of a PostgreSQL transaction that assigns a centre's
# server sequences ("dsmg" in ASCII); the second half is a hash of the centre's id. Two
# centres whose ids hash alike only wait for each other, which is harmless.
SEQUENCE_LOCK_SPACE = 0x64736D67
_WRITER = "desmig_writer"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` URLs use psycopg 3, the driver installed."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # SQLAlchemy, not the sqlite3 module, decides when transactions begin, so writers can
    # BEGIN IMMEDIATE (see _sqlite_on_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    # A deferred transaction that turns into a writer later fails with "database is
    # locked" instead of waiting; writers take the lock at BEGIN and queue instead.
    immediate = conn.get_execution_options().get(_WRITER)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


# Connections a PostgreSQL engine keeps, and how many more it may open under load: at
# least one for every worker thread of the process (Settings.threads, at most 40 by
# default), so a request never waits for a connection held by another one that waits for
# its centre's lock, and none is opened and closed again for each request when all
# threads are busy (a new connection costs the database a process). Connections are
# opened when first needed: a process uses about as many as it has threads.
POOL_SIZE = 40
MAX_OVERFLOW = 20


def make_engine(
    url: str, *, pool_size: int = POOL_SIZE, max_overflow: int = MAX_OVERFLOW
) -> Engine:
    """An engine for ``url``; the folder of an SQLite file is created if needed."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    # READ COMMITTED (PostgreSQL's default) matters: each statement after the advisory
    # lock sees what the previous lock holder committed. REPEATABLE READ would take its
    # snapshot before the lock was granted and read stale records.
    engine = create_engine(
        url,
        isolation_level="READ COMMITTED",
        pool_size=pool_size,
        max_overflow=max_overflow,
    )
    event.listen(engine.pool, "checkin", _note_idle_since)
    event.listen(engine.pool, "checkout", _ping_if_idle)
    return engine


# A connection back in the pool for longer than this is tested before it is handed out
# again (the database may have restarted, a firewall may have dropped it). One in steady
# use is not: ``pool_pre_ping`` would cost a round trip on every request, and under load
# every connection is reused within milliseconds.
IDLE_PING_SECONDS = 10.0


def _note_idle_since(_dbapi_connection: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    idle_since = record.info.get("idle_since")
    if idle_since is None or time.monotonic() - idle_since < IDLE_PING_SECONDS:
        return
    try:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        dbapi_connection.rollback()
    except Exception as error:
        # The pool throws this connection away and checks out another (SQLAlchemy,
        # "Disconnect Handling - Pessimistic", custom checkout test).
        raise exc.DisconnectionError(f"a pooled connection no longer answers: {error}") from error


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def new_session(engine: Engine) -> Session:
    # Objects stay readable after commit (the current device is used across two
    # transactions of one request).
    return Session(engine, expire_on_commit=False)


# The lock of a centre's writers on PostgreSQL, in the driver's own parameter style (a
# push takes it as the first statement of a pipeline, see desmig_server.sync).
SEQUENCE_LOCK_SQL = "SELECT pg_advisory_xact_lock(%(space)s, hashtext(%(centre)s))"


def sequence_lock_params(centre_id: uuid.UUID | None) -> dict[str, Any]:
    return {"space": SEQUENCE_LOCK_SPACE, "centre": str(centre_id or "")}


def begin_sequenced_write(session: Session, centre_id: uuid.UUID | None) -> None:
    """Make ``session``'s transaction the one writer that assigns server sequences to
    the changes of ``centre_id`` (None: of no centre, e.g. a push that is refused).

    It waits for the centre's previous writer to commit, so the sequences taken after it
    are above every committed one of the centre. On SQLite it must start the transaction
    (``BEGIN IMMEDIATE``; an open one is committed first). On PostgreSQL the transaction
    may have read before: at READ COMMITTED every statement after the lock sees what the
    previous writer committed.
    """
    engine = session.get_bind()
    if isinstance(engine, Engine) and is_postgresql(engine):
        session.connection().exec_driver_sql(SEQUENCE_LOCK_SQL, sequence_lock_params(centre_id))
        return
    if session.in_transaction():
        session.commit()
    session.connection(execution_options={_WRITER: True})


def begin_write(session: Session) -> None:
    """Start a short write transaction that assigns no sequence (e.g. a device's last contact)."""
    if session.in_transaction():
        session.commit()
    engine = session.get_bind()
    if not (isinstance(engine, Engine) and is_postgresql(engine)):
        session.connection(execution_options={_WRITER: True})
