"""Perlindungan: problems of migrant workers and their families, and their referral."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field

from .base import SyncedRecord, UUIDBytes


class ProtectionCase(SyncedRecord, table=True):
    """Kasus: a protection problem reported to the centre.

    ``red_flags`` holds enums.RedFlag values, comma-separated.
    """

    __tablename__ = "protection_case"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
    episode_id: uuid.UUID | None = Field(
        default=None, foreign_key="migration_episode.id", sa_type=UUIDBytes
    )
    case_type: str = Field(max_length=40, index=True)  # enums.CaseType
    red_flags: str = Field(default="", max_length=200)
    status: str = Field(max_length=20, index=True)  # enums.CaseStatus
    reported_on: date
    reported_by: str | None = Field(default=None, max_length=120)  # pelapor
    description: str | None = Field(default=None, max_length=4000)
    closed_on: date | None = Field(default=None)


class CaseReferral(SyncedRecord, table=True):
    """Rujukan: a case referred to a partner."""

    __tablename__ = "case_referral"

    case_id: uuid.UUID = Field(foreign_key="protection_case.id", index=True, sa_type=UUIDBytes)
    partner: str = Field(max_length=30)  # enums.ReferralPartner
    partner_detail: str | None = Field(default=None, max_length=200)
    referred_on: date
    reference_no: str | None = Field(default=None, max_length=60)
    outcome: str | None = Field(default=None, max_length=1000)


class CaseFollowUp(SyncedRecord, table=True):
    """Tindak lanjut: an action due on a case."""

    __tablename__ = "case_follow_up"

    case_id: uuid.UUID = Field(foreign_key="protection_case.id", index=True, sa_type=UUIDBytes)
    action: str = Field(max_length=300)
    due_on: date = Field(index=True)
    done_on: date | None = Field(default=None)
    notes: str | None = Field(default=None, max_length=1000)
