"""The login form (shown on the locked main window): a wrong password is explained,
repeated failures wait longer, the right password gives the actor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desmig_desktop import i18n
from desmig_desktop.store.db import Store
from desmig_desktop.ui.login import LoginForm, LoginThrottle
from desmig_desktop.ui.tasks import TaskManager

from .conftest import ADMIN_PASSWORD, WAIT_MS, new_centre_in_data_folder


@pytest.fixture
def dialog(qtbot, store: Store, tasks: TaskManager) -> LoginForm:
    # A fast clock for the waits: 0, 0.2, 0.4 s instead of 0, 1, 2 s.
    login = LoginForm(store, tasks, LoginThrottle(unit=0.2))
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    return login


def _try(qtbot, dialog: LoginForm, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_then_right_password(qtbot, dialog: LoginForm) -> None:
    throttle = dialog.throttle
    qtbot.keyClicks(dialog.username, "admin")

    _try(qtbot, dialog, "bukan-sandinya")
    qtbot.waitUntil(lambda: throttle.failures == 1, timeout=WAIT_MS)
    assert dialog.message.text() == i18n.t("service.login_failed")
    assert dialog.message.isVisible()
    assert dialog.password.text() == ""  # cleared for the next try
    assert dialog.login_button.isEnabled()  # a first typo costs no wait
    assert not dialog.waiting

    _try(qtbot, dialog, "masih-salah")
    qtbot.waitUntil(lambda: throttle.failures == 2, timeout=WAIT_MS)
    assert dialog.waiting and not dialog.login_button.isEnabled()
    assert "detik" in dialog.wait_message.text()
    # Enter during the wait does not try again.
    _try(qtbot, dialog, "coba-lagi")
    assert throttle.failures == 2
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=WAIT_MS)
    assert not dialog.wait_message.isVisible()

    _try(qtbot, dialog, "salah-ketiga")
    qtbot.waitUntil(lambda: throttle.failures == 3, timeout=WAIT_MS)
    assert throttle.delays == [0.0, 0.2, 0.4]  # the wait grows
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled(), timeout=WAIT_MS)

    with qtbot.waitSignal(dialog.loggedIn, timeout=WAIT_MS):
        _try(qtbot, dialog, ADMIN_PASSWORD)
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert throttle.failures == 0


def test_empty_fields_are_asked_for_without_a_check(qtbot, dialog: LoginForm) -> None:
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Isi nama pengguna dan kata sandi."
    assert dialog.throttle.failures == 0


def test_the_wait_doubles_and_survives_a_new_dialog(
    qtbot, store: Store, tasks: TaskManager
) -> None:
    throttle = LoginThrottle()
    assert [throttle.delay_for(n) for n in range(1, 7)] == [0, 1, 2, 4, 8, 16]
    assert throttle.delay_for(20) == throttle.cap

    throttle.record_failure()
    throttle.record_failure()  # now 1 s to wait
    again = LoginForm(store, tasks, throttle, username="admin")
    qtbot.addWidget(again)
    assert not again.login_button.isEnabled()
    assert again.waiting
    assert again.username.text() == "admin"


def test_escape_cancels_only_a_switch_of_user(qtbot, store: Store, tasks: TaskManager) -> None:
    cancelled: list[str] = []
    for escape_cancels in (False, True):
        form = LoginForm(store, tasks, LoginThrottle(), escape_cancels=escape_cancels)
        qtbot.addWidget(form)
        form.cancelled.connect(lambda e=escape_cancels: cancelled.append(str(e)))
        form.show()
        qtbot.keyClick(form.password, Qt.Key.Key_Escape)
    # The lock screen (and the start) is left by its button only.
    assert cancelled == ["True"]


def test_at_the_start_the_password_unlocks_the_encrypted_store(
    qtbot, store: Store, tasks: TaskManager
) -> None:
    path = store.path
    store.close()
    login = LoginForm(None, tasks, LoginThrottle(unit=0.2), username="admin", store_path=path)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    _try(qtbot, login, "bukan-sandinya")
    qtbot.waitUntil(lambda: login.throttle.failures == 1, timeout=WAIT_MS)
    assert login.opened is None and login.message.text() == i18n.t("service.login_failed")
    with qtbot.waitSignal(login.loggedIn, timeout=WAIT_MS):
        _try(qtbot, login, ADMIN_PASSWORD)
    assert login.opened is not None and login.opened.store.encrypted
    assert login.actor is not None and login.actor.username == "admin"
    # The failed try made while the store was locked reached the audit trail.
    from desmig_desktop.services.audit import AuditService

    with login.opened.store:
        events = AuditService(login.opened.store, login.actor).events()
        assert [e.detail for e in events if e.action == "login_failed"] == ["locked"]


def test_the_recovery_key_opens_the_store_and_sets_a_new_password(
    qtbot, tasks: TaskManager, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from desmig_desktop import paths
    from desmig_desktop.services.keys import unlock
    from desmig_desktop.ui.recovery import RecoverDialog, RecoveryKeyDialog

    created = new_centre_in_data_folder()
    recovery = created.recovery_key
    assert recovery
    created.close()
    # Shown once: the dialog closes only when the officer says it is written down.
    shown = RecoveryKeyDialog(recovery)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.key_label.text() == recovery and not shown.ok_button.isEnabled()
    shown.reject()
    assert shown.isVisible()
    shown.written.setChecked(True)
    assert shown.ok_button.isEnabled()

    login = LoginForm(None, tasks, LoginThrottle(), store_path=paths.store_path())
    qtbot.addWidget(login)
    assert login.recover_button is not None
    dialog = RecoverDialog(paths.store_path(), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "sandi-baru-123")
    qtbot.keyClicks(dialog.password_again, "sandi-baru-123")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT_MS)
    assert "Kunci pemulihan tidak cocok" in dialog.message.text()
    dialog.key.setText(recovery.lower())
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.submit()
    assert dialog.result_centre is not None
    dialog.result_centre[0].close()
    unlock(paths.store_path(), "admin", "sandi-baru-123").close()
