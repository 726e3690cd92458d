from __future__ import annotations

from fastapi import APIRouter

from ..central.routes import summary_router
from .routes import enrol, health, sync

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
api_router.include_router(enrol.router)
api_router.include_router(sync.router)
api_router.include_router(summary_router)

root_router = APIRouter()
root_router.include_router(health.router)
