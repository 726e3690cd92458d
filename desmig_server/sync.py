"""Push and pull: exactly-once apply, field-level merge with conflicts, paged pulls.

See ``docs/sync-protocol.md``. In short: a push is one transaction that holds the
sequence lock (:func:`desmig_server.core.db.begin_sequenced_write`), skips the changes
already applied for this device, refuses gaps, rejects bad changes with a reason while
the others go on, merges each good change field by field into the server's copy of the
record and stamps it with the next server sequence. A pull reads the centre's changes
after a cursor, by bytes.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from desmig_desktop import regions
from desmig_desktop.store.hlc import format_stamp

from . import crud
from .changes import (
    ChangeRejected,
    IncomingChange,
    canonical_json,
    complete_insert,
    domain_problem,
    parse_change,
)
from .core.db import begin_sequenced_write
from .models import (
    CentreRow,
    Conflict,
    Device,
    Record,
    RejectedChange,
    ServerMeta,
    SyncChange,
    UniqueKey,
    utcnow,
)

# Name under which the server's own changes travel (the ``user`` of a change).
SERVER_USER = "desmig-server"
# Bookkeeping fields: the last writer wins without a conflict record (every edit sets
# updated_at; two laptops that both insert a centre's record give it two created_at).
NO_CONFLICT_FIELDS = frozenset({"updated_at", "created_at"})
# Fields a merge never writes after the insert: validated equal to the record's.
FIXED_FIELDS = frozenset({"id", "centre_id"})
_PULL_CHUNK = 200
# Fields unique in a centre on the laptops: table -> (field, field naming its scope or
# None for the whole centre, renamed when taken). A username must stay unique (laptops
# log in by it), so the later account is renamed; a NIK or a member number taken twice is
# kept and flagged: only a person can tell a typo from one person registered twice.
UNIQUE_FIELDS: dict[str, tuple[str, str | None, bool]] = {
    "user_account": ("username", None, True),
    "person": ("nik", None, False),
    "coop_member": ("member_no", "cooperative_id", False),
}


def unique_value(table: str, data: dict[str, Any]) -> str | None:
    """The key a live record holds in :data:`UNIQUE_FIELDS`, or None."""
    spec = UNIQUE_FIELDS.get(table)
    # An account keeps its name when deleted (the laptops' unique index counts them all).
    if spec is None or (data.get("deleted") and table != "user_account"):
        return None
    name, scope, _ = spec
    value = data.get(name)
    if value is None or str(value).strip() == "":
        return None
    prefix = f"{data.get(scope)}:" if scope else ""
    return f"{prefix}{str(value).strip().lower()}"[:120]


def _free_username(session: Session, centre_id: uuid.UUID, wanted: str) -> str:
    """``wanted`` with the first free ``-2``, ``-3``… suffix (at most 60 characters)."""
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = wanted[: 60 - len(suffix)] + suffix
        taken = session.exec(
            select(UniqueKey.row_id).where(
                UniqueKey.centre_id == centre_id,
                UniqueKey.table_name == "user_account",
                UniqueKey.value == candidate,
            )
        ).first()
        if taken is None:
            return candidate
        number += 1


class PushRefused(Exception):
    """The whole push is refused; nothing was applied."""

    status_code = 400

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class ChecksumMismatch(PushRefused):
    status_code = 400


class SeqGap(PushRefused):
    status_code = 409


class DeviceRevoked(PushRefused):
    status_code = 401


def checksum(value: Any) -> str:
    """SHA-256 hex of the canonical JSON of ``value``."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class PushOutcome:
    last_seq: int
    head: int
    epoch: uuid.UUID
    results: list[dict[str, Any]] = field(default_factory=list)


def _seq_of(raw: Any, index: int) -> int:
    seq = raw.get("seq") if isinstance(raw, dict) else None
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise PushRefused(f"change {index} has no valid seq (a whole number >= 1)")
    return seq


def push(
    *,
    session: Session,
    device_id: uuid.UUID,
    epoch: str | None,
    changes: Sequence[dict[str, Any]],
    sent_checksum: str,
    client_version: str | None = None,
) -> PushOutcome:
    """Apply a batch of one device's changes in one transaction, and commit it.

    Raises :class:`PushRefused` (nothing applied) for a damaged body, a gap in the
    device's numbering or a revoked device.
    """
    if checksum(list(changes)) != sent_checksum:
        raise ChecksumMismatch(
            "checksum does not match the changes: the body was damaged or truncated"
        )
    begin_sequenced_write(session)
    try:
        outcome = apply_push(
            session=session,
            device_id=device_id,
            epoch=epoch,
            changes=changes,
            client_version=client_version,
        )
    except BaseException:
        session.rollback()
        raise
    session.commit()
    return outcome


def apply_push(
    *,
    session: Session,
    device_id: uuid.UUID,
    epoch: str | None,
    changes: Sequence[dict[str, Any]],
    client_version: str | None = None,
) -> PushOutcome:
    """The work of :func:`push` inside a transaction the caller began with
    :func:`~desmig_server.core.db.begin_sequenced_write` and will commit."""
    seqs = [_seq_of(raw, i) for i, raw in enumerate(changes)]
    device = session.get(Device, device_id, populate_existing=True)
    if device is None or device.revoked_at is not None:
        raise DeviceRevoked("this device's token was revoked; enrol the laptop again")
    meta = crud.get_meta(session=session)
    centre = session.get(CentreRow, device.centre_id)
    assert centre is not None
    last_seq = device.last_seq

    # Exactly once (rule 3): numbers already applied are repeats; the new ones must
    # continue the device's numbering without a gap, or nothing is applied.
    expected = last_seq + 1
    for seq in seqs:
        if seq > last_seq:
            if seq != expected:
                raise SeqGap(
                    f"change {seq} does not follow {expected - 1}, the last change of this device "
                    f"the server has; send from {last_seq + 1}",
                    last_seq=last_seq,
                )
            expected += 1

    head_before = crud.centre_head(session=session, centre_id=centre.id)
    # A base_seq from another epoch (the server was restored) or beyond anything this
    # centre has does not say what the laptop saw; merging as if it saw nothing turns
    # every overlap into a conflict record instead of a silent overwrite.
    trusted_base = epoch is None or epoch == str(meta.epoch)

    results: list[dict[str, Any]] = []
    now = utcnow()
    for raw, seq in zip(changes, seqs, strict=True):
        if seq <= last_seq:
            results.append(_repeat_answer(session, device_id=device.id, seq=seq))
            continue
        try:
            incoming = parse_change(raw, device_id=device.id, centre_id=centre.id)
            base = incoming.base_seq if trusted_base and incoming.base_seq <= head_before else 0
            server_seq, conflicts = _apply(
                session, incoming, centre=centre, meta=meta, base=base, now=now
            )
        except ChangeRejected as rejection:
            reason = str(rejection)
            session.add(
                RejectedChange(
                    centre_id=centre.id,
                    device_id=device.id,
                    seq=seq,
                    reason=reason,
                    change=canonical_json(raw),
                    received_at=now,
                )
            )
            results.append({"seq": seq, "status": "rejected", "reason": reason})
            continue
        result: dict[str, Any] = {"seq": seq, "status": "applied", "server_seq": server_seq}
        if conflicts:
            result["conflicts"] = conflicts
        results.append(result)

    device.last_seq = max([last_seq, *seqs])
    device.last_seen_at = now
    if client_version:
        device.client_version = client_version[:40]
    session.add(device)
    session.flush()
    head = crud.centre_head(session=session, centre_id=centre.id)
    return PushOutcome(last_seq=device.last_seq, head=head, epoch=meta.epoch, results=results)


def _repeat_answer(session: Session, *, device_id: uuid.UUID, seq: int) -> dict[str, Any]:
    """The answer to a change already seen: its server_seq, or its rejection again.

    A repeat usually means the first answer was lost on the way back; answering a
    rejected change ``duplicate`` would let the laptop take it as accepted (rule 7).
    """
    applied = session.exec(
        select(SyncChange.server_seq).where(
            SyncChange.device_id == device_id, SyncChange.seq == seq
        )
    ).first()
    if applied is not None:
        return {"seq": seq, "status": "duplicate", "server_seq": applied}
    rejected = session.exec(
        select(RejectedChange.reason).where(
            RejectedChange.device_id == device_id, RejectedChange.seq == seq
        )
    ).first()
    if rejected is not None:
        return {"seq": seq, "status": "rejected", "reason": rejected}
    return {"seq": seq, "status": "duplicate"}


def _version(versions: dict[str, list[Any]], name: str) -> tuple[int, str, str] | None:
    version = versions.get(name)
    return (int(version[0]), str(version[1]), str(version[2])) if version else None


def _apply(
    session: Session,
    incoming: IncomingChange,
    *,
    centre: CentreRow,
    meta: ServerMeta,
    base: int,
    now: datetime,
) -> tuple[int, int]:
    """Merge one checked change into its record: ``(server_seq, conflicts recorded)``.

    Everything that can reject the change is checked before anything is written.
    """
    table, row_id = incoming.table, incoming.row_id
    record = session.exec(
        select(Record).where(Record.table_name == table, Record.row_id == row_id)
    ).first()
    if record is not None and record.centre_id != centre.id:
        raise ChangeRejected("the record belongs to another centre")
    if record is None and incoming.op != "insert":
        raise ChangeRejected(
            f"unknown record {table} {row_id}: its insert never reached the server or was rejected"
        )
    if record is not None and incoming.append_only:
        raise ChangeRejected(f"{table} {row_id} already exists; ledger entries are never rewritten")

    data: dict[str, Any] = json.loads(record.data) if record is not None else {}
    values = (
        incoming.changes
        if record is not None
        else complete_insert(table, row_id, incoming.changes, now=now)
    )
    reason = domain_problem(table, {**data, **values}, set(values))
    if reason:
        raise ChangeRejected(reason)
    if (
        table == "centre"
        and "village_code" in values
        and regions.normalise_code(values["village_code"]) != centre.village_code
    ):
        raise ChangeRejected(f"the centre's village is {centre.village_code}")

    row = SyncChange(
        centre_id=centre.id,
        device_id=incoming.device_id,
        seq=incoming.seq,
        hlc=incoming.hlc,
        table_name=table,
        row_id=row_id,
        op=incoming.op,
        changes="{}",
        base_seq=incoming.base_seq,
        user=incoming.user,
        at=incoming.at,
        received_at=now,
    )
    session.add(row)
    session.flush()
    assert row.server_seq is not None
    seq = row.server_seq
    me = str(incoming.device_id)
    user = incoming.user
    mine = [seq, me, user]
    versions: dict[str, list[Any]] = json.loads(record.field_versions) if record is not None else {}
    conflicts: list[Conflict] = []

    def conflict(
        name: str, kind: str, kept: Any, lost: Any, kept_v: Sequence[Any], lost_v: Sequence[Any]
    ) -> Conflict:
        made = Conflict(
            centre_id=centre.id,
            table_name=table,
            row_id=row_id,
            field=name,
            kind=kind,
            kept_value=canonical_json(kept),
            lost_value=canonical_json(lost),
            kept_server_seq=int(kept_v[0]),
            lost_server_seq=int(lost_v[0]),
            kept_device=uuid.UUID(str(kept_v[1])),
            lost_device=uuid.UUID(str(lost_v[1])),
            kept_user=str(kept_v[2]),
            lost_user=str(lost_v[2]),
            seen_seq=seq,
            created_at=now,
        )
        conflicts.append(made)
        return made

    def foreign_after_base(version: tuple[int, str, str] | None) -> bool:
        # Set after what this laptop had seen, by someone else: this change did not know.
        return version is not None and version[0] > base and version[1] != me

    applied: dict[str, Any]
    # Set when the server keeps a record that a laptop deleted (or brings back one it
    # had deleted): a change of the server's own then tells every laptop, the one that
    # pushed this change included (laptops skip their own changes when they pull).
    undelete: Conflict | None = None
    if record is None:
        applied = dict(values)
        data = dict(values)
        versions = {name: mine for name in values}
    else:
        _resolve_conflicts(
            session,
            centre_id=centre.id,
            table=table,
            row_id=row_id,
            fields=set(values),
            base=base,
            seq=seq,
            now=now,
        )
        values = dict(values)
        edits_after_base = [
            version
            for name in versions
            if name not in NO_CONFLICT_FIELDS
            and (version := _version(versions, name)) is not None
            and foreign_after_base(version)
        ]
        if values.get("deleted") is True and not record.deleted and edits_after_base:
            # Delete against edit: the edit survives, flagged (rule 5).
            latest = max(edits_after_base, key=lambda version: version[0])
            del values["deleted"]
            undelete = conflict("deleted", "delete_vs_edit", False, True, latest, mine)
        elif record.deleted and values.get("deleted") is not True:
            deleted_by = _version(versions, "deleted")
            edits = set(values) - NO_CONFLICT_FIELDS - FIXED_FIELDS - {"deleted"}
            if edits and foreign_after_base(deleted_by):
                # An edit of a record someone deleted after this laptop last pulled
                # brings it back, for every laptop.
                assert deleted_by is not None
                undelete = conflict("deleted", "delete_vs_edit", False, True, mine, deleted_by)
        applied = {}
        for name, value in values.items():
            if name in FIXED_FIELDS:
                continue
            old = data.get(name)
            if (
                name not in NO_CONFLICT_FIELDS
                and not (name == "deleted" and undelete is not None)
                and foreign_after_base(_version(versions, name))
                and old != value
            ):
                previous = _version(versions, name)
                assert previous is not None
                conflict(name, "field", value, old, mine, previous)
            data[name] = value
            versions[name] = mine
            applied[name] = value

    # The server's own decisions, sent as a change of its own (see below).
    fixes: dict[str, Any] = {}
    fixed: list[Conflict] = []
    if undelete is not None:
        data["deleted"] = False
        fixes["deleted"] = False
        fixed.append(undelete)
    duplicate = _duplicate(session, centre_id=centre.id, table=table, row_id=row_id, data=data)
    if duplicate is not None:
        field_name, other_version, rename = duplicate
        wanted = data[field_name]
        holder = other_version or mine
        if rename:
            new_name = _free_username(session, centre.id, str(wanted).strip().lower())
            data[field_name] = new_name
            if field_name in applied:
                applied[field_name] = new_name  # the others never see the name twice
            fixes[field_name] = new_name
            fixed.append(conflict(field_name, "duplicate", new_name, wanted, holder, mine))
        else:
            conflict(field_name, "duplicate", wanted, wanted, holder, mine)
    _store_unique_key(session, centre_id=centre.id, table=table, row_id=row_id, data=data)

    last_seq = seq
    if fixes:
        # The laptop that pushed this change skips it when it pulls; the server's change
        # tells it (and every other laptop) what the server decided.
        meta.last_server_change_seq += 1
        session.add(meta)
        undo = SyncChange(
            centre_id=centre.id,
            device_id=meta.server_id,
            seq=meta.last_server_change_seq,
            hlc=format_stamp(int(time.time() * 1000), 0, meta.server_id),
            table_name=table,
            row_id=row_id,
            op="update",
            changes=canonical_json(fixes),
            base_seq=None,
            user=SERVER_USER,
            at=now,
            received_at=now,
        )
        session.add(undo)
        session.flush()
        assert undo.server_seq is not None
        last_seq = undo.server_seq
        for name in fixes:
            versions[name] = [last_seq, str(meta.server_id), SERVER_USER]
        for item in fixed:
            item.seen_seq = last_seq

    row.changes = canonical_json(applied)
    session.add(row)
    if record is None:
        record = Record(
            centre_id=centre.id,
            table_name=table,
            row_id=row_id,
            data="",
            field_versions="",
            last_server_seq=seq,
        )
    record.data = canonical_json(data)
    record.field_versions = canonical_json(versions)
    record.deleted = bool(data.get("deleted", False))
    record.last_server_seq = last_seq
    session.add(record)
    session.add_all(conflicts)
    session.flush()
    if table == "person_erasure" and incoming.op == "insert":
        from .erasure import scrub

        scrub(session, centre.id, data.get("records"))
    return seq, len(conflicts)


def _duplicate(
    session: Session, *, centre_id: uuid.UUID, table: str, row_id: uuid.UUID, data: dict[str, Any]
) -> tuple[str, tuple[int, str, str] | None, bool] | None:
    """``(field, the other record's version of it, rename)`` when this record now takes a
    key another live record of the centre holds; None when the key is free or unchanged."""
    value = unique_value(table, data)
    if value is None:
        return None
    current = session.get(UniqueKey, (centre_id, table, row_id))
    if current is not None and current.value == value:
        return None  # it already held it: the other one came later and was flagged
    other = session.exec(
        select(UniqueKey.row_id).where(
            UniqueKey.centre_id == centre_id,
            UniqueKey.table_name == table,
            UniqueKey.value == value,
            UniqueKey.row_id != row_id,
        )
    ).first()
    if other is None:
        return None
    field_name, _, rename = UNIQUE_FIELDS[table]
    holder = session.get(Record, (centre_id, table, other))
    version = (
        _version(json.loads(holder.field_versions), field_name) if holder is not None else None
    )
    return field_name, version, rename


def _store_unique_key(
    session: Session, *, centre_id: uuid.UUID, table: str, row_id: uuid.UUID, data: dict[str, Any]
) -> None:
    if table not in UNIQUE_FIELDS:
        return
    value = unique_value(table, data)
    current = session.get(UniqueKey, (centre_id, table, row_id))
    if value is None:
        if current is not None:
            session.delete(current)
    elif current is None:
        session.add(UniqueKey(centre_id=centre_id, table_name=table, row_id=row_id, value=value))
    elif current.value != value:
        current.value = value
        session.add(current)


def _resolve_conflicts(
    session: Session,
    *,
    centre_id: uuid.UUID,
    table: str,
    row_id: uuid.UUID,
    fields: set[str],
    base: int,
    seq: int,
    now: datetime,
) -> None:
    """Close the record's open conflicts that this change settles.

    Its resolution is a normal edit (rule 5): a change made after the laptop pulled the
    conflict's outcome that sets the field again; for a delete-against-edit, any edit of
    the record, or a new delete.
    """
    edited = fields - NO_CONFLICT_FIELDS - FIXED_FIELDS
    if not edited:
        return
    open_conflicts = session.exec(
        select(Conflict).where(
            Conflict.centre_id == centre_id,
            Conflict.table_name == table,
            Conflict.row_id == row_id,
            col(Conflict.resolved_at).is_(None),
            Conflict.seen_seq <= base,
        )
    )
    for item in open_conflicts:
        if (
            item.kind == "delete_vs_edit"
            or item.field in edited
            or (item.kind == "duplicate" and "deleted" in edited)
        ):
            item.resolved_at = now
            item.resolved_by_server_seq = seq
            session.add(item)


# ------------------------------------------------------------------------------ pull


def change_out(row: SyncChange) -> dict[str, Any]:
    """A stored change as it travels in a pull page."""
    return {
        "server_seq": row.server_seq,
        "device_id": str(row.device_id),
        "seq": row.seq,
        "hlc": row.hlc,
        "centre_id": str(row.centre_id),
        "table": row.table_name,
        "row_id": str(row.row_id),
        "op": row.op,
        "changes": json.loads(row.changes),
        "base_seq": row.base_seq,
        "user": row.user,
        "at": row.at.isoformat(),
    }


def conflict_out(item: Conflict) -> dict[str, Any]:
    return {
        "id": str(item.id),
        "table": item.table_name,
        "row_id": str(item.row_id),
        "field": item.field,
        "kind": item.kind,
        "kept_value": json.loads(item.kept_value),
        "lost_value": json.loads(item.lost_value),
        "kept_server_seq": item.kept_server_seq,
        "lost_server_seq": item.lost_server_seq,
        "kept_device": str(item.kept_device),
        "lost_device": str(item.lost_device),
        "kept_user": item.kept_user,
        "lost_user": item.lost_user,
        "created_at": item.created_at.isoformat(),
        "resolved_at": item.resolved_at.isoformat() if item.resolved_at else None,
        "resolved_by_server_seq": item.resolved_by_server_seq,
    }


def page_conflicts(
    *, session: Session, centre_id: uuid.UUID, after: int, upto: int
) -> list[dict[str, Any]]:
    """The conflicts that the changes ``after < server_seq <= upto`` created or resolved.

    Each travels with the page holding the change that made it, and again with the one
    that resolved it (then with ``resolved_at``), so a laptop keeps its list current
    from the pages it applies, and one pulling from 0 gets them all.
    """
    if upto <= after:
        return []
    statement = (
        select(Conflict)
        .where(
            Conflict.centre_id == centre_id,
            or_(
                and_(col(Conflict.seen_seq) > after, col(Conflict.seen_seq) <= upto),
                and_(
                    col(Conflict.resolved_by_server_seq) > after,
                    col(Conflict.resolved_by_server_seq) <= upto,
                ),
            ),
        )
        .order_by(col(Conflict.seen_seq), col(Conflict.id))
    )
    return [conflict_out(item) for item in session.exec(statement)]


def open_conflicts(*, session: Session, centre_id: uuid.UUID) -> list[dict[str, Any]]:
    """Every open conflict of a centre, oldest first."""
    statement = (
        select(Conflict)
        .where(Conflict.centre_id == centre_id, col(Conflict.resolved_at).is_(None))
        .order_by(col(Conflict.seen_seq), col(Conflict.id))
    )
    return [conflict_out(item) for item in session.exec(statement)]


def pull(
    *,
    session: Session,
    device: Device,
    after: int,
    max_bytes: int,
) -> dict[str, Any]:
    """One page of the device's centre's changes after ``after``, of about ``max_bytes``.

    ``head`` is read first and the page stops there, so ``more`` and ``next`` agree
    with it even while pushes commit meanwhile. At least one change is sent when there
    is one, however large.
    """
    meta = crud.get_meta(session=session)
    head = crud.centre_head(session=session, centre_id=device.centre_id)
    page: list[dict[str, Any]] = []
    size = 2  # the brackets of the list
    cursor = after
    full = False
    while not full and cursor < head:
        rows = session.exec(
            select(SyncChange)
            .where(
                SyncChange.centre_id == device.centre_id,
                col(SyncChange.server_seq) > cursor,
                col(SyncChange.server_seq) <= head,
            )
            .order_by(col(SyncChange.server_seq))
            .limit(_PULL_CHUNK)
        ).all()
        if not rows:
            break
        for row in rows:
            # Centre isolation, checked for every row sent, not only by the query.
            if row.centre_id != device.centre_id:
                raise RuntimeError(f"change {row.server_seq} of another centre reached a pull")
            item = change_out(row)
            item_size = len(canonical_json(item).encode("utf-8")) + 1
            if page and size + item_size > max_bytes:
                full = True
                break
            page.append(item)
            size += item_size
            assert row.server_seq is not None
            cursor = row.server_seq
    next_seq = page[-1]["server_seq"] if page else after
    return {
        "changes": page,
        "next": next_seq,
        "head": head,
        "more": next_seq < head,
        "epoch": str(meta.epoch),
        "conflicts": page_conflicts(
            session=session,
            centre_id=device.centre_id,
            after=after,
            upto=next_seq,
        ),
        "checksum": checksum(page),
    }
