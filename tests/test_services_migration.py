"""Pusat Layanan Migrasi: journeys, the departure rules, documents, sessions, consultations."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlmodel import select

from desmig_desktop import i18n
from desmig_desktop.domain import (
    Consultation,
    DocumentItem,
    InfoSession,
    InfoSessionParticipant,
    MigrationEpisode,
)
from desmig_desktop.domain.enums import (
    DEPARTURE_DOCUMENTS,
    DocumentStatus,
    DocumentType,
    JourneyStage,
)
from desmig_desktop.services import NotFound, Services, ValidationFailed
from desmig_desktop.store.db import Store
from desmig_desktop.store.local import ChangeEntry

ADULT_BIRTH = date(1995, 3, 14)


def changes_for(store: Store, table: str, row_id: uuid.UUID) -> list[ChangeEntry]:
    with store.read() as session:
        statement = select(ChangeEntry).where(
            ChangeEntry.table_name == table, ChangeEntry.row_id == row_id
        )
        return list(session.exec(statement.order_by(ChangeEntry.seq)))


def count(store: Store, model: type) -> int:
    with store.read() as session:
        return len(session.exec(select(model)).all())


def person(
    services: Services,
    name: str = "Siti Aminah",
    birth_date: date | None = ADULT_BIRTH,
    **fields: object,
) -> uuid.UUID:
    record, _ = services.people.add_person(name=name, sex="P", birth_date=birth_date, **fields)
    return record.id


def verify_departure_documents(
    services: Services, episode_id: uuid.UUID, *, skip: tuple[DocumentType, ...] = ()
) -> None:
    for item in services.migration.documents(episode_id):
        if (
            DocumentType(item.doc_type) in DEPARTURE_DOCUMENTS
            and DocumentType(item.doc_type) not in skip
        ):
            services.migration.update_document(item.id, status=DocumentStatus.VERIFIED)


def doc(services: Services, episode_id: uuid.UUID, doc_type: DocumentType) -> DocumentItem:
    return next(d for d in services.migration.documents(episode_id) if d.doc_type == doc_type.value)


def refusal(excinfo: pytest.ExceptionInfo[ValidationFailed]) -> str:
    return excinfo.value.message


# -- registration ------------------------------------------------------------------------


def test_register_starts_at_registration_with_a_missing_checklist(
    services: Services, store: Store
) -> None:
    pid = person(services, marital_status="belum_kawin")
    episode = services.migration.register_episode(
        pid, registered_on=date(2024, 1, 10), destination_country="  Taiwan "
    )

    stored = services.migration.episode(episode.id)
    assert stored.stage == JourneyStage.REGISTRATION.value
    assert stored.destination_country == "Taiwan"
    assert stored.procedural is True
    items = services.migration.documents(episode.id)
    types = [i.doc_type for i in items]
    # Unmarried: every document except the marriage book, in checklist order.
    assert types == [d.value for d in DocumentType if d != DocumentType.MARRIAGE_BOOK]
    assert {i.status for i in items} == {DocumentStatus.MISSING.value}
    assert [e.op for e in changes_for(store, "migration_episode", episode.id)] == ["insert"]
    assert all(changes_for(store, "document_item", i.id) for i in items)


def test_married_person_needs_the_marriage_book(services: Services) -> None:
    episode = services.migration.register_episode(person(services, marital_status="kawin"))
    assert DocumentType.MARRIAGE_BOOK.value in [
        i.doc_type for i in services.migration.documents(episode.id)
    ]


def test_second_open_journey_is_refused_but_allowed_after_cancel(
    services: Services, store: Store
) -> None:
    pid = person(services)
    first = services.migration.register_episode(pid, registered_on=date(2024, 1, 10))
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.register_episode(pid)
    assert "masih punya perjalanan migrasi yang berjalan" in refusal(excinfo)
    assert count(store, MigrationEpisode) == 1

    services.migration.advance(first.id, JourneyStage.CANCELLED)
    second = services.migration.register_episode(pid)
    assert second.id != first.id
    # The cancelled one cannot be reopened while the new journey is in progress.
    with pytest.raises(ValidationFailed):
        services.migration.advance(first.id, JourneyStage.SELECTION)


def test_register_for_unknown_person_stores_nothing(services: Services, store: Store) -> None:
    with pytest.raises(NotFound):
        services.migration.register_episode(uuid.uuid4())
    assert count(store, MigrationEpisode) == 0
    assert count(store, DocumentItem) == 0


def test_update_episode_and_refuse_stage_edit(services: Services, store: Store) -> None:
    episode = services.migration.register_episode(person(services))
    services.migration.update_episode(episode.id, employer="Mr Chen", placement_agency="PT Maju")
    stored = services.migration.episode(episode.id)
    assert (stored.employer, stored.placement_agency) == ("Mr Chen", "PT Maju")
    update = changes_for(store, "migration_episode", episode.id)[-1]
    assert update.op == "update" and json.loads(update.changes)["employer"] == "Mr Chen"

    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.update_episode(episode.id, stage=JourneyStage.DEPARTED)
    assert "Pindah tahap" in refusal(excinfo)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.update_episode(episode.id, employer="x" * 161)
    assert "terlalu panjang" in refusal(excinfo)
    assert services.migration.episode(episode.id).stage == JourneyStage.REGISTRATION.value


# -- the journey rules ----------------------------------------------------------------------


def test_stages_skip_forward_and_step_back_before_departure(
    services: Services, store: Store
) -> None:
    episode = services.migration.register_episode(person(services))
    services.migration.advance(episode.id, JourneyStage.MEDICAL)
    assert services.migration.episode(episode.id).stage == JourneyStage.MEDICAL.value
    services.migration.advance(episode.id, JourneyStage.SELECTION)  # a failed test is retaken
    assert services.migration.episode(episode.id).stage == JourneyStage.SELECTION.value
    stage_changes = [
        json.loads(e.changes).get("stage")
        for e in changes_for(store, "migration_episode", episode.id)
    ]
    assert stage_changes == ["pendaftaran", "pemeriksaan_kesehatan", "seleksi"]

    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.SELECTION)
    assert "sudah pada tahap Seleksi" in refusal(excinfo)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.WORKING)
    assert "Catat dulu keberangkatannya" in refusal(excinfo)
    with pytest.raises(ValidationFailed):
        services.migration.advance(episode.id, "terbang")


def test_procedural_departure_needs_verified_documents(services: Services, store: Store) -> None:
    episode = services.migration.register_episode(person(services), registered_on=date(2024, 1, 10))
    verify_departure_documents(
        services, episode.id, skip=(DocumentType.WORK_VISA, DocumentType.PASSPORT)
    )

    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.DEPARTED, on=date(2024, 6, 1))
    message = refusal(excinfo)
    assert "belum terverifikasi" in message and "Paspor" in message and "Visa kerja" in message
    assert "non-prosedural" in message  # says the other way out
    stored = services.migration.episode(episode.id)
    assert stored.stage == JourneyStage.REGISTRATION.value and stored.departure_date is None

    services.migration.update_document(
        doc(services, episode.id, DocumentType.PASSPORT).id, status="terverifikasi"
    )
    services.migration.update_document(
        doc(services, episode.id, DocumentType.WORK_VISA).id, status="terverifikasi"
    )
    before = len(changes_for(store, "migration_episode", episode.id))
    services.migration.advance(episode.id, JourneyStage.DEPARTED, on=date(2024, 6, 1))
    stored = services.migration.episode(episode.id)
    assert stored.stage == JourneyStage.DEPARTED.value
    assert stored.departure_date == date(2024, 6, 1)
    assert stored.procedural is True
    entries = changes_for(store, "migration_episode", episode.id)
    assert len(entries) == before + 1
    assert json.loads(entries[-1].changes)["departure_date"] == "2024-06-01"


def test_expired_passport_blocks_a_procedural_departure(services: Services) -> None:
    episode = services.migration.register_episode(person(services), registered_on=date(2024, 1, 10))
    verify_departure_documents(services, episode.id)
    services.migration.update_document(
        doc(services, episode.id, DocumentType.PASSPORT).id,
        issued_on=date(2019, 5, 1),
        expires_on=date(2024, 5, 1),
    )
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.DEPARTED, on=date(2024, 6, 1))
    assert "habis masa berlakunya" in refusal(excinfo) and "Paspor" in refusal(excinfo)


def test_under_18_cannot_depart_procedurally(services: Services) -> None:
    pid = person(services, name="Dewi", birth_date=date(2006, 9, 1))
    episode = services.migration.register_episode(pid, registered_on=date(2024, 1, 10))
    verify_departure_documents(services, episode.id)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.DEPARTED, on=date(2024, 8, 31))
    message = refusal(excinfo)
    assert "17 tahun" in message and "01-09-2024" in message  # the earliest possible departure
    assert services.migration.episode(episode.id).stage == JourneyStage.REGISTRATION.value
    # On the 18th birthday it is allowed.
    services.migration.advance(episode.id, JourneyStage.DEPARTED, on=date(2024, 9, 1))
    assert services.migration.episode(episode.id).procedural is True


def test_unknown_birth_date_blocks_a_procedural_departure(services: Services) -> None:
    episode = services.migration.register_episode(
        person(services, birth_date=None), registered_on=date(2024, 1, 10)
    )
    verify_departure_documents(services, episode.id)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.DEPARTED, on=date(2024, 6, 1))
    assert "Tanggal lahir orang ini belum diisi" in refusal(excinfo)


def test_non_procedural_departure_is_recorded_with_its_reason(
    services: Services, store: Store
) -> None:
    pid = person(services, name="Rina", birth_date=date(2008, 2, 2))  # under 18 and no documents
    episode = services.migration.register_episode(pid, registered_on=date(2024, 1, 10))
    services.migration.advance(
        episode.id,
        JourneyStage.DEPARTED,
        on=date(2024, 3, 5),
        non_procedural_reason="  Berangkat lewat calo dengan visa umrah ",
    )
    stored = services.migration.episode(episode.id)
    assert stored.stage == JourneyStage.DEPARTED.value
    assert stored.procedural is False
    assert stored.non_procedural_reason == "Berangkat lewat calo dengan visa umrah"
    last = json.loads(changes_for(store, "migration_episode", episode.id)[-1].changes)
    assert last["procedural"] is False and last["stage"] == "berangkat"


def test_a_blank_reason_is_not_a_non_procedural_departure(services: Services) -> None:
    episode = services.migration.register_episode(person(services), registered_on=date(2024, 1, 10))
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(
            episode.id, JourneyStage.DEPARTED, on=date(2024, 3, 5), non_procedural_reason="   "
        )
    assert "belum terverifikasi" in refusal(excinfo)


def test_departure_needs_a_date_not_before_registration(services: Services) -> None:
    episode = services.migration.register_episode(person(services), registered_on=date(2024, 1, 10))
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.DEPARTED, non_procedural_reason="calo")
    assert "Tanggal berangkat wajib diisi" in refusal(excinfo)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(
            episode.id, JourneyStage.DEPARTED, on=date(2023, 12, 1), non_procedural_reason="calo"
        )
    assert "sebelum tanggal pendaftaran" in refusal(excinfo)


def departed(services: Services, on: date = date(2024, 3, 5)) -> MigrationEpisode:
    episode = services.migration.register_episode(person(services), registered_on=date(2024, 1, 10))
    return services.migration.advance(
        episode.id, JourneyStage.DEPARTED, on=on, non_procedural_reason="calo"
    )


def test_return_needs_date_and_reason(services: Services, store: Store) -> None:
    episode = departed(services)
    services.migration.advance(episode.id, JourneyStage.WORKING)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.RETURNED, on=date(2026, 3, 5))
    assert "Alasan kepulangan wajib diisi" in refusal(excinfo)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(
            episode.id, JourneyStage.RETURNED, return_reason="kontrak_berakhir"
        )
    assert "Tanggal pulang wajib diisi" in refusal(excinfo)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(
            episode.id, JourneyStage.RETURNED, on=date(2024, 1, 1), return_reason="kontrak_berakhir"
        )
    assert "sebelum tanggal berangkat" in refusal(excinfo)
    assert services.migration.episode(episode.id).stage == JourneyStage.WORKING.value

    services.migration.advance(
        episode.id, JourneyStage.RETURNED, on=date(2026, 3, 5), return_reason="kontrak_berakhir"
    )
    stored = services.migration.episode(episode.id)
    assert (stored.stage, stored.return_date, stored.return_reason) == (
        "pulang",
        date(2026, 3, 5),
        "kontrak_berakhir",
    )
    assert (
        json.loads(changes_for(store, "migration_episode", episode.id)[-1].changes)["return_reason"]
        == "kontrak_berakhir"
    )


def test_after_departure_the_journey_only_moves_forward(services: Services) -> None:
    episode = departed(services)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.CANCELLED)
    assert "tidak bisa dibatalkan" in refusal(excinfo)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.VISA)
    assert "tidak bisa kembali" in refusal(excinfo)
    with pytest.raises(ValidationFailed):
        services.migration.advance(episode.id, JourneyStage.REINTEGRATED)
    # Deported straight after arrival: returned from departed is allowed.
    services.migration.advance(
        episode.id, JourneyStage.RETURNED, on=date(2024, 3, 20), return_reason="deportasi"
    )
    services.migration.advance(episode.id, JourneyStage.REINTEGRATED)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.WORKING)
    assert "sudah selesai" in refusal(excinfo)


def test_reasons_only_belong_to_their_stage(services: Services) -> None:
    episode = services.migration.register_episode(person(services))
    with pytest.raises(ValidationFailed):
        services.migration.advance(episode.id, JourneyStage.SELECTION, non_procedural_reason="calo")
    with pytest.raises(ValidationFailed):
        services.migration.advance(episode.id, JourneyStage.SELECTION, return_reason="cuti")
    assert services.migration.episode(episode.id).stage == JourneyStage.REGISTRATION.value


def test_correcting_a_procedural_departure_date_rechecks_the_age(services: Services) -> None:
    pid = person(services, birth_date=date(2006, 1, 15))
    episode = services.migration.register_episode(pid, registered_on=date(2023, 12, 1))
    verify_departure_documents(services, episode.id)
    services.migration.advance(episode.id, JourneyStage.DEPARTED, on=date(2024, 2, 1))
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.update_episode(episode.id, departure_date=date(2024, 1, 10))
    assert "18 tahun" in refusal(excinfo)
    services.migration.update_episode(episode.id, departure_date=date(2024, 1, 20))
    assert services.migration.episode(episode.id).departure_date == date(2024, 1, 20)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.update_episode(episode.id, return_date=date(2025, 1, 1))
    assert "setelah kepulangan dicatat" in refusal(excinfo)


def test_refusals_are_in_english_too(services: Services) -> None:
    episode = services.migration.register_episode(person(services), registered_on=date(2024, 1, 10))
    i18n.set_language("en")
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.advance(episode.id, JourneyStage.DEPARTED, on=date(2024, 6, 1))
    assert "not verified" in refusal(excinfo) and "non-procedural" in refusal(excinfo)


# -- documents ---------------------------------------------------------------------------------


def test_document_update_and_expiry_after_issue(services: Services, store: Store) -> None:
    episode = services.migration.register_episode(person(services))
    passport = doc(services, episode.id, DocumentType.PASSPORT)
    services.migration.update_document(
        passport.id,
        status="diproses",
        number=" C1234567 ",
        issued_on=date(2024, 2, 1),
        expires_on=date(2034, 2, 1),
        attachment="paspor-siti.jpg",
    )
    stored = doc(services, episode.id, DocumentType.PASSPORT)
    assert (stored.status, stored.number, stored.attachment) == (
        "diproses",
        "C1234567",
        "paspor-siti.jpg",
    )
    assert (
        json.loads(changes_for(store, "document_item", passport.id)[-1].changes)["number"]
        == "C1234567"
    )

    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.update_document(passport.id, expires_on=date(2024, 2, 1))
    assert "harus sesudah tanggal terbit" in refusal(excinfo)
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.update_document(passport.id, attachment="C:\\Users\\siti\\paspor.jpg")
    assert "nama berkas" in refusal(excinfo)
    with pytest.raises(ValidationFailed):
        services.migration.update_document(passport.id, status="hilang")
    assert doc(services, episode.id, DocumentType.PASSPORT).expires_on == date(2034, 2, 1)


def test_add_document_once(services: Services) -> None:
    episode = services.migration.register_episode(person(services, marital_status="belum_kawin"))
    item = services.migration.add_document(episode.id, DocumentType.MARRIAGE_BOOK)
    assert item.status == DocumentStatus.MISSING.value
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.add_document(episode.id, DocumentType.MARRIAGE_BOOK)
    assert "sudah ada dalam daftar" in refusal(excinfo)


def test_documents_expiring(services: Services) -> None:
    today = date(2025, 1, 1)
    soon = services.migration.register_episode(person(services, name="Ani"))
    later = services.migration.register_episode(person(services, name="Budi"))
    gone = services.migration.register_episode(person(services, name="Citra"))
    services.migration.update_document(
        doc(services, soon.id, DocumentType.PASSPORT).id, expires_on=date(2025, 2, 15)
    )
    services.migration.update_document(
        doc(services, soon.id, DocumentType.WORK_VISA).id, expires_on=date(2024, 12, 20)
    )
    services.migration.update_document(
        doc(services, later.id, DocumentType.PASSPORT).id, expires_on=date(2025, 6, 1)
    )
    services.migration.update_document(
        doc(services, gone.id, DocumentType.PASSPORT).id, expires_on=date(2025, 1, 10)
    )
    services.migration.advance(gone.id, JourneyStage.CANCELLED)  # a finished journey is not watched
    erased = person(services, name="Dodi")
    erased_episode = services.migration.register_episode(erased)
    services.migration.update_document(
        doc(services, erased_episode.id, DocumentType.PASSPORT).id, expires_on=date(2025, 1, 20)
    )
    services.people.delete_person(erased)  # erased on request: no longer listed

    rows = services.migration.documents_expiring(90, today=today)
    assert [(r.person_name, r.doc_type, r.days_left) for r in rows] == [
        ("Ani", "visa_kerja", -12),
        ("Ani", "paspor", 45),
    ]
    assert len(services.migration.documents_expiring(200, today=today)) == 3


def test_abroad_only_documents_that_matter_abroad_are_watched(services: Services) -> None:
    pid = person(services, name="Eka", birth_date=date(1990, 1, 1))
    episode = services.migration.register_episode(pid, registered_on=date(2024, 1, 10))
    services.migration.advance(
        episode.id, JourneyStage.DEPARTED, on=date(2024, 3, 1), non_procedural_reason="Visa turis"
    )
    for doc_type in (DocumentType.HEALTH_CERTIFICATE, DocumentType.PASSPORT):
        services.migration.update_document(
            doc(services, episode.id, doc_type).id, expires_on=date(2025, 1, 20)
        )
    rows = services.migration.documents_expiring(90, today=date(2025, 1, 1))
    assert [r.doc_type for r in rows] == ["paspor"]


# -- information sessions and consultations -------------------------------------------------------


def test_info_session_with_participants(services: Services, store: Store) -> None:
    ani, budi = person(services, name="Ani"), person(services, name="Budi")
    info = services.migration.add_info_session(
        held_on=date(2024, 5, 2), topic="Migrasi aman", person_ids=[ani]
    )
    assert info.participants_count == 1  # raised to the people named
    services.migration.add_info_participant(info.id, budi)
    assert [p.name for p in services.migration.info_participants(info.id)] == ["Ani", "Budi"]
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.add_info_participant(info.id, budi)
    assert "Budi sudah tercatat" in refusal(excinfo)
    assert count(store, InfoSessionParticipant) == 2
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.update_info_session(info.id, participants_count=1)
    assert "tidak boleh kurang" in refusal(excinfo)
    services.migration.update_info_session(info.id, participants_count=40)
    assert services.migration.info_sessions()[0].participants_count == 40
    assert [e.op for e in changes_for(store, "info_session", info.id)] == [
        "insert",
        "update",
        "update",
    ]


def test_info_session_needs_topic_and_date(services: Services, store: Store) -> None:
    with pytest.raises(ValidationFailed) as excinfo:
        services.migration.add_info_session(held_on=None, topic=" ")
    assert "Topik wajib diisi" in refusal(excinfo) and "Tanggal wajib diisi" in refusal(excinfo)
    assert count(store, InfoSession) == 0


def test_consultation(services: Services, store: Store) -> None:
    pid = person(services)
    consultation = services.migration.add_consultation(
        pid, held_on=date(2024, 4, 1), topic="Gaji belum dibayar", summary="Keluarga melapor"
    )
    assert consultation.officer == "admin"
    assert [c.topic for c in services.migration.consultations_of(pid)] == ["Gaji belum dibayar"]
    assert changes_for(store, "consultation", consultation.id)[0].user == "admin"
    with pytest.raises(ValidationFailed):
        services.migration.add_consultation(pid, held_on=date(2024, 4, 1), topic="")
    assert count(store, Consultation) == 1


def test_stage_counts_and_chart_dates_match_the_journeys(services: Services) -> None:
    from collections import Counter

    from desmig_desktop.seed import seed

    seed(services, 200, seed=3)
    episodes = services.migration.episodes()
    assert services.migration.stage_counts() == Counter(e.stage for e in episodes)
    since = date(2024, 1, 1)
    departed, returned = services.migration.departures_and_returns(since)
    assert sorted(departed) == sorted(
        e.departure_date for e in episodes if e.departure_date and e.departure_date >= since
    )
    assert sorted(returned) == sorted(
        e.return_date for e in episodes if e.return_date and e.return_date >= since
    )


def test_journey_summaries_are_the_journeys_in_the_same_order(services: Services) -> None:
    from desmig_desktop.seed import seed

    seed(services, 120, seed=4)
    fields = (
        "id",
        "person_id",
        "stage",
        "destination_country",
        "procedural",
        "registered_on",
        "departure_date",
        "return_date",
    )
    for stage in (None, JourneyStage.WORKING.value):
        episodes = services.migration.episodes(stage=stage)
        summaries = services.migration.journey_summaries(stage=stage)
        assert episodes
        assert [tuple(getattr(s, f) for f in fields) for s in summaries] == [
            tuple(getattr(e, f) for f in fields) for e in episodes
        ]
