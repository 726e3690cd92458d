"""Perlindungan: cases, their status path, referrals and follow-ups."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlmodel import select

from desmig_desktop.domain import CaseFollowUp, CaseReferral, ProtectionCase
from desmig_desktop.domain.enums import CaseStatus, RedFlag
from desmig_desktop.services import Services, ValidationFailed
from desmig_desktop.services.protection import red_flags_of
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


def person(services: Services, name: str = "Sri Wahyuni") -> uuid.UUID:
    return services.people.add_person(name=name, sex="P", birth_date=date(1990, 5, 5))[0].id


def open_case(services: Services, name: str = "Sri Wahyuni", **fields: object) -> ProtectionCase:
    values: dict[str, object] = {"case_type": "gaji_tidak_dibayar", "reported_on": date(2024, 3, 1)}
    values.update(fields)
    return services.protection.open_case(person(services, name), **values)


def test_open_case_with_red_flags(services: Services, store: Store) -> None:
    case = open_case(
        services, red_flags=["paspor_disita", "calo", "calo"], reported_by="Ibu korban"
    )
    stored = services.protection.case(case.id)
    assert stored.status == CaseStatus.OPEN.value
    # Stored comma-separated, once each, in the vocabulary's order.
    assert stored.red_flags == "calo,paspor_disita"
    assert red_flags_of(stored) == [RedFlag.RECRUITER, RedFlag.CONFISCATED_PASSPORT]
    entry = changes_for(store, "protection_case", case.id)[0]
    assert entry.op == "insert" and json.loads(entry.changes)["red_flags"] == "calo,paspor_disita"


def test_unknown_case_type_or_red_flag_stores_nothing(services: Services, store: Store) -> None:
    pid = person(services)
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.open_case(
            pid, case_type="dicopet", reported_on=date(2024, 3, 1), red_flags=["calo", "dukun"]
        )
    message = excinfo.value.message
    assert "dicopet" in message and "Tanda bahaya 'dukun' tidak dikenal" in message
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.open_case(pid, case_type="tppo")
    assert "Tanggal laporan wajib diisi" in excinfo.value.message
    assert count(store, ProtectionCase) == 0


def test_case_cannot_point_at_another_persons_journey(services: Services) -> None:
    other = services.migration.register_episode(person(services, "Orang Lain"))
    with pytest.raises(ValidationFailed) as excinfo:
        open_case(services, episode_id=other.id)
    assert "milik orang lain" in excinfo.value.message


def test_referral_moves_an_open_case_to_referred(services: Services, store: Store) -> None:
    case = open_case(services)
    referral = services.protection.refer(
        case.id, "bp3mi", date(2024, 3, 4), reference_no="B-17/2024"
    )
    assert services.protection.case(case.id).status == CaseStatus.REFERRED.value
    assert [r.partner for r in services.protection.referrals(case.id)] == ["bp3mi"]
    assert changes_for(store, "case_referral", referral.id)[0].op == "insert"
    assert (
        json.loads(changes_for(store, "protection_case", case.id)[-1].changes)["status"]
        == "dirujuk"
    )

    services.protection.set_status(case.id, "ditangani")
    services.protection.refer(case.id, "kbri_kjri", date(2024, 3, 10))  # a second partner
    assert services.protection.case(case.id).status == CaseStatus.IN_PROGRESS.value
    services.protection.update_referral(referral.id, outcome="Gaji dibayar sebagian")
    assert services.protection.referrals(case.id)[0].outcome == "Gaji dibayar sebagian"


def test_referral_rules(services: Services, store: Store) -> None:
    case = open_case(services)
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.refer(case.id, "lainnya", date(2024, 3, 4))
    assert "tulis nama lembaganya" in excinfo.value.message
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.refer(case.id, "bp3mi", date(2024, 2, 1))
    assert "sebelum kasus dilaporkan" in excinfo.value.message
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.set_status(case.id, "dirujuk")
    assert "Rujuk" in excinfo.value.message
    assert count(store, CaseReferral) == 0
    assert services.protection.case(case.id).status == CaseStatus.OPEN.value

    services.protection.set_status(case.id, "selesai")
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.refer(case.id, "bp3mi", date(2024, 3, 4))
    assert "tidak bisa dirujuk lagi" in excinfo.value.message


def test_status_path_and_closing(services: Services, store: Store) -> None:
    case = open_case(services)
    services.protection.set_status(case.id, "ditangani")
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.set_status(case.id, "dibuka")
    assert "tidak bisa mundur" in excinfo.value.message
    services.protection.set_status(case.id, "selesai")
    services.protection.set_status(case.id, "ditangani")  # the problem came back
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.set_status(case.id, "ditutup", on=date(2024, 2, 1))
    assert "sebelum kasus dilaporkan" in excinfo.value.message
    services.protection.set_status(case.id, "ditutup", on=date(2024, 4, 30))
    stored = services.protection.case(case.id)
    assert (stored.status, stored.closed_on) == ("ditutup", date(2024, 4, 30))
    assert (
        json.loads(changes_for(store, "protection_case", case.id)[-1].changes)["closed_on"]
        == "2024-04-30"
    )

    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.set_status(case.id, "ditangani")
    assert "sudah ditutup (30-04-2024)" in excinfo.value.message
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.update_case(case.id, status="dibuka")
    assert "Ubah status" in excinfo.value.message


def test_update_case_red_flags(services: Services) -> None:
    case = open_case(services, red_flags="calo")
    services.protection.update_case(
        case.id, red_flags=["jeratan_utang"], description="Utang ke sponsor"
    )
    stored = services.protection.case(case.id)
    assert stored.red_flags == "jeratan_utang" and stored.description == "Utang ke sponsor"
    services.protection.update_case(case.id, description="lagi")
    assert (
        services.protection.case(case.id).red_flags == "jeratan_utang"
    )  # untouched when not given


def test_follow_ups_due(services: Services, store: Store) -> None:
    first = open_case(services, "Ani")
    second = open_case(services, "Budi")
    overdue = services.protection.add_follow_up(first.id, "Telepon keluarga", date(2024, 3, 5))
    today_item = services.protection.add_follow_up(
        second.id, "Kirim surat ke BP3MI", date(2024, 3, 10)
    )
    services.protection.add_follow_up(first.id, "Kunjungan rumah", date(2024, 3, 20))  # not yet due
    done = services.protection.add_follow_up(second.id, "Sudah dikerjakan", date(2024, 3, 1))
    services.protection.mark_done(done.id, done_on=date(2024, 3, 2), notes="Beres")

    due = services.protection.follow_ups_due(date(2024, 3, 10))
    assert [(d.person_name, d.action, d.days_overdue) for d in due] == [
        ("Ani", "Telepon keluarga", 5),
        ("Budi", "Kirim surat ke BP3MI", 0),
    ]
    assert changes_for(store, "case_follow_up", done.id)[-1].op == "update"

    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.mark_done(done.id)
    assert "sudah selesai pada 02-03-2024" in excinfo.value.message

    # Closing a case drops its follow-ups from the list.
    services.protection.set_status(first.id, "ditutup", on=date(2024, 3, 9))
    assert [d.follow_up_id for d in services.protection.follow_ups_due(date(2024, 3, 10))] == [
        today_item.id
    ]
    assert overdue.id in [f.id for f in services.protection.follow_ups(first.id)]
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.add_follow_up(first.id, "Lagi", date(2024, 4, 1))
    assert "sudah ditutup tidak diberi tindak lanjut" in excinfo.value.message


def test_follow_up_needs_action_and_date(services: Services, store: Store) -> None:
    case = open_case(services)
    with pytest.raises(ValidationFailed) as excinfo:
        services.protection.add_follow_up(case.id, "  ", date(2024, 3, 5))
    assert "Tindakan wajib diisi" in excinfo.value.message
    with pytest.raises(ValidationFailed):
        services.protection.add_follow_up(case.id, "Telepon", None)  # type: ignore[arg-type]
    assert count(store, CaseFollowUp) == 0
