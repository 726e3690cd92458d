"""Pelatihan: competency trainings at vocational centres (BLK/LPK), their participants and
results, and the competency certificates (sertifikat kompetensi, LSP/BNSP)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import CompetencyCertificate, Person, VocationalParticipant, VocationalTraining
from ..domain.enums import VocationalResult
from ..services import Services
from .enterprise_page import ParticipantDialog
from .forms import FormDialog, PersonPicker, refuse
from .lists import ExportBar, make_table
from .table_model import Column, RowFilter, RowsTableModel, show_date
from .tasks import TaskManager
from .widgets import MessageLabel

PASSED_COLOUR = "#d8f0d2"
FAILED_COLOUR = "#f4c7c3"
EXPIRED_COLOUR = "#f4c7c3"


def result_labels() -> dict[str, str]:
    return {
        VocationalResult.ENROLLED.value: QCoreApplication.translate("TrainingPage", "Terdaftar"),
        VocationalResult.COMPLETED.value: QCoreApplication.translate("TrainingPage", "Lulus"),
        VocationalResult.FAILED.value: QCoreApplication.translate("TrainingPage", "Tidak lulus"),
        VocationalResult.DROPPED.value: QCoreApplication.translate(
            "TrainingPage", "Mengundurkan diri"
        ),
    }


@dataclass(frozen=True)
class ParticipantRow:
    participant: VocationalParticipant
    person: Person


@dataclass(frozen=True)
class CertificateRow:
    certificate: CompetencyCertificate
    name: str
    training: str


def load_participants(services: Services, training_id: uuid.UUID) -> list[ParticipantRow]:
    return [
        ParticipantRow(p, person) for p, person in services.vocational.participants(training_id)
    ]


def load_certificates(services: Services) -> list[CertificateRow]:
    """Certificates with their holders' names and trainings (worker thread)."""
    certificates = services.vocational.certificates()
    if not certificates:
        return []
    names = {
        person_id: row.name
        for person_id, row in services.people.rows(c.person_id for c in certificates).items()
    }
    trainings = {t.id: t.title for t in services.vocational.trainings()}
    return [
        CertificateRow(
            c,
            names.get(c.person_id, "?"),
            trainings.get(c.training_id, "") if c.training_id else "",
        )
        for c in certificates
    ]


# -- forms ----------------------------------------------------------------------------------


class VocationalTrainingDialog(FormDialog):
    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("VocationalTrainingDialog", "Tambah pelatihan BLK"),
            tasks,
            parent,
        )
        self.add_text("title", self.tr("Nama pelatihan"), required=True, max_length=200)
        self.add_text(
            "institution",
            self.tr("BLK / LPK"),
            required=True,
            max_length=160,
            placeholder=self.tr("misalnya BLK Cilacap"),
        )
        self.add_text(
            "skill", self.tr("Kejuruan"), max_length=120, placeholder=self.tr("misalnya tata boga")
        )
        self.add_date("starts_on", self.tr("Tanggal mulai"), required=True, value=date.today())
        self.add_date("ends_on", self.tr("Tanggal selesai"))
        self.finish()
        service = services.vocational
        self.job = lambda v: service.add_training(**v)


class ResultDialog(FormDialog):
    def __init__(
        self, services: Services, tasks: TaskManager, row: ParticipantRow, parent: QWidget | None
    ):
        super().__init__(
            QCoreApplication.translate("ResultDialog", "Hasil pelatihan: {name}").format(
                name=row.person.name
            ),
            tasks,
            parent,
        )
        self.add_choice(
            "result",
            self.tr("Hasil pelatihan"),
            list(result_labels().items()),
            required=True,
            value=row.participant.result,
        )
        self.finish()
        service = services.vocational
        participant_id = row.participant.id
        self.job = lambda v: service.set_result(participant_id, v["result"])


class CertificateDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        trainings: list[VocationalTraining],
        parent: QWidget | None = None,
    ):
        super().__init__(
            QCoreApplication.translate("CertificateDialog", "Tambah sertifikat kompetensi"),
            tasks,
            parent,
        )
        self.add_field(
            "person_id", self.tr("Pemegang"), PersonPicker(services, tasks), required=True
        )
        self.add_choice(
            "training_id",
            self.tr("Pelatihan"),
            [
                (None, self.tr("- tanpa pelatihan BLK -")),
                *[(t.id, f"{t.title} ({show_date(t.starts_on)})") for t in trainings],
            ],
        )
        self.add_text("scheme", self.tr("Skema sertifikasi"), required=True, max_length=200)
        self.add_text("issuer", self.tr("LSP penerbit"), max_length=160)
        self.add_text("number", self.tr("Nomor sertifikat"), max_length=80)
        self.add_date("issued_on", self.tr("Tanggal terbit"), required=True, value=date.today())
        self.add_date("expires_on", self.tr("Tanggal habis berlaku"))
        self.finish()
        service = services.vocational
        message = self.tr("Pilih pemegang sertifikat dari hasil pencarian.")

        def job(values: dict[str, Any]) -> CompetencyCertificate:
            person_id = values.pop("person_id")
            if person_id is None:
                raise refuse("person_id", message)
            return service.add_certificate(person_id, **values)

        self.job = job


# -- the page --------------------------------------------------------------------------------


class TrainingPage(QWidget):
    """BLK trainings with the selected one's participants; certificates in a second tab."""

    dialogOpened = Signal(object)
    participantsLoaded = Signal()
    certificatesLoaded = Signal()

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.dialog: QDialog | None = None
        self._loaded_once = False
        self._generation = 0
        results = result_labels()
        today = date.today()

        title = QLabel(self.tr("Pelatihan"))
        title.setObjectName("pageTitle")
        self.notice = MessageLabel()

        # -- trainings
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Saring nama pelatihan, BLK, kejuruan..."))
        self.search.setClearButtonEnabled(True)
        self.add_training_button = QPushButton(self.tr("Tambah pelatihan"))
        self.trainings = RowsTableModel(
            [
                Column(self.tr("Nama pelatihan"), lambda t: t.title),
                Column(self.tr("BLK / LPK"), lambda t: t.institution),
                Column(self.tr("Kejuruan"), lambda t: t.skill or ""),
                Column(
                    self.tr("Mulai"),
                    lambda t: show_date(t.starts_on),
                    sort=lambda t: t.starts_on.isoformat(),
                ),
                Column(
                    self.tr("Selesai"),
                    lambda t: show_date(t.ends_on),
                    sort=lambda t: (t.ends_on or date.max).isoformat(),
                ),
            ],
            self,
        )
        self.trainings_proxy = RowFilter(self)
        self.trainings_proxy.setSourceModel(self.trainings)
        self.trainings_table = make_table()
        self.trainings_table.setModel(self.trainings_proxy)
        self.trainings_table.setSortingEnabled(True)
        self.trainings_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        for column, width in ((0, 170), (1, 150), (2, 85), (3, 80)):
            self.trainings_table.setColumnWidth(column, width)
        self.trainings_export = ExportBar(
            tasks, self.trainings_proxy, self.tr("pelatihan-blk"), self.notice
        )
        self.trainings_status = QLabel()

        self.enrol_button = QPushButton(self.tr("Tambah peserta"))
        self.result_button = QPushButton(self.tr("Catat hasil"))

        def result_colour(r: ParticipantRow) -> str | None:
            if r.participant.result == VocationalResult.COMPLETED.value:
                return PASSED_COLOUR
            if r.participant.result == VocationalResult.FAILED.value:
                return FAILED_COLOUR
            return None

        self.participants = RowsTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.person.name),
                Column(self.tr("NIK"), lambda r: r.person.nik or ""),
                Column(
                    self.tr("Hasil"),
                    lambda r: results.get(r.participant.result, r.participant.result),
                    colour=result_colour,
                ),
            ],
            self,
        )
        self.participants_table = make_table()
        self.participants_table.setModel(self.participants)
        self.participants_table.setColumnWidth(1, 140)
        self.participants_table.setColumnWidth(2, 110)
        self.participants_table.horizontalHeader().setStretchLastSection(False)
        self.participants_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.participants_title = QLabel(self.tr("Peserta: pilih pelatihan."))
        self.participants_title.setStyleSheet("font-weight: 600;")
        self.participants_export = ExportBar(
            tasks, self.participants, self.tr("peserta-blk"), self.notice
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_bar = QHBoxLayout()
        left_bar.addWidget(self.search, 1)
        left_bar.addWidget(self.add_training_button)
        left_layout.addLayout(left_bar)
        left_layout.addWidget(self.trainings_table, 1)
        left_bottom = QHBoxLayout()
        left_bottom.addWidget(self.trainings_status, 1)
        left_bottom.addWidget(self.trainings_export)
        left_layout.addLayout(left_bottom)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_bar = QHBoxLayout()
        right_bar.addWidget(self.enrol_button)
        right_bar.addWidget(self.result_button)
        right_bar.addStretch(1)
        right_layout.addLayout(right_bar)
        right_layout.addWidget(self.participants_title)
        right_layout.addWidget(self.participants_table, 1)
        right_bottom = QHBoxLayout()
        right_bottom.addStretch(1)
        right_bottom.addWidget(self.participants_export)
        right_layout.addLayout(right_bottom)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        trainings_tab = QWidget()
        QVBoxLayout(trainings_tab).addWidget(split)

        # -- certificates
        self.certificate_search = QLineEdit()
        self.certificate_search.setPlaceholderText(self.tr("Saring nama, skema, nomor..."))
        self.certificate_search.setClearButtonEnabled(True)
        self.add_certificate_button = QPushButton(self.tr("Tambah sertifikat"))

        def expiry_colour(r: CertificateRow) -> str | None:
            expires = r.certificate.expires_on
            return EXPIRED_COLOUR if expires is not None and expires < today else None

        self.certificates = RowsTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.name),
                Column(self.tr("Skema sertifikasi"), lambda r: r.certificate.scheme),
                Column(self.tr("LSP penerbit"), lambda r: r.certificate.issuer or ""),
                Column(self.tr("Nomor"), lambda r: r.certificate.number or ""),
                Column(
                    self.tr("Terbit"),
                    lambda r: show_date(r.certificate.issued_on),
                    sort=lambda r: r.certificate.issued_on.isoformat(),
                ),
                Column(
                    self.tr("Berlaku sampai"),
                    lambda r: show_date(r.certificate.expires_on),
                    colour=expiry_colour,
                    sort=lambda r: (r.certificate.expires_on or date.max).isoformat(),
                ),
                Column(self.tr("Pelatihan"), lambda r: r.training),
            ],
            self,
        )
        self.certificates_proxy = RowFilter(self)
        self.certificates_proxy.setSourceModel(self.certificates)
        self.certificates_table = make_table()
        self.certificates_table.setModel(self.certificates_proxy)
        self.certificates_table.setSortingEnabled(True)
        self.certificates_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        for column, width in ((0, 190), (1, 220), (2, 150), (3, 130), (4, 85), (5, 100)):
            self.certificates_table.setColumnWidth(column, width)
        self.certificates_export = ExportBar(
            tasks, self.certificates_proxy, self.tr("sertifikat-kompetensi"), self.notice
        )
        self.certificates_status = QLabel()
        certificates_tab = QWidget()
        cert_layout = QVBoxLayout(certificates_tab)
        cert_bar = QHBoxLayout()
        cert_bar.addWidget(self.certificate_search, 1)
        cert_bar.addWidget(self.add_certificate_button)
        cert_bar.addWidget(self.certificates_export)
        cert_layout.addLayout(cert_bar)
        cert_layout.addWidget(self.certificates_table, 1)
        cert_layout.addWidget(self.certificates_status)

        self.tabs = QTabWidget()
        self.tabs.addTab(trainings_tab, self.tr("Pelatihan BLK dan peserta"))
        self.tabs.addTab(certificates_tab, self.tr("Sertifikat kompetensi"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

        self.search.textChanged.connect(self._filter_trainings)
        self.certificate_search.textChanged.connect(self._filter_certificates)
        self.add_training_button.clicked.connect(self.add_training)
        self.enrol_button.clicked.connect(self.enrol)
        self.result_button.clicked.connect(self.set_result)
        self.add_certificate_button.clicked.connect(self.add_certificate)
        self.trainings_table.selectionModel().selectionChanged.connect(
            lambda *_a: self.load_participants()
        )
        self.participants_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._enable()
        )
        self.participants_table.doubleClicked.connect(lambda _i: self.set_result())
        self._enable()
        self.setFocusProxy(self.search)

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if not self._loaded_once:
            self.refresh()
            self.load_certificates()
        super().showEvent(event)

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(getattr(error, "message", None) or str(error), "error")

    def refresh(self, select: uuid.UUID | None = None) -> None:
        self._loaded_once = True
        service = self.services.vocational
        current = self.selected_training()
        keep = select or (current.id if current else None)

        def show(rows: list[VocationalTraining]) -> None:
            self.trainings.set_rows(rows)
            for number in range(self.trainings_proxy.rowCount()):
                if self.trainings_proxy.row_object(number).id == keep:
                    self.trainings_table.selectRow(number)
                    break
            self._trainings_status()
            self.load_participants()

        self.trainings_status.setText(self.tr("Memuat..."))
        self.tasks.run(service.trainings, show, self._failed, owner=self)

    def load_certificates(self) -> None:
        services = self.services

        def show(rows: list[CertificateRow]) -> None:
            self.certificates.set_rows(rows)
            self._certificates_status()
            self.certificatesLoaded.emit()

        self.certificates_status.setText(self.tr("Memuat..."))
        self.tasks.run(lambda: load_certificates(services), show, self._failed, owner=self)

    def _filter_trainings(self, text: str) -> None:
        self.trainings_proxy.set_text(text)
        self._trainings_status()

    def _filter_certificates(self, text: str) -> None:
        self.certificates_proxy.set_text(text)
        self._certificates_status()

    def _trainings_status(self) -> None:
        shown, total = self.trainings_proxy.rowCount(), self.trainings.rowCount()
        self.trainings_status.setText(
            self.tr("%n pelatihan", "", total)
            if shown == total
            else self.tr("{shown} dari {total} pelatihan").format(shown=shown, total=total)
        )

    def _certificates_status(self) -> None:
        shown, total = self.certificates_proxy.rowCount(), self.certificates.rowCount()
        self.certificates_status.setText(
            self.tr("%n sertifikat", "", total)
            if shown == total
            else self.tr("{shown} dari {total} sertifikat").format(shown=shown, total=total)
        )

    def selected_training(self) -> VocationalTraining | None:
        rows = self.trainings_table.selectionModel().selectedRows()
        return self.trainings_proxy.row_object(rows[0].row()) if rows else None

    def selected_participant(self) -> ParticipantRow | None:
        rows = self.participants_table.selectionModel().selectedRows()
        return self.participants.row(rows[0].row()) if rows else None

    def load_participants(self, select: uuid.UUID | None = None) -> None:
        self._generation += 1
        generation = self._generation
        training = self.selected_training()
        self._enable()
        if training is None:
            self.participants.set_rows([])
            self.participants_title.setText(self.tr("Peserta: pilih pelatihan."))
            return
        services = self.services
        training_id = training.id
        current = self.selected_participant()
        keep = select or (current.participant.id if current else None)

        def show(rows: list[ParticipantRow]) -> None:
            if generation != self._generation:
                return
            self.participants.set_rows(rows)
            for number, row in enumerate(rows):
                if row.participant.id == keep:
                    self.participants_table.selectRow(number)
                    break
            passed = sum(1 for r in rows if r.participant.result == VocationalResult.COMPLETED)
            self.participants_title.setText(
                self.tr("{title}: %n peserta, {passed} lulus", "", len(rows)).format(
                    title=training.title, passed=passed
                )
            )
            self._enable()
            self.participantsLoaded.emit()

        self.tasks.run(
            lambda: load_participants(services, training_id), show, self._failed, owner=self
        )

    def _enable(self) -> None:
        self.enrol_button.setEnabled(self.selected_training() is not None)
        self.result_button.setEnabled(self.selected_participant() is not None)

    # -- actions --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, after: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, FormDialog) and after is not None:
            dialog.saved.connect(after)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()

    def add_training(self) -> None:
        self._open(
            VocationalTrainingDialog(self.services, self.tasks, self),
            lambda t: self.refresh(select=t.id),
        )

    def enrol(self) -> None:
        training = self.selected_training()
        if training is None:
            return
        service = self.services.vocational
        training_id = training.id

        label = self.tr("Hasil pelatihan")

        def extra(dialog: FormDialog) -> None:
            dialog.add_choice(
                "result",
                label,
                list(result_labels().items()),
                required=True,
                value=VocationalResult.ENROLLED.value,
            )

        self._open(
            ParticipantDialog(
                self.tasks,
                self.services,
                self.tr("Tambah peserta: {title}").format(title=training.title),
                lambda v: service.enrol(training_id, v["person_id"], result=v["result"]),
                self,
                extra=extra,
            ),
            lambda p: self.load_participants(select=p.id),
        )

    def set_result(self) -> None:
        row = self.selected_participant()
        if row is None:
            return
        self._open(
            ResultDialog(self.services, self.tasks, row, self),
            lambda p: self.load_participants(select=p.id),
        )

    def add_certificate(self) -> None:
        trainings = self.trainings.rows()
        self._open(
            CertificateDialog(self.services, self.tasks, trainings, self),
            lambda _c: (
                self.notice.show_message(self.tr("Sertifikat dicatat."), "info"),
                self.load_certificates(),
            ),
        )
