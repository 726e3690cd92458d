"""Pillar 3, Rumah Pintar / community parenting for children left behind."""

from __future__ import annotations

import uuid
from datetime import date
from typing import ClassVar

from sqlmodel import Field

from .base import SyncedRecord, UUIDBytes


class ParentingChild(SyncedRecord, table=True):
    """Anak asuh: a child enrolled in community parenting, with the guardian raising them."""

    __tablename__ = "parenting_child"

    child_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
    guardian_id: uuid.UUID | None = Field(
        default=None, foreign_key="person.id", sa_type=UUIDBytes
    )  # wali
    parent_abroad: str = Field(max_length=10)  # enums.ParentAbroad
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", sa_type=UUIDBytes)
    enrolled_on: date
    left_on: date | None = Field(default=None)
    school: str | None = Field(default=None, max_length=160)


class ParentingSession(SyncedRecord, table=True):
    """Kegiatan: a children's activity or a parenting class."""

    __tablename__ = "parenting_session"

    held_on: date = Field(index=True)
    kind: str = Field(max_length=20)  # enums.ParentingSessionKind
    topic: str = Field(max_length=200)
    facilitator: str | None = Field(default=None, max_length=120)


class ParentingAttendance(SyncedRecord, table=True):
    """Kehadiran: one attendance mark. Append-only: a correction is a newer mark for the
    same session and child; the latest mark (by ``created_at``, then id) counts."""

    __tablename__ = "parenting_attendance"
    __append_only__: ClassVar[bool] = True

    session_id: uuid.UUID = Field(foreign_key="parenting_session.id", index=True, sa_type=UUIDBytes)
    child_id: uuid.UUID = Field(foreign_key="parenting_child.id", index=True, sa_type=UUIDBytes)
    present: bool
