"""The login form of the locked main window: at start, after the idle lock, and to
switch user.

The form is shown inside the main window (``MainWindow``'s locked page), not in a window
of its own: at start the main window is drawn at once, locked, with this form on it, and
the data layer is loaded only behind it. The password is checked off the GUI thread
(argon2 takes a noticeable moment on old laptops). After repeated failures the next try
waits longer and longer; the wait is kept by a :class:`LoginThrottle` that outlives the
form, so the lock screen coming back does not reset the count.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..services.actor import Actor
from ..services.errors import AuthenticationFailed
from .tasks import TaskManager
from .widgets import MessageLabel

if TYPE_CHECKING:
    from ..services.keys import Opened
    from ..store.db import Store

# The data layer (the store, the services, argon2) is imported when a password is first
# checked, not with this module: at the start the locked main window is drawn before any
# of it is loaded (run_app loads it in the background meanwhile).


class LoginThrottle:
    """Failed logins so far and when the next try is allowed.

    No wait after the first failure (a typo), then 1, 2, 4, 8... seconds (times ``unit``),
    at most ``cap`` seconds. A success resets it.
    """

    def __init__(self, unit: float = 1.0, cap: float = 60.0) -> None:
        self.unit = unit
        self.cap = cap
        self.failures = 0
        self.delays: list[float] = []
        self._locked_until = 0.0

    def delay_for(self, failures: int) -> float:
        if failures <= 1:
            return 0.0
        return min(self.unit * 2 ** (failures - 2), self.cap)

    def record_failure(self) -> float:
        self.failures += 1
        delay = self.delay_for(self.failures)
        self.delays.append(delay)
        self._locked_until = time.monotonic() + delay
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self._locked_until = 0.0

    def remaining(self) -> float:
        return max(0.0, self._locked_until - time.monotonic())


class LoginForm(QFrame):
    """User name and password, on the locked main window; ``actor`` holds who logged in
    once ``loggedIn`` is emitted, ``cancelled`` is emitted by the cancel button.

    At the start the store is still locked (``store`` None, ``store_path`` given): the
    password also unlocks it, and ``opened`` holds the store once logged in.
    """

    loggedIn = Signal(object)  # Actor
    cancelled = Signal()

    def __init__(
        self,
        store: Store | None,
        tasks: TaskManager,
        throttle: LoginThrottle,
        *,
        username: str = "",
        centre_name: str = "",
        locked: bool = False,
        cancel_text: str = "",
        escape_cancels: bool = False,
        store_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginForm")
        self.store = store
        self.store_path = store_path
        self.opened: Opened | None = None
        self.tasks = tasks
        self.throttle = throttle
        self.actor: Actor | None = None
        self._checking = False
        self._escape_cancels = escape_cancels
        self.setMaximumWidth(460)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.heading = QLabel(self.tr("Layar terkunci") if locked else self.tr("Selamat datang"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        if locked:
            intro = self.tr(
                "Aplikasi dikunci karena lama tidak dipakai. Masuk lagi untuk melanjutkan."
            )
        else:
            intro = self.tr("Masukkan nama pengguna dan kata sandi Anda.")
        if centre_name:
            intro = centre_name + "\n" + intro
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)

        self.username = QLineEdit(username)
        self.username.setAccessibleName(self.tr("Nama pengguna"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Kata sandi"))
        self.show_password = QCheckBox(self.tr("Tampilkan kata sandi"))
        self.show_password.toggled.connect(
            lambda on: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow("", self.show_password)

        self.message = MessageLabel()
        self.wait_message = MessageLabel()

        self.buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("Masuk"))
        self.login_button.setDefault(True)
        self.cancel_button = QPushButton(cancel_text or self.tr("Keluar"))
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button: QPushButton | None = None
        if store is None:
            self.recover_button = QPushButton(self.tr("Lupa semua kata sandi?"))
            self.recover_button.setFlat(True)
            self.recover_button.clicked.connect(self.recover)
            self.buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.HelpRole)
        # Not a dialog: Enter in either field is the login button's click.
        self.login_button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled.emit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.wait_message)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(100)
        self._countdown.timeout.connect(self._tick)
        if self.throttle.remaining() > 0:
            self._start_countdown()

    def focus_first(self) -> None:
        """The cursor in the password when the user name is known, else in the user name."""
        (self.password if self.username.text() else self.username).setFocus()

    # -- checking ----------------------------------------------------------------------

    def submit(self) -> None:
        if self._checking or self.throttle.remaining() > 0:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.message.show_message(self.tr("Isi nama pengguna dan kata sandi."))
            (self.username if not username else self.password).setFocus()
            return
        self._set_checking(True)
        self.message.show_message(self.tr("Memeriksa..."), "info")
        store, path = self.store, self.store_path
        if store is None:
            assert path is not None
            from ..services.keys import open_centre

            self.tasks.run(
                lambda: open_centre(path, username, password),
                self._on_unlocked,
                self._on_failure,
                owner=self,
            )
            return
        from ..services.accounts import login

        self.tasks.run(
            lambda: login(store, username, password), self._on_success, self._on_failure, owner=self
        )

    def _on_unlocked(self, result: tuple[Opened, Actor]) -> None:
        self.opened, actor = result
        if self.opened.recovery_key:
            # A store of an older version, encrypted just now: its key must be seen once.
            from .recovery import RecoveryKeyDialog

            RecoveryKeyDialog(self.opened.recovery_key, self).exec()
        self._on_success(actor)

    def recover(self) -> None:
        from .recovery import RecoverDialog

        assert self.store_path is not None
        dialog = RecoverDialog(self.store_path, self.tasks, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_centre is not None:
            from ..services.keys import Opened

            store, actor = dialog.result_centre
            self.opened = Opened(store, actor.username)
            self._on_success(actor)

    def _on_success(self, actor: Actor) -> None:
        self._set_checking(False)
        self.throttle.record_success()
        self.actor = actor
        self.message.clear_message()
        self.loggedIn.emit(actor)

    def _on_failure(self, error: BaseException) -> None:
        self._set_checking(False)
        if not isinstance(error, AuthenticationFailed):
            self.message.show_message(
                self.tr("Data tidak dapat dibuka: {error}").format(error=error)
            )
            return
        delay = self.throttle.record_failure()
        self.message.show_message(error.message)
        self.password.clear()
        self.password.setFocus()
        if delay > 0:
            self._start_countdown()

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        for widget in (self.username, self.password, self.login_button):
            widget.setEnabled(not checking)

    # -- waiting after failures ----------------------------------------------------------

    def _start_countdown(self) -> None:
        self.login_button.setEnabled(False)
        self._tick()
        self._countdown.start()

    def _tick(self) -> None:
        remaining = self.throttle.remaining()
        if remaining <= 0:
            self._countdown.stop()
            self.wait_message.clear_message()
            self.login_button.setText(self.tr("Masuk"))
            self.login_button.setEnabled(not self._checking)
            self.password.setFocus()
            return
        seconds = math.ceil(remaining)
        self.login_button.setText(self.tr("Masuk (%n)", "", seconds))
        self.wait_message.show_message(
            self.tr("Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.", "", seconds),
            "warning",
        )

    @property
    def waiting(self) -> bool:
        """Whether the form is making the user wait before the next try."""
        return self._countdown.isActive()

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        # Escape goes back to the current officer when switching user; on the lock screen
        # (and at the start) only the button leaves, so a stray key never closes the app.
        if event.key() == Qt.Key.Key_Escape and self._escape_cancels:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
