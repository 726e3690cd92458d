"""Consent to the processing of personal data (UU 27/2022): a synced record per consent.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
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
    )
    with op.batch_alter_table("consent") as batch:
        batch.create_index(
            "ix_consent_person_withdrawn", ["person_id", "withdrawn_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.drop_index("ix_consent_person_withdrawn")
    op.drop_table("consent")
