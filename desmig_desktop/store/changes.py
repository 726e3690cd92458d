"""Change capture: every write to a synced table leaves a change entry in the same
transaction, or the write does not happen.

It is enforced at the one place every ORM write passes (the session's flush), so a
service cannot forget it; bulk writes (seeding, import of large files) go through
:func:`insert_rows`, which builds the same entries. Hard deletes and edits of
append-only rows (money, attendance) are refused here too.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Connection, Table, event, insert, inspect, select
from sqlalchemy.orm import Session

from ..domain import MODEL_BY_TABLE, SYNCED_MODELS, SyncedRecord
from ..domain.base import new_id, utcnow
from . import hlc
from .local import ChangeEntry, ChangeOrigin, DeviceState

_MODEL_ORDER = {model: index for index, model in enumerate(SYNCED_MODELS)}


class CaptureError(RuntimeError):
    """A write that would escape change capture or break an append-only ledger."""


def to_json_value(value: Any) -> Any:
    """The JSON form of a column value, as change entries and exports carry it."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


# Insert fields the entry's own columns carry (row_id, centre_id, at).
_IMPLIED = frozenset({"id", "centre_id", "created_at", "updated_at"})


def compact_insert(values: dict[str, Any]) -> dict[str, Any]:
    """An insert's values without what the entry already says and without empty fields.

    A change log entry per row is the biggest part of a store; this halves it.
    """
    return {
        name: value
        for name, value in values.items()
        if name not in _IMPLIED and value is not None and not (name == "deleted" and value is False)
    }


def full_values(entry: ChangeEntry) -> dict[str, Any]:
    """The values an entry set, in full: for an insert, every column of the record."""
    values = json.loads(entry.changes)
    if entry.op != "insert":
        return values
    model = MODEL_BY_TABLE.get(entry.table_name)
    names = column_names(model) if model is not None else []
    full: dict[str, Any] = {name: None for name in names}
    at = to_json_value(entry.at)
    full.update(
        {
            "id": str(entry.row_id),
            "centre_id": str(entry.centre_id),
            "created_at": at,
            "updated_at": at,
            "deleted": False,
        }
    )
    full.update(values)
    return full


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def column_names(model: type[SyncedRecord]) -> list[str]:
    return [column.key for column in inspect(model).columns]


def table_name(model: type[SyncedRecord]) -> str:
    return str(model.__tablename__)


class _Stamper:
    """Allocates sequence numbers and clock stamps from the device row of this transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # Held in session.info: the session keeps only weak references to its objects, and
        # a long unit of work (an import, a seed) would otherwise query the row every flush.
        state = session.info.get("desmig_device_state")
        if state is None or state not in session:
            with session.no_autoflush:
                state = session.get(DeviceState, 1)
            if state is None:
                raise CaptureError("the store has no device identity; open it through Store")
            session.info["desmig_device_state"] = state
        self.state = state

    def take(self) -> tuple[int, str]:
        state = self.state
        stamp, state.hlc_ms, state.hlc_counter = hlc.next_stamp(
            state.hlc_ms, state.hlc_counter, state.device_id
        )
        seq = state.next_seq
        state.next_seq = seq + 1
        return seq, stamp

    def take_many(self, count: int) -> list[tuple[int, str]]:
        """``count`` sequence numbers and stamps at once: the device row is an ORM object,
        and setting its attributes per entry costs a bulk insert more than its SQL."""
        state = self.state
        device_id, ms, counter, seq = (
            state.device_id,
            state.hlc_ms,
            state.hlc_counter,
            state.next_seq,
        )
        taken = []
        for offset in range(count):
            stamp, ms, counter = hlc.next_stamp(ms, counter, device_id)
            taken.append((seq + offset, stamp))
        state.hlc_ms, state.hlc_counter, state.next_seq = ms, counter, seq + count
        return taken


_ORIGINS = "desmig_change_origins"


def origin_id(session: Session, device_id: uuid.UUID, centre_id: uuid.UUID) -> int:
    """The number of the (device, centre) pair in this store (:class:`ChangeOrigin`),
    added the first time an entry of that pair is written."""
    known: dict[tuple[uuid.UUID, uuid.UUID], int] = session.info.setdefault(_ORIGINS, {})
    number = known.get((device_id, centre_id))
    if number is None:
        table = ChangeOrigin.__table__  # type: ignore[attr-defined]
        connection = session.connection()
        found = connection.execute(
            select(table.c.id).where(table.c.device_id == device_id, table.c.centre_id == centre_id)
        ).scalar()
        if found is None:
            found = connection.execute(
                insert(table).values(device_id=device_id, centre_id=centre_id)
            ).lastrowid
        number = known[(device_id, centre_id)] = int(found)
    return number


def _forget_origins(session: Session, *_: Any) -> None:
    # A number taken in a transaction that was rolled back may not exist.
    session.info.pop(_ORIGINS, None)


def _actor(session: Session) -> str:
    actor = session.info.get("actor")
    if not actor:
        raise CaptureError(
            "a write needs the user who makes it (open a write session with an actor)"
        )
    return str(actor)


def _entry(
    stamper: _Stamper,
    *,
    taken: tuple[int, str] | None = None,
    table: str,
    row_id: uuid.UUID,
    centre_id: uuid.UUID,
    op: str,
    changes: dict[str, Any],
    previous: dict[str, Any] | None,
    user: str,
    at: datetime,
) -> dict[str, Any]:
    seq, stamp = taken or stamper.take()
    return {
        "origin": origin_id(stamper.session, stamper.state.device_id, centre_id),
        "seq": seq,
        "hlc": stamp,
        "table_name": table,
        "row_id": row_id,
        "op": op,
        "changes": dumps(changes),
        "previous": dumps(previous) if previous is not None else None,
        "user": user,
        "at": at,
        "base_seq": stamper.state.pull_cursor,
    }


def _capture_flush(session: Session, flush_context: Any, instances: Any) -> None:
    pending_new = [o for o in session.new if isinstance(o, SyncedRecord)]
    pending_dirty = [
        o for o in session.dirty if isinstance(o, SyncedRecord) and session.is_modified(o)
    ]
    for obj in session.deleted:
        if isinstance(obj, SyncedRecord):
            raise CaptureError(
                f"{type(obj).__tablename__} rows are never removed; mark them deleted instead"
            )
    if not pending_new and not pending_dirty:
        return
    user = _actor(session)
    stamper = _Stamper(session)
    now = utcnow()
    entries: list[dict[str, Any]] = []

    # Parents before children, so a replay of the log never meets a missing parent.
    for obj in sorted(pending_new, key=lambda o: _MODEL_ORDER[type(o)]):
        model = type(obj)
        # A record is created when its entry says it was: one time, stored once.
        obj.created_at = obj.updated_at = now
        values = compact_insert(
            {name: to_json_value(getattr(obj, name)) for name in column_names(model)}
        )
        entries.append(
            _entry(
                stamper,
                table=table_name(model),
                row_id=obj.id,
                centre_id=obj.centre_id,
                op="insert",
                changes=values,
                previous=None,
                user=user,
                at=now,
            )
        )

    for obj in sorted(pending_dirty, key=lambda o: _MODEL_ORDER[type(o)]):
        model = type(obj)
        state = inspect(obj)
        changes: dict[str, Any] = {}
        previous: dict[str, Any] = {}
        for name in column_names(model):
            if name == "updated_at":
                continue
            history = state.attrs[name].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            changes[name] = to_json_value(new)
            previous[name] = to_json_value(old)
        if not changes:
            continue
        if getattr(model, "__append_only__", False):
            raise CaptureError(
                f"{model.__tablename__} is a ledger: record a reversing entry instead of editing"
            )
        if "id" in changes or "centre_id" in changes:
            raise CaptureError("a record's id and centre never change")
        obj.updated_at = now
        changes["updated_at"] = to_json_value(now)
        op = "delete" if changes.get("deleted") is True else "update"
        entries.append(
            _entry(
                stamper,
                table=table_name(model),
                row_id=obj.id,
                centre_id=obj.centre_id,
                op=op,
                changes=changes,
                previous=previous,
                user=user,
                at=now,
            )
        )

    for values in entries:
        session.add(ChangeEntry(**values))


def install(session_class: type[Session]) -> None:
    """Capture every flush of sessions of ``session_class``."""
    if not event.contains(session_class, "before_flush", _capture_flush):
        event.listen(session_class, "before_flush", _capture_flush)
    if not event.contains(session_class, "after_soft_rollback", _forget_origins):
        event.listen(session_class, "after_soft_rollback", _forget_origins)


def insert_rows(
    session: Session, model: type[SyncedRecord], rows: Sequence[dict[str, Any]]
) -> list[uuid.UUID]:
    """Insert many new rows of ``model`` at once, with their change entries.

    For seeding and large imports, where building ORM objects costs more than the work.
    Rows are validated by the caller (the service); defaults are filled here the same way
    the model fills them. Returns the ids, in order.
    """
    if not rows:
        return []
    if model not in _MODEL_ORDER:
        raise CaptureError(f"{model.__name__} is not a synced table")
    user = _actor(session)
    stamper = _Stamper(session)
    now = utcnow()
    names = column_names(model)
    defaults = {
        name: field.default
        for name, field in model.model_fields.items()
        if name in names and field.default is not PydanticUndefined and field.default is not None
    }
    full_rows: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    taken = stamper.take_many(len(rows))
    for row, sequence in zip(rows, taken, strict=True):
        unknown = set(row) - set(names)
        if set(row) & _IMPLIED - {"centre_id"}:
            raise CaptureError("ids and times of new rows are set by change capture")
        if unknown:
            raise CaptureError(f"unknown fields for {model.__tablename__}: {sorted(unknown)}")
        full: dict[str, Any] = {name: None for name in names}
        full.update(defaults)
        full.update(row)
        full.update({"id": new_id(), "created_at": now, "updated_at": now})
        full.setdefault("deleted", False)
        full_rows.append(full)
        entries.append(
            _entry(
                stamper,
                taken=sequence,
                table=table_name(model),
                row_id=full["id"],
                centre_id=full["centre_id"],
                op="insert",
                changes=compact_insert({k: to_json_value(v) for k, v in full.items()}),
                previous=None,
                user=user,
                at=now,
            )
        )
    connection = session.connection()
    _insert_many(connection, model.__table__, full_rows)  # type: ignore[attr-defined]
    _insert_many(connection, ChangeEntry.__table__, entries)  # type: ignore[attr-defined]
    return [row["id"] for row in full_rows]


def _insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One prepared INSERT run over ``rows``, each value converted by its column's type.

    What SQLAlchemy's executemany does, without its per-row bookkeeping, which costs more
    than the inserts themselves when a seed writes 650,000 rows.
    """
    dialect = connection.dialect
    columns = [column for column in table.columns if column.key in rows[0]]
    processors = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    converted = [
        (index, processor) for index, processor in enumerate(processors) if processor is not None
    ]
    keys = [column.key for column in columns]
    names = ", ".join(f'"{column.name}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    parameters = []
    for row in rows:
        values = [row[key] for key in keys]
        for index, processor in converted:
            value = values[index]
            if value is not None:
                values[index] = processor(value)
        parameters.append(tuple(values))
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', parameters)


def history(session: Session, table: str, row_id: uuid.UUID) -> list[ChangeEntry]:
    """Every change of one record, oldest first (the Riwayat of that record)."""
    from sqlmodel import col, select

    statement = (
        select(ChangeEntry)
        .where(ChangeEntry.table_name == table, ChangeEntry.row_id == row_id)
        .order_by(col(ChangeEntry.hlc), col(ChangeEntry.id))
    )
    return list(session.exec(statement))  # type: ignore[attr-defined]


def confirm_fields(session: Session, obj: SyncedRecord, names: Sequence[str]) -> None:
    """Record that ``names`` of ``obj`` keep their current values: a change entry that
    sets them again (a plain assignment of the same value is no change and is not
    captured). A supervisor keeping a value after a sync conflict needs one: the server
    takes it as the resolution of the conflict."""
    if getattr(type(obj), "__append_only__", False):
        raise CaptureError(f"{type(obj).__tablename__} is a ledger: its rows are never rewritten")
    unknown = set(names) - set(column_names(type(obj))) or set(names) & {"id", "centre_id"}
    if unknown:
        raise CaptureError(f"fields that cannot be confirmed: {sorted(unknown)}")
    user = _actor(session)
    stamper = _Stamper(session)
    now = utcnow()
    changes = {name: to_json_value(getattr(obj, name)) for name in names}
    changes["updated_at"] = to_json_value(now)
    obj.updated_at = now  # not captured on its own (see _capture_flush)
    session.add(
        ChangeEntry(
            **_entry(
                stamper,
                table=table_name(type(obj)),
                row_id=obj.id,
                centre_id=obj.centre_id,
                op="update",
                changes=changes,
                previous={name: value for name, value in changes.items() if name != "updated_at"},
                user=user,
                at=now,
            )
        )
    )
    session.flush()
