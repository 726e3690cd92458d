"""Consent to the processing of personal data (UU 27/2022): recorded, withdrawn (never
deleted), flagged when missing, carried by a person's export and emptied by an erasure."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from desmig_desktop import paths
from desmig_desktop.domain import Consent
from desmig_desktop.domain.enums import ConsentGiver, ConsentPurpose
from desmig_desktop.services import Services, ValidationFailed, login
from desmig_desktop.services.people import PeopleFilter
from desmig_desktop.services.privacy import ErasureService, PrivacyService
from desmig_desktop.store import migrate
from desmig_desktop.store.changes import history
from desmig_desktop.store.db import SCHEMA_HEAD, Store, make_engine, schema_revision
from desmig_desktop.store.local import ChangeEntry

NIK = "3301024507950001"
TODAY = date.today()
SERVICE, STATISTICS = ConsentPurpose.SERVICE.value, ConsentPurpose.STATISTICS.value


def _codes(error: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {p.code for p in error.value.problems}


def test_record_and_withdraw_a_consent_keeps_both_states_in_history(
    services: Services, store: Store
) -> None:
    siti, _ = services.people.add_person(name="Siti Aminah", sex="P", nik=NIK)
    assert not services.consent.has_consent(siti.id)

    consent = services.consent.record_consent(
        siti.id,
        given_on=TODAY - timedelta(days=3),
        purposes=[STATISTICS, SERVICE, SERVICE],
    )
    assert consent.recorded_by == services.actor.username  # the officer, not typed in
    assert consent.given_by == ConsentGiver.SELF.value
    assert consent.scope == "layanan,statistik"  # enum order, once each
    assert services.consent.has_consent(siti.id)

    withdrawn = services.consent.withdraw(
        consent.id, withdrawn_on=TODAY, reason="Tidak ingin datanya dibagikan"
    )
    assert withdrawn.withdrawn_on == TODAY
    assert not services.consent.has_consent(siti.id)
    # Never deleted: the record stays with what it covered, and the history has both.
    [kept] = services.consent.consents_of(siti.id)
    assert kept.id == consent.id and kept.scope == "layanan,statistik" and not kept.deleted
    with store.read() as session:
        entries = history(session, "consent", consent.id)
    assert [e.op for e in entries] == ["insert", "update"]
    assert json.loads(entries[1].changes)["withdrawn_reason"] == "Tidak ingin datanya dibagikan"

    # Withdrawn once is final; a new consent can be recorded after it.
    with pytest.raises(ValidationFailed) as again:
        services.consent.withdraw(consent.id, withdrawn_on=TODAY, reason="lagi")
    assert _codes(again) == {"consent.already_withdrawn"}
    services.consent.record_consent(siti.id, given_on=TODAY, purposes=[SERVICE])
    assert services.consent.has_consent(siti.id)


def test_refusals_say_what_to_fix(services: Services) -> None:
    child, _ = services.people.add_person(name="Rizki", sex="L")
    with pytest.raises(ValidationFailed) as no_scope:
        services.consent.record_consent(child.id, given_on=TODAY, purposes=[])
    assert _codes(no_scope) == {"consent.scope_empty"}
    assert "tujuan" in no_scope.value.message

    with pytest.raises(ValidationFailed) as guardian:
        services.consent.record_consent(
            child.id, given_on=TODAY, purposes=[SERVICE], given_by=ConsentGiver.GUARDIAN.value
        )
    assert _codes(guardian) == {"consent.giver_name_required"}
    assert "wali" in guardian.value.message

    with pytest.raises(ValidationFailed) as wrong:
        services.consent.record_consent(
            child.id,
            given_on=TODAY + timedelta(days=1),
            purposes=["jual_data"],
            given_by=ConsentGiver.SELF.value,
            giver_name="Bapak Rizki",
            attachment="../form.jpg",
        )
    assert _codes(wrong) == {
        "consent.in_future",
        "field.choice",
        "consent.giver_name_self",
        "consent.attachment_name",
    }
    with pytest.raises(ValidationFailed) as no_date:
        services.consent.record_consent(child.id, given_on=None, purposes=[SERVICE])
    assert _codes(no_date) == {"field.required"}

    given = services.consent.record_consent(
        child.id,
        given_on=TODAY - timedelta(days=10),
        purposes=[SERVICE],
        given_by=ConsentGiver.PARENT.value,
        giver_name="Sutrisno",
    )
    assert given.giver_name == "Sutrisno"
    with pytest.raises(ValidationFailed) as twice:
        services.consent.record_consent(child.id, given_on=TODAY, purposes=[SERVICE])
    assert _codes(twice) == {"consent.already_given"}
    with pytest.raises(ValidationFailed) as early:
        services.consent.withdraw(given.id, withdrawn_on=TODAY - timedelta(days=11), reason="x")
    assert _codes(early) == {"consent.withdrawn_before_given"}
    with pytest.raises(ValidationFailed) as no_reason:
        services.consent.withdraw(given.id, withdrawn_on=TODAY, reason="  ")
    assert _codes(no_reason) == {"consent.reason_required"}


def test_people_without_a_consent_in_force_are_flagged(services: Services) -> None:
    people = [
        services.people.add_person(name=name, sex="P")[0]
        for name in ("Ani", "Budi", "Citra", "Dewi")
    ]
    ani, budi, citra, dewi = people
    services.consent.record_consent(ani.id, given_on=TODAY, purposes=[SERVICE])
    withdrawn = services.consent.record_consent(budi.id, given_on=TODAY, purposes=[SERVICE])
    services.consent.withdraw(withdrawn.id, withdrawn_on=TODAY, reason="pindah")
    services.people.delete_person(dewi.id)  # no longer listed, nor counted

    flagged = services.people.search("", filters=PeopleFilter(without_consent=True))
    assert [row.name for row in flagged] == ["Budi", "Citra"]
    assert services.consent.without_consent_count() == 2
    narrowed = services.people.search("cit", filters=PeopleFilter(without_consent=True))
    assert [row.name for row in narrowed] == ["Citra"]

    # A merge moves the consent to the kept record: the survivor is no longer flagged.
    services.people.merge_people(citra.id, ani.id, "data ganda")
    flagged = services.people.search("", filters=PeopleFilter(without_consent=True))
    assert [row.name for row in flagged] == ["Budi"]
    assert services.consent.has_consent(citra.id)


def test_the_flag_follows_consents_written_without_the_services(
    services: Services, store: Store
) -> None:
    """The list's flag is kept by the store's triggers, so a consent that arrives by sync
    or a bulk insert clears it just as one recorded through the service."""
    from desmig_desktop.store.changes import insert_rows

    eka, _ = services.people.add_person(name="Eka", sex="L")
    with store.write("sync") as session:
        insert_rows(
            session,
            Consent,
            [
                {
                    "centre_id": services.actor.centre_id,
                    "person_id": eka.id,
                    "given_on": TODAY,
                    "recorded_by": "petugas",
                    "given_by": "sendiri",
                    "scope": "layanan",
                }
            ],
        )
    assert services.people.search("", filters=PeopleFilter(without_consent=True)) == []
    assert services.consent.without_consent_count() == 0


def test_export_carries_consents_and_erasure_empties_their_identifying_content(
    services: Services, store: Store
) -> None:
    siti, _ = services.people.add_person(name="Siti Aminah", sex="P", nik=NIK)
    paths.attachments_dir().mkdir(parents=True, exist_ok=True)
    scan = paths.attachments_dir() / "persetujuan-siti.jpg"
    scan.write_bytes(b"\xff\xd8 signed form")
    consent = services.consent.record_consent(
        siti.id,
        given_on=TODAY - timedelta(days=30),
        purposes=[SERVICE, STATISTICS],
        given_by=ConsentGiver.SPOUSE.value,
        giver_name="Ahmad Fauzi",
        attachment=scan.name,
    )
    services.consent.withdraw(consent.id, withdrawn_on=TODAY, reason="Takut majikan tahu")

    export = PrivacyService(store, services.actor).export_person(NIK)
    [row] = export.records["consent"]
    assert row["giver_name"] == "Ahmad Fauzi" and row["attachment"] == scan.name
    assert any(line["tabel"] == "consent" for line in export.history)

    result = ErasureService(store, services.actor).erase_person(NIK, "permintaan ybs")
    assert result.files == 1 and not scan.exists()
    with store.read() as session:
        erased = session.get(Consent, consent.id)
        texts = [
            e.changes + (e.previous or "")
            for e in session.exec(select(ChangeEntry).where(ChangeEntry.row_id == consent.id))
        ]
    assert erased is not None
    assert erased.giver_name == "[dihapus]" and erased.withdrawn_reason == "[dihapus]"
    assert erased.attachment is None
    # What the law lets the centre keep: that consent was given, for what, and withdrawn.
    assert erased.scope == "layanan,statistik" and erased.withdrawn_on == TODAY
    assert not any("Ahmad Fauzi" in t or "majikan" in t or scan.name in t for t in texts)


def test_upgrade_from_0008_lists_everyone_as_without_consent(data_dir: Path) -> None:
    from tests.test_migrations import _old_store

    # Two people at 0001 (test_migrations writes them as that schema did), taken to 0008.
    path = paths.store_path()
    facts = _old_store(path)
    engine = make_engine(path)
    migrate.upgrade(engine, "0008")
    engine.dispose()
    assert schema_revision(path) == "0008"

    with Store.open(path) as upgraded:
        assert schema_revision(path) == SCHEMA_HEAD
        services = Services(upgraded, login(upgraded, "admin", "rahasia-admin-1"))
        assert services.consent.without_consent_count() == 2
        services.consent.record_consent(facts["person_id"], given_on=TODAY, purposes=[SERVICE])  # type: ignore[arg-type]
        flagged = services.people.search("", filters=PeopleFilter(without_consent=True))
        assert [row.name for row in flagged] == ["Mohammad Ridwan"]
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA foreign_key_check").fetchall() == []
    copy.close()
