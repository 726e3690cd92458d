"""Koperasi: members, savings per kind with reversing entries instead of edits, and loans
with their schedule, repayments and what is still owed."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
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

from ..domain import CoopLoan, CoopMember, LoanRepayment
from ..domain.enums import CooperativeKind, LoanStatus, SavingsDirection, SavingsKind
from ..services import Services
from ..services.cooperative import Installment, Outstanding, StatementLine
from .forms import FormDialog, PersonPicker, refuse
from .history_page import HistoryDialog
from .letters import LetterPrinter
from .lists import ExportBar, make_table
from .table_model import Column, RowFilter, RowsTableModel, show_date, show_rupiah
from .tasks import TaskManager
from .widgets import MessageLabel

REVERSED_COLOUR = "#e6e6e6"


def savings_kind_labels() -> dict[str, str]:
    return {
        SavingsKind.POKOK.value: QCoreApplication.translate("CooperativePage", "Simpanan pokok"),
        SavingsKind.WAJIB.value: QCoreApplication.translate("CooperativePage", "Simpanan wajib"),
        SavingsKind.SUKARELA.value: QCoreApplication.translate(
            "CooperativePage", "Simpanan sukarela"
        ),
    }


def loan_status_labels() -> dict[str, str]:
    return {
        LoanStatus.ACTIVE.value: QCoreApplication.translate("CooperativePage", "Berjalan"),
        LoanStatus.PAID.value: QCoreApplication.translate("CooperativePage", "Lunas"),
        LoanStatus.WRITTEN_OFF.value: QCoreApplication.translate(
            "CooperativePage", "Dihapusbukukan"
        ),
    }


@dataclass(frozen=True)
class MemberRow:
    member: CoopMember
    name: str
    nik: str


@dataclass(frozen=True)
class LoanRow:
    loan: CoopLoan
    outstanding: Outstanding


@dataclass(frozen=True)
class MemberDetail:
    balances: dict[str, int]
    statement: list[StatementLine]
    loans: list[LoanRow]


@dataclass(frozen=True)
class LoanDetail:
    schedule: list[Installment]
    repayments: list[LoanRepayment]
    outstanding: Outstanding


def load_members(services: Services, cooperative_id: uuid.UUID) -> list[MemberRow]:
    members = services.cooperative.members(cooperative_id)
    if not members:
        return []
    people = services.people.rows(m.person_id for m in members)
    rows = []
    for member in members:
        person = people.get(member.person_id)
        rows.append(
            MemberRow(member, person.name if person else "?", (person.nik or "") if person else "")
        )
    return rows


def load_member(services: Services, member_id: uuid.UUID) -> MemberDetail:
    coop = services.cooperative
    loans = [LoanRow(loan, coop.outstanding(loan.id)) for loan in coop.loans(member_id)]
    return MemberDetail(coop.balances(member_id), coop.member_statement(member_id), loans)


def load_loan(services: Services, loan_id: uuid.UUID) -> LoanDetail:
    coop = services.cooperative
    return LoanDetail(
        coop.repayment_schedule(loan_id), coop.repayments(loan_id), coop.outstanding(loan_id)
    )


# -- forms ----------------------------------------------------------------------------------


class CooperativeDialog(FormDialog):
    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("CooperativeDialog", "Daftarkan koperasi / BUMDes"),
            tasks,
            parent,
        )
        self.add_text("name", self.tr("Nama koperasi"), required=True, max_length=160)
        self.add_choice(
            "kind",
            self.tr("Jenis lembaga"),
            [
                (CooperativeKind.COOPERATIVE.value, self.tr("Koperasi")),
                (CooperativeKind.BUMDES.value, self.tr("BUMDes")),
            ],
            required=True,
        )
        self.add_text("legal_number", self.tr("Nomor badan hukum"), max_length=80)
        self.add_date("founded_on", self.tr("Tanggal berdiri"))
        self.finish()
        coop = services.cooperative
        self.job = lambda values: coop.add_cooperative(**values)


class MemberDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        cooperative_id: uuid.UUID,
        parent: QWidget | None = None,
    ):
        super().__init__(
            QCoreApplication.translate("MemberDialog", "Tambah anggota koperasi"), tasks, parent
        )
        self.picker = self.add_field(
            "person_id", self.tr("Orang"), PersonPicker(services, tasks), required=True
        )
        self.add_text("member_no", self.tr("Nomor anggota"), required=True, max_length=30)
        self.add_date("joined_on", self.tr("Tanggal masuk"), required=True, value=date.today())
        self.finish()
        coop = services.cooperative
        message = self.tr("Pilih orangnya dari hasil pencarian.")

        def job(values: dict[str, Any]) -> CoopMember:
            if values["person_id"] is None:
                raise refuse("person_id", message)
            return coop.add_member(
                cooperative_id, values["person_id"], values["member_no"] or "", values["joined_on"]
            )

        self.job = job


class SavingsDialog(FormDialog):
    """Setor or tarik simpanan of one kind."""

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        member: MemberRow,
        direction: str,
        parent: QWidget | None = None,
    ):
        deposit = direction == SavingsDirection.DEPOSIT
        title = (
            QCoreApplication.translate("SavingsDialog", "Setor simpanan: {name}")
            if deposit
            else QCoreApplication.translate("SavingsDialog", "Tarik simpanan: {name}")
        )
        super().__init__(title.format(name=member.name), tasks, parent)
        self.add_choice(
            "kind", self.tr("Jenis simpanan"), list(savings_kind_labels().items()), required=True
        )
        self.add_rupiah("amount", self.tr("Jumlah (Rp)"), required=True)
        self.add_date("entry_date", self.tr("Tanggal transaksi"), required=True, value=date.today())
        self.add_text("note", self.tr("Keterangan"), max_length=300)
        self.finish()
        coop = services.cooperative
        member_id = member.member.id
        call = coop.deposit if deposit else coop.withdraw
        self.job = lambda v: call(
            member_id, v["kind"], v["amount"], v["entry_date"], note=v["note"]
        )


class ReverseDialog(FormDialog):
    """Koreksi (jurnal balik): a wrong entry is cancelled by a reversing one, with a reason."""

    def __init__(
        self,
        tasks: TaskManager,
        what: str,
        job: Any,
        parent: QWidget | None = None,
    ):
        super().__init__(
            QCoreApplication.translate("ReverseDialog", "Koreksi (jurnal balik)"),
            tasks,
            parent,
            save_text=QCoreApplication.translate("ReverseDialog", "Catat jurnal balik"),
            intro=QCoreApplication.translate(
                "ReverseDialog",
                "Transaksi tidak diubah atau dihapus: dicatat transaksi baru yang membatalkannya. Catat jumlah yang benar sebagai transaksi baru sesudahnya.\n{what}",
            ).format(what=what),
        )
        self.add_text(
            "reason",
            self.tr("Alasan koreksi"),
            required=True,
            max_length=300,
            placeholder=self.tr("misalnya salah ketik jumlah"),
        )
        self.add_date("on", self.tr("Tanggal koreksi"), required=True, value=date.today())
        self.aliases = {"note": "reason", "entry_date": "on", "paid_on": "on"}
        self.finish()
        self.job = job


class LoanDialog(FormDialog):
    def __init__(
        self, services: Services, tasks: TaskManager, member: MemberRow, parent: QWidget | None
    ):
        super().__init__(
            QCoreApplication.translate("LoanDialog", "Beri pinjaman: {name}").format(
                name=member.name
            ),
            tasks,
            parent,
        )
        self.add_rupiah("principal", self.tr("Pokok pinjaman (Rp)"), required=True)
        self.add_percent("interest_rate_pct", self.tr("Bunga per bulan (flat)"), value=1.0)
        self.add_number(
            "term_months",
            self.tr("Jangka waktu"),
            minimum=1,
            maximum=120,
            value=12,
            suffix=self.tr("bulan"),
            required=True,
        )
        self.add_date(
            "disbursed_on", self.tr("Tanggal pencairan"), required=True, value=date.today()
        )
        self.add_text("purpose", self.tr("Keperluan"), max_length=300)
        self.finish()
        coop = services.cooperative
        member_id = member.member.id
        self.job = lambda v: coop.grant_loan(member_id, **v)


class RepayDialog(FormDialog):
    def __init__(
        self, services: Services, tasks: TaskManager, loan: LoanRow, parent: QWidget | None
    ):
        super().__init__(QCoreApplication.translate("RepayDialog", "Bayar angsuran"), tasks, parent)
        owed = loan.outstanding
        self.add_rupiah("principal_amount", self.tr("Angsuran pokok (Rp)"), required=True)
        self.add_rupiah("interest_amount", self.tr("Angsuran bunga (Rp)"), required=True)
        self.add_date("paid_on", self.tr("Tanggal bayar"), required=True, value=date.today())
        self.add_text("note", self.tr("Keterangan"), max_length=300)
        self.general.show_message(
            self.tr("Sisa pokok {principal}, sisa bunga {interest}.").format(
                principal=show_rupiah(owed.principal), interest=show_rupiah(owed.interest)
            ),
            "info",
        )
        self.finish()
        coop = services.cooperative
        loan_id = loan.loan.id

        def job(v: dict[str, Any]) -> LoanRepayment:
            return coop.repay(
                loan_id,
                principal_amount=v["principal_amount"] or 0,
                interest_amount=v["interest_amount"] or 0,
                paid_on=v["paid_on"],
                note=v["note"],
            )

        self.job = job


# -- the page --------------------------------------------------------------------------------


class CooperativePage(QWidget):
    """Members on the left; the selected member's savings and loans on the right."""

    dialogOpened = Signal(object)
    memberLoaded = Signal()
    loanLoaded = Signal()

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.dialog: QDialog | None = None
        self._loaded_once = False
        self._member_generation = 0
        self._loan_generation = 0
        kinds = savings_kind_labels()
        statuses = loan_status_labels()

        title = QLabel(self.tr("Koperasi"))
        title.setObjectName("pageTitle")
        self.cooperative = QComboBox()
        self.cooperative.setAccessibleName(self.tr("Koperasi"))
        self.cooperative.setMinimumWidth(260)
        self.add_cooperative_button = QPushButton(self.tr("Daftarkan koperasi"))
        self.notice = MessageLabel()
        self.letters = LetterPrinter(services, tasks, self, self.notice)

        # -- members
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Saring nama atau nomor anggota..."))
        self.search.setClearButtonEnabled(True)
        self.add_member_button = QPushButton(self.tr("Tambah anggota"))
        self.members = RowsTableModel(
            [
                Column(self.tr("No. anggota"), lambda r: r.member.member_no),
                Column(self.tr("Nama"), lambda r: r.name),
                Column(self.tr("Masuk"), lambda r: show_date(r.member.joined_on)),
                Column(self.tr("Keluar"), lambda r: show_date(r.member.left_on)),
            ],
            self,
        )
        self.members_proxy = RowFilter(self)
        self.members_proxy.setSourceModel(self.members)
        self.members_table = make_table()
        self.members_table.setModel(self.members_proxy)
        self.members_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.members_table.horizontalHeader().setStretchLastSection(False)
        self.members_table.setColumnWidth(0, 90)
        self.members_table.setColumnWidth(2, 85)
        self.members_table.setColumnWidth(3, 85)
        self.members_export = ExportBar(
            tasks, self.members_proxy, self.tr("anggota-koperasi"), self.notice
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_bar = QHBoxLayout()
        search_bar.addWidget(self.search, 1)
        search_bar.addWidget(self.add_member_button)
        left_layout.addLayout(search_bar)
        left_layout.addWidget(self.members_table, 1)
        members_bottom = QHBoxLayout()
        self.members_status = QLabel()
        members_bottom.addWidget(self.members_status, 1)
        members_bottom.addWidget(self.members_export)
        left_layout.addLayout(members_bottom)

        # -- savings tab
        self.member_title = QLabel(self.tr("Pilih anggota di sebelah kiri."))
        self.member_title.setStyleSheet("font-weight: 600;")
        self.balance_labels: dict[str, QLabel] = {}
        balances = QGroupBox(self.tr("Saldo simpanan"))
        grid = QGridLayout(balances)
        for column, (kind, text) in enumerate([*kinds.items(), ("total", self.tr("Jumlah"))]):
            grid.addWidget(QLabel(text), 0, column)
            value = QLabel("-")
            value.setStyleSheet("font-size: 12pt; font-weight: 600;")
            grid.addWidget(value, 1, column)
            self.balance_labels[kind] = value
        self.deposit_button = QPushButton(self.tr("Setor"))
        self.withdraw_button = QPushButton(self.tr("Tarik"))
        self.reverse_button = QPushButton(self.tr("Koreksi (jurnal balik)"))
        self.reverse_button.setToolTip(
            self.tr("Transaksi simpanan tidak bisa diubah; batalkan dengan jurnal balik.")
        )
        self.member_history_button = QPushButton(self.tr("Riwayat"))
        self.statement_letter_button = QPushButton(self.tr("Cetak rekening"))
        self.statement_letter_button.setToolTip(
            self.tr("Rekening koran simpanan anggota, untuk dicetak dan diberikan kepadanya")
        )
        short_kinds = {
            SavingsKind.POKOK.value: self.tr("Pokok"),
            SavingsKind.WAJIB.value: self.tr("Wajib"),
            SavingsKind.SUKARELA.value: self.tr("Sukarela"),
        }
        direction_text = {
            SavingsDirection.DEPOSIT.value: self.tr("Setor"),
            SavingsDirection.WITHDRAWAL.value: self.tr("Tarik"),
        }
        self.statement = RowsTableModel(
            [
                Column(self.tr("Tanggal"), lambda s: show_date(s.entry_date)),
                Column(self.tr("Jenis"), lambda s: short_kinds.get(s.kind, s.kind)),
                Column(
                    self.tr("Transaksi"), lambda s: direction_text.get(s.direction, s.direction)
                ),
                Column(self.tr("Jumlah"), lambda s: show_rupiah(s.amount), align_right=True),
                Column(
                    self.tr("Saldo jenis"), lambda s: show_rupiah(s.kind_balance), align_right=True
                ),
                Column(self.tr("Saldo"), lambda s: show_rupiah(s.balance), align_right=True),
                Column(
                    self.tr("Keterangan"),
                    self._statement_note,
                    colour=lambda s: REVERSED_COLOUR if s.reverses_id or s.reversed_by_id else None,
                ),
            ],
            self,
        )
        self.statement_table = make_table()
        self.statement_table.setModel(self.statement)
        for column, width in ((0, 85), (1, 75), (2, 65), (3, 100), (4, 100), (5, 100)):
            self.statement_table.setColumnWidth(column, width)
        self.statement_export = ExportBar(
            tasks, self.statement, self.tr("rekening-simpanan"), self.notice
        )
        savings = QWidget()
        savings_layout = QVBoxLayout(savings)
        savings_layout.addWidget(balances)
        buttons = QHBoxLayout()
        for button in (self.deposit_button, self.withdraw_button, self.reverse_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.statement_export)
        savings_layout.addLayout(buttons)
        savings_layout.addWidget(self.statement_table, 1)

        # -- loans tab
        self.loan_button = QPushButton(self.tr("Beri pinjaman"))
        self.repay_button = QPushButton(self.tr("Bayar angsuran"))
        self.reverse_repayment_button = QPushButton(self.tr("Koreksi angsuran (jurnal balik)"))
        self.loans = RowsTableModel(
            [
                Column(self.tr("Cair"), lambda r: show_date(r.loan.disbursed_on)),
                Column(self.tr("Pokok"), lambda r: show_rupiah(r.loan.principal), align_right=True),
                Column(self.tr("Bunga/bln"), lambda r: f"{r.loan.interest_rate_pct:g} %"),
                Column(self.tr("Jangka"), lambda r: self.tr("%n bulan", "", r.loan.term_months)),
                Column(self.tr("Status"), lambda r: statuses.get(r.loan.status, r.loan.status)),
                Column(
                    self.tr("Sisa"), lambda r: show_rupiah(r.outstanding.total), align_right=True
                ),
                Column(self.tr("Keperluan"), lambda r: r.loan.purpose or ""),
            ],
            self,
        )
        self.loans_table = make_table()
        self.loans_table.setModel(self.loans)
        for column, width in ((0, 85), (1, 110), (2, 75), (3, 80), (4, 90), (5, 110)):
            self.loans_table.setColumnWidth(column, width)
        self.schedule = RowsTableModel(
            [
                Column(self.tr("Ke"), lambda i: i.number),
                Column(self.tr("Jatuh tempo"), lambda i: show_date(i.due_on)),
                Column(self.tr("Pokok"), lambda i: show_rupiah(i.principal), align_right=True),
                Column(self.tr("Bunga"), lambda i: show_rupiah(i.interest), align_right=True),
                Column(self.tr("Total"), lambda i: show_rupiah(i.total), align_right=True),
            ],
            self,
        )
        self.schedule_table = make_table()
        self.schedule_table.setModel(self.schedule)
        for column, width in ((0, 30), (1, 85), (2, 95), (3, 85), (4, 95)):
            self.schedule_table.setColumnWidth(column, width)
        self.repayments = RowsTableModel(
            [
                Column(self.tr("Tanggal"), lambda r: show_date(r.paid_on)),
                Column(
                    self.tr("Pokok"), lambda r: show_rupiah(r.principal_amount), align_right=True
                ),
                Column(
                    self.tr("Bunga"), lambda r: show_rupiah(r.interest_amount), align_right=True
                ),
                Column(
                    self.tr("Keterangan"),
                    lambda r: r.note or "",
                    colour=lambda r: REVERSED_COLOUR if r.reverses_id else None,
                ),
            ],
            self,
        )
        self.repayments_table = make_table()
        self.repayments_table.setModel(self.repayments)
        for column, width in ((0, 85), (1, 95), (2, 85)):
            self.repayments_table.setColumnWidth(column, width)
        self.outstanding_label = QLabel()
        self.schedule_export = ExportBar(
            tasks, self.schedule, self.tr("jadwal-angsuran"), self.notice
        )
        loans = QWidget()
        loans_layout = QVBoxLayout(loans)
        loan_buttons = QHBoxLayout()
        for button in (self.loan_button, self.repay_button, self.reverse_repayment_button):
            loan_buttons.addWidget(button)
        loan_buttons.addStretch(1)
        loans_layout.addLayout(loan_buttons)
        loans_layout.addWidget(self.loans_table, 1)
        below = QHBoxLayout()
        schedule_box = QVBoxLayout()
        schedule_head = QHBoxLayout()
        schedule_head.addWidget(QLabel(self.tr("Jadwal angsuran")), 1)
        schedule_head.addWidget(self.schedule_export)
        schedule_box.addLayout(schedule_head)
        schedule_box.addWidget(self.schedule_table)
        repay_box = QVBoxLayout()
        repay_box.addWidget(QLabel(self.tr("Pembayaran")))
        repay_box.addWidget(self.repayments_table)
        below.addLayout(schedule_box, 3)
        below.addLayout(repay_box, 2)
        loans_layout.addLayout(below, 3)
        loans_layout.addWidget(self.outstanding_label)

        self.tabs = QTabWidget()
        self.tabs.addTab(savings, self.tr("Simpanan"))
        self.tabs.addTab(loans, self.tr("Pinjaman"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.member_title, 1)
        head.addWidget(self.member_history_button)
        head.addWidget(self.statement_letter_button)
        right_layout.addLayout(head)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([370, 750])
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Koperasi:")))
        top.addWidget(self.cooperative)
        top.addWidget(self.add_cooperative_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        self.cooperative.currentIndexChanged.connect(lambda _i: self.load_members())
        self.add_cooperative_button.clicked.connect(self.add_cooperative)
        self.search.textChanged.connect(self._filter)
        self.add_member_button.clicked.connect(self.add_member)
        self.members_table.selectionModel().selectionChanged.connect(lambda *_a: self.load_member())
        self.loans_table.selectionModel().selectionChanged.connect(lambda *_a: self.load_loan())
        self.statement_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.repayments_table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.deposit_button.clicked.connect(lambda: self.savings(SavingsDirection.DEPOSIT.value))
        self.withdraw_button.clicked.connect(
            lambda: self.savings(SavingsDirection.WITHDRAWAL.value)
        )
        self.reverse_button.clicked.connect(self.reverse_entry)
        self.loan_button.clicked.connect(self.grant_loan)
        self.repay_button.clicked.connect(self.repay)
        self.reverse_repayment_button.clicked.connect(self.reverse_repayment)
        self.member_history_button.clicked.connect(self.member_history)
        self.statement_letter_button.clicked.connect(self.statement_letter)
        self._enable()
        self.setFocusProxy(self.search)

    def _statement_note(self, line: StatementLine) -> str:
        note = line.note or ""
        if line.reverses_id is not None:
            return self.tr("Jurnal balik: {note}").format(note=note)
        if line.reversed_by_id is not None:
            return self.tr("(dibatalkan) {note}").format(note=note).strip()
        return note

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if not self._loaded_once:
            self.refresh()
        super().showEvent(event)

    def refresh(self, select_cooperative: uuid.UUID | None = None) -> None:
        self._loaded_once = True
        coop = self.services.cooperative
        current = select_cooperative or self.cooperative.currentData()

        def show(cooperatives: list) -> None:
            self.cooperative.blockSignals(True)
            self.cooperative.clear()
            for item in cooperatives:
                self.cooperative.addItem(item.name, item.id)
            index = self.cooperative.findData(current) if current else 0
            self.cooperative.setCurrentIndex(max(0, index))
            self.cooperative.blockSignals(False)
            if not cooperatives:
                self.notice.show_message(
                    self.tr(
                        'Belum ada koperasi atau BUMDes yang terdaftar. Klik "Daftarkan koperasi" untuk mulai.'
                    ),
                    "info",
                )
            self.load_members()

        self.tasks.run(coop.cooperatives, show, self._failed, owner=self)

    def load_members(self, select: uuid.UUID | None = None) -> None:
        cooperative_id = self.cooperative.currentData()
        self._enable()
        if cooperative_id is None:
            self.members.set_rows([])
            return
        services = self.services
        current = self.selected_member()
        keep = select or (current.member.id if current else None)

        def show(rows: list[MemberRow]) -> None:
            self.members.set_rows(rows)
            self._update_members_status()
            if keep is not None:
                for number in range(self.members_proxy.rowCount()):
                    if self.members_proxy.row_object(number).member.id == keep:
                        self.members_table.selectRow(number)
                        break
            self._enable()

        self.tasks.run(
            lambda: load_members(services, cooperative_id), show, self._failed, owner=self
        )

    def _filter(self, text: str) -> None:
        self.members_proxy.set_text(text)
        self._update_members_status()

    def _update_members_status(self) -> None:
        self.members_status.setText(self.tr("%n anggota", "", self.members_proxy.rowCount()))

    def selected_member(self) -> MemberRow | None:
        rows = self.members_table.selectionModel().selectedRows()
        return self.members_proxy.row_object(rows[0].row()) if rows else None

    def selected_line(self) -> StatementLine | None:
        rows = self.statement_table.selectionModel().selectedRows()
        return self.statement.row(rows[0].row()) if rows else None

    def selected_loan(self) -> LoanRow | None:
        rows = self.loans_table.selectionModel().selectedRows()
        return self.loans.row(rows[0].row()) if rows else None

    def selected_repayment(self) -> LoanRepayment | None:
        rows = self.repayments_table.selectionModel().selectedRows()
        return self.repayments.row(rows[0].row()) if rows else None

    def load_member(self) -> None:
        member = self.selected_member()
        self._member_generation += 1
        generation = self._member_generation
        if member is None:
            self.member_title.setText(self.tr("Pilih anggota di sebelah kiri."))
            self.statement.set_rows([])
            self.loans.set_rows([])
            for label in self.balance_labels.values():
                label.setText("-")
            self._enable()
            return
        self.member_title.setText(
            self.tr("{name} (No. {number})").format(
                name=member.name, number=member.member.member_no
            )
        )
        services = self.services
        member_id = member.member.id
        loan = self.selected_loan()
        keep_loan = loan.loan.id if loan else None

        def show(detail: MemberDetail) -> None:
            if generation != self._member_generation:
                return
            for kind, amount in detail.balances.items():
                if kind in self.balance_labels:
                    self.balance_labels[kind].setText(show_rupiah(amount))
            self.balance_labels["total"].setText(show_rupiah(sum(detail.balances.values())))
            self.statement.set_rows(detail.statement)
            self.statement_table.scrollToBottom()
            self.loans.set_rows(detail.loans)
            for number, row in enumerate(detail.loans):
                if row.loan.id == keep_loan:
                    self.loans_table.selectRow(number)
            self.load_loan()
            self._enable()
            self.memberLoaded.emit()

        self.tasks.run(lambda: load_member(services, member_id), show, self._failed, owner=self)

    def load_loan(self) -> None:
        loan = self.selected_loan()
        self._loan_generation += 1
        generation = self._loan_generation
        self._enable()
        if loan is None:
            self.schedule.set_rows([])
            self.repayments.set_rows([])
            self.outstanding_label.setText("")
            return
        services = self.services
        loan_id = loan.loan.id

        def show(detail: LoanDetail) -> None:
            if generation != self._loan_generation:
                return
            self.schedule.set_rows(detail.schedule)
            self.repayments.set_rows(detail.repayments)
            owed = detail.outstanding
            self.outstanding_label.setText(
                self.tr("Sisa pinjaman: pokok {principal} + bunga {interest} = {total}").format(
                    principal=show_rupiah(owed.principal),
                    interest=show_rupiah(owed.interest),
                    total=show_rupiah(owed.total),
                )
            )
            self._enable()
            self.loanLoaded.emit()

        self.tasks.run(lambda: load_loan(services, loan_id), show, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message(getattr(error, "message", None) or str(error), "error")

    def _enable(self) -> None:
        has_coop = self.cooperative.currentData() is not None
        member = self.selected_member()
        active = member is not None and member.member.left_on is None
        line = self.selected_line()
        loan = self.selected_loan()
        repayment = self.selected_repayment()
        self.add_member_button.setEnabled(has_coop)
        self.deposit_button.setEnabled(active)
        self.withdraw_button.setEnabled(member is not None)
        self.member_history_button.setEnabled(member is not None)
        self.statement_letter_button.setEnabled(member is not None)
        self.reverse_button.setEnabled(
            line is not None and line.reverses_id is None and line.reversed_by_id is None
        )
        self.loan_button.setEnabled(active)
        self.repay_button.setEnabled(loan is not None and loan.loan.status == LoanStatus.ACTIVE)
        reversed_ids = {r.reverses_id for r in self.repayments.rows() if r.reverses_id}
        self.reverse_repayment_button.setEnabled(
            repayment is not None
            and repayment.reverses_id is None
            and repayment.id not in reversed_ids
        )

    # -- actions ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog, after: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, FormDialog):
            dialog.saved.connect(after)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()

    def _saved(self, text: str) -> None:
        self.notice.show_message(text, "info")
        self.load_member()

    def add_cooperative(self) -> None:
        self._open(
            CooperativeDialog(self.services, self.tasks, self),
            lambda coop: self.refresh(select_cooperative=coop.id),
        )

    def add_member(self) -> None:
        cooperative_id = self.cooperative.currentData()
        if cooperative_id is None:
            return
        self._open(
            MemberDialog(self.services, self.tasks, cooperative_id, self),
            lambda member: self.load_members(select=member.id),
        )

    def savings(self, direction: str) -> None:
        member = self.selected_member()
        if member is None:
            return
        self._open(
            SavingsDialog(self.services, self.tasks, member, direction, self),
            lambda entry: self._saved(
                self.tr("{what} {amount} dicatat.").format(
                    what=savings_kind_labels().get(entry.kind, entry.kind),
                    amount=show_rupiah(entry.amount),
                )
            ),
        )

    def reverse_entry(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        coop = self.services.cooperative
        entry_id = line.entry_id
        what = self.tr("{date}: {kind} {amount}").format(
            date=show_date(line.entry_date),
            kind=savings_kind_labels().get(line.kind, line.kind),
            amount=show_rupiah(line.amount),
        )
        self._open(
            ReverseDialog(
                self.tasks,
                what,
                lambda v: coop.reverse_savings(entry_id, v["reason"] or "", on=v["on"]),
                self,
            ),
            lambda _e: self._saved(self.tr("Jurnal balik dicatat.")),
        )

    def grant_loan(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        self._open(
            LoanDialog(self.services, self.tasks, member, self),
            lambda _loan: self._saved(self.tr("Pinjaman dicatat.")),
        )

    def repay(self) -> None:
        loan = self.selected_loan()
        if loan is None:
            return
        self._open(
            RepayDialog(self.services, self.tasks, loan, self),
            lambda _r: self._saved(self.tr("Angsuran dicatat.")),
        )

    def reverse_repayment(self) -> None:
        repayment = self.selected_repayment()
        if repayment is None:
            return
        coop = self.services.cooperative
        repayment_id = repayment.id
        what = self.tr("{date}: pokok {principal}, bunga {interest}").format(
            date=show_date(repayment.paid_on),
            principal=show_rupiah(repayment.principal_amount),
            interest=show_rupiah(repayment.interest_amount),
        )
        self._open(
            ReverseDialog(
                self.tasks,
                what,
                lambda v: coop.reverse_repayment(repayment_id, v["reason"] or "", on=v["on"]),
                self,
            ),
            lambda _e: self._saved(self.tr("Jurnal balik angsuran dicatat.")),
        )

    def statement_letter(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        member_id = member.member.id
        self.letters.ask_and_write(
            self.tr("rekening-simpanan {name}").format(name=member.name),
            lambda service: service.savings_statement(member_id),
        )

    def member_history(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        dialog = HistoryDialog(
            self.services, self.tasks, "coop_member", member.member.id, member.name, self
        )
        self._open(dialog, None)
