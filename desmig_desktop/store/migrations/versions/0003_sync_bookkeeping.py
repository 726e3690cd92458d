"""Sync bookkeeping: the pull cursor and server binding of the laptop, the base of each
change, the answer the server gave it (quarantine), and conflicts to review.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("kept_value", sa.String(), nullable=True),
        sa.Column("lost_value", sa.String(), nullable=True),
        sa.Column("kept_user", sa.String(length=60), nullable=True),
        sa.Column("lost_user", sa.String(length=60), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_conflict") as batch_op:
        batch_op.create_index("ix_sync_conflict_row_id", ["row_id"], unique=False)

    # Changes made before this version were based on nothing pulled: base 0.
    with op.batch_alter_table("change_log") as batch_op:
        batch_op.add_column(sa.Column("base_seq", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("sync_status", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("sync_reason", sa.String(), nullable=True))

    with op.batch_alter_table("device_state") as batch_op:
        batch_op.add_column(sa.Column("server_url", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("device_token", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("server_epoch", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("pull_cursor", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("last_sync_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_sync_error", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device_state") as batch_op:
        for column in ("last_sync_error", "last_sync_at", "pull_cursor", "server_epoch", "device_token", "server_url"):
            batch_op.drop_column(column)
    with op.batch_alter_table("change_log") as batch_op:
        for column in ("sync_reason", "sync_status", "base_seq"):
            batch_op.drop_column(column)
    op.drop_table("sync_conflict")
