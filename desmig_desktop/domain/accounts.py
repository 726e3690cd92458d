"""The centre and the officers who work in it."""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from .base import SyncedRecord


class Centre(SyncedRecord, table=True):
    """Pusat layanan Desmigratif of one village (desa).

    ``centre_id`` of a centre is its own id, so every synced table, this one included,
    says which centre it belongs to the same way.
    """

    __tablename__ = "centre"

    village_code: str = Field(max_length=13, index=True)  # Kemendagri code, dotted
    name: str = Field(max_length=200)
    address: str | None = Field(default=None, max_length=300)
    head_of_village: str | None = Field(default=None, max_length=120)  # kepala desa


class UserAccount(SyncedRecord, table=True):
    """Akun petugas: an officer, supervisor or admin of the centre.

    Only an argon2 verifier of the password is stored, never the password. The key pair
    lets the officer unlock any laptop of the centre's encrypted store (see
    ``store.crypto``): its private half is sealed under the password, so it may sync.
    """

    __tablename__ = "user_account"
    __table_args__ = (UniqueConstraint("centre_id", "username"),)

    username: str = Field(max_length=60)
    full_name: str = Field(default="", max_length=120)
    role: str = Field(max_length=20)  # enums.Role
    password_hash: str = Field(max_length=200)
    active: bool = Field(default=True)
    public_key: str = Field(default="", max_length=64)
    sealed_private_key: str = Field(default="", max_length=400)
