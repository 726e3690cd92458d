"""Whole-store exports: the canonical JSON snapshot, CSV per table, XLSX workbook.

Two stores holding the same records (same ids) must write byte-identical JSON whatever
order, time and machine they were written on; no secret and no bookkeeping may leave.
"""

from __future__ import annotations

import csv
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlmodel import select

from desmig_desktop.domain import (
    SECRET_FIELDS,
    SYNCED_MODELS,
    Centre,
    Consultation,
    Cooperative,
    CoopLoan,
    CoopMember,
    Household,
    MigrationEpisode,
    Person,
    SyncedRecord,
    UserAccount,
)
from desmig_desktop.io import export
from desmig_desktop.io.export import export_csv, export_json, export_xlsx, exported_columns
from desmig_desktop.services import Services
from desmig_desktop.store.changes import column_names, to_json_value
from desmig_desktop.store.db import Store
from desmig_desktop.store.local import DeviceState

TABLES = [model.__tablename__ for model in SYNCED_MODELS]


def _id(n: int) -> uuid.UUID:
    # Ids whose order differs from the order the records are written in below.
    return uuid.UUID(f"01900000-0000-7000-8000-{(n * 7919) % 10007:012d}")


CENTRE = _id(1)


def _records(salt: str = "") -> list[SyncedRecord]:
    """One of every kind of value: nulls, dates, booleans, floats, non-ASCII text, text
    that looks like a formula, a tombstone, a person without NIK. The password verifiers
    differ with ``salt``, as they do between two laptops."""
    c = {"centre_id": CENTRE}
    verifier = f"$argon2id$v=19$m=65536,t=3,p=4${salt}c2FsdA$aGFzaA"
    return [
        UserAccount(
            id=_id(2),
            username="admin",
            full_name="Admin Desa",
            role="admin",
            password_hash=verifier,
            **c,
        ),
        UserAccount(
            id=_id(3),
            username="petugas",
            role="officer",
            password_hash=verifier + "2",
            active=False,
            **c,
        ),
        Household(
            id=_id(4),
            no_kk="3301020101200001",
            address="Jl. Mawar 1",
            rt="001",
            rw="002",
            dusun="Krajan",
            **c,
        ),
        Household(id=_id(5), **c),
        Person(
            id=_id(6),
            household_id=_id(4),
            nik="3301021708900001",
            name="Budi Santoso",
            sex="L",
            birth_date=date(1990, 8, 17),
            phone="+6281234567890",
            **c,
        ),
        Person(
            id=_id(7), household_id=_id(4), name="Siti Ñurhaliza", sex="P", flags="nik.missing", **c
        ),
        Person(id=_id(8), name="=1+2", sex="L", deleted=True, **c),
        Person(id=_id(9), name="Dewi", sex="P", merged_into_id=_id(6), deleted=True, **c),
        MigrationEpisode(
            id=_id(10),
            person_id=_id(6),
            stage="bekerja",
            destination_country="Taiwan",
            procedural=False,
            non_procedural_reason="lewat calo",
            departure_date=date(2023, 3, 1),
            **c,
        ),
        Consultation(
            id=_id(11),
            person_id=_id(7),
            held_on=date(2024, 1, 2),
            topic="Gaji tidak dibayar",
            summary='Baris satu\nbaris dua, "kutip"',
            **c,
        ),
        Cooperative(id=_id(12), name="Koperasi Maju", kind="koperasi", **c),
        CoopMember(
            id=_id(13),
            cooperative_id=_id(12),
            person_id=_id(6),
            member_no="001",
            joined_on=date(2024, 1, 1),
            **c,
        ),
        CoopLoan(
            id=_id(14),
            member_id=_id(13),
            principal=5_000_000,
            interest_rate_pct=1.25,
            term_months=12,
            disbursed_on=date(2024, 2, 1),
            status="berjalan",
            **c,
        ),
    ]


def _parents_first(record: SyncedRecord) -> int:
    return [type(r) for r in _records()].index(type(record))


def build_store(path: Path, *, reverse: bool) -> Store:
    """A store holding exactly _records(), written in one order or (nearly) the other."""
    store = Store.create(path)
    with store.write("admin") as session:
        device = session.get(DeviceState, 1)
        assert device is not None
        device.centre_id = CENTRE
        session.add(
            Centre(
                id=CENTRE, centre_id=CENTRE, village_code="33.01.02.2003", name="Pusat Layanan Uji"
            )
        )
        session.flush()
        records = _records(salt=path.parent.name)
        if reverse:
            # Reversed within each table; parents still first, for the foreign keys.
            records = sorted(reversed(records), key=_parents_first)
            # Dewi points at Budi: Budi must be there first.
            records.sort(key=lambda r: r.id == _id(9))
        for record in records:
            session.add(record)
            session.flush()
    return store


@pytest.fixture
def two_stores(tmp_path: Path) -> tuple[Store, Store]:
    first = build_store(tmp_path / "a" / "desmig.sqlite3", reverse=False)
    second = build_store(tmp_path / "b" / "desmig.sqlite3", reverse=True)
    yield first, second
    first.close()
    second.close()


def expected_rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    """What the snapshot must hold, built the slow, obvious way from ORM objects."""
    expected: dict[str, list[dict[str, Any]]] = {}
    with store.read() as session:
        for model in SYNCED_MODELS:
            columns = exported_columns(model)
            rows = [
                {name: to_json_value(getattr(obj, name)) for name in columns}
                for obj in session.exec(select(model))
            ]
            expected[model.__tablename__] = sorted(rows, key=lambda row: row["id"])
    return expected


# -- JSON -----------------------------------------------------------------------------------


def test_same_data_gives_byte_identical_json(
    two_stores: tuple[Store, Store], tmp_path: Path
) -> None:
    first, second = two_stores
    # Not the same bytes inside: different devices, times, password salts and row order.
    with first.read() as a, second.read() as b:
        assert a.get(DeviceState, 1).device_id != b.get(DeviceState, 1).device_id  # type: ignore[union-attr]
        assert a.get(Person, _id(6)).created_at != b.get(Person, _id(6)).created_at  # type: ignore[union-attr]
        assert a.get(UserAccount, _id(2)).password_hash != b.get(UserAccount, _id(2)).password_hash  # type: ignore[union-attr]

    export_json(first, tmp_path / "a.json")
    export_json(second, tmp_path / "b.json")

    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_json_holds_every_table_and_only_domain_data(
    two_stores: tuple[Store, Store], tmp_path: Path
) -> None:
    store = two_stores[0]
    out = tmp_path / "snapshot.json"

    returned = export_json(store, out)

    assert returned == out
    raw = out.read_bytes()
    assert raw.endswith(b"}\n")
    text = raw.decode("utf-8")
    assert "Siti Ñurhaliza" in text  # UTF-8, not \u escapes
    snapshot = json.loads(text)
    assert list(snapshot) == sorted(TABLES)
    assert snapshot == expected_rows(store)
    # Secrets, per-machine times and bookkeeping never leave.
    assert "password_hash" not in text and "$argon2" not in text
    assert "created_at" not in text and "updated_at" not in text
    assert "change_log" not in snapshot and "device_state" not in snapshot
    assert "user_account" in SECRET_FIELDS
    people = {row["name"]: row for row in snapshot["person"]}
    assert people["Siti Ñurhaliza"]["nik"] is None
    assert people["Budi Santoso"]["nik"] == "3301021708900001"
    assert people["Budi Santoso"]["birth_date"] == "1990-08-17"
    assert people["=1+2"]["deleted"] is True and people["Budi Santoso"]["deleted"] is False
    assert people["Dewi"]["merged_into_id"] == str(_id(6))
    assert snapshot["coop_loan"][0]["interest_rate_pct"] == 1.25
    assert snapshot["migration_episode"][0]["procedural"] is False
    for rows in snapshot.values():
        assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)


def test_json_is_canonical(two_stores: tuple[Store, Store], tmp_path: Path) -> None:
    out = export_json(two_stores[0], tmp_path / "snapshot.json")
    text = out.read_text(encoding="utf-8")

    # Sorted keys, compact separators, one row a line: re-encoding each line changes nothing.
    snapshot = json.loads(text)
    for line in text.splitlines():
        row_text = line.rstrip(",")
        if row_text.startswith('{"') and row_text.endswith("}"):
            row = json.loads(row_text)
            assert (
                json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                == row_text
            )
    assert text == _canonical(snapshot)


def _canonical(snapshot: dict[str, list[dict[str, Any]]]) -> str:
    def dump(value: Any) -> str:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    tables = []
    for name in sorted(snapshot):
        rows = snapshot[name]
        body = (
            "["
            + ",\n".join("\n" + dump(row) if i == 0 else dump(row) for i, row in enumerate(rows))
            + ("\n]" if rows else "]")
        )
        tables.append(dump(name) + ":" + body)
    return "{\n" + ",\n".join(tables) + "\n}\n"


def test_a_services_store_exports_without_the_password(services: Services, tmp_path: Path) -> None:
    services.people.add_person(name="Ani", sex="P")

    text = export_json(services.store, tmp_path / "s.json").read_text(encoding="utf-8")

    snapshot = json.loads(text)
    assert [row["username"] for row in snapshot["user_account"]] == ["admin"]
    assert "password_hash" not in snapshot["user_account"][0]
    assert "$argon2" not in text
    assert [row["name"] for row in snapshot["person"]] == ["Ani"]


def test_a_failed_export_leaves_the_previous_file(
    two_stores: tuple[Store, Store], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "snapshot.json"
    out.write_text("previous snapshot\n", encoding="utf-8")
    original = export._Table.rows

    def failing(self: export._Table, connection: Any) -> Any:
        if self.name == "person":
            yield from []
            raise OSError("disk full")
        yield from original(self, connection)

    monkeypatch.setattr(export._Table, "rows", failing)

    (folder / "csv").mkdir()
    (folder / "csv" / "person.csv").write_text("previous\n", encoding="utf-8")
    for write, target in (
        (export_json, out),
        (export_xlsx, folder / "book.xlsx"),
        (export_csv, folder / "csv"),
    ):
        with pytest.raises(OSError, match="disk full"):
            write(two_stores[0], target)
    # Nothing half-written under a final name, no leftovers, the previous files intact.
    assert out.read_text(encoding="utf-8") == "previous snapshot\n"
    assert sorted(p.name for p in folder.iterdir()) == ["csv", "snapshot.json"]
    assert [p.name for p in (folder / "csv").iterdir()] == ["person.csv"]
    assert (folder / "csv" / "person.csv").read_text(encoding="utf-8") == "previous\n"


# -- CSV ------------------------------------------------------------------------------------


def _from_csv(value: str) -> Any:
    return {"": None, "true": True, "false": False}.get(value, value)


def _as_cell(value: Any, *, text_numbers: bool) -> Any:
    """A JSON value as a CSV or XLSX cell reads back: empty text is an empty cell."""
    if value == "":
        return None
    if text_numbers and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


def test_csv_writes_every_table_with_the_same_values(
    two_stores: tuple[Store, Store], tmp_path: Path
) -> None:
    store = two_stores[0]
    folder = tmp_path / "ekspor"

    written = export_csv(store, folder)

    assert [p.name for p in written] == [f"{t}.csv" for t in TABLES]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    expected = expected_rows(store)
    for model in SYNCED_MODELS:
        table = model.__tablename__
        with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            lines = list(csv.reader(handle))
        columns = exported_columns(model)
        assert lines[0] == columns
        assert "password_hash" not in lines[0] and "created_at" not in lines[0]
        assert set(columns) == set(column_names(model)) - {
            "created_at",
            "updated_at",
        } - SECRET_FIELDS.get(table, frozenset())
        rows = [
            {name: _from_csv(value) for name, value in zip(columns, line, strict=True)}
            for line in lines[1:]
        ]
        want = [
            {k: _as_cell(v, text_numbers=True) for k, v in row.items()} for row in expected[table]
        ]
        assert rows == want, table


# -- XLSX -----------------------------------------------------------------------------------


def test_xlsx_has_a_sheet_per_table_with_the_same_values(
    two_stores: tuple[Store, Store], tmp_path: Path
) -> None:
    store = two_stores[0]

    out = export_xlsx(store, tmp_path / "ekspor.xlsx")

    workbook = load_workbook(out, read_only=True)
    try:
        assert workbook.sheetnames == TABLES
        assert all(len(name) <= 31 for name in workbook.sheetnames)
        expected = expected_rows(store)
        for model in SYNCED_MODELS:
            table = model.__tablename__
            rows = list(workbook[table].iter_rows(values_only=True))
            columns = exported_columns(model)
            assert list(rows[0]) == columns
            # Read-only sheets leave out trailing empty cells.
            got = [
                dict(zip(columns, (*row, *[None] * (len(columns) - len(row))), strict=True))
                for row in rows[1:]
            ]
            assert got == [
                {k: _as_cell(v, text_numbers=False) for k, v in row.items()}
                for row in expected[table]
            ], table
    finally:
        workbook.close()
    # Text that looks like a formula stays text.
    formulas = load_workbook(out)  # not read-only: the cell types are visible
    person = formulas["person"]
    names = [
        cell.value for cell in person[get_column_letter(exported_columns(Person).index("name") + 1)]
    ]
    assert "=1+2" in names
    assert all(cell.data_type != "f" for row in person.iter_rows() for cell in row)
