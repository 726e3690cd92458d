"""Letters: filled from the record under the village's letterhead, printed to PDF."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desmig_desktop.domain import (
    CaseReferral,
    Cooperative,
    CoopMember,
    Household,
    MigrationEpisode,
    Person,
    ProtectionCase,
)
from desmig_desktop.domain.enums import Role
from desmig_desktop.reports.letters import LetterService, write_letter_pdf
from desmig_desktop.services import PermissionDenied, Services, ValidationFailed, login
from desmig_desktop.store.changes import insert_rows
from desmig_desktop.store.db import Store

TODAY = date(2026, 11, 28)


def _add(store: Store, centre: uuid.UUID, model: Any, **row: Any) -> uuid.UUID:
    with store.write("admin") as session:
        return insert_rows(session, model, [{"centre_id": centre, **row}])[0]


@pytest.fixture
def letters(services: Services, store: Store) -> LetterService:
    service = LetterService(store, services.actor)
    service.set_letterhead(
        centre_name="Pusat Layanan Desmigratif Kesugihan",
        address="Jl. Raya Kesugihan No. 1, Cilacap",
        head_of_village="Slamet Riyadi",
    )
    return service


@pytest.fixture
def siti(services: Services, store: Store) -> dict[str, uuid.UUID]:
    c = services.actor.centre_id
    home = _add(
        store,
        c,
        Household,
        no_kk="3301020101080001",
        address="Jl. Melati 5",
        dusun="Krajan",
        rt="001",
        rw="002",
    )
    person = _add(
        store,
        c,
        Person,
        name="Siti Aminah",
        sex="P",
        nik="3301024507950001",
        birth_place="Cilacap",
        birth_date=date(1995, 7, 5),
        household_id=home,
    )
    episode = _add(
        store,
        c,
        MigrationEpisode,
        person_id=person,
        stage="seleksi",
        destination_country="Taiwan",
        job_title="Perawat lansia",
        sector="Domestik",
        placement_agency="PT Maju Bersama",
    )
    case = _add(
        store,
        c,
        ProtectionCase,
        person_id=person,
        episode_id=episode,
        case_type="gaji_tidak_dibayar",
        status="dirujuk",
        reported_on=date(2026, 10, 2),
        red_flags="calo",
        description="Gaji tiga bulan belum dibayar.",
    )
    referral = _add(
        store,
        c,
        CaseReferral,
        case_id=case,
        partner="bp3mi",
        partner_detail="BP3MI Jawa Tengah",
        referred_on=date(2026, 10, 3),
    )
    return {"person": person, "episode": episode, "referral": referral}  # fmt: skip


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_recommendation_letter(
    letters: LetterService, siti: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    letter = letters.recommendation(siti["episode"], today=TODAY)
    pdf = write_letter_pdf(letter, tmp_path / "rekomendasi.pdf")
    text = _pdf_text(pdf)
    for expected in (
        "PEMERINTAH KABUPATEN CILACAP",
        "KECAMATAN KESUGIHAN",
        "DESA KESUGIHAN",
        "SURAT REKOMENDASI CALON PEKERJA MIGRAN INDONESIA",
        "Nomor: ........../Desmig/XI/2026",
        "Siti Aminah",
        "3301024507950001",
        "Cilacap, 5 Juli 1995",
        "Jl. Melati 5, RT 001/RW 002, Dusun Krajan, Desa Kesugihan",
        "Taiwan",
        "Perawat lansia / Domestik",
        "PT Maju Bersama",
        "Kesugihan, 28 November 2026",
        "Kepala Desa Kesugihan",
        "Slamet Riyadi",
    ):
        assert expected in text, expected
    assert "$" not in text


def test_family_consent_is_acknowledged_by_the_village_head(
    letters: LetterService, siti: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    with pytest.raises(ValidationFailed):
        letters.family_consent(siti["episode"], consenter_name=" ", consenter_relationship="Suami")
    letter = letters.family_consent(
        siti["episode"], consenter_name="Ahmad Fauzi", consenter_relationship="Suami", today=TODAY
    )
    text = _pdf_text(write_letter_pdf(letter, tmp_path / "izin.pdf"))
    for expected in (
        "SURAT IZIN KELUARGA",
        "Ahmad Fauzi",
        "Suami",
        "Yang memberi izin",
        "Mengetahui,",
        "Slamet Riyadi",
        "Siti Aminah",
    ):
        assert expected in text, expected


def test_referral_letter(
    letters: LetterService, siti: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    text = _pdf_text(
        write_letter_pdf(letters.referral(siti["referral"], today=TODAY), tmp_path / "rujukan.pdf")
    )
    for expected in (
        "SURAT RUJUKAN",
        "BP3MI",
        "BP3MI Jawa Tengah",
        "Gaji tidak dibayar",
        "2 Oktober 2026",
        "Gaji tiga bulan belum dibayar.",
        "calo",
    ):
        assert expected in text, expected


def test_savings_statement(
    letters: LetterService, services: Services, siti: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    c = services.actor.centre_id
    coop = _add(services.store, c, Cooperative, name="Koperasi Sejahtera", kind="koperasi")
    member = _add(
        services.store,
        c,
        CoopMember,
        cooperative_id=coop,
        person_id=siti["person"],
        member_no="A-017",
        joined_on=date(2026, 1, 5),
    )
    services.cooperative.deposit(member, kind="pokok", amount=100_000, entry_date=date(2026, 1, 5))
    services.cooperative.deposit(
        member, kind="sukarela", amount=250_000, entry_date=date(2026, 2, 1)
    )
    letter = letters.savings_statement(member, today=TODAY)
    text = _pdf_text(write_letter_pdf(letter, tmp_path / "simpanan.pdf"))
    for expected in (
        "REKENING KORAN SIMPANAN ANGGOTA",
        "A-017",
        "Koperasi Sejahtera",
        "Rp 350.000",
        "Simpanan pokok",
        "Rp 100.000",
        "1 Februari 2026",
    ):
        assert expected in text, expected


def test_only_admins_change_the_letterhead(services: Services, store: Store) -> None:
    services.accounts.add_user(
        username="petugas", role=Role.OFFICER.value, password="rahasia-petugas-1"
    )
    officer = LetterService(store, login(store, "petugas", "rahasia-petugas-1"))
    with pytest.raises(PermissionDenied):
        officer.set_letterhead(centre_name="X", address=None, head_of_village=None)
    assert officer.letterhead().lines[-1] == "DESA KESUGIHAN"


def test_a_letterhead_without_a_centre_name_is_refused_in_the_officer_s_words(
    letters: LetterService,
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        letters.set_letterhead(centre_name=" ", address=None, head_of_village=None)
    assert "Nama pusat layanan" in str(refused.value)
    assert letters.letterhead().centre_name == "Pusat Layanan Desmigratif Kesugihan"
