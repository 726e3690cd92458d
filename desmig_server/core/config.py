"""Server settings, from ``DESMIG_*`` environment variables (pydantic-settings).

``DESMIG_DATABASE_URL`` picks the database: an SQLite file by default (one small centre
or a test), PostgreSQL (``postgresql+psycopg://user:password@host/db``) for a regency.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_NAME = "desmig-server"
MIB = 1024 * 1024


def default_database_path() -> Path:
    """The SQLite file used when no database URL is given."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "desmig-server.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


class Settings(BaseSettings):
    """Everything an operator may tune; the defaults suit a regency server."""

    model_config = SettingsConfigDict(env_prefix="DESMIG_", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    # Request bodies are limited after decompression, so a small gzip cannot expand
    # into a huge document (rule 11: the client halves its batch on 413).
    max_body_bytes: int = 2 * MIB
    min_client_version: str = "0.1.0"
    # The newest Desmigratif Desktop the operators distribute (empty: the server's own
    # version); laptops that reach the server say when they are older.
    latest_client_version: str = ""
    enrolment_attempts_per_minute: int = 10
    enrolment_code_days: int = 7
    default_pull_bytes: int = 512 * 1024
    max_pull_bytes: int = 4 * MIB
    # Responses at least this large are gzip-compressed when the client accepts it.
    gzip_min_bytes: int = 1024
    # zlib's default level: pull pages are the server's largest answers, and level 9 took
    # three times the processor for 5 % fewer bytes (the server's busiest work under load).
    gzip_level: int = 6
    # Sync processes (`serve`): with more than one, pushes and pulls are done by that many
    # processes, taking them from one queue behind the process that speaks HTTP (see
    # api/exchange.py); with one, on that process's worker threads. On PostgreSQL, one per
    # processor and one more: with 2 processors, 300 laptops saw p99 0.43 s with 3 or 4,
    # 0.53 s with 2 (medians of six runs). SQLite stays at one writer whatever this says.
    workers: int = Field(default=1, ge=1, le=64)
    # Worker threads of the process that speaks HTTP (anyio's default is 40): the routes
    # other than push and pull, and push and pull too when there are no sync processes.
    # They share one interpreter lock: a push holding its centre's lock waits for its
    # turn after every round trip to the database, longer the more threads run. With
    # uvicorn's processes sharing the load, 3 gave p99 0.53 s and 2 0.52 s against
    # 0.61 s for 4 (and 8 1.3 s against 40's 1.4-1.9 s, when requests cost three times
    # as much). Request bodies and answers travel on the event loop, so a laptop on a
    # slow link does not hold a thread.
    threads: int = Field(default=3, ge=1, le=200)
    # PostgreSQL connections kept and opened beyond those under load (see core/db.py).
    db_pool_size: int = 40
    db_max_overflow: int = 20
