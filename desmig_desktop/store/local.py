"""Bookkeeping tables of this laptop's store. They never sync as records."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from ..domain.base import UTCDateTime, UUIDBytes
from .packing import PackedJSON


class DeviceState(SQLModel, table=True):
    """This laptop's identity and counters (one row).

    ``next_seq`` numbers this device's changes without gaps, so the server can apply each
    exactly once; ``hlc_ms``/``hlc_counter`` are the hybrid logical clock, which keeps
    stamps increasing even when the laptop's clock jumps back after a flat CMOS battery.
    """

    __tablename__ = "device_state"

    id: int = Field(default=1, primary_key=True)
    device_id: uuid.UUID = Field(sa_type=UUIDBytes)
    centre_id: uuid.UUID | None = Field(default=None, sa_type=UUIDBytes)
    next_seq: int = Field(default=1)
    hlc_ms: int = Field(default=0)
    hlc_counter: int = Field(default=0)
    # Sync (docs/sync-protocol.md). The pull cursor is the last server sequence whose
    # change is stored here; it only moves in the transaction that stores that page.
    server_url: str | None = Field(default=None, max_length=300)
    device_token: str | None = Field(default=None, max_length=200)
    server_epoch: str | None = Field(default=None, max_length=40)
    pull_cursor: int = Field(default=0)
    last_sync_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_sync_error: str | None = Field(default=None)


class ChangeEntry(SQLModel, table=True):
    """Catatan perubahan: one insert, update or delete of one record.

    Written in the same transaction as the change it describes. It is both the sync
    outbox (entries of this device not yet acknowledged by the server) and the audit
    trail (who changed which field, when, from what to what).
    """

    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("device_id", "seq"),
        # Row ids are unique across tables (UUIDs): the table name would only widen it.
        Index("ix_change_log_row", "row_id"),
    )

    # A local row number only: across machines an entry is known by (device_id, seq).
    id: int | None = Field(default=None, primary_key=True)
    device_id: uuid.UUID = Field(sa_type=UUIDBytes)
    seq: int
    hlc: str = Field(max_length=40)
    centre_id: uuid.UUID = Field(sa_type=UUIDBytes)
    table_name: str = Field(max_length=40)
    row_id: uuid.UUID = Field(sa_type=UUIDBytes)
    op: str = Field(max_length=6)  # insert | update | delete
    # JSON object: field -> new value. An insert leaves out what the entry's own columns
    # already say (id, centre, created/updated time = ``at``, not deleted) and empty
    # fields; :func:`changes.full_values` puts them back.
    # Both are stored compressed (store/packing.py); the attributes read and take JSON text.
    changes: str = Field(sa_type=PackedJSON)
    # JSON object: field -> old value (updates).
    previous: str | None = Field(default=None, sa_type=PackedJSON)
    user: str = Field(max_length=60)
    at: datetime = Field(sa_type=UTCDateTime)  # the laptop's wall clock, for people to read
    # The pull cursor when the change was made: what of the others' work it was based on.
    # The server compares it with each field's last change to find real conflicts.
    base_seq: int = Field(default=0)
    server_seq: int | None = Field(default=None, index=True)  # set when the server acknowledges
    # None while waiting to be pushed; applied | duplicate | rejected once answered; a
    # rejected change stays here (quarantined) with its reason, never deleted.
    sync_status: str | None = Field(default=None, max_length=10)
    sync_reason: str | None = Field(default=None)


class SyncConflict(SQLModel, table=True):
    """Konflik: a field both this centre's laptops changed; both values are kept for an
    officer to review (pulled from the server, which detects them)."""

    __tablename__ = "sync_conflict"

    id: uuid.UUID = Field(primary_key=True, sa_type=UUIDBytes)
    table_name: str = Field(max_length=40)
    row_id: uuid.UUID = Field(index=True, sa_type=UUIDBytes)
    field: str | None = Field(default=None, max_length=60)
    kind: str = Field(max_length=20)  # field | delete_vs_edit
    kept_value: str | None = Field(default=None)  # JSON
    lost_value: str | None = Field(default=None)  # JSON
    kept_user: str | None = Field(default=None, max_length=60)
    lost_user: str | None = Field(default=None, max_length=60)
    created_at: datetime = Field(sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AuditEvent(SQLModel, table=True):
    """Catatan audit of this laptop: logins and failed logins, exports of personal data,
    erasures, and changes to who may do what. Never a password. Kept here (not synced):
    it says what happened on this machine, which is what an admin investigating a lost
    or shared laptop needs to know."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime)
    user: str = Field(max_length=60)
    # login | login_failed | export | report | export_person | erase_person
    # | user_added | role_changed | user_active | password_set
    action: str = Field(max_length=30)
    detail: str = Field(default="")
