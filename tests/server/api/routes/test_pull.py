"""GET /api/v1/pull: the centre's changes after a cursor, paged by bytes, with checksums."""

from __future__ import annotations

import json
from collections.abc import Callable

from desmig_server.sync import checksum

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
