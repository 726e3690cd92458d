"""The main window: sidebar pages, status bar, the locked start, idle lock, switching user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desmig_desktop import i18n
from desmig_desktop.services import Services
from desmig_desktop.store.db import Store
from desmig_desktop.ui import main_window as main_window_module
from desmig_desktop.ui import preferences
from desmig_desktop.ui.home_page import HomePage
from desmig_desktop.ui.login import LoginForm, LoginThrottle
from desmig_desktop.ui.main_window import PAGE_KEYS, IdleWatcher, MainWindow, PlaceholderPage
from desmig_desktop.ui.people_page import PeoplePage
from desmig_desktop.ui.settings_page import SettingsPage
from desmig_desktop.ui.sync_page import SyncPage
from desmig_desktop.ui.tasks import TaskManager
from desmig_desktop.ui.training_page import TrainingPage

from .conftest import ADMIN_PASSWORD, WAIT_MS, new_centre_in_data_folder


def make_window(qtbot, services: Services, tasks: TaskManager, **options) -> MainWindow:
    window = MainWindow(
        services.store, services.actor, tasks, throttle=LoginThrottle(unit=0.05), **options
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_sidebar(qtbot, window: MainWindow, key: str) -> None:
    item = window.sidebar.item(PAGE_KEYS.index(key))
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def log_in(qtbot, dialog: LoginForm, username: str, password: str) -> None:
    if username:
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_sidebar_switches_pages(qtbot, services: Services, tasks: TaskManager) -> None:
    window = make_window(qtbot, services, tasks)
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == [
        "Beranda",
        "Penduduk",
        "Layanan Migrasi",
        "Perlindungan",
        "Usaha Produktif",
        "Parenting",
        "Koperasi",
        "Pelatihan",
        "Laporan",
        "Riwayat",
        "Pengaturan",
        "Sinkronisasi",
    ]
    assert isinstance(window.stack.currentWidget(), PeoplePage)

    click_sidebar(qtbot, window, "settings")
    assert isinstance(window.stack.currentWidget(), SettingsPage)
    click_sidebar(qtbot, window, "training")
    assert isinstance(window.stack.currentWidget(), TrainingPage)
    click_sidebar(qtbot, window, "home")
    assert isinstance(window.stack.currentWidget(), HomePage)
    click_sidebar(qtbot, window, "sync")
    assert isinstance(window.stack.currentWidget(), SyncPage)
    assert not any(isinstance(window.page(key), PlaceholderPage) for key in PAGE_KEYS)
    # Keyboard: Ctrl+1..9 and Ctrl+0 open the pages in sidebar order.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "people"
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "history"  # the tenth page


def test_pages_are_built_on_their_first_visit(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    window = make_window(qtbot, services, tasks)
    # Only the page the window opens on: the others cost nothing until opened.
    assert set(window.pages) == {"people"}
    people = window.pages["people"]
    qtbot.waitUntil(lambda: people.model.rowCount() > 0 or people.model.exhausted, timeout=WAIT_MS)
    # The sync page is not built, but its automatic round is still due (every 15 minutes).
    assert window._auto_sync_timer.isActive()
    assert window._auto_sync_timer.interval() == 15 * 60_000

    click_sidebar(qtbot, window, "home")
    assert isinstance(window.pages["home"], HomePage)
    assert window.stack.currentWidget() is window.pages["home"]
    click_sidebar(qtbot, window, "sync")
    sync = window.pages["sync"]
    assert isinstance(sync, SyncPage)
    # Built, the page keeps its own timer.
    assert sync.auto_timer.isActive() and not window._auto_sync_timer.isActive()
    click_sidebar(qtbot, window, "home")
    assert window.pages["home"] is window.stack.currentWidget()  # built once, kept
    assert set(window.pages) == {"people", "home", "sync"}


def test_the_first_automatic_sync_builds_the_sync_page_when_due(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    from desmig_desktop.ui.preferences import Preferences

    prefs = Preferences(sync_interval_minutes=0.005)  # type: ignore[arg-type] - 300 ms
    window = make_window(qtbot, services, tasks, prefs=prefs)
    assert "sync" not in window.pages
    qtbot.waitUntil(lambda: "sync" in window.pages, timeout=WAIT_MS)
    sync = window.pages["sync"]
    assert isinstance(sync, SyncPage)
    assert sync.auto_timer.isActive()  # from now on, the page's own timer
    assert window.current_page_key() == "people"  # built in the background, not shown


def test_status_bar_names_the_user_the_centre_and_the_sync_state(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    window = make_window(qtbot, services, tasks)
    assert window.user_label.text() == "Pengguna: admin (admin)"
    # Never synced; what waits to be sent comes from the store, read off the GUI thread.
    qtbot.waitUntil(lambda: "perubahan menunggu" in window.sync_label.text(), timeout=WAIT_MS)
    assert window.sync_label.text().startswith("Belum tersinkron - ")
    assert "belum terdaftar" in window.sync_label.toolTip()
    qtbot.waitUntil(
        lambda: "Pusat Layanan Desmigratif Uji" in window.centre_label.text(), timeout=WAIT_MS
    )
    assert "Kesugihan" in window.centre_label.text()
    assert "Pusat Layanan Desmigratif Uji" in window.windowTitle()


def locked_window(qtbot, store: Store, tasks: TaskManager, **options) -> MainWindow:
    """The window as the application starts it: on the store file, still locked."""
    path = store.path
    store.close()
    window = MainWindow(
        None, None, tasks, store_path=path, throttle=LoginThrottle(unit=0.05), **options
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_starts_locked_with_the_login_and_nothing_of_the_data(
    qtbot, store: Store, tasks: TaskManager, monkeypatch
) -> None:
    made: list[object] = []
    real_services = main_window_module.Services

    def counted(*args: object) -> Services:
        made.append(args)
        return real_services(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(main_window_module, "Services", counted)
    preferences.save(preferences.Preferences(last_user="admin"))
    window = locked_window(qtbot, store, tasks, prefs=preferences.load())

    # The frame, the page names and the status bar, with the login form on the locked page.
    assert window.is_locked and window.isVisible()
    assert window.sidebar.item(1).text() == "Penduduk" and not window.sidebar.isEnabled()
    assert not window.lock_button.isEnabled() and not window.switch_button.isEnabled()
    assert window.user_label.text() == "Belum masuk"
    form = window.login_form
    assert form is not None and form.isVisible() and window.locked_page.isAncestorOf(form)
    assert form.heading.text() == "Selamat datang"
    assert form.username.text() == "admin"  # the last officer
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.password, timeout=WAIT_MS)
    assert form.recover_button is not None
    # No store, no services, no page before the password.
    assert window.unlocked_store is None and window.pages == {} and made == []
    with pytest.raises(RuntimeError):
        window.services  # noqa: B018
    # The keyboard cannot reach a page either.
    window.show_page("home")
    assert window.is_locked and window.pages == {}

    # A wrong password: still locked, the reason said, nothing built.
    log_in(qtbot, form, "", "bukan-sandinya")
    qtbot.waitUntil(lambda: window.throttle.failures == 1, timeout=WAIT_MS)
    assert window.is_locked and window.login_form is form
    assert form.message.isVisible() and form.message.text() == i18n.t("service.login_failed")
    assert window.unlocked_store is None and window.pages == {} and made == []

    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        log_in(qtbot, form, "", ADMIN_PASSWORD)
    assert not window.is_locked and window.login_form is None
    assert window.unlocked_store is not None and window.store.encrypted
    assert len(made) == 1 and window.services.actor.username == "admin"
    assert window.sidebar.isEnabled() and window.lock_button.isEnabled()
    assert window.current_page_key() == "people"
    people = window.pages["people"]
    assert isinstance(people, PeoplePage) and people.isVisible()
    qtbot.waitUntil(lambda: people.model.exhausted, timeout=WAIT_MS)
    assert window.user_label.text() == "Pengguna: admin (admin)"
    qtbot.waitUntil(
        lambda: "Pusat Layanan Desmigratif Uji" in window.centre_label.text(), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: "perubahan menunggu" in window.sync_label.text(), timeout=WAIT_MS)
    assert window.throttle.failures == 0
    # Pages are usable; the lock comes back to the same locked page with a new form.
    click_sidebar(qtbot, window, "home")
    assert isinstance(window.stack.currentWidget(), HomePage)
    window.lock()
    assert window.is_locked and window.login_form is not None
    assert window.login_form.heading.text() == "Layar terkunci"
    assert window.login_form.recover_button is None  # the store is open: a plain login
    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        log_in(qtbot, window.login_form, "", ADMIN_PASSWORD)
    assert window.current_page_key() == "home" and len(made) == 1
    tasks.shutdown(WAIT_MS)
    window.store.close()


def test_every_password_lost_the_recovery_key_opens_the_locked_window(
    qtbot, tasks: TaskManager
) -> None:
    from PySide6.QtCore import QTimer

    from desmig_desktop.ui.recovery import RecoverDialog

    created = new_centre_in_data_folder()
    recovery = created.recovery_key
    assert recovery
    window = locked_window(qtbot, created, tasks)
    form = window.login_form
    assert form is not None and form.recover_button is not None

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecoverDialog):
            QTimer.singleShot(50, fill)
            return
        dialog.key.setText(recovery)
        dialog.username.setText("admin")
        dialog.password.setText("sandi-baru-123")
        dialog.password_again.setText("sandi-baru-123")
        dialog.submit()

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        qtbot.mouseClick(form.recover_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked and window.services.actor.username == "admin"
    assert window.current_page_key() == "people"
    tasks.shutdown(WAIT_MS)
    window.store.close()


def test_leaving_at_the_start_closes_the_window(qtbot, store: Store, tasks: TaskManager) -> None:
    window = locked_window(qtbot, store, tasks)
    assert window.login_form is not None
    assert window.login_form.cancel_button.text() == "Keluar"
    qtbot.mouseClick(window.login_form.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and window.unlocked_store is None


def test_idle_lock_hides_the_data_and_asks_for_the_password(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    # 2 s: far above the 100 ms between keystrokes, so a loaded CI machine that stalls for a
    # few hundred milliseconds does not lock the window during the typing below.
    window = make_window(qtbot, services, tasks, idle_ms=2000)
    people = window.page("people")
    assert isinstance(people, PeoplePage)
    # Activity keeps it open: typing for longer than the timeout does not lock.
    for _ in range(30):
        qtbot.keyClicks(people.search, "a")
        qtbot.wait(100)
    assert not window.is_locked
    window.activateWindow()
    people.age_from.setFocus()

    qtbot.waitUntil(
        lambda: window.login_form is not None and window.login_form.isVisible(), timeout=WAIT_MS
    )
    assert window.is_locked
    assert not people.isVisible()
    dialog = window.login_form
    assert dialog.username.text() == "admin"
    assert dialog.heading.text() == "Layar terkunci"
    assert QApplication.focusWidget() is dialog.password

    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        log_in(qtbot, dialog, "", ADMIN_PASSWORD)
    assert not window.is_locked
    assert window.current_page_key() == "people"
    assert people.isVisible()
    # The cursor is back where the officer left it.
    assert QApplication.focusWidget() is people.age_from


def test_the_idle_watcher_sees_the_application_s_events_only_while_started(qtbot) -> None:
    watcher = IdleWatcher(60_000)
    field = QLineEdit()
    qtbot.addWidget(field)
    seen = []
    for started in (False, True, False):
        if started:
            watcher.start()
        else:
            watcher.stop()
        watcher._last = 0.0
        qtbot.keyClick(field, "a")
        seen.append(watcher._last > 0)
    # Locked (and at the start) no event of the application goes through it.
    assert seen == [False, True, False]


def test_an_open_form_is_hidden_while_locked_and_back_for_the_same_user(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    window = make_window(qtbot, services, tasks)
    people = window.page("people")
    assert isinstance(people, PeoplePage)
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: people.person_dialog is not None and people.person_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    form = people.person_dialog
    name = form.inputs["name"]
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Setengah Jalan")

    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.login_form is not None, timeout=WAIT_MS)
    assert not form.isVisible()
    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        log_in(qtbot, window.login_form, "", ADMIN_PASSWORD)
    assert form.isVisible() and name.text() == "Setengah Jalan"


def test_switch_user_without_closing(qtbot, services: Services, tasks: TaskManager) -> None:
    services.accounts.add_user("siti", role="officer", password="sandi-siti-1")
    window = make_window(qtbot, services, tasks)

    # Cancelling returns to the current officer.
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.login_form is not None and window.login_form.isVisible(), timeout=WAIT_MS
    )
    assert window.login_form.username.text() == ""
    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        qtbot.mouseClick(window.login_form.cancel_button, Qt.MouseButton.LeftButton)
    assert window.services.actor.username == "admin" and window.isVisible()

    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.login_form is not None and window.login_form.isVisible(), timeout=WAIT_MS
    )
    old_people = window.page("people")
    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        log_in(qtbot, window.login_form, "siti", "sandi-siti-1")
    assert window.services.actor.username == "siti"
    assert window.user_label.text() == "Pengguna: siti (petugas)"
    new_people = window.page("people")
    assert new_people is not old_people and new_people.services.actor.username == "siti"
    assert window.isVisible()


@pytest.mark.parametrize("minutes", [3])
def test_idle_minutes_from_the_settings_page(
    qtbot, services: Services, tasks: TaskManager, minutes: int
) -> None:
    window = make_window(qtbot, services, tasks)
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    assert window.idle.timeout_ms == 10 * 60_000  # the default
    settings.idle_minutes.setValue(minutes)
    assert window.idle.timeout_ms == minutes * 60_000


def test_the_daily_backup_runs_off_the_gui_thread_and_reaches_a_usb_disk(
    qtbot, services: Services, tasks: TaskManager, tmp_path
) -> None:
    from desmig_desktop import paths

    window = make_window(qtbot, services, tasks)
    usb = tmp_path / "usb"
    usb.mkdir()
    window.prefs.external_backup_folder = str(usb)
    with qtbot.waitSignal(window.dailyBackupDone, timeout=WAIT_MS) as done:
        window.daily_backup()
    written = {path.parent for path in done.args[0].written}
    assert written == {paths.backups_dir(), usb}
    assert len(list(usb.glob("daily-*.sqlite3"))) == 1
    with qtbot.waitSignal(window.dailyBackupDone, timeout=WAIT_MS) as again:
        window.daily_backup()
    assert again.args[0].written == []  # once a day
