"""Competency training at vocational centres (BLK) and LSP/BNSP certificates."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field

from .base import SyncedRecord, UUIDBytes


class VocationalTraining(SyncedRecord, table=True):
    """Pelatihan BLK."""

    __tablename__ = "vocational_training"

    title: str = Field(max_length=200)
    institution: str = Field(max_length=160)  # BLK / LPK
    skill: str | None = Field(default=None, max_length=120)  # kejuruan
    starts_on: date
    ends_on: date | None = Field(default=None)


class VocationalParticipant(SyncedRecord, table=True):
    __tablename__ = "vocational_participant"

    training_id: uuid.UUID = Field(
        foreign_key="vocational_training.id", index=True, sa_type=UUIDBytes
    )
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
    result: str = Field(max_length=20)  # enums.VocationalResult


class CompetencyCertificate(SyncedRecord, table=True):
    """Sertifikat kompetensi (LSP/BNSP): a placement document."""

    __tablename__ = "competency_certificate"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
    training_id: uuid.UUID | None = Field(
        default=None, foreign_key="vocational_training.id", sa_type=UUIDBytes
    )
    scheme: str = Field(max_length=200)  # skema sertifikasi
    issuer: str | None = Field(default=None, max_length=160)  # LSP
    number: str | None = Field(default=None, max_length=80)
    issued_on: date
    expires_on: date | None = Field(default=None)
