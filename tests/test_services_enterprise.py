"""Usaha Produktif: businesses, monthly reports (one per month), trainings."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlmodel import select

from desmig_desktop.domain import Enterprise, EnterpriseReport, EnterpriseTrainingParticipant
from desmig_desktop.services import Services, ValidationFailed
from desmig_desktop.services.enterprise import normalise_period
from desmig_desktop.store.db import Store
from desmig_desktop.store.local import ChangeEntry


def changes_for(store: Store, table: str, row_id: uuid.UUID) -> list[ChangeEntry]:
    with store.read() as session:
        statement = select(ChangeEntry).where(
            ChangeEntry.table_name == table, ChangeEntry.row_id == row_id
        )
        return list(session.exec(statement.order_by(ChangeEntry.seq)))


def count(store: Store, model: type) -> int:
    with store.read() as session:
        return len(session.exec(select(model)).all())


def owner(services: Services, name: str = "Pak Darmo") -> uuid.UUID:
    household = services.people.add_household(address="Dusun Krajan")
    return services.people.add_person(name=name, sex="L", household_id=household.id)[0].id


def business(services: Services, **fields: object) -> Enterprise:
    values: dict[str, object] = {
        "name": "Keripik Singkong Bu Sri",
        "sector": "makanan_minuman",
        "capital_source": "remitansi",
    }
    values.update(fields)
    return services.enterprise.add_enterprise(owner(services), **values)


def test_add_enterprise_funded_by_remittance(services: Services, store: Store) -> None:
    pid = owner(services)
    enterprise = services.enterprise.add_enterprise(
        pid, name="Ternak Kambing", sector="peternakan", capital_source="remitansi", exports=False
    )
    stored = services.enterprise.enterprise(enterprise.id)
    assert (stored.capital_source, stored.status) == ("remitansi", "aktif")
    # The owner's household is taken when none is given.
    assert stored.household_id == services.people.person(pid).household_id is not None
    assert changes_for(store, "enterprise", enterprise.id)[0].op == "insert"


def test_enterprise_refusals_store_nothing(services: Services, store: Store) -> None:
    pid = owner(services)
    with pytest.raises(ValidationFailed) as excinfo:
        services.enterprise.add_enterprise(
            pid, name="", sector="tambang", capital_source="remitansi"
        )
    message = excinfo.value.message
    assert "Nama usaha wajib diisi" in message and "'tambang' bukan pilihan" in message
    with pytest.raises(ValidationFailed) as excinfo:
        services.enterprise.add_enterprise(
            pid, name="Warung", sector="perdagangan", capital_source="remitansi", exports="ya"
        )
    assert "ya atau tidak" in excinfo.value.message
    assert count(store, Enterprise) == 0


def test_update_enterprise_status(services: Services, store: Store) -> None:
    enterprise = business(services)
    services.enterprise.update_enterprise(enterprise.id, status="berhenti_sementara")
    assert services.enterprise.enterprises(status="berhenti_sementara")[0].id == enterprise.id
    assert (
        json.loads(changes_for(store, "enterprise", enterprise.id)[-1].changes)["status"]
        == "berhenti_sementara"
    )
    with pytest.raises(ValidationFailed):
        services.enterprise.update_enterprise(enterprise.id, status="bangkrut")


@pytest.mark.parametrize(
    ("typed", "period"),
    [
        ("2024-07", "2024-07"),
        ("2024-7", "2024-07"),
        (" 2024/07 ", "2024-07"),
        (date(2024, 7, 19), "2024-07"),
        ("2024-13", None),
        ("07-2024", None),
        ("1924-07", None),
        ("", None),
    ],
)
def test_period_format(typed: object, period: str | None) -> None:
    assert normalise_period(typed) == period


def test_second_report_for_a_month_updates_the_first(services: Services, store: Store) -> None:
    enterprise = business(services)
    first = services.enterprise.report(enterprise.id, "2024-07", revenue=4_500_000, workers=2)
    again = services.enterprise.report(
        enterprise.id, "2024-7", revenue=5_000_000, workers=3, notes="Pesanan lebaran"
    )
    services.enterprise.report(enterprise.id, "2024-06", revenue=3_000_000, workers=2)

    assert again.id == first.id
    reports = services.enterprise.reports(enterprise.id)
    assert [(r.period, r.revenue, r.workers) for r in reports] == [
        ("2024-06", 3_000_000, 2),
        ("2024-07", 5_000_000, 3),
    ]
    assert count(store, EnterpriseReport) == 2
    entries = changes_for(store, "enterprise_report", first.id)
    assert [e.op for e in entries] == ["insert", "update"]
    assert json.loads(entries[1].changes)["revenue"] == 5_000_000


def test_report_refusals(services: Services, store: Store) -> None:
    enterprise = business(services)
    with pytest.raises(ValidationFailed) as excinfo:
        services.enterprise.report(enterprise.id, "Juli 2024", revenue=-1, workers=-2)
    message = excinfo.value.message
    assert (
        "TTTT-BB" in message
        and "Omzet tidak boleh negatif" in message
        and "Tenaga kerja tidak boleh negatif" in message
    )
    with pytest.raises(ValidationFailed) as excinfo:
        services.enterprise.report(enterprise.id, "2024-07", revenue=1500.5, workers=1)  # type: ignore[arg-type]
    assert "rupiah bulat" in excinfo.value.message
    assert count(store, EnterpriseReport) == 0


def test_training_without_double_enrolment(services: Services, store: Store) -> None:
    ani, budi = owner(services, "Ani"), owner(services, "Budi")
    training = services.enterprise.add_training(
        title="Pemasaran online", held_on=date(2024, 8, 1), person_ids=[ani, ani]
    )
    services.enterprise.enrol(training.id, budi)
    assert [p.name for p in services.enterprise.participants(training.id)] == ["Ani", "Budi"]
    with pytest.raises(ValidationFailed) as excinfo:
        services.enterprise.enrol(training.id, ani)
    assert "Ani sudah terdaftar" in excinfo.value.message
    assert count(store, EnterpriseTrainingParticipant) == 2
    assert changes_for(store, "enterprise_training", training.id)[0].op == "insert"

    services.enterprise.withdraw(training.id, budi)
    assert [p.name for p in services.enterprise.participants(training.id)] == ["Ani"]
    services.enterprise.enrol(training.id, budi)  # back after a withdrawal
    assert len(services.enterprise.participants(training.id)) == 2
