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
    # Server processes (`serve`): on PostgreSQL, one per processor of a regency server;
    # each keeps its own connections and worker threads. The enrolment rate limit is
    # counted in each process. SQLite stays at one writer whatever this says.
    workers: int = Field(default=1, ge=1, le=64)
    # Requests of a process handled at once (the threads that run them; anyio's default
    # is 40). They share one interpreter lock: a push holding its centre's lock waits for
    # its turn after every round trip to the database, longer the more threads run. With
    # 8 instead of 40, 300 laptops on two processes saw p99 1.3 s instead of 1.4-1.9 s;
    # once requests cost a third as much, 4 instead of 8 gave p99 0.61 s instead of 0.71 s
    # (medians of nine runs each); once the processes stopped for the collector and Nagle,
    # 3 gave 0.53 s and 2 0.52 s against 0.61 s for 4 (medians of 11 and 6 runs). Three
    # leave room for a slow report of the central pages next to the laptops. Request
    # bodies and answers travel on the event loop, so a laptop on a slow link does not
    # hold a thread.
    threads: int = Field(default=3, ge=1, le=200)
    # PostgreSQL connections kept and opened beyond those under load (see core/db.py).
    db_pool_size: int = 40
    db_max_overflow: int = 20
