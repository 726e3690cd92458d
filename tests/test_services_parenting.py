"""Rumah Pintar: children, sessions, append-only attendance where the latest mark wins."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlmodel import select

from desmig_desktop.domain import ParentingAttendance, ParentingChild, ParentingSession
from desmig_desktop.services import Services, ValidationFailed
from desmig_desktop.store.db import Store
from desmig_desktop.store.local import ChangeEntry


def changes_for(store: Store, table: str, row_id: uuid.UUID) -> list[ChangeEntry]:
    with store.read() as session:
        statement = select(ChangeEntry).where(
            ChangeEntry.table_name == table, ChangeEntry.row_id == row_id
        )
        return list(session.exec(statement.order_by(ChangeEntry.seq)))


def marks_stored(store: Store) -> list[ParentingAttendance]:
    with store.read() as session:
        return list(session.exec(select(ParentingAttendance)))


def person(services: Services, name: str, birth_date: date = date(2016, 4, 1)) -> uuid.UUID:
    return services.people.add_person(name=name, sex="P", birth_date=birth_date)[0].id


def enrol(
    services: Services, name: str, enrolled_on: date = date(2024, 1, 8), **fields: object
) -> ParentingChild:
    values: dict[str, object] = {"parent_abroad": "ibu", "enrolled_on": enrolled_on}
    values.update(fields)
    return services.parenting.enrol_child(person(services, name), **values)


def a_session(services: Services, held_on: date = date(2024, 2, 3)) -> ParentingSession:
    return services.parenting.add_session(
        held_on=held_on, kind="kegiatan_anak", topic="Membaca bersama"
    )


def test_enrol_child_with_guardian(services: Services, store: Store) -> None:
    grandmother = person(services, "Mbah Sumi", date(1955, 1, 1))
    enrolment = enrol(services, "Putri", guardian_id=grandmother, school="SDN 1")
    lines = services.parenting.children()
    assert [(c.child_name, c.guardian_name, c.parent_abroad) for c in lines] == [
        ("Putri", "Mbah Sumi", "ibu")
    ]
    assert changes_for(store, "parenting_child", enrolment.id)[0].op == "insert"


def test_enrolment_refusals(services: Services, store: Store) -> None:
    child = person(services, "Putri")
    with pytest.raises(ValidationFailed) as excinfo:
        services.parenting.enrol_child(child, parent_abroad="paman", enrolled_on=date(2024, 1, 8))
    assert "'paman' bukan pilihan" in excinfo.value.message
    with pytest.raises(ValidationFailed) as excinfo:
        services.parenting.enrol_child(
            child, parent_abroad="ibu", enrolled_on=date(2024, 1, 8), guardian_id=child
        )
    assert "tidak boleh orang yang sama dengan anaknya" in excinfo.value.message
    with store.read() as session:
        assert session.exec(select(ParentingChild)).first() is None

    first = services.parenting.enrol_child(child, parent_abroad="ibu", enrolled_on=date(2024, 1, 8))
    with pytest.raises(ValidationFailed) as excinfo:
        services.parenting.enrol_child(child, parent_abroad="ayah", enrolled_on=date(2024, 2, 1))
    assert "sudah terdaftar sebagai anak asuh sejak 08-01-2024" in excinfo.value.message
    with pytest.raises(ValidationFailed) as excinfo:
        services.parenting.leave(first.id, date(2023, 12, 1))
    assert "sebelum tanggal masuk" in excinfo.value.message
    services.parenting.leave(first.id, date(2024, 6, 30))
    services.parenting.enrol_child(
        child, parent_abroad="ayah", enrolled_on=date(2024, 9, 1)
    )  # back again
    assert len(services.parenting.children()) == 2
    assert len(services.parenting.children(on=date(2024, 7, 15))) == 0


def test_latest_attendance_mark_wins(services: Services, store: Store) -> None:
    putri, bayu = enrol(services, "Putri"), enrol(services, "Bayu")
    session = a_session(services)

    first = services.parenting.take_attendance(session.id, {putri.id: True, bayu.id: True})
    assert len(first) == 2
    correction = services.parenting.take_attendance(session.id, {putri.id: False})

    assert services.parenting.attendance(session.id) == {putri.id: False, bayu.id: True}
    marks = marks_stored(store)
    assert len(marks) == 3  # the correction is a new row; the old mark is still there
    assert sum(1 for m in marks if m.child_id == putri.id and m.present) == 1
    entry = changes_for(store, "parenting_attendance", correction[0].id)
    assert [e.op for e in entry] == ["insert"] and json.loads(entry[0].changes)["present"] is False

    # Correcting back again also wins.
    services.parenting.take_attendance(session.id, {putri.id: True})
    assert services.parenting.attendance(session.id)[putri.id] is True


def test_saving_the_same_register_twice_adds_nothing(services: Services, store: Store) -> None:
    putri = enrol(services, "Putri")
    session = a_session(services)
    services.parenting.take_attendance(session.id, {putri.id: True})
    assert services.parenting.take_attendance(session.id, {putri.id: True}) == []
    assert len(marks_stored(store)) == 1


def test_attendance_refuses_children_not_enrolled_that_day(
    services: Services, store: Store
) -> None:
    putri = enrol(services, "Putri")
    late = enrol(services, "Bayu", enrolled_on=date(2024, 3, 1))
    session = a_session(services, held_on=date(2024, 2, 3))
    with pytest.raises(ValidationFailed) as excinfo:
        services.parenting.take_attendance(session.id, {putri.id: True, late.id: True})
    assert "Bayu tidak terdaftar pada tanggal kegiatan (03-02-2024)" in excinfo.value.message
    assert marks_stored(store) == []  # nothing of the register is kept
    with pytest.raises(ValidationFailed) as excinfo:
        services.parenting.take_attendance(session.id, {putri.id: "ya"})  # type: ignore[dict-item]
    assert "hadir atau tidak hadir" in excinfo.value.message

    services.parenting.take_attendance(session.id, {putri.id: True})
    with pytest.raises(ValidationFailed) as excinfo:
        services.parenting.update_session(session.id, held_on=date(2023, 12, 1))
    assert "Putri" in excinfo.value.message


def test_attendance_rate(services: Services) -> None:
    putri, bayu = enrol(services, "Putri"), enrol(services, "Bayu")
    sessions = [a_session(services, date(2024, 2, d)) for d in (3, 10, 17, 24)]
    services.parenting.take_attendance(sessions[0].id, {putri.id: True, bayu.id: False})
    services.parenting.take_attendance(sessions[1].id, {putri.id: False})
    services.parenting.take_attendance(sessions[2].id, {putri.id: True})
    services.parenting.take_attendance(sessions[1].id, {putri.id: True})  # corrected: she was there
    # The fourth session has no marks: it does not count as absent.
    assert services.parenting.attendance_rate(putri.id) == 1.0
    services.parenting.take_attendance(sessions[3].id, {putri.id: False})
    assert services.parenting.attendance_rate(putri.id) == 0.75
    assert services.parenting.attendance_rate(putri.id, since=date(2024, 2, 17)) == 0.5
    assert services.parenting.attendance_rate(bayu.id) == 0.0
    new = enrol(services, "Citra")
    assert services.parenting.attendance_rate(new.id) is None


def test_session_needs_kind_and_topic(services: Services, store: Store) -> None:
    with pytest.raises(ValidationFailed) as excinfo:
        services.parenting.add_session(held_on=date(2024, 2, 3), kind="arisan", topic="")
    assert (
        "Topik wajib diisi" in excinfo.value.message
        and "'arisan' bukan pilihan" in excinfo.value.message
    )
    with store.read() as session:
        assert session.exec(select(ParentingSession)).first() is None
    record = services.parenting.add_session(
        held_on=date(2024, 2, 3), kind="kelas_pengasuhan", topic="Pola asuh"
    )
    assert [s.kind for s in services.parenting.sessions()] == ["kelas_pengasuhan"]
    assert changes_for(store, "parenting_session", record.id)[0].user == "admin"
