"""Alembic environment: runs on the connection the store hands over (see migrate.py).

For maintainers writing a new revision with autogenerate, ``-x url=sqlite:///path``
points it at a store file instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import desmig_desktop.domain  # noqa: F401  (registers every table)
import desmig_desktop.store.local  # noqa: F401
from desmig_desktop.domain import SQLModel

target_metadata = SQLModel.metadata
config = context.config


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The person search index (FTS5 and its shadow tables) is made by hand in 0002.
    return not (type_ == "table" and name is not None and name.startswith("person_search"))


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = context.get_x_argument(as_dictionary=True).get("url")
        if not url:
            raise SystemExit("give -x url=sqlite:///path/to/store")
        with create_engine(url).begin() as conn:
            context.configure(
                connection=conn,
                target_metadata=target_metadata,
                render_as_batch=True,
                include_object=include_object,
            )
            with context.begin_transaction():
                context.run_migrations()
        return
    # render_as_batch: SQLite cannot ALTER most things; batch mode rebuilds the table.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
