"""Compact values: UUIDs as 16 bytes, times as integer microseconds, change entries packed.

A store of 100,000 people was about 310 MB, most of it the same few shapes repeated: 32
hex characters per key (three or four per row, again in each index), 26 characters per
time, and the change log's JSON field names. Bytes, integers and a preset dictionary
(store/packing.py) make it about 40% smaller. Values read back unchanged; the migration
test checks a store of every table, field by field.

SQLite cannot change a column's type in place: each table is rebuilt (batch mode) after
its values are converted. Foreign keys are off for the rebuild (store/migrate.py) and
checked before it commits.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import op

from desmig_desktop.store.packing import pack

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Table: (UUID columns, time columns), as they were at 0004.
COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "centre": (("id", "centre_id"), ("created_at", "updated_at")),
    "user_account": (("id", "centre_id"), ("created_at", "updated_at")),
    "household": (("id", "centre_id"), ("created_at", "updated_at")),
    "person": (("id", "centre_id", "household_id", "merged_into_id"), ("created_at", "updated_at")),
    "migration_episode": (("id", "centre_id", "person_id"), ("created_at", "updated_at")),
    "document_item": (("id", "centre_id", "episode_id"), ("created_at", "updated_at")),
    "info_session": (("id", "centre_id"), ("created_at", "updated_at")),
    "info_session_participant": (("id", "centre_id", "session_id", "person_id"), ("created_at", "updated_at")),
    "consultation": (("id", "centre_id", "person_id"), ("created_at", "updated_at")),
    "protection_case": (("id", "centre_id", "person_id", "episode_id"), ("created_at", "updated_at")),
    "case_referral": (("id", "centre_id", "case_id"), ("created_at", "updated_at")),
    "case_follow_up": (("id", "centre_id", "case_id"), ("created_at", "updated_at")),
    "enterprise": (("id", "centre_id", "owner_id", "household_id"), ("created_at", "updated_at")),
    "enterprise_report": (("id", "centre_id", "enterprise_id"), ("created_at", "updated_at")),
    "enterprise_training": (("id", "centre_id"), ("created_at", "updated_at")),
    "enterprise_training_participant": (("id", "centre_id", "training_id", "person_id"), ("created_at", "updated_at")),
    "parenting_child": (("id", "centre_id", "child_id", "guardian_id", "parent_id"), ("created_at", "updated_at")),
    "parenting_session": (("id", "centre_id"), ("created_at", "updated_at")),
    "parenting_attendance": (("id", "centre_id", "session_id", "child_id"), ("created_at", "updated_at")),
    "cooperative": (("id", "centre_id"), ("created_at", "updated_at")),
    "coop_member": (("id", "centre_id", "cooperative_id", "person_id"), ("created_at", "updated_at")),
    "savings_entry": (("id", "centre_id", "member_id", "reverses_id"), ("created_at", "updated_at")),
    "coop_loan": (("id", "centre_id", "member_id", "enterprise_id"), ("created_at", "updated_at")),
    "loan_repayment": (("id", "centre_id", "loan_id", "reverses_id"), ("created_at", "updated_at")),
    "vocational_training": (("id", "centre_id"), ("created_at", "updated_at")),
    "vocational_participant": (("id", "centre_id", "training_id", "person_id"), ("created_at", "updated_at")),
    "competency_certificate": (("id", "centre_id", "person_id", "training_id"), ("created_at", "updated_at")),
    "change_log": (("device_id", "centre_id", "row_id"), ("at",)),
    "device_state": (("device_id", "centre_id"), ("last_sync_at",)),
    "sync_conflict": (("id", "row_id"), ("created_at", "resolved_at")),
}  # fmt: skip

_EPOCH = datetime(1970, 1, 1)


def _uuid_bytes(value: Any) -> Any:
    if isinstance(value, bytes) and len(value) == 32:  # hex digits cast to a BLOB
        value = value.decode("ascii")
    if isinstance(value, str):
        return uuid.UUID(value).bytes
    return value


def _micros(value: Any) -> Any:
    # 0004 stored naive UTC text ("2026-11-28 05:26:08.055343").
    if isinstance(value, str):
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return (moment - _EPOCH) // timedelta(microseconds=1)
    return value


def _pack(value: Any) -> Any:
    return pack(value) if isinstance(value, str) else value


def _register_functions() -> None:
    raw = op.get_bind().connection.driver_connection
    assert raw is not None
    raw.create_function("desmig_0005_uuid", 1, _uuid_bytes, deterministic=True)
    raw.create_function("desmig_0005_micros", 1, _micros, deterministic=True)
    raw.create_function("desmig_0005_pack", 1, _pack, deterministic=True)


PERSON_TRIGGERS = (
    "CREATE TRIGGER person_search_ai AFTER INSERT ON person BEGIN"
    " INSERT INTO person_search_text(person_id, text) VALUES (new.id, desmig_fold(new.name)); END",
    "CREATE TRIGGER person_search_au AFTER UPDATE OF name ON person BEGIN"
    " UPDATE person_search_text SET text = desmig_fold(new.name) WHERE person_id = new.id; END",
)
SEARCH_TEXT_TRIGGERS = (
    "CREATE TRIGGER person_search_text_ai AFTER INSERT ON person_search_text BEGIN"
    " INSERT INTO person_search(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER person_search_text_ad AFTER DELETE ON person_search_text BEGIN"
    " INSERT INTO person_search(person_search, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER person_search_text_au AFTER UPDATE ON person_search_text BEGIN"
    " INSERT INTO person_search(person_search, rowid, text) VALUES ('delete', old.id, old.text);"
    " INSERT INTO person_search(rowid, text) VALUES (new.id, new.text); END",
)


def upgrade() -> None:
    _register_functions()
    for table, (uuids, times) in COLUMNS.items():
        sets = [f"{name} = desmig_0005_uuid({name})" for name in uuids]
        sets += [f"{name} = desmig_0005_micros({name})" for name in times]
        if table == "change_log":
            sets += ["changes = desmig_0005_pack(changes)", "previous = desmig_0005_pack(previous)"]
        op.execute(f"UPDATE {table} SET {', '.join(sets)}")
        with op.batch_alter_table(table, recreate="always") as batch:
            for name in uuids:
                batch.alter_column(name, type_=sa.LargeBinary(16))
            for name in times:
                batch.alter_column(name, type_=sa.BigInteger())
            if table == "change_log":
                batch.alter_column("changes", type_=sa.LargeBinary())
                batch.alter_column("previous", type_=sa.LargeBinary())
                batch.drop_index("ix_change_log_row")
                batch.create_index("ix_change_log_row", ["row_id"])
    # Rebuilding person dropped its triggers; the search text gets a BLOB key too. Its
    # rows keep their ids, so the FTS index over them stays valid as it is.
    op.execute(
        "CREATE TABLE person_search_text_0005 ("
        " id INTEGER PRIMARY KEY,"
        " person_id BLOB NOT NULL UNIQUE REFERENCES person(id),"
        " text TEXT NOT NULL)"
    )
    op.execute(
        "INSERT INTO person_search_text_0005 (id, person_id, text)"
        " SELECT id, desmig_0005_uuid(person_id), text FROM person_search_text"
    )
    op.execute("DROP TABLE person_search_text")
    op.execute("ALTER TABLE person_search_text_0005 RENAME TO person_search_text")
    for statement in PERSON_TRIGGERS + SEARCH_TEXT_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError(
        "0005 is one-way: restore the backup taken before the migration instead"
    )
