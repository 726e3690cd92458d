"""Pillar 4, Koperasi / BUMDes: members, savings and loans.

Money is a ledger: entries are never edited or deleted; a correction is a new entry that
reverses the wrong one (``reverses_id``) followed, if needed, by the right one. Amounts
are whole rupiah. A savings entry's amount is positive and its direction says which way
money moved (a reversal moves the same amount the other way); a repayment has no
direction, so its reversal carries the negated amounts and a plain sum is what was paid.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import ClassVar

from sqlmodel import Field

from .base import SyncedRecord, UUIDBytes


class Cooperative(SyncedRecord, table=True):
    """Koperasi or BUMDes of the village."""

    __tablename__ = "cooperative"

    name: str = Field(max_length=160)
    kind: str = Field(max_length=20)  # enums.CooperativeKind
    legal_number: str | None = Field(default=None, max_length=80)  # nomor badan hukum
    founded_on: date | None = Field(default=None)


class CoopMember(SyncedRecord, table=True):
    """Anggota koperasi."""

    __tablename__ = "coop_member"

    cooperative_id: uuid.UUID = Field(foreign_key="cooperative.id", index=True, sa_type=UUIDBytes)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
    member_no: str = Field(max_length=30)
    joined_on: date
    left_on: date | None = Field(default=None)


class SavingsEntry(SyncedRecord, table=True):
    """Simpanan: a deposit or withdrawal of one kind of saving (pokok, wajib, sukarela)."""

    __tablename__ = "savings_entry"
    __append_only__: ClassVar[bool] = True

    member_id: uuid.UUID = Field(foreign_key="coop_member.id", index=True, sa_type=UUIDBytes)
    kind: str = Field(max_length=10)  # enums.SavingsKind
    direction: str = Field(max_length=10)  # enums.SavingsDirection
    amount: int  # rupiah, > 0
    entry_date: date
    reverses_id: uuid.UUID | None = Field(
        default=None, foreign_key="savings_entry.id", sa_type=UUIDBytes
    )
    note: str | None = Field(default=None, max_length=300)


class CoopLoan(SyncedRecord, table=True):
    """Pinjaman: a loan to a member. The terms are fixed once disbursed; only the status
    moves (running, paid, written off)."""

    __tablename__ = "coop_loan"

    member_id: uuid.UUID = Field(foreign_key="coop_member.id", index=True, sa_type=UUIDBytes)
    principal: int  # pokok pinjaman, rupiah
    interest_rate_pct: float  # flat interest per month, percent
    term_months: int
    disbursed_on: date
    purpose: str | None = Field(default=None, max_length=300)
    enterprise_id: uuid.UUID | None = Field(
        default=None, foreign_key="enterprise.id", sa_type=UUIDBytes
    )
    status: str = Field(max_length=20)  # enums.LoanStatus


class LoanRepayment(SyncedRecord, table=True):
    """Angsuran: a repayment of principal and interest."""

    __tablename__ = "loan_repayment"
    __append_only__: ClassVar[bool] = True

    loan_id: uuid.UUID = Field(foreign_key="coop_loan.id", index=True, sa_type=UUIDBytes)
    paid_on: date
    principal_amount: int
    interest_amount: int
    reverses_id: uuid.UUID | None = Field(
        default=None, foreign_key="loan_repayment.id", sa_type=UUIDBytes
    )
    note: str | None = Field(default=None, max_length=300)
