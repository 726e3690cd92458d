"""Usaha Produktif: businesses of migrant families and returnees with their monthly
reports, and the entrepreneurship trainings (pelatihan kewirausahaan) with participants."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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

from ..domain import Enterprise, EnterpriseReport, EnterpriseTraining, Person
from ..domain.enums import CapitalSource, EnterpriseSector, EnterpriseStatus
from ..services import Services
from .forms import FormDialog, PersonPicker, refuse
from .history_page import HistoryDialog
from .lists import ExportBar, make_table
from .table_model import Column, RowFilter, RowsTableModel, show_date, show_rupiah
from .tasks import TaskManager
from .widgets import MessageLabel

CLOSED_COLOUR = "#e6e6e6"


def sector_labels() -> dict[str, str]:
    return {
        EnterpriseSector.AGRICULTURE.value: QCoreApplication.translate(
            "EnterprisePage", "Pertanian"
        ),
        EnterpriseSector.LIVESTOCK.value: QCoreApplication.translate(
            "EnterprisePage", "Peternakan"
        ),
        EnterpriseSector.FISHERIES.value: QCoreApplication.translate("EnterprisePage", "Perikanan"),
        EnterpriseSector.FOOD.value: QCoreApplication.translate(
            "EnterprisePage", "Makanan dan minuman"
        ),
        EnterpriseSector.CRAFT.value: QCoreApplication.translate("EnterprisePage", "Kerajinan"),
        EnterpriseSector.TRADE.value: QCoreApplication.translate("EnterprisePage", "Perdagangan"),
        EnterpriseSector.SERVICES.value: QCoreApplication.translate("EnterprisePage", "Jasa"),
        EnterpriseSector.OTHER.value: QCoreApplication.translate("EnterprisePage", "Lainnya"),
    }


def capital_labels() -> dict[str, str]:
    return {
        CapitalSource.REMITTANCE.value: QCoreApplication.translate("EnterprisePage", "Remitansi"),
        CapitalSource.OWN_SAVINGS.value: QCoreApplication.translate(
            "EnterprisePage", "Tabungan sendiri"
        ),
        CapitalSource.COOPERATIVE_LOAN.value: QCoreApplication.translate(
            "EnterprisePage", "Pinjaman koperasi"
        ),
        CapitalSource.BANK_LOAN.value: QCoreApplication.translate(
            "EnterprisePage", "Pinjaman bank (KUR)"
        ),
        CapitalSource.GOVERNMENT_AID.value: QCoreApplication.translate(
            "EnterprisePage", "Bantuan pemerintah"
        ),
        CapitalSource.OTHER.value: QCoreApplication.translate("EnterprisePage", "Lainnya"),
    }


def enterprise_status_labels() -> dict[str, str]:
    return {
        EnterpriseStatus.PLANNED.value: QCoreApplication.translate("EnterprisePage", "Rencana"),
        EnterpriseStatus.ACTIVE.value: QCoreApplication.translate("EnterprisePage", "Aktif"),
        EnterpriseStatus.PAUSED.value: QCoreApplication.translate(
            "EnterprisePage", "Berhenti sementara"
        ),
        EnterpriseStatus.CLOSED.value: QCoreApplication.translate("EnterprisePage", "Tutup"),
    }


@dataclass(frozen=True)
class EnterpriseRow:
    enterprise: Enterprise
    owner: str


def load_enterprises(services: Services, status: str | None) -> list[EnterpriseRow]:
    """Businesses (of one status, or all) with their owners' names (worker thread)."""
    enterprises = services.enterprise.enterprises(status=status)
    if not enterprises:
        return []
    people = services.people.rows(e.owner_id for e in enterprises)
    return [
        EnterpriseRow(e, people[e.owner_id].name if e.owner_id in people else "?")
        for e in enterprises
    ]


# -- forms ----------------------------------------------------------------------------------


class EnterpriseDialog(FormDialog):
    """Record a business, or change one (``enterprise`` given)."""

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        parent: QWidget | None = None,
        enterprise: EnterpriseRow | None = None,
    ):
        title = (
            QCoreApplication.translate("EnterpriseDialog", "Ubah usaha: {name}").format(
                name=enterprise.enterprise.name
            )
            if enterprise
            else QCoreApplication.translate("EnterpriseDialog", "Tambah usaha")
        )
        super().__init__(title, tasks, parent)
        current = enterprise.enterprise if enterprise else None
        choose = [(None, self.tr("- pilih -"))]
        if current is None:
            self.picker = self.add_field(
                "owner_id", self.tr("Pemilik"), PersonPicker(services, tasks), required=True
            )
        self.add_text(
            "name",
            self.tr("Nama usaha"),
            required=True,
            max_length=160,
            value=getattr(current, "name", None),
        )
        self.add_choice(
            "sector",
            self.tr("Sektor usaha"),
            [*choose, *sector_labels().items()],
            required=True,
            value=getattr(current, "sector", None),
        )
        self.add_choice(
            "capital_source",
            self.tr("Sumber modal"),
            [*choose, *capital_labels().items()],
            required=True,
            value=getattr(current, "capital_source", None),
        )
        self.add_choice(
            "status",
            self.tr("Status usaha"),
            list(enterprise_status_labels().items()),
            required=True,
            value=getattr(current, "status", EnterpriseStatus.ACTIVE.value),
        )
        self.add_date(
            "started_on", self.tr("Mulai usaha"), value=getattr(current, "started_on", None)
        )
        self.add_text(
            "products",
            self.tr("Produk"),
            max_length=300,
            placeholder=self.tr("misalnya keripik singkong, kopi bubuk"),
            value=getattr(current, "products", None),
        )
        self.add_check(
            "exports", self.tr("Produk diekspor"), checked=bool(getattr(current, "exports", False))
        )
        self.finish()
        service = services.enterprise
        message = self.tr("Pilih pemiliknya dari hasil pencarian.")

        def job(values: dict[str, Any]) -> Enterprise:
            if current is not None:
                return service.update_enterprise(current.id, **values)
            owner = values.pop("owner_id")
            if owner is None:
                raise refuse("owner_id", message)
            return service.add_enterprise(owner, **values)

        self.job = job


class ReportDialog(FormDialog):
    """Laporan usaha: one month's revenue and workers (a second report of a month updates it)."""

    def __init__(
        self, services: Services, tasks: TaskManager, row: EnterpriseRow, parent: QWidget | None
    ):
        super().__init__(
            QCoreApplication.translate("ReportDialog", "Laporan bulanan: {name}").format(
                name=row.enterprise.name
            ),
            tasks,
            parent,
            intro=QCoreApplication.translate(
                "ReportDialog",
                "Satu laporan per bulan. Melapor lagi untuk bulan yang sama mengganti laporan sebelumnya.",
            ),
        )
        today = date.today()
        last_month = date(today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
        self.add_text(
            "period",
            self.tr("Periode (TTTT-BB)"),
            required=True,
            max_length=7,
            value=f"{last_month:%Y-%m}",
            placeholder=self.tr("misalnya 2024-07"),
        )
        self.add_rupiah("revenue", self.tr("Omzet (Rp)"), required=True)
        self.add_number(
            "workers", self.tr("Tenaga kerja"), maximum=9999, suffix=self.tr("orang"), required=True
        )
        self.add_notes("notes", self.tr("Catatan"))
        self.finish()
        service = services.enterprise
        enterprise_id = row.enterprise.id
        missing = self.tr("Isi omzet bulan itu (0 bila tidak ada penjualan).")

        def job(v: dict[str, Any]) -> EnterpriseReport:
            if v["revenue"] is None:
                raise refuse("revenue", missing)
            return service.report(
                enterprise_id,
                v["period"] or "",
                revenue=v["revenue"],
                workers=v["workers"],
                notes=v["notes"],
            )

        self.job = job


class BusinessTrainingDialog(FormDialog):
    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("BusinessTrainingDialog", "Tambah pelatihan kewirausahaan"),
            tasks,
            parent,
        )
        self.add_text("title", self.tr("Judul pelatihan"), required=True, max_length=200)
        self.add_date("held_on", self.tr("Tanggal pelatihan"), required=True, value=date.today())
        self.add_text("organiser", self.tr("Penyelenggara"), max_length=160)
        self.finish()
        service = services.enterprise
        self.job = lambda v: service.add_training(**v)


class ParticipantDialog(FormDialog):
    """Enrol one person in a training."""

    def __init__(
        self,
        tasks: TaskManager,
        services: Services,
        title: str,
        enrol: Any,
        parent: QWidget | None = None,
        extra: Any = None,
    ):
        super().__init__(title, tasks, parent)
        self.picker = self.add_field(
            "person_id", self.tr("Peserta"), PersonPicker(services, tasks), required=True
        )
        if extra is not None:
            extra(self)
        self.finish()
        message = self.tr("Pilih pesertanya dari hasil pencarian.")

        def job(values: dict[str, Any]) -> Any:
            if values["person_id"] is None:
                raise refuse("person_id", message)
            return enrol(values)

        self.job = job


# -- the page --------------------------------------------------------------------------------


class EnterprisePage(QWidget):
    """Businesses with the selected one's monthly reports; trainings with participants."""

    dialogOpened = Signal(object)
    enterpriseLoaded = Signal()
    trainingLoaded = Signal()

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.dialog: QDialog | None = None
        self._loaded_once = False
        self._generation = 0
        self._training_generation = 0
        sectors = sector_labels()
        capital = capital_labels()
        statuses = enterprise_status_labels()

        title = QLabel(self.tr("Usaha Produktif"))
        title.setObjectName("pageTitle")
        self.notice = MessageLabel()

        # -- businesses
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status usaha"))
        self.status_filter.addItem(self.tr("Semua status"), None)
        for value, text in statuses.items():
            self.status_filter.addItem(text, value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Saring nama usaha, pemilik, produk..."))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Tambah usaha"))
        self.edit_button = QPushButton(self.tr("Ubah usaha"))
        self.report_button = QPushButton(self.tr("Catat laporan bulanan"))
        self.history_button = QPushButton(self.tr("Riwayat"))
        self.enterprises = RowsTableModel(
            [
                Column(self.tr("Nama usaha"), lambda r: r.enterprise.name),
                Column(self.tr("Pemilik"), lambda r: r.owner),
                Column(
                    self.tr("Sektor"),
                    lambda r: sectors.get(r.enterprise.sector, r.enterprise.sector),
                ),
                Column(
                    self.tr("Sumber modal"),
                    lambda r: capital.get(r.enterprise.capital_source, r.enterprise.capital_source),
                ),
                Column(
                    self.tr("Status"),
                    lambda r: statuses.get(r.enterprise.status, r.enterprise.status),
                    colour=lambda r: (
                        CLOSED_COLOUR
                        if r.enterprise.status == EnterpriseStatus.CLOSED.value
                        else None
                    ),
                ),
                Column(
                    self.tr("Mulai"),
                    lambda r: show_date(r.enterprise.started_on),
                    sort=lambda r: (r.enterprise.started_on or date.min).isoformat(),
                ),
                Column(self.tr("Ekspor"), lambda r: self.tr("ya") if r.enterprise.exports else ""),
                Column(self.tr("Produk"), lambda r: r.enterprise.products or ""),
            ],
            self,
        )
        self.proxy = RowFilter(self)
        self.proxy.setSourceModel(self.enterprises)
        self.table = make_table()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        for column, width in ((0, 170), (1, 160), (2, 150), (3, 150), (4, 100), (5, 85), (6, 55)):
            self.table.setColumnWidth(column, width)
        self.export = ExportBar(tasks, self.proxy, self.tr("usaha-produktif"), self.notice)
        self.status = QLabel()

        self.reports = RowsTableModel(
            [
                Column(self.tr("Periode"), lambda r: r.period),
                Column(self.tr("Omzet"), lambda r: show_rupiah(r.revenue), align_right=True),
                Column(self.tr("Tenaga kerja"), lambda r: r.workers, align_right=True),
                Column(self.tr("Catatan"), lambda r: r.notes or ""),
            ],
            self,
        )
        self.reports_table = make_table()
        self.reports_table.setModel(self.reports)
        for column, width in ((0, 80), (1, 130), (2, 95)):
            self.reports_table.setColumnWidth(column, width)
        self.reports_title = QLabel(self.tr("Laporan bulanan: pilih usaha di atas."))
        self.reports_title.setStyleSheet("font-weight: 600;")
        self.reports_export = ExportBar(tasks, self.reports, self.tr("laporan-usaha"), self.notice)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.export)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.report_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.status)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        reports_head = QHBoxLayout()
        reports_head.addWidget(self.reports_title, 1)
        reports_head.addWidget(self.reports_export)
        below_layout.addLayout(reports_head)
        below_layout.addWidget(self.reports_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(below)
        splitter.setSizes([340, 190])
        businesses = QWidget()
        QVBoxLayout(businesses).addWidget(splitter)

        # -- trainings
        self.add_training_button = QPushButton(self.tr("Tambah pelatihan"))
        self.enrol_button = QPushButton(self.tr("Tambah peserta"))
        self.withdraw_button = QPushButton(self.tr("Keluarkan peserta"))
        self.withdraw_button.setToolTip(self.tr("Hapus peserta yang terdaftar karena keliru"))
        self.trainings = RowsTableModel(
            [
                Column(
                    self.tr("Tanggal"),
                    lambda t: show_date(t.held_on),
                    sort=lambda t: t.held_on.isoformat(),
                ),
                Column(self.tr("Judul pelatihan"), lambda t: t.title),
                Column(self.tr("Penyelenggara"), lambda t: t.organiser or ""),
            ],
            self,
        )
        self.trainings_proxy = RowFilter(self)
        self.trainings_proxy.setSourceModel(self.trainings)
        self.trainings_table = make_table()
        self.trainings_table.setModel(self.trainings_proxy)
        self.trainings_table.setColumnWidth(0, 90)
        self.trainings_table.setColumnWidth(1, 300)
        self.trainings_export = ExportBar(
            tasks, self.trainings_proxy, self.tr("pelatihan-kewirausahaan"), self.notice
        )
        self.participants = RowsTableModel(
            [
                Column(self.tr("Nama"), lambda p: p.name),
                Column(self.tr("NIK"), lambda p: p.nik or ""),
                Column(self.tr("Jenis kelamin"), lambda p: p.sex),
            ],
            self,
        )
        self.participants_table = make_table()
        self.participants_table.setModel(self.participants)
        self.participants_table.setColumnWidth(0, 220)
        self.participants_table.setColumnWidth(1, 150)
        self.participants_export = ExportBar(
            tasks, self.participants, self.tr("peserta-pelatihan"), self.notice
        )
        self.participants_title = QLabel(self.tr("Peserta: pilih pelatihan."))
        self.participants_title.setStyleSheet("font-weight: 600;")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_bar = QHBoxLayout()
        left_bar.addWidget(self.add_training_button)
        left_bar.addStretch(1)
        left_bar.addWidget(self.trainings_export)
        left_layout.addLayout(left_bar)
        left_layout.addWidget(self.trainings_table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_bar = QHBoxLayout()
        right_bar.addWidget(self.enrol_button)
        right_bar.addWidget(self.withdraw_button)
        right_bar.addStretch(1)
        right_bar.addWidget(self.participants_export)
        right_layout.addLayout(right_bar)
        right_layout.addWidget(self.participants_title)
        right_layout.addWidget(self.participants_table, 1)
        training_split = QSplitter(Qt.Orientation.Horizontal)
        training_split.addWidget(left)
        training_split.addWidget(right)
        training_split.setSizes([520, 520])
        trainings = QWidget()
        QVBoxLayout(trainings).addWidget(training_split)

        self.tabs = QTabWidget()
        self.tabs.addTab(businesses, self.tr("Usaha dan laporan"))
        self.tabs.addTab(trainings, self.tr("Pelatihan kewirausahaan"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(self._filter)
        self.add_button.clicked.connect(self.add_enterprise)
        self.edit_button.clicked.connect(self.edit_enterprise)
        self.report_button.clicked.connect(self.add_report)
        self.history_button.clicked.connect(self.enterprise_history)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.load_reports())
        self.table.doubleClicked.connect(lambda _i: self.edit_enterprise())
        self.add_training_button.clicked.connect(self.add_training)
        self.enrol_button.clicked.connect(self.enrol)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.trainings_table.selectionModel().selectionChanged.connect(
            lambda *_a: self.load_participants()
        )
        self.participants_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._enable()
        )
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self._enable()
        self.setFocusProxy(self.search)

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if not self._loaded_once:
            self.refresh()
            self.load_trainings()
        super().showEvent(event)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        self._loaded_once = True
        services = self.services
        status = self.status_filter.currentData()
        current = self.selected()
        keep = select or (current.enterprise.id if current else None)

        def show(rows: list[EnterpriseRow]) -> None:
            self.enterprises.set_rows(rows)
            for number in range(self.proxy.rowCount()):
                if self.proxy.row_object(number).enterprise.id == keep:
                    self.table.selectRow(number)
                    break
            self._update_status()
            self.load_reports()

        self.status.setText(self.tr("Memuat..."))
        self.tasks.run(lambda: load_enterprises(services, status), show, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(getattr(error, "message", None) or str(error), "error")

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_status()

    def _update_status(self) -> None:
        shown, total = self.proxy.rowCount(), self.enterprises.rowCount()
        self.status.setText(
            self.tr("%n usaha", "", total)
            if shown == total
            else self.tr("{shown} dari {total} usaha").format(shown=shown, total=total)
        )

    def selected(self) -> EnterpriseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_object(rows[0].row()) if rows else None

    def load_reports(self) -> None:
        self._generation += 1
        generation = self._generation
        row = self.selected()
        self._enable()
        if row is None:
            self.reports.set_rows([])
            self.reports_title.setText(self.tr("Laporan bulanan: pilih usaha di atas."))
            return
        self.reports_title.setText(
            self.tr("Laporan bulanan: {name}").format(name=row.enterprise.name)
        )
        service = self.services.enterprise
        enterprise_id = row.enterprise.id

        def show(reports: list[EnterpriseReport]) -> None:
            if generation != self._generation:
                return
            self.reports.set_rows(list(reversed(reports)))  # the latest month on top
            self.enterpriseLoaded.emit()

        self.tasks.run(lambda: service.reports(enterprise_id), show, self._failed, owner=self)

    def load_trainings(self, select: uuid.UUID | None = None) -> None:
        service = self.services.enterprise
        current = self.selected_training()
        keep = select or (current.id if current else None)

        def show(rows: list[EnterpriseTraining]) -> None:
            self.trainings.set_rows(rows)
            for number in range(self.trainings_proxy.rowCount()):
                if self.trainings_proxy.row_object(number).id == keep:
                    self.trainings_table.selectRow(number)
                    break
            self.load_participants()

        self.tasks.run(service.trainings, show, self._failed, owner=self)

    def selected_training(self) -> EnterpriseTraining | None:
        rows = self.trainings_table.selectionModel().selectedRows()
        return self.trainings_proxy.row_object(rows[0].row()) if rows else None

    def selected_participant(self) -> Person | None:
        rows = self.participants_table.selectionModel().selectedRows()
        return self.participants.row(rows[0].row()) if rows else None

    def load_participants(self) -> None:
        self._training_generation += 1
        generation = self._training_generation
        training = self.selected_training()
        self._enable()
        if training is None:
            self.participants.set_rows([])
            self.participants_title.setText(self.tr("Peserta: pilih pelatihan."))
            return
        service = self.services.enterprise
        training_id = training.id

        def show(people: list[Person]) -> None:
            if generation != self._training_generation:
                return
            self.participants.set_rows(people)
            self.participants_title.setText(
                self.tr("Peserta {title}: %n orang", "", len(people)).format(title=training.title)
            )
            self._enable()
            self.trainingLoaded.emit()

        self.tasks.run(lambda: service.participants(training_id), show, self._failed, owner=self)

    def _enable(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.report_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)
        self.enrol_button.setEnabled(self.selected_training() is not None)
        self.withdraw_button.setEnabled(self.selected_participant() is not None)

    # -- actions --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, after: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, FormDialog) and after is not None:
            dialog.saved.connect(after)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()

    def add_enterprise(self) -> None:
        self._open(
            EnterpriseDialog(self.services, self.tasks, self),
            lambda e: (
                self.notice.show_message(
                    self.tr("Usaha {name} dicatat.").format(name=e.name), "info"
                ),
                self.refresh(select=e.id),
            ),
        )

    def edit_enterprise(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._open(
            EnterpriseDialog(self.services, self.tasks, self, enterprise=row),
            lambda e: self.refresh(select=e.id),
        )

    def add_report(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._open(
            ReportDialog(self.services, self.tasks, row, self),
            lambda r: (
                self.notice.show_message(
                    self.tr("Laporan {period} dicatat.").format(period=r.period), "info"
                ),
                self.load_reports(),
            ),
        )

    def enterprise_history(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = HistoryDialog(
            self.services, self.tasks, "enterprise", row.enterprise.id, row.enterprise.name, self
        )
        self._open(dialog, None)

    def add_training(self) -> None:
        self._open(
            BusinessTrainingDialog(self.services, self.tasks, self),
            lambda t: self.load_trainings(select=t.id),
        )

    def enrol(self) -> None:
        training = self.selected_training()
        if training is None:
            return
        service = self.services.enterprise
        training_id = training.id
        self._open(
            ParticipantDialog(
                self.tasks,
                self.services,
                self.tr("Tambah peserta: {title}").format(title=training.title),
                lambda v: service.enrol(training_id, v["person_id"]),
                self,
            ),
            lambda _p: self.load_participants(),
        )

    def withdraw(self) -> None:
        training = self.selected_training()
        person = self.selected_participant()
        if training is None or person is None:
            return
        service = self.services.enterprise
        training_id, person_id = training.id, person.id
        self.tasks.run(
            lambda: service.withdraw(training_id, person_id),
            lambda _r: self.load_participants(),
            self._failed,
            write=True,
            owner=self,
        )
