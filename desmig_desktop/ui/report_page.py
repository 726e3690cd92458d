"""Laporan: the centre's monthly report, previewed, printed, and saved as PDF or Excel.

The figures come from the core (``reports.ReportService``), counted off the GUI thread; the
preview is the same figures laid out as a page, which is also what is printed. The PDF
and the workbook are written by the core's writers, exactly as ``desmig report`` does.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..reports import MonthlyReport, ReportService, write_report
from ..services import Services
from ..services.errors import ServiceError
from .tasks import TaskManager
from .widgets import MessageLabel


def _number(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value:.1f}".replace(".", ",") + " %"
    return f"{int(value):,}".replace(",", ".")


def report_html(report: MonthlyReport) -> str:
    """The report as one HTML page (preview and print)."""
    e = html.escape
    parts = [
        "<div align='center'>",
        f"<h2 style='margin-bottom:0'>{e(report.centre_name)}</h2>",
        f"<div>{e(report.place)}</div><hr/>",
        f"<h3>{e(report.month_label)}</h3></div>",
    ]
    for section in report.sections:
        parts.append(f"<h3>{e(section.title)}</h3>")
        parts.append("<table width='100%' cellspacing='0' cellpadding='3' border='1'>")
        for line in section.lines:
            parts.append(
                f"<tr><td>{e(line.label)}</td>"
                f"<td align='right' width='30%'>{_number(line.value, line.unit)}</td></tr>"
            )
        parts.append("</table>")
        for table in section.breakdowns:
            parts.append(f"<p><b>{e(table.title)}</b></p>")
            if not table.rows:
                continue
            parts.append("<table width='100%' cellspacing='0' cellpadding='3' border='1'><tr>")
            parts.extend(f"<th>{e(column)}</th>" for column in table.columns)
            parts.append("</tr>")
            for row in table.rows:
                cells = [e(str(row[0]))] + [_number(v, "") for v in row[1:]]
                parts.append(
                    "<tr>"
                    + "".join(
                        f"<td{' align=right' if i else ''}>{cell}</td>"
                        for i, cell in enumerate(cells)
                    )
                    + "</tr>"
                )
            parts.append("</table>")
    return "".join(parts)


class ReportPage(QWidget):
    """Choose a month, see its figures, then print or save them."""

    reportShown = Signal(object)  # MonthlyReport
    saved = Signal(str)

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.report: MonthlyReport | None = None
        self.dialog: QFileDialog | None = None

        title = QLabel(self.tr("Laporan"))
        title.setObjectName("pageTitle")
        self.month = QDateEdit()
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(True)
        today = date.today()
        last_month = QDate(today.year, today.month, 1).addMonths(-1)
        self.month.setDate(last_month)
        self.month.setAccessibleName(self.tr("Bulan laporan"))
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Simpan PDF"))
        self.excel_button = QPushButton(self.tr("Simpan Excel"))
        self.print_button = QPushButton(self.tr("Cetak"))
        for button in (self.pdf_button, self.excel_button, self.print_button):
            button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bulan:")))
        bar.addWidget(self.month)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.excel_button)

        self.notice = MessageLabel()
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Pratinjau laporan"))
        self.preview.setPlaceholderText(
            self.tr("Pilih bulan lalu tekan Tampilkan untuk melihat laporan bulanan pusat layanan.")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.preview, 1)

        self.show_button.clicked.connect(self.load)
        self.pdf_button.clicked.connect(lambda: self.choose_file("pdf"))
        self.excel_button.clicked.connect(lambda: self.choose_file("xlsx"))
        self.print_button.clicked.connect(self.print_report)

    def month_text(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def load(self) -> None:
        month = self.month_text()
        service = ReportService(self.services.store, self.services.actor)
        self.show_button.setEnabled(False)
        self.notice.show_message(self.tr("Menghitung laporan..."), "info")
        self.tasks.run(lambda: service.monthly(month), self._shown, self._failed, owner=self)

    def _shown(self, report: MonthlyReport) -> None:
        self.report = report
        self.show_button.setEnabled(True)
        self.notice.clear_message()
        self.preview.setHtml(report_html(report))
        for button in (self.pdf_button, self.excel_button, self.print_button):
            button.setEnabled(True)
        self.reportShown.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        if isinstance(error, ServiceError):
            self.notice.show_message(str(error), "error")
            return
        self.notice.show_message(self.tr("Laporan gagal dibuat: {error}").format(error=error))

    def default_path(self, fmt: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        return Path(folder) / f"laporan-desmigratif-{self.month_text()}.{fmt}"

    def choose_file(self, fmt: str) -> None:
        kind = self.tr("Dokumen PDF") if fmt == "pdf" else self.tr("Buku kerja Excel")
        dialog = QFileDialog(
            self, self.tr("Simpan laporan"), str(self.default_path(fmt)), f"{kind} (*.{fmt})"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path), fmt))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def save_to(self, path: Path, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        self.notice.show_message(self.tr("Menyimpan laporan..."), "info")
        self.tasks.run(
            lambda: write_report(report, fmt, path), self._saved, self._save_failed, owner=self
        )

    def _saved(self, path: Path) -> None:
        self.notice.show_message(
            self.tr("Laporan tersimpan di {path}.").format(path=path)
            + " "
            + self.tr("Berkas ini tidak dilindungi kata sandi: simpan di tempat aman."),
            "warning",
        )
        self.saved.emit(str(path))

    def _save_failed(self, error: BaseException) -> None:
        self.notice.show_message(
            self.tr("Laporan tidak bisa disimpan: {error}. Pilih folder lain.").format(error=error)
        )

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.preview.document().print_(printer))
        dialog.open()
