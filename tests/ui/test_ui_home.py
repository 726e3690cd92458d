"""Beranda: counts per pillar, reminders and charts, read off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries
from PySide6.QtCore import Qt

from desmig_desktop.domain.enums import ABROAD_STAGES, CaseStatus
from desmig_desktop.seed import seed
from desmig_desktop.services import Services
from desmig_desktop.ui.home_data import add_months, last_months, load_dashboard
from desmig_desktop.ui.home_page import HomePage
from desmig_desktop.ui.main_window import MainWindow
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS


def show(qtbot, page) -> None:
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    qtbot.waitExposed(page)


def test_months_of_the_charts() -> None:
    assert last_months(date(2025, 3, 31), 4) == ["2024-12", "2025-01", "2025-02", "2025-03"]
    assert add_months(date(2025, 8, 31), -6) == date(2025, 2, 28)
    assert add_months(date(2024, 12, 15), 2) == date(2025, 2, 15)


def test_an_empty_centre_shows_zeros_and_no_reminders(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    page = HomePage(services, tasks)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        show(qtbot, page)
    assert page.tiles["people"].value.text() == "0"
    assert page.tiles["savings_balance"].value.text() == "Rp 0"
    assert page.expiring.rowCount() == 0
    assert page.reminders.tabText(0) == "Dokumen habis (0)"


def test_counts_reminders_and_charts_follow_the_records(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    seed(services, 300, seed=1)
    today = date.today()
    page = HomePage(services, tasks)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        show(qtbot, page)

    # What the services say, counted here independently of the page.
    abroad = services.migration.abroad()
    assert page.tiles["people"].value.text() == "300"
    assert page.tiles["abroad"].value.text() == str(len(abroad))
    open_cases = [
        c
        for c in services.protection.cases()
        if c.status not in (CaseStatus.RESOLVED, CaseStatus.CLOSED)
    ]
    assert page.tiles["open_cases"].value.text() == str(len(open_cases))
    expiring = services.migration.documents_expiring(90)
    assert expiring, "the seed has documents expiring soon"
    assert page.expiring.rowCount() == len(expiring)
    assert page.reminders.tabText(0) == f"Dokumen habis ({len(expiring)})"
    assert page.expiring.index(0, 0).data() == expiring[0].person_name
    assert page.follow_ups.rowCount() == len(services.protection.follow_ups_due())
    assert page.arrears.rowCount() == len(services.cooperative.loans_in_arrears())
    silent_limit = add_months(today, -6)
    silent = [
        e for e in abroad if (e.last_contact_on or e.departure_date or date.min) <= silent_limit
    ]
    assert page.silent.rowCount() == len(silent)
    assert all(e.stage in {s.value for s in ABROAD_STAGES} for e in abroad)

    # Charts: twelve months of departures and returns; cases by type.
    series = page.migration_chart.series()[0]
    assert isinstance(series, QBarSeries)
    departures, returns = series.barSets()
    assert departures.count() == 12
    board = load_dashboard(services)
    months = set(board.months)
    expected_departures = sum(
        1
        for e in services.migration.episodes()
        if e.departure_date and f"{e.departure_date:%Y-%m}" in months
    )
    assert sum(departures.at(i) for i in range(12)) == expected_departures
    assert sum(returns.at(i) for i in range(12)) == sum(board.returns)
    cases = page.cases_chart.series()[0]
    assert isinstance(cases, QHorizontalBarSeries)
    total_shown = sum(cases.barSets()[0].at(i) for i in range(cases.barSets()[0].count()))
    assert total_shown == sum(n for _t, n in board.cases_by_type[:8])

    # "Muat ulang" reads again.
    services.people.add_person(name="Warga Baru", sex="P")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.reload_button, Qt.MouseButton.LeftButton)
    assert page.tiles["people"].value.text() == "301"


def test_a_reminder_list_opens_the_page_that_handles_it(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    seed(services, 120, seed=2)
    window = MainWindow(services.store, services.actor, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("home")
    assert isinstance(page, HomePage)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        window.show_page("home")
    page.reminders.setCurrentIndex(1)
    qtbot.mouseClick(page.reminder_lists["follow_ups"].open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "protection"
    window.show_page("home")
    page.reminders.setCurrentIndex(3)
    qtbot.mouseClick(page.reminder_lists["arrears"].open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "cooperative"
