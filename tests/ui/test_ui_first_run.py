"""The first-run wizard: a centre from a village search, the disabled enrolment, the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desmig_desktop import i18n, paths
from desmig_desktop.services import Services
from desmig_desktop.ui.first_run import (
    DEMO_PASSWORD,
    DEMO_PEOPLE,
    PAGE_DEMO,
    PAGE_NEW,
    FirstRunWizard,
)
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS


def make_wizard(qtbot, tasks: TaskManager) -> FirstRunWizard:
    wizard = FirstRunWizard(tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, wizard: FirstRunWizard, button: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def test_a_new_centre_from_a_village_search(qtbot, tasks: TaskManager) -> None:
    wizard = make_wizard(qtbot, tasks)
    choice = wizard.choice_page
    assert choice.new_centre.isChecked()
    assert choice.enrol.isVisible() and not choice.enrol.isEnabled()  # explained, not hidden
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_NEW

    page = wizard.new_page
    picker = page.village
    qtbot.keyClicks(picker.edit, "kesugihan")
    qtbot.waitUntil(lambda: picker.results.count() > 0 and not picker.searching, timeout=WAIT_MS)
    codes = [
        picker.results.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(picker.results.count())
    ]
    assert "33.01.02.2003" in codes
    item = picker.results.item(codes.index("33.01.02.2003"))
    assert "Kabupaten Cilacap" in item.text()
    qtbot.mouseClick(
        picker.results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=picker.results.visualItemRect(item).center(),
    )
    assert picker.region is not None and picker.region.code == "33.01.02.2003"
    assert page.centre_name.text() == "Desmigratif Kesugihan"

    # Two different passwords: said at once, nothing created.
    qtbot.keyClicks(page.password, "sandi-admin-1")
    qtbot.keyClicks(page.password_again, "sandi-admin-2")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page.messages["password"].text() == "Kedua kata sandi tidak sama. Ketik ulang keduanya."
    assert not paths.store_path().exists()

    # Too short: the service's own message, next to the password.
    page.password.clear()
    qtbot.keyClicks(page.password, "pendek")
    qtbot.keyClicks(page.password_again, "pendek")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(
        lambda: not page.creating and page.messages["password"].isVisible(), timeout=WAIT_MS
    )
    assert page.messages["password"].text() == i18n.t("user.password_short", n=8)
    assert not paths.store_path().exists()

    page.password.clear()
    page.password_again.clear()
    qtbot.keyClicks(page.password, "sandi-admin-1")
    qtbot.keyClicks(page.password_again, "sandi-admin-1")
    with qtbot.waitSignal(wizard.accepted, timeout=WAIT_MS):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result_centre is not None
    store, actor = wizard.result_centre
    try:
        assert actor.username == "admin"
        centre = Services(store, actor).accounts.centre()
        assert (centre.village_code, centre.name) == ("33.01.02.2003", "Desmigratif Kesugihan")
        assert store.path == paths.store_path()
    finally:
        store.close()


def test_the_village_picker_takes_a_code(qtbot, tasks: TaskManager) -> None:
    wizard = make_wizard(qtbot, tasks)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    picker = wizard.new_page.village
    qtbot.keyClicks(picker.edit, "3301022003")
    qtbot.waitUntil(lambda: picker.results.count() == 1 and not picker.searching, timeout=WAIT_MS)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)  # into the results, first one chosen
    assert picker.region is not None and picker.region.code == "33.01.02.2003"


def test_a_demo_centre_with_seeded_people(qtbot, tasks: TaskManager) -> None:
    wizard = make_wizard(qtbot, tasks)
    wizard.choice_page.demo.setChecked(True)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_DEMO
    page = wizard.demo_page
    qtbot.waitUntil(
        lambda: not wizard.button(QWizard.WizardButton.CancelButton).isEnabled() or page.result,
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: page.result is not None, timeout=60_000)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert DEMO_PASSWORD in page.credentials.text()
    assert page.progress.value() == page.progress.maximum()
    store, actor = page.result
    try:
        assert Services(store, actor).people.count() == DEMO_PEOPLE
    finally:
        store.close()
    with qtbot.waitSignal(wizard.accepted, timeout=WAIT_MS):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
