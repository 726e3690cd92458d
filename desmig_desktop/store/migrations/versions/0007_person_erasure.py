"""Erasures of personal data on request (UU 27/2022): a synced record of each.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_erasure",
        sa.Column("id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("centre_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("person_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("erased_by", sa.String(length=60), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("records", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"]),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person_erasure") as batch:
        batch.create_index("ix_person_erasure_person_id", ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person_erasure") as batch:
        batch.drop_index("ix_person_erasure_person_id")
    op.drop_table("person_erasure")
