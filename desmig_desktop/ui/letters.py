"""Printing a letter from a page: ask where to save it, fill and write it off the GUI
thread, say where it went and open it for printing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from ..reports.letters import Letter, LetterService, write_letter_pdf
from ..services import Services
from ..services.errors import ServiceError
from .tasks import TaskManager
from .widgets import MessageLabel

MakeLetter = Callable[[LetterService], Letter]


class LetterPrinter(QObject):
    """Writes letters for one page, whose notice line tells the outcome."""

    written = Signal(str)
    # Tests turn this off: there is no PDF viewer to open on the offscreen platform.
    open_after_writing = True

    def __init__(
        self, services: Services, tasks: TaskManager, page: QWidget, notice: MessageLabel
    ) -> None:
        super().__init__(page)
        self.services = services
        self.tasks = tasks
        self.page = page
        self.notice = notice
        self.dialog: QDialog | None = None

    def default_path(self, name: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        stem = re.sub(r"[^0-9A-Za-z]+", "-", name).strip("-").lower() or "surat"
        return Path(folder) / f"{stem}-{date.today():%Y-%m-%d}.pdf"

    def ask_and_write(self, name: str, make: MakeLetter) -> None:
        """Ask for a file name, then write the letter ``make`` fills."""
        dialog = QFileDialog(
            self.page,
            self.tr("Simpan surat"),
            str(self.default_path(name)),
            self.tr("Dokumen PDF") + " (*.pdf)",
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.write(Path(path), make))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def write(self, path: Path, make: MakeLetter) -> None:
        service = LetterService(self.services.store, self.services.actor)
        self.notice.show_message(self.tr("Membuat surat..."), "info")
        self.tasks.run(
            lambda: write_letter_pdf(make(service), path),
            self._written,
            self._failed,
            owner=self.page,
        )

    def _written(self, path: Path) -> None:
        self.notice.show_message(
            self.tr(
                "Surat tersimpan di {path}. Cetak, tanda tangani, dan beri nomor surat."
            ).format(path=path),
            "info",
        )
        self.written.emit(str(path))
        if self.open_after_writing:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ServiceError):
            self.notice.show_message(str(error))
        else:
            self.notice.show_message(
                self.tr("Surat tidak bisa dibuat: {error}. Pilih folder lain.").format(error=error)
            )


class ConsenterDialog(QDialog):
    """Who in the family gives consent, for the surat izin keluarga."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Surat izin keluarga"))
        self.name = QLineEdit()
        self.relationship = QLineEdit()
        self.relationship.setPlaceholderText(self.tr("mis. suami, istri, ayah, ibu"))
        form = QFormLayout(self)
        form.addRow(self.tr("Nama yang memberi izin *"), self.name)
        form.addRow(self.tr("Hubungan keluarga *"), self.relationship)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat surat"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def letters_button(parent: QWidget) -> tuple[QPushButton, QMenu]:
    """A "Cetak surat" button whose menu the page fills with its letters."""
    button = QPushButton(QCoreApplication.translate("LetterPrinter", "Cetak surat"))
    menu = QMenu(button)
    button.setMenu(menu)
    return button, menu
