"""What every synced record has in common.

Every row is keyed by a UUIDv7 made on the laptop that creates it (time-ordered, so
indexes stay compact, and unique across machines without asking anyone), belongs to a
centre, carries its created/updated times and is never removed: deletion is a tombstone
(``deleted``) so the deletion itself can travel to the server and the other laptops.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

import uuid6
from sqlalchemy import DateTime, TypeDecorator
from sqlmodel import Field, SQLModel


def new_id() -> uuid.UUID:
    """A new UUIDv7 record key."""
    return uuid.UUID(int=uuid6.uuid7().int)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on SQLite, which has no time zones.

    Stored naive in UTC; read back as aware UTC, so comparisons never mix naive and aware.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class SyncedRecord(SQLModel):
    """Columns shared by every table that syncs (not itself a table)."""

    # Tables whose rows are never updated or deleted once written: money and attendance.
    # A correction is a new, reversing row (see the cooperative and parenting services).
    __append_only__: ClassVar[bool] = False

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    # Not indexed: a laptop's store holds one centre, so such an index would only cost space.
    centre_id: uuid.UUID = Field(foreign_key="centre.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deleted: bool = Field(default=False)
