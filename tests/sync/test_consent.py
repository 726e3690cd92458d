"""A consent recorded on one laptop, and its withdrawal, reach the server and the centre's
other laptop; the server refuses a consent that breaks the rules or is deleted."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desmig_desktop.domain import Consent
from desmig_desktop.domain.enums import ConsentGiver, ConsentPurpose
from desmig_desktop.services.people import PeopleFilter
from desmig_desktop.store.changes import insert_rows

from .conftest import ServerProcess, assert_exactly_once

TODAY = date.today()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_consent_and_its_withdrawal_sync_to_the_other_laptop(
    backend: str, start_server, laptops, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server(backend)
    a = laptops(server, "a", code=server.code)  # type: ignore[attr-defined]
    b = laptops(server, "b")
    rizki, _ = a.services.people.add_person(name="Rizki Pratama", sex="L")
    consent = a.services.consent.record_consent(
        rizki.id,
        given_on=TODAY - timedelta(days=2),
        purposes=[ConsentPurpose.SERVICE.value, ConsentPurpose.GOVERNMENT.value],
        given_by=ConsentGiver.PARENT.value,
        giver_name="Sutrisno",
    )
    assert a.sync().complete and b.sync().complete

    [copy] = b.services.consent.consents_of(rizki.id)
    assert (copy.id, copy.giver_name, copy.scope, copy.recorded_by) == (
        consent.id,
        "Sutrisno",
        "layanan,instansi",
        "admin",
    )
    assert b.services.consent.without_consent_count() == 0
    [record] = server.query("SELECT data FROM record WHERE table_name = 'consent'")
    assert json.loads(record[0])["given_by"] == "orang_tua"

    b.services.consent.withdraw(consent.id, withdrawn_on=TODAY, reason="Orang tua menarik izin")
    assert b.sync().complete and a.sync().complete
    [withdrawn] = a.services.consent.consents_of(rizki.id)
    assert (
        withdrawn.withdrawn_on == TODAY and withdrawn.withdrawn_reason == "Orang tua menarik izin"
    )
    # The flag follows on the laptop that did not record the withdrawal.
    flagged = a.services.people.search("", filters=PeopleFilter(without_consent=True))
    assert [row.id for row in flagged] == [rizki.id]
    for laptop in (a, b):
        assert_exactly_once(server, laptop)
    assert a.export(tmp_path) == b.export(tmp_path)


def test_the_server_refuses_a_consent_that_breaks_the_rules_or_is_deleted(
    start_server, laptops
) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server()
    a = laptops(server, "a", code=server.code)  # type: ignore[attr-defined]
    dewi, _ = a.services.people.add_person(name="Dewi Lestari", sex="P")
    kept = a.services.consent.record_consent(
        dewi.id, given_on=TODAY, purposes=[ConsentPurpose.SERVICE.value]
    )
    # Written past the service, as a faulty or older laptop might: a guardian's consent
    # without the guardian's name.
    with a.store.write("admin") as session:
        [nameless] = insert_rows(
            session,
            Consent,
            [
                {
                    "centre_id": a.services.actor.centre_id,
                    "person_id": dewi.id,
                    "given_on": TODAY,
                    "recorded_by": "admin",
                    "given_by": ConsentGiver.GUARDIAN.value,
                    "scope": ConsentPurpose.SERVICE.value,
                }
            ],
        )
    with a.store.write("admin") as session:
        record = session.get(Consent, kept.id)
        assert record is not None
        a.services.consent.remove(session, record)
    a.sync()

    reasons = [row[0] for row in server.query("SELECT reason FROM rejected_change")]
    assert len(reasons) == 2
    assert any("consent.giver_name_required" in r and "guardian" in r for r in reasons)
    assert any("never deleted" in r for r in reasons)
    rows = server.query("SELECT row_id, deleted FROM record WHERE table_name = 'consent'")
    assert [(str(row[0]).replace("-", ""), bool(row[1])) for row in rows] == [(kept.id.hex, False)]
    assert nameless not in {row[0] for row in rows}
