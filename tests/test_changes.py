"""Change capture: every write to every synced table leaves its change entry.

The strongest check is a replay: folding the change log row by row must rebuild every
synced table exactly. A write path that skipped capture (or recorded the wrong values)
leaves a row the replay cannot explain.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import text
from sqlmodel import select

from desmig_desktop.domain import SYNCED_MODELS, Household, Person, SavingsEntry
from desmig_desktop.seed import seed
from desmig_desktop.services import Services
from desmig_desktop.store.changes import CaptureError, column_names, full_values
from desmig_desktop.store.db import Store
from desmig_desktop.store.local import ChangeEntry, DeviceState


def _stored(value: object) -> object:
    """A column value as SQLite holds it, in the JSON form the change log uses."""
    if isinstance(value, bytes):
        return value.decode()
    return value


def replay_matches_tables(store: Store) -> dict[str, int]:
    """Fold the change log and compare it with every synced table; return rows checked."""
    checked: dict[str, int] = {}
    with store.read() as session:
        folded: dict[tuple[str, str], dict[str, object]] = {}
        for entry in session.exec(
            select(ChangeEntry).order_by(ChangeEntry.device_id, ChangeEntry.seq)
        ):
            key = (entry.table_name, entry.row_id.hex)
            changes = full_values(entry)
            if entry.op == "insert":
                assert key not in folded, f"second insert of {key}"
                folded[key] = dict(changes)
            else:
                assert key in folded, f"{entry.op} of {key} before its insert"
                folded[key].update(changes)
        for model in SYNCED_MODELS:
            table = model.__tablename__
            names = column_names(model)
            rows = session.exec(select(model)).all()  # type: ignore[call-overload]
            for row in rows:
                key = (table, row.id.hex)
                assert key in folded, f"{table} row {row.id} has no change entry"
                replayed = folded.pop(key)
                for name in names:
                    actual = getattr(row, name)
                    if isinstance(actual, uuid.UUID | date) or hasattr(actual, "isoformat"):
                        actual = (
                            str(actual) if isinstance(actual, uuid.UUID) else actual.isoformat()
                        )
                    assert replayed[name] == actual, (
                        f"{table}.{name} of {row.id}: log {replayed[name]!r} != table {actual!r}"
                    )
            checked[table] = len(rows)
        assert not folded, f"change entries for rows that do not exist: {list(folded)[:3]}"
    return checked


def test_replaying_the_change_log_rebuilds_every_table(services: Services) -> None:
    seed(services, 120, seed=3)
    # Writes through the ORM path too (the seed uses the bulk path): edit, delete, ledger.
    people = services.people.search("", limit=5)
    services.people.update_person(people[0].id, phone="0812 3456 7890", birth_place="Cilacap")
    services.people.delete_person(people[1].id)
    services.accounts.add_user("petugas1", role="officer", password="kata-sandi-1")
    services.accounts.set_password("petugas1", "kata-sandi-2")
    # An erasure rewrites the history it empties: the replay must still rebuild the tables.
    from desmig_desktop.services.privacy import ErasureService

    with_nik = next(p for p in services.people.search("", limit=50) if p.nik)
    ErasureService(services.store, services.actor).erase_person(with_nik.nik, "uji")

    checked = replay_matches_tables(services.store)
    empty = [table for table, count in checked.items() if count == 0]
    assert not empty, f"tables the walk could not check (no rows): {empty}"


def test_entries_say_who_when_which_fields_and_number_without_gaps(services: Services) -> None:
    person, _ = services.people.add_person(name="Siti Aminah", sex="P")
    services.people.update_person(person.id, phone="081234567890")
    with services.store.read() as session:
        entries = session.exec(
            select(ChangeEntry).where(ChangeEntry.row_id == person.id).order_by(ChangeEntry.seq)
        ).all()
        all_seqs = [e.seq for e in session.exec(select(ChangeEntry).order_by(ChangeEntry.seq))]
        device = session.get(DeviceState, 1)
    assert [e.op for e in entries] == ["insert", "update"]
    update = entries[1]
    assert update.user == "admin"
    assert json.loads(update.changes)["phone"] == "+6281234567890"
    assert json.loads(update.previous or "{}") == {"phone": None}
    assert set(json.loads(update.changes)) == {"phone", "updated_at"}
    assert entries[0].hlc < entries[1].hlc
    assert all_seqs == list(range(1, len(all_seqs) + 1)), "per-device sequence has gaps"
    assert device is not None and device.next_seq == len(all_seqs) + 1


def test_an_unchanged_save_records_nothing(services: Services) -> None:
    person, _ = services.people.add_person(name="Budi Santoso", sex="L")
    with services.store.read() as session:
        before = session.exec(text("SELECT count(*) FROM change_log")).scalar()  # type: ignore[call-overload]
    services.people.update_person(person.id, name="Budi Santoso")
    with services.store.read() as session:
        after = session.exec(text("SELECT count(*) FROM change_log")).scalar()  # type: ignore[call-overload]
    assert after == before


def test_hard_delete_is_refused_and_nothing_is_lost(services: Services) -> None:
    person, _ = services.people.add_person(name="Ahmad", sex="L")
    with pytest.raises(CaptureError), services.store.write("admin") as session:
        session.delete(session.get(Person, person.id))
    assert services.people.person(person.id).name == "Ahmad"


def test_ledger_rows_cannot_be_edited(services: Services) -> None:
    seed(services, 40, seed=1)
    with services.store.read() as session:
        entry = session.exec(select(SavingsEntry)).first()
    assert entry is not None
    with pytest.raises(CaptureError), services.store.write("admin") as session:
        row = session.get(SavingsEntry, entry.id)
        assert row is not None
        row.amount = row.amount + 1000
    with services.store.read() as session:
        assert session.get(SavingsEntry, entry.id).amount == entry.amount  # type: ignore[union-attr]


def test_a_write_without_a_user_is_refused(store: Store) -> None:
    centre_id = store.centre_id()
    with pytest.raises(CaptureError), store.read() as session:
        session.add(Household(centre_id=centre_id, dusun="Krajan"))
        session.commit()
    with store.read() as session:
        assert session.exec(select(Household)).first() is None


def test_a_failed_unit_of_work_leaves_neither_data_nor_entries(services: Services) -> None:
    with services.store.read() as session:
        before = session.exec(text("SELECT count(*) FROM change_log")).scalar()  # type: ignore[call-overload]
    with pytest.raises(RuntimeError), services.store.write("admin") as session:
        services.people.add_household(session, dusun="Krajan", rt="1", rw="2")
        raise RuntimeError("power cut")
    with services.store.read() as session:
        assert session.exec(text("SELECT count(*) FROM change_log")).scalar() == before  # type: ignore[call-overload]
        assert session.exec(select(Household)).first() is None
