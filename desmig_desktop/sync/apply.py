"""Applying changes pulled from the server to the local tables.

Pulled changes are other laptops' work: they are written with plain SQL statements, which
change capture does not see (they must not be pushed back as this laptop's changes), and
kept in the local change log with their origin, so the history of a record shows them.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Uuid, insert, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from ..domain import MODEL_BY_TABLE, UserAccount
from ..domain.base import UTCDateTime, UUIDBytes
from ..store import hlc
from ..store.erasure import decode_targets, scrub_history
from ..store.local import ChangeEntry, DeviceState, SyncConflict


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
            col(ChangeEntry.device_id) == device_id,
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
        select(col(ChangeEntry.id)).where(
            col(ChangeEntry.device_id) == origin, col(ChangeEntry.seq) == seq
        )
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
            device_id=origin,
            seq=seq,
            hlc=change.get("hlc") or "",
            centre_id=device.centre_id,  # type: ignore[arg-type]
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
