"""Tables of the central page: staff accounts and their sessions, and the monthly figures
each centre's laptops send after a sync."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Text
from sqlmodel import Field

from ..models import ServerModel, UTCDateTime, utcnow


class StaffAccount(ServerModel, table=True):
    """A regency or ministry officer who reads the central page (not a laptop's user).

    ``region`` limits what they see: a province code ("33"), a regency code ("33.01"), or
    empty for the whole country (the ministry).
    """

    __tablename__ = "staff_account"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    username: str = Field(max_length=60, unique=True)
    full_name: str = Field(default="", max_length=120)
    password_hash: str = Field(max_length=200)
    region: str = Field(default="", max_length=13)
    active: bool = Field(default=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class StaffSession(ServerModel, table=True):
    """A signed-in browser: only the hash of its cookie's token is kept."""

    __tablename__ = "staff_session"

    token_hash: str = Field(primary_key=True, max_length=64)
    staff_id: uuid.UUID = Field(foreign_key="staff_account.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)


class CentreSummary(ServerModel, table=True):
    """The key figures of one centre's monthly report, as its laptop counted them (the
    same code as the laptop's own report), sent after each sync round."""

    __tablename__ = "centre_summary"

    centre_id: uuid.UUID = Field(foreign_key="centre.id", primary_key=True)
    month: str = Field(primary_key=True, max_length=7)  # YYYY-MM
    figures: str = Field(sa_type=Text)  # JSON object: key -> number
    device_id: uuid.UUID
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
