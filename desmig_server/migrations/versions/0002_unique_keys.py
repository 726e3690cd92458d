"""Unique keys: the username, NIK or member number each live record holds, to find
duplicates made offline on two laptops (filled from the records already stored).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 06:20:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unique_key",
        sa.Column("centre_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("value", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"]),
        sa.PrimaryKeyConstraint("centre_id", "table_name", "row_id"),
    )
    with op.batch_alter_table("unique_key", schema=None) as batch_op:
        batch_op.create_index(
            "ix_unique_key_value", ["centre_id", "table_name", "value"], unique=False
        )

    from desmig_server.sync import unique_value

    connection = op.get_bind()
    record = sa.table(
        "record",
        sa.column("centre_id", sa.Uuid()),
        sa.column("table_name", sa.String()),
        sa.column("row_id", sa.Uuid()),
        sa.column("data", sa.Text()),
    )
    unique_key = sa.table(
        "unique_key",
        sa.column("centre_id", sa.Uuid()),
        sa.column("table_name", sa.String()),
        sa.column("row_id", sa.Uuid()),
        sa.column("value", sa.String()),
    )
    rows = connection.execute(
        sa.select(record.c.centre_id, record.c.table_name, record.c.row_id, record.c.data).where(
            record.c.table_name.in_(["user_account", "person", "coop_member"])
        )
    )
    keys = []
    for centre_id, table_name, row_id, data in rows:
        value = unique_value(table_name, json.loads(data))
        if value is not None:
            keys.append(
                {"centre_id": centre_id, "table_name": table_name, "row_id": row_id, "value": value}
            )
    if keys:
        op.bulk_insert(unique_key, keys)


def downgrade() -> None:
    with op.batch_alter_table("unique_key", schema=None) as batch_op:
        batch_op.drop_index("ix_unique_key_value")
    op.drop_table("unique_key")
