"""Merging two records of one person: every link moves, the duplicate becomes a tombstone,
and both histories say so."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlmodel import select

from desmig_desktop import i18n
from desmig_desktop.domain import SYNCED_MODELS, MigrationEpisode, ParentingChild, Person
from desmig_desktop.services import Services, ValidationFailed
from desmig_desktop.services.history import record_history
from desmig_desktop.services.people import PERSON_LINKS, PERSON_PARTICIPATIONS
from desmig_desktop.store.local import ChangeEntry

BIRTH = date(1990, 3, 12)
NIK_SARI = "3301025203900001"


def test_every_link_to_a_person_is_moved_by_a_merge() -> None:
    # A table added later with a person column must be added to the merge, or a merge
    # would leave its rows pointing at a tombstone.
    covered = {(model.__tablename__, column) for model, column in PERSON_LINKS}
    covered |= {(model.__tablename__, column) for model, column, _event in PERSON_PARTICIPATIONS}
    links = {
        (model.__tablename__, column.name)
        for model in SYNCED_MODELS
        for column in model.__table__.columns  # type: ignore[attr-defined]
        for key in column.foreign_keys
        if key.target_fullname == "person.id"
    }
    # An erasure record stays with the record it emptied (such records are not merged).
    assert links - {("person", "merged_into_id"), ("person_erasure", "person_id")} == covered


def two_records(services: Services) -> tuple[uuid.UUID, uuid.UUID]:
    people = services.people
    household = people.add_household(no_kk=None, dusun="Krajan")
    keep, _ = people.add_person(name="Nuraini", sex="P", birth_date=BIRTH)
    duplicate, _ = people.add_person(
        name="Nur Aini",
        sex="P",
        birth_date=BIRTH,
        nik=NIK_SARI,
        phone="081234567890",
        household_id=household.id,
    )
    return keep.id, duplicate.id


def test_merge_moves_links_fills_empty_fields_and_hides_the_duplicate(services: Services) -> None:
    keep, duplicate = two_records(services)
    other, _ = services.people.add_person(name="Budi Santoso", sex="L")
    episode = services.migration.register_episode(duplicate, registered_on=date(2024, 1, 5))
    case = services.protection.open_case(
        duplicate, case_type="gaji_tidak_dibayar", reported_on=date(2024, 3, 1)
    )
    enterprise = services.enterprise.add_enterprise(
        duplicate, name="Warung", sector="perdagangan", capital_source="remitansi"
    )
    child = services.parenting.enrol_child(
        other.id, guardian_id=duplicate, parent_abroad="ibu", enrolled_on=date(2024, 1, 8)
    )
    coop = services.cooperative.add_cooperative(name="Koperasi Maju", kind="koperasi")
    member = services.cooperative.add_member(coop.id, duplicate, "A-001", date(2024, 1, 2))
    both = services.migration.add_info_session(
        held_on=date(2024, 5, 2), topic="Migrasi aman", person_ids=[keep, duplicate]
    )
    only_duplicate = services.migration.add_info_session(
        held_on=date(2024, 6, 2), topic="Lowongan", person_ids=[duplicate]
    )

    kept = services.people.merge_people(keep, duplicate, "KTP sama, dicatat dua kali")

    assert kept.nik == NIK_SARI and kept.phone == "+6281234567890" and kept.name == "Nuraini"
    assert kept.household_id is not None
    assert "nik.missing" not in kept.flags
    assert services.migration.episode(episode.id).person_id == keep
    assert services.protection.case(case.id).person_id == keep
    assert services.enterprise.enterprise(enterprise.id).owner_id == keep
    assert services.cooperative.member(member.id).person_id == keep
    assert [p.id for p in services.migration.info_participants(both.id)] == [keep]
    assert [p.id for p in services.migration.info_participants(only_duplicate.id)] == [keep]

    with services.store.read() as session:
        tombstone = session.get(Person, duplicate)
        assert tombstone is not None and tombstone.deleted
        assert tombstone.merged_into_id == keep
        assert tombstone.merge_reason == "KTP sama, dicatat dua kali"
        enrolled = session.get(ParentingChild, child.id)
        assert enrolled is not None and enrolled.guardian_id == keep
        moved = session.exec(
            select(ChangeEntry).where(
                ChangeEntry.table_name == "migration_episode", ChangeEntry.row_id == episode.id
            )
        ).all()
    assert [e.op for e in moved] == ["insert", "update"]  # the move is in the change log
    assert [row.id for row in services.people.search("aini")] == [keep]
    assert services.people.likely_duplicates("Nur Aini", BIRTH, NIK_SARI) != []
    assert [c.person.id for c in services.people.likely_duplicates("Nur Aini", BIRTH, None)] == [
        keep
    ]


def test_both_histories_show_the_merge(services: Services) -> None:
    keep, duplicate = two_records(services)
    services.people.merge_people(keep, duplicate, "Data ganda")

    kept_lines = record_history(services.store, "person", keep)
    merged = [line for line in kept_lines if line.field == "merged_from"]
    assert [(line.field_label, line.new) for line in merged] == [
        ("Digabung dari", "Nur Aini (Data ganda)")
    ]
    assert kept_lines[0].at >= kept_lines[-1].at  # newest first
    assert any(line.field == "nik" and line.new == NIK_SARI for line in kept_lines)

    duplicate_lines = record_history(services.store, "person", duplicate)
    into = [line for line in duplicate_lines if line.field == "merged_into_id"]
    assert [(line.field_label, line.new) for line in into] == [("Digabung ke", "Nuraini")]
    assert any(line.field_label == "Alasan penggabungan" for line in duplicate_lines)
    i18n.set_language("en")
    lines = record_history(services.store, "person", duplicate)
    assert any(line.field_label == "Merged into" for line in lines)


def test_refusals_are_explained(services: Services) -> None:
    keep, duplicate = two_records(services)
    people = services.people
    with pytest.raises(ValidationFailed) as refused:
        people.merge_people(keep, keep, "sama")
    assert refused.value.problems[0].code == "person.merge_self"
    with pytest.raises(ValidationFailed) as refused:
        people.merge_people(keep, duplicate, "  ")
    assert refused.value.problems[0].code == "field.required"

    people.merge_people(keep, duplicate, "Data ganda")
    third, _ = people.add_person(name="Nur Aini", sex="P", birth_date=BIRTH)
    with pytest.raises(ValidationFailed) as refused:
        people.merge_people(duplicate, third.id, "lagi")  # into an already merged record
    assert refused.value.problems[0].code == "person.merge_gone"
    assert "Nur Aini" in refused.value.message
    with pytest.raises(ValidationFailed):
        people.merge_people(third.id, duplicate, "lagi")
    people.delete_person(third.id)
    with pytest.raises(ValidationFailed) as refused:
        people.merge_people(keep, third.id, "lagi")
    assert refused.value.problems[0].code == "person.merge_gone"


def test_two_journeys_in_progress_are_not_merged(services: Services) -> None:
    keep, duplicate = two_records(services)
    services.migration.register_episode(keep)
    services.migration.register_episode(duplicate)
    with pytest.raises(ValidationFailed) as refused:
        services.people.merge_people(keep, duplicate, "Data ganda")
    assert refused.value.problems[0].code == "person.merge_two_journeys"
    with services.store.read() as session:
        assert not session.get(Person, duplicate).deleted  # type: ignore[union-attr]
        episodes = session.exec(select(MigrationEpisode)).all()
    assert {e.person_id for e in episodes} == {keep, duplicate}  # nothing half done
