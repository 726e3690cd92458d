"""POST /api/v1/push: exactly once per (device, seq), gaps refused, bad changes rejected
with a reason while the others apply, and every change kept inside its centre."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from desmig_server.changes import canonical_json, stdlib_canonical_json
from desmig_server.models import Device, utcnow

from ...conftest import NIK_MAN, NIK_WOMAN, VILLAGE_B, Laptop, now_iso


def test_a_repeated_batch_is_answered_duplicate_and_applied_once(
    enrol: Callable[..., Laptop],
) -> None:
    laptop = enrol()
    reader = enrol(name="Reader")
    batch = [laptop.insert_person(), laptop.insert_person(), laptop.insert_person()]
    first = laptop.push(*batch)
    assert [r["status"] for r in first["results"]] == ["applied"] * 3
    assert first["last_seq"] == 3
    server_seqs = [r["server_seq"] for r in first["results"]]
    assert server_seqs == sorted(server_seqs) and first["head"] == server_seqs[-1]

    # The answer was lost on the way back; the laptop sends the batch again, plus one.
    again = laptop.push(*batch, laptop.insert_person())
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3 + ["applied"]
    assert [r["server_seq"] for r in again["results"][:3]] == server_seqs
    assert again["last_seq"] == 4

    pulled = reader.pull_all()
    assert [(c["device_id"], c["seq"]) for c in pulled] == [
        (str(laptop.device_id), n) for n in (1, 2, 3, 4)
    ]


def test_a_gap_is_refused_with_last_seq_and_nothing_is_applied(
    enrol: Callable[..., Laptop],
) -> None:
    laptop = enrol()
    laptop.push(laptop.insert_person())
    skipped = laptop.insert_person()  # seq 2, never sent
    third, fourth = laptop.insert_person(), laptop.insert_person()
    assert skipped["seq"] == 2

    response = laptop.api.push([third, fourth], epoch=laptop.epoch)
    assert response.status_code == 409
    body = response.json()
    assert body["last_seq"] == 1
    assert "send from 2" in body["detail"]

    # Numbers out of order inside a batch are a gap too.
    assert laptop.api.push([skipped, fourth, third], epoch=laptop.epoch).status_code == 409
    status = laptop.api.get("/api/v1/status").json()
    assert (status["last_seq"], status["head"]) == (1, 1)

    # Resuming from last_seq + 1 works.
    assert [r["status"] for r in laptop.push(skipped, third, fourth)["results"]] == ["applied"] * 3


def test_a_damaged_body_is_refused_by_its_checksum(enrol: Callable[..., Laptop]) -> None:
    laptop = enrol()
    change = laptop.insert_person()
    body = {"epoch": laptop.epoch, "changes": [change], "checksum": "0" * 64}
    response = laptop.api.push_body(body)
    assert response.status_code == 400
    assert "checksum" in response.json()["detail"]
    assert laptop.api.get("/api/v1/status").json()["last_seq"] == 0


def test_a_body_that_is_not_a_push_is_refused_saying_what_is_wrong(
    enrol: Callable[..., Laptop],
) -> None:
    """The body is parsed on the request's worker thread, not by FastAPI: the answer is
    still 422 with one readable sentence, and nothing is applied."""
    laptop = enrol()
    change = laptop.insert_person()
    missing = laptop.api.push_body({"epoch": laptop.epoch, "changes": [change]})
    assert missing.status_code == 422
    assert missing.json()["detail"] == "invalid request: checksum: Field required"
    wrong = laptop.api.push_body({"changes": "all of them", "checksum": "0" * 64})
    assert wrong.status_code == 422
    assert wrong.json()["detail"].startswith("invalid request: changes: Input should be")
    for broken in (b'{"changes": [', b"", b"bukan JSON"):
        response = laptop.api.post(
            "/api/v1/push", data=broken, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 422, broken
        assert response.json()["detail"].startswith("invalid request: "), response.text
        assert "JSON" in response.json()["detail"], response.text
    assert laptop.api.get("/api/v1/status").json()["last_seq"] == 0
    # The same change, sent properly, applies.
    assert laptop.push(change)["results"][0]["status"] == "applied"


def test_the_checksum_as_a_laptop_writes_it_holds_for_any_json_number(
    enrol: Callable[..., Laptop],
) -> None:
    """The server writes canonical JSON with orjson, the laptop with ``json``: they write
    a float with an exponent differently (``1e-07``, ``1e-7``), and orjson cannot write
    an integer over 64 bits. Neither may make a laptop's checksum look wrong."""
    laptop = enrol()
    odd = laptop.insert_person(nik=NIK_MAN)
    odd["changes"]["weight"] = 1e-07  # not a field of person: rejected, with its reason
    huge = laptop.insert_person(nik=NIK_WOMAN, sex="P")
    huge["changes"]["flags"] = 2**70
    assert stdlib_canonical_json([odd]) != canonical_json([odd])
    answer = laptop.push(odd, huge)
    assert [r["status"] for r in answer["results"]] == ["rejected", "rejected"]
    assert "weight" in answer["results"][0]["reason"]


def test_bad_changes_are_rejected_with_a_reason_and_the_others_apply(
    enrol: Callable[..., Laptop],
) -> None:
    laptop = enrol()
    reader = enrol(name="Reader")
    good = laptop.insert_person(name="Sri Wahyuni", sex="P", nik=NIK_WOMAN)
    bad_nik = laptop.insert_person(nik="3301021708900000")  # serial 0000
    short_nik = laptop.insert_person(nik="33010217089")
    unknown_table = laptop.change("pasport", uuid.uuid4(), "insert", {"name": "x"})
    unknown_field = laptop.update("person", good["row_id"], shoe_size=42)
    wrong_type = laptop.update("person", good["row_id"], birth_date="17 Agustus 1990")
    unknown_row = laptop.update("person", uuid.uuid4(), phone="+6281234567890")
    missing_name = laptop.insert_person()
    del missing_name["changes"]["name"]
    other_device = laptop.insert_person()
    other_device["device_id"] = str(uuid.uuid4())
    also_good = laptop.update("person", good["row_id"], phone="+6281234567890")
    batch = [
        good,
        bad_nik,
        short_nik,
        unknown_table,
        unknown_field,
        wrong_type,
        unknown_row,
        missing_name,
        other_device,
        also_good,
    ]

    answer = laptop.push(*batch)
    results = {r["seq"]: r for r in answer["results"]}
    assert answer["last_seq"] == also_good["seq"] == 10
    assert results[good["seq"]]["status"] == results[also_good["seq"]]["status"] == "applied"
    reasons = {seq: r.get("reason", "") for seq, r in results.items() if r["status"] == "rejected"}
    assert set(reasons) == {c["seq"] for c in batch[1:-1]}
    assert "person.nik" in reasons[bad_nik["seq"]] and "[nik.serial]" in reasons[bad_nik["seq"]]
    assert "[nik.length]" in reasons[short_nik["seq"]]
    assert "unknown table 'pasport'" in reasons[unknown_table["seq"]]
    assert "shoe_size" in reasons[unknown_field["seq"]]
    assert "person.birth_date" in reasons[wrong_type["seq"]]
    assert "unknown record" in reasons[unknown_row["seq"]]
    assert "lacks name" in reasons[missing_name["seq"]]
    assert "device_id" in reasons[other_device["seq"]]

    pulled = reader.pull_all()
    assert [c["seq"] for c in pulled] == [good["seq"], also_good["seq"]]
    assert pulled[1]["changes"]["phone"] == "+6281234567890"

    # A repeat of a rejected change is rejected again with its reason, never "duplicate":
    # the laptop whose first answer was lost must still quarantine it.
    repeat = laptop.push(bad_nik)["results"][0]
    assert repeat == {
        "seq": bad_nik["seq"],
        "status": "rejected",
        "reason": reasons[bad_nik["seq"]],
    }


def test_ids_in_another_spelling_are_accepted_and_stored_as_laptops_write_them(
    enrol: Callable[..., Laptop],
) -> None:
    """Ids are compared and stored in their canonical text (lower case, with hyphens).
    Text already so is kept as it is; other spellings UUID() accepts (upper case, no
    hyphens, braces) are rewritten, and a wrong one is still rejected with its reason."""
    laptop = enrol()
    reader = enrol(name="Reader")
    shouted = laptop.insert_person(nik=NIK_MAN)
    row = uuid.UUID(shouted["row_id"])
    shouted["device_id"] = str(laptop.device_id).upper()
    shouted["row_id"] = row.hex.upper()
    shouted["changes"]["id"] = "{" + str(row) + "}"
    shouted["changes"]["centre_id"] = laptop.centre_id.hex
    shouted["centre_id"] = str(laptop.centre_id).upper()
    broken = laptop.insert_person(nik=NIK_WOMAN, sex="P")
    broken["changes"]["household_id"] = str(uuid.uuid4())[:-1] + "g"
    no_sender = laptop.insert_person()
    no_sender["device_id"] = "laptop-1"
    no_centre = laptop.insert_person()
    no_centre["centre_id"] = "desa"
    elsewhere = laptop.insert_person()
    elsewhere["centre_id"] = str(uuid.uuid4()).upper()
    answer = laptop.push(shouted, broken, no_sender, no_centre, elsewhere)
    assert [r["status"] for r in answer["results"]] == ["applied"] + ["rejected"] * 4
    reasons = [r["reason"] for r in answer["results"][1:]]
    assert "person.household_id" in reasons[0]
    assert reasons[1:] == [
        "device_id is not a UUID",
        "centre_id is not a UUID",
        "the change belongs to another centre",
    ]
    [pulled] = reader.pull_all()
    assert pulled["row_id"] == str(row)
    assert pulled["changes"]["id"] == str(row)
    assert pulled["changes"]["centre_id"] == str(laptop.centre_id)


def test_a_push_notes_the_laptops_last_contact_with_its_changes(
    enrol: Callable[..., Laptop], engine: Engine
) -> None:
    """The push writes ``last_seen_at`` in the transaction of its changes (the request no
    longer notes it first, in a commit of its own); a refused push leaves it, and the
    pull that follows in the round notes it."""
    laptop = enrol()

    def last_seen() -> datetime:
        with Session(engine) as session:
            device = session.get(Device, laptop.device_id)
            assert device is not None and device.last_seen_at is not None
            return device.last_seen_at

    def make_it_old() -> None:
        with Session(engine) as session:
            device = session.get(Device, laptop.device_id)
            assert device is not None
            device.last_seen_at = utcnow() - timedelta(hours=2)
            session.add(device)
            session.commit()

    make_it_old()
    laptop.push(laptop.insert_person())
    assert utcnow() - last_seen() < timedelta(minutes=1)

    make_it_old()
    change = laptop.insert_person()
    refused = laptop.api.push_body({"epoch": laptop.epoch, "changes": [change], "checksum": "0"})
    assert refused.status_code == 400
    assert utcnow() - last_seen() > timedelta(hours=1)
    assert laptop.api.pull(0).status_code == 200
    assert utcnow() - last_seen() < timedelta(minutes=1)


def test_a_nik_that_disagrees_with_the_birth_date_is_kept_as_a_warning(
    enrol: Callable[..., Laptop],
) -> None:
    laptop = enrol()
    change = laptop.insert_person(birth_date=date(1991, 1, 2).isoformat(), nik=None)
    laptop.push(change)
    result = laptop.push(laptop.update("person", change["row_id"], nik="3301021708900001"))[
        "results"
    ][0]
    assert result["status"] == "applied"


def test_ledger_entries_are_insert_only(enrol: Callable[..., Laptop]) -> None:
    laptop = enrol()
    row = uuid.uuid4()
    stamp = now_iso()
    entry = laptop.change(
        "savings_entry",
        row,
        "insert",
        {
            "id": str(row),
            "centre_id": str(laptop.centre_id),
            "created_at": stamp,
            "updated_at": stamp,
            "deleted": False,
            "member_id": str(uuid.uuid4()),
            "kind": "wajib",
            "direction": "deposit",
            "amount": 50000,
            "entry_date": "2026-11-28",
            "reverses_id": None,
            "note": None,
        },
    )
    edit = laptop.update("savings_entry", row, amount=5000000)
    removal = laptop.update("savings_entry", row, deleted=True)
    results = laptop.push(entry, edit, removal)["results"]
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected"]
    assert "append-only" in results[1]["reason"] and "append-only" in results[2]["reason"]
    # Nor can another laptop write the same entry again under its id.
    other = enrol(name="Laptop 2")
    rewrite = other.change("savings_entry", row, "insert", {**entry["changes"], "amount": 1})
    (result,) = other.push(rewrite)["results"]
    assert result["status"] == "rejected" and "already exists" in result["reason"]


def test_a_device_cannot_write_into_another_centre(enrol: Callable[..., Laptop]) -> None:
    laptop_a = enrol()
    laptop_b = enrol(VILLAGE_B, name="Laptop B")
    assert laptop_a.centre_id != laptop_b.centre_id
    their_person = laptop_b.insert_person()
    assert laptop_b.push(their_person)["results"][0]["status"] == "applied"

    # A new record claiming the other centre, an edit of the other centre's record (which
    # does not name a centre at all), and a change whose envelope names the other centre.
    claims_b = laptop_a.insert_person(centre_id=str(laptop_b.centre_id))
    edits_b = laptop_a.update("person", their_person["row_id"], name="Dicuri")
    envelope_b = laptop_a.insert_person()
    envelope_b["centre_id"] = str(laptop_b.centre_id)
    same_id = laptop_a.insert_person(row_id=uuid.UUID(their_person["row_id"]))
    centre_b_row = laptop_a.change("centre", laptop_b.centre_id, "update", {"name": "Dicuri"})
    results = laptop_a.push(claims_b, edits_b, envelope_b, same_id, centre_b_row)["results"]
    assert [r["status"] for r in results] == ["rejected"] * 5
    assert all("centre" in r["reason"] for r in results)

    pulled_b = laptop_b.pull_all()
    assert [c["changes"].get("name") for c in pulled_b] == ["Budi Santoso"]
