"""Backups of the centre's store, and the checks before a restore.

Anyone logged in may back up (a copy loses nothing); replacing the store with a backup
is an admin's decision. The restore itself swaps the store file, so it is done by whoever
holds the store open (the main window, ``desmig restore``) after closing it: this service
only says whether a file may be restored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .. import i18n, paths
from ..domain.enums import Role
from ..store.backup import backup_key, check_backup, make_backup, timestamp
from ..store.db import Error as DatabaseError
from .base import Service
from .errors import ServiceError

i18n.register(
    {
        "action.restore": {"id": "memulihkan cadangan", "en": "restoring a backup"},
        "backup.folder_unusable": {
            "id": "Folder {folder} tidak dapat ditulisi: {error}. Pilih folder lain.",
            "en": "The folder {folder} cannot be written to: {error}. Choose another folder.",
        },
    }
)

BACKUP_SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size_bytes: int
    modified: datetime  # UTC


def backup_name() -> str:
    """The name of a backup made now: sorts by time, says what it is."""
    return f"desmig-{timestamp()}{BACKUP_SUFFIX}"


class BackupService(Service):
    def backup_now(self, folder: Path | None = None) -> Path:
        """A consistent copy of the store in ``folder`` (default: the backups folder)."""
        folder = Path(folder) if folder is not None else paths.backups_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ServiceError(
                i18n.t("backup.folder_unusable", folder=folder, error=error.strerror or error)
            ) from error
        target = folder / backup_name()
        # Two backups in the same second must not overwrite each other.
        number = 1
        while target.exists():
            number += 1
            target = folder / f"{target.stem.split('~')[0]}~{number}{BACKUP_SUFFIX}"
        try:
            make_backup(self.store, target)
        except (OSError, DatabaseError) as error:
            raise ServiceError(
                i18n.t("backup.folder_unusable", folder=folder, error=error)
            ) from error
        return target

    def list_backups(self, folder: Path | None = None) -> list[BackupFile]:
        """The backup files in ``folder`` (default: the backups folder), newest first."""
        folder = Path(folder) if folder is not None else paths.backups_dir()
        found: list[BackupFile] = []
        if not folder.is_dir():
            return found
        for file in folder.glob(f"*{BACKUP_SUFFIX}"):
            try:
                stat = file.stat()
            except OSError:
                continue
            found.append(BackupFile(file, stat.st_size, datetime.fromtimestamp(stat.st_mtime, UTC)))
        found.sort(key=lambda backup: (backup.modified, backup.path.name), reverse=True)
        return found

    def check_restore(self, file: Path) -> str:
        """Whether ``file`` may replace the store: admins only, and a sound backup.

        Returns the backup's schema revision; PermissionDenied or BackupError otherwise.
        """
        self.check_role(Role.ADMIN, i18n.t("action.restore"))
        return check_backup(Path(file), backup_key(Path(file), [self.store.key]))
