"""Layanan Migrasi driven like an officer: register, move through stages, documents."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desmig_desktop import paths
from desmig_desktop.domain.enums import DocumentStatus, JourneyStage
from desmig_desktop.services import Services
from desmig_desktop.store.attachments import read_attachment
from desmig_desktop.ui.migration_page import (
    AMBER,
    RED,
    AdvanceDialog,
    DocumentDialog,
    DocumentsDialog,
    MigrationPage,
    RegisterJourneyDialog,
)
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS


@pytest.fixture
def page(qtbot, services: Services, tasks: TaskManager) -> MigrationPage:
    migration = MigrationPage(services, tasks)
    qtbot.addWidget(migration)
    migration.resize(1150, 650)
    migration.show()
    qtbot.waitExposed(migration)
    return migration


def adult(services: Services, name: str = "Sri Wahyuni", born: date = date(1995, 4, 2)):
    person, _ = services.people.add_person(name=name, sex="P", birth_date=born)
    return person


def select_name(qtbot, page: MigrationPage, name: str) -> None:
    def find() -> bool:
        for row in range(page.proxy.rowCount()):
            if page.proxy.row_object(row).name == name:
                page.table.selectRow(row)
                return True
        return False

    qtbot.waitUntil(find, timeout=WAIT_MS)


def open_advance(qtbot, page: MigrationPage) -> AdvanceDialog:
    qtbot.mouseClick(page.advance_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AdvanceDialog)
    return dialog


def test_registering_a_journey_with_the_person_picker(
    qtbot, services: Services, page: MigrationPage
) -> None:
    adult(services, "Sri Wahyuni")
    adult(services, "Dewi Lestari")
    qtbot.waitUntil(lambda: "Belum ada perjalanan" in page.status.text(), timeout=WAIT_MS)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RegisterJourneyDialog)
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 2, timeout=WAIT_MS)

    # Saving without picking anyone is refused under the picker.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem_text("person_id") != "", timeout=WAIT_MS)
    assert "Pilih orangnya" in dialog.problem_text("person_id")

    qtbot.keyClicks(dialog.picker.search, "dewi")
    qtbot.waitUntil(lambda: dialog.picker.value() is not None, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.inputs["destination_country"], "Taiwan")
    qtbot.keyClick(dialog.inputs["destination_country"], Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    row = page.model.row(0)
    assert row.name == "Dewi Lestari"
    assert row.episode.stage == JourneyStage.REGISTRATION
    assert row.episode.destination_country == "Taiwan"
    assert page.selected() is not None and page.selected().name == "Dewi Lestari"
    assert len(services.migration.documents(row.episode.id)) > 10


def test_departure_is_refused_inline_then_recorded_as_non_procedural_with_a_reason(
    qtbot, services: Services, page: MigrationPage
) -> None:
    person = adult(services)
    episode = services.migration.register_episode(person.id, registered_on=date(2025, 1, 5))
    page.refresh()
    select_name(qtbot, page, "Sri Wahyuni")

    dialog = open_advance(qtbot, page)
    dialog.stage.setCurrentIndex(dialog.stage.findData(JourneyStage.DEPARTED.value))
    assert dialog.non_procedural.isVisible()
    assert not dialog.reason.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem_text() != "", timeout=WAIT_MS)
    assert "belum terverifikasi" in dialog.problem_text()
    assert dialog.isVisible()
    assert services.migration.episode(episode.id).stage == JourneyStage.REGISTRATION

    # The explicit path: non-procedural, which needs a reason.
    qtbot.mouseClick(dialog.non_procedural, Qt.MouseButton.LeftButton)
    assert dialog.reason.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem_text("non_procedural_reason") != "", timeout=WAIT_MS)
    qtbot.keyClicks(dialog.reason, "Berangkat lewat calo dengan visa turis")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)

    stored = services.migration.episode(episode.id)
    assert stored.stage == JourneyStage.DEPARTED and not stored.procedural
    assert stored.non_procedural_reason == "Berangkat lewat calo dengan visa turis"
    qtbot.waitUntil(lambda: "NON-PROSEDURAL" in page.notice.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.proxy.index(0, 6).data() == "Tidak", timeout=WAIT_MS)
    assert page.proxy.index(0, 6).data(Qt.ItemDataRole.BackgroundRole).color().name() == RED

    # Return, with its reason.
    select_name(qtbot, page, "Sri Wahyuni")
    dialog = open_advance(qtbot, page)
    dialog.stage.setCurrentIndex(dialog.stage.findData(JourneyStage.RETURNED.value))
    assert dialog.return_reason.isVisible() and not dialog.non_procedural.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem_text("return_reason") != "", timeout=WAIT_MS)
    dialog.return_reason.setCurrentIndex(dialog.return_reason.findData("deportasi"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    stored = services.migration.episode(episode.id)
    assert stored.stage == JourneyStage.RETURNED and stored.return_reason == "deportasi"


def test_an_under_18_departure_is_refused_and_the_stage_filter_narrows_the_list(
    qtbot, services: Services, page: MigrationPage
) -> None:
    young = adult(services, "Ani Remaja", born=date.today() - timedelta(days=365 * 17))
    services.migration.register_episode(young.id)
    other = adult(services, "Rina Pulang")
    moved = services.migration.register_episode(other.id)
    services.migration.advance(moved.id, JourneyStage.SELECTION.value)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)

    page.stage_filter.setCurrentIndex(page.stage_filter.findData(JourneyStage.SELECTION.value))
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.row(0).name == "Rina Pulang",
        timeout=WAIT_MS,
    )
    page.stage_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.keyClicks(page.search, "remaja")
    assert page.proxy.rowCount() == 1

    select_name(qtbot, page, "Ani Remaja")
    dialog = open_advance(qtbot, page)
    dialog.stage.setCurrentIndex(dialog.stage.findData(JourneyStage.DEPARTED.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem_text() != "", timeout=WAIT_MS)
    assert "18" in dialog.problem_text() + dialog.problem_text("on")

    # Esc with something typed asks before throwing it away.
    qtbot.mouseClick(dialog.non_procedural, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.discard_box is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)


def test_the_document_checklist_warns_of_expiry_edits_and_attaches_a_scan(
    qtbot, services: Services, tasks: TaskManager, page: MigrationPage, tmp_path: Path
) -> None:
    person = adult(services)
    episode = services.migration.register_episode(person.id)
    items = {d.doc_type: d for d in services.migration.documents(episode.id)}
    today = date.today()
    services.migration.update_document(
        items["paspor"].id,
        issued_on=today - timedelta(days=1800),
        expires_on=today - timedelta(days=3),
    )
    services.migration.update_document(
        items["visa_kerja"].id,
        issued_on=today - timedelta(days=300),
        expires_on=today + timedelta(days=40),
    )
    page.refresh()
    select_name(qtbot, page, "Sri Wahyuni")
    qtbot.mouseClick(page.documents_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DocumentsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(items), timeout=WAIT_MS)

    def row_of(doc_type: str) -> int:
        return next(
            r for r in range(dialog.model.rowCount()) if dialog.model.row(r).doc_type == doc_type
        )

    def colour(doc_type: str) -> str | None:
        brush = dialog.model.index(row_of(doc_type), 4).data(Qt.ItemDataRole.BackgroundRole)
        return brush.color().name() if brush is not None else None

    assert colour("paspor") == RED
    assert colour("visa_kerja") == AMBER
    assert colour("ktp") is None
    assert "HABIS" in dialog.model.index(row_of("paspor"), 5).data()
    assert "40 hari" in dialog.model.index(row_of("visa_kerja"), 5).data()

    # Edit the KTP line: verified, with its number.
    dialog.table.selectRow(row_of("ktp"))
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert isinstance(form, DocumentDialog)
    form.inputs["status"].setCurrentIndex(form.inputs["status"].findData("terverifikasi"))
    number = form.inputs["number"]
    assert isinstance(number, QLineEdit)
    qtbot.keyClicks(number, "3301025203900001")
    qtbot.keyClick(number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form is None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: dialog.model.row(row_of("ktp")).status == DocumentStatus.VERIFIED, timeout=WAIT_MS
    )
    assert dialog.model.row(row_of("ktp")).number == "3301025203900001"

    # Attach a scan: copied under a new name into the attachments folder.
    scan = tmp_path / "foto paspor.JPG"
    scan.write_bytes(b"\xff\xd8\xff fake jpeg")
    dialog.table.selectRow(row_of("paspor"))
    assert not dialog.open_button.isEnabled()
    dialog.attach(scan)
    qtbot.waitUntil(lambda: bool(dialog.model.row(row_of("paspor")).attachment), timeout=WAIT_MS)
    name = dialog.model.row(row_of("paspor")).attachment
    assert name.startswith("paspor-") and name.endswith(".jpg")
    # Kept sealed in the data folder; the viewer gets the scan back as it was.
    assert (paths.attachments_dir() / name).read_bytes() != scan.read_bytes()
    assert read_attachment(services.store, name) == scan.read_bytes()
    dialog.table.selectRow(row_of("paspor"))
    assert dialog.open_button.isEnabled()
    assert dialog.attachment_path() == paths.attachments_dir() / name
    # A second scan of the same document gets its own name, the first file stays.
    dialog.attach(scan)
    qtbot.waitUntil(lambda: dialog.model.row(row_of("paspor")).attachment != name, timeout=WAIT_MS)
    assert (paths.attachments_dir() / name).exists()
    dialog.close()
