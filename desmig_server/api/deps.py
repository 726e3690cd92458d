"""Dependencies of the routes: settings, a database session, the current device."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from .. import crud
from ..core.db import begin_write, new_session
from ..models import Device, utcnow

# last_seen_at is refreshed by pulls at most this often (a push always sets it), so
# reading does not cost a write each time.
LAST_SEEN_RESOLUTION = timedelta(minutes=5)

bearer = HTTPBearer(auto_error=False, description="The device token given at enrolment")


def get_session(request: Request) -> Iterator[Session]:
    with new_session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


BearerCredentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def authenticate(
    session: Session,
    credentials: HTTPAuthorizationCredentials | None,
    *,
    note_contact: bool = True,
) -> Device:
    """The device whose token authorises the request; looked up on every request, so a
    revocation takes effect at once. Its last contact is noted (``note_contact``) unless
    the request writes it itself."""
    if credentials is None or not credentials.credentials:
        raise _unauthorised("this request needs 'Authorization: Bearer <device token>'")
    device = crud.get_device_by_token(session=session, token=credentials.credentials)
    if device is None:
        raise _unauthorised("unknown device token; enrol the laptop again")
    if device.revoked_at is not None:
        raise _unauthorised("this device's token was revoked; enrol the laptop again")
    now = utcnow()
    if note_contact and (
        device.last_seen_at is None or now - device.last_seen_at > LAST_SEEN_RESOLUTION
    ):
        begin_write(session)
        device.last_seen_at = now
        session.add(device)
        session.commit()
    # Otherwise the request goes on in the transaction that read the device: one round
    # trip fewer for every request (a push that writes takes its lock in it, see
    # core.db.begin_sequenced_write).
    return device


def get_current_device(session: SessionDep, credentials: BearerCredentials) -> Device:
    return authenticate(session, credentials)


CurrentDevice = Annotated[Device, Depends(get_current_device)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
