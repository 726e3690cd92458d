"""Pelatihan BLK: trainings, participants and results, competency certificates."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlmodel import select

from desmig_desktop.domain import CompetencyCertificate, VocationalParticipant, VocationalTraining
from desmig_desktop.services import Services, ValidationFailed
from desmig_desktop.store.db import Store
from desmig_desktop.store.local import ChangeEntry


def changes_for(store: Store, table: str, row_id: uuid.UUID) -> list[ChangeEntry]:
    with store.read() as session:
        statement = select(ChangeEntry).where(
            ChangeEntry.table_name == table, ChangeEntry.row_id == row_id
        )
        return list(session.exec(statement.order_by(ChangeEntry.seq)))


def rows(store: Store, model: type) -> list:
    with store.read() as session:
        return list(session.exec(select(model)))


def person(services: Services, name: str = "Lestari") -> uuid.UUID:
    return services.people.add_person(name=name, sex="P", birth_date=date(1998, 8, 8))[0].id


def training(services: Services, **fields: object) -> VocationalTraining:
    values: dict[str, object] = {
        "title": "Perawat lansia (caregiver)",
        "institution": "BLK Cilacap",
        "starts_on": date(2024, 3, 1),
        "ends_on": date(2024, 5, 31),
    }
    values.update(fields)
    return services.vocational.add_training(**values)


def test_training_end_not_before_start(services: Services, store: Store) -> None:
    with pytest.raises(ValidationFailed) as excinfo:
        training(services, ends_on=date(2024, 2, 28))
    assert (
        "Tanggal selesai (28-02-2024) tidak boleh sebelum tanggal mulai (01-03-2024)"
        in excinfo.value.message
    )
    with pytest.raises(ValidationFailed) as excinfo:
        services.vocational.add_training(title="", institution="BLK", starts_on=None)
    assert (
        "Nama pelatihan wajib diisi" in excinfo.value.message
        and "Tanggal mulai wajib diisi" in excinfo.value.message
    )
    assert rows(store, VocationalTraining) == []

    same_day = training(services, ends_on=date(2024, 3, 1))  # a one-day training is fine
    with pytest.raises(ValidationFailed):
        services.vocational.update_training(same_day.id, starts_on=date(2024, 3, 2))
    services.vocational.update_training(same_day.id, ends_on=None)
    assert services.vocational.training(same_day.id).ends_on is None
    assert [e.op for e in changes_for(store, "vocational_training", same_day.id)] == [
        "insert",
        "update",
    ]


def test_participants_and_results(services: Services, store: Store) -> None:
    course = training(services)
    lestari = person(services)
    participant = services.vocational.enrol(course.id, lestari)
    assert participant.result == "terdaftar"
    with pytest.raises(ValidationFailed) as excinfo:
        services.vocational.enrol(course.id, lestari)
    assert "Lestari sudah terdaftar" in excinfo.value.message
    assert len(rows(store, VocationalParticipant)) == 1

    services.vocational.set_result(participant.id, "lulus")
    assert [(p.result, who.name) for p, who in services.vocational.participants(course.id)] == [
        ("lulus", "Lestari")
    ]
    assert (
        json.loads(changes_for(store, "vocational_participant", participant.id)[-1].changes)[
            "result"
        ]
        == "lulus"
    )
    with pytest.raises(ValidationFailed) as excinfo:
        services.vocational.set_result(participant.id, "cum laude")
    assert "'cum laude' bukan pilihan" in excinfo.value.message
    assert [t.id for t, _ in services.vocational.trainings_of(lestari)] == [course.id]


def test_certificate_of_a_training_needs_a_pass(services: Services, store: Store) -> None:
    course = training(services)
    lestari, budi = person(services), person(services, "Budi")
    participant = services.vocational.enrol(course.id, lestari)

    with pytest.raises(ValidationFailed) as excinfo:
        services.vocational.add_certificate(
            lestari, training_id=course.id, scheme="Caregiver", issued_on=date(2024, 6, 10)
        )
    assert "'terdaftar', bukan lulus" in excinfo.value.message
    with pytest.raises(ValidationFailed) as excinfo:
        services.vocational.add_certificate(
            budi, training_id=course.id, scheme="Caregiver", issued_on=date(2024, 6, 10)
        )
    assert "Budi tidak tercatat sebagai peserta" in excinfo.value.message
    assert rows(store, CompetencyCertificate) == []

    services.vocational.set_result(participant.id, "lulus")
    with pytest.raises(ValidationFailed) as excinfo:
        services.vocational.add_certificate(
            lestari, training_id=course.id, scheme="Caregiver", issued_on=date(2024, 2, 1)
        )
    assert "sebelum pelatihannya mulai" in excinfo.value.message
    certificate = services.vocational.add_certificate(
        lestari,
        training_id=course.id,
        scheme=" Caregiver ",
        issuer="LSP P1 BLK",
        number="CG-0042",
        issued_on=date(2024, 6, 10),
        expires_on=date(2027, 6, 10),
    )
    assert [c.scheme for c in services.vocational.certificates(lestari)] == ["Caregiver"]
    assert changes_for(store, "competency_certificate", certificate.id)[0].op == "insert"


def test_certificate_expiry_after_issue(services: Services, store: Store) -> None:
    lestari = person(services)
    with pytest.raises(ValidationFailed) as excinfo:
        services.vocational.add_certificate(
            lestari, scheme="Las listrik", issued_on=date(2024, 6, 10), expires_on=date(2024, 6, 10)
        )
    assert "harus sesudah tanggal terbit" in excinfo.value.message
    with pytest.raises(ValidationFailed) as excinfo:
        services.vocational.add_certificate(lestari, scheme="", issued_on=date(2024, 6, 10))
    assert "Skema sertifikasi wajib diisi" in excinfo.value.message
    assert rows(store, CompetencyCertificate) == []
    # A certificate from outside the centre's trainings needs no training.
    certificate = services.vocational.add_certificate(
        lestari, scheme="Las listrik", issued_on=date(2024, 6, 10)
    )
    services.vocational.update_certificate(certificate.id, expires_on=date(2027, 6, 9))
    assert services.vocational.certificates()[0].expires_on == date(2027, 6, 9)
