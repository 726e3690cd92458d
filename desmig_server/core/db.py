"""The database engine and its transactions.

SQLite (a file, WAL, foreign keys, durable commits) or PostgreSQL through psycopg 3.
Writers that assign server sequences serialise on one lock, taken first thing in their
transaction (rule 4): ``BEGIN IMMEDIATE`` on SQLite, a transaction-scoped advisory lock on
PostgreSQL. A sequence therefore never commits after a higher one, and a pull that has
seen sequence *n* has seen every change below it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

# Key of the advisory lock every PostgreSQL transaction that assigns server sequences
# takes ("desmig" in ASCII); one key for the whole server because the sequence is global.
SEQUENCE_LOCK_KEY = 0x6465736D6967
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


# Connections a PostgreSQL engine keeps, and how many more it may open under load: one
# kept for every worker thread of the server (anyio's 40), so a request never waits for
# a connection held by another one that waits for the sequence lock, and none is opened
# and closed again for each request when all threads are busy (a new connection costs
# the database a process).
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
    return create_engine(
        url,
        pool_pre_ping=True,
        isolation_level="READ COMMITTED",
        pool_size=pool_size,
        max_overflow=max_overflow,
    )


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def new_session(engine: Engine) -> Session:
    # Objects stay readable after commit (the current device is used across two
    # transactions of one request).
    return Session(engine, expire_on_commit=False)


def begin_sequenced_write(session: Session) -> None:
    """Start ``session``'s transaction as the one writer that assigns server sequences.

    Must come before any other statement of the transaction: it waits for the previous
    writer to commit, so the sequences it assigns are above every committed one.
    """
    if session.in_transaction():
        session.commit()
    engine = session.get_bind()
    if isinstance(engine, Engine) and is_postgresql(engine):
        session.connection()
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEQUENCE_LOCK_KEY})
    else:
        session.connection(execution_options={_WRITER: True})


def begin_write(session: Session) -> None:
    """Start a short write transaction that assigns no sequence (e.g. a device's last contact)."""
    if session.in_transaction():
        session.commit()
    engine = session.get_bind()
    if not (isinstance(engine, Engine) and is_postgresql(engine)):
        session.connection(execution_options={_WRITER: True})
