"""Emptying a person's identifying fields from the history of the records about them.

Used where an erasure is made (services/privacy.py) and where it arrives from another
laptop by sync (sync/apply.py); the server does the same to its own history
(desmig_server/erasure.py). The records themselves are emptied by ordinary changes, which
sync like any other; this reaches what those changes cannot: the values the change log
still holds from before.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from ..domain import MODEL_BY_TABLE
from .changes import to_json_value
from .local import ChangeEntry

ERASED = "[dihapus]"
# The fields that say who someone is, or tell their story in their own words, per table.
# An erasure empties these and keeps what the law allows for statistics without identity:
# sex, birth year, education, stages, dates, destinations, case types, amounts.
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "person": (
        "name",
        "nik",
        "phone",
        "birth_place",
        "birth_date",
        "household_id",
        "merge_reason",
    ),
    "migration_episode": ("employer", "non_procedural_reason", "notes"),
    "document_item": ("number", "attachment", "notes"),
    "consultation": ("topic", "summary"),
    "protection_case": ("reported_by", "description"),
    "case_referral": ("partner_detail", "reference_no", "outcome"),
    "case_follow_up": ("action", "notes"),
    "enterprise": ("name", "products", "household_id"),
    "enterprise_report": ("notes",),
    "parenting_child": ("school",),
    "competency_certificate": ("number",),
    # Who signed for the person, the signed form and the reason in their words; the
    # dates and purposes stay, as the record that processing had (or lost) its basis.
    "consent": ("giver_name", "attachment", "withdrawn_reason"),
}


def scrub_value(data: dict[str, Any], fields: tuple[str, ...], kept: dict[str, Any]) -> bool:
    """Replace in ``data`` every value of ``fields`` by the one the record holds now
    (``kept``: the erased value, e.g. no NIK, the marker as the name, the birth year);
    whether anything changed.

    The value the record holds now, not a marker everywhere: history is replayed (a new
    laptop pulls it from the start, an entry not yet pushed is still to be sent and
    checked by the server), so every value must stay valid for its field.
    """
    changed = False
    for name in fields:
        if name in data and data[name] not in (None, ERASED, kept.get(name)):
            data[name] = kept.get(name)
            changed = True
    return changed


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def encode_targets(targets: list[tuple[str, uuid.UUID]]) -> str:
    return json.dumps([f"{table}:{row_id}" for table, row_id in targets])


def decode_targets(text: str | None) -> list[tuple[str, uuid.UUID]]:
    targets = []
    for item in json.loads(text or "[]"):
        table, _, row_id = str(item).partition(":")
        if table in PERSONAL_FIELDS:
            targets.append((table, uuid.UUID(row_id)))
    return targets


def scrub_history(session: Session, targets: list[tuple[str, uuid.UUID]]) -> int:
    """Empty the personal fields of ``targets`` in every change entry of theirs; returns
    how many entries were rewritten."""
    kept: dict[uuid.UUID, tuple[tuple[str, ...], dict[str, Any]]] = {}
    for table, row_id in targets:
        record = session.get(MODEL_BY_TABLE[table], row_id)
        fields = PERSONAL_FIELDS[table]
        now = {name: to_json_value(getattr(record, name)) for name in fields} if record else {}
        kept[row_id] = (fields, now)
    rewritten = 0
    ids = list(kept)
    for start in range(0, len(ids), 500):
        entries = session.execute(
            select(ChangeEntry).where(col(ChangeEntry.row_id).in_(ids[start : start + 500]))
        ).scalars()
        for entry in entries:
            fields, now = kept[entry.row_id]
            changed = False
            for attribute in ("changes", "previous"):
                raw = getattr(entry, attribute)
                if raw is None:
                    continue
                data = json.loads(raw)
                if scrub_value(data, fields, now):
                    setattr(entry, attribute, dumps(data))
                    changed = True
            rewritten += changed
    return rewritten
