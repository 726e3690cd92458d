"""Automatic daily backups: one a day, the newest 14 kept, a USB disk when plugged in,
and nothing but the daily files ever rotated away."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desmig_desktop import paths
from desmig_desktop.services import Services
from desmig_desktop.store.backup import check_backup, daily_backup
from desmig_desktop.store.db import Store, connect


def _people(file: Path, key: bytes | None) -> int:
    connection = connect(file, key, read_only=True)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def test_one_backup_a_day_and_fourteen_kept(services: Services, store: Store) -> None:
    backups = paths.backups_dir()
    backups.mkdir(parents=True, exist_ok=True)
    by_hand = backups / "sebelum-pindah-laptop.sqlite3"
    store.backup_to(by_hand)
    before_migration = backups / "before-migration-0004-20260101T000000.sqlite3"
    store.backup_to(before_migration)
    start = date(2026, 1, 1)
    for offset in range(20):
        services.people.add_person(name=f"Warga {offset}", sex="L")
        day = start + timedelta(days=offset)
        first = daily_backup(store, today=day)
        again = daily_backup(store, today=day)
        assert [p.name for p in first.written] == [f"daily-{day.isoformat()}.sqlite3"]
        assert again.written == [] and again.removed == []
    dailies = sorted(p.name for p in backups.glob("daily-*.sqlite3"))
    assert len(dailies) == 14
    assert dailies[0] == f"daily-{(start + timedelta(days=6)).isoformat()}.sqlite3"
    assert dailies[-1] == f"daily-{(start + timedelta(days=19)).isoformat()}.sqlite3"
    assert by_hand.exists() and before_migration.exists()
    newest = backups / dailies[-1]
    check_backup(newest, store.key)
    assert _people(newest, store.key) == 20


def test_a_usb_disk_gets_its_copy_when_plugged_in(store: Store, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    unplugged = daily_backup(store, external=usb, today=date(2026, 2, 1))
    assert unplugged.external_missing
    assert [p.parent for p in unplugged.written] == [paths.backups_dir()]
    usb.mkdir()
    plugged = daily_backup(store, external=usb, today=date(2026, 2, 1))
    # Today's copy in the data folder exists already; the disk gets its own.
    assert [p.parent for p in plugged.written] == [usb]
    check_backup(usb / "daily-2026-02-01.sqlite3", store.key)
    (usb / "daily-not-a-date.sqlite3").write_text("someone else's file")
    for day in range(2, 20):
        daily_backup(store, external=usb, today=date(2026, 2, day))
    assert len(list(usb.glob("daily-20*.sqlite3"))) == 14
    assert (usb / "daily-not-a-date.sqlite3").exists()
