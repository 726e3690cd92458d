"""The recovery key, shown once; and opening the store with it when every password is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import Actor
from ..services.errors import ServiceError
from ..store.db import Store, StoreError
from .tasks import TaskManager
from .widgets import MessageLabel


class RecoveryKeyDialog(QDialog):
    """The recovery key in large letters. It cannot be shown again, so the dialog closes
    only once the officer says it is written down."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kunci pemulihan"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Data di laptop ini terenkripsi. Bila semua kata sandi hilang, data hanya "
                "dapat dibuka dengan kunci pemulihan di bawah. Tulis kunci ini di kertas dan "
                "simpan di tempat aman, terpisah dari laptop. Kunci ini tidak akan "
                "ditampilkan lagi."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(key)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Salin"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
        self.written = QCheckBox(self.tr("Saya sudah menulis kunci ini dan menyimpannya"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Selesai"))
        self.ok_button.setEnabled(False)
        self.written.toggled.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.key_label)
        layout.addWidget(self.copy_button)
        layout.addSpacing(8)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        # Esc or the window's close button must not skip the key unseen.
        if self.written.isChecked():
            super().reject()


class RecoverDialog(QDialog):
    """Open the store with the recovery key and give an account a new password."""

    def __init__(self, store_path: Path, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.tasks = tasks
        self.result_centre: tuple[Store, Actor] | None = None
        self.setWindowTitle(self.tr("Buka dengan kunci pemulihan"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Bila semua kata sandi hilang: ketik kunci pemulihan yang ditampilkan saat data "
                "dibuat, lalu kata sandi baru untuk salah satu akun."
            )
        )
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Kunci pemulihan"), self.key)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi baru"), self.password)
        form.addRow(self.tr("Ulangi kata sandi baru"), self.password_again)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Buka"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        key, username = self.key.text().strip(), self.username.text().strip()
        password = self.password.text()
        if not key or not username or not password:
            self.message.show_message(
                self.tr("Isi kunci pemulihan, nama pengguna dan kata sandi baru.")
            )
            return
        if password != self.password_again.text():
            self.message.show_message(self.tr("Kedua kata sandi baru tidak sama."))
            self.password_again.clear()
            self.password_again.setFocus()
            return
        self.ok_button.setEnabled(False)
        self.message.show_message(self.tr("Membuka..."), "info")
        path = self.store_path

        def work() -> tuple[Store, Actor]:
            from ..services.accounts import recover_account
            from ..services.keys import unlock_with_recovery

            store = unlock_with_recovery(path, key)
            try:
                return store, recover_account(store, username, password)
            except BaseException:
                store.close()
                raise

        self.tasks.run(work, self._done, self._failed, owner=self)

    def _done(self, result: tuple[Store, Actor]) -> None:
        self.result_centre = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ServiceError | StoreError):
            self.message.show_message(str(error))
        else:
            self.message.show_message(
                self.tr("Data tidak dapat dibuka: {error}").format(error=error)
            )
