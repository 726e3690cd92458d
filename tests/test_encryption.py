"""The encrypted store (issue 5): nothing readable without a password or the recovery key,
no NIK or name in clear in any file of the data folder, plain stores of older versions
encrypted at the next login without losing anything."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, VILLAGE_CODE
from sqlmodel import select
from test_migrations import _old_store

from desmig_desktop import paths
from desmig_desktop.domain import DocumentItem, UserAccount
from desmig_desktop.services import AuthenticationFailed, Services, create_centre
from desmig_desktop.services.accounts import hash_password
from desmig_desktop.services.keys import open_centre, unlock, unlock_with_recovery
from desmig_desktop.store.attachments import read_attachment, save_attachment
from desmig_desktop.store.backup import daily_backup
from desmig_desktop.store.db import Store, StoreError, is_plain_file
from desmig_desktop.store.keyfile import KeyFile, keyfile_path

NIK = "3301024507950001"
NAME = "Nur Aini"


def _clear_text_hits(folder: Path, needles: list[str]) -> list[str]:
    """Files under ``folder`` holding any needle in clear (UTF-8 or UTF-16)."""
    hits = []
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = file.read_bytes()
        for needle in needles:
            for form in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                if form in data:
                    hits.append(f"{file.relative_to(folder)}: {needle}")
    return hits


def test_a_copied_store_opens_only_with_a_password_or_the_recovery_key(
    data_dir: Path, tmp_path: Path
) -> None:
    store = create_centre(
        paths.store_path(),
        village_code=VILLAGE_CODE,
        centre_name="Pusat Uji",
        admin_user=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    recovery = store.recovery_key
    assert recovery and len(recovery.replace("-", "")) == 32
    store.close()
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    copy = stolen / "desmig.sqlite3"
    shutil.copyfile(paths.store_path(), copy)
    shutil.copyfile(keyfile_path(paths.store_path()), keyfile_path(copy))

    assert not is_plain_file(copy)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(StoreError):
        Store.open(copy)
    with pytest.raises(StoreError):
        Store.open(copy, b"\x00" * 32)
    for user, password in [(ADMIN, "bukan-sandinya"), ("pencuri", ADMIN_PASSWORD), (ADMIN, "")]:
        with pytest.raises(AuthenticationFailed):
            unlock(copy, user, password)
    with pytest.raises(AuthenticationFailed):
        unlock_with_recovery(copy, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")

    unlock(copy, ADMIN, ADMIN_PASSWORD).close()
    # The recovery key as an officer might type it back from paper.
    with unlock_with_recovery(copy, recovery.lower().replace("-", " ")) as opened:
        assert opened.centre_id() is not None
    # Without its key file the store is lost to passwords: the message says what to do.
    keyfile_path(copy).unlink()
    with pytest.raises(StoreError, match="cadangan"):
        unlock(copy, ADMIN, ADMIN_PASSWORD)


def test_no_nik_or_name_in_clear_in_any_file_of_the_data_folder(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    from desmig_desktop.seed import seed

    seed(services, 12, seed=3)
    person, _ = services.people.add_person(name=NAME, sex="P", nik=NIK, birth_date=date(1995, 7, 5))
    # A scan whose pixels would hold the NIK: here plainly its text.
    scan = tmp_path / "ktp.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 KTP " + NIK.encode() + b" " + NAME.encode())
    name = save_attachment(services.store, scan, "ktp")
    with services.store.read() as session:
        document = session.exec(select(DocumentItem)).first()
        assert document is not None
    services.migration.update_document(document.id, attachment=name)
    assert read_attachment(services.store, name) == scan.read_bytes()
    daily_backup(services.store)
    external = tmp_path / "usb"
    external.mkdir()
    daily_backup(services.store, external=external)
    # A crash log of an error that quoted the NIK.
    from desmig_desktop.ui.app import write_crash_log

    try:
        raise RuntimeError(f"NIK {NIK} sudah terdaftar")
    except RuntimeError as error:
        write_crash_log(RuntimeError, error, error.__traceback__)

    # Nothing is checkpointed: the WAL still holds the latest pages, and must be sealed too.
    files = {p.name for p in data_dir.rglob("*") if p.is_file()}
    assert {"desmig.sqlite3", "desmig.sqlite3-wal", "desmig.sqlite3.keys"} <= files
    assert any(p.parent.name == "attachments" for p in data_dir.rglob("*"))
    assert list(paths.backups_dir().glob("daily-*.sqlite3"))
    assert list(paths.logs_dir().iterdir())
    assert _clear_text_hits(data_dir, [NIK, NAME, person.name]) == []
    assert _clear_text_hits(external, [NIK, NAME]) == []


def test_a_plain_store_of_an_older_version_is_encrypted_at_login(data_dir: Path) -> None:
    path = paths.store_path()
    _old_store(path)
    # A second officer, who will log in later with their own password.
    db = sqlite3.connect(path)
    centre = db.execute("SELECT centre_id FROM user_account").fetchone()[0]
    db.execute(
        "INSERT INTO user_account (id, centre_id, created_at, updated_at, deleted, username,"
        " full_name, role, password_hash, active) VALUES (?, ?, ?, ?, 0, 'budi', '', 'officer', ?, 1)",
        (
            "b" * 32,
            centre,
            "2025-01-02 03:04:05.000000",
            "2025-01-02 03:04:05.000000",
            hash_password("sandi-budi-1"),
        ),
    )
    db.commit()
    db.close()
    # What an older version left in clear beside it: a scan and a backup.
    paths.attachments_dir().mkdir(parents=True, exist_ok=True)
    scan = paths.attachments_dir() / "ktp-old.jpg"
    scan.write_bytes(b"scan of KTP " + NIK.encode())
    shutil.copyfile(path, paths.backups_dir() / "daily-2025-01-01.sqlite3")
    assert _clear_text_hits(data_dir, [NIK])

    # A wrong password encrypts nothing (the failed login is only noted in the audit).
    with pytest.raises(AuthenticationFailed):
        open_centre(path, ADMIN, "salah-sandi-1")
    assert is_plain_file(path) and not keyfile_path(path).exists()

    opened, _actor = open_centre(path, ADMIN, ADMIN_PASSWORD)
    recovery = opened.recovery_key
    assert recovery
    store = opened.store
    try:
        assert store.encrypted and not is_plain_file(path)
        services = Services(store, _actor)
        assert sorted(row.name for row in services.people.search("")) == [
            "Mohammad Ridwan",
            NAME,
        ]
        assert read_attachment(store, "ktp-old.jpg") == b"scan of KTP " + NIK.encode()
    finally:
        store.close()
    assert _clear_text_hits(data_dir, [NIK, NAME]) == []
    backup = paths.backups_dir() / "daily-2025-01-01.sqlite3"
    assert not is_plain_file(backup) and keyfile_path(backup).exists()

    # The other officer, who had no key pair yet, logs in with their own password...
    keys = KeyFile.read(keyfile_path(path))
    assert len(keys.users) == 1 and len(keys.legacy) == 1
    opened, _ = open_centre(path, "budi", "sandi-budi-1")
    with opened.store.read() as session:
        budi = session.exec(select(UserAccount).where(UserAccount.username == "budi")).one()
        assert budi.public_key and budi.sealed_private_key
    opened.store.close()
    # ...and from then on opens it through their own key pair, the stopgap entry gone.
    keys = KeyFile.read(keyfile_path(path))
    assert len(keys.users) == 2 and keys.legacy == {}
    # The recovery key shown at the encryption opens it too.
    unlock_with_recovery(path, recovery).close()


def test_an_encryption_cut_short_is_done_again_at_the_next_login(data_dir: Path) -> None:
    path = paths.store_path()
    _old_store(path)
    # A power cut after the key file and part of the encrypted copy were written.
    KeyFile.new().write(keyfile_path(path))
    path.with_name(path.name + ".encrypting").write_bytes(b"half a file")
    opened, _ = open_centre(path, ADMIN, ADMIN_PASSWORD)
    try:
        assert opened.store.encrypted and opened.recovery_key
    finally:
        opened.store.close()
    unlock(path, ADMIN, ADMIN_PASSWORD).close()
    assert not path.with_name(path.name + ".encrypting").exists()


def test_a_password_change_rekeys_and_a_disabled_officer_loses_the_door(
    services: Services,
) -> None:
    path = services.store.path
    services.accounts.add_user("siti", role="officer", password="sandi-siti-1")
    unlock(path, "siti", "sandi-siti-1").close()
    services.accounts.set_password("siti", "sandi-baru-22")
    with pytest.raises(AuthenticationFailed):
        unlock(path, "siti", "sandi-siti-1")
    unlock(path, "siti", "sandi-baru-22").close()
    services.accounts.set_active("siti", False)
    with pytest.raises(AuthenticationFailed):
        unlock(path, "siti", "sandi-baru-22")


def test_a_sealed_scan_is_viewed_through_a_plain_copy_outside_the_data_folder(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    from desmig_desktop.store.attachments import viewable_copy

    scan = tmp_path / "ktp.jpg"
    scan.write_bytes(b"\xff\xd8 KTP " + NIK.encode())
    name = save_attachment(services.store, scan, "ktp")
    copy = viewable_copy(services.store, name)
    assert copy.read_bytes() == scan.read_bytes()
    assert data_dir not in copy.parents
