"""An erasure of a person's data reaches the server's history too (UU 27/2022).

A laptop erases a person by ordinary changes that empty the records, then a
``person_erasure`` record listing them. When the server applies that record it empties
the same fields in the stored changes of those records, so a laptop pulling from the
start never receives the old values (laptops that already have them empty their own
history when they pull the record, desmig_desktop/sync/apply.py).
"""

from __future__ import annotations

import json
import uuid

from sqlmodel import Session, col, select

from desmig_desktop.store.erasure import PERSONAL_FIELDS, decode_targets, dumps, scrub_value

from .models import Record, RejectedChange, SyncChange


def scrub(session: Session, centre_id: uuid.UUID, records_json: str | None) -> int:
    """Empty the personal fields of the listed records in the server's stored changes;
    returns how many were rewritten."""
    rewritten = 0
    for table, row_id in decode_targets(records_json):
        fields = PERSONAL_FIELDS[table]
        record = session.exec(
            select(Record).where(
                Record.centre_id == centre_id, Record.table_name == table, Record.row_id == row_id
            )
        ).first()
        now = json.loads(record.data) if record is not None and record.data else {}
        for change in session.exec(
            select(SyncChange).where(
                SyncChange.centre_id == centre_id,
                SyncChange.table_name == table,
                SyncChange.row_id == row_id,
            )
        ):
            data = json.loads(change.changes)
            if scrub_value(data, fields, now):
                change.changes = dumps(data)
                session.add(change)
                rewritten += 1
        # Changes the server refused keep the record's values too.
        for refused in session.exec(
            select(RejectedChange).where(
                RejectedChange.centre_id == centre_id,
                col(RejectedChange.change).contains(str(row_id)),
            )
        ):
            body = json.loads(refused.change)
            values = body.get("changes")
            if isinstance(values, dict) and scrub_value(values, fields, now):
                refused.change = dumps(body)
                session.add(refused)
                rewritten += 1
    return rewritten
