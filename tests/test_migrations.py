"""Upgrading a store written by an older schema keeps every row, after a backup."""

from __future__ import annotations

import json
import sqlite3
import uuid
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import col, select, text, update

from desmig_desktop import paths
from desmig_desktop.domain import SYNCED_MODELS, new_id
from desmig_desktop.domain.base import UTCDateTime, UUIDBytes
from desmig_desktop.domain.consent import PurposeSet
from desmig_desktop.io.export import export_json
from desmig_desktop.seed import seed
from desmig_desktop.services import Services, login
from desmig_desktop.services.accounts import hash_password
from desmig_desktop.store import migrate
from desmig_desktop.store.changes import origin_id
from desmig_desktop.store.db import (
    SCHEMA_HEAD,
    Store,
    StoreError,
    connect,
    make_engine,
    schema_revision,
)
from desmig_desktop.store.local import (
    ChangeEntry,
    DeviceState,
    Operation,
    Stamp,
    SyncAnswer,
    SyncConflict,
    TableName,
)
from desmig_desktop.store.packing import PackedJSON, unpack
from desmig_desktop.store.packing_dictionary import DICTIONARY_1
from desmig_desktop.text import fold


def test_schema_head_in_code_is_alembics_head() -> None:
    assert migrate.head() == SCHEMA_HEAD


def _old_store(path: Path) -> dict[str, object]:
    """A store at revision 0001 with a centre, an admin, a household, two people and their
    change entries, written in plain SQL as the version of that schema wrote them (today's
    models have columns that schema lacks)."""
    engine = make_engine(path)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    centre_id, person_id, household_id, device_id = new_id(), new_id(), new_id(), new_id()
    now = "2025-01-02 03:04:05.000000"
    db = sqlite3.connect(path)
    db.execute("INSERT INTO device_state VALUES (1, ?, ?, 6, 0, 0)", (device_id.hex, centre_id.hex))
    common = "id, centre_id, created_at, updated_at, deleted"
    db.execute(
        f"INSERT INTO centre ({common}, village_code, name) VALUES (?, ?, ?, ?, 0, ?, ?)",
        (centre_id.hex, centre_id.hex, now, now, "33.01.02.2003", "Lama"),
    )
    db.execute(
        f"INSERT INTO user_account ({common}, username, full_name, role, password_hash, active)"
        " VALUES (?, ?, ?, ?, 0, 'admin', '', 'admin', ?, 1)",
        (new_id().hex, centre_id.hex, now, now, hash_password("rahasia-admin-1")),
    )
    db.execute(
        f"INSERT INTO household ({common}, no_kk, dusun, rt, rw) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)",
        (household_id.hex, centre_id.hex, now, now, "3301020101080001", "Krajan", "001", "002"),
    )
    db.execute(
        f"INSERT INTO person ({common}, household_id, nik, name, sex, flags) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, '')",
        (
            person_id.hex,
            centre_id.hex,
            now,
            now,
            household_id.hex,
            "3301024507950001",
            "Nur Aini",
            "P",
        ),
    )
    db.execute(
        f"INSERT INTO person ({common}, name, sex, flags) VALUES (?, ?, ?, ?, 0, ?, ?, 'nik.missing')",
        (new_id().hex, centre_id.hex, now, now, "Mohammad Ridwan", "L"),
    )
    db.execute(
        "INSERT INTO change_log (device_id, seq, hlc, centre_id, table_name, row_id, op, changes, user, at)"
        " VALUES (?, 1, '000000000000001-00000-x', ?, 'person', ?, 'insert', '{}', 'admin', ?)",
        (device_id.hex, centre_id.hex, person_id.hex, now),
    )
    db.commit()
    db.close()
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
        # Old change entries are kept, with the columns sync added filled for them.
        with store.read() as session:
            entry = session.get(ChangeEntry, 1)
            assert entry is not None and entry.row_id == facts["person_id"] and entry.base_seq == 0
        # And the store works on: a new person is captured with the next sequence number.
        person, _ = services.people.add_person(name="Siti Rahma", sex="P")
        with store.read() as session:
            from sqlmodel import select

            seqs = [
                e.seq
                for e in session.exec(select(ChangeEntry).where(ChangeEntry.row_id == person.id))
            ]
        # (6 went to the admin's key pair, made at that first login.)
        assert seqs == [7]

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


def test_store_refusals_say_in_the_officers_language_what_to_do(tmp_path: Path) -> None:
    """A missing store, a store already there, one from a newer version: each refusal is
    in Bahasa Indonesia by default (English when chosen), names the place and says what
    to do, and leaves the data as it was."""
    from desmig_desktop import i18n

    missing = tmp_path / "kosong" / "desmig.sqlite3"
    with pytest.raises(StoreError, match="pulihkan data dari cadangan") as refused:
        Store.open(missing)
    assert str(missing) in str(refused.value)
    assert not missing.exists()

    there = tmp_path / "ada" / "desmig.sqlite3"
    Store.create(there).close()
    before = there.read_bytes()
    with pytest.raises(StoreError, match="tidak diubah"):
        Store.create(there)
    assert there.read_bytes() == before

    connection = sqlite3.connect(there)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="Pasang versi terbaru"):
        Store.open(there)
    i18n.set_language("en")
    try:
        with pytest.raises(StoreError, match="Install the latest version"):
            Store.open(there)
    finally:
        i18n.set_language("id")


def test_migrations_build_exactly_the_schema_the_models_describe(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import desmig_desktop.store.local  # noqa: F401  (the bookkeeping tables)
    from desmig_desktop.domain import SQLModel

    engine = make_engine(tmp_path / "fresh.sqlite3")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_object": lambda obj, name, kind, reflected, other: (
                    not (kind == "table" and str(name).startswith("person_search"))
                )
            },
        )
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()


def _log_before_0011(connection: Any) -> Any:
    """Today's change log as a table of the columns it had before 0011 (a device and a
    centre of its own per entry, stamps, tables and operations as text), in a temporary
    view of ``connection``."""
    connection.execute(
        "CREATE TEMP VIEW IF NOT EXISTS log_0010 AS SELECT l.*, o.device_id, o.centre_id"
        " FROM change_log l JOIN change_origin o ON o.id = l.origin"
    )
    log = ChangeEntry.__table__  # type: ignore[attr-defined]
    columns = [sa.Column(column.name, column.type) for column in log.columns]
    columns += [sa.Column(name, UUIDBytes()) for name in ("device_id", "centre_id")]
    return sa.Table("log_0010", sa.MetaData(), *columns)


def _as_0004(table: str, column: Any, value: Any) -> Any:
    """A value of today's store in the form schema 0004 stored it."""
    if value is None:
        return None
    if isinstance(column.type, Stamp | TableName | Operation):
        return column.type.process_result_value(value, None)
    if isinstance(column.type, UUIDBytes):
        return uuid.UUID(bytes=value).hex
    if isinstance(column.type, UTCDateTime):
        moment = datetime(1970, 1, 1) + timedelta(microseconds=value)
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(column.type, PackedJSON):
        return unpack(value)
    return value


def test_0005_compacts_every_value_and_reads_back_the_same(
    services: Services, store: Store, tmp_path: Path
) -> None:
    """A store of every table, written back in 0004's forms (hex UUIDs, text times, plain
    JSON change entries), upgraded, exports byte for byte what today's store exports and
    holds the same change log, entry for entry."""
    seed(services, 60, seed=5)
    person = services.people.search("")[0]
    services.people.update_person(person.id, name=person.name + " Baru")
    store.checkpoint()
    expected_export = export_json(store, tmp_path / "today.json").read_bytes()
    with store.read() as session:
        expected_log = [
            (e.device_id, e.seq, e.hlc, e.centre_id, e.table_name, e.row_id, e.op, e.changes,
             e.previous, e.user, e.at, e.base_seq)
            for e in session.exec(select(ChangeEntry).order_by(col(ChangeEntry.id)))
        ]  # fmt: skip
    assert any(entry[8] for entry in expected_log)  # an update with previous values

    old_path = tmp_path / "old.sqlite3"
    engine = make_engine(old_path)
    migrate.upgrade(engine, "0004")
    engine.dispose()
    today = connect(store.path, store.key)
    old = sqlite3.connect(old_path)
    old.create_function("desmig_fold", 1, fold, deterministic=True)
    # Tables made after 0004 (e.g. person_erasure, 0007) are not part of this upgrade.
    at_0004_tables = {
        row[0] for row in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    models = [m for m in SYNCED_MODELS if m.__tablename__ in at_0004_tables]
    empty = [
        model.__tablename__
        for model in models
        if not today.execute(f"SELECT count(*) FROM {model.__tablename__}").fetchone()[0]
    ]
    assert empty == []
    tables = [model.__table__ for model in models]  # type: ignore[attr-defined]
    tables += [ChangeEntry.__table__, DeviceState.__table__, SyncConflict.__table__]  # type: ignore[attr-defined]
    old.execute("DELETE FROM device_state")
    for table in tables:
        # Columns added after 0004 (e.g. person.merge_reason, 0006) are empty here.
        at_0004 = {row[1] for row in old.execute(f"PRAGMA table_info({table.name})")}
        source = table
        if table is ChangeEntry.__table__:  # type: ignore[attr-defined]
            source = _log_before_0011(today)
        columns = [column for column in source.columns if column.name in at_0004]
        names = [column.name for column in columns]
        rows = today.execute(f"SELECT {', '.join(names)} FROM {source.name}").fetchall()
        converted = [
            tuple(
                _as_0004(table.name, column, value)
                for column, value in zip(columns, row, strict=True)
            )
            for row in rows
        ]
        old.executemany(
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            converted,
        )
    old.commit()
    assert old.execute("SELECT typeof(id) FROM person LIMIT 1").fetchone() == ("text",)
    old.close()
    today.close()

    with Store.open(old_path) as upgraded:
        assert schema_revision(old_path) == SCHEMA_HEAD
        upgraded_export = json.loads(export_json(upgraded, tmp_path / "upgraded.json").read_bytes())
        # Tables made after 0004 (the seed's erasure, 0007) had nothing to carry over.
        wanted = json.loads(expected_export)
        for table in set(wanted) - at_0004_tables:
            wanted[table] = []
        assert upgraded_export == wanted
        with upgraded.read() as session:
            log = [
                (e.device_id, e.seq, e.hlc, e.centre_id, e.table_name, e.row_id, e.op,
                 e.changes, e.previous, e.user, e.at, e.base_seq)
                for e in session.exec(select(ChangeEntry).order_by(col(ChangeEntry.id)))
            ]  # fmt: skip
        assert log == expected_log
        # The search index still finds people, through the rebuilt key table.
        again = Services(upgraded, login(upgraded, "admin", "rahasia-admin-1"))
        word = person.name.split()[0][1:4]
        assert [row.id for row in again.people.search(word)] == [
            row.id for row in services.people.search(word)
        ]
        # And the store keeps working: a new person, captured and searchable.
        added, _ = again.people.add_person(name="Zulaikha Nur Aini", sex="P")
        assert [row.id for row in again.people.search("zulaik")] == [added.id]
    connection = sqlite3.connect(old_path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    # Every value is in its compact form (the readers would accept the old ones too, so
    # the comparisons above alone could not tell).
    compact = {UUIDBytes: "blob", UTCDateTime: "integer", PackedJSON: "blob"}
    for table in tables:
        for column in table.columns:
            kind = compact.get(type(column.type))
            if kind is None:
                continue
            found = connection.execute(
                f"SELECT DISTINCT typeof({column.name}) FROM {table.name}"
                f" WHERE {column.name} IS NOT NULL"
            ).fetchall()
            assert set(found) <= {(kind,)}, (table.name, column.name, found)
    assert connection.execute("SELECT typeof(person_id) FROM person_search_text").fetchall()[0] == (
        "blob",
    )
    connection.close()


def _packed_1(value: Any) -> Any:
    """A change value packed as stores did before 0011 (format 1)."""
    if value is None:
        return None
    packer = zlib.compressobj(9, zlib.DEFLATED, -13, 4, zlib.Z_DEFAULT_STRATEGY, DICTIONARY_1)
    return b"\x01" + packer.compress(unpack(value).encode()) + packer.flush()


def _write_as_0010(today: Any, old: sqlite3.Connection) -> None:
    """Every row of the store on ``today`` into the store at 0010 on ``old``, in 0010's
    forms: a device and a centre per log entry, stamps, tables and operations as text,
    values packed in format 1, consents' purposes as text."""
    scope = PurposeSet()
    text_of = {
        "hlc": Stamp().process_result_value,
        "table_name": TableName().process_result_value,
        "op": Operation().process_result_value,
        "sync_status": SyncAnswer().process_result_value,
    }
    tables = [
        name
        for (name,) in old.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'person_search%'"
            " AND name NOT IN ('alembic_version', 'sqlite_sequence')"
        )
    ]
    order = {model.__tablename__: index for index, model in enumerate(SYNCED_MODELS)}
    old.execute("DELETE FROM device_state")
    for table in sorted(tables, key=lambda name: order.get(name, -1)):
        names = [row[1] for row in old.execute(f"PRAGMA table_info({table})")]
        source = table
        if table == "change_log":
            source = "log_0010"
            today.execute(
                "CREATE TEMP VIEW IF NOT EXISTS log_0010 AS SELECT l.*, o.device_id, o.centre_id"
                " FROM change_log l JOIN change_origin o ON o.id = l.origin"
            )
        # In the order they were written (consents and the view have no rowid).
        order_by = "id" if table in ("change_log", "consent") else "rowid"
        rows = today.execute(
            f"SELECT {', '.join(names)} FROM {source} ORDER BY {order_by}"
        ).fetchall()
        converted = []
        for row in rows:
            values = dict(zip(names, row, strict=True))
            if table == "change_log":
                for name, read in text_of.items():
                    values[name] = read(values[name], None)
                values["changes"] = _packed_1(values["changes"])
                values["previous"] = _packed_1(values["previous"])
            if table == "consent":
                values["scope"] = scope.process_result_value(values["scope"], None)
            converted.append(tuple(values.values()))
        old.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            converted,
        )


def _log(store: Store) -> list[tuple[Any, ...]]:
    with store.read() as session:
        return [
            (e.id, e.device_id, e.seq, e.hlc, e.centre_id, e.table_name, e.row_id, e.op,
             e.changes, e.previous, e.user, e.at, e.base_seq, e.server_seq, e.sync_status,
             e.sync_reason)
            for e in session.exec(select(ChangeEntry).order_by(col(ChangeEntry.id)))
        ]  # fmt: skip


def test_0011_compacts_the_log_and_consents_and_reads_back_the_same(
    services: Services, store: Store, tmp_path: Path
) -> None:
    """A store with consents, written back in 0010's forms, upgraded, exports byte for
    byte what today's store exports and holds the same change log, entry for entry;
    consents still flag the people without one in force."""
    from desmig_desktop.domain import Consent

    seed(services, 80, seed=3)
    people = services.people.search("")
    services.people.update_person(people[0].id, name=people[0].name + " Baru")
    given = services.consent.record_consent(
        people[1].id, given_on=date(2026, 1, 5), purposes=["statistik", "layanan"]
    ) if not services.consent.has_consent(people[1].id) else None  # fmt: skip
    other_device = new_id()
    with store.write("admin") as session:
        # Purposes not in the service's form (stored as text) and a change another
        # laptop made, pulled with an empty stamp.
        odd = Consent(
            centre_id=store.centre_id(), person_id=people[2].id, given_on=date(2025, 3, 1),
            recorded_by="admin", given_by="sendiri", scope="statistik,layanan,layanan",
            withdrawn_on=date(2025, 4, 1), withdrawn_reason="Tidak lagi",
        )  # fmt: skip
        session.add(odd)
        session.add(
            ChangeEntry(
                origin=origin_id(session, other_device, store.centre_id()),  # type: ignore[arg-type]
                seq=7, hlc="", table_name="person", row_id=people[3].id, op="update",
                changes='{"phone":"+6281234567890"}', previous='{"phone":null}', user="budi",
                at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), server_seq=12,
                sync_status="remote",
            )
        )  # fmt: skip
        # Some of this laptop's changes acknowledged by the server, one refused.
        session.execute(
            update(ChangeEntry)
            .where(col(ChangeEntry.id) <= 20)
            .values(sync_status="applied", server_seq=ChangeEntry.id)
        )
        session.execute(
            update(ChangeEntry)
            .where(col(ChangeEntry.id) == 21)
            .values(sync_status="rejected", sync_reason="Tidak sah")
        )
    store.checkpoint()
    expected_export = export_json(store, tmp_path / "today.json").read_bytes()
    expected_log = _log(store)
    with store.read() as session:
        without = set(session.exec(text("SELECT person_id FROM person_search_no_consent")))  # type: ignore[call-overload]
    assert any(entry[9] for entry in expected_log)  # an update with previous values
    assert b'"scope":"statistik,layanan,layanan"' in expected_export
    assert given is None or b'"scope":"layanan,statistik"' in expected_export

    old_path = tmp_path / "old.sqlite3"
    engine = make_engine(old_path)
    migrate.upgrade(engine, "0010")
    engine.dispose()
    today = connect(store.path, store.key)
    old = sqlite3.connect(old_path)
    old.create_function("desmig_fold", 1, fold, deterministic=True)
    _write_as_0010(today, old)
    old.commit()
    assert old.execute("SELECT typeof(hlc), typeof(scope) FROM change_log, consent").fetchone() == (
        "text",
        "text",
    )
    old.close()
    today.close()

    with Store.open(old_path) as upgraded:
        assert schema_revision(old_path) == SCHEMA_HEAD
        assert export_json(upgraded, tmp_path / "upgraded.json").read_bytes() == expected_export
        assert _log(upgraded) == expected_log
        with upgraded.read() as session:
            after = set(session.exec(text("SELECT person_id FROM person_search_no_consent")))  # type: ignore[call-overload]
        assert after == without
        # The consent triggers came back with the table: a withdrawal flags the person.
        again = Services(upgraded, login(upgraded, "admin", "rahasia-admin-1"))
        live = next(c for c in again.consent.consents_of(people[4].id) if c.withdrawn_on is None)
        again.consent.withdraw(live.id, withdrawn_on=date.today(), reason="Pindah")
        assert not again.consent.has_consent(people[4].id)
        again.consent.record_consent(people[4].id, given_on=date.today(), purposes=["layanan"])
        assert again.consent.has_consent(people[4].id)

    connection = sqlite3.connect(old_path)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    kinds = connection.execute(
        "SELECT DISTINCT typeof(hlc), typeof(table_name), typeof(op), substr(changes, 1, 1),"
        " typeof(sync_status) FROM change_log WHERE hlc != ''"
    ).fetchall()
    assert set(kinds) == {("blob", "blob", "blob", b"\x02", kind) for kind in ("blob", "null")}
    assert connection.execute("SELECT count(*) FROM change_origin").fetchone() == (2,)
    scopes = dict(
        connection.execute("SELECT typeof(scope), count(*) FROM consent GROUP BY 1").fetchall()
    )
    assert scopes["text"] == 1 and scopes["blob"] > 50
    schema = dict(connection.execute("SELECT name, sql FROM sqlite_master").fetchall())
    assert "WITHOUT ROWID" in schema["consent"]
    assert "ix_change_log_server_seq" not in schema and "ix_change_log_row" in schema
    assert {"consent_no_consent_ai", "consent_no_consent_au", "person_no_consent_ai"} <= set(schema)
    connection.close()
