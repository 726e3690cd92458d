"""Parenting: children whose parents work abroad (enrolled with their guardian), the
sessions, and the attendance of a session as one screen of tick boxes."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain import ParentingChild, ParentingSession
from ..domain.enums import ParentAbroad, ParentingSessionKind
from ..services import Services
from ..services.parenting import EnrolledChild
from .forms import FormDialog, PersonPicker, refuse
from .history_page import HistoryDialog
from .lists import ExportBar, make_table
from .table_model import Column, RowFilter, RowsTableModel, show_date
from .tasks import TaskManager
from .widgets import MessageLabel


def parent_abroad_labels() -> dict[str, str]:
    return {
        ParentAbroad.FATHER.value: QCoreApplication.translate("ParentingPage", "Ayah"),
        ParentAbroad.MOTHER.value: QCoreApplication.translate("ParentingPage", "Ibu"),
        ParentAbroad.BOTH.value: QCoreApplication.translate("ParentingPage", "Keduanya"),
    }


def session_kind_labels() -> dict[str, str]:
    return {
        ParentingSessionKind.CHILDREN.value: QCoreApplication.translate(
            "ParentingPage", "Kegiatan anak"
        ),
        ParentingSessionKind.PARENTING_CLASS.value: QCoreApplication.translate(
            "ParentingPage", "Kelas pengasuhan"
        ),
    }


def enrolled_on(child: EnrolledChild, day: date) -> bool:
    return child.enrolled_on <= day and (child.left_on is None or child.left_on >= day)


class EnrolDialog(FormDialog):
    """Daftarkan anak: the child and the guardian raising them, both from the registry."""

    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("EnrolDialog", "Daftarkan anak"), tasks, parent)
        self.child = self.add_field(
            "child_id", self.tr("Anak"), PersonPicker(services, tasks), required=True
        )
        self.guardian = self.add_field(
            "guardian_id", self.tr("Wali / pengasuh"), PersonPicker(services, tasks)
        )
        self.add_choice(
            "parent_abroad",
            self.tr("Orang tua di luar negeri"),
            list(parent_abroad_labels().items()),
            required=True,
        )
        self.add_date("enrolled_on", self.tr("Tanggal masuk"), required=True, value=date.today())
        self.add_text("school", self.tr("Sekolah"), max_length=160)
        self.finish()
        parenting = services.parenting
        message = self.tr("Pilih anaknya dari hasil pencarian.")

        def job(values: dict[str, Any]) -> ParentingChild:
            child_id = values.pop("child_id")
            if child_id is None:
                raise refuse("child_id", message)
            return parenting.enrol_child(child_id, **values)

        self.job = job


class SessionDialog(FormDialog):
    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("SessionDialog", "Tambah sesi parenting"), tasks, parent
        )
        self.add_date("held_on", self.tr("Tanggal kegiatan"), required=True, value=date.today())
        self.add_choice(
            "kind", self.tr("Jenis kegiatan"), list(session_kind_labels().items()), required=True
        )
        self.add_text("topic", self.tr("Topik"), required=True, max_length=200)
        self.add_text("facilitator", self.tr("Fasilitator"), max_length=120)
        self.finish()
        parenting = services.parenting
        self.job = lambda values: parenting.add_session(**values)


class AttendanceDialog(QDialog):
    """Daftar hadir: every child enrolled on the session's day, tick who was present."""

    saved = Signal(int)  # marks written

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        record: ParentingSession,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.record = record
        self.saving = False
        self._initial: dict[uuid.UUID, bool] = {}
        self.discard_box: QMessageBox | None = None
        self._leaving = False
        self.setWindowTitle(
            self.tr("Daftar hadir: {topic} ({date})").format(
                topic=record.topic, date=show_date(record.held_on)
            )
        )
        intro = QLabel(
            self.tr(
                "Centang anak yang hadir. Semua anak yang terdaftar pada tanggal kegiatan ditampilkan. Tekan Enter untuk menyimpan."
            )
        )
        intro.setWordWrap(True)
        self.message = MessageLabel()
        self.children = QListWidget()
        self.children.setAccessibleName(self.tr("Anak yang hadir"))
        self.children.setAlternatingRowColors(True)
        # Big rows: a whole register is ticked with the mouse on a small laptop touchpad.
        self.children.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.all_button = QPushButton(self.tr("Semua hadir"))
        self.none_button = QPushButton(self.tr("Kosongkan"))
        self.count = QLabel()
        self.save_button = QPushButton(self.tr("Simpan daftar hadir"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        quick = QHBoxLayout()
        quick.addWidget(self.all_button)
        quick.addWidget(self.none_button)
        quick.addStretch(1)
        quick.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addLayout(quick)
        layout.addWidget(self.children, 1)
        layout.addWidget(buttons)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.children.itemChanged.connect(lambda _i: self._count())
        self.save_button.setEnabled(False)
        self.resize(520, 600)
        self.message.show_message(self.tr("Memuat..."), "info")
        parenting = services.parenting
        day = record.held_on
        session_id = record.id

        def read() -> tuple[list[EnrolledChild], dict[uuid.UUID, bool]]:
            return parenting.children(on=day), parenting.attendance(session_id)

        tasks.run(read, self._show, self._failed, owner=self)

    def _show(self, loaded: tuple[list[EnrolledChild], dict[uuid.UUID, bool]]) -> None:
        children, marks = loaded
        self.message.clear_message()
        self.children.blockSignals(True)
        for child in children:
            text = child.child_name
            if child.guardian_name:
                text += "  " + self.tr("(wali: {name})").format(name=child.guardian_name)
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            present = marks.get(child.id, False)
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.children.addItem(item)
        self.children.blockSignals(False)
        if not children:
            self.message.show_message(
                self.tr("Belum ada anak yang terdaftar pada tanggal kegiatan ini."), "warning"
            )
        self._initial = self.marks()
        self.save_button.setEnabled(bool(children))
        if children:
            self.children.setCurrentRow(0)
        self.children.setFocus()
        self._count()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(self.children.count() > 0)
        self.message.show_message(getattr(error, "message", None) or str(error), "error")

    def marks(self) -> dict[uuid.UUID, bool]:
        return {
            self.children.item(row).data(Qt.ItemDataRole.UserRole): self.children.item(
                row
            ).checkState()
            == Qt.CheckState.Checked
            for row in range(self.children.count())
        }

    def _tick_all(self, present: bool) -> None:
        state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        for row in range(self.children.count()):
            self.children.item(row).setCheckState(state)

    def _count(self) -> None:
        marks = self.marks()
        self.count.setText(
            self.tr("{present} dari {total} hadir").format(
                present=sum(marks.values()), total=len(marks)
            )
        )

    def save(self) -> None:
        if self.saving or not self.children.count():
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.message.show_message(self.tr("Menyimpan..."), "info")
        parenting = self.services.parenting
        session_id = self.record.id
        marks = self.marks()
        self.tasks.run(
            lambda: parenting.take_attendance(session_id, marks),
            self._saved,
            self._failed,
            write=True,
            owner=self,
        )

    def _saved(self, inserted: list) -> None:
        self.saving = False
        self._leaving = True
        self.saved.emit(len(inserted))
        self.accept()

    def reject(self) -> None:
        if self.saving:
            return
        if self._leaving or self.marks() == self._initial:
            self._leaving = True
            super().reject()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Perubahan belum disimpan"))
        box.setText(self.tr("Daftar hadir belum disimpan. Buang perubahan ini?"))
        self.discard_button = box.addButton(
            self.tr("Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Kembali ke daftar hadir"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self._after_question(box))
        self.discard_box = box
        box.open()

    def _after_question(self, box: QMessageBox) -> None:
        if box.clickedButton() is self.discard_button:
            self._leaving = True
            super().reject()
        box.deleteLater()
        self.discard_box = None

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)


class ParentingPage(QWidget):
    """Children on the left, sessions on the right; attendance per session."""

    dialogOpened = Signal(object)

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.dialog: QDialog | None = None
        self._loaded_once = False
        abroad = parent_abroad_labels()
        kinds = session_kind_labels()

        title = QLabel(self.tr("Parenting"))
        title.setObjectName("pageTitle")
        self.notice = MessageLabel()

        self.children_search = QLineEdit()
        self.children_search.setPlaceholderText(self.tr("Saring nama anak atau wali..."))
        self.children_search.setClearButtonEnabled(True)
        self.enrol_button = QPushButton(self.tr("Daftarkan anak"))
        self.child_history_button = QPushButton(self.tr("Riwayat"))
        self.children = RowsTableModel(
            [
                Column(self.tr("Nama anak"), lambda c: c.child_name),
                Column(self.tr("Wali"), lambda c: c.guardian_name or ""),
                Column(
                    self.tr("Orang tua di LN"),
                    lambda c: abroad.get(c.parent_abroad, c.parent_abroad),
                ),
                Column(self.tr("Masuk"), lambda c: show_date(c.enrolled_on)),
                Column(self.tr("Keluar"), lambda c: show_date(c.left_on)),
            ],
            self,
        )
        self.children_proxy = RowFilter(self)
        self.children_proxy.setSourceModel(self.children)
        self.children_table = make_table()
        self.children_table.setModel(self.children_proxy)
        header = self.children_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((2, 110), (3, 85), (4, 85)):
            self.children_table.setColumnWidth(column, width)
        self.children_status = QLabel()
        self.children_export = ExportBar(
            tasks, self.children_proxy, self.tr("anak-parenting"), self.notice
        )

        self.add_session_button = QPushButton(self.tr("Tambah sesi"))
        self.attendance_button = QPushButton(self.tr("Isi daftar hadir"))
        self.sessions = RowsTableModel(
            [
                Column(
                    self.tr("Tanggal"),
                    lambda s: show_date(s.held_on),
                    sort=lambda s: s.held_on.isoformat(),
                ),
                Column(self.tr("Jenis"), lambda s: kinds.get(s.kind, s.kind)),
                Column(self.tr("Topik"), lambda s: s.topic),
                Column(self.tr("Fasilitator"), lambda s: s.facilitator or ""),
            ],
            self,
        )
        self.sessions_table = make_table()
        self.sessions_table.setModel(self.sessions)
        for column, width in ((0, 85), (1, 125), (2, 220)):
            self.sessions_table.setColumnWidth(column, width)
        self.sessions_status = QLabel()
        self.sessions_export = ExportBar(
            tasks, self.sessions, self.tr("sesi-parenting"), self.notice
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.children_search, 1)
        bar.addWidget(self.enrol_button)
        bar.addWidget(self.child_history_button)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.children_table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.children_status, 1)
        bottom.addWidget(self.children_export)
        left_layout.addLayout(bottom)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Sesi")), 1)
        bar.addWidget(self.add_session_button)
        bar.addWidget(self.attendance_button)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.sessions_table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sessions_status, 1)
        bottom.addWidget(self.sessions_export)
        right_layout.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        self.children_search.textChanged.connect(self._filter)
        self.enrol_button.clicked.connect(self.enrol)
        self.child_history_button.clicked.connect(self.child_history)
        self.add_session_button.clicked.connect(self.add_session)
        self.attendance_button.clicked.connect(self.take_attendance)
        self.sessions_table.doubleClicked.connect(lambda _i: self.take_attendance())
        self.sessions_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.children_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.sessions.modelReset.connect(self._enable)
        self.children.modelReset.connect(self._enable)
        self._enable()
        self.setFocusProxy(self.children_search)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if not self._loaded_once:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._loaded_once = True
        parenting = self.services.parenting

        def children(rows: list[EnrolledChild]) -> None:
            self.children.set_rows(rows)
            self._update_status()

        def sessions(rows: list[ParentingSession]) -> None:
            self.sessions.set_rows(rows)
            self._update_status()

        self.tasks.run(parenting.children, children, self._failed, owner=self)
        self.tasks.run(parenting.sessions, sessions, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(getattr(error, "message", None) or str(error), "error")

    def _filter(self, text: str) -> None:
        self.children_proxy.set_text(text)
        self._update_status()

    def _update_status(self) -> None:
        self.children_status.setText(self.tr("%n anak", "", self.children_proxy.rowCount()))
        self.sessions_status.setText(self.tr("%n sesi", "", self.sessions.rowCount()))

    def selected_session(self) -> ParentingSession | None:
        rows = self.sessions_table.selectionModel().selectedRows()
        return self.sessions.row(rows[0].row()) if rows else None

    def selected_child(self) -> EnrolledChild | None:
        rows = self.children_table.selectionModel().selectedRows()
        return self.children_proxy.row_object(rows[0].row()) if rows else None

    def _enable(self) -> None:
        self.attendance_button.setEnabled(self.selected_session() is not None)
        self.child_history_button.setEnabled(self.selected_child() is not None)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()

    def enrol(self) -> None:
        dialog = EnrolDialog(self.services, self.tasks, self)
        dialog.saved.connect(lambda _c: self._saved(self.tr("Anak didaftarkan.")))
        self._open(dialog)

    def add_session(self) -> None:
        dialog = SessionDialog(self.services, self.tasks, self)
        dialog.saved.connect(lambda _s: self._saved(self.tr("Sesi dicatat.")))
        self._open(dialog)

    def _saved(self, text: str) -> None:
        self.notice.show_message(text, "info")
        self.refresh()

    def take_attendance(self) -> None:
        record = self.selected_session()
        if record is None:
            return
        dialog = AttendanceDialog(self.services, self.tasks, record, self)
        dialog.saved.connect(
            lambda count: self.notice.show_message(
                self.tr("Daftar hadir disimpan (%n tanda baru).", "", count), "info"
            )
        )
        self._open(dialog)

    def child_history(self) -> None:
        child = self.selected_child()
        if child is None:
            return
        self._open(
            HistoryDialog(
                self.services, self.tasks, "parenting_child", child.id, child.child_name, self
            )
        )
