"""Layanan Migrasi: journeys by stage, registering one, moving it through the journey's
rules, and its document checklist with expiry warnings and scans."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..domain import DocumentItem, MigrationEpisode
from ..domain.enums import (
    DEPARTURE_DOCUMENTS,
    DocumentStatus,
    JourneyStage,
    ReturnReason,
)
from ..services import Services
from ..services.migration import JourneySummary, document_label, stage_label
from ..store.attachments import save_attachment
from .attachment_view import show_attachment
from .forms import FormDialog, PersonPicker, refuse
from .history_page import HistoryDialog
from .letters import ConsenterDialog, LetterPrinter, letters_button
from .lists import ExportBar, make_table
from .table_model import Column, RowFilter, RowsTableModel, show_date
from .tasks import TaskManager
from .widgets import MessageLabel

EXPIRY_WARNING_DAYS = 90
RED = "#f4c7c3"
AMBER = "#ffe3a3"


@dataclass(frozen=True)
class JourneyRow:
    """One journey with the name of the person making it."""

    episode: JourneySummary
    name: str
    nik: str


def load_journeys(services: Services, stage: str | None) -> list[JourneyRow]:
    """The journeys (at one stage, or all) with their people's names (worker thread)."""
    episodes = services.migration.journey_summaries(stage=stage)
    if not episodes:
        return []
    people = services.people.rows(e.person_id for e in episodes)
    rows = []
    for episode in episodes:
        person = people.get(episode.person_id)
        rows.append(
            JourneyRow(
                episode,
                person.name if person else "?",
                (person.nik or "") if person else "",
            )
        )
    return rows


def status_labels() -> dict[str, str]:
    return {
        DocumentStatus.MISSING.value: QCoreApplication.translate("MigrationPage", "Belum ada"),
        DocumentStatus.IN_PROGRESS.value: QCoreApplication.translate("MigrationPage", "Diproses"),
        DocumentStatus.SUBMITTED.value: QCoreApplication.translate("MigrationPage", "Diserahkan"),
        DocumentStatus.VERIFIED.value: QCoreApplication.translate("MigrationPage", "Terverifikasi"),
        DocumentStatus.REJECTED.value: QCoreApplication.translate("MigrationPage", "Ditolak"),
    }


def return_reason_labels() -> dict[str, str]:
    return {
        ReturnReason.CONTRACT_ENDED.value: QCoreApplication.translate(
            "MigrationPage", "Kontrak kerja berakhir"
        ),
        ReturnReason.LEAVE.value: QCoreApplication.translate("MigrationPage", "Cuti"),
        ReturnReason.DISMISSAL.value: QCoreApplication.translate(
            "MigrationPage", "Pemutusan hubungan kerja (PHK)"
        ),
        ReturnReason.ACCIDENT_ILLNESS.value: QCoreApplication.translate(
            "MigrationPage", "Kecelakaan atau sakit"
        ),
        ReturnReason.ABUSE.value: QCoreApplication.translate(
            "MigrationPage", "Mengalami kekerasan"
        ),
        ReturnReason.WAR_DISASTER_EPIDEMIC.value: QCoreApplication.translate(
            "MigrationPage", "Perang, bencana, atau wabah"
        ),
        ReturnReason.DEPORTATION.value: QCoreApplication.translate("MigrationPage", "Dideportasi"),
        ReturnReason.DEATH.value: QCoreApplication.translate("MigrationPage", "Meninggal dunia"),
        ReturnReason.OTHER.value: QCoreApplication.translate("MigrationPage", "Lainnya"),
    }


def expiry_note(item: DocumentItem, today: date | None = None) -> str:
    """Expired / expiring within 90 days, in words (empty otherwise)."""
    if item.expires_on is None:
        return ""
    days = (item.expires_on - (today or date.today())).days
    if days < 0:
        return QCoreApplication.translate("MigrationPage", "SUDAH HABIS BERLAKU")
    if days <= EXPIRY_WARNING_DAYS:
        # No plural forms: this lupdate does not see the count of translate(), and a
        # phrase per case reads better anyway.
        if days == 0:
            return QCoreApplication.translate("MigrationPage", "habis hari ini")
        if days == 1:
            return QCoreApplication.translate("MigrationPage", "habis besok")
        return QCoreApplication.translate("MigrationPage", "habis dalam {days} hari").format(
            days=days
        )
    return ""


def expiry_colour(item: DocumentItem, today: date | None = None) -> str | None:
    if item.expires_on is None:
        return None
    days = (item.expires_on - (today or date.today())).days
    if days < 0:
        return RED
    if days <= EXPIRY_WARNING_DAYS:
        return AMBER
    return None


# -- forms ------------------------------------------------------------------------------------


class RegisterJourneyDialog(FormDialog):
    """Pendaftaran: a journey for a person picked from the registry."""

    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("MigrationPage", "Daftarkan perjalanan migrasi"),
            tasks,
            parent,
            save_text=QCoreApplication.translate("MigrationPage", "Daftarkan"),
        )
        self.picker = self.add_field(
            "person_id", self.tr("Orang"), PersonPicker(services, tasks), required=True
        )
        self.add_text("destination_country", self.tr("Negara tujuan"), max_length=80)
        self.add_text("sector", self.tr("Sektor pekerjaan"), max_length=80)
        self.add_text("job_title", self.tr("Jabatan"), max_length=120)
        self.add_text("placement_agency", self.tr("Perusahaan penempatan (P3MI)"), max_length=160)
        self.add_date(
            "registered_on", self.tr("Tanggal pendaftaran"), required=True, value=date.today()
        )
        self.finish()
        migration = services.migration
        message = self.tr("Pilih orangnya dari hasil pencarian.")

        def job(values: dict[str, Any]) -> MigrationEpisode:
            person_id = values.pop("person_id")
            if person_id is None:
                raise refuse("person_id", message)
            registered_on = values.pop("registered_on")
            return migration.register_episode(person_id, registered_on=registered_on, **values)

        self.job = job


class AdvanceDialog(FormDialog):
    """Pindah tahap: the next stage, with the departure or return details it needs."""

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        row: JourneyRow,
        parent: QWidget | None = None,
    ) -> None:
        current = row.episode.stage
        super().__init__(
            QCoreApplication.translate("AdvanceDialog", "Pindah tahap: {name}").format(
                name=row.name
            ),
            tasks,
            parent,
            save_text=QCoreApplication.translate("AdvanceDialog", "Pindahkan"),
            intro=QCoreApplication.translate("AdvanceDialog", "Tahap sekarang: {stage}").format(
                stage=stage_label(current)
            ),
        )
        choices = [(s.value, stage_label(s.value)) for s in JourneyStage if s.value != current]
        self.stage = self.add_choice("to_stage", self.tr("Pindah ke tahap"), choices, required=True)
        self.stage.setCurrentIndex(max(0, self.stage.findData(_next_stage(current))))
        self.day = self.add_date("on", self.tr("Tanggal"), value=date.today())
        self.non_procedural = self.add_check(
            "non_procedural",
            self.tr("Berangkat non-prosedural (di luar prosedur)"),
        )
        self.reason = self.add_text(
            "non_procedural_reason",
            self.tr("Alasan non-prosedural"),
            required=True,
            max_length=300,
            placeholder=self.tr("misalnya berangkat lewat calo dengan visa turis"),
        )
        self.return_reason = self.add_choice(
            "return_reason",
            self.tr("Alasan kepulangan"),
            [(None, self.tr("- pilih -")), *return_reason_labels().items()],
        )
        self.aliases = {"departure_date": "on", "return_date": "on", "stage": "to_stage"}
        self.setMinimumWidth(580)
        self.stage.currentIndexChanged.connect(self._arrange)
        self.non_procedural.toggled.connect(self._arrange)
        self._arrange()
        self.finish()
        migration = services.migration
        episode_id = row.episode.id
        reason_needed = self.tr("Tulis alasan keberangkatan non-prosedural.")

        def job(values: dict[str, Any]) -> MigrationEpisode:
            target = values["to_stage"]
            reason = None
            if target == JourneyStage.DEPARTED and values["non_procedural"]:
                reason = values["non_procedural_reason"]
                if not reason:
                    raise refuse("non_procedural_reason", reason_needed)
            dated = target in (JourneyStage.DEPARTED, JourneyStage.RETURNED)
            return migration.advance(
                episode_id,
                target,
                on=values["on"] if dated else None,
                non_procedural_reason=reason,
                return_reason=values["return_reason"] if target == JourneyStage.RETURNED else None,
            )

        self.job = job

    def _show_row(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.inputs[key].parentWidget(), visible)

    def _arrange(self) -> None:
        target = self.stage.currentData()
        departing = target == JourneyStage.DEPARTED
        returning = target == JourneyStage.RETURNED
        self._show_row("on", departing or returning)
        self.labels["on"].setText(
            self.tr("Tanggal berangkat") if departing else self.tr("Tanggal pulang")
        )
        self._show_row("non_procedural", departing)
        self._show_row("non_procedural_reason", departing and self.non_procedural.isChecked())
        self._show_row("return_reason", returning)
        self.adjustSize()


def _next_stage(current: str) -> str:
    order = [s.value for s in JourneyStage if s != JourneyStage.CANCELLED]
    if current in order and order.index(current) + 1 < len(order):
        return order[order.index(current) + 1]
    return order[0]


class DocumentDialog(FormDialog):
    """Ubah dokumen: status, number, dates and notes of one checklist line."""

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        item: DocumentItem,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DocumentDialog", "Dokumen: {document}").format(
                document=document_label(item.doc_type)
            ),
            tasks,
            parent,
        )
        self.add_choice(
            "status",
            self.tr("Status"),
            list(status_labels().items()),
            value=item.status,
            required=True,
        )
        self.add_text("number", self.tr("Nomor dokumen"), max_length=60, value=item.number)
        self.add_date("issued_on", self.tr("Tanggal terbit"), value=item.issued_on)
        self.add_date("expires_on", self.tr("Tanggal habis berlaku"), value=item.expires_on)
        self.add_notes("notes", self.tr("Catatan"), value=item.notes)
        self.finish()
        migration = services.migration
        document_id = item.id
        self.job = lambda values: migration.update_document(document_id, **values)


class DocumentsDialog(QDialog):
    """The document checklist of one journey."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        row: JourneyRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.journey = row
        self.form: FormDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Dokumen perjalanan: {name}").format(name=row.name))
        statuses = status_labels()
        required = {d.value for d in DEPARTURE_DOCUMENTS}
        self.model = RowsTableModel(
            [
                Column(
                    self.tr("Dokumen"),
                    lambda d: document_label(d.doc_type) + (" *" if d.doc_type in required else ""),
                ),
                Column(
                    self.tr("Status"),
                    lambda d: statuses.get(d.status, d.status),
                    colour=lambda d: "#d8f0d8" if d.status == DocumentStatus.VERIFIED else None,
                ),
                Column(self.tr("Nomor"), lambda d: d.number or ""),
                Column(self.tr("Terbit"), lambda d: show_date(d.issued_on)),
                Column(
                    self.tr("Habis berlaku"),
                    lambda d: show_date(d.expires_on),
                    colour=expiry_colour,
                ),
                Column(self.tr("Peringatan"), expiry_note, colour=expiry_colour),
                Column(self.tr("Lampiran"), lambda d: d.attachment or ""),
            ],
            self,
        )
        self.table = make_table()
        self.table.setModel(self.model)
        for column, width in ((0, 250), (1, 110), (2, 130), (3, 90), (4, 100), (5, 150)):
            self.table.setColumnWidth(column, width)
        legend = QLabel(
            self.tr(
                "* wajib terverifikasi sebelum keberangkatan prosedural. Merah: sudah habis berlaku. Kuning: habis dalam 90 hari."
            )
        )
        legend.setWordWrap(True)
        self.notice = MessageLabel()
        self.edit_button = QPushButton(self.tr("Ubah dokumen"))
        self.attach_button = QPushButton(self.tr("Lampirkan scan/foto"))
        self.open_button = QPushButton(self.tr("Buka lampiran"))
        self.history_button = QPushButton(self.tr("Riwayat"))
        self.export = ExportBar(tasks, self.model, self.tr("dokumen-perjalanan"), self.notice)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        for button in (self.edit_button, self.attach_button, self.open_button, self.history_button):
            button.setAutoDefault(False)
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        layout.addWidget(close)
        self.edit_button.clicked.connect(self.edit_selected)
        self.attach_button.clicked.connect(self.choose_attachment)
        self.open_button.clicked.connect(self.open_attachment)
        self.history_button.clicked.connect(self.show_history)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.model.modelReset.connect(self._enable)
        self._enable()
        self.resize(1020, 560)
        self.refresh()

    def refresh(self) -> None:
        migration = self.services.migration
        episode_id = self.journey.episode.id
        selected = self.selected()
        keep = selected.id if selected else None

        def show(items: list[DocumentItem]) -> None:
            self.model.set_rows(items)
            for number, item in enumerate(items):
                if item.id == keep:
                    self.table.selectRow(number)

        self.tasks.run(
            lambda: migration.documents(episode_id),
            show,
            lambda e: self.notice.show_message(getattr(e, "message", None) or str(e)),
            owner=self,
        )

    def selected(self) -> DocumentItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        item = self.selected()
        for button in (self.edit_button, self.attach_button, self.history_button):
            button.setEnabled(item is not None)
        self.open_button.setEnabled(item is not None and bool(item.attachment))

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        form = DocumentDialog(self.services, self.tasks, item, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda _d: self._saved())
        form.finished.connect(lambda _r: setattr(self, "form", None))
        self.form = form
        form.open()

    def _saved(self) -> None:
        self.notice.show_message(self.tr("Dokumen disimpan."), "info")
        self.changed.emit()
        self.refresh()

    def choose_attachment(self) -> None:
        if self.selected() is None:
            return
        dialog = QFileDialog(
            self,
            self.tr("Pilih scan atau foto dokumen"),
            str(Path.home()),
            self.tr("Gambar atau PDF (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.attach(Path(path)))
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()

    def attach(self, source: Path) -> None:
        """Copy ``source`` into the attachments folder and link it to the selected document."""
        item = self.selected()
        if item is None:
            return
        migration = self.services.migration
        document_id, doc_type = item.id, item.doc_type
        store = self.services.store

        def job() -> DocumentItem:
            name = save_attachment(store, source, doc_type)
            return migration.update_document(document_id, attachment=name)

        self.notice.show_message(self.tr("Menyalin lampiran..."), "info")
        self.tasks.run(
            job,
            lambda _d: self._attached(),
            lambda e: self.notice.show_message(
                self.tr("Lampiran tidak dapat disimpan: {error}").format(
                    error=getattr(e, "message", None) or e
                )
            ),
            write=True,
            owner=self,
        )

    def _attached(self) -> None:
        self.notice.show_message(self.tr("Lampiran disimpan."), "info")
        self.changed.emit()
        self.refresh()

    def attachment_path(self) -> Path | None:
        item = self.selected()
        if item is None or not item.attachment:
            return None
        return paths.attachments_dir() / item.attachment

    def open_attachment(self) -> None:
        path = self.attachment_path()
        if path is not None:
            show_attachment(self, self.tasks, self.notice, self.services.store, path.name)

    def show_history(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = HistoryDialog(
            self.services, self.tasks, "document_item", item.id, document_label(item.doc_type), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


# -- the page --------------------------------------------------------------------------------


class MigrationPage(QWidget):
    """Journeys of the centre, filtered by stage and by what is typed."""

    dialogOpened = Signal(object)

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.dialog: QDialog | None = None
        self._loaded_once = False
        self._generation = 0

        title = QLabel(self.tr("Layanan Migrasi"))
        title.setObjectName("pageTitle")
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("Semua tahap"), None)
        for stage in JourneyStage:
            self.stage_filter.addItem(stage_label(stage.value), stage.value)
        self.stage_filter.setAccessibleName(self.tr("Saring menurut tahap"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Saring nama, NIK, negara..."))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Saring perjalanan"))
        self.register_button = QPushButton(self.tr("Daftarkan perjalanan"))
        self.advance_button = QPushButton(self.tr("Pindah tahap"))
        self.documents_button = QPushButton(self.tr("Dokumen"))
        self.history_button = QPushButton(self.tr("Riwayat"))
        self.notice = MessageLabel()
        self.letters = LetterPrinter(services, tasks, self, self.notice)
        self.letters_button, letters_menu = letters_button(self)
        self.recommendation_action = letters_menu.addAction(self.tr("Surat rekomendasi desa"))
        self.consent_action = letters_menu.addAction(self.tr("Surat izin keluarga"))
        yes, no = self.tr("Ya"), self.tr("Tidak")
        self.model = RowsTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.name),
                Column(self.tr("NIK"), lambda r: r.nik),
                Column(self.tr("Tahap"), lambda r: stage_label(r.episode.stage)),
                Column(self.tr("Negara tujuan"), lambda r: r.episode.destination_country or ""),
                Column(
                    self.tr("Terdaftar"),
                    lambda r: show_date(r.episode.registered_on),
                    sort=lambda r: str(r.episode.registered_on or ""),
                ),
                Column(
                    self.tr("Berangkat"),
                    lambda r: show_date(r.episode.departure_date),
                    sort=lambda r: str(r.episode.departure_date or ""),
                ),
                Column(
                    self.tr("Prosedural"),
                    lambda r: (
                        (yes if r.episode.procedural else no) if r.episode.departure_date else ""
                    ),
                    colour=lambda r: (
                        RED if r.episode.departure_date and not r.episode.procedural else None
                    ),
                ),
                Column(
                    self.tr("Pulang"),
                    lambda r: show_date(r.episode.return_date),
                    sort=lambda r: str(r.episode.return_date or ""),
                ),
            ],
            self,
        )
        self.proxy = RowFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 150), (2, 270), (3, 130), (4, 95), (5, 95), (6, 85), (7, 95)):
            self.table.setColumnWidth(column, width)
        self.export = ExportBar(tasks, self.proxy, self.tr("perjalanan-migrasi"), self.notice)
        self.status = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Tahap:")))
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.export)
        actions = QHBoxLayout()
        for button in (
            self.register_button,
            self.advance_button,
            self.documents_button,
            self.history_button,
            self.letters_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.stage_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(self._filter)
        self.register_button.clicked.connect(self.register_journey)
        self.advance_button.clicked.connect(self.advance_selected)
        self.documents_button.clicked.connect(self.documents_of_selected)
        self.history_button.clicked.connect(self.history_of_selected)
        self.recommendation_action.triggered.connect(self.recommendation_of_selected)
        self.consent_action.triggered.connect(self.consent_of_selected)
        self.table.doubleClicked.connect(lambda _i: self.documents_of_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.model.modelReset.connect(self._enable)
        self._enable()
        self.setFocusProxy(self.search)

    # -- loading -------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if not self._loaded_once:
            self.refresh()
        super().showEvent(event)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        self._loaded_once = True
        self._generation += 1
        generation = self._generation
        stage = self.stage_filter.currentData()
        services = self.services
        self.status.setText(self.tr("Memuat..."))
        self.tasks.run(
            lambda: load_journeys(services, stage),
            lambda rows: self._loaded(generation, rows, select),
            lambda e: self.notice.show_message(getattr(e, "message", None) or str(e)),
            owner=self,
        )

    def _loaded(self, generation: int, rows: list[JourneyRow], select: uuid.UUID | None) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        if select is not None:
            for number in range(self.proxy.rowCount()):
                if self.proxy.row_object(number).episode.id == select:
                    self.table.selectRow(number)
                    break
        self._update_status()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_status()

    def _update_status(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.status.setText(self.tr("Belum ada perjalanan pada tahap ini."))
        elif shown == total:
            self.status.setText(self.tr("%n perjalanan", "", total))
        else:
            self.status.setText(
                self.tr("%n dari {total} perjalanan cocok", "", shown).format(total=total)
            )

    # -- actions -------------------------------------------------------------------------

    def selected(self) -> JourneyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_object(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (
            self.advance_button,
            self.documents_button,
            self.history_button,
            self.letters_button,
        ):
            button.setEnabled(chosen)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()

    def recommendation_of_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        episode_id = row.episode.id
        self.letters.ask_and_write(
            self.tr("surat-rekomendasi {name}").format(name=row.name),
            lambda service: service.recommendation(episode_id),
        )

    def consent_of_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        episode_id = row.episode.id
        dialog = ConsenterDialog(self)

        def accepted() -> None:
            name, relationship = dialog.name.text(), dialog.relationship.text()
            self.letters.ask_and_write(
                self.tr("surat-izin-keluarga {name}").format(name=row.name),
                lambda service: service.family_consent(
                    episode_id, consenter_name=name, consenter_relationship=relationship
                ),
            )

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def register_journey(self) -> None:
        dialog = RegisterJourneyDialog(self.services, self.tasks, self)
        dialog.saved.connect(self._registered)
        self._open(dialog)

    def _registered(self, episode: MigrationEpisode) -> None:
        self.notice.show_message(
            self.tr("Perjalanan didaftarkan, dengan daftar periksa dokumennya."), "info"
        )
        self.stage_filter.setCurrentIndex(0)
        self.refresh(select=episode.id)

    def advance_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = AdvanceDialog(self.services, self.tasks, row, self)
        dialog.saved.connect(self._advanced)
        self._open(dialog)

    def _advanced(self, episode: MigrationEpisode) -> None:
        text = self.tr("Tahap diubah menjadi {stage}.").format(stage=stage_label(episode.stage))
        if episode.stage == JourneyStage.DEPARTED and not episode.procedural:
            text += " " + self.tr("Dicatat sebagai keberangkatan NON-PROSEDURAL.")
        self.notice.show_message(text, "info")
        self.refresh(select=episode.id)

    def documents_of_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = DocumentsDialog(self.services, self.tasks, row, self)
        self._open(dialog)

    def history_of_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._open(
            HistoryDialog(
                self.services, self.tasks, "migration_episode", row.episode.id, row.name, self
            )
        )
