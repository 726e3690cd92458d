"""Pillar 2, Usaha Produktif: businesses of migrant families and returnees."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field

from .base import SyncedRecord, UUIDBytes


class Enterprise(SyncedRecord, table=True):
    """Usaha: a productive business."""

    __tablename__ = "enterprise"

    name: str = Field(max_length=160)
    owner_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
    household_id: uuid.UUID | None = Field(
        default=None, foreign_key="household.id", sa_type=UUIDBytes
    )
    sector: str = Field(max_length=30)  # enums.EnterpriseSector
    capital_source: str = Field(max_length=30)  # enums.CapitalSource
    status: str = Field(max_length=30)  # enums.EnterpriseStatus
    started_on: date | None = Field(default=None)
    products: str | None = Field(default=None, max_length=300)
    exports: bool = Field(default=False)


class EnterpriseReport(SyncedRecord, table=True):
    """Laporan usaha: revenue and workers of one period (a month, ``YYYY-MM``)."""

    __tablename__ = "enterprise_report"

    enterprise_id: uuid.UUID = Field(foreign_key="enterprise.id", index=True, sa_type=UUIDBytes)
    period: str = Field(max_length=7)
    revenue: int = Field(default=0)  # omzet, rupiah
    workers: int = Field(default=0)  # tenaga kerja
    notes: str | None = Field(default=None, max_length=500)


class EnterpriseTraining(SyncedRecord, table=True):
    """Pelatihan kewirausahaan: entrepreneurship training held for families and returnees."""

    __tablename__ = "enterprise_training"

    title: str = Field(max_length=200)
    held_on: date
    organiser: str | None = Field(default=None, max_length=160)


class EnterpriseTrainingParticipant(SyncedRecord, table=True):
    __tablename__ = "enterprise_training_participant"

    training_id: uuid.UUID = Field(
        foreign_key="enterprise_training.id", index=True, sa_type=UUIDBytes
    )
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
