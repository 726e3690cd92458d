"""People by birth date, and why a record was merged.

Registering a person looks for likely duplicates: the same NIK, or a similar name with the
same birth date (services/duplicates.py). Over 100,000 people the birth date must come
from an index, or every registration scans the registry. A merged record keeps the
officer's reason next to ``merged_into_id``, so it syncs and shows in its history.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.add_column(sa.Column("merge_reason", sa.String(length=300), nullable=True))
    op.create_index("ix_person_birth_date", "person", ["birth_date"])


def downgrade() -> None:
    op.drop_index("ix_person_birth_date", table_name="person")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("merge_reason")
