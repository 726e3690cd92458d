"""A pulled page is applied with a few statements for the whole page (apply_page); it
must leave the store exactly as applying its changes one at a time (apply_change) does:
the records, the change log, and the fields this laptop changed later kept."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desmig_desktop.store.changes import origin_id
from desmig_desktop.store.db import Store
from desmig_desktop.store.local import ChangeEntry, DeviceState
from desmig_desktop.sync.apply import apply_change, apply_page, prepare_page
from desmig_desktop.sync.client import DEFER_FOREIGN_KEYS
from desmig_server.changes import complete_insert

CENTRE = uuid.uuid4()
ME = uuid.uuid4()
OTHER = uuid.uuid4()
NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)


def _change(
    seq: int, server_seq: int, table: str, row: uuid.UUID, op: str, **values: Any
) -> dict[str, Any]:
    if op == "insert":
        values = complete_insert(table, row, {"centre_id": str(CENTRE), **values}, now=NOW)
    return {
        "device_id": str(OTHER), "seq": seq, "hlc": f"001764300000{seq:03d}-00000-0193a1b2c3d4",
        "centre_id": str(CENTRE), "table": table, "row_id": str(row), "op": op,
        "changes": values, "base_seq": 0, "user": "andi", "at": NOW.isoformat(),
        "server_seq": server_seq,
    }  # fmt: skip


def _store(path: Path) -> Store:
    store = Store.create(path)
    with store.write("test") as session:
        state = session.get(DeviceState, 1)
        assert state is not None
        state.device_id, state.centre_id = ME, CENTRE
    return store


def _apply(store: Store, changes: list[dict[str, Any]], *, whole_page: bool) -> int:
    with store.write("sync") as session:
        session.execute(DEFER_FOREIGN_KEYS)
        state = session.get(DeviceState, 1)
        assert state is not None
        if whole_page:
            prepare_page(changes, store.engine.dialect)  # as the client does, ahead
            return apply_page(session, state, changes)
        return sum(apply_change(session, state, change) for change in changes)


def _contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(path)
    try:
        return {
            "person": db.execute("SELECT * FROM person ORDER BY id").fetchall(),
            "household": db.execute("SELECT * FROM household ORDER BY id").fetchall(),
            "change_log": db.execute(
                "SELECT o.device_id, seq, hlc, o.centre_id, table_name, row_id, op, changes, user, "
                "at, base_seq, server_seq, sync_status FROM change_log"
                " JOIN change_origin o ON o.id = origin ORDER BY o.device_id, seq"
            ).fetchall(),
            "device": db.execute("SELECT hlc_ms, hlc_counter FROM device_state").fetchall(),
        }
    finally:
        db.close()


def test_a_page_applies_as_its_changes_one_by_one(tmp_path: Path) -> None:
    people = [uuid.uuid4() for _ in range(3)]
    house = uuid.uuid4()
    centre = _change(1, 1, "centre", CENTRE, "insert", village_code="33.01.02.2003", name="Pusat")
    first = [
        centre,
        _change(2, 2, "household", house, "insert", no_kk=None, address="Jl. Mawar"),
        _change(3, 3, "person", people[0], "insert", name="Siti", sex="P", household_id=str(house)),
        _change(4, 4, "person", people[1], "insert", name="Budi", sex="L"),
    ]
    second = [
        first[3],  # pulled twice: skipped
        _change(5, 5, "person", people[0], "update", name="Siti A.", phone="+6281111111111"),
        _change(6, 6, "person", people[1], "update", phone="+6282222222222", name="Budi B."),
        _change(7, 7, "person", people[2], "insert", name="Ani", sex="P"),
        _change(8, 8, "person", people[2], "update", name="Ani C."),  # folds into the insert
        _change(9, 9, "person", people[0], "update", birth_place="Kesugihan"),
        _change(10, 10, "household", house, "delete", deleted=True),
    ]
    stores = []
    for whole_page in (True, False):
        path = tmp_path / f"{whole_page}.sqlite3"
        store = _store(path)
        assert _apply(store, first, whole_page=whole_page) == 4
        # This laptop changed Budi's phone and has not pushed it: it keeps its value.
        with store.write("siti") as session:
            session.add(
                ChangeEntry(
                    origin=origin_id(session, ME, CENTRE), seq=1,
                    hlc="001764300000999-00000-0193a1b2c3d4",
                    table_name="person", row_id=people[1], op="update",
                    changes='{"phone":"+6289999999999"}', user="siti", at=NOW,
                )
            )  # fmt: skip
            session.connection().exec_driver_sql(
                "UPDATE person SET phone = '+6289999999999' WHERE id = ?", (people[1].bytes,)
            )
        assert _apply(store, second, whole_page=whole_page) == 6
        store.close()
        stores.append(_contents(path))
    assert stores[0] == stores[1]
    phones = {row[0]: row for row in stores[0]["person"]}
    assert any("+6289999999999" in map(str, row) for row in phones.values())
    assert len(stores[0]["change_log"]) == 11
