"""Alembic migrations of the local store, run in-process (no alembic.ini needed)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


class MigrationError(RuntimeError):
    """A migration would leave the store inconsistent; nothing of it was committed."""


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the store on ``engine`` up to ``revision``, all steps in one transaction.

    Foreign keys are off while the steps run, as SQLite's procedure for rebuilding a
    table requires (dropping a referenced table would otherwise fail or cascade), and
    every reference is checked before the transaction commits.
    """
    cfg = config()
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        # Outside any transaction: inside one SQLite ignores this pragma.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(f"broken references after migrating: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


@cache
def known_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def head() -> str:
    head = ScriptDirectory.from_config(config()).get_current_head()
    assert head is not None
    return head
