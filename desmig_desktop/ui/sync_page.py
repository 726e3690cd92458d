"""Sinkronisasi: send this laptop's changes to the central server and receive the others'.

The round runs on a worker (network and store work never on the GUI thread). Its
progress messages come back through a signal; "Batal" sets a flag that the progress
callback and the transport's waits check, stopping the round between two transactions:
every acknowledgement and every received page is its own transaction, so nothing is lost
and the next round resumes where this one stopped.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..domain.enums import Role
from ..services import Services
from ..services.conflicts import KEEP, OTHER, VALUE, ConflictView
from ..store.local import ChangeEntry
from ..sync import client as sync_client
from ..sync.client import RoundResult, SyncClient, SyncStatus
from ..sync.transport import SyncError, Transport
from .history_page import table_label
from .lists import make_table
from .table_model import Column, RowsTableModel, show_date
from .tasks import Task, TaskManager
from .widgets import MessageLabel


class SyncCancelled(Exception):
    """The officer pressed Batal; the round stops between two transactions."""


class SyncBusy(Exception):
    """Another round on this laptop is running (a page of the previous officer, or the
    automatic one): never two at once."""


# One round at a time in this process, whichever page started it.
_ROUND = threading.Lock()


@dataclass(frozen=True)
class SyncOverview:
    """What the page shows of the laptop's sync state (read on a worker)."""

    status: SyncStatus
    conflicts: list[ConflictView]
    quarantined: list[ChangeEntry]


def load_overview(services: Services) -> SyncOverview:
    store = services.store
    return SyncOverview(
        sync_client.status(store), services.conflicts.list_open(), sync_client.quarantined(store)
    )


def run_round(
    services: Services,
    server_url: str | None,
    report: Any,
    cancel: threading.Event,
) -> RoundResult:
    """One sync round (worker thread); ``report(message)`` is called between steps."""

    def checkpoint(message: str) -> None:
        if cancel.is_set():
            raise SyncCancelled()
        report(message)

    def wait(seconds: float) -> None:
        # The transport waits before retrying a poor link; a cancel must not wait a minute.
        if cancel.wait(seconds):
            raise SyncCancelled()

    if not _ROUND.acquire(blocking=False):
        raise SyncBusy()
    try:
        store = services.store
        device = store.device()
        url = server_url or device.server_url
        if not url or not device.device_token:
            raise SyncError(i18n.t("sync.not_enrolled"))
        transport = Transport(url, device.device_token, sleep=wait)
        client = SyncClient(store, server_url=url, transport=transport, progress=checkpoint)
        try:
            checkpoint("")
            return client.sync()
        finally:
            client.close()
    finally:
        _ROUND.release()


def json_text(value: str | None) -> str:
    """A conflict's stored JSON value as an officer reads it."""
    if value is None:
        return ""
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return value_text(decoded)


def value_text(value: Any) -> str:
    """A decoded JSON value as an officer reads it."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class _Messages(QObject):
    """Carries the worker's progress messages to the GUI thread (a queued signal)."""

    message = Signal(str)


class SyncPage(QWidget):
    """Sync now, its progress and cancel, the pending count, the last success and error,
    and what needs an officer's eye: conflicts and refused (quarantined) changes."""

    statusChanged = Signal(object)  # SyncStatus
    started = Signal(bool)  # a round began; True when the timer started it
    finished = Signal(bool)  # the round completed
    loaded = Signal()

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.overview: SyncOverview | None = None
        self.running = False
        self.resolving = False
        self.auto = False  # the running round was started by the timer
        self._auto_due = False
        self.auto_timer = QTimer(self)
        self.auto_timer.timeout.connect(self.auto_sync)
        self._cancel = threading.Event()
        self._task: Task | None = None
        self._loaded_once = False
        self._messages = _Messages(self)
        self._messages.message.connect(self._progress)
        self.allowed = services.actor.can(Role.SUPERVISOR)

        title = QLabel(self.tr("Sinkronisasi"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Kirim perubahan di laptop ini ke server pusat dan terima perubahan dari laptop lain pusat layanan ini. Data tetap bisa dikerjakan tanpa internet; sinkronkan bila ada sambungan."
            )
        )
        intro.setWordWrap(True)
        self.enrol_notice = MessageLabel()
        self.notice = MessageLabel()

        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("misalnya https://desmig.contoh.go.id"))
        self.server.setClearButtonEnabled(True)
        self.sync_button = QPushButton(self.tr("Sinkronkan sekarang"))
        self.sync_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setToolTip(
            self.tr("Hentikan sesudah langkah yang sedang berjalan; tidak ada data yang hilang.")
        )
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)

        self.pending_label = QLabel("-")
        self.last_sync_label = QLabel("-")
        self.last_error_label = QLabel("-")
        self.last_error_label.setWordWrap(True)
        self.last_error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        server_row = QHBoxLayout()
        server_row.addWidget(self.server, 1)
        server_row.addWidget(self.sync_button)
        server_row.addWidget(self.cancel_button)
        form = QFormLayout()
        server_label = QLabel(self.tr("Alamat server"))
        server_label.setBuddy(self.server)
        form.addRow(server_label, server_row)
        form.addRow("", self.progress)
        form.addRow("", self.progress_label)
        form.addRow(self.tr("Perubahan belum terkirim"), self.pending_label)
        form.addRow(self.tr("Sinkron terakhir berhasil"), self.last_sync_label)
        form.addRow(self.tr("Kesalahan terakhir"), self.last_error_label)
        box = QGroupBox(self.tr("Server pusat"))
        box.setLayout(form)

        self.conflicts = RowsTableModel(
            [
                Column(
                    self.tr("Data"),
                    lambda c: (
                        f"{table_label(c.table)}: {c.record}" if c.record else table_label(c.table)
                    ),
                ),
                Column(self.tr("Kolom"), lambda c: c.field or self.tr("(seluruh data)")),
                Column(self.tr("Jenis"), lambda c: self._kind_text(c.kind)),
                Column(self.tr("Nilai sekarang"), lambda c: self._value_text(c, c.current)),
                Column(self.tr("Nilai lain"), lambda c: self._value_text(c, c.other)),
                Column(
                    self.tr("Oleh"),
                    lambda c: " / ".join(u for u in (c.kept_user, c.lost_user) if u),
                ),
                Column(self.tr("Waktu"), lambda c: show_date(c.created_at)),
            ],
            self,
        )
        self.conflicts_table = make_table()
        self.conflicts_table.setModel(self.conflicts)
        for column, width in ((0, 200), (1, 110), (2, 110), (3, 160), (4, 160), (5, 120)):
            self.conflicts_table.setColumnWidth(column, width)
        self.conflicts_table.selectionModel().selectionChanged.connect(self._enable_review)
        self.keep_button = QPushButton(self.tr("Pertahankan nilai sekarang"))
        self.other_button = QPushButton(self.tr("Pakai nilai lain"))
        self.new_value = QLineEdit()
        self.new_value.setPlaceholderText(self.tr("atau tulis nilai yang benar"))
        self.new_value.setClearButtonEnabled(True)
        self.value_button = QPushButton(self.tr("Simpan nilai ini"))
        review_row = QHBoxLayout()
        review_row.addWidget(self.keep_button)
        review_row.addWidget(self.other_button)
        review_row.addWidget(self.new_value, 1)
        review_row.addWidget(self.value_button)
        self.review_notice = MessageLabel()
        conflicts_box = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        conflicts_layout.addWidget(self.conflicts_table, 1)
        conflicts_layout.addLayout(review_row)
        conflicts_layout.addWidget(self.review_notice)
        self.keep_button.clicked.connect(lambda: self.resolve(KEEP))
        self.other_button.clicked.connect(lambda: self.resolve(OTHER))
        self.value_button.clicked.connect(lambda: self.resolve(VALUE))
        self.new_value.returnPressed.connect(lambda: self.resolve(VALUE))
        self.new_value.textChanged.connect(self._enable_review)
        self.quarantine = RowsTableModel(
            [
                Column(self.tr("Data"), lambda e: table_label(e.table_name)),
                Column(self.tr("Perubahan"), lambda e: self._op_text(e.op)),
                Column(self.tr("Oleh"), lambda e: e.user),
                Column(self.tr("Waktu"), lambda e: show_date(e.at)),
                Column(self.tr("Alasan ditolak"), lambda e: e.sync_reason or ""),
            ],
            self,
        )
        self.quarantine_table = make_table()
        self.quarantine_table.setModel(self.quarantine)
        for column, width in ((0, 150), (1, 90), (2, 90), (3, 120)):
            self.quarantine_table.setColumnWidth(column, width)
        self.lists = QTabWidget()
        self.lists.addTab(conflicts_box, "")
        self.lists.addTab(self.quarantine_table, "")
        self.lists.setTabToolTip(
            0,
            self.tr(
                "Kolom yang diubah di dua laptop sebelum sempat tersinkron, atau nilai yang harus unik (NIK, nomor anggota, nama pengguna) yang dipakai dua data. Nilai yang lebih akhir dipakai; nilai lainnya disimpan di sini untuk diperiksa pengawas."
            ),
        )
        self.lists.setTabToolTip(
            1,
            self.tr(
                "Perubahan yang ditolak server. Perubahan itu tidak dihapus; periksa alasannya dan perbaiki datanya."
            ),
        )
        self._name_tabs()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.enrol_notice)
        layout.addWidget(self.notice)
        layout.addWidget(box)
        layout.addWidget(self.lists, 1)

        self.sync_button.clicked.connect(self.start_sync)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.server.returnPressed.connect(self.start_sync)
        self._enable()
        self._enable_review()
        self.setFocusProxy(self.server)

    # -- texts ----------------------------------------------------------------------------

    def _op_text(self, op: str) -> str:
        return {
            "insert": self.tr("tambah"),
            "update": self.tr("ubah"),
            "delete": self.tr("hapus"),
        }.get(op, op)

    def _kind_text(self, kind: str) -> str:
        return {
            "field": self.tr("diubah dua kali"),
            "delete_vs_edit": self.tr("dihapus dan diubah"),
            "duplicate": self.tr("nilai ganda"),
        }.get(kind, kind)

    def _value_text(self, conflict: ConflictView, value: Any) -> str:
        if conflict.kind == "delete_vs_edit":
            return self.tr("dihapus") if value else self.tr("tetap ada")
        return value_text(value)

    def _name_tabs(self) -> None:
        self.lists.setTabText(
            0, self.tr("Konflik terbuka ({count})").format(count=self.conflicts.rowCount())
        )
        self.lists.setTabText(
            1, self.tr("Perubahan ditolak ({count})").format(count=self.quarantine.rowCount())
        )

    def _selected_conflict(self) -> ConflictView | None:
        rows = self.conflicts_table.selectionModel().selectedRows()
        return self.conflicts.row(rows[0].row()) if rows else None

    def _enable_review(self) -> None:
        conflict = self._selected_conflict()
        can = self.allowed and conflict is not None and not self.resolving
        self.keep_button.setEnabled(can)
        self.other_button.setEnabled(can and conflict is not None and conflict.kind != "duplicate")
        self.new_value.setEnabled(
            can and conflict is not None and conflict.kind != "delete_vs_edit"
        )
        self.value_button.setEnabled(self.new_value.isEnabled() and bool(self.new_value.text()))
        if conflict is not None and conflict.kind == "delete_vs_edit":
            self.keep_button.setText(self.tr("Pertahankan data"))
            self.other_button.setText(self.tr("Hapus data"))
        else:
            self.keep_button.setText(self.tr("Pertahankan nilai sekarang"))
            self.other_button.setText(self.tr("Pakai nilai lain"))
        if not self.allowed:
            self.keep_button.setToolTip(
                self.tr("Hanya pengawas atau admin yang boleh menyelesaikan konflik.")
            )

    def resolve(self, action: str) -> None:
        """Decide the selected conflict (on a worker); the list is read again after."""
        conflict = self._selected_conflict()
        if conflict is None or self.resolving or not self.allowed:
            return
        value = self.new_value.text().strip() if action == VALUE else None
        if action == VALUE and not value:
            return
        self.resolving = True
        self._enable_review()
        service = self.services.conflicts

        def done(_: object) -> None:
            self.resolving = False
            self.new_value.clear()
            self.review_notice.show_message(
                self.tr(
                    "Konflik diselesaikan. Keputusan ini dikirim ke server pada sinkronisasi berikutnya."
                ),
                "info",
            )
            self.refresh()

        def failed(error: BaseException) -> None:
            self.resolving = False
            self._enable_review()
            self.review_notice.show_message(getattr(error, "message", None) or str(error), "error")

        self.tasks.run(
            lambda: service.resolve(conflict.id, action, value),
            done,
            failed,
            write=True,
            owner=self,
        )

    def _enable(self) -> None:
        enrolled = self.overview is not None and self.overview.status.enrolled
        can_sync = self.allowed and enrolled and not self.running
        self.sync_button.setEnabled(can_sync)
        self.server.setReadOnly(not (self.allowed and enrolled) or self.running)
        self.cancel_button.setEnabled(self.running)
        if not self.allowed:
            self.sync_button.setToolTip(
                self.tr("Hanya pengawas atau admin yang boleh menjalankan sinkronisasi.")
            )
        elif not enrolled:
            self.sync_button.setToolTip(self.tr("Laptop ini belum terdaftar ke server pusat."))
        else:
            self.sync_button.setToolTip(
                self.tr("Kirim perubahan laptop ini, lalu terima perubahan dari server.")
            )

    # -- status -------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if not self._loaded_once:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._loaded_once = True
        services = self.services
        self.tasks.run(lambda: load_overview(services), self._show, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(getattr(error, "message", None) or str(error), "error")

    def _show(self, overview: SyncOverview) -> None:
        self.overview = overview
        status = overview.status
        if not self.server.text().strip() or not self.server.isModified():
            self.server.setText(status.server_url or "")
        if status.enrolled:
            self.enrol_notice.clear_message()
        else:
            self.enrol_notice.show_message(
                self.tr(
                    "Laptop ini belum terdaftar ke server pusat, jadi belum bisa disinkronkan. Semua data tetap tersimpan di laptop ini. Untuk mendaftarkannya, minta kode pendaftaran dari operator server, lalu jalankan di terminal:\ndesmig enrol --server https://alamat-server --code KODE --admin-user NAMA_ADMIN --admin-password-file BERKAS_SANDI\nPendaftaran membuat data baru di laptop ini dan mengunduh data pusat layanan dari server."
                ),
                "warning",
            )
        self.pending_label.setText(self.tr("%n perubahan", "", status.pending))
        self.last_sync_label.setText(
            show_date(status.last_sync_at) if status.last_sync_at else self.tr("belum pernah")
        )
        self.last_error_label.setText(status.last_error or self.tr("tidak ada"))
        self.last_error_label.setStyleSheet("color: #a4161a;" if status.last_error else "")
        self.conflicts.set_rows(overview.conflicts)
        self.quarantine.set_rows(overview.quarantined)
        self._name_tabs()
        self._enable()
        self._enable_review()
        self.statusChanged.emit(status)
        self.loaded.emit()
        if self._auto_due:
            self._auto_due = False
            self.auto_sync()

    # -- automatic sync -------------------------------------------------------------------------

    def start_auto_sync(self, minutes: float) -> None:
        """A round every ``minutes`` while the app is open (0: never). It runs only when
        the laptop is enrolled, the officer may sync and no round is running."""
        self.auto_timer.stop()
        if minutes > 0:
            self.auto_timer.start(max(1, int(minutes * 60_000)))

    def auto_sync(self) -> None:
        if self.running or not self.allowed:
            return
        if self.overview is None:  # not read yet (the page was never shown): read, then go
            self._auto_due = True
            self.refresh()
            return
        if self.overview.status.enrolled:
            self.start_sync(auto=True)

    # -- the round ----------------------------------------------------------------------------

    def start_sync(self, auto: bool = False) -> None:
        if self.running or not self.sync_button.isEnabled():
            return
        url = self.server.text().strip()
        if url and not url.startswith(("http://", "https://")):
            self.notice.show_message(
                self.tr("Alamat server harus diawali https:// (atau http:// untuk uji coba)."),
                "error",
            )
            self.server.setFocus()
            return
        if not auto:
            self.notice.clear_message()
        self.running = True
        self.auto = auto
        self._cancel = threading.Event()
        cancel = self._cancel
        self._enable()
        self.progress.setRange(0, 0)  # busy: the number of steps is not known beforehand
        self.progress_label.setText(
            self.tr("Sinkronisasi otomatis: menghubungi server...")
            if auto
            else self.tr("Menghubungi server...")
        )
        services = self.services
        emit = self._messages.message.emit
        holder: list[Task] = []

        def job() -> RoundResult:
            def report(message: str) -> None:
                if holder and holder[0].cancelled:  # the application is closing
                    raise SyncCancelled()
                emit(message)

            return run_round(services, url or None, report, cancel)

        self._task = self.tasks.run(job, self._done, self._stopped, owner=self)
        holder.append(self._task)
        self.started.emit(auto)

    def cancel_sync(self) -> None:
        if not self.running:
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Menghentikan sesudah langkah ini..."))

    def _progress(self, message: str) -> None:
        if self.running and message and not self._cancel.is_set():
            self.progress_label.setText(message)

    def _finish(self) -> None:
        self.running = False
        self.auto = False
        self._task = None
        self.progress.setRange(0, 1)
        self._enable()
        self.refresh()

    def _done(self, result: RoundResult) -> None:
        self.progress.setValue(1)
        when = show_date(datetime.now().astimezone())
        if result.complete:
            text = self.tr(
                "Sinkronisasi berhasil ({when}): {pushed} dikirim, {pulled} diterima."
            ).format(when=when, pushed=result.pushed, pulled=result.pulled)
            self.notice.show_message(text, "info")
        else:
            text = self.tr(
                "Sinkronisasi belum selesai: {pending} perubahan belum diterima server. Jalankan lagi."
            ).format(pending=result.pending)
            self.notice.show_message(text, "warning")
        if result.rejected:
            self.notice.show_message(
                text
                + " "
                + self.tr(
                    "%n perubahan ditolak server; lihat daftar di bawah.", "", result.rejected
                ),
                "warning",
            )
        if result.newer_version:
            text += " " + self.tr(
                "Versi baru aplikasi ({version}) sudah tersedia: minta penginstalnya kepada operator."
            ).format(version=result.newer_version)
            self.notice.show_message(text, self.notice.severity or "info")
        self.progress_label.setText(text)
        self._finish()
        self.finished.emit(result.complete)

    def _stopped(self, error: BaseException) -> None:
        if isinstance(error, SyncBusy):
            text = self.tr("Sinkronisasi lain sedang berjalan; tunggu sampai selesai.")
            if not self.auto:
                self.notice.show_message(text, "warning")
        elif isinstance(error, SyncCancelled):
            text = self.tr(
                "Sinkronisasi dihentikan. Yang sudah terkirim atau diterima tetap tersimpan; sisanya dilanjutkan pada sinkronisasi berikutnya."
            )
            self.notice.show_message(text, "warning")
        else:
            message = getattr(error, "message", None) or str(error)
            text = self.tr("Sinkronisasi gagal: {error}").format(error=message)
            self.notice.show_message(text, "error")
        self.progress_label.setText(text)
        self._finish()
        self.finished.emit(False)
