"""Person search index: names folded (case and accents) in an FTS5 trigram index.

Search by any fragment of any word must answer within a frame over 100,000 people; a
LIKE scan of the person table does not. The index is derived data kept by triggers, so
no write path (service, import, sync) can forget it. ``desmig_fold`` is registered on
every connection by the store (store/db.py).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The FTS table is keyed by an INTEGER PRIMARY KEY of its own: the person table's
    # implicit rowid may change on VACUUM, its UUID key cannot be an FTS rowid.
    op.execute(
        "CREATE TABLE person_search_text ("
        " id INTEGER PRIMARY KEY,"
        " person_id CHAR(32) NOT NULL UNIQUE REFERENCES person(id),"
        " text TEXT NOT NULL)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE person_search USING fts5("
        " text, content='person_search_text', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER person_search_text_ai AFTER INSERT ON person_search_text BEGIN"
        " INSERT INTO person_search(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER person_search_text_ad AFTER DELETE ON person_search_text BEGIN"
        " INSERT INTO person_search(person_search, rowid, text) VALUES ('delete', old.id, old.text); END"
    )
    op.execute(
        "CREATE TRIGGER person_search_text_au AFTER UPDATE ON person_search_text BEGIN"
        " INSERT INTO person_search(person_search, rowid, text) VALUES ('delete', old.id, old.text);"
        " INSERT INTO person_search(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER person_search_ai AFTER INSERT ON person BEGIN"
        " INSERT INTO person_search_text(person_id, text) VALUES (new.id, desmig_fold(new.name)); END"
    )
    op.execute(
        "CREATE TRIGGER person_search_au AFTER UPDATE OF name ON person BEGIN"
        " UPDATE person_search_text SET text = desmig_fold(new.name) WHERE person_id = new.id; END"
    )
    op.execute("INSERT INTO person_search_text(person_id, text) SELECT id, desmig_fold(name) FROM person")


def downgrade() -> None:
    for trigger in (
        "person_search_au",
        "person_search_ai",
        "person_search_text_au",
        "person_search_text_ad",
        "person_search_text_ai",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_search")
    op.execute("DROP TABLE IF EXISTS person_search_text")
