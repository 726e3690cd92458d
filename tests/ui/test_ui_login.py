"""The login dialog: a wrong password is explained, repeated failures wait longer, the
right password gives the actor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desmig_desktop import i18n
from desmig_desktop.store.db import Store
from desmig_desktop.ui.login import LoginDialog, LoginThrottle
from desmig_desktop.ui.tasks import TaskManager

from .conftest import ADMIN_PASSWORD, WAIT_MS


@pytest.fixture
def dialog(qtbot, store: Store, tasks: TaskManager) -> LoginDialog:
    # A fast clock for the waits: 0, 0.2, 0.4 s instead of 0, 1, 2 s.
    login = LoginDialog(store, tasks, LoginThrottle(unit=0.2))
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    return login


def _try(qtbot, dialog: LoginDialog, password: str) -> None:
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_wrong_then_right_password(qtbot, dialog: LoginDialog) -> None:
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

    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        _try(qtbot, dialog, ADMIN_PASSWORD)
    assert dialog.actor is not None and dialog.actor.username == "admin"
    assert throttle.failures == 0


def test_empty_fields_are_asked_for_without_a_check(qtbot, dialog: LoginDialog) -> None:
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
    again = LoginDialog(store, tasks, throttle, username="admin")
    qtbot.addWidget(again)
    assert not again.login_button.isEnabled()
    assert again.waiting
    assert again.username.text() == "admin"
