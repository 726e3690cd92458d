"""Bookkeeping tables of this laptop's store. They never sync as records."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import Index, String, TypeDecorator, UniqueConstraint, select
from sqlalchemy.orm import column_property
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Field, SQLModel, col

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


_STAMP = re.compile(r"(\d{15})-(\d{5})-([0-9a-f]{12})")


class Stamp(TypeDecorator[str]):
    """A change's clock stamp (store/hlc.py): text in Python and on the wire, 15 bytes in
    the store (milliseconds in 6, the counter in 3, the device's 6), not 34 characters.

    The bytes sort as the text does. A stamp not in that form (an empty one from an old
    server, one from a test) is stored as the text it is.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> bytes | str | None:
        if value is None:
            return None
        match = _STAMP.fullmatch(value)
        if match is None or int(match[1]) >= 1 << 48:
            return value
        return (
            int(match[1]).to_bytes(6, "big")
            + int(match[2]).to_bytes(3, "big")
            + bytes.fromhex(match[3])
        )

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None or isinstance(value, str):
            return value
        raw = bytes(value)
        ms, counter = int.from_bytes(raw[:6], "big"), int.from_bytes(raw[6:9], "big")
        return f"{ms:015d}-{counter:05d}-{raw[9:].hex()}"


class _Coded(TypeDecorator[str]):
    """A word from a fixed list: the word in Python, a one-byte code in the store (its
    place in ``CODES``, from 1). A word not in the list is stored as the text it is."""

    impl = String(40)
    cache_ok = True
    # Stores hold these codes: never reorder or remove a word, only add at the end.
    CODES: ClassVar[tuple[str, ...]] = ()
    _code: ClassVar[dict[str, bytes]]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._code = {word: bytes((index,)) for index, word in enumerate(cls.CODES, 1)}

    def process_bind_param(self, value: str | None, dialect: Any) -> bytes | str | None:
        if value is None:
            return None
        return self._code.get(value, value)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None or isinstance(value, str):
            return value
        raw = bytes(value)
        if len(raw) != 1 or not 1 <= raw[0] <= len(self.CODES):
            raise ValueError(f"unknown code {raw!r} in {type(self).__name__}")
        return self.CODES[raw[0] - 1]


class TableName(_Coded):
    """The synced table a change entry is about."""

    cache_ok = True
    CODES = (
        "centre", "user_account", "household", "person", "consent", "migration_episode",
        "document_item", "info_session", "info_session_participant", "consultation",
        "protection_case", "case_referral", "case_follow_up", "enterprise",
        "enterprise_report", "enterprise_training", "enterprise_training_participant",
        "parenting_child", "parenting_session", "parenting_attendance", "cooperative",
        "coop_member", "savings_entry", "coop_loan", "loan_repayment", "vocational_training",
        "vocational_participant", "competency_certificate", "person_erasure",
    )  # fmt: skip


class Operation(_Coded):
    """What a change entry did."""

    impl = String(6)
    cache_ok = True
    CODES = ("insert", "update", "delete")


class SyncAnswer(_Coded):
    """What became of a change entry at the server (None: waiting to be pushed); once a
    store has synced, every entry has one."""

    impl = String(10)
    cache_ok = True
    CODES = ("applied", "duplicate", "rejected", "remote")


class ChangeOrigin(SQLModel, table=True):
    """Where change entries were made: a device and its centre, numbered in this store.

    A store's log holds a few of them (this laptop and the centre's others), each
    repeated in every entry and in its (device, seq) key: a number says it in a byte,
    where the two UUIDs took 32 (and 16 more in the key's index).
    """

    __tablename__ = "change_origin"
    __table_args__ = (UniqueConstraint("device_id", "centre_id"),)

    id: int | None = Field(default=None, primary_key=True)
    device_id: uuid.UUID = Field(sa_type=UUIDBytes)
    centre_id: uuid.UUID = Field(sa_type=UUIDBytes)


class ChangeEntry(SQLModel, table=True):
    """Catatan perubahan: one insert, update or delete of one record.

    Written in the same transaction as the change it describes. It is both the sync
    outbox (entries of this device not yet acknowledged by the server) and the audit
    trail (who changed which field, when, from what to what).

    The device and centre are read through ``origin`` (``device_id`` and ``centre_id``,
    loaded with the entry; in a query, :func:`from_device` finds a device's entries by
    the key's index).
    """

    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("origin", "seq"),
        # Row ids are unique across tables (UUIDs): the table name would only widen it.
        Index("ix_change_log_row", "row_id"),
    )

    # A local row number only: across machines an entry is known by (device_id, seq).
    id: int | None = Field(default=None, primary_key=True)
    origin: int = Field(foreign_key="change_origin.id")
    seq: int
    hlc: str = Field(sa_type=Stamp)
    table_name: str = Field(sa_type=TableName)
    row_id: uuid.UUID = Field(sa_type=UUIDBytes)
    op: str = Field(sa_type=Operation)  # insert | update | delete
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
    # Set when the server acknowledges. Not indexed: entries are found by device and
    # sequence or by record, never by this number.
    server_seq: int | None = Field(default=None)
    # None while waiting to be pushed; applied | duplicate | rejected once answered; a
    # rejected change stays here (quarantined) with its reason, never deleted.
    sync_status: str | None = Field(default=None, sa_type=SyncAnswer)
    sync_reason: str | None = Field(default=None)

    if TYPE_CHECKING:  # mapped below, from the origin

        @property
        def device_id(self) -> uuid.UUID: ...

        @property
        def centre_id(self) -> uuid.UUID: ...


_ORIGIN = ChangeOrigin.__table__  # type: ignore[attr-defined]
_LOG = ChangeEntry.__table__  # type: ignore[attr-defined]
for _name in ("device_id", "centre_id"):
    ChangeEntry.__mapper__.add_property(  # type: ignore[attr-defined]
        _name,
        column_property(
            select(_ORIGIN.c[_name]).where(_ORIGIN.c.id == _LOG.c.origin).scalar_subquery()
        ),
    )


def from_device(device_id: Any) -> ColumnElement[bool]:
    """Entries made on ``device_id`` (a UUID or a bind parameter), through the
    (origin, seq) index."""
    return col(ChangeEntry.origin).in_(select(_ORIGIN.c.id).where(_ORIGIN.c.device_id == device_id))


def from_centre(centre_id: uuid.UUID) -> ColumnElement[bool]:
    """Entries about ``centre_id``'s records."""
    return col(ChangeEntry.origin).in_(select(_ORIGIN.c.id).where(_ORIGIN.c.centre_id == centre_id))


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
