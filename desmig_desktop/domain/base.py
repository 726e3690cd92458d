"""What every synced record has in common.

Every row is keyed by a UUIDv7 made on the laptop that creates it (time-ordered, so
indexes stay compact, and unique across machines without asking anyone), belongs to a
centre, carries its created/updated times and is never removed: deletion is a tombstone
(``deleted``) so the deletion itself can travel to the server and the other laptops.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import uuid6
from sqlalchemy import BigInteger, LargeBinary, TypeDecorator
from sqlmodel import Field, SQLModel


def new_id() -> uuid.UUID:
    """A new UUIDv7 record key."""
    return uuid.UUID(int=uuid6.uuid7().int)


def utcnow() -> datetime:
    return datetime.now(UTC)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes, stored as whole microseconds since 1970 (UTC).

    SQLite has no time zones and no datetime type: the usual text form takes 26 bytes a
    value, an integer 8, and every record carries two of them (created, updated) besides
    its change entry's. Integers also order and compare exactly as the times do. Read
    back as aware UTC, so comparisons never mix naive and aware.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC")
        return (value - _EPOCH) // _MICROSECOND

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # a value written before migration 0005
            return datetime.fromisoformat(value).replace(tzinfo=UTC)
        return _EPOCH + int(value) * _MICROSECOND


class UUIDBytes(TypeDecorator[uuid.UUID]):
    """UUIDs stored as their 16 bytes (a BLOB), not 32 hex characters.

    Keys are the widest columns of a store: every row has its own, its centre's and
    usually a parent's, and each index on them repeats them. Bytes halve all of that, and
    sort exactly as the hex form does (so UUIDv7 keys stay in time order).
    """

    impl = LargeBinary(16)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> bytes | None:
        if value is None:
            return None
        if isinstance(value, uuid.UUID):
            return value.bytes
        return uuid.UUID(str(value)).bytes

    def process_result_value(self, value: Any, dialect: Any) -> uuid.UUID | None:
        if value is None:
            return None
        if isinstance(value, str):  # a value written before migration 0005
            return uuid.UUID(value)
        return uuid.UUID(bytes=bytes(value))


class SyncedRecord(SQLModel):
    """Columns shared by every table that syncs (not itself a table)."""

    # Tables whose rows are never updated or deleted once written: money and attendance.
    # A correction is a new, reversing row (see the cooperative and parenting services).
    __append_only__: ClassVar[bool] = False

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True, sa_type=UUIDBytes)
    # Not indexed: a laptop's store holds one centre, so such an index would only cost space.
    centre_id: uuid.UUID = Field(foreign_key="centre.id", sa_type=UUIDBytes)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deleted: bool = Field(default=False)
