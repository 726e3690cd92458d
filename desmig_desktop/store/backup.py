"""Backups and restore of the local store.

A backup is a consistent copy taken with SQLite's online backup API, so it can be made
while the app is writing. A restore checks the file completely before it touches
anything, and keeps the store it replaces as a backup: a wrong restore can be undone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from .. import i18n, paths
from . import crypto
from .db import (
    DatabaseError,
    Store,
    StoreError,
    connect,
    copy_database,
    is_plain_file,
    is_store_file,
    schema_revision,
)
from .keyfile import KeyFile, KeyFileError, keyfile_path

i18n.register(
    {
        "backup.not_a_store": {
            "id": "Berkas {file} bukan cadangan Desmigratif (atau rusak). Pilih berkas cadangan yang benar.",
            "en": "{file} is not a Desmigratif backup (or it is damaged). Choose a proper backup file.",
        },
        "backup.damaged": {
            "id": "Berkas {file} rusak ({detail}). Gunakan cadangan lain.",
            "en": "{file} is damaged ({detail}). Use another backup.",
        },
        "backup.newer": {
            "id": "Berkas {file} dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi dulu.",
            "en": "{file} was made by a newer version of the app. Update the app first.",
        },
        "backup.store_exists": {
            "id": "Sudah ada data di laptop ini. Tambahkan --force untuk menggantinya (data lama disimpan sebagai cadangan).",
            "en": "This laptop already holds a store. Add --force to replace it (the old store is kept as a backup).",
        },
        "backup.locked": {
            "id": "Cadangan {file} terenkripsi dengan kunci laptop lain. Pulihkan dengan perintah 'desmig restore' memakai nama pengguna dan kata sandi seorang petugas dari laptop itu.",
            "en": "The backup {file} is encrypted with another laptop's key. Restore it with 'desmig restore' and the user name and password of an officer of that laptop.",
        },
        "backup.missing": {
            "id": "Berkas {file} tidak ditemukan atau tidak bisa dibaca.",
            "en": "{file} was not found or cannot be read.",
        },
    }
)


class BackupError(StoreError):
    """A backup file that cannot be used; nothing was changed."""


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


DAILY_PREFIX = "daily-"
DAILY_KEEP = 14


@dataclass
class DailyBackups:
    """What :func:`daily_backup` did: the files written today (none if today's existed)
    and the old ones removed by rotation."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    external_missing: bool = False  # an external folder is set but not there (unplugged)


def daily_backup(
    store: Store,
    *,
    external: Path | None = None,
    keep: int = DAILY_KEEP,
    today: date | None = None,
) -> DailyBackups:
    """Today's automatic backup, once a day, in the data folder's backups and in
    ``external`` (a USB disk, when it is plugged in); each keeps its newest ``keep``.

    Only files named ``daily-YYYY-MM-DD.sqlite3`` are ever rotated away: backups made by
    hand, before a migration or before a restore stay until someone removes them.
    """
    day = (today or date.today()).isoformat()
    done = DailyBackups()
    folders = [paths.backups_dir()]
    if external is not None:
        if Path(external).is_dir():
            folders.append(Path(external))
        else:
            done.external_missing = True
    for folder in folders:
        target = folder / f"{DAILY_PREFIX}{day}.sqlite3"
        if not target.exists():
            copy_database(store.path, target, store.key)
            done.written.append(target)
        dailies = sorted(
            path for path in folder.glob(f"{DAILY_PREFIX}*.sqlite3") if _is_daily(path.name)
        )
        for old in dailies[:-keep] if keep > 0 else []:
            old.unlink(missing_ok=True)
            keyfile_path(old).unlink(missing_ok=True)
            done.removed.append(old)
    return done


def _is_daily(name: str) -> bool:
    stem = name.removeprefix(DAILY_PREFIX).removesuffix(".sqlite3")
    try:
        date.fromisoformat(stem)
    except ValueError:
        return False
    return len(stem) == 10


def make_backup(store: Store, out: Path) -> Path:
    """Write a consistent copy of ``store`` to ``out``."""
    out = Path(out)
    store.backup_to(out)
    return out


def backup_key(
    file: Path,
    known: list[bytes | None] = (),  # type: ignore[assignment]
    *,
    username: str | None = None,
    password: str | None = None,
) -> bytes | None:
    """The key that opens the backup ``file``: None for a plain one (an older version's),
    one of the ``known`` store keys (this laptop's own backups), or the backup's key file
    unlocked with an officer's password (a backup from another laptop). BackupError when
    none opens it."""
    file = Path(file)
    if not file.is_file():
        raise BackupError(i18n.t("backup.missing", file=file))
    if is_plain_file(file):
        return None
    for key in known:
        if key is not None and is_store_file(file, key):
            return key
    if username and password:
        try:
            return KeyFile.read(keyfile_path(file)).unlock(username, password)
        except (KeyFileError, crypto.WrongSecret):
            pass
    if not keyfile_path(file).exists():
        raise BackupError(i18n.t("backup.not_a_store", file=file))
    raise BackupError(i18n.t("backup.locked", file=file))


def check_backup(file: Path, key: bytes | None = None) -> str:
    """The schema revision of a usable backup file (opened with ``key`` if encrypted);
    BackupError otherwise."""
    file = Path(file)
    if not file.is_file():
        raise BackupError(i18n.t("backup.missing", file=file))
    if not is_store_file(file, key):
        if not is_plain_file(file) and keyfile_path(file).exists():
            raise BackupError(i18n.t("backup.locked", file=file))
        raise BackupError(i18n.t("backup.not_a_store", file=file))
    try:
        connection = connect(file, None if is_plain_file(file) else key, read_only=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            connection.close()
    except DatabaseError as error:
        raise BackupError(i18n.t("backup.damaged", file=file, detail=error)) from error
    if result != "ok":
        raise BackupError(i18n.t("backup.damaged", file=file, detail=result))
    # Alembic is imported only here: the GUI imports this module at start.
    from .migrate import known_revisions

    revision = schema_revision(file, key)
    if revision not in known_revisions():
        raise BackupError(i18n.t("backup.newer", file=file))
    assert revision is not None
    return revision


def restore(
    file: Path,
    *,
    key: bytes | None = None,
    current_key: bytes | None = None,
    force: bool = False,
    target: Path | None = None,
) -> Path | None:
    """Replace the store with the backup ``file`` (opened with ``key``); returns where the
    old store (opened with ``current_key``) was kept.

    The file is checked first; the current store (if any) is copied to the backups
    folder before it is replaced; the restored store is migrated on its next opening.
    The backup's key file comes along unless the backup shares the current store's key
    (the current key file then knows the newer accounts).
    """
    target = target or paths.store_path()
    check_backup(file, key)
    kept: Path | None = None
    if target.exists():
        if not force:
            raise BackupError(i18n.t("backup.store_exists"))
        kept = paths.backups_dir() / f"before-restore-{timestamp()}.sqlite3"
        copy_database(target, kept, current_key)
    # Copy into a temporary file beside the store, then swap it in: a crash mid-copy
    # leaves the old store untouched.
    incoming = target.with_name(target.name + ".restoring")
    copy_database(Path(file), incoming, key)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    incoming_keys = keyfile_path(incoming)
    if incoming_keys.exists():
        if key is not None and key == current_key and keyfile_path(target).exists():
            incoming_keys.unlink()
        else:
            incoming_keys.replace(keyfile_path(target))
    incoming.replace(target)
    return kept
