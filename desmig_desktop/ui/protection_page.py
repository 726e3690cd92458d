"""Perlindungan: protection cases (type and red flags), status changes, referrals to
partners, and follow-ups with due dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain import CaseFollowUp, CaseReferral, ProtectionCase
from ..domain.enums import CaseStatus, CaseType, RedFlag, ReferralPartner
from ..services import Services
from ..services.protection import status_label
from .forms import FormDialog, PersonPicker, refuse
from .history_page import HistoryDialog
from .letters import LetterPrinter
from .lists import ExportBar, make_table
from .table_model import Column, RowFilter, RowsTableModel, show_date
from .tasks import TaskManager
from .widgets import MessageLabel

OVERDUE = "#f4c7c3"
DUE_TODAY = "#ffe3a3"


def case_type_labels() -> dict[str, str]:
    return {
        CaseType.WANTS_TO_GO_HOME.value: QCoreApplication.translate(
            "ProtectionPage", "Ingin dipulangkan"
        ),
        CaseType.UNPAID_WAGES.value: QCoreApplication.translate(
            "ProtectionPage", "Gaji tidak dibayar"
        ),
        CaseType.DEPORTED.value: QCoreApplication.translate("ProtectionPage", "Dideportasi"),
        CaseType.FAILED_TO_DEPART.value: QCoreApplication.translate(
            "ProtectionPage", "Gagal berangkat"
        ),
        CaseType.DIED_ABROAD.value: QCoreApplication.translate(
            "ProtectionPage", "Meninggal di luar negeri"
        ),
        CaseType.JOB_FRAUD.value: QCoreApplication.translate(
            "ProtectionPage", "Penipuan peluang kerja"
        ),
        CaseType.ILLNESS.value: QCoreApplication.translate("ProtectionPage", "Sakit"),
        CaseType.TRAFFICKING.value: QCoreApplication.translate(
            "ProtectionPage", "Perdagangan orang (TPPO)"
        ),
        CaseType.SOCIAL_SECURITY.value: QCoreApplication.translate(
            "ProtectionPage", "Masalah jaminan sosial"
        ),
        CaseType.LOST_CONTACT.value: QCoreApplication.translate("ProtectionPage", "Hilang kontak"),
        CaseType.WORK_NOT_AS_CONTRACTED.value: QCoreApplication.translate(
            "ProtectionPage", "Pekerjaan tidak sesuai perjanjian"
        ),
        CaseType.EMPLOYER_VIOLENCE.value: QCoreApplication.translate(
            "ProtectionPage", "Kekerasan dari majikan"
        ),
        CaseType.MENTAL_ILLNESS.value: QCoreApplication.translate(
            "ProtectionPage", "Gangguan jiwa"
        ),
        CaseType.PASSPORT_WITHHELD.value: QCoreApplication.translate(
            "ProtectionPage", "Paspor ditahan"
        ),
        CaseType.OVERCHARGING.value: QCoreApplication.translate(
            "ProtectionPage", "Biaya penempatan berlebih"
        ),
        CaseType.SEXUAL_HARASSMENT.value: QCoreApplication.translate(
            "ProtectionPage", "Pelecehan seksual"
        ),
        CaseType.OVERSTAY.value: QCoreApplication.translate(
            "ProtectionPage", "Melebihi izin tinggal (overstay)"
        ),
        CaseType.OTHER.value: QCoreApplication.translate("ProtectionPage", "Lainnya"),
    }


def red_flag_labels() -> dict[str, str]:
    return {
        RedFlag.TOURIST_OR_UMRAH_VISA.value: QCoreApplication.translate(
            "ProtectionPage", "Visa turis/umrah"
        ),
        RedFlag.RECRUITER.value: QCoreApplication.translate("ProtectionPage", "Lewat calo"),
        RedFlag.UNCLEAR_PURPOSE.value: QCoreApplication.translate(
            "ProtectionPage", "Tujuan tidak jelas"
        ),
        RedFlag.DEBT_BONDAGE.value: QCoreApplication.translate("ProtectionPage", "Jeratan utang"),
        RedFlag.CONFISCATED_PASSPORT.value: QCoreApplication.translate(
            "ProtectionPage", "Paspor disita"
        ),
    }


def partner_labels() -> dict[str, str]:
    return {
        ReferralPartner.DISNAKER.value: QCoreApplication.translate(
            "ProtectionPage", "Disnaker / LTSA"
        ),
        ReferralPartner.BP3MI.value: QCoreApplication.translate("ProtectionPage", "BP3MI"),
        ReferralPartner.POLICE.value: QCoreApplication.translate(
            "ProtectionPage", "Polisi / Satgas TPPO"
        ),
        ReferralPartner.EMBASSY.value: QCoreApplication.translate("ProtectionPage", "KBRI / KJRI"),
        ReferralPartner.SOCIAL_AFFAIRS.value: QCoreApplication.translate(
            "ProtectionPage", "Dinas Sosial"
        ),
        ReferralPartner.IOM.value: QCoreApplication.translate("ProtectionPage", "IOM"),
        ReferralPartner.NGO.value: QCoreApplication.translate("ProtectionPage", "LSM"),
        ReferralPartner.OTHER.value: QCoreApplication.translate("ProtectionPage", "Lainnya"),
    }


@dataclass(frozen=True)
class CaseRow:
    case: ProtectionCase
    name: str


def load_cases(services: Services, status: str | None) -> list[CaseRow]:
    cases = services.protection.cases(status=status)
    if not cases:
        return []
    people = services.people.rows(case.person_id for case in cases)
    return [
        CaseRow(case, people[case.person_id].name if case.person_id in people else "?")
        for case in cases
    ]


def load_case(services: Services, case_id: Any) -> tuple[list[CaseReferral], list[CaseFollowUp]]:
    protection = services.protection
    return protection.referrals(case_id), protection.follow_ups(case_id)


class RedFlagBoxes(QWidget):
    """The red flags as tick boxes; ``value()`` is the list of ticked ones."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, (value, text) in enumerate(red_flag_labels().items()):
            box = QCheckBox(text)
            self.boxes[value] = box
            grid.addWidget(box, number // 2, number % 2)

    def value(self) -> list[str]:
        return [value for value, box in self.boxes.items() if box.isChecked()]


class CaseDialog(FormDialog):
    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("CaseDialog", "Buka kasus perlindungan"), tasks, parent
        )
        self.picker = self.add_field(
            "person_id", self.tr("Orang"), PersonPicker(services, tasks), required=True
        )
        self.add_choice(
            "case_type",
            self.tr("Jenis kasus"),
            [(None, self.tr("- pilih -")), *case_type_labels().items()],
            required=True,
        )
        self.flags = self.add_field("red_flags", self.tr("Tanda bahaya"), RedFlagBoxes())
        self.add_date("reported_on", self.tr("Tanggal laporan"), required=True, value=date.today())
        self.add_text("reported_by", self.tr("Pelapor"), max_length=120)
        self.add_notes("description", self.tr("Uraian"))
        self.finish()
        protection = services.protection
        message = self.tr("Pilih orangnya dari hasil pencarian.")

        def job(values: dict[str, Any]) -> ProtectionCase:
            person_id = values.pop("person_id")
            if person_id is None:
                raise refuse("person_id", message)
            return protection.open_case(person_id, **values)

        self.job = job


class StatusDialog(FormDialog):
    def __init__(
        self, services: Services, tasks: TaskManager, row: CaseRow, parent: QWidget | None
    ):
        super().__init__(
            QCoreApplication.translate("StatusDialog", "Ubah status kasus: {name}").format(
                name=row.name
            ),
            tasks,
            parent,
            intro=QCoreApplication.translate("StatusDialog", "Status sekarang: {status}").format(
                status=status_label(row.case.status)
            ),
        )
        choices = [(s.value, status_label(s.value)) for s in CaseStatus if s != row.case.status]
        self.add_choice("status", self.tr("Status baru"), choices, required=True)
        self.add_date("on", self.tr("Tanggal ditutup (bila ditutup)"), value=date.today())
        self.aliases = {"closed_on": "on"}
        self.finish()
        protection = services.protection
        case_id = row.case.id
        self.job = lambda v: protection.set_status(case_id, v["status"], on=v["on"])


class ReferralDialog(FormDialog):
    def __init__(
        self, services: Services, tasks: TaskManager, row: CaseRow, parent: QWidget | None
    ):
        super().__init__(
            QCoreApplication.translate("ReferralDialog", "Rujuk kasus: {name}").format(
                name=row.name
            ),
            tasks,
            parent,
        )
        self.add_choice(
            "partner", self.tr("Mitra rujukan"), list(partner_labels().items()), required=True
        )
        self.add_text("partner_detail", self.tr("Keterangan mitra"), max_length=200)
        self.add_date("referred_on", self.tr("Tanggal rujukan"), required=True, value=date.today())
        self.add_text("reference_no", self.tr("Nomor rujukan"), max_length=60)
        self.finish()
        protection = services.protection
        case_id = row.case.id

        def job(v: dict[str, Any]) -> CaseReferral:
            return protection.refer(
                case_id,
                v.pop("partner"),
                v.pop("referred_on"),
                **{k: value for k, value in v.items() if value is not None},
            )

        self.job = job


class FollowUpDialog(FormDialog):
    def __init__(
        self, services: Services, tasks: TaskManager, row: CaseRow, parent: QWidget | None
    ):
        super().__init__(
            QCoreApplication.translate("FollowUpDialog", "Tindak lanjut: {name}").format(
                name=row.name
            ),
            tasks,
            parent,
        )
        self.add_text("action", self.tr("Tindakan"), required=True, max_length=300)
        self.add_date("due_on", self.tr("Batas waktu"), required=True)
        self.add_text("notes", self.tr("Catatan"), max_length=1000)
        self.finish()
        protection = services.protection
        case_id = row.case.id
        self.job = lambda v: protection.add_follow_up(
            case_id, v["action"] or "", v["due_on"], notes=v["notes"]
        )


class ProtectionPage(QWidget):
    """Cases above; the selected case's referrals and follow-ups below."""

    dialogOpened = Signal(object)
    caseLoaded = Signal()

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.dialog: QDialog | None = None
        self._loaded_once = False
        self._generation = 0
        types = case_type_labels()
        flags = red_flag_labels()
        partners = partner_labels()

        title = QLabel(self.tr("Perlindungan"))
        title.setObjectName("pageTitle")
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in CaseStatus:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Saring nama, jenis kasus..."))
        self.search.setClearButtonEnabled(True)
        self.open_button = QPushButton(self.tr("Buka kasus"))
        self.status_button = QPushButton(self.tr("Ubah status"))
        self.refer_button = QPushButton(self.tr("Rujuk"))
        self.follow_up_button = QPushButton(self.tr("Tambah tindak lanjut"))
        self.done_button = QPushButton(self.tr("Tandai selesai"))
        self.history_button = QPushButton(self.tr("Riwayat"))
        self.notice = MessageLabel()
        self.letters = LetterPrinter(services, tasks, self, self.notice)
        self.referral_letter_button = QPushButton(self.tr("Cetak surat rujukan"))
        self.referral_letter_button.setToolTip(
            self.tr("Surat rujukan untuk mitra, dari rujukan yang dipilih")
        )

        self.cases = RowsTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.name),
                Column(
                    self.tr("Jenis kasus"), lambda r: types.get(r.case.case_type, r.case.case_type)
                ),
                Column(self.tr("Status"), lambda r: status_label(r.case.status)),
                Column(
                    self.tr("Dilaporkan"),
                    lambda r: show_date(r.case.reported_on),
                    sort=lambda r: r.case.reported_on.isoformat(),
                ),
                Column(
                    self.tr("Tanda bahaya"),
                    lambda r: ", ".join(flags.get(f, f) for f in r.case.red_flags.split(",") if f),
                    colour=lambda r: OVERDUE if r.case.red_flags else None,
                ),
            ],
            self,
        )
        self.proxy = RowFilter(self)
        self.proxy.setSourceModel(self.cases)
        self.table = make_table()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        for column, width in ((0, 220), (1, 240), (2, 100), (3, 95)):
            self.table.setColumnWidth(column, width)
        self.export = ExportBar(tasks, self.proxy, self.tr("kasus-perlindungan"), self.notice)
        self.status = QLabel()

        today = date.today()
        self.referrals = RowsTableModel(
            [
                Column(self.tr("Tanggal"), lambda r: show_date(r.referred_on)),
                Column(self.tr("Mitra"), lambda r: partners.get(r.partner, r.partner)),
                Column(self.tr("Nomor"), lambda r: r.reference_no or ""),
                Column(self.tr("Hasil"), lambda r: r.outcome or ""),
            ],
            self,
        )
        self.referrals_table = make_table()
        self.referrals_table.setModel(self.referrals)
        self.referrals_table.setColumnWidth(0, 85)
        self.referrals_table.setColumnWidth(1, 150)

        def due_colour(f: CaseFollowUp) -> str | None:
            if f.done_on is not None:
                return None
            if f.due_on < today:
                return OVERDUE
            return DUE_TODAY if f.due_on == today else None

        self.follow_ups = RowsTableModel(
            [
                Column(self.tr("Batas waktu"), lambda f: show_date(f.due_on), colour=due_colour),
                Column(self.tr("Tindakan"), lambda f: f.action),
                Column(self.tr("Selesai"), lambda f: show_date(f.done_on)),
            ],
            self,
        )
        self.follow_ups_table = make_table()
        self.follow_ups_table.setModel(self.follow_ups)
        self.follow_ups_table.setColumnWidth(0, 90)
        self.follow_ups_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.follow_ups_table.horizontalHeader().setStretchLastSection(False)
        self.follow_ups_table.setColumnWidth(2, 85)
        self.follow_ups_export = ExportBar(
            tasks, self.follow_ups, self.tr("tindak-lanjut"), self.notice
        )

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.export)
        actions = QHBoxLayout()
        for button in (
            self.open_button,
            self.status_button,
            self.refer_button,
            self.history_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.status)
        below = QWidget()
        below_layout = QHBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        referrals_box = QVBoxLayout()
        referrals_head = QHBoxLayout()
        referrals_head.addWidget(QLabel(self.tr("Rujukan")), 1)
        referrals_head.addWidget(self.referral_letter_button)
        referrals_box.addLayout(referrals_head)
        referrals_box.addWidget(self.referrals_table)
        follow_box = QVBoxLayout()
        follow_head = QHBoxLayout()
        follow_head.addWidget(QLabel(self.tr("Tindak lanjut")), 1)
        follow_head.addWidget(self.follow_up_button)
        follow_head.addWidget(self.done_button)
        follow_head.addWidget(self.follow_ups_export)
        follow_box.addLayout(follow_head)
        follow_box.addWidget(self.follow_ups_table)
        below_layout.addLayout(referrals_box, 2)
        below_layout.addLayout(follow_box, 3)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(below)
        splitter.setSizes([330, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(self._filter)
        self.open_button.clicked.connect(self.open_case)
        self.status_button.clicked.connect(self.change_status)
        self.refer_button.clicked.connect(self.refer)
        self.follow_up_button.clicked.connect(self.add_follow_up)
        self.done_button.clicked.connect(self.mark_done)
        self.history_button.clicked.connect(self.case_history)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.load_case())
        self.follow_ups_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.referrals_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.referral_letter_button.clicked.connect(self.referral_letter)
        self._enable()
        self.setFocusProxy(self.search)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if not self._loaded_once:
            self.refresh()
        super().showEvent(event)

    def refresh(self, select: Any = None) -> None:
        self._loaded_once = True
        services = self.services
        status = self.status_filter.currentData()
        current = self.selected()
        keep = select or (current.case.id if current else None)

        def show(rows: list[CaseRow]) -> None:
            self.cases.set_rows(rows)
            for number in range(self.proxy.rowCount()):
                if self.proxy.row_object(number).case.id == keep:
                    self.table.selectRow(number)
                    break
            self._update_status()
            self.load_case()

        self.status.setText(self.tr("Memuat..."))
        self.tasks.run(lambda: load_cases(services, status), show, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(getattr(error, "message", None) or str(error), "error")

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_status()

    def _update_status(self) -> None:
        total, shown = self.cases.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.status.setText(self.tr("%n kasus", "", total))
        else:
            self.status.setText(
                self.tr("%n dari {total} kasus cocok", "", shown).format(total=total)
            )

    def selected(self) -> CaseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_object(rows[0].row()) if rows else None

    def selected_follow_up(self) -> CaseFollowUp | None:
        rows = self.follow_ups_table.selectionModel().selectedRows()
        return self.follow_ups.row(rows[0].row()) if rows else None

    def load_case(self) -> None:
        row = self.selected()
        self._generation += 1
        generation = self._generation
        self._enable()
        if row is None:
            self.referrals.set_rows([])
            self.follow_ups.set_rows([])
            return
        services = self.services
        case_id = row.case.id

        def show(loaded: tuple[list[CaseReferral], list[CaseFollowUp]]) -> None:
            if generation != self._generation:
                return
            self.referrals.set_rows(loaded[0])
            self.follow_ups.set_rows(loaded[1])
            self._enable()
            self.caseLoaded.emit()

        self.tasks.run(lambda: load_case(services, case_id), show, self._failed, owner=self)

    def _enable(self) -> None:
        row = self.selected()
        chosen = row is not None
        for button in (self.status_button, self.refer_button, self.history_button):
            button.setEnabled(chosen)
        self.follow_up_button.setEnabled(chosen and row.case.status != CaseStatus.CLOSED)
        follow_up = self.selected_follow_up()
        self.done_button.setEnabled(follow_up is not None and follow_up.done_on is None)
        self.referral_letter_button.setEnabled(self.selected_referral() is not None)

    def selected_referral(self) -> CaseReferral | None:
        rows = self.referrals_table.selectionModel().selectedRows()
        return self.referrals.row(rows[0].row()) if rows else None

    def referral_letter(self) -> None:
        row, referral = self.selected(), self.selected_referral()
        if row is None or referral is None:
            return
        referral_id = referral.id
        self.letters.ask_and_write(
            self.tr("surat-rujukan {name}").format(name=row.name),
            lambda service: service.referral(referral_id),
        )

    def _open(self, dialog: QDialog, text: str = "") -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, FormDialog):
            dialog.saved.connect(lambda result: self._saved(result, text))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()

    def _saved(self, result: Any, text: str) -> None:
        self.notice.show_message(text, "info")
        case_id = result.id if isinstance(result, ProtectionCase) else None
        self.refresh(select=case_id)

    def open_case(self) -> None:
        self._open(CaseDialog(self.services, self.tasks, self), self.tr("Kasus dibuka."))

    def change_status(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(
                StatusDialog(self.services, self.tasks, row, self), self.tr("Status kasus diubah.")
            )

    def refer(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(
                ReferralDialog(self.services, self.tasks, row, self), self.tr("Rujukan dicatat.")
            )

    def add_follow_up(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(
                FollowUpDialog(self.services, self.tasks, row, self),
                self.tr("Tindak lanjut dicatat."),
            )

    def mark_done(self) -> None:
        follow_up = self.selected_follow_up()
        if follow_up is None:
            return
        protection = self.services.protection
        follow_up_id = follow_up.id
        self.tasks.run(
            lambda: protection.mark_done(follow_up_id),
            lambda _f: self._saved(None, self.tr("Tindak lanjut ditandai selesai.")),
            self._failed,
            write=True,
            owner=self,
        )

    def case_history(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(
                HistoryDialog(
                    self.services, self.tasks, "protection_case", row.case.id, row.name, self
                )
            )
