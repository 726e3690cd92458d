"""The monthly report: figures against a store written by hand with known counts, the
PDF's extracted text, the workbook's cells, roles, and the command line."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desmig_desktop.cli import main
from desmig_desktop.domain import (
    Consultation,
    Cooperative,
    CoopLoan,
    CoopMember,
    DocumentItem,
    Enterprise,
    EnterpriseReport,
    Household,
    InfoSession,
    InfoSessionParticipant,
    LoanRepayment,
    MigrationEpisode,
    ParentingAttendance,
    ParentingChild,
    ParentingSession,
    Person,
    ProtectionCase,
    SavingsEntry,
)
from desmig_desktop.domain.enums import Role
from desmig_desktop.reports import ReportService, write_report
from desmig_desktop.services import PermissionDenied, Services, ValidationFailed, login
from desmig_desktop.store.changes import insert_rows
from desmig_desktop.store.db import Store

MONTH = "2026-03"


def _add(store: Store, centre: uuid.UUID, model: Any, *rows: dict[str, Any]) -> list[uuid.UUID]:
    with store.write("admin") as session:
        return insert_rows(session, model, [{"centre_id": centre, **row} for row in rows])


@pytest.fixture
def known(services: Services, store: Store) -> Services:
    """A centre whose March 2026 is known figure by figure (and February and April around
    it, which must not count)."""
    c = services.actor.centre_id
    home = _add(store, c, Household, {"no_kk": "3301020101080001", "dusun": "Krajan"})[0]
    people = _add(
        store,
        c,
        Person,
        *[{"name": f"Orang {i}", "sex": "P", "household_id": home} for i in range(8)],
    )
    a, b, c3, d, e, f, child1, child2 = people
    sessions = _add(
        store,
        c,
        InfoSession,
        {"held_on": date(2026, 3, 5), "topic": "Migrasi aman", "participants_count": 10},
        {"held_on": date(2026, 3, 20), "topic": "Bahaya calo", "participants_count": 5},
        {"held_on": date(2026, 2, 27), "topic": "Februari", "participants_count": 40},
    )
    _add(
        store,
        c,
        InfoSessionParticipant,
        {"session_id": sessions[0], "person_id": a},
        {"session_id": sessions[1], "person_id": b},
        {"session_id": sessions[2], "person_id": f},
    )
    _add(
        store,
        c,
        Consultation,
        {"person_id": a, "held_on": date(2026, 3, 6), "topic": "Paspor"},
        {"person_id": c3, "held_on": date(2026, 3, 7), "topic": "Visa"},
        {"person_id": c3, "held_on": date(2026, 3, 8), "topic": "Visa lagi"},
        {"person_id": d, "held_on": date(2026, 4, 1), "topic": "April"},
    )
    episodes = _add(
        store,
        c,
        MigrationEpisode,
        {"person_id": a, "stage": "pendaftaran", "registered_on": date(2026, 3, 2)},
        {"person_id": b, "stage": "pendaftaran", "registered_on": date(2026, 3, 30)},
        {
            "person_id": c3,
            "stage": "bekerja",
            "registered_on": date(2025, 6, 1),
            "departure_date": date(2026, 3, 10),
        },
        {
            "person_id": d,
            "stage": "berangkat",
            "procedural": False,
            "non_procedural_reason": "Visa turis",
            "registered_on": date(2025, 7, 1),
            "departure_date": date(2026, 3, 11),
        },
        {
            "person_id": e,
            "stage": "pulang",
            "registered_on": date(2023, 1, 1),
            "departure_date": date(2024, 1, 1),
            "return_date": date(2026, 3, 15),
            "return_reason": "kontrak_berakhir",
        },
        {
            "person_id": f,
            "stage": "pulang",
            "registered_on": date(2023, 1, 1),
            "departure_date": date(2024, 1, 1),
            "return_date": date(2026, 3, 31),
            "return_reason": "kekerasan",
        },
        {
            "person_id": f,
            "stage": "batal",
            "registered_on": date(2025, 1, 1),
            "departure_date": date(2026, 3, 12),
        },
    )
    _add(
        store,
        c,
        DocumentItem,
        {"episode_id": episodes[0], "doc_type": "ktp", "status": "diproses"},
    )
    _add(
        store,
        c,
        ProtectionCase,
        {"person_id": f, "case_type": "kekerasan_majikan", "status": "dibuka", "reported_on": date(2026, 3, 16)},
        {"person_id": e, "case_type": "gaji_tidak_dibayar", "status": "ditutup", "reported_on": date(2026, 1, 3), "closed_on": date(2026, 3, 18)},
        {"person_id": d, "case_type": "gaji_tidak_dibayar", "status": "ditangani", "reported_on": date(2026, 2, 3)},
        {"person_id": a, "case_type": "sakit", "status": "dibuka", "reported_on": date(2026, 4, 2)},
    )  # fmt: skip
    firms = _add(
        store,
        c,
        Enterprise,
        {"name": "Keripik", "owner_id": e, "sector": "makanan_minuman", "capital_source": "remitansi", "status": "aktif", "started_on": date(2026, 3, 1)},
        {"name": "Batik", "owner_id": f, "sector": "kerajinan", "capital_source": "tabungan_sendiri", "status": "aktif", "started_on": date(2025, 5, 1)},
        {"name": "Warung", "owner_id": b, "sector": "perdagangan", "capital_source": "remitansi", "status": "tutup", "started_on": date(2024, 5, 1)},
    )  # fmt: skip
    _add(
        store,
        c,
        EnterpriseReport,
        {"enterprise_id": firms[0], "period": "2026-03", "revenue": 1_500_000, "workers": 2},
        {"enterprise_id": firms[1], "period": "2026-03", "revenue": 2_250_000, "workers": 3},
        {"enterprise_id": firms[1], "period": "2026-02", "revenue": 9_000_000, "workers": 3},
    )
    kids = _add(
        store,
        c,
        ParentingChild,
        {"child_id": child1, "parent_abroad": "ibu", "enrolled_on": date(2025, 9, 1)},
        {"child_id": child2, "parent_abroad": "ayah", "enrolled_on": date(2026, 3, 3)},
    )
    lessons = _add(
        store,
        c,
        ParentingSession,
        {"held_on": date(2026, 3, 9), "kind": "kegiatan_anak", "topic": "Membaca"},
        {"held_on": date(2026, 3, 23), "kind": "kegiatan_anak", "topic": "Berhitung"},
    )
    _add(
        store,
        c,
        ParentingAttendance,
        {"session_id": lessons[0], "child_id": kids[0], "present": True},
        {"session_id": lessons[0], "child_id": kids[1], "present": False},
        {"session_id": lessons[1], "child_id": kids[0], "present": True},
        {"session_id": lessons[1], "child_id": kids[1], "present": True},
    )
    # A later mark corrects the first session's absence: 4 of 4 present.
    _add(
        store,
        c,
        ParentingAttendance,
        {"session_id": lessons[0], "child_id": kids[1], "present": True},
    )
    coop = _add(store, c, Cooperative, {"name": "Koperasi Desmigratif", "kind": "koperasi"})[0]
    members = _add(
        store,
        c,
        CoopMember,
        {"cooperative_id": coop, "person_id": e, "member_no": "001", "joined_on": date(2025, 1, 1)},
        {"cooperative_id": coop, "person_id": f, "member_no": "002", "joined_on": date(2026, 3, 4)},
        {"cooperative_id": coop, "person_id": b, "member_no": "003", "joined_on": date(2026, 4, 4)},
    )
    _add(
        store,
        c,
        SavingsEntry,
        {"member_id": members[0], "kind": "pokok", "direction": "setor", "amount": 100_000, "entry_date": date(2025, 1, 1)},
        {"member_id": members[0], "kind": "sukarela", "direction": "setor", "amount": 500_000, "entry_date": date(2026, 3, 5)},
        {"member_id": members[0], "kind": "sukarela", "direction": "tarik", "amount": 200_000, "entry_date": date(2026, 3, 25)},
        {"member_id": members[1], "kind": "pokok", "direction": "setor", "amount": 100_000, "entry_date": date(2026, 4, 5)},
    )  # fmt: skip
    # 1,200,000 over 12 months at 1% a month flat: 12 x (100,000 + 12,000) = 1,344,000.
    loans = _add(
        store,
        c,
        CoopLoan,
        {"member_id": members[0], "principal": 1_200_000, "interest_rate_pct": 1.0, "term_months": 12, "disbursed_on": date(2025, 12, 10), "status": "berjalan"},
    )  # fmt: skip
    _add(
        store,
        c,
        LoanRepayment,
        {"loan_id": loans[0], "paid_on": date(2026, 1, 10), "principal_amount": 100_000, "interest_amount": 12_000},
        {"loan_id": loans[0], "paid_on": date(2026, 3, 12), "principal_amount": 100_000, "interest_amount": 12_000},
    )  # fmt: skip
    return services


def test_figures_of_a_known_month(known: Services) -> None:
    report = ReportService(known.store, known.actor).monthly(MONTH)
    assert report.month_label == "Maret 2026"
    assert "Kesugihan" in report.place and "Cilacap" in report.place
    migration = report.section("migration")
    assert migration.value("info_sessions") == 2
    assert migration.value("info_participants") == 15
    assert migration.value("consultations") == 3
    assert migration.value("served") == 3  # a (session and consultation), b, c3
    assert migration.value("registered") == 2
    assert migration.value("departures") == 2  # the cancelled journey does not count
    assert migration.value("departures_procedural") == 1
    assert migration.value("departures_non_procedural") == 1
    assert migration.value("returns") == 2
    assert migration.value("documents_verified") == 0
    assert dict(migration.breakdown("returns_by_reason").rows) == {
        "Kontrak berakhir": 1,
        "Mengalami kekerasan": 1,
    }
    protection = report.section("protection")
    assert protection.value("cases_opened") == 1
    assert protection.value("cases_closed") == 1
    assert protection.value("cases_open") == 2  # March's and February's, not April's
    assert set(protection.breakdown("cases_by_type").rows) == {
        ("Gaji tidak dibayar", 0, 1),
        ("Kekerasan oleh majikan", 1, 0),
    }
    enterprise = report.section("enterprise")
    assert enterprise.value("enterprises_active") == 2
    assert enterprise.value("enterprises_new") == 1
    assert enterprise.value("revenue") == 3_750_000
    assert enterprise.value("workers") == 5
    parenting = report.section("parenting")
    assert parenting.value("children") == 2
    assert parenting.value("children_new") == 1
    assert parenting.value("sessions") == 2
    assert parenting.value("attendance_marks") == 4
    assert parenting.value("attendance_rate") == 100.0
    coop = report.section("cooperative")
    assert coop.value("members") == 2
    assert coop.value("members_new") == 1
    assert coop.value("savings_balance") == 400_000
    assert coop.value("savings_net") == 300_000
    assert coop.value("loans_outstanding") == 1_344_000 - 224_000
    assert coop.value("repayments") == 112_000
    # Due by 31 March: January, February, March (3 x 112,000); paid 224,000.
    assert coop.value("arrears") == 1
    assert coop.value("arrears_amount") == 112_000
    assert dict((m, (d, r)) for m, d, r in report.trend)["2026-03"] == (2, 2)
    assert [m for m, _, _ in report.trend][0] == "2025-04"


def test_pdf_text_and_workbook_cells(known: Services, tmp_path: Path) -> None:
    report = ReportService(known.store, known.actor).monthly(MONTH)
    pdf = write_report(report, "pdf", tmp_path / "laporan.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in (
        "LAPORAN BULANAN DESA MIGRAN PRODUKTIF",
        "Bulan laporan: Maret 2026",
        "Pusat Layanan Desmigratif Uji",
        "Desa Kesugihan",
        "Keberangkatan nonprosedural",
        "Omzet usaha (Rp)",
        "3.750.000",
        "Kekerasan oleh majikan",
        "Keberangkatan dan kepulangan, 12 bulan terakhir",
        "Dibuat oleh admin",
    ):
        assert expected in text, expected

    xlsx = write_report(report, "xlsx", tmp_path / "laporan.xlsx")
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames == [
        "Ringkasan",
        "Layanan Migrasi",
        "Perlindungan",
        "Usaha Produktif",
        "Parenting",
        "Koperasi",
    ]

    def cells(sheet: str) -> dict[str, Any]:
        return {row[0]: row[1] for row in book[sheet].iter_rows(values_only=True) if row and row[0]}

    assert cells("Ringkasan")["Keberangkatan"] == 2
    assert cells("Layanan Migrasi")["Keberangkatan prosedural"] == 1
    assert cells("Usaha Produktif")["Omzet usaha (Rp)"] == 3_750_000
    assert cells("Parenting")["Tingkat kehadiran (%)"] == 100.0
    assert cells("Koperasi")["Saldo simpanan (Rp)"] == 400_000
    assert cells("Layanan Migrasi")["Mengalami kekerasan"] == 1


def test_officers_cannot_run_reports_and_a_bad_month_is_explained(
    services: Services, store: Store
) -> None:
    services.accounts.add_user(
        username="petugas",
        full_name="Petugas",
        role=Role.OFFICER.value,
        password="rahasia-petugas-1",
    )
    officer = login(store, "petugas", "rahasia-petugas-1")
    with pytest.raises(PermissionDenied):
        ReportService(store, officer).monthly(MONTH)
    with pytest.raises(ValidationFailed) as refused:
        ReportService(store, services.actor).monthly("Maret")
    assert "2026-11" in str(refused.value)


def test_command_line_writes_both_formats(
    known: Services,
    store: Store,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    password = tmp_path / "pw"
    password.write_text("rahasia-admin-1\n", encoding="utf-8")
    base = ["--data-dir", str(data_dir), "--user", "admin", "--password-file", str(password)]
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"laporan.{fmt}"
        code = main([*base, "report", "--month", MONTH, "--format", fmt, "--out", str(out)])
        assert code == 0, capsys.readouterr()
        assert out.stat().st_size > 1000
        assert not list(tmp_path.glob("*.partial"))
    assert (
        main(
            [
                *base,
                "report",
                "--month",
                "2026-13",
                "--format",
                "pdf",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )
    assert "2026-13" in capsys.readouterr().err
    missing = tmp_path / "no-such-folder" / "x.pdf"
    assert main([*base, "report", "--month", MONTH, "--format", "pdf", "--out", str(missing)]) == 2
    assert "no-such-folder" in capsys.readouterr().err


def test_report_times_are_read_in_the_centre_s_time_zone(known: Services) -> None:
    """A journey registered without a date counts in the month its record was made, in
    Western Indonesian time: 31 March 20:00 UTC is already 1 April there."""
    c = known.actor.centre_id
    person = known.people.search("")[0].id
    store = known.store
    with store.write("admin") as session:
        ids = insert_rows(
            session,
            MigrationEpisode,
            [{"centre_id": c, "person_id": person, "stage": "pendaftaran"}],
        )
        episode = session.get(MigrationEpisode, ids[0])
        assert episode is not None
        episode.created_at = datetime(2026, 3, 31, 20, 0, tzinfo=UTC)
    report = ReportService(store, known.actor).monthly("2026-04")
    assert report.section("migration").value("registered") == 1
