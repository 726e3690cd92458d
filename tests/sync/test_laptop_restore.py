"""A laptop restored from an older backup of its own, then synced, loses nothing newer
(its own changes made after the backup come back from the server, the ones made since
the restore reach it) and resurrects nothing deleted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desmig_desktop.services import Services, login
from desmig_desktop.services.keys import unlock
from desmig_desktop.store.backup import make_backup, restore

from .conftest import PASSWORD, Laptop, assert_exactly_once

NIKS = ["3301024507950001", "3301021708900001", "3301025708900002", "3301024101000003"]


def _people(laptop: Laptop, folder: Path) -> dict[str, dict]:
    rows = json.loads(laptop.export(folder).decode("utf-8"))["person"]
    return {row["name"]: row for row in rows}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_restore_then_sync_loses_nothing_and_resurrects_nothing(
    backend: str, start_server, laptops, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server = start_server(backend)
    a = laptops(server, "a", code=server.code)
    b = laptops(server, "b")
    siti, _ = a.services.people.add_person(name="Siti Aminah", sex="P", nik=NIKS[0])
    dewi, _ = a.services.people.add_person(name="Dewi Lestari", sex="P", nik=NIKS[1])
    assert a.sync().complete and b.sync().complete
    backup = tmp_path / "a-backup.sqlite3"
    make_backup(a.store, backup)

    # After the backup: a new person, an edit and a deletion, all acknowledged...
    a.services.people.add_person(name="Budi Santoso", sex="L", nik=NIKS[2])
    a.services.people.update_person(siti.id, phone="081234567890")
    a.services.people.delete_person(dewi.id)
    assert a.sync().complete
    # ...then the laptop's disk fails and the old backup is put back.
    path = a.store.path
    a.store.close()
    restore(backup, key=a.store.key, current_key=a.store.key, force=True, target=path)
    a.store = unlock(path, "admin", PASSWORD)
    a.services = Services(a.store, login(a.store, "admin", PASSWORD))
    assert set(_people(a, tmp_path)) == {"Siti Aminah", "Dewi Lestari"}

    # Work since the restore: its sequence numbers were already used before.
    a.services.people.add_person(name="Rina Wati", sex="P", nik=NIKS[3])
    assert a.sync().complete
    assert a.sync().complete and b.sync().complete

    people = _people(a, tmp_path)
    assert set(people) == {"Siti Aminah", "Dewi Lestari", "Budi Santoso", "Rina Wati"}
    assert people["Dewi Lestari"]["deleted"] is True  # not resurrected
    assert people["Siti Aminah"]["phone"] is not None  # the edit made after the backup
    assert a.export(tmp_path) == b.export(tmp_path)
    assert_exactly_once(server, a)
    assert_exactly_once(server, b)
