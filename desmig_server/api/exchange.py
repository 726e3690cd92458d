"""Push and pull, the two requests every laptop makes, done apart from the web framework.

Each request is a plain function of a few values (the token, the body, the query) to a
:class:`Reply`, so it can run anywhere: on a worker thread of the serving process, or in
one of its sync processes (``DESMIG_WORKERS`` > 1, :class:`SyncProcesses`).

Why sync processes: with several uvicorn processes sharing one socket, each took every
connection waiting when it woke up, so a burst of laptops split 40/10 as often as 25/25,
and the laptops of the busier process waited twice as long. One process now speaks HTTP
and hands each push and pull to the first free sync process, in the order they came: one
queue, so no laptop waits behind a longer line than another's. Each sync process runs
one request at a time, so its interpreter lock is never fought over.
"""

from __future__ import annotations

import asyncio
import gzip
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

import orjson
from fastapi import HTTPException
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import ValidationError
from sqlalchemy.engine import Engine

from .. import sync
from ..core.config import Settings
from ..core.db import make_engine, new_session
from ..core.serving import settle_serving_process, speak_english
from ..models import PushRequest
from .deps import authenticate
from .errors import validation_detail


@dataclass(frozen=True)
class Reply:
    """An HTTP answer as plain values (it crosses between processes)."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, value: Any, headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(status, orjson.dumps(value), dict(headers or {}))


def _credentials(token: str | None) -> HTTPAuthorizationCredentials | None:
    return HTTPAuthorizationCredentials(scheme="Bearer", credentials=token) if token else None


class Exchange:
    """Push and pull on one engine."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings

    def push(self, token: str | None, body: bytes, client_version: str | None) -> Reply:
        """Apply a device's changes, each exactly once, in one transaction."""
        try:
            document = PushRequest.model_validate_json(body)
        except ValidationError as error:
            return _json(422, {"detail": validation_detail(error.errors(include_url=False))})
        try:
            with new_session(self.engine) as session:
                # The push writes the device's last contact in its own transaction:
                # noting it first cost a commit of its own (a wait for the disk) on
                # nearly every push.
                device = authenticate(session, _credentials(token), note_contact=False)
                outcome = sync.push(
                    session=session,
                    device_id=device.id,
                    epoch=document.epoch,
                    changes=document.changes,
                    sent_checksum=document.checksum,
                    client_version=client_version,
                )
        except HTTPException as refusal:
            return _json(refusal.status_code, {"detail": refusal.detail}, refusal.headers)
        except sync.PushRefused as refusal:
            headers = {"WWW-Authenticate": "Bearer"} if refusal.status_code == 401 else None
            return _json(refusal.status_code, {"detail": refusal.detail, **refusal.extra}, headers)
        # Written as it is, in the shape of PushResponse (which documents it): validating
        # and serialising the answer of every change once more cost as much as parsing.
        return _json(
            200,
            {
                "last_seq": outcome.last_seq,
                "head": outcome.head,
                "epoch": outcome.epoch,
                "results": outcome.results,
            },
        )

    def pull(
        self, token: str | None, after: int, max_bytes: int | None, mine: int, gzip_ok: bool
    ) -> Reply:
        """The centre's changes after ``after``, in server order, one page of about
        ``max_bytes``."""
        settings = self.settings
        limit = min(max_bytes or settings.default_pull_bytes, settings.max_pull_bytes)
        try:
            with new_session(self.engine) as session:
                device = authenticate(session, _credentials(token))
                body = sync.pull(
                    session=session, device=device, after=after, max_bytes=limit, mine=mine
                )
        except HTTPException as refusal:
            return _json(refusal.status_code, {"detail": refusal.detail}, refusal.headers)
        if gzip_ok and len(body) >= settings.gzip_min_bytes:
            # Compressed here, not by the middleware on the event loop, which every other
            # request waits for meanwhile (a page takes about a millisecond). The
            # middleware passes it on as it is.
            return Reply(
                200,
                gzip.compress(body, compresslevel=settings.gzip_level, mtime=0),
                {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
            )
        # Sent as built: the checksum is over exactly these bytes.
        return Reply(200, body)


# ------------------------------------------------------------------- sync processes

# The exchange of this sync process (made by _start, in the process).
_process_exchange: Exchange | None = None


def _start(settings: Settings) -> None:
    """Make this sync process's exchange, once, when the process starts."""
    global _process_exchange
    threading.Thread(target=_exit_with_parent, name="exit-with-parent", daemon=True).start()
    # Ctrl+C reaches the whole process group: the serving process stops these itself,
    # after the requests they are working on.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    speak_english()
    # One request at a time: one connection, and one spare for a reconnect.
    engine = make_engine(settings.database_url, pool_size=1, max_overflow=1)
    _process_exchange = Exchange(engine, settings)
    settle_serving_process()


def _exit_with_parent() -> None:
    """End this process when the serving process ends, however it ended: killed, it
    cannot tell its sync processes, and they would wait for work for ever, holding
    their database connections."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)


def _ready() -> None:
    """Nothing: done once the process has started (its initializer ran)."""


# What a route asks of an exchange: Exchange.push or Exchange.pull, given the exchange
# that does it (pickled by name to reach a sync process).
Work = Callable[..., Reply]


def _in_process(work: Work, *args: Any) -> Reply:
    assert _process_exchange is not None
    return work(_process_exchange, *args)


class SyncProcesses:
    """``count`` processes that take pushes and pulls from one queue, first come first
    served; a process that dies (killed, out of memory) is replaced, and the requests
    that were in the queue are answered 503 so their laptops send them again."""

    def __init__(self, settings: Settings, count: int) -> None:
        self.settings = settings
        self.count = count
        self._pool = self._new_pool()

    async def start(self) -> None:
        """Start every process now, so that the first laptops do not wait for them; an
        error if they cannot start (the server does not serve without them)."""
        try:
            await asyncio.gather(*(asyncio.wrap_future(future) for future in self._start_all()))
        except BrokenProcessPool as error:
            raise RuntimeError(
                "the sync processes did not start (their error is in the log above)"
            ) from error

    def _start_all(self) -> list[Future[None]]:
        # The pool starts a process for each task given while none is idle.
        return [self._pool.submit(_ready) for _ in range(self.count)]

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn: the serving process runs threads; a forked child could inherit a held lock.
        return ProcessPoolExecutor(
            self.count,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(self.settings,),
        )

    async def run(self, work: Work, *args: Any) -> Reply:
        """``work(exchange, *args)`` done by the first free process."""
        pool = self._pool
        try:
            future = pool.submit(_in_process, work, *args)
        except BrokenProcessPool:
            # A process died while the pool was idle: nothing of this request was sent.
            pool = self._replace(pool)
            future = pool.submit(_in_process, work, *args)
        try:
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            self._replace(pool)
            # The laptop sends the request again: a push that died before its commit was
            # rolled back by the database, one that died after it is recognised by the
            # device's numbering and skipped (each change is applied exactly once).
            return _json(
                503,
                {"detail": "a sync process of the server stopped; send the request again"},
                {"Retry-After": "1"},
            )

    def _replace(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor:
        if self._pool is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new_pool()
            self._start_all()  # now, as at start-up, not when the next laptops come
        return self._pool

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
