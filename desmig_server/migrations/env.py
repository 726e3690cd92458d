"""Alembic environment of the server: only the server's own metadata.

Runs on the connection :mod:`desmig_server.migrate` hands over. For maintainers writing
a revision with autogenerate: ``-x url=sqlite:///path`` points it at a database.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desmig_server.models import ServerModel

# Not SQLModel.metadata: that one holds the laptop's tables once the domain is imported.
target_metadata = ServerModel.metadata
config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = context.get_x_argument(as_dictionary=True).get("url")
        if not url:
            raise SystemExit("give -x url=sqlite:///path/to/server.sqlite3")
        with create_engine(url).begin() as conn:
            context.configure(
                connection=conn, target_metadata=target_metadata, render_as_batch=True
            )
            with context.begin_transaction():
                context.run_migrations()
        return
    # render_as_batch: SQLite cannot ALTER most things; batch mode rebuilds the table.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
