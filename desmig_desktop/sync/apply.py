"""Applying changes pulled from the server to the local tables.

Pulled changes are other laptops' work: they are written with plain SQL statements, which
change capture does not see (they must not be pushed back as this laptop's changes), and
kept in the local change log with their origin, so the history of a record shows them.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    Uuid,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlmodel import col

from ..domain import MODEL_BY_TABLE, UserAccount
from ..domain.base import UTCDateTime, UUIDBytes
from ..store import hlc
from ..store.changes import origin_id
from ..store.erasure import decode_targets, scrub_history
from ..store.local import ChangeEntry, DeviceState, SyncConflict, from_device
from ..store.packing import pack, unpack


class ApplyError(RuntimeError):
    pass


def from_json(column_type: Any, value: Any) -> Any:
    """A JSON value as the Python value a column of ``column_type`` holds."""
    if value is None:
        return None
    if isinstance(column_type, Uuid | UUIDBytes):
        return uuid.UUID(str(value))
    if isinstance(column_type, UTCDateTime | DateTime):
        parsed = datetime.fromisoformat(str(value))
        return parsed
    if isinstance(column_type, Date):
        return date.fromisoformat(str(value))
    if isinstance(column_type, Boolean):
        return bool(value)
    if isinstance(column_type, Integer):
        return int(value)
    if isinstance(column_type, Float):
        return float(value)
    return value


def newer_local_fields(
    session: Session, device_id: uuid.UUID, table: str, row_id: uuid.UUID, server_seq: int
) -> set[str]:
    """Fields of a record whose local value is newer than a pulled change: changed here and
    not pushed yet, or pushed and ordered after it by the server. Those keep the local
    value; applying the older pulled value would undo this laptop's later edit."""
    fields: set[str] = set()
    rows = session.execute(
        select(col(ChangeEntry.changes)).where(
            from_device(device_id),
            col(ChangeEntry.table_name) == table,
            col(ChangeEntry.row_id) == row_id,
            col(ChangeEntry.sync_status).is_(None) | (col(ChangeEntry.server_seq) > server_seq),
        )
    )
    for (changes,) in rows:
        fields.update(json.loads(changes))
    return fields


def apply_change(session: Session, device: DeviceState, change: dict[str, Any]) -> bool:
    """Apply one pulled change; False when it was already here (a page pulled twice)."""
    origin = uuid.UUID(change["device_id"])
    server_seq = int(change["server_seq"])
    seq = int(change.get("seq") or server_seq)
    # Our own changes are skipped like any other already here; one of ours that is not
    # here was lost with a restore of this laptop from an older backup, and comes back.
    seen = session.execute(
        select(col(ChangeEntry.id)).where(from_device(origin), col(ChangeEntry.seq) == seq)
    ).first()
    if seen is not None:
        return False
    table = change["table"]
    model = MODEL_BY_TABLE.get(table)
    if model is None:
        raise ApplyError(f"unknown table {table!r} from the server")
    row_id = uuid.UUID(change["row_id"])
    columns = model.__table__.c  # type: ignore[attr-defined]
    values = {
        name: from_json(columns[name].type, value)
        for name, value in change["changes"].items()
        if name in columns
    }
    keep_local = newer_local_fields(session, device.device_id, table, row_id, server_seq)
    if table == "user_account" and "username" in values and "username" not in keep_local:
        _free_local_username(session, row_id, values["username"])
    exists = (
        session.execute(select(columns["id"]).where(columns["id"] == row_id)).first() is not None
    )
    if exists:
        values = {
            k: v for k, v in values.items() if k not in keep_local and k not in ("id", "centre_id")
        }
        if values:
            session.execute(update(model.__table__).where(columns["id"] == row_id).values(**values))  # type: ignore[attr-defined]
    else:
        values["id"] = row_id
        session.execute(insert(model.__table__).values(**values))  # type: ignore[attr-defined]

    at = datetime.fromisoformat(change["at"]) if change.get("at") else datetime.now().astimezone()
    session.add(
        ChangeEntry(
            origin=origin_id(session, origin, device.centre_id),  # type: ignore[arg-type]
            seq=seq,
            hlc=change.get("hlc") or "",
            table_name=table,
            row_id=row_id,
            op=change["op"],
            changes=json.dumps(
                change["changes"], ensure_ascii=False, sort_keys=True, separators=(",", ":")
            ),
            user=change.get("user") or "",
            at=at,
            base_seq=int(change.get("base_seq") or 0),
            server_seq=server_seq,
            sync_status="applied" if origin == device.device_id else "remote",
        )
    )
    _advance_clock(device, change.get("hlc"))
    if table == "person_erasure" and change["op"] == "insert":
        # Another laptop erased a person: the changes that emptied the records came
        # before this one; what this laptop's history still holds goes now.
        session.flush()
        scrub_history(session, decode_targets(change["changes"].get("records")))
    return True


def _free_local_username(session: Session, row_id: uuid.UUID, username: str) -> None:
    """Make way for a pulled account name that an account of this laptop also holds.

    The server never lets two accounts of a centre share a name: the later one is renamed
    ``<name>-2`` (``-3``…) and the server sends that as a change of its own. When this
    laptop's account is that later one (pushed after, or not pushed yet), its local name
    is moved aside the same way now, without capture, so the page applies; the server's
    change then sets the name it chose."""
    table = UserAccount.__table__  # type: ignore[attr-defined]
    holder = session.execute(
        select(table.c.id, table.c.centre_id).where(
            table.c.username == username, table.c.id != row_id
        )
    ).first()
    if holder is None:
        return
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = username[: 60 - len(suffix)] + suffix
        taken = session.execute(
            select(table.c.id).where(
                table.c.centre_id == holder.centre_id, table.c.username == candidate
            )
        ).first()
        if taken is None:
            break
        number += 1
    session.execute(update(table).where(table.c.id == holder.id).values(username=candidate))


def _advance_clock(device: DeviceState, stamp: str | None) -> None:
    """Keep this laptop's clock stamps after every stamp it has seen (the HLC receive rule)."""
    if not stamp:
        return
    try:
        ms, counter = hlc.parse_stamp(stamp)
    except ValueError:
        return
    if (ms, counter) > (device.hlc_ms, device.hlc_counter):
        device.hlc_ms, device.hlc_counter = ms, counter


def store_conflict(session: Session, conflict: dict[str, Any]) -> None:
    conflict_id = uuid.UUID(conflict["id"])
    existing = session.get(SyncConflict, conflict_id)
    created = (
        datetime.fromisoformat(conflict["created_at"])
        if conflict.get("created_at")
        else datetime.now().astimezone()
    )
    resolved = (
        datetime.fromisoformat(conflict["resolved_at"]) if conflict.get("resolved_at") else None
    )
    if existing is not None:
        existing.resolved_at = resolved
        return
    session.add(
        SyncConflict(
            id=conflict_id,
            table_name=conflict["table"],
            row_id=uuid.UUID(conflict["row_id"]),
            field=conflict.get("field"),
            kind=conflict.get("kind") or "field",
            kept_value=json.dumps(conflict.get("kept_value"), ensure_ascii=False),
            lost_value=json.dumps(conflict.get("lost_value"), ensure_ascii=False),
            kept_user=conflict.get("kept_user"),
            lost_user=conflict.get("lost_user"),
            created_at=created,
            resolved_at=resolved,
        )
    )


# ------------------------------------------------------------------ a page at once


def _uuid_bytes(value: Any) -> bytes:
    # What UUIDBytes stores, straight from the JSON text the server sends (canonical
    # UUIDs), without making a uuid.UUID first; any other spelling the slow way.
    try:
        raw = bytes.fromhex(value.replace("-", ""))
    except (AttributeError, ValueError):
        raw = b""
    return raw if len(raw) == 16 else uuid.UUID(str(value)).bytes


def _storage(column: Any, dialect: Any) -> Any:
    """A function from a column's JSON value to what the store holds for it: the
    column's own conversion (:func:`from_json`, then the type's bind processor), done
    once per value without SQLAlchemy's per-row work; None when the value goes as is."""
    column_type = column.type
    if isinstance(column_type, UUIDBytes):
        return _uuid_bytes
    bind = column_type.dialect_impl(dialect).bind_processor(dialect)
    if isinstance(column_type, Uuid):
        parse: Any = lambda value: uuid.UUID(str(value))  # noqa: E731
    elif isinstance(column_type, UTCDateTime | DateTime):
        parse = lambda value: datetime.fromisoformat(str(value))  # noqa: E731
    elif isinstance(column_type, Date):
        parse = lambda value: date.fromisoformat(str(value))  # noqa: E731
    elif isinstance(column_type, Boolean):
        parse = bool
    elif isinstance(column_type, Integer):
        parse = int
    elif isinstance(column_type, Float):
        parse = float
    else:
        parse = None
    if bind is None:
        return parse
    if parse is None:
        return bind
    return lambda value: bind(parse(value))


_STORAGE: dict[tuple[str, str], dict[str, Any]] = {}


def _storage_of(table: str, dialect: Any) -> dict[str, Any]:
    known = _STORAGE.get((table, dialect.name))
    if known is None:
        columns = MODEL_BY_TABLE[table].__table__.c  # type: ignore[attr-defined]
        known = {column.key: _storage(column, dialect) for column in columns}
        _STORAGE[(table, dialect.name)] = known
    return known


def _stored(converters: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A pulled change's values as the store holds them, fields this version does not
    know left out."""
    values = {}
    for name, value in changes.items():
        if name not in converters:
            continue
        convert = converters[name]
        values[name] = value if value is None or convert is None else convert(value)
    return values


def _chunks(items: list[Any], size: int = 500) -> Any:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _special(change: dict[str, Any]) -> bool:
    """Changes applied on their own (:func:`apply_change`): they read and write other
    rows than their own (an account name moved aside, an erasure's history)."""
    table = change["table"]
    return (table == "user_account" and "username" in change["changes"]) or (
        table == "person_erasure" and change["op"] == "insert"
    )


class _PageWriter:
    """The rows a page of pulled changes writes, collected in order and written with one
    statement per table and set of columns (:meth:`flush`), as prepared SQL over values
    already in their stored form.

    Several changes of one record in a page fold into one insert or one update, later
    values over earlier ones, as applying them one after the other would leave it."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.inserts: dict[str, dict[bytes, dict[str, Any]]] = {}
        self.updates: dict[str, dict[bytes, dict[str, Any]]] = {}
        self.entries: list[tuple[Any, ...]] = []

    def insert(self, table: str, row_id: bytes, values: dict[str, Any]) -> None:
        self.inserts.setdefault(table, {})[row_id] = values

    def update(self, table: str, row_id: bytes, values: dict[str, Any]) -> None:
        pending = self.inserts.get(table, {}).get(row_id)
        if pending is not None:
            pending.update(values)
        else:
            self.updates.setdefault(table, {}).setdefault(row_id, {}).update(values)

    def flush(self) -> None:
        connection = self.session.connection()
        for table, rows in self.inserts.items():
            for keys, group in _by_columns(rows.values()).items():
                names = ", ".join(f'"{name}"' for name in keys)
                marks = ", ".join("?" for _ in keys)
                connection.exec_driver_sql(
                    f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                    [tuple(values[name] for name in keys) for values in group],
                )
        for table, rows in self.updates.items():
            grouped: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
            for row_id, values in rows.items():
                keys = tuple(sorted(values))
                grouped.setdefault(keys, []).append((*(values[name] for name in keys), row_id))
            for keys, parameters in grouped.items():
                assignments = ", ".join(f'"{name}" = ?' for name in keys)
                connection.exec_driver_sql(
                    f'UPDATE "{table}" SET {assignments} WHERE "id" = ?', parameters
                )
        if self.entries:
            names = ", ".join(f'"{name}"' for name in _ENTRY_COLUMNS)
            marks = ", ".join("?" for _ in _ENTRY_COLUMNS)
            connection.exec_driver_sql(
                f'INSERT INTO "change_log" ({names}) VALUES ({marks})', self.entries
            )
        self.inserts, self.updates, self.entries = {}, {}, []


_ENTRY_COLUMNS = (
    "origin",
    "seq",
    "hlc",
    "table_name",
    "row_id",
    "op",
    "changes",
    "user",
    "at",
    "base_seq",
    "server_seq",
    "sync_status",
)


def _by_columns(rows: Any) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    grouped: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for values in rows:
        grouped.setdefault(tuple(sorted(values)), []).append(values)
    return grouped


# Key under which prepare_page leaves a change's stored values and packed log entry.
_PREPARED = "_desmig_prepared"


def _prepared(change: dict[str, Any], dialect: Any) -> tuple[dict[str, Any], bytes | None]:
    table = change["table"]
    if table not in MODEL_BY_TABLE:
        return {}, None
    values = _stored(_storage_of(table, dialect), change["changes"])
    packed = pack(
        json.dumps(change["changes"], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    )
    return values, packed


def prepare_page(changes: list[dict[str, Any]], dialect: Any) -> None:
    """Work of :func:`apply_page` that depends on nothing but the change itself (values in
    their stored form, the log entry packed), done ahead: the client does it on the
    thread that fetched the page, while the one before is written, which mostly waits
    for the disk."""
    for change in changes:
        change[_PREPARED] = _prepared(change, dialect)


def apply_page(session: Session, device: DeviceState, changes: list[dict[str, Any]]) -> int:
    """Apply a page of pulled changes, in order, as :func:`apply_change` applies each;
    returns how many were new.

    What the changes need to know (which are here already, which records exist, which
    fields this laptop changed later) is read for the whole page with a few queries, and
    the rows are written with one statement per table: a fresh laptop pulls a centre of
    tens of thousands of changes, and a few statements per change were most of its time.
    """
    if not changes:
        return 0
    me = device.device_id
    # Which are here already (a page pulled twice, this laptop's own changes).
    by_origin: dict[uuid.UUID, list[int]] = {}
    # A page comes from a few devices: each id is made a UUID once, not once a change.
    devices: dict[str, uuid.UUID] = {}
    for change in changes:
        text_id = change["device_id"]
        origin = devices.get(text_id) or devices.setdefault(text_id, uuid.UUID(text_id))
        by_origin.setdefault(origin, []).append(int(change.get("seq") or change["server_seq"]))
    seen: set[tuple[uuid.UUID, int]] = set()
    log = ChangeEntry.__table__  # type: ignore[attr-defined]
    for origin, seqs in by_origin.items():
        low, high = min(seqs), max(seqs)
        for (seq,) in session.execute(
            select(log.c.seq).where(from_device(origin), log.c.seq >= low, log.c.seq <= high)
        ):
            seen.add((origin, seq))
    fresh = []
    for change in changes:
        origin = devices[change["device_id"]]
        key = (origin, int(change.get("seq") or change["server_seq"]))
        if key in seen:
            continue
        seen.add(key)
        fresh.append((origin, key[1], _uuid_bytes(change["row_id"]), change))
    if not fresh:
        return 0
    # Rows are known by the 16 bytes the store keeps (UUIDBytes) and read with plain SQL:
    # a page has thousands, and making each a UUID and back cost more than the reads.
    connection = session.connection()

    # This laptop's own changes of those records that are newer than a pulled change:
    # not pushed yet, or numbered after it by the server (see newer_local_fields).
    oldest = min(int(change["server_seq"]) for _, _, _, change in fresh)
    own: dict[bytes, list[tuple[int | None, set[str]]]] = {}
    row_ids = list({row_id for _, _, row_id, _ in fresh})
    for chunk in _chunks(row_ids):
        marks = ", ".join("?" for _ in chunk)
        for row_id, server_seq, packed in connection.exec_driver_sql(
            "SELECT row_id, server_seq, changes FROM change_log WHERE origin IN"
            " (SELECT id FROM change_origin WHERE device_id = ?)"
            f" AND row_id IN ({marks}) AND (sync_status IS NULL OR server_seq > ?)",
            (me.bytes, *chunk, oldest),
        ):
            own.setdefault(bytes(row_id), []).append(
                (None if server_seq is None else int(server_seq), set(json.loads(unpack(packed))))
            )

    # Which records exist here.
    existing: dict[str, set[bytes]] = {}
    by_table: dict[str, set[bytes]] = {}
    for _, _, row_id, change in fresh:
        table = change["table"]
        if table not in MODEL_BY_TABLE:
            raise ApplyError(f"unknown table {table!r} from the server")
        by_table.setdefault(table, set()).add(row_id)
    for table, ids in by_table.items():
        found = existing.setdefault(table, set())
        for chunk in _chunks(list(ids)):
            marks = ", ".join("?" for _ in chunk)
            found.update(
                bytes(row[0])
                for row in connection.exec_driver_sql(
                    f'SELECT id FROM "{table}" WHERE id IN ({marks})', tuple(chunk)
                )
            )

    writer = _PageWriter(session)
    dialect = session.get_bind().dialect
    log_columns = ChangeEntry.__table__.c  # type: ignore[attr-defined]
    store_at = _storage(log_columns["at"], dialect)
    # Stamps, tables, operations and answers are stored coded (store/local.py): their
    # types say how.
    store_hlc, store_table, store_op, store_status = (
        _storage(log_columns[name], dialect) for name in ("hlc", "table_name", "op", "sync_status")
    )
    origins = {
        origin: origin_id(session, origin, device.centre_id)  # type: ignore[arg-type]
        for origin in by_origin
    }
    newest: tuple[int, int] = (device.hlc_ms, device.hlc_counter)
    for origin, seq, row_id, change in fresh:
        table = change["table"]
        if _special(change):
            # Written at once, in order, by the one-change path, which reads the rows
            # as they are: what the page collected so far is written first.
            writer.flush()
            apply_change(session, device, change)
            existing[table].add(row_id)
            newest = max(newest, (device.hlc_ms, device.hlc_counter))
            continue
        server_seq = int(change["server_seq"])
        prepared = change.get(_PREPARED)
        values, packed = prepared if prepared is not None else _prepared(change, dialect)
        values = dict(values)
        stored_id = row_id
        if row_id in existing[table]:
            keep_local: set[str] = set()
            for own_seq, fields in own.get(row_id, ()):
                if own_seq is None or own_seq > server_seq:
                    keep_local |= fields
            values = {
                k: v
                for k, v in values.items()
                if k not in keep_local and k not in ("id", "centre_id")
            }
            if values:
                writer.update(table, stored_id, values)
        else:
            values["id"] = stored_id
            writer.insert(table, stored_id, values)
            existing[table].add(row_id)
        at = change.get("at")
        writer.entries.append(
            (
                origins[origin],
                seq,
                store_hlc(change.get("hlc") or ""),
                store_table(table),
                stored_id,
                store_op(change["op"]),
                packed,
                change.get("user") or "",
                store_at(at) if at else store_at(datetime.now().astimezone().isoformat()),
                int(change.get("base_seq") or 0),
                server_seq,
                store_status("applied" if origin == me else "remote"),
            )
        )
        stamp = change.get("hlc")
        if stamp:
            with contextlib.suppress(ValueError):
                newest = max(newest, hlc.parse_stamp(stamp))
    writer.flush()
    device.hlc_ms, device.hlc_counter = newest
    return len(fresh)
