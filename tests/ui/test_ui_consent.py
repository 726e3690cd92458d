"""Consent on screen: the person page flags a person without consent, its Persetujuan tab
records one (with the signed form) and withdraws it; the people list filters those
without; Beranda counts them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desmig_desktop import paths
from desmig_desktop.domain.enums import ConsentGiver, ConsentPurpose
from desmig_desktop.services import Services
from desmig_desktop.ui.consent_view import ConsentDialog, WithdrawDialog
from desmig_desktop.ui.home_page import HomePage
from desmig_desktop.ui.people_page import PeoplePage
from desmig_desktop.ui.person_page import TABS, PersonPage
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS


def test_record_and_withdraw_consent_from_the_person_page(
    qtbot, services: Services, tasks: TaskManager, tmp_path: Path
) -> None:
    child, _ = services.people.add_person(name="Rizki Pratama", sex="L")
    page = PersonPage(services, tasks, child.id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.consent_flag_bar.isVisible(), timeout=WAIT_MS)
    assert "Tanpa persetujuan" in page.consent_flag.text()
    assert page.tabs.tabText(TABS.index("consent")) == "Persetujuan (!)"

    # The flag's button opens the tab and the form.
    qtbot.mouseClick(page.consent_flag_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.consent
    dialog = page.consent.dialog
    assert isinstance(dialog, ConsentDialog)
    assert not dialog.giver_name.isEnabled()  # the person themself, by default
    dialog.given_by.setCurrentIndex(dialog.given_by.findData(ConsentGiver.GUARDIAN.value))
    assert dialog.giver_name.isEnabled()
    dialog.purposes.boxes[ConsentPurpose.STATISTICS.value].setChecked(True)
    # Refused without the guardian's name, said under the field.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.problem_text("giver_name")), timeout=WAIT_MS)
    assert "wali" in dialog.problem_text("giver_name")

    qtbot.keyClicks(dialog.giver_name, "Sutrisno")
    scan = tmp_path / "formulir.jpg"
    scan.write_bytes(b"\xff\xd8 signed")
    dialog.form_file.set_path(scan)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.consent_flag_bar.isVisible(), timeout=WAIT_MS)
    assert page.tabs.tabText(TABS.index("consent")) == "Persetujuan"
    model = page.consent.model
    assert model.index(0, 1).data() == "Wali (Sutrisno)"
    assert model.index(0, 2).data() == "layanan, statistik"
    assert model.index(0, 3).data() == "ada"
    assert model.index(0, 5).data() == "berlaku"
    [consent] = services.consent.consents_of(child.id)
    assert consent.attachment and (paths.attachments_dir() / consent.attachment).exists()
    assert not page.consent.record_button.isEnabled()  # one in force at a time

    qtbot.mouseClick(page.consent.withdraw_button, Qt.MouseButton.LeftButton)
    withdraw = page.consent.dialog
    assert isinstance(withdraw, WithdrawDialog)
    qtbot.keyClicks(withdraw.reason, "Orang tua menarik izin")
    with qtbot.waitSignal(withdraw.saved, timeout=WAIT_MS):
        qtbot.mouseClick(withdraw.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.consent_flag_bar.isVisible(), timeout=WAIT_MS)
    assert model.index(0, 5).data() == f"dicabut {date.today():%d-%m-%Y}"
    assert model.index(0, 6).data() == "Orang tua menarik izin"
    assert page.consent.record_button.isEnabled()


def test_people_list_filter_and_beranda_count(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    ani, _ = services.people.add_person(name="Ani Lestari", sex="P")
    services.people.add_person(name="Budi Santoso", sex="L")
    services.people.add_person(name="Citra Dewi", sex="P")
    services.consent.record_consent(
        ani.id, given_on=date.today(), purposes=[ConsentPurpose.SERVICE.value]
    )

    people = PeoplePage(services, tasks)
    qtbot.addWidget(people)
    people.show()
    qtbot.waitUntil(lambda: people.model.rowCount() == 3, timeout=WAIT_MS)
    people.consent_filter.setChecked(True)
    qtbot.waitUntil(lambda: people.model.rowCount() == 2, timeout=WAIT_MS)
    names = [people.model.index(row, 1).data() for row in range(2)]
    assert names == ["Budi Santoso", "Citra Dewi"]
    assert people.clear_filters_button.isEnabled()
    qtbot.mouseClick(people.clear_filters_button, Qt.MouseButton.LeftButton)
    assert not people.consent_filter.isChecked()
    qtbot.waitUntil(lambda: people.model.rowCount() == 3, timeout=WAIT_MS)

    home = HomePage(services, tasks)
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=WAIT_MS):
        home.show()
    index = list(home.reminder_lists).index("consent")
    assert home.reminders.tabText(index) == "Tanpa persetujuan (2)"
    assert home.consent.rowCount() == 2
    with qtbot.waitSignal(home.openPage, timeout=WAIT_MS) as opened:
        qtbot.mouseClick(home.reminder_lists["consent"].open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["people-without-consent"]
    # The main window opens the people page with its filter on.
    from desmig_desktop.ui.main_window import MainWindow

    window = MainWindow(services.store, services.actor, tasks)
    qtbot.addWidget(window)
    window.open_from_home("people-without-consent")
    listed = window.page("people")
    assert window.stack.currentWidget() is listed
    assert listed.consent_filter.isChecked()  # type: ignore[attr-defined]
