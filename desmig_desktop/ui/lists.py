"""What every list page shares: a configured table view, and the export buttons that write
what the list shows (off the GUI thread)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QWidget,
)

from .export_rows import CSV_SUFFIX, EXCEL_SUFFIX, write_rows
from .tasks import TaskManager
from .widgets import MessageLabel


def make_table(parent: QWidget | None = None) -> QTableView:
    """A read-only list: whole rows selected, one at a time, sortable, compact rows."""
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def visible_rows(model: QAbstractItemModel) -> tuple[list[str], list[list[str]]]:
    """The headers and cell texts of ``model`` as shown (after filtering and sorting)."""
    columns = model.columnCount()
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for c in range(columns)
    ]
    rows = [
        [str(model.index(r, c).data() or "") for c in range(columns)]
        for r in range(model.rowCount())
    ]
    return headers, rows


class ExportBar(QWidget):
    """ "Ekspor Excel" and "Ekspor CSV" for one list; says where the file went and that it
    is not protected."""

    exported = Signal(str)  # the file written
    failed = Signal(str)

    def __init__(
        self,
        tasks: TaskManager,
        model: QAbstractItemModel,
        name: str,
        notice: MessageLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.model = model
        self.name = name
        self.notice = notice
        self.dialog: QFileDialog | None = None
        self.excel_button = QPushButton(self.tr("Ekspor Excel"))
        self.csv_button = QPushButton(self.tr("Ekspor CSV"))
        warning = self.tr("Berkas ekspor tidak dilindungi kata sandi.")
        for button in (self.excel_button, self.csv_button):
            button.setToolTip(self.tr("Simpan daftar seperti yang tampil.") + " " + warning)
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.excel_button)
        layout.addWidget(self.csv_button)
        self.excel_button.clicked.connect(lambda: self.choose_file(EXCEL_SUFFIX))
        self.csv_button.clicked.connect(lambda: self.choose_file(CSV_SUFFIX))

    def default_path(self, suffix: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        stem = re.sub(r"[^0-9A-Za-z]+", "-", self.name).strip("-").lower() or "daftar"
        return Path(folder) / f"{stem}-{date.today():%Y-%m-%d}{suffix}"

    def choose_file(self, suffix: str) -> None:
        kind = self.tr("Buku kerja Excel") if suffix == EXCEL_SUFFIX else self.tr("Teks CSV")
        dialog = QFileDialog(
            self,
            self.tr("Simpan ekspor"),
            str(self.default_path(suffix)),
            f"{kind} (*{suffix})",
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> None:
        """Write the rows shown now to ``path`` (Excel for .xlsx, else CSV), off-thread."""
        headers, rows = visible_rows(self.model)  # read on the GUI thread: models are not shared
        title = self.name
        self.excel_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        self.notice.show_message(self.tr("Mengekspor..."), "info")
        # Exports of personal data go into the audit trail (UU 27/2022), as from the
        # command line. The bar's window knows who is logged in; a bar shown outside the
        # main window (a test, a dialog on its own) has nobody to record.
        services = getattr(self.window(), "services", None)

        def job() -> Path:
            written = write_rows(path, headers, rows, title=title)
            if services is not None:
                from ..services.audit import record

                record(
                    services.store,
                    services.actor.username,
                    "export",
                    f"{title}: {len(rows)} {path}",
                )
            return written

        self.tasks.run(
            job,
            lambda written: self._done(written, len(rows)),
            self._failed,
            owner=self,
        )

    def _done(self, path: Path, count: int) -> None:
        self._enable()
        self.notice.show_message(
            self.tr("%n baris diekspor ke {path}.", "", count).format(path=path)
            + " "
            + self.tr(
                "Perhatian: berkas ini tidak dilindungi kata sandi. Simpan di tempat aman dan hapus bila tidak diperlukan lagi."
            ),
            "warning",
        )
        self.exported.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self._enable()
        message = self.tr("Ekspor gagal: {error}").format(error=error)
        self.notice.show_message(message, "error")
        self.failed.emit(message)

    def _enable(self) -> None:
        self.excel_button.setEnabled(True)
        self.csv_button.setEnabled(True)
