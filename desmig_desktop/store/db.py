"""The one place the local store is opened.

Opening sets the connection up (WAL, foreign keys, durable commits, a busy timeout),
migrates an older store after backing its file up, and hands out short-lived sessions:
``store.read()`` for queries, ``store.write(actor)`` for a unit of work whose changes are
captured (see :mod:`changes`). Sessions are never shared between threads; the engine's
pool hands each thread its own connection.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from .. import i18n, paths
from ..domain.base import new_id
from ..text import fold
from . import changes, crypto
from .keyfile import keyfile_path
from .local import DeviceState

# The schema revision this code writes. tests/test_migrations.py checks that it is
# Alembic's head, so a new migration cannot be forgotten here.
SCHEMA_HEAD = "0011"


i18n.register(
    {
        "store.locked": {
            "id": "Data di {path} terenkripsi: masuk dengan nama pengguna dan kata sandi untuk membukanya.",
            "en": "The data at {path} is encrypted: log in with a user name and password to open it.",
        },
        "store.not_ours": {
            "id": "Berkas {path} bukan data Desmigratif, rusak, atau tidak cocok dengan berkas kuncinya. Pulihkan dari cadangan.",
            "en": "{path} is not Desmigratif data, is damaged, or does not match its key file. Restore it from a backup.",
        },
        "store.missing": {
            "id": "Tidak ada data Desmigratif di {path}. Periksa foldernya, atau pulihkan data dari cadangan.",
            "en": "There is no Desmigratif data at {path}. Check the folder, or restore the data from a backup.",
        },
        "store.exists": {
            "id": "Sudah ada data di {path}; data itu tidak diubah. Bukalah data itu, atau pilih folder lain.",
            "en": "There is data at {path} already; it was left as it was. Open it, or choose another folder.",
        },
        "store.newer": {
            "id": "Data di {path} ditulis oleh versi Desmigratif Desktop yang lebih baru atau tidak dikenal (skema {revision}); data itu tidak diubah. Pasang versi terbaru.",
            "en": "The data at {path} was written by a newer or unknown version of Desmigratif Desktop (schema {revision}); it was left as it was. Install the latest version.",
        },
        "store.no_device": {
            "id": "Data di {path} tidak punya identitas laptop, jadi rusak. Pulihkan dari cadangan.",
            "en": "The data at {path} has no laptop identity, so it is damaged. Restore it from a backup.",
        },
        "store.copy_needs_key": {
            "id": "Data di {path} terenkripsi: menyalinnya perlu kuncinya. Masuk dulu, lalu salin lagi.",
            "en": "The data at {path} is encrypted: copying it needs its key. Log in first, then copy it again.",
        },
        "store.already_encrypted": {
            "id": "Data di {path} sudah terenkripsi.",
            "en": "The data at {path} is encrypted already.",
        },
        "store.encrypted_copy_bad": {
            "id": "Salinan terenkripsi dari data di {path} tidak utuh (catatan teknis: {detail}); data asli tidak diubah. Coba lagi; jika terulang, periksa sisa ruang disk.",
            "en": "The encrypted copy of the data at {path} is not whole (technical note: {detail}); the original was left as it was. Try again; if it happens again, check the free disk space.",
        },
    }
)


class StoreError(RuntimeError):
    """The store is missing, already there, unreadable or not ours."""


class StoreSession(Session):
    """Sessions whose flushes are captured as change entries."""


changes.install(StoreSession)


_PLAIN_HEADER = b"SQLite format 3\x00"

# Every connection to a store goes through SQLCipher's build of SQLite (the sqlcipher3
# package), keyed or not: one SQLite for encrypted stores, the plain ones that older
# versions wrote (until they are encrypted at the next login) and their backups.
DatabaseError = sqlcipher.DatabaseError
Error = sqlcipher.Error


def connect(path: Path, key: bytes | None, *, read_only: bool = False) -> sqlcipher.Connection:
    """A raw connection to a store file, keyed first when ``key`` is given."""
    target = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    connection = sqlcipher.connect(target, uri=True, timeout=15)
    # A wrong key is an answer here (the caller says so in words), not an error for stderr.
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(crypto.sqlcipher_key_pragma(key))
    return connection


def is_encrypted_file(path: Path) -> bool:
    """Whether ``path`` looks like an encrypted store: not a plain SQLite file, and its
    key file beside it. (Without the key nothing more can be told.)"""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError:
        return False
    return len(header) == 16 and header != _PLAIN_HEADER and keyfile_path(path).exists()


def _on_connect(dbapi_connection: sqlcipher.Connection, _record: Any) -> None:
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


# Page cache per connection, in KiB (filled only as pages are read). An encrypted page is
# decrypted each time SQLite reads it from the file, so what is read again and again must
# stay in SQLite's own cache, not just the system's. Most work reads a page once; the
# people search reads its index at every keystroke, and has a connection of its own with
# room for a large centre's whole index (Store.search_read).
CACHE_KIB = 8192
SEARCH_CACHE_KIB = 49152


def make_engine(path: Path, key: bytes | None = None, *, search: bool = False) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        connect_args={"check_same_thread": False, "timeout": 15},
        # The search engine keeps one connection (and its cache); a second search at the
        # same moment gets a short-lived one.
        **({"pool_size": 1, "max_overflow": 2} if search else {}),
    )
    cache = f"PRAGMA cache_size = -{SEARCH_CACHE_KIB if search else CACHE_KIB}"
    if key is not None:
        pragma = crypto.sqlcipher_key_pragma(key)

        # The key must be the connection's very first statement, before SQLAlchemy's
        # own first queries and our pragmas.
        def _key(dbapi_connection: sqlcipher.Connection, _record: Any) -> None:
            dbapi_connection.execute(pragma)

        event.listen(engine, "connect", _key, insert=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "connect", lambda dbapi_connection, _r: dbapi_connection.execute(cache))
    event.listen(engine, "begin", _on_begin)
    return engine


def is_plain_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == _PLAIN_HEADER
    except OSError:
        return False


def is_store_file(path: Path, key: bytes | None = None) -> bool:
    """Whether ``path`` is an SQLite file holding a Desmigratif store (opened with
    ``key`` when it is encrypted)."""
    try:
        if key is None and not is_plain_file(path):
            return False
        connection = connect(path, key if not is_plain_file(path) else None, read_only=True)
        try:
            names = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            connection.close()
    except (OSError, sqlcipher.DatabaseError):
        return False
    return {"device_state", "change_log", "person", "alembic_version"} <= names


def schema_revision(path: Path, key: bytes | None = None) -> str | None:
    connection = connect(path, key if not is_plain_file(path) else None, read_only=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.DatabaseError:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def copy_database(source: Path, target: Path, key: bytes | None = None) -> None:
    """A consistent copy of a live SQLite file (the online backup API), safe while the
    app writes to it; the copy is written beside ``target`` and renamed into place, so a
    crash never leaves half a backup under the final name.

    An encrypted source is copied encrypted under the same key (``key``), and its key file
    is copied beside the copy: a backup must be restorable on a new laptop.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    encrypted = not is_plain_file(source)
    if encrypted and key is None:
        raise StoreError(i18n.t("store.copy_needs_key", path=source))
    src = connect(source, key if encrypted else None, read_only=True)
    dst = connect(partial, key if encrypted else None)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()
    if encrypted and keyfile_path(source).exists():
        keys = keyfile_path(target)
        keys.write_bytes(keyfile_path(source).read_bytes())
    partial.replace(target)


class Store:
    """An open local store."""

    def __init__(self, path: Path, engine: Engine, key: bytes | None = None) -> None:
        self.path = path
        self.engine = engine
        # The store key while the store is open (None: a plain store of an older
        # version, encrypted at the next login). Needed to seal files and backups.
        self.key = key
        # Set once, when the store is made (or encrypted): shown to the officer, then gone.
        self.recovery_key: str | None = None
        self._search_engine: Engine | None = None
        self._writer = engine.execution_options(desmig_writer=True)

    # -- opening -----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | None = None, key: bytes | None = None) -> Store:
        """Create a new, empty store (encrypted under ``key``). Refuses if one is there,
        touching nothing. The caller writes the key file (:mod:`keyfile`)."""
        path = path or paths.store_path()
        if path.exists():
            raise StoreError(i18n.t("store.exists", path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(path, key)
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
        return cls(path, engine, key)

    @classmethod
    def open(cls, path: Path | None = None, key: bytes | None = None) -> Store:
        """Open an existing store, migrating it (after a backup of the file) if it is older.

        An encrypted store needs its ``key`` (see :mod:`keyfile` for unlocking it); a
        plain one from an older version opens without.
        """
        path = path or paths.store_path()
        if not path.exists():
            raise StoreError(i18n.t("store.missing", path=path))
        if is_plain_file(path):
            key = None
        elif key is None:
            raise StoreError(i18n.t("store.locked", path=path))
        if not is_store_file(path, key):
            raise StoreError(i18n.t("store.not_ours", path=path))
        revision = schema_revision(path, key)
        if revision != SCHEMA_HEAD:
            from .migrate import known_revisions, upgrade

            if revision not in known_revisions():
                raise StoreError(i18n.t("store.newer", path=path, revision=revision))
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            copy_database(
                path, paths.backups_dir() / f"before-migration-{revision}-{stamp}.sqlite3", key
            )
            engine = make_engine(path, key)
            upgrade(engine)
        else:
            engine = make_engine(path, key)
        return cls(path, engine, key)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def close(self) -> None:
        if self._search_engine is not None:
            self._search_engine.dispose()
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
    def search_read(self) -> Iterator[Session]:
        """A session for the people search, on the connection that keeps its index cached."""
        if self._search_engine is None:
            self._search_engine = make_engine(self.path, self.key, search=True)
        with StoreSession(self._search_engine, expire_on_commit=False) as session:
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
                raise StoreError(i18n.t("store.no_device", path=self.path))
            return state

    def centre_id(self) -> uuid.UUID | None:
        return self.device().centre_id

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the store, taken while it may be in use."""
        copy_database(self.path, target, self.key)

    def size_bytes(self) -> int:
        return sum(
            Path(f"{self.path}{s}").stat().st_size
            for s in ("", "-wal")
            if Path(f"{self.path}{s}").exists()
        )

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn the plain store at ``path`` into an encrypted one under ``key``.

    The encrypted copy is written beside it (SQLCipher's ``sqlcipher_export``), checked
    table by table against the original and flushed before it replaces the plain file in
    one rename, so a crash at any point leaves either store whole. The caller has already
    written the key file, and closed every connection to the store.
    """
    if not is_plain_file(path):
        raise StoreError(i18n.t("store.already_encrypted", path=path))
    partial = path.with_name(path.name + ".encrypting")
    for suffix in ("", "-journal"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    plain = connect(path, None)
    try:
        plain.isolation_level = None
        # Fold the WAL into the file first: the copy must hold every committed change.
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        hexkey = key.hex()
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{hexkey}'\"", (str(partial),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
        tables = [
            row[0] for row in plain.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        counts = {t: plain.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        plain.close()
    check = connect(partial, key)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise StoreError(
                i18n.t("store.encrypted_copy_bad", path=path, detail="integrity_check")
            )
        for table, count in counts.items():
            if check.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] != count:
                raise StoreError(i18n.t("store.encrypted_copy_bad", path=path, detail=f"{table}"))
        check.execute("PRAGMA journal_mode = WAL")
    finally:
        check.close()
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    partial.replace(path)
