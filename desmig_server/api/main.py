from __future__ import annotations

from fastapi import APIRouter

from .routes import enrol, health, sync

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
api_router.include_router(enrol.router)
api_router.include_router(sync.router)

root_router = APIRouter()
root_router.include_router(health.router)
