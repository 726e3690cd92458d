from __future__ import annotations

import gzip
from typing import Annotated

import orjson
from fastapi import APIRouter, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from ... import crud, sync
from ...models import PullResponse, PushRequest, PushResponse, StatusResponse
from ..deps import BearerCredentials, CurrentDevice, SessionDep, device_session, get_settings

router = APIRouter(tags=["sync"])


# The body as PushRequest documents it. FastAPI would parse and validate it on the event
# loop, which every request of the process waits for (about 1.5 ms a push): the route
# reads the bytes there and its worker thread does the rest.
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
    return await run_in_threadpool(_push, request, credentials, body, client_version)


def _push(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None,
    body: bytes,
    client_version: str | None,
) -> Response:
    try:
        document = PushRequest.model_validate_json(body)
    except ValidationError as error:
        # Answered as FastAPI answers a body it validated (main._validation_error).
        raise RequestValidationError(error.errors(include_url=False)) from None
    try:
        # The push writes the device's last contact in its own transaction: noting it
        # first cost a commit of its own (a wait for the disk) on nearly every push.
        with device_session(request, credentials, note_contact=False) as (session, device):
            outcome = sync.push(
                session=session,
                device_id=device.id,
                epoch=document.epoch,
                changes=document.changes,
                sent_checksum=document.checksum,
                client_version=client_version,
            )
    except sync.PushRefused as refusal:
        headers = {"WWW-Authenticate": "Bearer"} if refusal.status_code == 401 else None
        return JSONResponse(
            {"detail": refusal.detail, **refusal.extra},
            status_code=refusal.status_code,
            headers=headers,
        )
    # Written as it is, in the shape of PushResponse (which documents it): FastAPI would
    # validate and serialise the answer of every change once more.
    answer = {
        "last_seq": outcome.last_seq,
        "head": outcome.head,
        "epoch": outcome.epoch,
        "results": outcome.results,
    }
    return Response(orjson.dumps(answer), media_type="application/json")


@router.get("/pull", response_model=PullResponse)
def pull(
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
    settings = get_settings(request)
    limit = min(max_bytes or settings.default_pull_bytes, settings.max_pull_bytes)
    with device_session(request, credentials) as (session, device):
        body = sync.pull(session=session, device=device, after=after, max_bytes=limit, mine=mine)
    if len(body) >= settings.gzip_min_bytes and "gzip" in request.headers.get(
        "accept-encoding", ""
    ):
        # Compressed here, on the request's worker thread: the middleware would do it on
        # the event loop, which every other request of the process waits for meanwhile
        # (a page takes about a millisecond). The middleware passes it on as it is.
        return Response(
            gzip.compress(body, compresslevel=settings.gzip_level, mtime=0),
            media_type="application/json",
            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
        )
    # Sent as built: the checksum is over exactly these bytes.
    return Response(body, media_type="application/json")


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
