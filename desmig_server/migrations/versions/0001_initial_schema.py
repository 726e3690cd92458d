"""Initial schema: centres, enrolment codes, devices, the change stream, records,
conflicts, rejected changes and the server's identity (its epoch is made here).

Revision ID: 0001
Revises:
Create Date: 2026-11-28 03:30:25.689924
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "centre",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("village_code", sa.String(length=13), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("village_code"),
    )
    op.create_table(
        "server_meta",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.Uuid(), nullable=False),
        sa.Column("server_id", sa.Uuid(), nullable=False),
        sa.Column("last_server_change_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("epoch_renewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=False),
        sa.Column("kept_server_seq", sa.BigInteger(), nullable=False),
        sa.Column("lost_server_seq", sa.BigInteger(), nullable=False),
        sa.Column("kept_device", sa.Uuid(), nullable=False),
        sa.Column("lost_device", sa.Uuid(), nullable=False),
        sa.Column("kept_user", sa.String(length=60), nullable=False),
        sa.Column("lost_user", sa.String(length=60), nullable=False),
        sa.Column("seen_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_server_seq", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["centre.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.create_index(
            "ix_conflict_row", ["centre_id", "table_name", "row_id"], unique=False
        )
        batch_op.create_index("ix_conflict_centre_seen", ["centre_id", "seen_seq"], unique=False)
        batch_op.create_index(
            "ix_conflict_centre_resolved", ["centre_id", "resolved_by_server_seq"], unique=False
        )

    op.create_table(
        "device",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("centre_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("client_version", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["centre.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_centre_id"), ["centre_id"], unique=False)

    op.create_table(
        "record",
        sa.Column("centre_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("field_versions", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("last_server_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["centre.id"],
        ),
        sa.PrimaryKeyConstraint("centre_id", "table_name", "row_id"),
    )
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.create_index("ix_record_table_row", ["table_name", "row_id"], unique=False)

    op.create_table(
        "sync_change",
        sa.Column(
            "server_seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("centre_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=6), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("base_seq", sa.BigInteger(), nullable=True),
        sa.Column("user", sa.String(length=60), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["centre.id"],
        ),
        sa.PrimaryKeyConstraint("server_seq"),
        sa.UniqueConstraint("device_id", "seq", name="uq_sync_change_device_seq"),
    )
    with op.batch_alter_table("sync_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sync_change_centre_seq", ["centre_id", "server_seq"], unique=False
        )

    op.create_table(
        "enrolment_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("centre_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("used_by_device", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["centre.id"],
        ),
        sa.ForeignKeyConstraint(
            ["used_by_device"],
            ["device.id"],
        ),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    with op.batch_alter_table("enrolment_code", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrolment_code_centre_id"), ["centre_id"], unique=False
        )

    op.create_table(
        "rejected_change",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("centre_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["centre.id"],
        ),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["device.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("device_id", "seq", name="uq_rejected_change_device_seq"),
    )
    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rejected_change_centre_id"), ["centre_id"], unique=False
        )

    # The epoch of this database (renewed by `desmig-server renew-epoch` after a
    # restore) and the id under which the server's own changes travel.
    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    meta = sa.table(
        "server_meta",
        sa.column("id", sa.Integer()),
        sa.column("epoch", sa.Uuid()),
        sa.column("server_id", sa.Uuid()),
        sa.column("last_server_change_seq", sa.BigInteger()),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(
        meta,
        [
            {
                "id": 1,
                "epoch": uuid.uuid4(),
                "server_id": uuid.uuid4(),
                "last_server_change_seq": 0,
                "created_at": now,
            }
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("rejected_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rejected_change_centre_id"))

    op.drop_table("rejected_change")
    with op.batch_alter_table("enrolment_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_code_centre_id"))

    op.drop_table("enrolment_code")
    with op.batch_alter_table("sync_change", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_change_centre_seq")

    op.drop_table("sync_change")
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.drop_index("ix_record_table_row")

    op.drop_table("record")
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_centre_id"))

    op.drop_table("device")
    with op.batch_alter_table("conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_conflict_centre_resolved")
        batch_op.drop_index("ix_conflict_centre_seen")
        batch_op.drop_index("ix_conflict_row")

    op.drop_table("conflict")
    op.drop_table("server_meta")
    op.drop_table("centre")
