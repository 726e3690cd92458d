from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from ... import crud
from ...core.db import begin_write
from ...models import EnrolRequest, EnrolResponse
from ..deps import SessionDep, client_address

router = APIRouter(tags=["enrolment"])


@router.post(
    "/enrol",
    response_model=EnrolResponse,
    responses={
        403: {"description": "Wrong, used or expired code"},
        429: {"description": "Too many attempts"},
    },
)
def enrol(body: EnrolRequest, request: Request, session: SessionDep) -> EnrolResponse:
    """Join a laptop to its centre with a single-use enrolment code.

    The device token in the answer is shown only once; the server keeps its hash.
    """
    wait = request.app.state.enrol_limiter.hit(client_address(request))
    if wait is not None:
        raise HTTPException(
            status_code=429,
            detail=f"too many enrolment attempts from this address; try again in {wait} s",
            headers={"Retry-After": str(wait)},
        )
    begin_write(session)
    try:
        device, token, centre = crud.enrol_device(
            session=session,
            enrolment_code=body.enrolment_code,
            device_name=body.device_name,
            client_version=body.client_version,
        )
    except crud.EnrolmentRefused as refusal:
        session.rollback()
        raise HTTPException(status_code=403, detail=str(refusal)) from None
    except crud.CrudError as error:
        session.rollback()
        raise HTTPException(status_code=400, detail=str(error)) from None
    epoch = crud.get_meta(session=session).epoch
    session.commit()
    return EnrolResponse(
        device_id=device.id,
        device_token=token,
        centre_id=centre.id,
        village_code=centre.village_code,
        centre_name=centre.name,
        epoch=epoch,
    )
