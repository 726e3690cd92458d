"""Field-level merge on the server (rule 5): what one side changed is applied, what both
changed is a conflict that keeps both values, and a delete never beats an edit.

Each laptop here keeps its own copy of the records the way the client does (its own
edits when made, the others' changes when pulled, its own skipped), so the tests check
what matters: after everyone has pulled, every laptop holds what the server holds.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from .conftest import NIK_WOMAN, VILLAGE_A, VILLAGE_B, Laptop, replay


def _shared_person(siti: Laptop, andi: Laptop) -> str:
    change = siti.insert_person()
    siti.push(change)
    siti.pull_all()
    andi.pull_all()
    return str(change["row_id"])


def _converged(row: str, *laptops: Laptop) -> dict[str, Any]:
    """Every laptop's copy after a pull, checked equal to the server's; that copy."""
    for laptop in laptops:
        laptop.pull_all()
    server = replay(laptops[0].seen)[("person", row)]
    for laptop in laptops:
        assert laptop.local[("person", row)] == server, laptop.user
    return server


def test_fields_changed_on_one_side_each_merge_without_conflict(
    enrol: Callable[..., Laptop],
) -> None:
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    row = _shared_person(siti, andi)
    # Both edit offline from the same state, different fields.
    a = siti.push(siti.update("person", row, phone="+6281111111111"))["results"][0]
    b = andi.push(andi.update("person", row, birth_place="Kesugihan"))["results"][0]
    assert "conflicts" not in a and "conflicts" not in b
    record = _converged(row, siti, andi)
    assert (record["phone"], record["birth_place"]) == ("+6281111111111", "Kesugihan")
    assert siti.conflicts == andi.conflicts == {}


def test_a_field_both_changed_is_a_conflict_that_keeps_both_values(
    enrol: Callable[..., Laptop],
) -> None:
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    row = _shared_person(siti, andi)
    first = siti.push(siti.update("person", row, phone="+6281111111111"))["results"][0]
    second = andi.push(andi.update("person", row, phone="+6282222222222", name="Budi S."))
    assert second["results"][0]["conflicts"] == 1  # the phone; only andi changed the name

    # Server order decides, so every replica converges on the later value...
    record = _converged(row, siti, andi)
    assert (record["phone"], record["name"]) == ("+6282222222222", "Budi S.")
    # ...and the value that lost is kept, with who and when, for a person to review.
    (conflict,) = siti.open_conflicts()
    assert andi.open_conflicts() == [conflict]
    assert conflict["table"] == "person" and conflict["row_id"] == row
    assert conflict["field"] == "phone" and conflict["kind"] == "field"
    assert (conflict["kept_value"], conflict["lost_value"]) == ("+6282222222222", "+6281111111111")
    assert (conflict["kept_server_seq"], conflict["lost_server_seq"]) == (
        second["results"][0]["server_seq"],
        first["server_seq"],
    )
    assert (conflict["kept_device"], conflict["lost_device"]) == (
        str(andi.device_id),
        str(siti.device_id),
    )
    assert (conflict["kept_user"], conflict["lost_user"]) == ("andi", "siti")
    assert conflict["created_at"] and conflict["resolved_at"] is None


def test_an_edit_made_after_seeing_the_other_is_no_conflict(enrol: Callable[..., Laptop]) -> None:
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    row = _shared_person(siti, andi)
    siti.push(siti.update("person", row, phone="+6281111111111"))
    andi.pull_all()  # andi has seen siti's phone before changing it
    result = andi.push(andi.update("person", row, phone="+6282222222222"))["results"][0]
    assert "conflicts" not in result
    # The same laptop changing its own field twice without pulling is no conflict either.
    again = andi.push(andi.update("person", row, phone="+6283333333333", base_seq=0))
    assert "conflicts" not in again["results"][0]
    assert _converged(row, siti, andi)["phone"] == "+6283333333333"
    assert siti.conflicts == {}


def test_bookkeeping_fields_never_make_a_conflict(enrol: Callable[..., Laptop]) -> None:
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    row = _shared_person(siti, andi)
    siti.push(siti.update("person", row, phone="+6281111111111"))
    # updated_at changes with every edit; both edits set it.
    result = andi.push(andi.update("person", row, birth_place="Cilacap Selatan"))["results"][0]
    assert "conflicts" not in result
    # Two laptops inserting the same record (a centre's own row, when both enrol before
    # either has pulled) give it two created_at: no conflict for that either.
    same = siti.local[("person", row)]
    again = andi.change(
        "person",
        uuid.UUID(row),
        "insert",
        {**same, "created_at": "2026-01-01T00:00:00+00:00"},
        base_seq=0,
    )
    assert "conflicts" not in andi.push(again)["results"][0]


def test_a_later_edit_of_the_field_resolves_its_conflict(enrol: Callable[..., Laptop]) -> None:
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    row = _shared_person(siti, andi)
    siti.push(siti.update("person", row, phone="+6281111111111"))
    andi.push(andi.update("person", row, phone="+6282222222222"))
    siti.pull_all()
    (conflict,) = siti.open_conflicts()
    # Siti reviews it and puts her number back: a normal edit, made having seen the outcome.
    result = siti.push(siti.update("person", row, phone="+6281111111111"))["results"][0]
    assert "conflicts" not in result
    assert _converged(row, siti, andi)["phone"] == "+6281111111111"
    # The page with the resolving edit carries the conflict again, resolved.
    for laptop in (siti, andi):
        assert laptop.open_conflicts() == []
        resolved = laptop.conflicts[conflict["id"]]
        assert (
            resolved["resolved_at"] and resolved["resolved_by_server_seq"] == result["server_seq"]
        )


def test_a_delete_against_an_edit_keeps_the_edit_and_brings_the_record_back(
    enrol: Callable[..., Laptop],
) -> None:
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    row = _shared_person(siti, andi)
    edit = siti.push(siti.update("person", row, phone="+6281111111111"))["results"][0]
    # Andi, who has not seen the edit, deletes the person.
    delete = andi.push(andi.update("person", row, deleted=True))["results"][0]
    assert delete["status"] == "applied" and delete["conflicts"] == 1
    assert andi.local[("person", row)]["deleted"] is True

    record = _converged(row, siti, andi)
    assert record["deleted"] is False and record["phone"] == "+6281111111111"
    # The record came back to andi through a change of the server's own.
    server_change = andi.seen[-1]
    assert server_change["changes"] == {"deleted": False}
    assert server_change["server_seq"] > delete["server_seq"]
    assert server_change["device_id"] not in (str(siti.device_id), str(andi.device_id))
    assert server_change["user"] == "desmig-server" and server_change["base_seq"] is None

    (conflict,) = andi.open_conflicts()
    assert conflict["kind"] == "delete_vs_edit" and conflict["field"] == "deleted"
    assert (conflict["kept_value"], conflict["lost_value"]) == (False, True)
    assert (conflict["kept_device"], conflict["lost_device"]) == (
        str(siti.device_id),
        str(andi.device_id),
    )
    assert (conflict["kept_server_seq"], conflict["lost_server_seq"]) == (
        edit["server_seq"],
        delete["server_seq"],
    )

    # Having seen that, andi may still delete it on purpose: then it goes, and the
    # conflict is settled.
    again = andi.push(andi.update("person", row, deleted=True))["results"][0]
    assert "conflicts" not in again
    assert _converged(row, siti, andi)["deleted"] is True
    assert siti.open_conflicts() == andi.open_conflicts() == []


def test_an_edit_of_a_record_deleted_meanwhile_brings_it_back(enrol: Callable[..., Laptop]) -> None:
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    row = _shared_person(siti, andi)
    delete = siti.push(siti.update("person", row, deleted=True))["results"][0]
    edit = andi.push(andi.update("person", row, phone="+6282222222222"))["results"][0]
    assert edit["conflicts"] == 1
    record = _converged(row, siti, andi)
    assert record["deleted"] is False and record["phone"] == "+6282222222222"
    (conflict,) = siti.open_conflicts()
    assert conflict["kind"] == "delete_vs_edit"
    assert (conflict["kept_server_seq"], conflict["lost_server_seq"]) == (
        edit["server_seq"],
        delete["server_seq"],
    )
    assert (conflict["kept_user"], conflict["lost_user"]) == ("andi", "siti")


def test_a_base_from_another_epoch_is_not_trusted(enrol: Callable[..., Laptop]) -> None:
    siti, andi = enrol(user="siti"), enrol(name="Laptop 2", user="andi")
    row = _shared_person(siti, andi)
    siti.push(siti.update("person", row, phone="+6281111111111"))
    andi.pull_all()
    # Andi's cursor covers siti's edit, but it was taken from a server that has since
    # been restored: the overlap must become a conflict, not a silent overwrite.
    andi.epoch = "00000000-0000-4000-8000-000000000000"
    result = andi.push(andi.update("person", row, phone="+6282222222222"))["results"][0]
    assert result["conflicts"] == 1


def _script(laptop: Laptop, other: Laptop) -> list[dict[str, Any]]:
    """Changes that meet in one batch: an insert then edits of the same record, a
    username and a NIK another record of the centre already holds (one of them given in
    the same batch), an edit that conflicts with the other laptop's and a delete against
    its edit."""
    shared = _shared_person(other, laptop)
    other.push(other.update("person", shared, phone="+6283333333333", name="Budi O."))
    account = {
        "username": "budi",
        "role": "officer",
        "password_hash": "x",
        "full_name": "Budi",
        "centre_id": str(laptop.centre_id),
    }
    mine = laptop.insert_person(nik=NIK_WOMAN, sex="P", name="Ani")
    row = mine["row_id"]
    return [
        mine,
        laptop.update("person", row, phone="+6281111111111"),
        laptop.update("person", row, name="Ani S."),
        laptop.change("user_account", uuid.uuid4(), "insert", dict(account)),
        laptop.change("user_account", uuid.uuid4(), "insert", dict(account)),
        laptop.insert_person(name="Budi kembar"),  # NIK_MAN, as the shared record
        laptop.update("person", shared, name="Budi L."),  # a conflict; the phone stays theirs
        laptop.update("person", shared, deleted=True),
        laptop.update("person", uuid.uuid4(), phone="+6285555555555"),  # unknown: rejected
    ]


def _outcome(laptop: Laptop, answers: list[dict[str, Any]]) -> dict[str, Any]:
    """What the server made of a script, without what differs between two runs (ids,
    times, sequence numbers): the answers, and the records and conflicts as pulled."""
    laptop.pull_all()
    ids: dict[str, int] = {}

    def name(value: Any) -> Any:
        return (
            ids.setdefault(value, len(ids))
            if isinstance(value, str) and len(value) == 36
            else value
        )

    records = {
        (table, name(row)): {
            k: name(v) for k, v in data.items() if k not in ("created_at", "updated_at")
        }
        for (table, row), data in replay(laptop.seen).items()
    }
    conflicts = sorted(
        (c["table"], name(c["row_id"]), c["field"], c["kind"], str(c["kept_value"]),
         str(c["lost_value"]), c["resolved_at"] is None)
        for c in laptop.conflicts.values()
    )  # fmt: skip
    results = [
        (r["seq"] - answers[0]["seq"], r["status"], r.get("conflicts"), "reason" in r)
        for r in answers
    ]
    return {"records": records, "conflicts": conflicts, "results": results}


def test_a_batch_merges_as_its_changes_one_by_one(enrol: Callable[..., Laptop]) -> None:
    """The server merges a push batch with a few statements (records read at once,
    merged in memory, written at once); it must decide exactly what one change at a time
    decides, also when changes of the batch meet each other."""
    outcomes = []
    for village, batched in ((VILLAGE_A, True), (VILLAGE_B, False)):
        laptop = enrol(village, user="siti")
        other = enrol(village, name="Laptop 2", user="andi")
        script = _script(laptop, other)
        if batched:
            answers = laptop.push(*script)["results"]
        else:
            answers = [laptop.push(change)["results"][0] for change in script]
        outcomes.append(_outcome(laptop, answers))
    batched_outcome, single_outcome = outcomes
    assert batched_outcome == single_outcome
    statuses = [status for _, status, _, _ in batched_outcome["results"]]
    assert statuses == ["applied"] * 8 + ["rejected"]
    kinds = sorted((c[2], c[3]) for c in batched_outcome["conflicts"])
    assert kinds == [
        ("deleted", "delete_vs_edit"),
        ("name", "field"),
        ("nik", "duplicate"),
        ("username", "duplicate"),
    ]
    accounts = [
        r for (table, _), r in batched_outcome["records"].items() if table == "user_account"
    ]
    assert sorted(a["username"] for a in accounts) == ["budi", "budi-2"]
