"""Pengaturan: users (admins only), backup and restore, switching the language live."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox

from desmig_desktop import paths
from desmig_desktop.services import NotFound, Services
from desmig_desktop.ui.language import switch_language
from desmig_desktop.ui.main_window import PAGE_KEYS, MainWindow
from desmig_desktop.ui.settings_page import SettingsPage
from desmig_desktop.ui.tasks import TaskManager

from .conftest import ADMIN_PASSWORD, WAIT_MS
from .test_ui_main_window import click_sidebar, log_in, make_window


@pytest.fixture(autouse=True)
def back_to_indonesian() -> Iterator[None]:
    yield
    switch_language("id")


def settings_of(qtbot, window: MainWindow) -> SettingsPage:
    click_sidebar(qtbot, window, "settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def labels_of(page) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]


def type_into(qtbot, widget, text: str) -> None:
    assert isinstance(widget, QLineEdit)
    qtbot.keyClicks(widget, text)


def test_admin_adds_a_user_who_then_logs_in(qtbot, services: Services, tasks: TaskManager) -> None:
    window = make_window(qtbot, services, tasks)
    settings = settings_of(qtbot, window)
    settings.tabs.setCurrentWidget(settings.users)
    users = settings.users
    qtbot.waitUntil(lambda: users.model.rowCount() == 1, timeout=WAIT_MS)
    assert users.add_button.isVisible()

    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    dialog = users.dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.inputs["username"], "rina.w")
    type_into(qtbot, dialog.inputs["full_name"], "Rina Wulandari")
    role = dialog.inputs["role"]
    assert isinstance(role, QComboBox)
    role.setCurrentIndex(role.findData("supervisor"))
    type_into(qtbot, dialog.inputs["password"], "sandi-rina-1")
    type_into(qtbot, dialog.inputs["password2"], "sandi-rina-2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem_text("password2") != "", timeout=WAIT_MS)
    assert "tidak sama" in dialog.problem_text("password2")

    dialog.inputs["password2"].clear()
    type_into(qtbot, dialog.inputs["password2"], "sandi-rina-1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.model.rowCount() == 2, timeout=WAIT_MS)
    assert [u.username for u in users.model.rows()] == ["admin", "rina.w"]
    assert users.selected() is not None and users.selected().username == "rina.w"
    assert users.model.data(users.model.index(1, 2)) == "pengawas"

    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.login_form is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        log_in(qtbot, window.login_form, "rina.w", "sandi-rina-1")
    assert window.services.actor.username == "rina.w"
    assert "rina.w" in window.user_label.text()
    assert window.current_page_key() == "settings"


def test_admin_disables_and_resets_a_password(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    services.accounts.add_user("budi", role="officer", password="sandi-budi-1")
    window = make_window(qtbot, services, tasks)
    users = settings_of(qtbot, window).users
    qtbot.waitUntil(lambda: users.model.rowCount() == 2, timeout=WAIT_MS)
    users.table.selectRow(1)
    assert users.active_button.text() == "Nonaktifkan"
    qtbot.mouseClick(users.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not users.model.row(1).active, timeout=WAIT_MS)
    assert users.active_button.text() == "Aktifkan kembali"

    # The admin may not disable themselves: the service refuses, the panel says why.
    users.table.selectRow(0)
    qtbot.mouseClick(users.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.message.text() != "", timeout=WAIT_MS)
    assert "sendiri" in users.message.text()

    users.table.selectRow(1)
    qtbot.mouseClick(users.password_button, Qt.MouseButton.LeftButton)
    dialog = users.dialog
    assert dialog is not None
    type_into(qtbot, dialog.inputs["password"], "sandi-baru-99")
    type_into(qtbot, dialog.inputs["password2"], "sandi-baru-99")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    services.accounts.set_active("budi", True)
    from desmig_desktop.services import login

    assert login(services.store, "budi", "sandi-baru-99").username == "budi"


def test_an_officer_sees_user_management_refused(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    services.accounts.add_user("siti", role="officer", password="sandi-siti-1")
    from desmig_desktop.services import login

    officer = Services(services.store, login(services.store, "siti", "sandi-siti-1"))
    window = make_window(qtbot, officer, tasks)
    settings = settings_of(qtbot, window)
    settings.tabs.setCurrentWidget(settings.users)
    users = settings.users
    qtbot.waitUntil(lambda: users.message.text() != "", timeout=WAIT_MS)
    assert "hanya untuk peran admin" in users.message.text()
    assert not users.table.isVisible()
    assert not users.add_button.isVisible()
    # Their own password they may still change.
    assert users.own_password_button.isVisible()
    # Restoring is refused too.
    settings.tabs.setCurrentWidget(settings.backups)
    assert not settings.backups.restore_file_button.isEnabled()
    assert settings.backups.restore_note.isVisible()


def test_backup_now_creates_a_file(qtbot, services: Services, tasks: TaskManager) -> None:
    window = make_window(qtbot, services, tasks)
    settings = settings_of(qtbot, window)
    settings.tabs.setCurrentWidget(settings.backups)
    backups = settings.backups
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)
    assert backups.model.rowCount() == 0
    qtbot.mouseClick(backups.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backups.model.rowCount() == 1, timeout=WAIT_MS)
    made = backups.last_backup
    assert made is not None and made.parent == paths.backups_dir() and made.is_file()
    assert made.stat().st_size > 0
    assert str(made) in backups.message.text()
    assert backups.model.row(0).path == made


def test_restore_brings_back_a_deleted_change(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    person, _ = services.people.add_person(name="Siti Aminah", sex="P")
    window = make_window(qtbot, services, tasks)
    backups = settings_of(qtbot, window).backups
    qtbot.mouseClick(backups.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backups.model.rowCount() == 1, timeout=WAIT_MS)

    services.people.delete_person(person.id)
    with pytest.raises(NotFound):
        services.people.person(person.id)

    backups.table.selectRow(0)
    qtbot.mouseClick(backups.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backups.confirm_box is not None, timeout=WAIT_MS)
    old_store = window.store
    try:
        with qtbot.waitSignal(window.loginShown, timeout=WAIT_MS):
            backups.confirm_restore_button.click()
        assert window.is_locked
        assert window.store is not old_store
        dialog = window.login_form
        assert "dipulihkan" in dialog.message.text()
        with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
            log_in(qtbot, dialog, "", ADMIN_PASSWORD)
        assert window.services.store is window.store
        assert window.services.people.person(person.id).name == "Siti Aminah"
        kept = [p.name for p in paths.backups_dir().glob("before-restore-*.sqlite3")]
        assert len(kept) == 1
        assert window.current_page_key() == "settings"
    finally:
        tasks.shutdown(WAIT_MS)
        window.store.close()


def test_switching_language_changes_the_texts_without_restart(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    window = make_window(qtbot, services, tasks)
    settings = settings_of(qtbot, window)
    assert window.sidebar.item(PAGE_KEYS.index("people")).text() == "Penduduk"
    assert window.lock_button.text() == "Kunci layar"

    settings.language.setCurrentIndex(settings.language.findData("en"))
    assert window.language == "en"
    assert window.sidebar.item(PAGE_KEYS.index("people")).text() == "People"
    assert window.lock_button.text() == "Lock screen"
    assert window.current_page_key() == "settings"
    rebuilt = window.page("settings")
    assert isinstance(rebuilt, SettingsPage) and rebuilt is not settings
    assert "Settings" in labels_of(rebuilt)
    # A page that is not open comes back in English too (built anew on its next visit).
    assert "People" in labels_of(window.page("people"))
    assert rebuilt.language.currentData() == "en"
    assert "admin" in window.user_label.text() and "User" in window.user_label.text()

    # And back, without a restart either.
    rebuilt.language.setCurrentIndex(rebuilt.language.findData("id"))
    assert window.sidebar.item(PAGE_KEYS.index("people")).text() == "Penduduk"
    assert "Pengaturan" in labels_of(window.page("settings"))


def test_a_failed_restore_leaves_the_store_as_it_was(
    qtbot, services: Services, tasks: TaskManager, tmp_path
) -> None:
    person, _ = services.people.add_person(name="Tetap Ada", sex="L")
    window = make_window(qtbot, services, tasks)
    settings_of(qtbot, window)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    window.restore_backup(junk)  # as if the file had been spoiled after its check
    qtbot.waitUntil(lambda: not window.is_locked, timeout=WAIT_MS)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "tidak dipulihkan" in box.text()
    assert window.login_form is None
    assert window.services.people.person(person.id).name == "Tetap Ada"
    assert window.current_page_key() == "settings"
    assert not list(paths.backups_dir().glob("before-restore-*"))


def test_admins_read_the_audit_trail_in_pengaturan(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    from desmig_desktop.services import AuthenticationFailed
    from desmig_desktop.services import login as service_login
    from desmig_desktop.ui.settings_page import AuditPanel

    with pytest.raises(AuthenticationFailed):
        service_login(services.store, "admin", "bukan-sandinya")
    panel = AuditPanel(services, tasks)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.reload()
    kinds = [panel.model.index(row, 2).data() for row in range(panel.model.rowCount())]
    assert "Gagal masuk" in kinds


def test_the_letterhead_is_set_in_pengaturan(qtbot, services: Services, tasks: TaskManager) -> None:
    from desmig_desktop.reports.letters import LetterService
    from desmig_desktop.ui.preferences import Preferences
    from desmig_desktop.ui.settings_page import SettingsPage

    page = SettingsPage(services, tasks, Preferences(), "id")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.centre_name.text() != "", timeout=WAIT_MS)
    page.centre_address.setText("Jl. Raya Kesugihan No. 1")
    page.head_of_village.setText("Slamet Riyadi")
    with qtbot.waitSignal(page.letterheadSaved, timeout=WAIT_MS):
        page.letterhead_button.click()
    head = LetterService(services.store, services.actor).letterhead()
    assert (head.address, head.head_of_village) == ("Jl. Raya Kesugihan No. 1", "Slamet Riyadi")
    assert "disimpan" in page.letterhead_notice.text()
