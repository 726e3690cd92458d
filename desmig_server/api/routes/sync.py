from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials
from starlette.concurrency import run_in_threadpool

from ... import crud
from ...models import PullResponse, PushRequest, PushResponse, StatusResponse
from ..deps import BearerCredentials, CurrentDevice, SessionDep
from ..exchange import Exchange, SyncProcesses, Work

router = APIRouter(tags=["sync"])


# The body as PushRequest documents it. FastAPI would parse and validate it on the event
# loop, which every request of the process waits for (about 1.5 ms a push): the route
# reads the bytes there, and a worker thread or a sync process does the rest.
_PUSH_BODY = {
    "required": True,
    "content": {"application/json": {"schema": PushRequest.model_json_schema()}},
}


@router.post(
    "/push",
    response_model=PushResponse,
    response_model_exclude_none=True,
    openapi_extra={"requestBody": _PUSH_BODY},
    responses={
        400: {"description": "Checksum mismatch or a change without a valid seq; nothing applied"},
        409: {"description": "A gap in the device's numbering; the body has last_seq"},
        413: {"description": "Body over the size limit; send a smaller batch"},
        422: {"description": "The body is not a PushRequest; nothing applied"},
    },
)
async def push(
    request: Request,
    credentials: BearerCredentials,
    client_version: Annotated[str | None, Header(alias="X-Desmig-Client-Version")] = None,
) -> Response:
    """Apply this device's changes, each exactly once, in one transaction."""
    body = await request.body()
    return await _exchange(request, Exchange.push, _token(credentials), body, client_version)


@router.get("/pull", response_model=PullResponse)
async def pull(
    request: Request,
    credentials: BearerCredentials,
    after: Annotated[int, Query(ge=0, description="The last server_seq the laptop stored")] = 0,
    max_bytes: Annotated[
        int | None, Query(ge=1, description="About how many bytes of changes")
    ] = None,
    mine: Annotated[
        int,
        Query(
            ge=0,
            description="This device's changes numbered up to this are on the laptop "
            "already: not sent back",
        ),
    ] = 0,
) -> Response:
    """The centre's changes after ``after``, in server order, one page of about ``max_bytes``."""
    gzip_ok = "gzip" in request.headers.get("accept-encoding", "")
    return await _exchange(
        request, Exchange.pull, _token(credentials), after, max_bytes, mine, gzip_ok
    )


def _token(credentials: HTTPAuthorizationCredentials | None) -> str | None:
    return credentials.credentials if credentials else None


async def _exchange(request: Request, work: Work, *args: Any) -> Response:
    """The request done by the server's sync processes if it has them, else on a worker
    thread (api/exchange.py); the event loop only reads and writes the bytes."""
    processes: SyncProcesses | None = request.app.state.sync_processes
    if processes is not None:
        reply = await processes.run(work, *args)
    else:
        exchange: Exchange = request.app.state.exchange
        reply = await run_in_threadpool(work, exchange, *args)
    return Response(
        reply.body, status_code=reply.status, headers=reply.headers, media_type="application/json"
    )


@router.get("/status", response_model=StatusResponse)
def status(device: CurrentDevice, session: SessionDep) -> StatusResponse:
    """What the server has of this device."""
    meta = crud.get_meta(session=session)
    return StatusResponse(
        device_id=device.id,
        centre_id=device.centre_id,
        last_seq=device.last_seq,
        head=crud.centre_head(session=session, centre_id=device.centre_id),
        epoch=meta.epoch,
    )
