"""Pillar 1, Pusat Layanan Migrasi: journeys abroad, their documents, information
sessions and consultations."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Index
from sqlmodel import Field

from .base import SyncedRecord, UUIDBytes


class MigrationEpisode(SyncedRecord, table=True):
    """Perjalanan migrasi: one journey of a person abroad, from registration to return.

    ``procedural`` is False for a departure outside the legal process (non-procedural),
    which must carry a reason.
    """

    __tablename__ = "migration_episode"
    # The people list's status filter reads who has a journey at some stages from this
    # index alone (services/people.py, _filter_sql).
    __table_args__ = (Index("ix_migration_episode_stage_person", "stage", "person_id"),)

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
    stage: str = Field(max_length=30, index=True)  # enums.JourneyStage
    destination_country: str | None = Field(default=None, max_length=80)  # negara tujuan
    sector: str | None = Field(default=None, max_length=80)  # sektor, e.g. domestic work
    job_title: str | None = Field(default=None, max_length=120)  # jabatan
    placement_agency: str | None = Field(default=None, max_length=160)  # P3MI
    employer: str | None = Field(default=None, max_length=160)  # pemberi kerja
    procedural: bool = Field(default=True)
    non_procedural_reason: str | None = Field(default=None, max_length=300)
    registered_on: date | None = Field(default=None)
    departure_date: date | None = Field(default=None, index=True)
    return_date: date | None = Field(default=None, index=True)
    return_reason: str | None = Field(default=None, max_length=30)  # enums.ReturnReason
    last_contact_on: date | None = Field(default=None)  # kontak terakhir
    notes: str | None = Field(default=None, max_length=2000)


class DocumentItem(SyncedRecord, table=True):
    """Dokumen: one line of an episode's document checklist."""

    __tablename__ = "document_item"

    episode_id: uuid.UUID = Field(foreign_key="migration_episode.id", index=True, sa_type=UUIDBytes)
    doc_type: str = Field(max_length=40)  # enums.DocumentType
    status: str = Field(max_length=20)  # enums.DocumentStatus
    number: str | None = Field(default=None, max_length=60)
    issued_on: date | None = Field(default=None)
    expires_on: date | None = Field(default=None, index=True)
    # File name inside the data folder's attachments/, never an absolute path: the data
    # folder moves between laptops and backups.
    attachment: str | None = Field(default=None, max_length=200)
    notes: str | None = Field(default=None, max_length=500)


class InfoSession(SyncedRecord, table=True):
    """Sosialisasi: an information session on safe migration or job openings."""

    __tablename__ = "info_session"

    held_on: date
    topic: str = Field(max_length=200)
    location: str | None = Field(default=None, max_length=160)
    facilitator: str | None = Field(default=None, max_length=120)
    participants_count: int = Field(default=0)  # including people not in the registry


class InfoSessionParticipant(SyncedRecord, table=True):
    """A registered person who attended an information session."""

    __tablename__ = "info_session_participant"

    session_id: uuid.UUID = Field(foreign_key="info_session.id", index=True, sa_type=UUIDBytes)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)


class Consultation(SyncedRecord, table=True):
    """Konsultasi: a person or family coming to the centre for advice or help."""

    __tablename__ = "consultation"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
    held_on: date
    topic: str = Field(max_length=200)
    summary: str | None = Field(default=None, max_length=2000)
    officer: str | None = Field(default=None, max_length=60)
