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
