"""Staff sign-in for the central page: argon2 passwords, a random session token in an
HttpOnly cookie whose hash alone is stored, sessions that expire."""

from __future__ import annotations

import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, delete, select

from ..core.db import begin_write
from ..core.security import hash_token
from ..models import utcnow
from .models import StaffAccount, StaffSession

COOKIE = "desmig_staff"
SESSION_HOURS = 8
_hasher = PasswordHasher()
# Verifying against this keeps a wrong user name as slow as a wrong password.
_DUMMY_HASH = _hasher.hash("no such user")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def add_staff(
    session: Session, *, username: str, password: str, region: str = "", full_name: str = ""
) -> StaffAccount:
    if len(password) < 10:
        raise ValueError("the password must have at least 10 characters")
    if session.exec(select(StaffAccount).where(StaffAccount.username == username)).first():
        raise ValueError(f"staff user {username!r} already exists")
    staff = StaffAccount(
        username=username,
        password_hash=hash_password(password),
        region=region,
        full_name=full_name,
    )
    session.add(staff)
    return staff


def check_password(session: Session, username: str, password: str) -> StaffAccount | None:
    staff = session.exec(
        select(StaffAccount).where(StaffAccount.username == username.strip())
    ).first()
    try:
        _hasher.verify(staff.password_hash if staff else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if staff is None or not staff.active:
        return None
    return staff


def open_session(session: Session, staff: StaffAccount) -> str:
    """A new sign-in; returns the token for the cookie (never stored in clear)."""
    token = secrets.token_urlsafe(32)
    begin_write(session)
    now = utcnow()
    session.exec(delete(StaffSession).where(col(StaffSession.expires_at) < now))  # type: ignore[call-overload]
    session.add(
        StaffSession(
            token_hash=hash_token(token),
            staff_id=staff.id,
            expires_at=now + timedelta(hours=SESSION_HOURS),
        )
    )
    session.commit()
    return token


def staff_for_token(session: Session, token: str | None) -> StaffAccount | None:
    if not token:
        return None
    row = session.get(StaffSession, hash_token(token))
    if row is None or row.expires_at < utcnow():
        return None
    staff = session.get(StaffAccount, row.staff_id)
    return staff if staff is not None and staff.active else None


def close_session(session: Session, token: str | None) -> None:
    if not token:
        return
    begin_write(session)
    row = session.get(StaffSession, hash_token(token))
    if row is not None:
        session.delete(row)
    session.commit()
