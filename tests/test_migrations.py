"""Upgrading a store written by an older schema keeps every row, after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlmodel import Session

from desmig_desktop import paths
from desmig_desktop.domain import Centre, Household, Person, UserAccount, new_id
from desmig_desktop.services import Services, login
from desmig_desktop.services.accounts import hash_password
from desmig_desktop.store import migrate
from desmig_desktop.store.db import SCHEMA_HEAD, Store, StoreError, make_engine, schema_revision
from desmig_desktop.store.local import DeviceState


def test_schema_head_in_code_is_alembics_head() -> None:
    assert migrate.head() == SCHEMA_HEAD


def _old_store(path: Path) -> dict[str, object]:
    """A store at revision 0001 with a centre, an admin and two people, written as the
    version of that schema would have."""
    engine = make_engine(path)
    migrate.upgrade(engine, "0001")
    centre_id, person_id = new_id(), new_id()
    with Session(engine) as session:
        session.add(DeviceState(device_id=new_id(), centre_id=centre_id, next_seq=1))
        session.add(Centre(id=centre_id, centre_id=centre_id, village_code="33.01.02.2003", name="Lama"))
        session.flush()
        session.add(UserAccount(centre_id=centre_id, username="admin", role="admin", password_hash=hash_password("rahasia-admin-1")))
        household = Household(centre_id=centre_id, no_kk="3301020101080001", dusun="Krajan", rt="001", rw="002")
        session.add(household)
        session.flush()
        session.add(Person(id=person_id, centre_id=centre_id, household_id=household.id, name="Nur Aini", sex="P", nik="3301024507950001"))
        session.add(Person(centre_id=centre_id, name="Mohammad Ridwan", sex="L"))
        session.commit()
    engine.dispose()
    return {"person_id": person_id}


def test_upgrade_keeps_data_and_backs_up_first(data_dir: Path) -> None:
    path = paths.store_path()
    facts = _old_store(path)
    assert schema_revision(path) == "0001"

    with Store.open(path) as store:
        assert schema_revision(path) == SCHEMA_HEAD
        services = Services(store, login(store, "admin", "rahasia-admin-1"))
        names = sorted(row.name for row in services.people.search(""))
        assert names == ["Mohammad Ridwan", "Nur Aini"]
        # Rows from before the upgrade are in the new search index.
        assert [row.id for row in services.people.search("aini")] == [facts["person_id"]]
        assert services.people.person(facts["person_id"]).nik == "3301024507950001"  # type: ignore[arg-type]

    backups = list(paths.backups_dir().glob("before-migration-0001-*.sqlite3"))
    assert len(backups) == 1
    assert schema_revision(backups[0]) == "0001"
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    copy.close()


def test_a_store_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    path = paths.store_path()
    _old_store(path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    try:
        Store.open(path)
    except StoreError as error:
        assert "9999" in str(error)
    else:
        raise AssertionError("a newer store was opened")
    assert path.read_bytes() == before
