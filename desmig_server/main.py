"""The FastAPI application."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.middleware.gzip import GZipMiddleware

from . import __version__
from .api.errors import validation_detail
from .api.exchange import Exchange, SyncProcesses
from .api.main import api_router, root_router
from .api.middleware import RequestBodyMiddleware, VersionMiddleware
from .central.routes import central_router
from .core.config import Settings
from .core.db import make_engine
from .core.ratelimit import RateLimiter


def _validation_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    return JSONResponse({"detail": validation_detail(error.errors())}, status_code=422)


def create_app(settings: Settings | None = None) -> FastAPI:
    """The server on ``settings.database_url`` (already migrated)."""
    settings = settings or Settings()
    engine = make_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Endpoints that are plain functions run on anyio's worker threads.
        to_thread.current_default_thread_limiter().total_tokens = settings.threads
        if settings.workers > 1:
            app.state.sync_processes = SyncProcesses(settings, settings.workers)
            await app.state.sync_processes.start()
        try:
            yield
        finally:
            if app.state.sync_processes is not None:
                app.state.sync_processes.close()
                app.state.sync_processes = None
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
    app.state.exchange = Exchange(engine, settings)
    app.state.sync_processes = None
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
