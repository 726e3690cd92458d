"""The person page's read: one person's lines in every pillar, in one call."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.services import NotFound, Services


def test_the_profile_gathers_every_pillar(services: Services) -> None:
    people = services.people
    household = people.add_household(no_kk="3301021203150001", dusun="Krajan")
    mother, _ = people.add_person(name="Sri Wahyuni", sex="P", household_id=household.id)
    child, _ = people.add_person(name="Dimas", sex="L", household_id=household.id)
    grandma, _ = people.add_person(name="Mbah Karsih", sex="P", household_id=household.id)
    people.add_person(name="Tetangga", sex="L")
    services.migration.register_episode(mother.id, registered_on=date(2024, 1, 5))
    services.migration.add_info_session(
        held_on=date(2024, 5, 2), topic="Migrasi aman", person_ids=[mother.id]
    )
    course = services.vocational.add_training(
        title="Perawat lansia", institution="BLK Cilacap", starts_on=date(2024, 2, 1)
    )
    services.vocational.enrol(course.id, mother.id)
    services.parenting.enrol_child(
        child.id,
        guardian_id=grandma.id,
        parent_id=mother.id,
        parent_abroad="ibu",
        enrolled_on=date(2024, 3, 1),
    )
    coop = services.cooperative.add_cooperative(name="Koperasi Maju", kind="koperasi")
    member = services.cooperative.add_member(coop.id, mother.id, "A-001", date(2024, 1, 2))
    services.cooperative.deposit(member.id, "wajib", 50_000, date(2024, 1, 3))
    services.cooperative.withdraw(member.id, "wajib", 20_000, date(2024, 2, 3))
    services.enterprise.add_enterprise(
        mother.id, name="Warung Sri", sector="perdagangan", capital_source="remitansi"
    )

    profile = people.profile(mother.id)
    assert profile.person.name == "Sri Wahyuni"
    assert profile.household is not None and profile.household.dusun == "Krajan"
    assert {p.name for p in profile.members} == {"Sri Wahyuni", "Dimas", "Mbah Karsih"}
    assert len(profile.journeys) == 1 and profile.documents  # the checklist came with it
    assert {(t.kind, t.title) for t in profile.trainings} == {
        ("sosialisasi", "Migrasi aman"),
        ("blk", "Perawat lansia"),
    }
    assert [(c.role, c.child_name, c.guardian_name) for c in profile.children] == [
        ("parent", "Dimas", "Mbah Karsih")
    ]
    assert [(m.cooperative, m.member_no, m.savings) for m in profile.memberships] == [
        ("Koperasi Maju", "A-001", 30_000)
    ]
    assert [e.name for e in profile.enterprises] == ["Warung Sri"]
    assert [c.role for c in people.profile(grandma.id).children] == ["guardian"]
    assert people.profile(child.id).children[0].role == "child"


def test_a_merged_record_has_no_profile_and_the_kept_one_names_it(services: Services) -> None:
    keep, _ = services.people.add_person(name="Nur Aini", sex="P")
    duplicate, _ = services.people.add_person(name="Nuraini", sex="P")
    services.people.merge_people(keep.id, duplicate.id, "Data ganda")
    assert [p.name for p in services.people.profile(keep.id).merged_from] == ["Nuraini"]
    with pytest.raises(NotFound):
        services.people.profile(duplicate.id)
