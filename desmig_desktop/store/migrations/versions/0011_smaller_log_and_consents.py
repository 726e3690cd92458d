"""A smaller change log and smaller consents (issue 2: a store of 100,000 people within
200 MB; consents, 0010, had taken it to 248).

The change log, about half of a store, is rebuilt:

- the device and centre of each entry (two UUIDs, 32 bytes, and 16 more in the (device,
  seq) index) become the number of their pair in ``change_origin``;
- clock stamps are stored as 15 bytes, not 34 characters; table names, operations and
  the server's answers as one-byte codes (store/local.py);
- packed values are packed again in format 2 (a dictionary that knows consents, UUIDs as
  bytes: store/packing.py);
- the index on ``server_seq`` goes: no query looks entries up by it.

Consents are kept in their key's b-tree (WITHOUT ROWID: no second index of 16-byte keys)
and their purposes as one byte (domain/consent.py). Every value reads back the same; the
migration test compares a whole store's export and log before and after.

SQLite cannot change a table's layout in place: both tables are copied into new ones.
Foreign keys are off meanwhile (store/migrate.py) and checked before the commit.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from desmig_desktop.domain.consent import PurposeSet
from desmig_desktop.store.local import Operation, Stamp, SyncAnswer, TableName
from desmig_desktop.store.packing import pack, unpack

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _bind(kind: Any) -> Any:
    return lambda value: kind.process_bind_param(value, None)


def _repack(value: Any) -> Any:
    return None if value is None else pack(unpack(value))


def _register_functions() -> None:
    raw = op.get_bind().connection.driver_connection
    assert raw is not None
    for name, function in (
        ("stamp", _bind(Stamp())),
        ("table", _bind(TableName())),
        ("op", _bind(Operation())),
        ("answer", _bind(SyncAnswer())),
        ("scope", _bind(PurposeSet())),
        ("repack", _repack),
    ):
        raw.create_function(f"desmig_0011_{name}", 1, function, deterministic=True)


def _in_force(person: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM consent c WHERE c.person_id = {person}"
        " AND c.withdrawn_on IS NULL AND c.deleted = 0)"
    )


def _recompute(person: str) -> str:
    return (
        f"DELETE FROM person_search_no_consent WHERE person_id = {person}"
        f" AND {_in_force(person)};"
        f" INSERT OR IGNORE INTO person_search_no_consent(person_id)"
        f" SELECT {person} WHERE NOT {_in_force(person)};"
    )


def _change_log() -> None:
    op.create_table(
        "change_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("centre_id", sa.LargeBinary(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("device_id", "centre_id"),
    )
    # Numbered in the order the log first meets them (this laptop first, as a rule).
    op.execute(
        "INSERT INTO change_origin (device_id, centre_id) SELECT device_id, centre_id"
        " FROM change_log GROUP BY device_id, centre_id ORDER BY min(id)"
    )
    op.execute("DROP INDEX IF EXISTS ix_change_log_row")
    op.execute("DROP INDEX IF EXISTS ix_change_log_server_seq")
    op.execute("ALTER TABLE change_log RENAME TO change_log_0010")
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("op", sa.String(length=6), nullable=False),
        sa.Column("changes", sa.LargeBinary(), nullable=False),
        sa.Column("previous", sa.LargeBinary(), nullable=True),
        sa.Column("user", sa.String(length=60), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("base_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("sync_status", sa.String(length=10), nullable=True),
        sa.Column("sync_reason", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["origin"], ["change_origin.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("origin", "seq"),
    )
    op.execute(
        "INSERT INTO change_log (id, origin, seq, hlc, table_name, row_id, op, changes,"
        " previous, user, at, base_seq, server_seq, sync_status, sync_reason)"
        " SELECT l.id, o.id, l.seq, desmig_0011_stamp(l.hlc), desmig_0011_table(l.table_name),"
        " l.row_id, desmig_0011_op(l.op), desmig_0011_repack(l.changes),"
        " desmig_0011_repack(l.previous), l.user, l.at, l.base_seq, l.server_seq,"
        " desmig_0011_answer(l.sync_status), l.sync_reason"
        " FROM change_log_0010 l JOIN change_origin o"
        " ON o.device_id = l.device_id AND o.centre_id = l.centre_id ORDER BY l.id"
    )
    op.execute("DROP TABLE change_log_0010")
    op.create_index("ix_change_log_row", "change_log", ["row_id"])


def _consent() -> None:
    # Copied aside, not renamed: renaming would rewrite the person trigger that reads it.
    op.execute("CREATE TABLE consent_0010 AS SELECT * FROM consent")
    op.execute("DROP TABLE consent")  # with its index and triggers
    op.create_table(
        "consent",
        sa.Column("id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("centre_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("person_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=60), nullable=False),
        sa.Column("given_by", sa.String(length=20), nullable=False),
        sa.Column("giver_name", sa.String(length=120), nullable=True),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("attachment", sa.String(length=200), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_reason", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"]),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
        sqlite_with_rowid=False,
    )
    columns = (
        "id, centre_id, created_at, updated_at, deleted, person_id, given_on, recorded_by,"
        " given_by, giver_name, {scope}, attachment, withdrawn_on, withdrawn_reason"
    )
    op.execute(
        f"INSERT INTO consent ({columns.format(scope='scope')})"
        f" SELECT {columns.format(scope='desmig_0011_scope(scope)')} FROM consent_0010"
    )
    op.execute("DROP TABLE consent_0010")
    op.create_index(
        "ix_consent_person_withdrawn", "consent", ["person_id", "withdrawn_on", "deleted"]
    )
    # The triggers of 0010 that keep person_search_no_consent, as they were.
    op.execute(
        "CREATE TRIGGER consent_no_consent_ai AFTER INSERT ON consent"
        " WHEN new.withdrawn_on IS NULL AND new.deleted = 0 BEGIN"
        " DELETE FROM person_search_no_consent WHERE person_id = new.person_id; END"
    )
    op.execute(
        "CREATE TRIGGER consent_no_consent_au"
        " AFTER UPDATE OF person_id, withdrawn_on, deleted ON consent BEGIN"
        f" {_recompute('old.person_id')} {_recompute('new.person_id')} END"
    )


def upgrade() -> None:
    _register_functions()
    _change_log()
    _consent()


def downgrade() -> None:
    raise NotImplementedError(
        "0011 is one-way: restore the backup taken before the migration instead"
    )
