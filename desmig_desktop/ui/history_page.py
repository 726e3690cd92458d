"""Riwayat: who changed what and when, for one record (a dialog) or the whole centre (a page)."""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services import history as history_data  # Qt-free readers of the change log
from ..services.history import HistoryLine
from .lists import ExportBar, make_table
from .table_model import Column, RowFilter, RowsTableModel, show_date
from .tasks import TaskManager
from .widgets import MessageLabel

COL_AT, COL_USER, COL_RECORD, COL_ACTION, COL_FIELD, COL_OLD, COL_NEW = range(7)


def table_label(table: str) -> str:
    """What kind of record a table holds, in the interface's language."""
    labels = {
        "centre": QCoreApplication.translate("HistoryView", "Pusat layanan"),
        "user_account": QCoreApplication.translate("HistoryView", "Akun petugas"),
        "household": QCoreApplication.translate("HistoryView", "Keluarga (KK)"),
        "person": QCoreApplication.translate("HistoryView", "Penduduk"),
        "migration_episode": QCoreApplication.translate("HistoryView", "Perjalanan migrasi"),
        "document_item": QCoreApplication.translate("HistoryView", "Dokumen"),
        "info_session": QCoreApplication.translate("HistoryView", "Sosialisasi"),
        "info_session_participant": QCoreApplication.translate(
            "HistoryView", "Peserta sosialisasi"
        ),
        "consultation": QCoreApplication.translate("HistoryView", "Konsultasi"),
        "protection_case": QCoreApplication.translate("HistoryView", "Kasus perlindungan"),
        "case_referral": QCoreApplication.translate("HistoryView", "Rujukan"),
        "case_follow_up": QCoreApplication.translate("HistoryView", "Tindak lanjut"),
        "enterprise": QCoreApplication.translate("HistoryView", "Usaha"),
        "enterprise_report": QCoreApplication.translate("HistoryView", "Laporan usaha"),
        "enterprise_training": QCoreApplication.translate("HistoryView", "Pelatihan usaha"),
        "enterprise_training_participant": QCoreApplication.translate(
            "HistoryView", "Peserta pelatihan usaha"
        ),
        "parenting_child": QCoreApplication.translate("HistoryView", "Anak (parenting)"),
        "parenting_session": QCoreApplication.translate("HistoryView", "Sesi parenting"),
        "parenting_attendance": QCoreApplication.translate("HistoryView", "Kehadiran parenting"),
        "cooperative": QCoreApplication.translate("HistoryView", "Koperasi"),
        "coop_member": QCoreApplication.translate("HistoryView", "Anggota koperasi"),
        "savings_entry": QCoreApplication.translate("HistoryView", "Simpanan"),
        "coop_loan": QCoreApplication.translate("HistoryView", "Pinjaman"),
        "loan_repayment": QCoreApplication.translate("HistoryView", "Angsuran"),
        "vocational_training": QCoreApplication.translate("HistoryView", "Pelatihan BLK"),
        "vocational_participant": QCoreApplication.translate("HistoryView", "Peserta BLK"),
        "competency_certificate": QCoreApplication.translate(
            "HistoryView", "Sertifikat kompetensi"
        ),
        "consent": QCoreApplication.translate("HistoryView", "Persetujuan data pribadi"),
    }
    return labels.get(table, table)


def _action(line: HistoryLine) -> str:
    return {
        "insert": QCoreApplication.translate("HistoryView", "dibuat"),
        "update": QCoreApplication.translate("HistoryView", "diubah"),
        "delete": QCoreApplication.translate("HistoryView", "dihapus"),
    }.get(line.op, line.op)


def _record(line: HistoryLine) -> str:
    kind = table_label(line.table)
    return f"{kind}: {line.record}" if line.record else kind


def _colour(line: HistoryLine) -> str | None:
    return "#fdecea" if line.op == "delete" else None


class HistoryView(QWidget):
    """The lines of a history, a filter box, and the export buttons."""

    loaded = Signal(int)  # how many lines

    def __init__(
        self, tasks: TaskManager, name: str, *, show_record: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Saring: nama petugas, kolom, nilai..."))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Saring riwayat"))
        self.model = RowsTableModel(
            [
                Column(
                    self.tr("Waktu"), lambda r: show_date(r.at), sort=lambda r: r.at.isoformat()
                ),
                Column(self.tr("Petugas"), lambda r: r.user),
                Column(self.tr("Data"), _record),
                Column(self.tr("Tindakan"), _action, colour=_colour),
                Column(self.tr("Kolom"), lambda r: r.field_label),
                Column(self.tr("Dari"), lambda r: r.old),
                Column(self.tr("Menjadi"), lambda r: r.new),
            ],
            self,
        )
        self.proxy = RowFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        for column, width in (
            (COL_AT, 130),
            (COL_USER, 100),
            (COL_RECORD, 210),
            (COL_ACTION, 70),
            (COL_FIELD, 160),
            (COL_OLD, 190),
        ):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_NEW, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(COL_RECORD, not show_record)
        self.notice = MessageLabel()
        self.status = QLabel()
        self.export = ExportBar(tasks, self.proxy, name, self.notice)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.filter_box.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_status()

    def yes_no(self) -> tuple[str, str]:
        return (self.tr("ya"), self.tr("tidak"))

    def field_labels(self) -> dict[str, str]:
        """Labels of the fields the core's catalogue does not name (people, accounts)."""
        return {
            "nik": self.tr("NIK"),
            "name": self.tr("Nama"),
            "birth_place": self.tr("Tempat lahir"),
            "birth_date": self.tr("Tanggal lahir"),
            "phone": self.tr("No. HP"),
            "flags": self.tr("Catatan pemeriksaan"),
            "no_kk": self.tr("No. KK"),
            "address": self.tr("Alamat"),
            "dusun": self.tr("Dusun"),
            "deleted": self.tr("Dihapus"),
            "username": self.tr("Nama pengguna"),
            "role": self.tr("Peran"),
            "active": self.tr("Aktif"),
            "village_code": self.tr("Kode desa"),
        }

    def show_loading(self) -> None:
        self.status.setText(self.tr("Memuat riwayat..."))

    def set_lines(self, lines: list[HistoryLine]) -> None:
        self.model.set_rows(lines)
        self._update_status()
        self.loaded.emit(len(lines))

    def show_error(self, error: BaseException) -> None:
        self.status.setText("")
        self.notice.show_message(
            self.tr("Riwayat tidak dapat dibaca: {error}").format(
                error=getattr(error, "message", None) or error
            ),
            "error",
        )

    def _update_status(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            self.status.setText(self.tr("Belum ada perubahan yang tercatat."))
        elif shown == total:
            self.status.setText(self.tr("%n perubahan kolom", "", total))
        else:
            self.status.setText(
                self.tr("%n dari {total} perubahan kolom cocok", "", shown).format(total=total)
            )


class HistoryDialog(QDialog):
    """The change history of one record: who, when, which field, from what to what."""

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        table: str,
        row_id: uuid.UUID,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Riwayat: {what}").format(what=title or table_label(table)))
        self.view = HistoryView(tasks, self.tr("riwayat"), show_record=False)
        heading = QLabel(
            self.tr(
                "Semua perubahan data ini, yang terbaru di atas. Kata sandi tidak pernah ditampilkan."
            )
        )
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self.view.show_loading()
        store = services.store
        yes_no = self.view.yes_no()
        tasks.run(
            partial(
                history_data.record_history,
                store,
                table,
                row_id,
                yes_no,
                self.view.field_labels(),
            ),
            self.view.set_lines,
            self.view.show_error,
            owner=self.view,
        )


class HistoryPage(QWidget):
    """The centre's latest changes (the last 500 change entries), read off-thread."""

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self._loaded_once = False
        title = QLabel(self.tr("Riwayat"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Perubahan terakhir di pusat layanan ini ({limit} catatan terbaru): siapa, kapan, kolom apa, dari apa menjadi apa."
            ).format(limit=history_data.RECENT_LIMIT)
        )
        intro.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Muat ulang"))
        self.refresh_button.setToolTip(self.tr("Baca lagi perubahan terbaru (F5)"))
        self.refresh_button.setShortcut("F5")
        self.view = HistoryView(tasks, self.tr("riwayat-perubahan"), show_record=True)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.setFocusProxy(self.view.filter_box)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if not self._loaded_once:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._loaded_once = True
        self.view.show_loading()
        store = self.services.store
        centre_id = self.services.actor.centre_id
        yes_no = self.view.yes_no()
        self.refresh_button.setEnabled(False)

        def done(lines: list[HistoryLine]) -> None:
            self.refresh_button.setEnabled(True)
            self.view.set_lines(lines)

        def failed(error: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.view.show_error(error)

        self.tasks.run(
            partial(
                history_data.recent_changes,
                store,
                centre_id,
                history_data.RECENT_LIMIT,
                yes_no,
                self.view.field_labels(),
            ),
            done,
            failed,
            owner=self,
        )
