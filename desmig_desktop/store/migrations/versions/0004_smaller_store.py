"""A smaller, faster store: no index on ``centre_id`` (a laptop holds one centre, and
SQLite took that index for a selective one, making every search visit every person),
none on the change log's clock stamp (history is read per record, through
ix_change_log_row), and people indexed by name for the list's order.

Insert entries written from this version on leave out what the entry's own columns say
(store/changes.py, ``compact_insert``); older entries stay as they are and read the same.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SYNCED_TABLES = (
    "centre", "user_account", "household", "person", "migration_episode", "document_item",
    "info_session", "info_session_participant", "consultation", "protection_case",
    "case_referral", "case_follow_up", "enterprise", "enterprise_report",
    "enterprise_training", "enterprise_training_participant", "parenting_child",
    "parenting_session", "parenting_attendance", "cooperative", "coop_member",
    "savings_entry", "coop_loan", "loan_repayment", "vocational_training",
    "vocational_participant", "competency_certificate",
)  # fmt: skip


def upgrade() -> None:
    for table in SYNCED_TABLES:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_centre_id")
    op.execute("DROP INDEX IF EXISTS ix_change_log_hlc")
    op.create_index("ix_person_name", "person", ["name", "id"])


def downgrade() -> None:
    op.drop_index("ix_person_name", table_name="person")
    op.execute("CREATE INDEX IF NOT EXISTS ix_change_log_hlc ON change_log (hlc)")
    for table in SYNCED_TABLES:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_centre_id ON {table} (centre_id)")
