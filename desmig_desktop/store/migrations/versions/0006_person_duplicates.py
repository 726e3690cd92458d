"""People by birth date, households by dusun, journeys by stage and person, and why a
record was merged.

Registering a person looks for likely duplicates: the same NIK, or a similar name with the
same birth date (services/duplicates.py). Over 100,000 people the birth date must come
from an index, or every registration scans the registry. A merged record keeps the
officer's reason next to ``merged_into_id``, so it syncs and shows in its history. The
people list's filters (status, dusun, age) start from the other two indexes and the birth
date's, reading them alone, when few people pass.

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
    op.create_index("ix_household_dusun", "household", ["dusun", "id"])
    op.create_index(
        "ix_migration_episode_stage_person", "migration_episode", ["stage", "person_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_migration_episode_stage_person", table_name="migration_episode")
    op.drop_index("ix_household_dusun", table_name="household")
    op.drop_index("ix_person_birth_date", table_name="person")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("merge_reason")
