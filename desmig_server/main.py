"""The FastAPI application."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.middleware.gzip import GZipMiddleware

from . import __version__
from .api.main import api_router, root_router
from .api.middleware import RequestBodyMiddleware, VersionMiddleware
from .central.routes import central_router
from .core.config import Settings
from .core.db import make_engine
from .core.ratelimit import RateLimiter


def _validation_error(_request: Request, error: Exception) -> JSONResponse:
    # One readable sentence, like every other error of this API.
    assert isinstance(error, RequestValidationError)
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item.get("loc", ()) if part != "body")
        parts.append(
            f"{where}: {item.get('msg', 'invalid')}" if where else str(item.get("msg", "invalid"))
        )
    return JSONResponse({"detail": "invalid request: " + "; ".join(parts)}, status_code=422)


def speak_english() -> None:
    """The API answers in English; the laptop translates the messages it knows."""
    from desmig_desktop import i18n

    i18n.set_language("en")


def settle_serving_process() -> None:
    """Ready a process that serves laptops for a long time, once its app is made.

    - The region table is read now, not by the first push that checks a NIK (tens of
      milliseconds while that process's other requests wait).
    - What exists now (modules, the app, the regions: some 125,000 objects) lives as
      long as the process, so it is kept out of the collector's full passes. Each pass
      walked all of it, holding the interpreter for 80-200 ms every few seconds under
      load: every request of the process stood still meanwhile.
    """
    from desmig_desktop import regions

    regions.count()
    gc.collect()
    gc.freeze()


def app_from_environment() -> FastAPI:
    """The app of one of several server processes (``DESMIG_WORKERS``), made in the
    process from the ``DESMIG_*`` environment."""
    speak_english()
    app = create_app(Settings())
    settle_serving_process()
    return app


def create_app(settings: Settings | None = None) -> FastAPI:
    """The server on ``settings.database_url`` (already migrated)."""
    settings = settings or Settings()
    engine = make_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Endpoints that are plain functions run on anyio's worker threads.
        to_thread.current_default_thread_limiter().total_tokens = settings.threads
        yield
        engine.dispose()

    app = FastAPI(
        title="Desmigratif central server",
        version=__version__,
        summary="Sync hub of Desmigratif Desktop laptops (protocol version 1)",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.enrol_limiter = RateLimiter(settings.enrolment_attempts_per_minute, 60.0)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.include_router(root_router)
    app.include_router(api_router)
    app.include_router(central_router)
    # The last added runs first: versions (426 before reading anything), then response
    # compression, then request bodies.
    app.add_middleware(RequestBodyMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(
        GZipMiddleware, minimum_size=settings.gzip_min_bytes, compresslevel=settings.gzip_level
    )
    app.add_middleware(
        VersionMiddleware,
        server_version=__version__,
        min_client_version=settings.min_client_version,
        latest_client_version=settings.latest_client_version or __version__,
    )
    return app
