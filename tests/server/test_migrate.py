"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import uuid

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine

from desmig_server import crud, migrate
from desmig_server.core.db import new_session
from desmig_server.models import ServerModel


def test_the_migrated_schema_matches_the_models(engine: Engine) -> None:
    assert migrate.is_current(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, ServerModel.metadata)
    assert differences == []


def test_only_the_servers_tables_are_created(engine: Engine) -> None:
    # Importing the desktop domain (validation does) must not bring its tables along.
    import desmig_desktop.domain  # noqa: F401

    with engine.connect() as connection:
        tables = set(engine.dialect.get_table_names(connection))
    assert tables == set(ServerModel.metadata.tables) | {"alembic_version"}
    assert "person" not in tables


def test_the_first_migration_makes_an_epoch_and_a_server_id(engine: Engine) -> None:
    with new_session(engine) as session:
        meta = crud.get_meta(session=session)
        assert isinstance(meta.epoch, uuid.UUID) and isinstance(meta.server_id, uuid.UUID)
        assert meta.epoch != meta.server_id and meta.created_at.tzinfo is not None


def test_migration_0002_indexes_the_unique_values_of_stored_records(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A server that already holds records when it is upgraded finds duplicates against
    them: the usernames, NIKs and member numbers of live records (accounts also deleted)."""
    import json

    from sqlalchemy import text

    from desmig_server.core.db import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        migrate.upgrade(engine, "0001")
        centre, coop = uuid.uuid4(), uuid.uuid4()
        rows = [
            ("user_account", {"username": "siti", "deleted": True}),
            ("person", {"nik": "3301024507950001", "deleted": False}),
            ("person", {"nik": "3301021708900001", "deleted": True}),
            ("person", {"nik": None}),
            ("coop_member", {"member_no": "001", "cooperative_id": str(coop)}),
            ("household", {"kk": "3301020101200001"}),
        ]
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO centre (id, village_code, name, created_at) "
                    "VALUES (:id, '3301022003', 'Uji', '2026-11-28 00:00:00')"
                ),
                {"id": centre.hex},
            )
            for number, (table, data) in enumerate(rows, 1):
                connection.execute(
                    text(
                        "INSERT INTO record (centre_id, table_name, row_id, data, field_versions,"
                        " deleted, last_server_seq) VALUES (:c, :t, :r, :d, '{}', :x, :n)"
                    ),
                    {
                        "c": centre.hex,
                        "t": table,
                        "r": uuid.uuid4().hex,
                        "d": json.dumps(data),
                        "x": bool(data.get("deleted")),
                        "n": number,
                    },
                )
        migrate.upgrade(engine)
        with engine.connect() as connection:
            keys = sorted(
                (table, value)
                for table, value in connection.execute(
                    text("SELECT table_name, value FROM unique_key")
                )
            )
        assert keys == [
            ("coop_member", f"{coop}:001"),
            ("person", "3301024507950001"),
            ("user_account", "siti"),
        ]
    finally:
        engine.dispose()
