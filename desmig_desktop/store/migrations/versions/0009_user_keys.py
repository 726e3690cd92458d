"""Officers' key pairs for the encrypted store (public key, password-sealed private key).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty until the officer's next login (or password change) makes the pair.
    op.add_column(
        "user_account",
        sa.Column("public_key", sa.String(length=64), nullable=False, server_default=""),
    )
    op.add_column(
        "user_account",
        sa.Column("sealed_private_key", sa.String(length=400), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("sealed_private_key")
        batch.drop_column("public_key")
