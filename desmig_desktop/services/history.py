"""Riwayat: the history of records, read from the change log (Qt-free, for the GUI and reports).

Each change entry becomes one line per field: who, when, which record, which field, from
what to what. Secret fields (``SECRET_FIELDS``) and bookkeeping columns never appear.

The readers open their own short read session (``store.read()``), so the GUI can call
them from a worker thread.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from .. import i18n
from ..domain import SECRET_FIELDS, Person
from ..store import changes
from ..store.db import Store
from ..store.local import ChangeEntry, from_centre

# Columns every record has; they say nothing an officer needs to read.
HIDDEN_FIELDS = frozenset({"id", "centre_id", "created_at", "updated_at"})
# Where the core keeps the field labels of each table (``<prefix>.label.<field>``).
LABEL_PREFIX = {
    "migration_episode": "migration",
    "document_item": "migration",
    "info_session": "migration",
    "info_session_participant": "migration",
    "consultation": "migration",
    "protection_case": "protection",
    "case_referral": "protection",
    "case_follow_up": "protection",
    "enterprise": "enterprise",
    "enterprise_report": "enterprise",
    "enterprise_training": "enterprise",
    "enterprise_training_participant": "enterprise",
    "parenting_child": "parenting",
    "parenting_session": "parenting",
    "parenting_attendance": "parenting",
    "cooperative": "coop",
    "coop_member": "coop",
    "savings_entry": "coop",
    "coop_loan": "coop",
    "loan_repayment": "coop",
    "vocational_training": "vocational",
    "vocational_participant": "vocational",
    "competency_certificate": "vocational",
    "consent": "consent",
}
RECENT_LIMIT = 500


@dataclass(frozen=True)
class HistoryLine:
    """One field of one change."""

    at: datetime
    user: str
    op: str  # insert | update | delete
    table: str
    row_id: uuid.UUID
    field: str
    field_label: str
    old: str
    new: str
    record: str  # a short name of the record (a person's name, a document type...)


def field_label(table: str, field: str, labels: dict[str, str] | None = None) -> str:
    """The field's name as the forms call it, or the column name when none is known.

    ``labels`` (field -> text, from the interface) is asked first, then the core's
    catalogue of the table's pillar."""
    if labels and field in labels:
        return labels[field]
    prefix = LABEL_PREFIX.get(table)
    keys = ([f"{prefix}.label.{field}"] if prefix else []) + [f"label.{field}"]
    for key in keys:
        text = i18n.t(key)
        if text != key:
            return text
    return field.replace("_", " ")


def show_value(value: Any, yes_no: tuple[str, str] = ("ya", "tidak")) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return yes_no[0] if value else yes_no[1]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        # An ISO date as stored: shown day first, as on the KTP.
        return f"{value[8:10]}-{value[5:7]}-{value[0:4]}"
    return str(value)


def _record_name(table: str, values: dict[str, Any]) -> str:
    for key in ("name", "topic", "member_no", "action", "doc_type", "partner", "case_type"):
        value = values.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def lines_of(
    entry: ChangeEntry,
    record: str = "",
    yes_no: tuple[str, str] = ("ya", "tidak"),
    labels: dict[str, str] | None = None,
) -> list[HistoryLine]:
    """The lines of one change entry, secrets and bookkeeping left out."""
    new = changes.full_values(entry)
    old = json.loads(entry.previous) if entry.previous else {}
    hidden = HIDDEN_FIELDS | SECRET_FIELDS.get(entry.table_name, frozenset())
    record = record or _record_name(entry.table_name, new)
    lines = []
    for name in new:
        if name in hidden or (entry.op == "insert" and new[name] in (None, "", False)):
            continue
        # A new record's links to other records are keys, which say nothing to a person.
        if entry.op == "insert" and (name == "deleted" or name.endswith("_id")):
            continue
        lines.append(
            HistoryLine(
                at=entry.at,
                user=entry.user,
                op=entry.op,
                table=entry.table_name,
                row_id=entry.row_id,
                field=name,
                field_label=field_label(entry.table_name, name, labels),
                old=show_value(old.get(name), yes_no) if entry.op != "insert" else "",
                new=show_value(new[name], yes_no),
                record=record,
            )
        )
    return lines


def record_history(
    store: Store,
    table: str,
    row_id: uuid.UUID,
    yes_no: tuple[str, str] = ("ya", "tidak"),
    labels: dict[str, str] | None = None,
) -> list[HistoryLine]:
    """Every change of one record, newest first.

    A person's history also shows merges: on the merged record, whom it was merged into
    (by name); on the kept record, which records were merged into it, and why.
    """
    with store.read() as session:
        entries = changes.history(session, table, row_id)
        record = ""
        for entry in entries:
            record = _record_name(table, changes.full_values(entry)) or record
        lines: list[HistoryLine] = []
        for entry in reversed(entries):
            lines.extend(lines_of(entry, record, yes_no, labels))
        if table == "person":
            lines = _person_names_shown(session, lines)
            lines += _merged_into(session, row_id, record, labels)
            lines.sort(key=lambda line: line.at, reverse=True)
    return lines


def _person_name(session: Any, value: str) -> str:
    try:
        person = session.get(Person, uuid.UUID(value))
    except ValueError:
        return value
    return person.name if person is not None else value


def _person_names_shown(session: Any, lines: list[HistoryLine]) -> list[HistoryLine]:
    """``merged_into_id`` lines with the kept person's name instead of a key."""
    return [
        replace(
            line,
            old=_person_name(session, line.old) if line.old not in ("", "-") else line.old,
            new=_person_name(session, line.new) if line.new not in ("", "-") else line.new,
        )
        if line.field == "merged_into_id"
        else line
        for line in lines
    ]


def _merged_into(
    session: Any, row_id: uuid.UUID, record: str, labels: dict[str, str] | None
) -> list[HistoryLine]:
    """One line per record merged into person ``row_id``: when, by whom, which, why."""
    merged = session.exec(select(Person).where(Person.merged_into_id == row_id)).all()
    lines = []
    for person in merged:
        for entry in changes.history(session, "person", person.id):
            values = json.loads(entry.changes) if entry.op != "insert" else {}
            if values.get("merged_into_id") != str(row_id):
                continue
            reason = values.get("merge_reason") or person.merge_reason or ""
            lines.append(
                HistoryLine(
                    at=entry.at,
                    user=entry.user,
                    op="update",
                    table="person",
                    row_id=row_id,
                    field="merged_from",
                    field_label=field_label("person", "merged_from", labels),
                    old="",
                    new=f"{person.name} ({reason})" if reason else person.name,
                    record=record,
                )
            )
    return lines


def recent_changes(
    store: Store,
    centre_id: uuid.UUID,
    limit: int = RECENT_LIMIT,
    yes_no: tuple[str, str] = ("ya", "tidak"),
    labels: dict[str, str] | None = None,
) -> list[HistoryLine]:
    """The last ``limit`` changes of the centre (newest first), as lines."""
    with store.read() as session:
        statement = (
            select(ChangeEntry)
            .where(from_centre(centre_id))
            .order_by(col(ChangeEntry.hlc).desc(), col(ChangeEntry.id).desc())
            .limit(limit)
        )
        entries = list(session.exec(statement))
    lines: list[HistoryLine] = []
    for entry in entries:
        lines.extend(lines_of(entry, "", yes_no, labels))
    return lines
