"""Push and pull: exactly-once apply, field-level merge with conflicts, paged pulls.

See ``docs/sync-protocol.md``. In short: a push is one transaction that holds its
centre's sequence lock (:func:`desmig_server.core.db.begin_sequenced_write`), skips the
changes already applied for this device, refuses gaps, rejects bad changes with a reason
while the others go on, merges each good change field by field into the server's copy of the
record and stamps it with the next server sequence. A pull reads the centre's changes
after a cursor, by bytes.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from json.encoder import encode_basestring as _string  # type: ignore[attr-defined]
from typing import Any

import orjson
from sqlalchemy import ARRAY, Insert, and_, any_, bindparam, delete, func, insert, or_, text, update
from sqlalchemy import select as core_select
from sqlalchemy.orm.attributes import set_committed_value
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
    stdlib_canonical_json,
)
from .core.db import SEQUENCE_LOCK_SQL, begin_sequenced_write, sequence_lock_params
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


def checksum_matches(value: Any, sent: str) -> bool:
    """Whether ``sent`` is the checksum of ``value`` as a laptop writes its canonical
    JSON (``json``); :func:`checksum` first, which agrees but for how a float with an
    exponent is written."""
    if checksum(value) == sent:
        return True
    return hashlib.sha256(stdlib_canonical_json(value).encode("utf-8")).hexdigest() == sent


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
    if not checksum_matches(list(changes), sent_checksum):
        raise ChecksumMismatch(
            "checksum does not match the changes: the body was damaged or truncated"
        )
    seqs = [_seq_of(raw, i) for i, raw in enumerate(changes)]
    # Checking each change's shape and values needs no stored record, and merging needs
    # only records read before: both are done before the sequence lock, which every
    # other push waits for. Under the lock the merge is written if what it read is
    # unchanged (the usual case: laptops of a centre seldom edit one record at the same
    # moment); otherwise, or when it must write before it can go on (an erasure, a
    # decision of the server's own), it is done again under the lock.
    device = session.get(Device, device_id)
    parsed = None
    plan = None
    if device is not None:
        parsed = _parse_all(changes, device_id=device_id, centre_id=device.centre_id)
        if device.revoked_at is None:
            plan = _plan(session, device, epoch=epoch, changes=changes, seqs=seqs, parsed=parsed)
    try:
        if plan is not None and session.get_bind().dialect.name == "postgresql":
            # The centre's lock is the first statement of the checks' pipeline.
            outcome = _commit_plan_pipelined(session, plan, client_version)
        else:
            begin_sequenced_write(session, device.centre_id if device is not None else None)
            outcome = _commit_plan(session, plan, client_version) if plan is not None else None
        if outcome is None:
            outcome = apply_push(
                session=session,
                device_id=device_id,
                epoch=epoch,
                changes=changes,
                client_version=client_version,
                parsed=parsed,
                seqs=seqs,
            )
    except BaseException:
        session.rollback()
        raise
    session.commit()
    return outcome


# A change checked before the lock: the change, or the reason it is rejected.
Parsed = IncomingChange | ChangeRejected


def _parse_all(
    changes: Sequence[dict[str, Any]], *, device_id: uuid.UUID, centre_id: uuid.UUID
) -> list[Parsed]:
    parsed: list[Parsed] = []
    for raw in changes:
        try:
            parsed.append(parse_change(raw, device_id=device_id, centre_id=centre_id))
        except ChangeRejected as rejection:
            parsed.append(rejection)
    return parsed


def apply_push(
    *,
    session: Session,
    device_id: uuid.UUID,
    epoch: str | None,
    changes: Sequence[dict[str, Any]],
    client_version: str | None = None,
    parsed: list[Parsed] | None = None,
    seqs: list[int] | None = None,
) -> PushOutcome:
    """The work of :func:`push` inside a transaction the caller began with
    :func:`~desmig_server.core.db.begin_sequenced_write` and will commit.

    ``parsed`` (from :func:`_parse_all`, made before the lock) saves checking the
    changes again; the device's centre never changes, so it still holds."""
    if seqs is None:
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
    if parsed is None:
        parsed = _parse_all(changes, device_id=device.id, centre_id=centre.id)
    merge, results = _merge_batch(
        session,
        device=device,
        centre=centre,
        meta=meta,
        epoch=epoch,
        changes=changes,
        seqs=seqs,
        parsed=parsed,
        head_before=head_before,
        sequences=_Sequences(session),
    )
    merge.flush()
    _finish_device(device, seqs, merge.now, client_version)
    session.add(device)
    session.flush()
    head = max(head_before, merge.last_seq)
    return PushOutcome(last_seq=device.last_seq, head=head, epoch=meta.epoch, results=results)


def _finish_device(
    device: Device, seqs: list[int], now: datetime, client_version: str | None
) -> None:
    device.last_seq = max([device.last_seq, *seqs])
    device.last_seen_at = now
    if client_version:
        device.client_version = client_version[:40]


def _merge_batch(
    session: Session,
    *,
    device: Device,
    centre: CentreRow,
    meta: ServerMeta,
    epoch: str | None,
    changes: Sequence[dict[str, Any]],
    seqs: list[int],
    parsed: list[Parsed],
    head_before: int,
    sequences: _Sequences,
) -> tuple[_Merge, list[dict[str, Any]]]:
    """Answer the repeats and merge the new changes of a batch in memory; the writes
    wait in the returned merge (:meth:`_Merge.flush`)."""
    last_seq = device.last_seq
    # A base_seq from another epoch (the server was restored) or beyond anything this
    # centre has does not say what the laptop saw; merging as if it saw nothing turns
    # every overlap into a conflict record instead of a silent overwrite.
    trusted_base = epoch is None or epoch == str(meta.epoch)
    now = utcnow()
    repeats = _repeat_answers(
        session, device_id=device.id, seqs=[seq for seq in seqs if seq <= last_seq]
    )
    fresh = [item for item, seq in zip(parsed, seqs, strict=True) if seq > last_seq]
    merge = _Merge(session, centre=centre, meta=meta, now=now, sequences=sequences)
    merge.load([item for item in fresh if isinstance(item, IncomingChange)])

    results: list[dict[str, Any]] = []
    for raw, seq, item in zip(changes, seqs, parsed, strict=True):
        if seq <= last_seq:
            results.append(repeats[seq])
            continue
        try:
            if isinstance(item, ChangeRejected):
                raise item
            base = item.base_seq if trusted_base and item.base_seq <= head_before else 0
            server_seq, conflicts = merge.apply(item, base=base)
        except ChangeRejected as rejection:
            reason = str(rejection)
            merge.rejected.append(
                {
                    "centre_id": centre.id,
                    "device_id": device.id,
                    "seq": seq,
                    "reason": reason,
                    "change": canonical_json(raw),
                    "received_at": now,
                }
            )
            results.append({"seq": seq, "status": "rejected", "reason": reason})
            continue
        result: dict[str, Any] = {"seq": seq, "status": "applied", "server_seq": server_seq}
        if conflicts:
            result["conflicts"] = conflicts
        results.append(result)
    return merge, results


def _commit_plan_pipelined(
    session: Session, plan: _Plan, client_version: str | None
) -> PushOutcome | None:
    """:func:`_commit_plan` on PostgreSQL, in two round trips: the centre's lock, the
    checks and the new sequences in one pipeline, the writes in another.

    Every push of the centre waits while one holds the lock, and under load each round
    trip to the database costs milliseconds (the threads of the server take turns); the
    dozen statements of a push one after the other made the wait for the lock most of a
    push's time."""
    merge = plan.merge
    provisional = merge.seqs
    assert isinstance(provisional, _Provisional)
    connection = session.connection().connection.driver_connection
    assert connection is not None
    centre_id = merge.centre.id
    with connection.pipeline():
        # The centre's sequence lock (a no-op when the caller holds it already): every
        # statement after it sees what the centre's previous writer committed.
        connection.execute(SEQUENCE_LOCK_SQL, sequence_lock_params(centre_id))
        device_rows = connection.execute(
            "SELECT last_seq, revoked_at IS NOT NULL FROM device WHERE id = %s", (plan.device.id,)
        )
        record_rows = []
        for table in {table for table, _ in merge.records}:
            ids = [row_id for (t, row_id) in merge.records if t == table]
            record_rows.append(
                (
                    table,
                    ids,
                    connection.execute(
                        "SELECT row_id, last_server_seq FROM record "
                        "WHERE table_name = %s AND row_id = ANY(%s)",
                        (table, ids),
                    ),
                )
            )
        holder_rows = []
        for table in {table for table, _ in merge.key_rows}:
            values = [value for (t, value) in merge.key_rows if t == table]
            holder_rows.append(
                (
                    table,
                    values,
                    connection.execute(
                        "SELECT row_id, value FROM unique_key "
                        "WHERE centre_id = %s AND table_name = %s AND value = ANY(%s)",
                        (centre_id, table, values),
                    ),
                )
            )
        # Taken before the checks are known: numbers of a batch merged again are gaps
        # in the sequence, which pulls step over.
        numbers = (
            connection.execute(
                text(_PG_TAKE_MANY).text.replace(":count", "%s"), (provisional.count,)
            )
            if provisional.count
            else None
        )
    found = device_rows.fetchone()
    if found is None or found[1] or int(found[0]) != plan.last_seq:
        return None
    for _table, ids, cursor in record_rows:
        seen: dict[uuid.UUID, int] = {}
        for row_id, last in cursor.fetchall():
            if row_id in seen:
                return None
            seen[row_id] = int(last)
        if any(merge.records[(_table, row_id)].read_seq != seen.get(row_id) for row_id in ids):
            return None
    for _table, values, cursor in holder_rows:
        holders: dict[str, set[uuid.UUID]] = {value: set() for value in values}
        for row_id, value in cursor.fetchall():
            holders[value].add(row_id)
        if any(holders[value] != merge.key_rows[(_table, value)] for value in values):
            return None
    if numbers is not None:
        plan.renumber(sorted(int(row[0]) for row in numbers.fetchall()))
    device = plan.device
    last_seq = max([plan.last_seq, *plan.seqs])
    now = merge.now
    version = client_version[:40] if client_version else device.client_version
    dialect = session.get_bind().dialect
    with connection.pipeline(), connection.cursor() as cursor:
        for statement, rows in merge.writes():
            if isinstance(statement, Insert) and len(rows) > 1:
                # One statement for the batch's rows, sent as one JSON document:
                # PostgreSQL runs one insert instead of one per row, and the driver sends
                # one parameter instead of a message per row.
                cursor.execute(
                    _json_insert(statement.table, tuple(rows[0]), dialect),
                    (orjson.dumps(rows, default=str).decode("utf-8"),),
                )
            else:
                cursor.executemany(_compiled(statement, rows[0], dialect), rows)
        cursor.execute(
            "UPDATE device SET last_seq = %s, last_seen_at = %s, client_version = %s WHERE id = %s",
            (last_seq, now, version, device.id),
        )
    # The row is written: the session's copy is told so, without writing it again.
    for name, value in (("last_seq", last_seq), ("last_seen_at", now), ("client_version", version)):
        set_committed_value(device, name, value)
    head = merge.last_seq or crud.centre_head(session=session, centre_id=centre_id)
    return PushOutcome(
        last_seq=last_seq, head=max(head, plan.head_before), epoch=plan.epoch, results=plan.results
    )


_COMPILED: dict[tuple[int, tuple[str, ...]], str] = {}


def _compiled(statement: Any, row: dict[str, Any], dialect: Any) -> str:
    """The SQL of a Core statement for the driver itself (``%(name)s`` parameters)."""
    key = (id(statement) if not isinstance(statement, Insert) else id(statement.table), tuple(row))
    sql = _COMPILED.get(key)
    if sql is None:
        sql = str(statement.compile(dialect=dialect, column_keys=list(row)))
        _COMPILED[key] = sql
    return sql


_JSON_INSERTS: dict[tuple[str, tuple[str, ...]], str] = {}


def _json_insert(table: Any, keys: tuple[str, ...], dialect: Any) -> str:
    """``INSERT`` of rows with ``keys`` given as one JSON list of objects (PostgreSQL)."""
    sql = _JSON_INSERTS.get((table.name, keys))
    if sql is None:
        quote = dialect.identifier_preparer.quote
        names = ", ".join(quote(name) for name in keys)
        columns = ", ".join(
            f"{quote(name)} {table.c[name].type.dialect_impl(dialect).compile(dialect=dialect)}"
            for name in keys
        )
        sql = _JSON_INSERTS[(table.name, keys)] = (
            f"INSERT INTO {quote(table.name)} ({names}) "
            f"SELECT {names} FROM json_to_recordset(%s) AS batch({columns})"
        )
    return sql


class _NeedsLock(Exception):
    """A batch merged before the lock must write before it can go on: merged again
    under the lock instead."""


@dataclass(slots=True)
class _Plan:
    """A batch merged before the sequence lock, with what it read to do so."""

    device: Device
    last_seq: int
    seqs: list[int]
    merge: _Merge
    results: list[dict[str, Any]]
    head_before: int
    epoch: uuid.UUID

    def renumber(self, taken: list[int]) -> None:
        """The real sequences ``taken`` under the lock replace the provisional ones, in
        the rows to write and in the answers."""
        provisional = self.merge.seqs
        assert isinstance(provisional, _Provisional)
        self.merge.renumber(taken)
        for result in self.results:
            if "server_seq" in result and result["status"] == "applied":
                result["server_seq"] = provisional.real(result["server_seq"], taken)


def _plan(
    session: Session,
    device: Device,
    *,
    epoch: str | None,
    changes: Sequence[dict[str, Any]],
    seqs: list[int],
    parsed: list[Parsed],
) -> _Plan | None:
    """The batch merged from what the database holds now, numbered provisionally; None
    when it cannot be merged without the lock (a gap, a batch that must write first)."""
    expected = device.last_seq + 1
    for seq in seqs:
        if seq > device.last_seq:
            if seq != expected:
                return None  # refused under the lock, with the last_seq it has then
            expected += 1
    meta = crud.get_meta(session=session)
    centre = session.get(CentreRow, device.centre_id)
    assert centre is not None
    head_before = crud.centre_head_read_with_device(session=session, centre_id=centre.id)
    try:
        merge, results = _merge_batch(
            session,
            device=device,
            centre=centre,
            meta=meta,
            epoch=epoch,
            changes=changes,
            seqs=seqs,
            parsed=parsed,
            head_before=head_before,
            sequences=_Provisional(),
        )
    except _NeedsLock:
        return None
    return _Plan(device, device.last_seq, seqs, merge, results, head_before, meta.epoch)


def _commit_plan(session: Session, plan: _Plan, client_version: str | None) -> PushOutcome | None:
    """Write a batch merged before the lock, now held, if nothing it read has changed
    since (None otherwise: nothing was written). Its provisional sequences become real
    ones, taken now, so they still commit in order (rule 4)."""
    if session.get_bind().dialect.name == "postgresql":
        return _commit_plan_pipelined(session, plan, client_version)
    device = session.get(Device, plan.device.id, populate_existing=True)
    if device is None or device.revoked_at is not None or device.last_seq != plan.last_seq:
        return None
    merge = plan.merge
    if not merge.unchanged():
        return None
    provisional = merge.seqs
    assert isinstance(provisional, _Provisional)
    if provisional.count:
        plan.renumber(_Sequences(session).take_many(provisional.count))
    merge.flush()
    _finish_device(device, plan.seqs, merge.now, client_version)
    session.add(device)
    session.flush()
    head = merge.last_seq or crud.centre_head(session=session, centre_id=device.centre_id)
    return PushOutcome(
        last_seq=device.last_seq,
        head=max(head, plan.head_before),
        epoch=plan.epoch,
        results=plan.results,
    )


def _chunks(items: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    """Slices of ``items`` short enough for an ``IN (...)`` list on every database."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _value_batches(items: Sequence[Any], postgresql: bool) -> Iterator[Sequence[Any]]:
    """The values of :func:`_one_of` look-ups, in batches: all at once on PostgreSQL (one array),
    in :func:`_chunks` elsewhere."""
    if postgresql:
        if items:
            yield items
        return
    yield from _chunks(items)


def _one_of(column: Any, postgresql: bool) -> Any:
    """``column IN :values``; on PostgreSQL ``column = ANY(:values)``: one array
    parameter instead of one per value, about half the processor time of a look-up of
    fifty rows (rendering and sending the parameters one by one was most of it)."""
    if postgresql:
        return column == any_(bindparam("values", type_=ARRAY(column.type)))
    return column.in_(bindparam("values", expanding=True))


@cache
def _lookups_of(postgresql: bool) -> dict[str, Any]:
    """The look-ups of :meth:`_Merge.load`, built once (a statement made anew for each
    push is compiled-cache-keyed anew too)."""
    centre: Any = bindparam("centre_id")
    table: Any = bindparam("table")
    return {
        "records": core_select(
            _RECORD.c.centre_id,
            _RECORD.c.row_id,
            _RECORD.c.data,
            _RECORD.c.field_versions,
            _RECORD.c.deleted,
            _RECORD.c.last_server_seq,
        ).where(_RECORD.c.table_name == table, _one_of(_RECORD.c.row_id, postgresql)),
        "keys of rows": core_select(_UNIQUE.c.row_id, _UNIQUE.c.value).where(
            _UNIQUE.c.centre_id == centre,
            _UNIQUE.c.table_name == table,
            _one_of(_UNIQUE.c.row_id, postgresql),
        ),
        "holders": core_select(_UNIQUE.c.row_id, _UNIQUE.c.value).where(
            _UNIQUE.c.centre_id == centre,
            _UNIQUE.c.table_name == table,
            _one_of(_UNIQUE.c.value, postgresql),
        ),
        "open conflicts": core_select(_CONFLICT).where(
            _CONFLICT.c.centre_id == centre,
            _CONFLICT.c.table_name == table,
            _one_of(_CONFLICT.c.row_id, postgresql),
            _CONFLICT.c.resolved_at.is_(None),
        ),
    }


def _repeat_answers(
    session: Session, *, device_id: uuid.UUID, seqs: list[int]
) -> dict[int, dict[str, Any]]:
    """The answers to changes already seen: their server_seq, or their rejection again.

    A repeat usually means the first answer was lost on the way back; answering a
    rejected change ``duplicate`` would let the laptop take it as accepted (rule 7).
    """
    answers = {seq: {"seq": seq, "status": "duplicate"} for seq in seqs}
    for chunk in _chunks(sorted(set(seqs))):
        for seq, server_seq in session.execute(
            core_select(_CHANGE.c.seq, _CHANGE.c.server_seq).where(
                _CHANGE.c.device_id == device_id, _CHANGE.c.seq.in_(chunk)
            )
        ):
            answers[seq] = {"seq": seq, "status": "duplicate", "server_seq": server_seq}
        for seq, reason in session.execute(
            core_select(_REJECTED.c.seq, _REJECTED.c.reason).where(
                _REJECTED.c.device_id == device_id, _REJECTED.c.seq.in_(chunk)
            )
        ):
            if "server_seq" not in answers[seq]:
                answers[seq] = {"seq": seq, "status": "rejected", "reason": reason}
    return answers


def _version(versions: dict[str, list[Any]], name: str) -> tuple[int, str, str] | None:
    version = versions.get(name)
    return (int(version[0]), str(version[1]), str(version[2])) if version else None


@dataclass(slots=True)
class _Record:
    """A record as a push batch sees it: loaded once, merged in memory, written once."""

    centre_id: uuid.UUID
    data: dict[str, Any]
    versions: dict[str, list[Any]]
    deleted: bool
    last_server_seq: int
    stored: bool  # a row exists in the database (update) or not yet (insert)
    dirty: bool = False
    read_seq: int | None = None  # last_server_seq as read (None: no row)


_RECORD = Record.__table__  # type: ignore[attr-defined]
_UNIQUE = UniqueKey.__table__  # type: ignore[attr-defined]
_CONFLICT = Conflict.__table__  # type: ignore[attr-defined]
_CHANGE = SyncChange.__table__  # type: ignore[attr-defined]
_REJECTED = RejectedChange.__table__  # type: ignore[attr-defined]

_UPDATE_RECORD = (
    update(_RECORD)
    .where(
        _RECORD.c.centre_id == bindparam("b_centre_id"),
        _RECORD.c.table_name == bindparam("b_table_name"),
        _RECORD.c.row_id == bindparam("b_row_id"),
    )
    .values(
        data=bindparam("b_data"),
        field_versions=bindparam("b_field_versions"),
        deleted=bindparam("b_deleted"),
        last_server_seq=bindparam("b_last_server_seq"),
    )
)
_UPDATE_UNIQUE = (
    update(_UNIQUE)
    .where(
        _UNIQUE.c.centre_id == bindparam("b_centre_id"),
        _UNIQUE.c.table_name == bindparam("b_table_name"),
        _UNIQUE.c.row_id == bindparam("b_row_id"),
    )
    .values(value=bindparam("b_value"))
)
_DELETE_UNIQUE = delete(_UNIQUE).where(
    _UNIQUE.c.centre_id == bindparam("b_centre_id"),
    _UNIQUE.c.table_name == bindparam("b_table_name"),
    _UNIQUE.c.row_id == bindparam("b_row_id"),
)
_RESOLVE_CONFLICT = (
    update(_CONFLICT)
    .where(_CONFLICT.c.id == bindparam("b_id"))
    .values(
        resolved_at=bindparam("b_resolved_at"),
        resolved_by_server_seq=bindparam("b_resolved_by_server_seq"),
    )
)


class _Sequences:
    """Server sequences for one push, handed out in order.

    The caller holds the centre's sequence lock (:func:`begin_sequenced_write`), so no
    other writer of the centre takes numbers until this one commits. On SQLite that lock
    is the database's one writer: the batch takes max + 1 when it first needs a number
    and counts on in memory. On PostgreSQL the numbers come from the table's sequence a
    block at a time while other centres take theirs, so a batch's numbers need not
    follow each other, and numbers taken but not used are gaps that pulls step over.
    Numbering the rows before they are written lets a whole batch be written with a few
    statements."""

    provisional = False
    BLOCK = 16  # numbers taken at once on PostgreSQL when one more is needed

    def __init__(self, session: Session | None) -> None:
        self.session = session
        self.postgresql = session is not None and session.get_bind().dialect.name == "postgresql"
        self.next: int | None = None  # SQLite: the next number
        self.pool: list[int] = []  # PostgreSQL: numbers taken, not handed out yet
        self.last = 0

    def _pg_numbers(self, count: int) -> list[int]:
        assert self.session is not None
        rows = self.session.execute(text(_PG_TAKE_MANY), {"count": count})
        return sorted(int(row[0]) for row in rows)

    def take(self) -> int:
        if self.postgresql:
            if not self.pool:
                self.pool = self._pg_numbers(self.BLOCK)
            self.last = self.pool.pop(0)
            return self.last
        if self.next is None:
            assert self.session is not None
            # SQLite numbers an INTEGER PRIMARY KEY max + 1, and no row is deleted.
            top = self.session.execute(core_select(func.max(SyncChange.server_seq))).scalar()
            self.next = int(top or 0) + 1
        self.last = self.next
        self.next += 1
        return self.last

    def take_many(self, count: int) -> list[int]:
        """``count`` numbers at once, in order (one statement on PostgreSQL)."""
        if self.postgresql:
            numbers = self._pg_numbers(count)
            self.last = numbers[-1]
            return numbers
        return [self.take() for _ in range(count)]

    def continue_after(self, numbers: list[int]) -> None:
        """Go on after ``numbers``, taken for the batch by :meth:`take_many` or in a
        pipeline of the caller's."""
        self.last = numbers[-1]
        if not self.postgresql:
            self.next = numbers[-1] + 1


class _Provisional(_Sequences):
    """Numbers for a batch merged before the lock: far above any real sequence, made
    real (:meth:`real`) once the lock is held and the real ones are taken."""

    provisional = True
    BASE = 1 << 52

    def __init__(self) -> None:
        super().__init__(None)
        self.count = 0

    def take(self) -> int:
        self.last = self.BASE + self.count
        self.count += 1
        return self.last

    def real(self, number: int, taken: Sequence[int]) -> int:
        """The real number of a provisional one: the same place in ``taken``."""
        return taken[number - self.BASE] if number >= self.BASE else number


# Numbers of the server sequence, one per row. ``nextval`` never waits for another
# transaction and is never rolled back: the numbers of a transaction that fails are gaps.
_PG_TAKE_MANY = (
    "SELECT nextval(pg_get_serial_sequence('sync_change', 'server_seq')) "
    "FROM generate_series(1, :count)"
)


class _Merge:
    """The field merge of one push batch, set-based.

    The records, unique keys and open conflicts the batch touches are read with a few
    queries (:meth:`load`); each change is merged in memory in order (:meth:`apply`,
    the rules of docs/sync-protocol.md, *Merge*); everything is written with one
    statement per kind of row (:meth:`flush`). Reads the batch did not foresee (a
    username suffix, the holder of a duplicate key) are made when needed: nothing is
    written before :meth:`flush`, so the database still holds the state before the
    batch and the batch's own changes are in memory."""

    def __init__(
        self,
        session: Session,
        *,
        centre: CentreRow,
        meta: ServerMeta,
        now: datetime,
        sequences: _Sequences,
    ) -> None:
        self.session = session
        self.postgresql = session.get_bind().dialect.name == "postgresql"
        self.centre = centre
        self.meta = meta
        self.now = now
        self.seqs = sequences
        self.records: dict[tuple[str, uuid.UUID], _Record] = {}
        # (table, row_id) -> [value in the database, value now] of the unique key
        self.keys: dict[tuple[str, uuid.UUID], list[str | None]] = {}
        # (table, value) -> rows holding it in the database (not yet corrected for the
        # batch: see _holders), and the rows holding it now
        self.key_rows: dict[tuple[str, str], set[uuid.UUID]] = {}
        self.key_now: dict[tuple[str, str], set[uuid.UUID]] = {}
        self.open_conflicts: dict[tuple[str, uuid.UUID], list[dict[str, Any]]] = {}
        self.new_changes: list[dict[str, Any]] = []
        self.new_conflicts: list[dict[str, Any]] = []
        self.resolved: list[dict[str, Any]] = []
        self.rejected: list[dict[str, Any]] = []
        self.meta_changed = False

    @property
    def last_seq(self) -> int:
        return self.seqs.last

    # -- reading ---------------------------------------------------------------------

    def load(self, changes: list[IncomingChange]) -> None:
        by_table: dict[str, set[uuid.UUID]] = {}
        for change in changes:
            by_table.setdefault(change.table, set()).add(change.row_id)
        centre_id = self.centre.id
        postgresql = self.postgresql
        lookups = _lookups_of(postgresql)
        for table, ids in by_table.items():
            for chunk in _value_batches(sorted(ids), postgresql):
                rows = self.session.execute(
                    lookups["records"], {"table": table, "values": list(chunk)}
                )
                for owner, row_id, data, versions, deleted, last in rows:
                    known = self.records.get((table, row_id))
                    if known is not None and known.centre_id != centre_id:
                        continue  # another centre's record with this id wins: refused
                    self.records[(table, row_id)] = _Record(
                        owner,
                        json.loads(data),
                        json.loads(versions),
                        bool(deleted),
                        last,
                        True,
                        read_seq=last,
                    )
            if table in UNIQUE_FIELDS:
                for chunk in _value_batches(sorted(ids), postgresql):
                    for row_id, value in self.session.execute(
                        lookups["keys of rows"],
                        {"centre_id": centre_id, "table": table, "values": list(chunk)},
                    ):
                        self._known_key(table, row_id, value)
                # The values the batch's changes ask for, with the rows holding them.
                wanted = set()
                for change in changes:
                    if change.table == table:
                        record = self.records.get((table, change.row_id))
                        data = record.data if record is not None else {}
                        value = unique_value(table, {**data, **change.changes})
                        if value is not None:
                            wanted.add(value)
                self._load_holders(table, wanted)
            existing = [
                row_id
                for row_id in ids
                if (record := self.records.get((table, row_id))) is not None
                and record.centre_id == centre_id
            ]
            for chunk in _value_batches(sorted(existing), postgresql):
                for item in self.session.execute(
                    lookups["open conflicts"],
                    {"centre_id": centre_id, "table": table, "values": list(chunk)},
                ).mappings():
                    self.open_conflicts.setdefault((table, item["row_id"]), []).append(dict(item))

    def _load_holders(self, table: str, values: set[str]) -> None:
        values = {value for value in values if (table, value) not in self.key_rows}
        for value in values:
            self.key_rows[(table, value)] = set()
        holders = _lookups_of(self.postgresql)["holders"]
        for chunk in _value_batches(sorted(values), self.postgresql):
            for row_id, value in self.session.execute(
                holders, {"centre_id": self.centre.id, "table": table, "values": list(chunk)}
            ):
                self.key_rows[(table, value)].add(row_id)
                self._known_key(table, row_id, value)

    def _known_key(self, table: str, row_id: uuid.UUID, value: str) -> None:
        """The key a row holds in the database, read (once)."""
        if (table, row_id) not in self.keys:
            self.keys[(table, row_id)] = [value, value]
            self.key_now.setdefault((table, value), set()).add(row_id)

    def _set_key(self, table: str, row_id: uuid.UUID, value: str | None) -> None:
        pair = self.keys.setdefault((table, row_id), [None, None])
        if pair[1] is not None:
            self.key_now.get((table, pair[1]), set()).discard(row_id)
        pair[1] = value
        if value is not None:
            self.key_now.setdefault((table, value), set()).add(row_id)

    def _holders(self, table: str, value: str) -> list[uuid.UUID]:
        """The rows of the centre that hold ``value`` now (the batch's changes included)."""
        self._load_holders(table, {value})
        # Rows read as holders whose key the batch changed hold it no more; rows the
        # batch gave it are in key_now.
        rows = {
            row_id
            for row_id in self.key_rows[(table, value)]
            if self.keys.get((table, row_id), [value, value])[1] == value
        }
        rows.update(self.key_now.get((table, value), ()))
        return sorted(rows)

    def _free_username(self, wanted: str) -> str:
        """``wanted`` with the first free ``-2``, ``-3``… suffix (at most 60 characters)."""
        number = 2
        while True:
            suffix = f"-{number}"
            candidate = wanted[: 60 - len(suffix)] + suffix
            if not self._holders("user_account", candidate):
                return candidate
            number += 1

    def _holder_version(
        self, table: str, row_id: uuid.UUID, name: str
    ) -> tuple[int, str, str] | None:
        record = self.records.get((table, row_id))
        if record is not None:
            return _version(record.versions, name)
        versions = self.session.execute(
            core_select(_RECORD.c.field_versions).where(
                _RECORD.c.centre_id == self.centre.id,
                _RECORD.c.table_name == table,
                _RECORD.c.row_id == row_id,
            )
        ).scalar()
        return _version(json.loads(versions), name) if versions is not None else None

    # -- merging ---------------------------------------------------------------------

    def apply(self, incoming: IncomingChange, *, base: int) -> tuple[int, int]:
        """Merge one checked change into its record: ``(server_seq, conflicts recorded)``.

        Everything that can reject the change is checked before anything is changed."""
        centre = self.centre
        now = self.now
        table, row_id = incoming.table, incoming.row_id
        key = (table, row_id)
        record = self.records.get(key)
        if record is not None and record.centre_id != centre.id:
            raise ChangeRejected("the record belongs to another centre")
        if record is None and incoming.op != "insert":
            raise ChangeRejected(
                f"unknown record {table} {row_id}: its insert never reached the server or was rejected"
            )
        if record is not None and incoming.append_only:
            raise ChangeRejected(
                f"{table} {row_id} already exists; ledger entries are never rewritten"
            )

        data: dict[str, Any] = dict(record.data) if record is not None else {}
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

        seq = self.seqs.take()
        me = str(incoming.device_id)
        user = incoming.user
        mine = [seq, me, user]
        versions: dict[str, list[Any]] = dict(record.versions) if record is not None else {}
        conflicts: list[dict[str, Any]] = []

        def conflict(
            name: str,
            kind: str,
            kept: Any,
            lost: Any,
            kept_v: Sequence[Any],
            lost_v: Sequence[Any],
        ) -> dict[str, Any]:
            made = {
                "id": uuid.uuid4(),
                "centre_id": centre.id,
                "table_name": table,
                "row_id": row_id,
                "field": name,
                "kind": kind,
                "kept_value": canonical_json(kept),
                "lost_value": canonical_json(lost),
                "kept_server_seq": int(kept_v[0]),
                "lost_server_seq": int(lost_v[0]),
                "kept_device": uuid.UUID(str(kept_v[1])),
                "lost_device": uuid.UUID(str(lost_v[1])),
                "kept_user": str(kept_v[2]),
                "lost_user": str(lost_v[2]),
                "seen_seq": seq,
                "created_at": now,
                "resolved_at": None,
                "resolved_by_server_seq": None,
            }
            conflicts.append(made)
            return made

        def foreign_after_base(version: tuple[int, str, str] | None) -> bool:
            # Set after what this laptop had seen, by someone else: this change did not know.
            return version is not None and version[0] > base and version[1] != me

        applied: dict[str, Any]
        # Set when the server keeps a record that a laptop deleted (or brings back one it
        # had deleted): a change of the server's own then tells every laptop, the one that
        # pushed this change included (laptops skip their own changes when they pull).
        undelete: dict[str, Any] | None = None
        if record is None:
            applied = dict(values)
            data = dict(values)
            versions = {name: mine for name in values}
        else:
            self._resolve_conflicts(key, fields=set(values), base=base, seq=seq)
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
        fixed: list[dict[str, Any]] = []
        if undelete is not None:
            data["deleted"] = False
            fixes["deleted"] = False
            fixed.append(undelete)
        duplicate = self._duplicate(table, row_id, data)
        if duplicate is not None:
            field_name, other_version, rename = duplicate
            wanted = data[field_name]
            holder = other_version or mine
            if rename:
                new_name = self._free_username(str(wanted).strip().lower())
                data[field_name] = new_name
                if field_name in applied:
                    applied[field_name] = new_name  # the others never see the name twice
                fixes[field_name] = new_name
                fixed.append(conflict(field_name, "duplicate", new_name, wanted, holder, mine))
            else:
                conflict(field_name, "duplicate", wanted, wanted, holder, mine)
        if table in UNIQUE_FIELDS:
            self._set_key(table, row_id, unique_value(table, data))

        self.new_changes.append(
            {
                "server_seq": seq,
                "centre_id": centre.id,
                "device_id": incoming.device_id,
                "seq": incoming.seq,
                "hlc": incoming.hlc,
                "table_name": table,
                "row_id": row_id,
                "op": incoming.op,
                "changes": canonical_json(applied),
                "base_seq": incoming.base_seq,
                "user": incoming.user,
                "at": incoming.at,
                "received_at": now,
            }
        )
        last_seq = seq
        if fixes and self.seqs.provisional:
            raise _NeedsLock  # the server's own change takes its counter, under the lock
        if fixes:
            # The laptop that pushed this change skips it when it pulls; the server's change
            # tells it (and every other laptop) what the server decided.
            meta = self.meta
            meta.last_server_change_seq += 1
            self.meta_changed = True
            last_seq = self.seqs.take()
            self.new_changes.append(
                {
                    "server_seq": last_seq,
                    "centre_id": centre.id,
                    "device_id": meta.server_id,
                    "seq": meta.last_server_change_seq,
                    "hlc": format_stamp(int(time.time() * 1000), 0, meta.server_id),
                    "table_name": table,
                    "row_id": row_id,
                    "op": "update",
                    "changes": canonical_json(fixes),
                    "base_seq": None,
                    "user": SERVER_USER,
                    "at": now,
                    "received_at": now,
                }
            )
            for name in fixes:
                versions[name] = [last_seq, str(meta.server_id), SERVER_USER]
            for item in fixed:
                item["seen_seq"] = last_seq

        if record is None:
            record = _Record(centre.id, {}, {}, False, seq, stored=False)
            self.records[key] = record
        record.data = data
        record.versions = versions
        record.deleted = bool(data.get("deleted", False))
        record.last_server_seq = last_seq
        record.dirty = True
        self.new_conflicts.extend(conflicts)
        if table == "person_erasure" and incoming.op == "insert":
            if self.seqs.provisional:
                raise _NeedsLock
            # The erasure empties the stored changes of its records, this batch's too:
            # they are written first.
            from .erasure import scrub

            self.flush()
            scrub(self.session, centre.id, data.get("records"))
        return seq, len(conflicts)

    def _duplicate(
        self, table: str, row_id: uuid.UUID, data: dict[str, Any]
    ) -> tuple[str, tuple[int, str, str] | None, bool] | None:
        """``(field, the other record's version of it, rename)`` when this record now
        takes a key another live record of the centre holds; None when the key is free
        or unchanged."""
        value = unique_value(table, data)
        if value is None:
            return None
        current = self.keys.get((table, row_id))
        if current is not None and current[1] == value:
            return None  # it already held it: the other one came later and was flagged
        others = [other for other in self._holders(table, value) if other != row_id]
        if not others:
            return None
        field_name, _, rename = UNIQUE_FIELDS[table]
        return field_name, self._holder_version(table, others[0], field_name), rename

    def _resolve_conflicts(
        self, key: tuple[str, uuid.UUID], *, fields: set[str], base: int, seq: int
    ) -> None:
        """Close the record's open conflicts that this change settles.

        Its resolution is a normal edit (rule 5): a change made after the laptop pulled
        the conflict's outcome that sets the field again; for a delete-against-edit, any
        edit of the record, or a new delete.
        """
        edited = fields - NO_CONFLICT_FIELDS - FIXED_FIELDS
        if not edited:
            return
        still_open = []
        for item in self.open_conflicts.get(key, []):
            if item["seen_seq"] <= base and (
                item["kind"] == "delete_vs_edit"
                or item["field"] in edited
                or (item["kind"] == "duplicate" and "deleted" in edited)
            ):
                self.resolved.append(
                    {"b_id": item["id"], "b_resolved_at": self.now, "b_resolved_by_server_seq": seq}
                )
            else:
                still_open.append(item)
        self.open_conflicts[key] = still_open

    # -- a batch merged before the lock ----------------------------------------------

    def unchanged(self) -> bool:
        """Whether what :meth:`load` read still holds: the records (their last change),
        and the rows holding the unique keys looked up. Open conflicts and a record's own
        key only change with the record."""
        for table in {table for table, _ in self.records} | {t for t, _ in self.key_rows}:
            ids = [row_id for (t, row_id) in self.records if t == table]
            seen: dict[uuid.UUID, int] = {}
            for chunk in _chunks(ids):
                for row_id, last in self.session.execute(
                    core_select(_RECORD.c.row_id, _RECORD.c.last_server_seq).where(
                        _RECORD.c.table_name == table, _RECORD.c.row_id.in_(chunk)
                    )
                ):
                    if row_id in seen:
                        return False  # two centres' records with one id: the slow way
                    seen[row_id] = last
            for row_id in ids:
                record = self.records[(table, row_id)]
                # A record this batch inserts was absent; one it merged had that change.
                if record.read_seq != seen.get(row_id):
                    return False
            values = [value for (t, value) in self.key_rows if t == table]
            holders: dict[str, set[uuid.UUID]] = {value: set() for value in values}
            for chunk in _chunks(values):
                for row_id, value in self.session.execute(
                    core_select(_UNIQUE.c.row_id, _UNIQUE.c.value).where(
                        _UNIQUE.c.centre_id == self.centre.id,
                        _UNIQUE.c.table_name == table,
                        _UNIQUE.c.value.in_(chunk),
                    )
                ):
                    holders[value].add(row_id)
            if any(holders[value] != self.key_rows[(table, value)] for value in values):
                return False
        return True

    def renumber(self, taken: list[int]) -> None:
        """Turn the provisional sequences of the merged rows into the real ones,
        ``taken`` in the same order."""
        sequences = self.seqs
        assert isinstance(sequences, _Provisional)

        def real(number: Any) -> Any:
            return sequences.real(number, taken) if isinstance(number, int) else number

        for row in self.new_changes:
            row["server_seq"] = real(row["server_seq"])
        for record in self.records.values():
            record.last_server_seq = real(record.last_server_seq)
            for version in record.versions.values():
                version[0] = real(version[0])  # shared lists: real() leaves real numbers
        for item in self.new_conflicts:
            for name in ("kept_server_seq", "lost_server_seq", "seen_seq"):
                item[name] = real(item[name])
        for item in self.resolved:
            item["b_resolved_by_server_seq"] = real(item["b_resolved_by_server_seq"])
        after = _Sequences(self.session)
        after.continue_after(taken)
        self.seqs = after

    # -- writing ---------------------------------------------------------------------

    def flush(self) -> None:
        """Write what the batch merged so far, one statement per kind of row."""
        session = self.session
        for statement, rows in self.writes():
            session.execute(statement, rows)
        self._flush_rest()

    def writes(self) -> list[tuple[Any, list[dict[str, Any]]]]:
        """The statements that write what the batch merged so far, each with its rows
        (taken: a second call gives only what was merged since)."""
        writes: list[tuple[Any, list[dict[str, Any]]]] = []
        if self.new_changes:
            writes.append((insert(_CHANGE), self.new_changes))
            self.new_changes = []
        if self.rejected:
            writes.append((insert(_REJECTED), self.rejected))
            self.rejected = []
        new_records = []
        changed_records = []
        for (table, row_id), record in self.records.items():
            if not record.dirty:
                continue
            if record.stored:
                changed_records.append(
                    {
                        "b_centre_id": record.centre_id,
                        "b_table_name": table,
                        "b_row_id": row_id,
                        "b_data": canonical_json(record.data),
                        "b_field_versions": canonical_json(record.versions),
                        "b_deleted": record.deleted,
                        "b_last_server_seq": record.last_server_seq,
                    }
                )
            else:
                new_records.append(
                    {
                        "centre_id": record.centre_id,
                        "table_name": table,
                        "row_id": row_id,
                        "data": canonical_json(record.data),
                        "field_versions": canonical_json(record.versions),
                        "deleted": record.deleted,
                        "last_server_seq": record.last_server_seq,
                    }
                )
            record.stored = True
            record.dirty = False
        if new_records:
            writes.append((insert(_RECORD), new_records))
        if changed_records:
            writes.append((_UPDATE_RECORD, changed_records))
        new_keys, changed_keys, dropped_keys = [], [], []
        for (table, row_id), pair in self.keys.items():
            stored, current = pair
            if stored == current:
                continue
            where = {"b_centre_id": self.centre.id, "b_table_name": table, "b_row_id": row_id}
            if stored is None:
                new_keys.append(
                    {
                        "centre_id": self.centre.id,
                        "table_name": table,
                        "row_id": row_id,
                        "value": current,
                    }
                )
            elif current is None:
                dropped_keys.append(where)
            else:
                changed_keys.append({**where, "b_value": current})
            pair[0] = current
        if dropped_keys:
            writes.append((_DELETE_UNIQUE, dropped_keys))
        if changed_keys:
            writes.append((_UPDATE_UNIQUE, changed_keys))
        if new_keys:
            writes.append((insert(_UNIQUE), new_keys))
        if self.new_conflicts:
            writes.append((insert(_CONFLICT), self.new_conflicts))
            self.new_conflicts = []
        if self.resolved:
            writes.append((_RESOLVE_CONFLICT, self.resolved))
            self.resolved = []
        return writes

    def _flush_rest(self) -> None:
        session = self.session
        if self.meta_changed:
            session.add(self.meta)
            self.meta_changed = False
        session.flush()


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
    found = session.execute(_PAGE_CONFLICTS, {"centre_id": centre_id, "after": after, "upto": upto})
    return [conflict_out(item) for item in found.scalars()]


_PAGE_CONFLICTS = (
    select(Conflict)
    .where(
        Conflict.centre_id == bindparam("centre_id"),
        or_(
            and_(
                col(Conflict.seen_seq) > bindparam("after"),
                col(Conflict.seen_seq) <= bindparam("upto"),
            ),
            and_(
                col(Conflict.resolved_by_server_seq) > bindparam("after"),
                col(Conflict.resolved_by_server_seq) <= bindparam("upto"),
            ),
        ),
    )
    .order_by(col(Conflict.seen_seq), col(Conflict.id))
)


def open_conflicts(*, session: Session, centre_id: uuid.UUID) -> list[dict[str, Any]]:
    """Every open conflict of a centre, oldest first."""
    statement = (
        select(Conflict)
        .where(Conflict.centre_id == centre_id, col(Conflict.resolved_at).is_(None))
        .order_by(col(Conflict.seen_seq), col(Conflict.id))
    )
    return [conflict_out(item) for item in session.exec(statement)]


def wire_change(
    server_seq: int,
    device_id: uuid.UUID,
    seq: int,
    hlc: str,
    centre_id: uuid.UUID,
    table: str,
    row_id: uuid.UUID,
    op: str,
    changes: str,
    base_seq: int | None,
    user: str,
    at: datetime,
) -> str:
    """The canonical JSON of a stored change as it travels (:func:`change_out`), built
    from its columns as text.

    ``changes`` is stored as canonical JSON already (see :func:`canonical_json`), so it
    goes in as it is: no decoding and encoding again for every change of every page,
    which was most of a pull's work. Keys in sorted order, as canonical JSON has them.
    """
    return "".join(
        (
            '{"at":',
            _string(at.isoformat()),
            ',"base_seq":',
            "null" if base_seq is None else str(base_seq),
            ',"centre_id":"',
            str(centre_id),
            '","changes":',
            changes,
            ',"device_id":"',
            str(device_id),
            '","hlc":',
            _string(hlc),
            ',"op":',
            _string(op),
            ',"row_id":"',
            str(row_id),
            '","seq":',
            str(seq),
            ',"server_seq":',
            str(server_seq),
            ',"table":',
            _string(table),
            ',"user":',
            _string(user),
            "}",
        )
    )


_PULL_COLUMNS = (
    _CHANGE.c.server_seq,
    _CHANGE.c.device_id,
    _CHANGE.c.seq,
    _CHANGE.c.hlc,
    _CHANGE.c.centre_id,
    _CHANGE.c.table_name,
    _CHANGE.c.row_id,
    _CHANGE.c.op,
    _CHANGE.c.changes,
    _CHANGE.c.base_seq,
    _CHANGE.c.user,
    _CHANGE.c.at,
)


# Built once: a statement made anew for each request is compiled-cache-keyed anew too.
_PULL_ROWS = (
    core_select(*_PULL_COLUMNS)
    .where(
        _CHANGE.c.centre_id == bindparam("centre_id"),
        _CHANGE.c.server_seq > bindparam("after"),
        _CHANGE.c.server_seq <= bindparam("head"),
        # The laptop's own changes up to ``mine`` are passed over here, not read: after
        # a push they are most of what the pull would otherwise fetch and decode.
        or_(_CHANGE.c.device_id != bindparam("device_id"), _CHANGE.c.seq > bindparam("mine")),
    )
    .order_by(_CHANGE.c.server_seq)
    .limit(bindparam("rows"))
)


def pull(
    *,
    session: Session,
    device: Device,
    after: int,
    max_bytes: int,
    mine: int = 0,
) -> bytes:
    """One page of the device's centre's changes after ``after``, of about ``max_bytes``:
    the JSON body of the answer.

    ``head`` is read first and the page stops there, so ``more`` and ``next`` agree
    with it even while pushes commit meanwhile. At least one change is sent when there
    is one, however large.

    The device's own changes numbered up to ``mine`` are passed over: the laptop says it
    has them (it pushed them), and sending them back doubled what a laptop downloads
    after a large push. One it no longer has (``mine`` below them: restored from an
    older backup) comes back.

    The body is written out here rather than by a JSON encoder: ``changes`` comes
    first and is canonical JSON, byte for byte what the checksum is taken over, so a
    laptop can check the bytes it received without encoding the page again.
    """
    with _PAGE_BUILDERS:
        return _pull(session=session, device=device, after=after, max_bytes=max_bytes, mine=mine)


# Pages are built by at most two threads at once. Building one is processor work in
# Python, and the server's threads share one interpreter lock: forty pulls building at
# once made the push holding the sequence lock wait for its turn after every statement,
# and every other push waited for it (a second waits here, off the interpreter lock).
_PAGE_BUILDERS = threading.BoundedSemaphore(2)


def _pull(*, session: Session, device: Device, after: int, max_bytes: int, mine: int) -> bytes:
    meta = crud.get_meta(session=session)
    head = crud.centre_head_read_with_device(session=session, centre_id=device.centre_id)
    page: list[str] = []
    size = 2  # the brackets of the list
    cursor = after
    full = False
    # Rows per query: about a page's worth at a few hundred bytes a change.
    chunk = max(50, min(5000, max_bytes // 250))
    while not full and cursor < head:
        rows = session.execute(
            _PULL_ROWS,
            {
                "centre_id": device.centre_id,
                "after": cursor,
                "head": head,
                "rows": chunk,
                "device_id": device.id,
                "mine": mine,
            },
        ).all()
        for row in rows:
            # Centre isolation, and the laptop's own changes, checked for every row sent,
            # not only by the query.
            if row[4] != device.centre_id:
                raise RuntimeError(f"change {row[0]} of another centre reached a pull")
            if row[2] <= mine and row[1] == device.id:
                raise RuntimeError(f"change {row[0]}, the laptop's own, reached its pull")
            item = wire_change(*row)
            item_size = len(item.encode("utf-8")) + 1
            if page and size + item_size > max_bytes:
                full = True
                break
            page.append(item)
            size += item_size
            cursor = row[0]
        if not full and len(rows) < chunk:
            # Every change up to the head is in the page or one the laptop has: the
            # page covers them all (the next pull starts after the head).
            cursor = head
    next_seq = cursor
    changes = "[" + ",".join(page) + "]"
    conflicts = page_conflicts(
        session=session, centre_id=device.centre_id, after=after, upto=next_seq
    )
    body = "".join(
        (
            '{"changes":',
            changes,
            ',"checksum":"',
            hashlib.sha256(changes.encode("utf-8")).hexdigest(),
            '","conflicts":',
            json.dumps(conflicts, ensure_ascii=False, separators=(",", ":")),
            ',"epoch":"',
            str(meta.epoch),
            '","head":',
            str(head),
            ',"more":',
            "true" if next_seq < head else "false",
            ',"next":',
            str(next_seq),
            "}",
        )
    )
    return body.encode("utf-8")
