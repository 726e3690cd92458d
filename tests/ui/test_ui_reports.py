"""Laporan page: a month's figures shown, saved as PDF and Excel, refused to officers."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from desmig_desktop.domain.enums import Role
from desmig_desktop.services import Services, login
from desmig_desktop.ui.report_page import ReportPage
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS


def test_a_month_is_shown_then_saved_as_pdf_and_excel(
    qtbot: QtBot, services: Services, tasks: TaskManager, tmp_path: Path
) -> None:
    page = ReportPage(services, tasks)
    qtbot.addWidget(page)
    page.month.setDate(QDate(2026, 3, 1))
    assert not page.pdf_button.isEnabled()
    with qtbot.waitSignal(page.reportShown, timeout=WAIT_MS):
        page.show_button.click()
    text = page.preview.toPlainText()
    assert "Maret 2026" in text
    assert "Pilar 1: Layanan Migrasi" in text and "Keberangkatan" in text
    assert page.pdf_button.isEnabled() and page.print_button.isEnabled()

    with qtbot.waitSignal(page.saved, timeout=WAIT_MS) as saved:
        page.save_to(tmp_path / "laporan.pdf", "pdf")
    assert "Maret 2026" in PdfReader(saved.args[0]).pages[0].extract_text()
    assert "tidak dilindungi" in page.notice.text()
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS) as saved:
        page.save_to(tmp_path / "laporan.xlsx", "xlsx")
    assert load_workbook(saved.args[0]).sheetnames[0] == "Ringkasan"


def test_an_officer_is_told_reports_are_for_supervisors(
    qtbot: QtBot, services: Services, tasks: TaskManager
) -> None:
    services.accounts.add_user(
        username="petugas", role=Role.OFFICER.value, password="rahasia-petugas-1"
    )
    officer = Services(services.store, login(services.store, "petugas", "rahasia-petugas-1"))
    page = ReportPage(officer, tasks)
    qtbot.addWidget(page)
    page.show_button.click()
    qtbot.waitUntil(lambda: page.notice.severity == "error", timeout=WAIT_MS)
    assert "pengawas" in page.notice.text()
    assert not page.pdf_button.isEnabled()
