"""Gabungkan: two records of one person side by side, and the merge with a reason.

The records are read off the GUI thread (``PeopleService.profile``), the merge runs as a
write job (``PeopleService.merge_people``); the service decides what may be merged and
says why not.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.people import MERGE_REASON_LENGTH
from ..services.profile import PersonProfile
from .person_text import identity_lines, pillar_counts
from .tasks import TaskManager
from .widgets import MessageLabel, required_label

COL_FIELD, COL_KEEP, COL_DUPLICATE = range(3)


class MergeDialog(QDialog):
    """Compare two records and merge ``duplicate_id`` into ``keep_id``;
    ``merged(keep_id)`` once the service has done it."""

    merged = Signal(object)

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        keep_id: uuid.UUID,
        duplicate_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.keep_id = keep_id
        self.duplicate_id = duplicate_id
        self.profiles: dict[uuid.UUID, PersonProfile] = {}
        self.merging = False
        self.setWindowTitle(self.tr("Gabungkan data ganda"))

        intro = QLabel(
            self.tr(
                "Data di kanan digabung ke data di kiri. Perjalanan, dokumen, kasus, pelatihan, "
                "usaha, anak dan keanggotaan koperasinya pindah ke data di kiri; kolom yang "
                "kosong di kiri diisi dari kanan. Data di kanan lalu disembunyikan dari daftar, "
                "tetapi tetap tercatat di riwayat."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kolom"), self.tr("Dipertahankan"), self.tr("Digabung (data ganda)")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KEEP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DUPLICATE, QHeaderView.ResizeMode.Stretch)
        self.swap_button = QPushButton(self.tr("Tukar kiri dan kanan"))
        self.swap_button.setToolTip(
            self.tr("Pertahankan data yang di kanan, gabungkan yang di kiri")
        )
        self.swap_button.setAutoDefault(False)
        self.swap_button.setEnabled(False)

        self.reason = QLineEdit()
        self.reason.setMaxLength(MERGE_REASON_LENGTH)
        self.reason.setPlaceholderText(
            self.tr("misalnya: orang yang sama, dicocokkan dengan KTP dan KK")
        )
        self.reason.setAccessibleName(self.tr("Alasan penggabungan"))
        reason_label = QLabel(required_label(self.tr("Alasan penggabungan")))
        reason_label.setBuddy(self.reason)
        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)

        self.message = MessageLabel()
        self.buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("Gabungkan"))
        self.merge_button.setDefault(True)
        self.merge_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.swap_button)
        layout.addLayout(reason_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

        self.swap_button.clicked.connect(self.swap)
        self.reason.textChanged.connect(lambda _t: self._update_buttons())
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.setFocus()
        self._load()

    # -- loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        people = self.services.people
        ids = (self.keep_id, self.duplicate_id)
        self.message.show_message(self.tr("Memuat kedua data..."), "info")
        self.tasks.run(
            lambda: {person_id: people.profile(person_id) for person_id in ids},
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, profiles: dict[uuid.UUID, PersonProfile]) -> None:
        self.profiles = profiles
        self.message.clear_message()
        self.swap_button.setEnabled(True)
        self._show()
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.merging = False
        self.message.show_message(getattr(error, "message", None) or str(error), "error")
        self._update_buttons()

    def _show(self) -> None:
        keep = self.profiles[self.keep_id]
        duplicate = self.profiles[self.duplicate_id]
        lines = [
            (label, kept, other)
            for (label, kept), (_label, other) in zip(
                identity_lines(keep), identity_lines(duplicate), strict=True
            )
        ]
        lines += [
            (label, str(kept), str(other))
            for (label, kept), (_label, other) in zip(
                pillar_counts(keep), pillar_counts(duplicate), strict=True
            )
        ]
        self.table.setRowCount(len(lines))
        for row, (label, kept, other) in enumerate(lines):
            for column, text in ((COL_FIELD, label), (COL_KEEP, kept), (COL_DUPLICATE, other)):
                item = QTableWidgetItem(text)
                if column == COL_KEEP and kept == "-" and other != "-":
                    # This empty field will be filled from the duplicate.
                    item.setText(self.tr("{value} (dari data ganda)").format(value=other))
                self.table.setItem(row, column, item)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    # -- acting ------------------------------------------------------------------------------

    def swap(self) -> None:
        """Keep the other record instead."""
        self.keep_id, self.duplicate_id = self.duplicate_id, self.keep_id
        if self.profiles:
            self._show()

    def _update_buttons(self) -> None:
        ready = bool(self.profiles) and bool(self.reason.text().strip()) and not self.merging
        self.merge_button.setEnabled(ready)
        self.swap_button.setEnabled(bool(self.profiles) and not self.merging)

    def merge(self) -> None:
        if not self.merge_button.isEnabled():
            return
        people = self.services.people
        keep, duplicate, reason = self.keep_id, self.duplicate_id, self.reason.text()
        self.merging = True
        self._update_buttons()
        self.message.show_message(self.tr("Menggabungkan..."), "info")
        self.tasks.run(
            lambda: people.merge_people(keep, duplicate, reason),
            lambda _kept: self._merged(keep),
            self._failed,
            write=True,
            owner=self,
        )

    def _merged(self, keep_id: uuid.UUID) -> None:
        self.merging = False
        self.merged.emit(keep_id)
        self.accept()

    def reject(self) -> None:
        if not self.merging:
            super().reject()
