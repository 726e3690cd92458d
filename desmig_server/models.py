"""The server's own tables and the shapes of its API bodies.

The server's tables live in their own SQLModel registry: importing
:mod:`desmig_desktop.domain` (for validation) fills SQLModel's default metadata with the
laptop's tables, which the server never creates. Synced records are not stored in those
tables either: the server keeps each record as JSON (:class:`Record`) plus the stream of
changes (:class:`SyncChange`), so it needs no migration when a pillar gains a column.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes: ``timestamptz`` on PostgreSQL, naive UTC on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# BIGINT on PostgreSQL; on SQLite only INTEGER PRIMARY KEY numbers rows by itself.
BigSeq = BigInteger().with_variant(Integer(), "sqlite")


class ServerModel(SQLModel, registry=registry()):
    """Base of the server's tables (their own metadata, see the module docstring)."""


class ServerMeta(ServerModel, table=True):
    """One row: the epoch (renewed after a restore, rule 9) and the server's device id."""

    __tablename__ = "server_meta"

    id: int = Field(default=1, primary_key=True)
    epoch: uuid.UUID
    server_id: uuid.UUID  # device_id of the changes the server makes itself
    last_server_change_seq: int = Field(default=0, sa_type=BigInteger)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    epoch_renewed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class CentreRow(ServerModel, table=True):
    """A village centre known to the server; its devices sync its records."""

    __tablename__ = "centre"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    village_code: str = Field(max_length=13, unique=True)  # dotted Kemendagri code
    name: str = Field(max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EnrolmentCode(ServerModel, table=True):
    """A single-use code that lets one laptop join a centre."""

    __tablename__ = "enrolment_code"

    code_hash: str = Field(primary_key=True, max_length=64)
    centre_id: uuid.UUID = Field(foreign_key="centre.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    used_by_device: uuid.UUID | None = Field(default=None, foreign_key="device.id")


class Device(ServerModel, table=True):
    """An enrolled laptop. ``last_seq`` is the highest of its change numbers applied."""

    __tablename__ = "device"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    centre_id: uuid.UUID = Field(foreign_key="centre.id", index=True)
    name: str = Field(max_length=120)
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_seen_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_seq: int = Field(default=0, sa_type=BigInteger)
    client_version: str | None = Field(default=None, max_length=40)


class SyncChange(ServerModel, table=True):
    """One applied change, numbered by ``server_seq``: the stream laptops pull.

    ``changes`` holds what was applied to the record, which differs from what was pushed
    only when a delete was refused (see :mod:`desmig_server.sync`).
    """

    __tablename__ = "sync_change"
    __table_args__ = (
        UniqueConstraint("device_id", "seq", name="uq_sync_change_device_seq"),
        Index("ix_sync_change_centre_seq", "centre_id", "server_seq"),
    )

    server_seq: int | None = Field(
        default=None, sa_column=Column(BigSeq, primary_key=True, autoincrement=True)
    )
    centre_id: uuid.UUID = Field(foreign_key="centre.id")
    device_id: uuid.UUID
    seq: int = Field(sa_type=BigInteger)
    hlc: str = Field(max_length=40)
    table_name: str = Field(max_length=40)
    row_id: uuid.UUID
    op: str = Field(max_length=6)
    changes: str = Field(sa_type=Text)  # canonical JSON object
    base_seq: int | None = Field(default=None, sa_type=BigInteger)
    user: str = Field(max_length=60)
    at: datetime = Field(sa_type=UTCDateTime)  # the device's clock, for people to read
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RejectedChange(ServerModel, table=True):
    """A change refused with its reason. It consumed its seq; a repeat gets the same answer."""

    __tablename__ = "rejected_change"
    __table_args__ = (UniqueConstraint("device_id", "seq", name="uq_rejected_change_device_seq"),)

    id: int | None = Field(
        default=None, sa_column=Column(BigSeq, primary_key=True, autoincrement=True)
    )
    centre_id: uuid.UUID = Field(foreign_key="centre.id", index=True)
    device_id: uuid.UUID = Field(foreign_key="device.id")
    seq: int = Field(sa_type=BigInteger)
    reason: str = Field(sa_type=Text)
    change: str = Field(sa_type=Text)  # the change as received, JSON
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Record(ServerModel, table=True):
    """The server's copy of one synced record: current fields and who set each one.

    ``field_versions`` maps each field to ``[server_seq, device_id, user]`` of the change
    that last set it; that is what the field merge compares with a change's ``base_seq``.
    """

    __tablename__ = "record"
    __table_args__ = (Index("ix_record_table_row", "table_name", "row_id"),)

    centre_id: uuid.UUID = Field(foreign_key="centre.id", primary_key=True)
    table_name: str = Field(max_length=40, primary_key=True)
    row_id: uuid.UUID = Field(primary_key=True)
    data: str = Field(sa_type=Text)  # JSON object: field -> value
    field_versions: str = Field(sa_type=Text)  # JSON object: field -> [seq, device, user]
    deleted: bool = Field(default=False)
    last_server_seq: int = Field(sa_type=BigInteger)


class Conflict(ServerModel, table=True):
    """Two devices changed the same field (or one deleted what the other edited).

    The kept value is what the record holds; the lost one is kept here for a person to
    review (rule 5). ``seen_seq`` is the last sequence that produced this outcome: a
    later change made with ``base_seq >= seen_seq`` that sets the field resolves it, and
    pull pages carry the conflict with the page holding ``seen_seq`` (and again with the
    one holding ``resolved_by_server_seq``).
    """

    __tablename__ = "conflict"
    __table_args__ = (
        Index("ix_conflict_row", "centre_id", "table_name", "row_id"),
        Index("ix_conflict_centre_seen", "centre_id", "seen_seq"),
        Index("ix_conflict_centre_resolved", "centre_id", "resolved_by_server_seq"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    centre_id: uuid.UUID = Field(foreign_key="centre.id")
    table_name: str = Field(max_length=40)
    row_id: uuid.UUID
    field: str = Field(max_length=60)
    kind: str = Field(max_length=20)  # field | delete_vs_edit
    kept_value: str = Field(sa_type=Text)  # JSON
    lost_value: str = Field(sa_type=Text)  # JSON
    kept_server_seq: int = Field(sa_type=BigInteger)
    lost_server_seq: int = Field(sa_type=BigInteger)
    kept_device: uuid.UUID
    lost_device: uuid.UUID
    kept_user: str = Field(max_length=60)
    lost_user: str = Field(max_length=60)
    seen_seq: int = Field(sa_type=BigInteger)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by_server_seq: int | None = Field(default=None, sa_type=BigInteger)


class UniqueKey(ServerModel, table=True):
    """The value a live record holds of a field unique in its centre on the laptops
    (a username; a NIK; a member number within its cooperative), so that a second record
    taking it, made offline on another laptop, is found with one indexed look-up.

    Not unique here: a duplicate NIK or member number is kept and flagged for review; a
    duplicate username is renamed (see ``docs/sync-protocol.md``, *Duplicates*).
    """

    __tablename__ = "unique_key"
    __table_args__ = (Index("ix_unique_key_value", "centre_id", "table_name", "value"),)

    centre_id: uuid.UUID = Field(foreign_key="centre.id", primary_key=True)
    table_name: str = Field(max_length=40, primary_key=True)
    row_id: uuid.UUID = Field(primary_key=True)
    value: str = Field(max_length=120)


# ----------------------------------------------------------------------- API bodies


class EnrolRequest(BaseModel):
    enrolment_code: str
    device_name: str
    client_version: str | None = None


class EnrolResponse(BaseModel):
    device_id: uuid.UUID
    device_token: str
    centre_id: uuid.UUID
    village_code: str
    centre_name: str
    epoch: uuid.UUID


class HealthResponse(BaseModel):
    status: str
    server_version: str
    epoch: uuid.UUID


class PushRequest(BaseModel):
    epoch: str | None = None
    changes: list[dict[str, Any]]
    checksum: str


class PushResult(BaseModel):
    seq: int
    status: str  # applied | duplicate | rejected
    server_seq: int | None = None
    reason: str | None = None
    conflicts: int | None = None


class PushResponse(BaseModel):
    last_seq: int
    head: int
    epoch: uuid.UUID
    results: list[PushResult]


class ConflictOut(BaseModel):
    id: uuid.UUID
    table: str
    row_id: uuid.UUID
    field: str
    kind: str
    kept_value: Any
    lost_value: Any
    kept_server_seq: int
    lost_server_seq: int
    kept_device: uuid.UUID
    lost_device: uuid.UUID
    kept_user: str
    lost_user: str
    created_at: datetime
    resolved_at: datetime | None = None
    resolved_by_server_seq: int | None = None


class PullResponse(BaseModel):
    changes: list[dict[str, Any]]
    next: int
    head: int
    more: bool
    epoch: uuid.UUID
    conflicts: list[ConflictOut]
    checksum: str


class StatusResponse(BaseModel):
    device_id: uuid.UUID
    centre_id: uuid.UUID
    last_seq: int
    head: int
    epoch: uuid.UUID


# The central page's tables share this metadata (Alembic sees every table from here).
from .central import models as _central_models  # noqa: E402, F401
