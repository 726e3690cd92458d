"""The filter bar of Penduduk: status, dusun, sex and age narrow the table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.services import Services
from desmig_desktop.ui.people_model import COL_NAME
from desmig_desktop.ui.people_page import PeoplePage
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS


def names(page: PeoplePage) -> list[str]:
    model = page.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def test_filters_narrow_the_table_and_combine_with_the_search(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    people = services.people
    krajan = people.add_household(dusun="Krajan")
    sawah = people.add_household(dusun="Sawahan")
    today = date.today()
    young = date(today.year - 20, 1, 1)
    old = date(today.year - 50, 1, 1)
    sari, _ = people.add_person(name="Sari Dewi", sex="P", birth_date=young, household_id=krajan.id)
    people.add_person(name="Siti Aminah", sex="P", birth_date=old, household_id=sawah.id)
    people.add_person(name="Budi Santoso", sex="L", birth_date=young, household_id=sawah.id)
    services.migration.register_episode(sari.id)

    page = PeoplePage(services, tasks)
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    qtbot.waitUntil(lambda: len(names(page)) == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.dusun_filter.count() == 3, timeout=WAIT_MS)
    assert not page.clear_filters_button.isEnabled()

    page.status_filter.setFocus()
    qtbot.keyClicks(page.status_filter, "C")  # "Calon pekerja migran", by keyboard
    qtbot.waitUntil(lambda: names(page) == ["Sari Dewi"], timeout=WAIT_MS)
    assert "1 orang cocok" in page.status.text()
    page.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(names(page)) == 3, timeout=WAIT_MS)

    page.dusun_filter.setCurrentIndex(page.dusun_filter.findData("Sawahan"))
    qtbot.waitUntil(lambda: names(page) == ["Budi Santoso", "Siti Aminah"], timeout=WAIT_MS)
    page.sex_filter.setCurrentIndex(page.sex_filter.findData("P"))
    qtbot.waitUntil(lambda: names(page) == ["Siti Aminah"], timeout=WAIT_MS)
    qtbot.keyClicks(page.age_to, "30")
    qtbot.waitUntil(lambda: names(page) == [], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "saringan" in page.status.text(), timeout=WAIT_MS)

    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(names(page)) == 3, timeout=WAIT_MS)
    qtbot.keyClicks(page.age_from, "40")
    qtbot.waitUntil(lambda: names(page) == ["Siti Aminah"], timeout=WAIT_MS)
    qtbot.keyClicks(page.search, "budi")
    qtbot.waitUntil(lambda: names(page) == [], timeout=WAIT_MS)
    assert page.model.filters.age_min == 40
