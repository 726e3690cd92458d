from __future__ import annotations

from fastapi import APIRouter

from ... import __version__, crud
from ...models import HealthResponse
from ..deps import SessionDep

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=HealthResponse)
def healthz(session: SessionDep) -> HealthResponse:
    """Whether the server and its database answer; the epoch tells a restore apart."""
    meta = crud.get_meta(session=session)
    return HealthResponse(status="ok", server_version=__version__, epoch=meta.epoch)
