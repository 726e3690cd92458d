"""Riwayat: the history of one person from the registry, and the centre's recent changes."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from desmig_desktop.services import Services
from desmig_desktop.ui.history_page import COL_FIELD, COL_NEW, COL_OLD, COL_USER, HistoryPage
from desmig_desktop.ui.people_page import PeoplePage
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS


def cells(view, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_the_history_of_a_person_shows_who_changed_which_field_from_what_to_what(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    person, _ = services.people.add_person(name="Siti Aminah", sex="P", phone="0812345678")
    services.people.update_person(person.id, name="Siti Aminah Rahayu")
    page = PeoplePage(services, tasks)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert not page.history_button.isEnabled()
    page.table.selectRow(0)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = page.history_dialog
    assert dialog is not None
    view = dialog.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)

    fields = cells(view, COL_FIELD)
    # Newest first: the rename, with the old and the new name, by the admin.
    assert fields[0] == "Nama"
    assert cells(view, COL_OLD)[0] == "Siti Aminah"
    assert cells(view, COL_NEW)[0] == "Siti Aminah Rahayu"
    assert set(cells(view, COL_USER)) == {"admin"}
    assert "No. HP" in fields
    assert "updated at" not in " ".join(fields).lower()

    qtbot.keyClicks(view.filter_box, "345678")
    assert view.proxy.rowCount() == 1
    dialog.close()


def test_the_history_page_lists_recent_changes_without_secrets_and_exports_them(
    qtbot, services: Services, tasks: TaskManager, tmp_path: Path
) -> None:
    services.people.add_person(name="Budi Santoso", sex="L")
    page = HistoryPage(services, tasks)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    lines = view.model.rows()
    # The centre's admin account was created with a password: its hash never shows.
    assert any(line.table == "user_account" for line in lines)
    assert not any(line.field == "password_hash" for line in lines)
    assert any(line.new == "Budi Santoso" for line in lines)
    assert "perubahan kolom" in view.status.text()

    qtbot.keyClicks(view.filter_box, "budi")
    shown = view.proxy.rowCount()
    assert 0 < shown < view.model.rowCount()
    target = tmp_path / "riwayat.csv"
    with qtbot.waitSignal(view.export.exported, timeout=WAIT_MS):
        view.export.export_to(target)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][1] == "Petugas"
    assert len(rows) == shown + 1
    assert "tidak dilindungi" in view.notice.text()


def test_an_excel_export_holds_the_rows_the_list_shows(
    qtbot, services: Services, tasks: TaskManager, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    services.people.add_person(name="Budi Santoso", sex="L")
    page = HistoryPage(services, tasks)
    qtbot.addWidget(page)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.keyClicks(view.filter_box, "Budi Santoso")
    target = tmp_path / "riwayat.xlsx"
    with qtbot.waitSignal(view.export.exported, timeout=WAIT_MS):
        view.export.export_to(target)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Waktu", "Petugas")
    assert len(rows) == view.proxy.rowCount() + 1
    assert any("Budi Santoso" in (cell or "") for row in rows[1:] for cell in row)
