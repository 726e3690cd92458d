"""Consent to the processing of personal data (UU 27/2022): a synced record per consent,
and the people who have none in force, for the people list's "tanpa persetujuan" filter.

That filter asks for what a table lacks, which no index can list: tested person by person
it costs a probe each, and over 100,000 people that is too slow once the filter is
combined with others. ``person_search_no_consent`` is derived data kept by triggers (as
the name search, 0002), so no write path (service, import, sync, merge) can forget it:
every live person without a consent in force has a row. The filter starts from it when
few people are in it and walks people in name order when many are.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


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
            "ix_consent_person_withdrawn",
            ["person_id", "withdrawn_on", "deleted"],
            unique=False,
        )
    op.execute(
        "CREATE TABLE person_search_no_consent ("
        " person_id BLOB NOT NULL PRIMARY KEY REFERENCES person(id)) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TRIGGER person_no_consent_ai AFTER INSERT ON person BEGIN"
        f" INSERT OR IGNORE INTO person_search_no_consent(person_id)"
        f" SELECT new.id WHERE NOT {_in_force('new.id')}; END"
    )
    op.execute(
        "CREATE TRIGGER consent_no_consent_ai AFTER INSERT ON consent"
        " WHEN new.withdrawn_on IS NULL AND new.deleted = 0 BEGIN"
        " DELETE FROM person_search_no_consent WHERE person_id = new.person_id; END"
    )
    # A withdrawal, a tombstone, or a merge moving the consent to another person: both
    # people are worked out again.
    op.execute(
        "CREATE TRIGGER consent_no_consent_au"
        " AFTER UPDATE OF person_id, withdrawn_on, deleted ON consent BEGIN"
        f" {_recompute('old.person_id')} {_recompute('new.person_id')} END"
    )
    op.execute(
        "INSERT INTO person_search_no_consent(person_id)"
        f" SELECT p.id FROM person p WHERE NOT {_in_force('p.id')}"
    )


def downgrade() -> None:
    for trigger in ("consent_no_consent_au", "consent_no_consent_ai", "person_no_consent_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_search_no_consent")
    with op.batch_alter_table("consent") as batch:
        batch.drop_index("ix_consent_person_withdrawn")
    op.drop_table("consent")
