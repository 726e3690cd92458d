"""Backups through the service, and the admin-only checks of users and restore."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from desmig_desktop import paths
from desmig_desktop.services import PermissionDenied, Services, ValidationFailed, login
from desmig_desktop.store.backup import BackupError


def officer_of(services: Services) -> Services:
    services.accounts.add_user("siti", role="officer", password="sandi-siti-1")
    return Services(services.store, login(services.store, "siti", "sandi-siti-1"))


def test_backup_now_lists_newest_first_and_never_overwrites(
    services: Services, tmp_path: Path
) -> None:
    first = services.backups.backup_now()
    second = services.backups.backup_now()
    assert first != second and first.parent == second.parent == paths.backups_dir()
    listed = services.backups.list_backups()
    assert {b.path for b in listed} == {first, second}
    assert all(b.size_bytes > 0 for b in listed)
    elsewhere = services.backups.backup_now(tmp_path / "flashdisk")
    assert elsewhere.parent == tmp_path / "flashdisk"
    assert services.backups.check_restore(elsewhere)


def test_only_admins_manage_users_and_restore(services: Services, tmp_path: Path) -> None:
    backup = services.backups.backup_now()
    officer = officer_of(services)
    with pytest.raises(PermissionDenied, match="mengelola pengguna"):
        officer.accounts.users_to_manage()
    with pytest.raises(PermissionDenied, match="memulihkan cadangan"):
        officer.backups.check_restore(backup)
    # An officer may still back up: a copy loses nothing.
    assert officer.backups.backup_now().is_file()
    assert [u.username for u in services.accounts.users_to_manage()] == ["admin", "siti"]


def test_restore_check_refuses_a_file_that_is_no_backup(services: Services, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database")
    with pytest.raises(BackupError):
        services.backups.check_restore(junk)


def test_an_admin_cannot_disable_themselves(services: Services) -> None:
    with pytest.raises(ValidationFailed, match="sendiri"):
        services.accounts.set_active("admin", False)


def test_rows_of_given_people_only(services: Services) -> None:
    siti, _ = services.people.add_person(name="Siti Aminah", sex="P", nik="3301024101900001")
    budi, _ = services.people.add_person(name="Budi Santoso", sex="L")
    gone, _ = services.people.add_person(name="Sudah Dihapus", sex="L")
    services.people.delete_person(gone.id)
    rows = services.people.rows([siti.id, gone.id, siti.id])
    assert set(rows) == {siti.id}
    assert rows[siti.id].name == "Siti Aminah" and rows[siti.id].nik == "3301024101900001"
    many = services.people.rows([budi.id] + [uuid.uuid4() for _ in range(1200)] + [siti.id])
    assert set(many) == {budi.id, siti.id}
