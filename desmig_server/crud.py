"""Centres, enrolment codes, devices and the server's identity.

Keyword-only functions over a session the caller owns (and commits), as in the FastAPI
full-stack template. The sync operations themselves are in :mod:`desmig_server.sync`.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, update
from sqlmodel import Session, col, select

from desmig_desktop import regions

from .core import security
from .models import CentreRow, Device, EnrolmentCode, ServerMeta, SyncChange, utcnow

ENROLMENT_CODE_DAYS = 7
MAX_DEVICE_NAME = 120
MAX_CENTRE_NAME = 200


class CrudError(ValueError):
    """A request that cannot be carried out; the message says why, for the operator."""


class EnrolmentRefused(CrudError):
    """A wrong, used or expired enrolment code."""


# ------------------------------------------------------------------------ server meta


def get_meta(*, session: Session) -> ServerMeta:
    """The server's epoch and id (made by the first migration)."""
    meta = session.get(ServerMeta, 1)
    if meta is None:
        raise CrudError("the database has no server identity; run `desmig-server migrate`")
    return meta


def renew_epoch(*, session: Session) -> uuid.UUID:
    """A new epoch, after the database was restored from a backup (rule 9).

    Every laptop that sees it re-sends what this database no longer has and pulls again.
    """
    meta = get_meta(session=session)
    meta.epoch = uuid.uuid4()
    # A new identity for the server's own changes too: the restored database numbers
    # them from an older point, and laptops know changes by (device_id, seq).
    meta.server_id = uuid.uuid4()
    meta.epoch_renewed_at = utcnow()
    session.add(meta)
    return meta.epoch


# --------------------------------------------------------------------------- centres


def village_code_of(code: str) -> str:
    """The dotted code of an existing village (``3301022003`` or ``33.01.02.2003``)."""
    village = regions.village(code)
    if village is None:
        raise CrudError(
            f"{code!r} is not the code of a village (desa/kelurahan) in the region data"
        )
    return village.code


def get_centre_by_village(*, session: Session, village_code: str) -> CentreRow | None:
    code = village_code_of(village_code)
    return session.exec(select(CentreRow).where(CentreRow.village_code == code)).first()


def create_centre(*, session: Session, village_code: str, name: str) -> CentreRow:
    """A new centre for a village that has none yet."""
    code = village_code_of(village_code)
    name = name.strip()
    if not name:
        raise CrudError("the centre needs a name")
    if len(name) > MAX_CENTRE_NAME:
        raise CrudError(f"the centre name is longer than {MAX_CENTRE_NAME} characters")
    if session.exec(select(CentreRow).where(CentreRow.village_code == code)).first() is not None:
        raise CrudError(
            f"village {code} already has a centre; use `desmig-server new-enrolment-code` "
            "to enrol another laptop"
        )
    centre = CentreRow(village_code=code, name=name)
    session.add(centre)
    session.flush()
    return centre


# ------------------------------------------------------------------- enrolment codes


def create_enrolment_code(
    *,
    session: Session,
    centre: CentreRow,
    days: int = ENROLMENT_CODE_DAYS,
    now: datetime | None = None,
) -> str:
    """A new single-use code for one laptop of ``centre``; only its hash is stored."""
    now = now or utcnow()
    code = security.new_enrolment_code()
    session.add(
        EnrolmentCode(
            code_hash=security.hash_enrolment_code(code),
            centre_id=centre.id,
            created_at=now,
            expires_at=now + timedelta(days=days),
        )
    )
    session.flush()
    return code


def enrol_device(
    *,
    session: Session,
    enrolment_code: str,
    device_name: str,
    client_version: str | None,
    now: datetime | None = None,
) -> tuple[Device, str, CentreRow]:
    """Use ``enrolment_code`` to enrol a laptop: ``(device, token, centre)``.

    The token is returned once and never stored; the code cannot be used again.
    """
    now = now or utcnow()
    device_id = uuid.uuid4()
    # An unnamed laptop still needs a name the operator can tell apart in list-devices.
    name = " ".join(device_name.split()) or f"laptop-{device_id.hex[:8]}"
    if len(name) > MAX_DEVICE_NAME:
        raise CrudError(f"the laptop name is longer than {MAX_DEVICE_NAME} characters")
    code_hash = security.hash_enrolment_code(enrolment_code)
    code = session.get(EnrolmentCode, code_hash)
    if code is None:
        raise EnrolmentRefused("unknown enrolment code; check it and type it again")
    if code.used_at is not None:
        raise EnrolmentRefused("this enrolment code was already used; ask for a new one")
    if code.expires_at <= now:
        raise EnrolmentRefused("this enrolment code has expired; ask for a new one")
    centre = session.get(CentreRow, code.centre_id)
    assert centre is not None
    token = security.new_device_token()
    device = Device(
        id=device_id,
        centre_id=centre.id,
        name=name,
        token_hash=security.hash_token(token),
        created_at=now,
        last_seen_at=now,
        client_version=(client_version or None) and client_version[:40],
    )
    session.add(device)
    session.flush()
    # Conditional, so two laptops racing with the same code cannot both win.
    taken = session.execute(
        update(EnrolmentCode)
        .where(col(EnrolmentCode.code_hash) == code_hash, col(EnrolmentCode.used_at).is_(None))
        .values(used_at=now, used_by_device=device.id)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        raise EnrolmentRefused("this enrolment code was already used; ask for a new one")
    return device, token, centre


# --------------------------------------------------------------------------- devices


# Built once: a statement made anew for each request is compiled-cache-keyed anew too.
_DEVICE_BY_TOKEN = (
    select(
        Device,
        CentreRow,
        ServerMeta,
        select(func.max(SyncChange.server_seq))
        .where(col(SyncChange.centre_id) == col(Device.centre_id))
        .scalar_subquery(),
    )
    .join(CentreRow, col(CentreRow.id) == col(Device.centre_id))
    .join(ServerMeta, col(ServerMeta.id) == 1, isouter=True)
    .where(col(Device.token_hash) == bindparam("token_hash"))
)


def get_device_by_token(*, session: Session, token: str) -> Device | None:
    """The device of ``token``. Its centre, the server's identity and the centre's head
    come with it, in the same query: every push and pull needs them next, and
    ``session.get`` then finds the rows in the session instead of asking the database
    again (:func:`centre_head_read_with_device` gives the head)."""
    found = session.exec(
        _DEVICE_BY_TOKEN, params={"token_hash": security.hash_token(token)}
    ).first()
    if found is None:
        return None
    # The session keeps only weak references to what it loaded: held here for its life.
    session.info["loaded_with_device"] = found
    session.info["head_read_with_device"] = (found[0].centre_id, int(found[3] or 0))
    return found[0]


def centre_head_read_with_device(*, session: Session, centre_id: uuid.UUID) -> int:
    """The centre's head as read with the request's device (:func:`get_device_by_token`),
    or now. For a reader that needs a head no older than its request (a pull's last
    page, a push's merge before the lock), not one under the lock."""
    read = session.info.get("head_read_with_device")
    if read is not None and read[0] == centre_id:
        return int(read[1])
    return centre_head(session=session, centre_id=centre_id)


def list_devices(*, session: Session) -> list[tuple[Device, CentreRow]]:
    statement = (
        select(Device, CentreRow)
        .where(Device.centre_id == CentreRow.id)
        .order_by(col(CentreRow.village_code), col(Device.created_at))
    )
    return [(device, centre) for device, centre in session.exec(statement)]


def revoke_device(*, session: Session, device_id: uuid.UUID, now: datetime | None = None) -> Device:
    """Revoke a device's token: its next request is refused (401)."""
    device = session.get(Device, device_id)
    if device is None:
        raise CrudError(f"no device {device_id}")
    if device.revoked_at is None:
        device.revoked_at = now or utcnow()
        session.add(device)
    return device


def centre_head(*, session: Session, centre_id: uuid.UUID) -> int:
    """The highest server sequence of the centre's changes (0 when it has none)."""
    statement = select(func.max(SyncChange.server_seq)).where(SyncChange.centre_id == centre_id)
    return int(session.exec(statement).one() or 0)
