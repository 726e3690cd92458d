"""Registering someone already registered: the warning while typing, opening the other
record, and merging the two from the interface."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from desmig_desktop.domain import Person
from desmig_desktop.services import Services
from desmig_desktop.ui.merge_dialog import COL_DUPLICATE, COL_KEEP, MergeDialog
from desmig_desktop.ui.people_page import PeoplePage
from desmig_desktop.ui.person_dialog import PersonDialog
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS

BIRTH = date(1990, 3, 12)
NIK_SARI = "3301025203900001"


@pytest.fixture
def page(qtbot, services: Services, tasks: TaskManager) -> PeoplePage:
    people = PeoplePage(services, tasks)
    qtbot.addWidget(people)
    people.resize(1100, 650)
    people.show()
    qtbot.waitExposed(people)
    return people


def open_add_dialog(qtbot, page: PeoplePage) -> PersonDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.person_dialog is not None and page.person_dialog.isVisible(), timeout=WAIT_MS
    )
    dialog = page.person_dialog
    assert dialog is not None
    return dialog


def enter_nuraini(qtbot, dialog: PersonDialog) -> None:
    name = dialog.inputs["name"]
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Nuraini")
    dialog.inputs["sex"].setCurrentIndex(dialog.inputs["sex"].findData("P"))
    dialog.inputs["birth_date"].set_date(BIRTH)


def test_a_similar_name_with_the_same_birth_date_is_warned_about(
    qtbot, services: Services, page: PeoplePage
) -> None:
    existing, _ = services.people.add_person(
        name="Nur Aini", sex="P", birth_date=BIRTH, nik=NIK_SARI
    )
    services.people.add_person(name="Nur Aini", sex="P", birth_date=date(1991, 3, 12))
    dialog = open_add_dialog(qtbot, page)
    warning = dialog.duplicate_warning
    name = dialog.inputs["name"]
    qtbot.keyClicks(name, "Nuraini")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert not warning.isVisible()  # a name alone says little: no look-up yet

    dialog.inputs["birth_date"].set_date(BIRTH)
    qtbot.waitUntil(warning.isVisible, timeout=WAIT_MS)
    assert [c.person.id for c in warning.candidates] == [existing.id]
    shown = " ".join(label.text() for label in warning.findChildren(QLabel))
    assert "Nur Aini" in shown and NIK_SARI in shown and "12-03-1990" in shown
    assert "nama mirip dan tanggal lahir sama" in shown
    # Not blocking: the form can still be saved as it is.
    assert dialog.save_button.isEnabled()

    # A different birth date: the warning goes away.
    dialog.inputs["birth_date"].set_date(date(1985, 1, 1))
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=WAIT_MS)

    # "Buka" opens the registered person's page over the form.
    dialog.inputs["birth_date"].set_date(BIRTH)
    qtbot.waitUntil(lambda: existing.id in warning.open_buttons, timeout=WAIT_MS)
    qtbot.mouseClick(warning.open_buttons[existing.id], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.person_page is not None and page.person_page.heading.text() == "Nur Aini",
        timeout=WAIT_MS,
    )
    # The page was opened over the form: closing the form takes it along.
    dialog.done(0)
    qtbot.waitUntil(lambda: page.person_page is None, timeout=WAIT_MS)
    page.open_person(existing.id)
    qtbot.waitUntil(lambda: page.person_page.heading.text() == "Nur Aini", timeout=WAIT_MS)
    page.person_page.close()


def test_the_same_nik_is_warned_about_before_saving(
    qtbot, services: Services, page: PeoplePage
) -> None:
    services.people.add_person(name="Siti Aminah", sex="P", nik=NIK_SARI)
    dialog = open_add_dialog(qtbot, page)
    nik = dialog.inputs["nik"]
    qtbot.keyClicks(nik, NIK_SARI)
    qtbot.keyClick(nik, Qt.Key.Key_Tab)
    warning = dialog.duplicate_warning
    qtbot.waitUntil(warning.isVisible, timeout=WAIT_MS)
    assert [(c.person.name, c.same_nik) for c in warning.candidates] == [("Siti Aminah", True)]


def test_merging_from_the_warning_saves_then_merges_and_moves_the_journey(
    qtbot, services: Services, page: PeoplePage
) -> None:
    existing, _ = services.people.add_person(name="Nur Aini", sex="P", birth_date=BIRTH)
    services.migration.register_episode(existing.id, registered_on=date(2024, 1, 5))
    dialog = open_add_dialog(qtbot, page)
    enter_nuraini(qtbot, dialog)
    phone = dialog.inputs["phone"]
    qtbot.keyClicks(phone, "081234567890")
    warning = dialog.duplicate_warning
    qtbot.waitUntil(lambda: existing.id in warning.merge_buttons, timeout=WAIT_MS)

    # By keyboard: Enter on the focused button merges (it does not just save the form).
    warning.merge_buttons[existing.id].setFocus()
    qtbot.keyClick(warning.merge_buttons[existing.id], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.merge_dialog is not None, timeout=WAIT_MS)
    merge = page.merge_dialog
    assert isinstance(merge, MergeDialog)
    assert page.person_dialog is None  # the new record was saved first
    qtbot.waitUntil(lambda: merge.table.rowCount() > 0, timeout=WAIT_MS)
    assert merge.cell(0, COL_KEEP) == "Nur Aini" and merge.cell(0, COL_DUPLICATE) == "Nuraini"
    phone_row = [merge.cell(r, 0) for r in range(merge.table.rowCount())].index("No. HP")
    assert "dari data ganda" in merge.cell(phone_row, COL_KEEP)
    assert not merge.merge_button.isEnabled()  # a reason first

    qtbot.keyClicks(merge.reason, "Orang yang sama, KTP dicocokkan")
    assert merge.merge_button.isEnabled()
    qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.merge_dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "digabung" in page.notice.text(), timeout=WAIT_MS)

    (journey,) = services.migration.episodes()
    assert journey.person_id == existing.id
    assert services.people.person(existing.id).phone == "+6281234567890"
    assert services.people.count() == 1
    with services.store.read() as session:
        tombstones = [p for p in session.exec(Person.__table__.select())]  # type: ignore[attr-defined]
    assert sum(1 for row in tombstones if row.deleted) == 1


def test_a_refused_merge_is_explained_in_the_dialog(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    keep, _ = services.people.add_person(name="Nur Aini", sex="P", birth_date=BIRTH)
    duplicate, _ = services.people.add_person(name="Nuraini", sex="P", birth_date=BIRTH)
    services.migration.register_episode(keep.id)
    services.migration.register_episode(duplicate.id)
    dialog = MergeDialog(services, tasks, keep.id, duplicate.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert dialog.keep_id == duplicate.id and dialog.cell(0, COL_KEEP) == "Nuraini"
    qtbot.keyClicks(dialog.reason, "sama")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.severity == "error", timeout=WAIT_MS)
    assert "perjalanan migrasi yang masih berjalan" in dialog.message.text()
    assert dialog.isVisible() and dialog.merge_button.isEnabled()
