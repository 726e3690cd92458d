"""Koperasi / BUMDes: members, savings (simpanan pokok, wajib, sukarela), loans
(pinjaman) and repayments (angsuran).

Money is a ledger (sync rule 6): savings entries and repayments are only ever inserted.
A wrong entry is corrected by a reversing entry that points at it (``reverses_id``),
followed if needed by the right one; the store refuses edits of these rows outright.

- A savings reversal moves the same amount the other way (a deposit is reversed by a
  withdrawal entry and vice versa), so sums by direction stay right.
- A loan repayment has no direction column, so its reversal carries the *negated*
  amounts: a plain sum of a loan's repayment rows is then what was really paid.

Amounts are whole rupiah (int). Loan interest is flat per month on the principal (bunga
flat), the usual practice of village cooperatives: each instalment is principal/term
plus principal x rate; rounding remainders go to the last instalment, so the schedule
adds up exactly to principal plus total interest.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import case, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from .. import i18n
from ..domain import (
    Cooperative,
    CoopLoan,
    CoopMember,
    Enterprise,
    LoanRepayment,
    Person,
    SavingsEntry,
)
from ..domain.enums import CooperativeKind, LoanStatus, SavingsDirection, SavingsKind
from ..validation import Problem
from .base import choice, not_negative, positive, require, required
from .errors import ValidationFailed
from .pillar import PillarService, show_date

MAX_MONTHLY_RATE_PCT = 10  # above this it is almost surely a yearly rate typed as monthly
MAX_TERM_MONTHS = 120

i18n.register(
    {
        "coop.member_no_taken": {
            "id": "Nomor anggota {no} sudah dipakai {name} di koperasi ini. Pakai nomor lain.",
            "en": "Member number {no} is already used by {name} in this cooperative. Use another number.",
        },
        "coop.already_member": {
            "id": "{name} sudah menjadi anggota koperasi ini (nomor {no}).",
            "en": "{name} is already a member of this cooperative (number {no}).",
        },
        "coop.before_joining": {
            "id": "{what} ({when}) tidak boleh sebelum anggota masuk ({joined}).",
            "en": "{what} ({when}) cannot be before the member joined ({joined}).",
        },
        "coop.left_before_joining": {
            "id": "Tanggal keluar ({left}) tidak boleh sebelum tanggal masuk ({joined}).",
            "en": "The leaving date ({left}) cannot be before the joining date ({joined}).",
        },
        "coop.already_left": {
            "id": "Anggota ini sudah keluar pada {left}.",
            "en": "This member already left on {left}.",
        },
        "coop.deposit_after_leaving": {
            "id": "Anggota ini sudah keluar pada {left}; setoran sesudah tanggal itu tidak bisa dicatat.",
            "en": "This member left on {left}; deposits after that date cannot be recorded.",
        },
        "coop.leave_with_loan": {
            "id": "Anggota ini masih punya pinjaman berjalan dengan sisa {amount}. Lunasi atau hapus bukukan pinjaman itu sebelum keluar.",
            "en": "This member still has a running loan with {amount} outstanding. Repay or write it off before leaving.",
        },
        "coop.pokok_while_member": {
            "id": "Simpanan pokok hanya bisa ditarik setelah anggota keluar dari koperasi. Catat tanggal keluar dulu.",
            "en": "Simpanan pokok can only be withdrawn after the member leaves the cooperative. Record the leaving date first.",
        },
        "coop.insufficient_savings": {
            "id": "Saldo simpanan {kind} tidak cukup: yang bisa ditarik pada {date} hanya {available}, diminta {amount}. Periksa jumlahnya.",
            "en": "Not enough {kind} savings: only {available} can be withdrawn on {date}, {amount} was asked. Check the amount.",
        },
        "coop.reversal_would_overdraw": {
            "id": "Setoran ini tidak bisa dibatalkan: sebagian uangnya sudah ditarik, sehingga saldo simpanan {kind} akan menjadi minus. Batalkan dulu penarikan yang salah.",
            "en": "This deposit cannot be reversed: part of it was already withdrawn, so the {kind} savings balance would go below zero. Reverse the wrong withdrawal first.",
        },
        "coop.reason_required": {
            "id": "Tulis alasan koreksi, misalnya 'salah ketik jumlah'.",
            "en": "Write the reason for the correction, e.g. 'amount mistyped'.",
        },
        "coop.already_reversed": {
            "id": "Catatan ini sudah dibatalkan pada {when}. Satu catatan hanya bisa dibatalkan sekali.",
            "en": "This entry was already reversed on {when}. An entry can be reversed only once.",
        },
        "coop.reversal_of_reversal": {
            "id": "Catatan ini adalah pembatalan; pembatalan tidak bisa dibatalkan. Catat transaksi yang benar sebagai catatan baru.",
            "en": "This entry is a reversal; a reversal cannot be reversed. Record the right transaction as a new entry.",
        },
        "coop.reversal_before_entry": {
            "id": "Tanggal koreksi ({when}) tidak boleh sebelum tanggal catatan yang dikoreksi ({entry}).",
            "en": "The correction date ({when}) cannot be before the date of the entry it corrects ({entry}).",
        },
        "coop.paid_before_disbursed": {
            "id": "Tanggal bayar ({when}) tidak boleh sebelum pinjaman dicairkan ({disbursed}).",
            "en": "The payment date ({when}) cannot be before the loan was disbursed ({disbursed}).",
        },
        "coop.rate_too_high": {
            "id": "Bunga {rate}% per bulan terlalu tinggi (paling tinggi {max}%). Bunga diisi per bulan (flat); bila yang diketahui bunga per tahun, bagi 12.",
            "en": "Interest of {rate}% a month is too high (at most {max}%). The rate is per month (flat); for a yearly rate, divide by 12.",
        },
        "coop.term_range": {
            "id": "Jangka waktu pinjaman harus 1 sampai {max} bulan.",
            "en": "The loan term must be 1 to {max} months.",
        },
        "coop.loan_not_active": {
            "id": "Pinjaman ini berstatus {status}; angsuran hanya dicatat untuk pinjaman yang berjalan.",
            "en": "This loan is {status}; repayments are recorded only for running loans.",
        },
        "coop.member_left_no_loan": {
            "id": "Anggota yang sudah keluar tidak bisa diberi pinjaman.",
            "en": "A member who has left cannot be given a loan.",
        },
        "coop.terms_fixed": {
            "id": "Ketentuan pinjaman (pokok, bunga, jangka waktu, tanggal cair) tidak bisa diubah setelah dicairkan. Bila salah, hapus bukukan pinjaman ini dengan keterangan lalu catat pinjaman baru.",
            "en": "A loan's terms (principal, interest, term, disbursement date) cannot change once disbursed. If they are wrong, write the loan off with a note and record a new one.",
        },
        "coop.repayment_empty": {
            "id": "Isi angsuran pokok atau bunga (lebih dari nol).",
            "en": "Enter a principal or an interest repayment (more than zero).",
        },
        "coop.over_principal": {
            "id": "Angsuran pokok {amount} melebihi sisa pokok pinjaman {outstanding}.",
            "en": "The principal repayment {amount} exceeds the outstanding principal {outstanding}.",
        },
        "coop.over_interest": {
            "id": "Angsuran bunga {amount} melebihi sisa bunga pinjaman {outstanding}.",
            "en": "The interest repayment {amount} exceeds the outstanding interest {outstanding}.",
        },
        "coop.paid_with_principal_left": {
            "id": "Pinjaman belum bisa dinyatakan lunas: sisa pokok masih {outstanding}. Catat angsurannya dulu, atau hapus bukukan pinjaman.",
            "en": "The loan cannot be marked paid: {outstanding} of principal is still outstanding. Record the repayments first, or write the loan off.",
        },
        "coop.same_status": {
            "id": "Pinjaman ini sudah berstatus {status}.",
            "en": "This loan is already {status}.",
        },
        "coop.label.name": {"id": "Nama koperasi", "en": "Cooperative name"},
        "coop.label.kind": {"id": "Jenis lembaga", "en": "Kind"},
        "coop.label.legal_number": {"id": "Nomor badan hukum", "en": "Legal registration number"},
        "coop.label.founded_on": {"id": "Tanggal berdiri", "en": "Founding date"},
        "coop.label.member_no": {"id": "Nomor anggota", "en": "Member number"},
        "coop.label.joined_on": {"id": "Tanggal masuk", "en": "Joining date"},
        "coop.label.left_on": {"id": "Tanggal keluar", "en": "Leaving date"},
        "coop.label.savings_kind": {"id": "Jenis simpanan", "en": "Kind of savings"},
        "coop.label.amount": {"id": "Jumlah", "en": "Amount"},
        "coop.label.entry_date": {"id": "Tanggal transaksi", "en": "Transaction date"},
        "coop.label.note": {"id": "Keterangan", "en": "Note"},
        "coop.label.principal": {"id": "Pokok pinjaman", "en": "Loan principal"},
        "coop.label.interest_rate_pct": {"id": "Bunga per bulan (%)", "en": "Monthly interest (%)"},
        "coop.label.term_months": {"id": "Jangka waktu (bulan)", "en": "Term (months)"},
        "coop.label.disbursed_on": {"id": "Tanggal pencairan", "en": "Disbursement date"},
        "coop.label.purpose": {"id": "Keperluan", "en": "Purpose"},
        "coop.label.enterprise_id": {"id": "Usaha", "en": "Business"},
        "coop.label.status": {"id": "Status pinjaman", "en": "Loan status"},
        "coop.label.principal_amount": {"id": "Angsuran pokok", "en": "Principal repaid"},
        "coop.label.interest_amount": {"id": "Angsuran bunga", "en": "Interest repaid"},
        "coop.label.paid_on": {"id": "Tanggal bayar", "en": "Payment date"},
        "coop.kind.pokok": {"id": "pokok", "en": "pokok (membership)"},
        "coop.kind.wajib": {"id": "wajib", "en": "wajib (compulsory)"},
        "coop.kind.sukarela": {"id": "sukarela", "en": "sukarela (voluntary)"},
        "coop.status.berjalan": {"id": "berjalan", "en": "running"},
        "coop.status.lunas": {"id": "lunas", "en": "paid"},
        "coop.status.dihapusbukukan": {"id": "dihapusbukukan", "en": "written off"},
    }
)

LOAN_TERMS = ("member_id", "principal", "interest_rate_pct", "term_months", "disbursed_on")


def rupiah(amount: int) -> str:
    """``Rp 1.500.000``: Indonesian thousands separators, as officers write amounts."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")


def _problem(field: str, code: str, /, **params: object) -> Problem:
    return Problem(field, code, i18n.t(code, **params), "error")


def _kind_label(kind: str) -> str:
    return i18n.t(f"coop.kind.{kind}")


def _signed(entry: SavingsEntry) -> int:
    return entry.amount if entry.direction == SavingsDirection.DEPOSIT.value else -entry.amount


def _ledger_order(entries: Iterable[SavingsEntry]) -> list[SavingsEntry]:
    # Same-day entries keep the order they were recorded in.
    return sorted(entries, key=lambda e: (e.entry_date, e.created_at, e.id))


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class StatementLine:
    """One line of a member's savings statement (buku simpanan)."""

    entry_id: uuid.UUID
    entry_date: date
    kind: str
    direction: str
    amount: int  # always positive; ``direction`` says which way
    kind_balance: int  # balance of this kind after the entry
    balance: int  # all kinds together after the entry
    note: str | None
    reverses_id: uuid.UUID | None
    reversed_by_id: uuid.UUID | None


@dataclass(frozen=True)
class Installment:
    """One instalment of a loan's repayment schedule."""

    number: int
    due_on: date
    principal: int
    interest: int

    @property
    def total(self) -> int:
        return self.principal + self.interest


@dataclass(frozen=True)
class Outstanding:
    """What is still owed on a loan (sisa pinjaman)."""

    principal: int
    interest: int

    @property
    def total(self) -> int:
        return self.principal + self.interest


@dataclass(frozen=True)
class LoanInArrears:
    """One line of the arrears list (tunggakan)."""

    loan_id: uuid.UUID
    member_id: uuid.UUID
    member_no: str
    member_name: str
    overdue_amount: int  # due by today and not paid
    installments_overdue: int
    oldest_due_on: date
    days_overdue: int
    outstanding: int  # everything still owed


def schedule_for(loan: CoopLoan) -> list[Installment]:
    """The repayment schedule of a loan (flat monthly interest), see the module docstring."""
    n = loan.term_months
    rate = Decimal(str(loan.interest_rate_pct))
    total_interest = int(
        (Decimal(loan.principal) * rate / 100 * n).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    )
    principal_each, principal_rest = divmod(loan.principal, n)
    interest_each, interest_rest = divmod(total_interest, n)
    return [
        Installment(
            number=k,
            due_on=add_months(loan.disbursed_on, k),
            principal=principal_each + (principal_rest if k == n else 0),
            interest=interest_each + (interest_rest if k == n else 0),
        )
        for k in range(1, n + 1)
    ]


class CooperativeService(PillarService):
    """Koperasi: anggota, simpanan, pinjaman and angsuran."""

    label_prefix = "coop"

    # -- cooperatives ---------------------------------------------------------------

    def add_cooperative(self, session: Session | None = None, **fields: Any) -> Cooperative:
        """Record the village's koperasi or BUMDes."""
        clean, problems = self.clean(
            Cooperative, fields, ("name", "kind", "legal_number", "founded_on")
        )
        problems += required("name", clean.get("name"), self.label("name"))
        problems += choice("kind", clean.get("kind"), CooperativeKind, label=self.label("kind"))
        problems += self.is_date("founded_on", clean.get("founded_on"))
        require(problems)
        with self.writing(session) as s:
            return self.add(s, Cooperative, **clean)

    def update_cooperative(
        self, cooperative_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> Cooperative:
        clean, problems = self.clean(
            Cooperative, fields, ("name", "kind", "legal_number", "founded_on")
        )
        if "name" in clean:
            problems += required("name", clean["name"], self.label("name"))
        if "kind" in clean:
            problems += choice("kind", clean["kind"], CooperativeKind, label=self.label("kind"))
        problems += self.is_date("founded_on", clean.get("founded_on"))
        require(problems)
        with self.writing(session) as s:
            cooperative = self.get(s, Cooperative, cooperative_id)
            self.set_fields(s, cooperative, clean)
            return cooperative

    def cooperatives(self) -> list[Cooperative]:
        with self.store.read() as s:
            return list(s.exec(self.active(Cooperative).order_by(col(Cooperative.name))))

    # -- members (anggota) ----------------------------------------------------------

    def add_member(
        self,
        cooperative_id: uuid.UUID,
        person_id: uuid.UUID,
        member_no: str,
        joined_on: date,
        session: Session | None = None,
    ) -> CoopMember:
        """A person joins a cooperative under a member number unique in that cooperative."""
        clean, problems = self.clean(CoopMember, {"member_no": member_no}, ("member_no",))
        problems += required("member_no", clean["member_no"], self.label("member_no"))
        problems += self.is_date("joined_on", joined_on, optional=False)
        require(problems)
        with self.writing(session) as s:
            self.get(s, Cooperative, cooperative_id)
            person = self.person(s, person_id)
            self._check_member_no(s, cooperative_id, clean["member_no"], None)
            current = s.exec(
                self.active(CoopMember).where(
                    CoopMember.cooperative_id == cooperative_id,
                    CoopMember.person_id == person_id,
                    col(CoopMember.left_on).is_(None),
                )
            ).first()
            if current is not None:
                raise ValidationFailed(
                    [
                        _problem(
                            "person_id",
                            "coop.already_member",
                            name=person.name,
                            no=current.member_no,
                        )
                    ]
                )
            return self.add(
                s,
                CoopMember,
                cooperative_id=cooperative_id,
                person_id=person_id,
                member_no=clean["member_no"],
                joined_on=joined_on,
            )

    def _check_member_no(
        self, session: Session, cooperative_id: uuid.UUID, member_no: str, own_id: uuid.UUID | None
    ) -> None:
        # Numbers of members who left stay taken: old receipts and books still carry them.
        wanted = member_no.casefold()
        for other in session.exec(
            self.active(CoopMember).where(CoopMember.cooperative_id == cooperative_id)
        ):
            if other.id != own_id and other.member_no.casefold() == wanted:
                name = self.get(session, Person, other.person_id, include_deleted=True).name
                raise ValidationFailed(
                    [_problem("member_no", "coop.member_no_taken", no=member_no, name=name)]
                )

    def change_member_no(
        self, member_id: uuid.UUID, member_no: str, session: Session | None = None
    ) -> CoopMember:
        clean, problems = self.clean(CoopMember, {"member_no": member_no}, ("member_no",))
        require(problems + required("member_no", clean["member_no"], self.label("member_no")))
        with self.writing(session) as s:
            member = self.get(s, CoopMember, member_id)
            self._check_member_no(s, member.cooperative_id, clean["member_no"], member.id)
            self.set_fields(s, member, clean)
            return member

    def leave(
        self, member_id: uuid.UUID, left_on: date, session: Session | None = None
    ) -> CoopMember:
        """A member leaves (keluar) on ``left_on``; refused while a loan is still owed.

        After leaving, the simpanan pokok may be paid back with :meth:`withdraw`.
        """
        require(self.is_date("left_on", left_on, optional=False))
        with self.writing(session) as s:
            member = self.get(s, CoopMember, member_id)
            if member.left_on is not None:
                raise ValidationFailed(
                    [_problem("left_on", "coop.already_left", left=show_date(member.left_on))]
                )
            if left_on < member.joined_on:
                raise ValidationFailed(
                    [
                        _problem(
                            "left_on",
                            "coop.left_before_joining",
                            left=show_date(left_on),
                            joined=show_date(member.joined_on),
                        )
                    ]
                )
            owed = sum(
                self._outstanding(s, loan).total
                for loan in self._loans(s, member.id)
                if loan.status == LoanStatus.ACTIVE.value
            )
            if owed > 0:
                raise ValidationFailed(
                    [_problem("left_on", "coop.leave_with_loan", amount=rupiah(owed))]
                )
            self.change(s, member, left_on=left_on)
            return member

    def member(self, member_id: uuid.UUID) -> CoopMember:
        with self.store.read() as s:
            return self.get(s, CoopMember, member_id)

    def members(self, cooperative_id: uuid.UUID) -> list[CoopMember]:
        with self.store.read() as s:
            self.get(s, Cooperative, cooperative_id)
            statement = self.active(CoopMember).where(CoopMember.cooperative_id == cooperative_id)
            return list(s.exec(statement.order_by(col(CoopMember.member_no))))

    # -- savings (simpanan) -----------------------------------------------------------

    def deposit(
        self,
        member_id: uuid.UUID,
        kind: str,
        amount: int,
        entry_date: date,
        *,
        note: str | None = None,
        session: Session | None = None,
    ) -> SavingsEntry:
        """Record a savings deposit (setoran) of one kind."""
        clean = self._check_entry(kind, amount, entry_date, note)
        with self.writing(session) as s:
            member = self.get(s, CoopMember, member_id)
            self._check_after_joining(member, entry_date, self.label("entry_date"))
            if member.left_on is not None and entry_date > member.left_on:
                raise ValidationFailed(
                    [
                        _problem(
                            "entry_date",
                            "coop.deposit_after_leaving",
                            left=show_date(member.left_on),
                        )
                    ]
                )
            return self.add(
                s,
                SavingsEntry,
                member_id=member.id,
                kind=kind,
                direction=SavingsDirection.DEPOSIT.value,
                amount=amount,
                entry_date=entry_date,
                **clean,
            )

    def withdraw(
        self,
        member_id: uuid.UUID,
        kind: str,
        amount: int,
        entry_date: date,
        *,
        note: str | None = None,
        session: Session | None = None,
    ) -> SavingsEntry:
        """Record a savings withdrawal (penarikan) of one kind.

        It may not exceed what that kind holds, on its date and at every later date (a
        back-dated withdrawal must not turn a later balance negative). Simpanan pokok is
        paid back only once the member has left.
        """
        clean = self._check_entry(kind, amount, entry_date, note)
        with self.writing(session) as s:
            member = self.get(s, CoopMember, member_id)
            self._check_after_joining(member, entry_date, self.label("entry_date"))
            if kind == SavingsKind.POKOK and (
                member.left_on is None or entry_date < member.left_on
            ):
                raise ValidationFailed([_problem("kind", "coop.pokok_while_member")])
            available = self._available(s, member.id, kind, entry_date)
            if amount > available:
                raise ValidationFailed(
                    [
                        _problem(
                            "amount",
                            "coop.insufficient_savings",
                            kind=_kind_label(kind),
                            date=show_date(entry_date),
                            available=rupiah(max(available, 0)),
                            amount=rupiah(amount),
                        )
                    ]
                )
            return self.add(
                s,
                SavingsEntry,
                member_id=member.id,
                kind=kind,
                direction=SavingsDirection.WITHDRAWAL.value,
                amount=amount,
                entry_date=entry_date,
                **clean,
            )

    def _check_entry(
        self, kind: str, amount: Any, entry_date: Any, note: str | None
    ) -> dict[str, Any]:
        clean, problems = self.clean(SavingsEntry, {"note": note}, ("note",))
        problems += choice("kind", kind, SavingsKind, label=self.label("savings_kind"))
        problems += self.whole_rupiah("amount", amount) or positive(
            "amount", amount, self.label("amount")
        )
        problems += self.is_date("entry_date", entry_date, optional=False)
        require(problems)
        return clean

    def _check_after_joining(self, member: CoopMember, day: date, what: str) -> None:
        if day < member.joined_on:
            raise ValidationFailed(
                [
                    _problem(
                        "entry_date",
                        "coop.before_joining",
                        what=what,
                        when=show_date(day),
                        joined=show_date(member.joined_on),
                    )
                ]
            )

    def _entries(self, session: Session, member_id: uuid.UUID) -> list[SavingsEntry]:
        return _ledger_order(
            session.exec(self.active(SavingsEntry).where(SavingsEntry.member_id == member_id))
        )

    def _available(self, session: Session, member_id: uuid.UUID, kind: str, day: date) -> int:
        """The most that can leave ``kind`` on ``day``: the lowest balance from that day on."""
        balance = 0
        lowest: int | None = None
        for entry in self._entries(session, member_id):
            if entry.kind != kind:
                continue
            if entry.entry_date > day and lowest is None:
                lowest = balance  # the balance on ``day``, after that day's entries
            balance += _signed(entry)
            if lowest is not None:
                lowest = min(lowest, balance)
        return balance if lowest is None else lowest

    def reverse_savings(
        self,
        entry_id: uuid.UUID,
        reason: str,
        *,
        on: date | None = None,
        session: Session | None = None,
    ) -> SavingsEntry:
        """Cancel a wrong savings entry (koreksi) with a reversing entry dated ``on``
        (default today), carrying ``reason``. An entry is reversed at most once, and a
        reversal is never itself reversed: the right amount is recorded as a new entry."""
        note = self._reversal_note(SavingsEntry, reason, "entry_date", on)
        with self.writing(session) as s:
            original = self.get(s, SavingsEntry, entry_id)
            day = self._reversal_day(s, original, original.entry_date, "entry_date", on)
            undo_deposit = original.direction == SavingsDirection.DEPOSIT.value
            if undo_deposit and original.amount > self._available(
                s, original.member_id, original.kind, day
            ):
                raise ValidationFailed(
                    [
                        _problem(
                            "amount",
                            "coop.reversal_would_overdraw",
                            kind=_kind_label(original.kind),
                        )
                    ]
                )
            return self.add(
                s,
                SavingsEntry,
                member_id=original.member_id,
                kind=original.kind,
                direction=(
                    SavingsDirection.WITHDRAWAL if undo_deposit else SavingsDirection.DEPOSIT
                ).value,
                amount=original.amount,
                entry_date=day,
                reverses_id=original.id,
                note=note,
            )

    def _reversal_note(
        self,
        model: type[SavingsEntry] | type[LoanRepayment],
        reason: str,
        date_field: str,
        on: date | None,
    ) -> str:
        """The reason a reversal carries: required, and it must fit the note column."""
        clean, problems = self.clean(model, {"note": reason}, ("note",))
        if not clean["note"]:
            problems.append(_problem("note", "coop.reason_required"))
        require(problems + self.is_date(date_field, on))
        return str(clean["note"])

    def _reversal_day(
        self,
        session: Session,
        original: SavingsEntry | LoanRepayment,
        original_day: date,
        date_field: str,
        on: date | None,
    ) -> date:
        """The date of a reversal of ``original`` (default today), once the entry is known
        to be reversible: not a reversal itself, not reversed yet, not reversed before it
        happened."""
        self._check_reversible(session, type(original), original.id, original.reverses_id)
        day = on or date.today()
        if day < original_day:
            raise ValidationFailed(
                [
                    _problem(
                        date_field,
                        "coop.reversal_before_entry",
                        when=show_date(day),
                        entry=show_date(original_day),
                    )
                ]
            )
        return day

    def _check_reversible(
        self,
        session: Session,
        model: type[SavingsEntry] | type[LoanRepayment],
        entry_id: uuid.UUID,
        reverses_id: uuid.UUID | None,
    ) -> None:
        if reverses_id is not None:
            raise ValidationFailed([_problem("reverses_id", "coop.reversal_of_reversal")])
        reversal = session.exec(self.active(model).where(model.reverses_id == entry_id)).first()  # type: ignore[attr-defined]
        if reversal is not None:
            when = reversal.entry_date if isinstance(reversal, SavingsEntry) else reversal.paid_on
            raise ValidationFailed(
                [_problem("reverses_id", "coop.already_reversed", when=show_date(when))]
            )

    def balances(self, member_id: uuid.UUID) -> dict[str, int]:
        """The member's balance of each kind of savings (every kind listed, zero or not)."""
        with self.store.read() as s:
            self.get(s, CoopMember, member_id)
            totals = {kind.value: 0 for kind in SavingsKind}
            for entry in self._entries(s, member_id):
                totals[entry.kind] = totals.get(entry.kind, 0) + _signed(entry)
            return totals

    def savings_total(self, cooperative_id: uuid.UUID) -> int:
        """The savings the cooperative holds: every member's balances summed, in one read
        (the sum of :meth:`balances` over :meth:`members`, without a query per member)."""
        # Summed by SQLite: at 100,000 people a cooperative holds tens of thousands of
        # entries, and making each one an object took seconds.
        signed = case(
            (
                col(SavingsEntry.direction) == SavingsDirection.DEPOSIT.value,
                col(SavingsEntry.amount),
            ),
            else_=-col(SavingsEntry.amount),
        )
        with self.store.read() as s:
            self.get(s, Cooperative, cooperative_id)
            total = s.execute(
                sa_select(func.coalesce(func.sum(signed), 0))
                .select_from(SavingsEntry)
                .join(CoopMember, col(CoopMember.id) == col(SavingsEntry.member_id))
                .where(
                    col(SavingsEntry.centre_id) == self.actor.centre_id,
                    col(SavingsEntry.deleted) == False,  # noqa: E712
                    col(CoopMember.cooperative_id) == cooperative_id,
                    col(CoopMember.deleted) == False,  # noqa: E712
                )
            ).scalar_one()
            return int(total)

    def balance(self, member_id: uuid.UUID, kind: str) -> int:
        return self.balances(member_id).get(kind, 0)

    def member_statement(self, member_id: uuid.UUID) -> list[StatementLine]:
        """The member's savings entries in date order with running balances (per kind and
        overall), reversals shown as their own lines and linked both ways."""
        with self.store.read() as s:
            self.get(s, CoopMember, member_id)
            entries = self._entries(s, member_id)
            reversed_by = {e.reverses_id: e.id for e in entries if e.reverses_id is not None}
            by_kind: dict[str, int] = {}
            balance = 0
            lines = []
            for entry in entries:
                by_kind[entry.kind] = by_kind.get(entry.kind, 0) + _signed(entry)
                balance += _signed(entry)
                lines.append(
                    StatementLine(
                        entry_id=entry.id,
                        entry_date=entry.entry_date,
                        kind=entry.kind,
                        direction=entry.direction,
                        amount=entry.amount,
                        kind_balance=by_kind[entry.kind],
                        balance=balance,
                        note=entry.note,
                        reverses_id=entry.reverses_id,
                        reversed_by_id=reversed_by.get(entry.id),
                    )
                )
            return lines

    # -- loans (pinjaman) ------------------------------------------------------------

    def grant_loan(
        self,
        member_id: uuid.UUID,
        *,
        principal: int,
        interest_rate_pct: float,
        term_months: int,
        disbursed_on: date,
        purpose: str | None = None,
        enterprise_id: uuid.UUID | None = None,
        session: Session | None = None,
    ) -> CoopLoan:
        """Disburse a loan (pencairan) to a current member; its terms never change after."""
        clean, problems = self.clean(CoopLoan, {"purpose": purpose}, ("purpose",))
        problems += self.whole_rupiah("principal", principal) or positive(
            "principal", principal, self.label("principal")
        )
        if isinstance(interest_rate_pct, bool) or not isinstance(
            interest_rate_pct, int | float | Decimal
        ):
            problems += required("interest_rate_pct", None, self.label("interest_rate_pct"))
        else:
            problems += not_negative(
                "interest_rate_pct", interest_rate_pct, self.label("interest_rate_pct")
            )
            if interest_rate_pct > MAX_MONTHLY_RATE_PCT:
                problems.append(
                    _problem(
                        "interest_rate_pct",
                        "coop.rate_too_high",
                        rate=interest_rate_pct,
                        max=MAX_MONTHLY_RATE_PCT,
                    )
                )
        if not is_count(term_months) or not 1 <= term_months <= MAX_TERM_MONTHS:
            problems.append(_problem("term_months", "coop.term_range", max=MAX_TERM_MONTHS))
        problems += self.is_date("disbursed_on", disbursed_on, optional=False)
        require(problems)
        with self.writing(session) as s:
            member = self.get(s, CoopMember, member_id)
            if member.left_on is not None:
                raise ValidationFailed([_problem("member_id", "coop.member_left_no_loan")])
            self._check_after_joining(member, disbursed_on, self.label("disbursed_on"))
            if enterprise_id is not None:
                self.get(s, Enterprise, enterprise_id)
            return self.add(
                s,
                CoopLoan,
                member_id=member.id,
                principal=principal,
                interest_rate_pct=float(interest_rate_pct),
                term_months=term_months,
                disbursed_on=disbursed_on,
                enterprise_id=enterprise_id,
                status=LoanStatus.ACTIVE.value,
                **clean,
            )

    def update_loan(
        self, loan_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> CoopLoan:
        """Change what is not a term of the loan: its purpose and the business it funds."""
        if set(fields) & set(LOAN_TERMS):
            raise ValidationFailed(
                [_problem(sorted(set(fields) & set(LOAN_TERMS))[0], "coop.terms_fixed")]
            )
        if "status" in fields:
            raise ValidationFailed([_problem("status", "field.unknown", field="status")])
        clean, problems = self.clean(CoopLoan, fields, ("purpose", "enterprise_id"))
        require(problems)
        with self.writing(session) as s:
            loan = self.get(s, CoopLoan, loan_id)
            if clean.get("enterprise_id") is not None:
                self.get(s, Enterprise, clean["enterprise_id"])
            self.set_fields(s, loan, clean)
            return loan

    def set_loan_status(
        self, loan_id: uuid.UUID, status: str, session: Session | None = None
    ) -> CoopLoan:
        """Mark a loan paid (lunas), written off (dihapusbukukan) or running again.

        Paid needs the principal repaid in full; unpaid interest may be waived.
        """
        require(choice("status", status, LoanStatus, label=self.label("status")))
        with self.writing(session) as s:
            loan = self.get(s, CoopLoan, loan_id)
            if loan.status == status:
                raise ValidationFailed(
                    [_problem("status", "coop.same_status", status=i18n.t(f"coop.status.{status}"))]
                )
            if status == LoanStatus.PAID:
                left = self._outstanding(s, loan).principal
                if left > 0:
                    raise ValidationFailed(
                        [
                            _problem(
                                "status", "coop.paid_with_principal_left", outstanding=rupiah(left)
                            )
                        ]
                    )
            self.change(s, loan, status=status)
            return loan

    def loan(self, loan_id: uuid.UUID) -> CoopLoan:
        with self.store.read() as s:
            return self.get(s, CoopLoan, loan_id)

    def _loans(self, session: Session, member_id: uuid.UUID) -> list[CoopLoan]:
        statement = self.active(CoopLoan).where(CoopLoan.member_id == member_id)
        return list(session.exec(statement.order_by(col(CoopLoan.disbursed_on), col(CoopLoan.id))))

    def loans(self, member_id: uuid.UUID) -> list[CoopLoan]:
        with self.store.read() as s:
            self.get(s, CoopMember, member_id)
            return self._loans(s, member_id)

    def repayment_schedule(self, loan_id: uuid.UUID) -> list[Installment]:
        """Due dates and amounts of each instalment (jadwal angsuran)."""
        with self.store.read() as s:
            return schedule_for(self.get(s, CoopLoan, loan_id))

    # -- repayments (angsuran) ------------------------------------------------------

    def repay(
        self,
        loan_id: uuid.UUID,
        *,
        principal_amount: int,
        interest_amount: int,
        paid_on: date,
        note: str | None = None,
        session: Session | None = None,
    ) -> LoanRepayment:
        """Record a repayment of principal and interest; it may not exceed what is still
        owed of either. The loan becomes paid (lunas) when nothing is left."""
        clean, problems = self.clean(LoanRepayment, {"note": note}, ("note",))
        for name, value in (
            ("principal_amount", principal_amount),
            ("interest_amount", interest_amount),
        ):
            problems += self.whole_rupiah(name, value) or not_negative(
                name, value, self.label(name)
            )
        problems += self.is_date("paid_on", paid_on, optional=False)
        require(problems)
        if principal_amount + interest_amount <= 0:
            raise ValidationFailed([_problem("principal_amount", "coop.repayment_empty")])
        with self.writing(session) as s:
            loan = self.get(s, CoopLoan, loan_id)
            if loan.status != LoanStatus.ACTIVE.value:
                raise ValidationFailed(
                    [
                        _problem(
                            "loan_id",
                            "coop.loan_not_active",
                            status=i18n.t(f"coop.status.{loan.status}"),
                        )
                    ]
                )
            if paid_on < loan.disbursed_on:
                raise ValidationFailed(
                    [
                        _problem(
                            "paid_on",
                            "coop.paid_before_disbursed",
                            when=show_date(paid_on),
                            disbursed=show_date(loan.disbursed_on),
                        )
                    ]
                )
            owed = self._outstanding(s, loan)
            problems = []
            if principal_amount > owed.principal:
                problems.append(
                    _problem(
                        "principal_amount",
                        "coop.over_principal",
                        amount=rupiah(principal_amount),
                        outstanding=rupiah(owed.principal),
                    )
                )
            if interest_amount > owed.interest:
                problems.append(
                    _problem(
                        "interest_amount",
                        "coop.over_interest",
                        amount=rupiah(interest_amount),
                        outstanding=rupiah(owed.interest),
                    )
                )
            require(problems)
            repayment = self.add(
                s,
                LoanRepayment,
                loan_id=loan.id,
                paid_on=paid_on,
                principal_amount=principal_amount,
                interest_amount=interest_amount,
                **clean,
            )
            if owed.total - principal_amount - interest_amount == 0:
                self.change(s, loan, status=LoanStatus.PAID.value)
            return repayment

    def reverse_repayment(
        self,
        repayment_id: uuid.UUID,
        reason: str,
        *,
        on: date | None = None,
        session: Session | None = None,
    ) -> LoanRepayment:
        """Cancel a wrong repayment with a reversing row (negated amounts, dated ``on``,
        default today, carrying ``reason``). A loan marked paid runs again."""
        note = self._reversal_note(LoanRepayment, reason, "paid_on", on)
        with self.writing(session) as s:
            original = self.get(s, LoanRepayment, repayment_id)
            day = self._reversal_day(s, original, original.paid_on, "paid_on", on)
            loan = self.get(s, CoopLoan, original.loan_id)
            reversal = self.add(
                s,
                LoanRepayment,
                loan_id=loan.id,
                paid_on=day,
                principal_amount=-original.principal_amount,
                interest_amount=-original.interest_amount,
                reverses_id=original.id,
                note=note,
            )
            if loan.status == LoanStatus.PAID.value:
                self.change(s, loan, status=LoanStatus.ACTIVE.value)
            return reversal

    def _repayments(self, session: Session, loan_id: uuid.UUID) -> list[LoanRepayment]:
        statement = self.active(LoanRepayment).where(LoanRepayment.loan_id == loan_id)
        return list(
            session.exec(
                statement.order_by(
                    col(LoanRepayment.paid_on), col(LoanRepayment.created_at), col(LoanRepayment.id)
                )
            )
        )

    def repayments(self, loan_id: uuid.UUID) -> list[LoanRepayment]:
        """A loan's repayment rows in date order, reversals included (negated amounts)."""
        with self.store.read() as s:
            self.get(s, CoopLoan, loan_id)
            return self._repayments(s, loan_id)

    def _outstanding(self, session: Session, loan: CoopLoan) -> Outstanding:
        schedule = schedule_for(loan)
        rows = self._repayments(session, loan.id)
        return Outstanding(
            principal=loan.principal - sum(r.principal_amount for r in rows),
            interest=sum(i.interest for i in schedule) - sum(r.interest_amount for r in rows),
        )

    def outstanding(self, loan_id: uuid.UUID) -> Outstanding:
        """Principal and interest still owed on a loan (whatever its status)."""
        with self.store.read() as s:
            return self._outstanding(s, self.get(s, CoopLoan, loan_id))

    def loans_in_arrears(self, today: date | None = None) -> list[LoanInArrears]:
        """Running loans whose instalments due by ``today`` are not all paid, the longest
        overdue first. Payments count against the oldest instalment first."""
        today = today or date.today()
        with self.store.read() as s:
            loans = s.exec(self.active(CoopLoan).where(CoopLoan.status == LoanStatus.ACTIVE.value))
            lines = []
            for loan in loans:
                paid = sum(
                    r.principal_amount + r.interest_amount for r in self._repayments(s, loan.id)
                )
                schedule = schedule_for(loan)
                due = [i for i in schedule if i.due_on <= today]
                cumulative = 0
                unpaid: list[Installment] = []
                for installment in due:
                    cumulative += installment.total
                    if cumulative > paid:
                        unpaid.append(installment)
                if not unpaid:
                    continue
                member = self.get(s, CoopMember, loan.member_id, include_deleted=True)
                person = self.get(s, Person, member.person_id, include_deleted=True)
                lines.append(
                    LoanInArrears(
                        loan_id=loan.id,
                        member_id=member.id,
                        member_no=member.member_no,
                        member_name=person.name,
                        overdue_amount=sum(i.total for i in due) - paid,
                        installments_overdue=len(unpaid),
                        oldest_due_on=unpaid[0].due_on,
                        days_overdue=(today - unpaid[0].due_on).days,
                        outstanding=sum(i.total for i in schedule) - paid,
                    )
                )
            return sorted(lines, key=lambda line: (-line.days_overdue, line.member_no))


def is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
