"""GET /api/v1/pull: the centre's changes after a cursor, paged by bytes, with checksums."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from desmig_server.changes import canonical_json
from desmig_server.core.db import new_session
from desmig_server.models import SyncChange
from desmig_server.sync import change_out, checksum, wire_change

from ...conftest import VILLAGE_B, Laptop


def test_pages_are_cut_by_bytes_and_follow_the_cursor_without_gaps(
    enrol: Callable[..., Laptop],
) -> None:
    writer = enrol()
    reader = enrol(name="Reader")
    for _ in range(4):
        writer.push(*[writer.insert_person(name=f"Warga {writer.next_seq:03d}") for _ in range(10)])
    head = writer.api.get("/api/v1/status").json()["head"]

    pages = []
    cursor = 0
    while True:
        response = reader.api.pull(cursor, max_bytes=4000)
        assert response.status_code == 200
        page = response.json()
        assert page["checksum"] == checksum(page["changes"])
        assert page["head"] == head
        pages.append(page)
        if not page["changes"]:
            break
        assert page["next"] == page["changes"][-1]["server_seq"]
        assert len(json.dumps(page["changes"], separators=(",", ":"), ensure_ascii=False)) <= 4000
        assert page["more"] == (page["next"] < head)
        cursor = page["next"]
        if not page["more"]:
            break
    changes = [c for page in pages for c in page["changes"]]
    assert len(pages) > 4
    assert [c["seq"] for c in changes] == list(range(1, 41))
    seqs = [c["server_seq"] for c in changes]
    assert seqs == sorted(set(seqs)) and seqs[-1] == head
    assert {c["device_id"] for c in changes} == {str(writer.device_id)}
    assert changes[0]["changes"]["name"] == "Warga 001"

    # Nothing after head; the cursor stays put.
    tail = reader.api.pull(head).json()
    assert (tail["changes"], tail["next"], tail["more"]) == ([], head, False)


def test_a_laptops_own_changes_up_to_mine_are_not_sent_back(
    enrol: Callable[..., Laptop],
) -> None:
    """``mine``: the laptop has its own changes up to that seq. They are passed over (the
    cursor still moves past them); the others' changes and its own above ``mine`` (a
    laptop restored from an older backup) still come."""
    laptop = enrol()
    other = enrol(name="Other")
    laptop.push(*[laptop.insert_person(name=f"Saya {n}") for n in range(3)])  # seqs 1-3
    other.push(other.insert_person(name="Tetangga"))
    laptop.push(laptop.insert_person(name="Saya 3"))  # seq 4
    head = laptop.api.get("/api/v1/status").json()["head"]

    def names(mine: int, max_bytes: int | None = None) -> tuple[list[str], int]:
        got, cursor = [], 0
        while True:
            params: dict[str, int] = {"after": cursor, "mine": mine}
            if max_bytes:
                params["max_bytes"] = max_bytes
            page = laptop.api.get("/api/v1/pull", params=params).json()
            assert page["checksum"] == checksum(page["changes"])
            got += [change["changes"]["name"] for change in page["changes"]]
            cursor = page["next"]
            if not page["more"]:
                return got, cursor

    assert names(0) == (["Saya 0", "Saya 1", "Saya 2", "Tetangga", "Saya 3"], head)
    assert names(3) == (["Tetangga", "Saya 3"], head)
    assert names(4) == (["Tetangga"], head)
    assert names(4, max_bytes=1) == (["Tetangga"], head)  # pages of own changes only
    # The other laptop gets them all, whatever it says of its own.
    other_page = other.api.get("/api/v1/pull", params={"after": 0, "mine": 1}).json()
    assert len(other_page["changes"]) == 4


def test_a_page_holds_at_least_one_change_however_small_max_bytes(
    enrol: Callable[..., Laptop],
) -> None:
    laptop = enrol()
    laptop.push(laptop.insert_person(), laptop.insert_person())
    first = laptop.api.pull(0, max_bytes=1).json()
    assert len(first["changes"]) == 1 and first["more"] is True
    second = laptop.api.pull(first["next"], max_bytes=1).json()
    assert len(second["changes"]) == 1 and second["more"] is False


def test_a_device_pulls_only_its_own_centre(enrol: Callable[..., Laptop]) -> None:
    laptop_a = enrol()
    laptop_b = enrol(VILLAGE_B, name="Laptop B")
    laptop_a.push(laptop_a.insert_person(name="Warga A"))
    laptop_b.push(laptop_b.insert_person(name="Warga B"))
    laptop_a.push(laptop_a.insert_person(name="Warga A2"))

    pulled_a = laptop_a.pull_all()
    pulled_b = laptop_b.pull_all()
    assert [c["changes"]["name"] for c in pulled_a] == ["Warga A", "Warga A2"]
    assert [c["changes"]["name"] for c in pulled_b] == ["Warga B"]
    assert {c["centre_id"] for c in pulled_a} == {str(laptop_a.centre_id)}
    # Each centre's head is its own last change: B's cursor reaches its head.
    status_b = laptop_b.api.get("/api/v1/status").json()
    assert laptop_b.cursor == status_b["head"] == pulled_b[-1]["server_seq"]


def test_a_pulled_change_carries_what_the_laptop_sent(enrol: Callable[..., Laptop]) -> None:
    laptop = enrol()
    sent = laptop.insert_person(name="Ni Luh Putu Ayu", phone="+6281234567890")
    answer = laptop.push(sent)
    (got,) = laptop.pull_all()
    assert got["server_seq"] == answer["results"][0]["server_seq"]
    for key in ("device_id", "seq", "hlc", "table", "row_id", "op", "user", "base_seq"):
        assert got[key] == sent[key]
    assert got["changes"] == sent["changes"]
    assert got["at"] == sent["at"]


def test_the_page_body_starts_with_the_changes_checksummed_byte_for_byte(
    enrol: Callable[..., Laptop], engine: Engine
) -> None:
    """Pages are written out as text from the stored changes; each change must be the
    canonical JSON of what change_out makes of its row, and the checksum must cover the
    bytes of the list as sent (laptops check those bytes without encoding them again)."""
    writer = enrol(user='Ñoño "quoted" \\ user')
    reader = enrol(name="Reader")
    writer.push(
        writer.insert_person(name='Siti "Ning" Ñ 漢字 \u2028', phone=None),
        *[writer.insert_person(name=f"Warga {n}") for n in range(3)],
    )
    raw = reader.api.pull(0).content
    prefix = b'{"changes":'
    assert raw.startswith(prefix)
    changes, end = json.JSONDecoder().raw_decode(raw.decode("utf-8"), len(prefix))
    page = json.loads(raw)
    assert page["changes"] == changes
    sent = raw.decode("utf-8")[len(prefix) : end].encode("utf-8")
    assert hashlib.sha256(sent).hexdigest() == page["checksum"]
    assert page["checksum"] == checksum(changes)
    with new_session(engine) as session:
        rows = session.exec(select(SyncChange).order_by(col(SyncChange.server_seq))).all()
        assert rows
        for row in rows:
            built = wire_change(
                row.server_seq, row.device_id, row.seq, row.hlc, row.centre_id, row.table_name,
                row.row_id, row.op, row.changes, row.base_seq, row.user, row.at,
            )  # fmt: skip
            assert built == canonical_json(change_out(row))
