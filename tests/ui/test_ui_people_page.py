"""Penduduk driven like an officer would: typing in the search box, adding and editing people."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from desmig_desktop import i18n
from desmig_desktop.services import Services
from desmig_desktop.ui.people_model import COL_FLAGS, COL_NAME, COL_NIK, FIRST_PAGE_SIZE
from desmig_desktop.ui.people_page import PeoplePage
from desmig_desktop.ui.person_dialog import PersonDialog
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS, add_people, numbered_people

# Valid NIKs of Kec. Kesugihan (33.01.02): a woman born 12-03-1990, a man born 05-07-1985.
NIK_SARI = "3301025203900001"
NIK_BUDI = "3301020507850002"


@pytest.fixture
def page(qtbot, services: Services, tasks: TaskManager) -> PeoplePage:
    people = PeoplePage(services, tasks)
    qtbot.addWidget(people)
    people.resize(1100, 650)
    people.show()
    qtbot.waitExposed(people)
    return people


def names(page: PeoplePage) -> list[str]:
    model = page.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def open_add_dialog(qtbot, page: PeoplePage) -> PersonDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.person_dialog is not None and page.person_dialog.isVisible(), timeout=WAIT_MS
    )
    dialog = page.person_dialog
    assert dialog is not None
    return dialog


def type_into(qtbot, dialog: PersonDialog, key: str, text: str) -> None:
    widget = dialog.inputs[key]
    if isinstance(widget, QLineEdit):
        widget.clear()
    qtbot.keyClicks(widget, text)


def test_the_table_loads_more_rows_when_scrolled_to_the_end(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    add_people(services, numbered_people(400))
    page = PeoplePage(services, tasks)
    qtbot.addWidget(page)
    page.show()
    # The first page fills the screen; scrolling to the end loads pages of 200.
    qtbot.waitUntil(
        lambda: page.model.rowCount() == FIRST_PAGE_SIZE and not page.model.loading,
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(
        lambda: f"Menampilkan {FIRST_PAGE_SIZE} dari 400 orang terdaftar" in page.status.text(),
        timeout=WAIT_MS,
    )

    scrollbar = page.table.verticalScrollBar()
    scrollbar.setValue(scrollbar.maximum())
    qtbot.waitUntil(lambda: page.model.rowCount() == FIRST_PAGE_SIZE + 200, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.model.loading, timeout=WAIT_MS)
    scrollbar.setValue(scrollbar.maximum())
    qtbot.waitUntil(lambda: page.model.rowCount() == 400, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.model.exhausted, timeout=WAIT_MS)
    assert not page.model.canFetchMore(QModelIndex())


def test_search_as_you_type_by_name_nik_and_nothing(
    qtbot, services: Services, tasks: TaskManager, page: PeoplePage
) -> None:
    add_people(
        services,
        [
            {"name": "Siti Aminah", "sex": "P", "nik": NIK_SARI, "birth_date": None},
            {"name": "Siti Rahayu", "sex": "P"},
            {"name": "Budi Santoso", "sex": "L", "nik": NIK_BUDI},
            *numbered_people(30),
        ],
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 33, timeout=WAIT_MS)

    qtbot.keyClicks(page.search, "siti")
    assert page.model.query == ""  # not one query per key press: it waits for a pause
    qtbot.waitUntil(lambda: names(page) == ["Siti Aminah", "Siti Rahayu"], timeout=WAIT_MS)
    assert "2 orang cocok" in page.status.text()

    page.search.clear()
    qtbot.keyClicks(page.search, "33010205")
    qtbot.waitUntil(lambda: names(page) == ["Budi Santoso"], timeout=WAIT_MS)
    assert page.model.index(0, COL_NIK).data() == NIK_BUDI

    page.search.clear()
    qtbot.keyClicks(page.search, "zzzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.model.loading, timeout=WAIT_MS)
    assert "Tidak ada yang cocok" in page.status.text()


def test_a_bad_nik_is_explained_inline_and_nothing_is_stored(
    qtbot, services: Services, page: PeoplePage
) -> None:
    dialog = open_add_dialog(qtbot, page)
    assert (
        "*" in dialog.labels["name"].text() and "*" in dialog.labels["sex"].text()
    )  # required marks
    assert "*" not in dialog.labels["nik"].text()

    type_into(qtbot, dialog, "nik", "3301025203")
    type_into(qtbot, dialog, "name", "Sari Dewi")
    qtbot.keyClicks(dialog.inputs["sex"], "P")  # a combo box picks by first letter
    assert dialog.inputs["sex"].currentData() == "P"
    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Return)  # Enter saves

    expected = i18n.t("validation.nik.length", length=10)
    qtbot.waitUntil(
        lambda: dialog.problem_text("nik") == expected and not dialog.saving, timeout=WAIT_MS
    )
    assert dialog.messages["nik"].isVisible() and dialog.messages["nik"].severity == "error"
    assert dialog.isVisible()
    assert services.people.count() == 0

    type_into(qtbot, dialog, "nik", NIK_SARI)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.keyClick(dialog.inputs["nik"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Sari Dewi" in names(page), timeout=WAIT_MS)
    assert page.person_dialog is None
    assert services.people.count() == 1
    assert page.notice.text() == "Data Sari Dewi disimpan."
    row = names(page).index("Sari Dewi")
    qtbot.waitUntil(
        lambda: page.table.selectionModel().isRowSelected(row, QModelIndex()), timeout=WAIT_MS
    )


def test_required_fields_are_reported_by_the_service(
    qtbot, services: Services, page: PeoplePage
) -> None:
    dialog = open_add_dialog(qtbot, page)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bool(dialog.problem_text("name")) and not dialog.saving, timeout=WAIT_MS
    )
    assert dialog.problem_text("name") == i18n.t("field.required", field=i18n.t("label.name"))
    assert dialog.problem_text("sex")
    assert services.people.count() == 0


def test_a_warning_shows_before_saving_and_does_not_block_it(
    qtbot, services: Services, page: PeoplePage
) -> None:
    dialog = open_add_dialog(qtbot, page)
    type_into(qtbot, dialog, "name", "Sari Dewi")
    dialog.inputs["sex"].setCurrentIndex(dialog.inputs["sex"].findData("P"))
    type_into(qtbot, dialog, "nik", NIK_SARI)
    qtbot.keyClick(dialog.inputs["nik"], Qt.Key.Key_Tab)  # leaving the field checks it
    birth_date = dialog.inputs["birth_date"]
    birth_date.set_date(date(1991, 3, 12))
    assert dialog.messages["nik"].severity == "warning"
    assert "12-03-1991" in dialog.problem_text("nik")

    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sari Dewi" in names(page), timeout=WAIT_MS)
    assert page.notice.severity == "warning" and "perlu diperiksa" in page.notice.text()
    row = names(page).index("Sari Dewi")
    assert page.model.index(row, COL_FLAGS).data() == "Tgl. lahir beda dengan NIK"


def test_a_nik_already_registered_is_refused_by_the_service(
    qtbot, services: Services, page: PeoplePage
) -> None:
    add_people(services, [{"name": "Siti Aminah", "sex": "P", "nik": NIK_SARI}])
    dialog = open_add_dialog(qtbot, page)
    type_into(qtbot, dialog, "nik", NIK_SARI)
    type_into(qtbot, dialog, "name", "Siti Aminah Lagi")
    dialog.inputs["sex"].setCurrentIndex(dialog.inputs["sex"].findData("P"))
    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "sudah terdaftar" in dialog.problem_text("nik") and not dialog.saving,
        timeout=WAIT_MS,
    )
    assert services.people.count() == 1


def test_escape_asks_before_discarding_typed_data(
    qtbot, services: Services, page: PeoplePage
) -> None:
    dialog = open_add_dialog(qtbot, page)
    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Escape)
    qtbot.waitUntil(
        lambda: page.person_dialog is None, timeout=WAIT_MS
    )  # nothing typed: closes at once

    dialog = open_add_dialog(qtbot, page)
    type_into(qtbot, dialog, "name", "Belum Disimpan")
    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Escape)
    qtbot.waitUntil(
        lambda: dialog.discard_box is not None and dialog.discard_box.isVisible(), timeout=WAIT_MS
    )
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.discard_box is None, timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.inputs["name"].text() == "Belum Disimpan"

    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Escape)
    qtbot.waitUntil(
        lambda: dialog.discard_box is not None and dialog.discard_box.isVisible(), timeout=WAIT_MS
    )
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.person_dialog is None, timeout=WAIT_MS)
    assert services.people.count() == 0


def test_editing_a_person_from_the_table(qtbot, services: Services, page: PeoplePage) -> None:
    add_people(services, [{"name": "Budi Santoso", "sex": "L", "nik": NIK_BUDI}])
    page.refresh()
    qtbot.waitUntil(lambda: names(page) == ["Budi Santoso"], timeout=WAIT_MS)
    rect = page.table.visualRect(page.model.index(0, COL_NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.person_dialog is not None and page.person_dialog.isVisible(), timeout=WAIT_MS
    )
    dialog = page.person_dialog
    assert dialog.inputs["nik"].text() == NIK_BUDI
    sex = dialog.inputs["sex"]
    assert isinstance(sex, QComboBox) and sex.currentData() == "L"

    type_into(qtbot, dialog, "name", "Budi Santoso Wijaya")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: names(page) == ["Budi Santoso Wijaya"], timeout=WAIT_MS)
    assert services.people.count() == 1


def test_keyboard_only_from_search_to_the_form(qtbot, services: Services, page: PeoplePage) -> None:
    add_people(
        services,
        [
            {"name": "Budi Santoso", "sex": "L", "nik": NIK_BUDI},
            {"name": "Siti Aminah", "sex": "P"},
        ],
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT_MS)
    page.focus_search()
    qtbot.keyClicks(page.search, "budi")
    qtbot.waitUntil(lambda: names(page) == ["Budi Santoso"], timeout=WAIT_MS)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.selected_person_id() is not None
    # Enter opens the person page; from there "Ubah" opens the form.
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.person_page is not None and page.person_page.heading.text() == "Budi Santoso",
        timeout=WAIT_MS,
    )
    person_page = page.person_page
    qtbot.waitUntil(person_page.edit_button.isEnabled, timeout=WAIT_MS)
    qtbot.keyClick(person_page.edit_button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: person_page.person_dialog is not None and person_page.person_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = person_page.person_dialog
    assert dialog.inputs["name"].text() == "Budi Santoso"
    qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Escape)  # unchanged: closes at once
    qtbot.waitUntil(lambda: person_page.person_dialog is None, timeout=WAIT_MS)
    qtbot.keyClick(person_page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.person_page is None, timeout=WAIT_MS)
