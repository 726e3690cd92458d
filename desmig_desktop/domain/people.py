"""Households (keluarga, as on the KK) and the people of the village (penduduk)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Index
from sqlmodel import Field

from .base import SyncedRecord, UUIDBytes


class Household(SyncedRecord, table=True):
    """Keluarga: one family card (Kartu Keluarga) and its address."""

    __tablename__ = "household"
    # The people list's dusun filter reads the households of a dusun and their ids from
    # this index alone (services/people.py, _filter_sql).
    __table_args__ = (Index("ix_household_dusun", "dusun", "id"),)

    no_kk: str | None = Field(default=None, max_length=16, index=True)  # nomor KK
    address: str | None = Field(default=None, max_length=300)  # alamat
    dusun: str | None = Field(default=None, max_length=80)  # hamlet
    rt: str | None = Field(default=None, max_length=3)
    rw: str | None = Field(default=None, max_length=3)


class Person(SyncedRecord, table=True):
    """Penduduk: a villager the centre serves.

    ``nik`` is absent for people who have none yet (returnees, children): such a record is
    flagged, and a made-up NIK is never stored. ``flags`` holds the reasons a record needs
    verification (comma-separated codes such as ``nik.missing`` or ``nik.birth_date_mismatch``).
    """

    __tablename__ = "person"
    # The people list is shown in name order: with this index a page (and a search that
    # matches many people) stops after one page instead of sorting everyone.
    __table_args__ = (Index("ix_person_name", "name", "id"),)

    household_id: uuid.UUID | None = Field(
        default=None, foreign_key="household.id", index=True, sa_type=UUIDBytes
    )
    nik: str | None = Field(default=None, max_length=16, index=True)
    name: str = Field(max_length=120)  # nama
    sex: str = Field(max_length=1)  # jenis kelamin: L / P
    birth_place: str | None = Field(default=None, max_length=80)  # tempat lahir
    # Indexed: likely duplicates are looked up by birth date (services/duplicates.py).
    birth_date: date | None = Field(default=None, index=True)  # tanggal lahir
    phone: str | None = Field(default=None, max_length=20)  # telepon, +62...
    education: str | None = Field(default=None, max_length=20)  # enums.Education
    marital_status: str | None = Field(default=None, max_length=20)  # enums.MaritalStatus
    relationship: str | None = Field(default=None, max_length=20)  # hubungan dalam keluarga
    flags: str = Field(default="", max_length=200)
    # Set when this record was merged into another (a duplicate); the record stays, as
    # a tombstone pointing at the survivor, so history and sync can follow it.
    merged_into_id: uuid.UUID | None = Field(
        default=None, foreign_key="person.id", sa_type=UUIDBytes
    )
    merge_reason: str | None = Field(default=None, max_length=300)  # alasan penggabungan


class PersonErasure(SyncedRecord, table=True):
    """Penghapusan data pribadi: that a person's personal data was erased on request
    (UU 27/2022), by whom, when and why. It syncs, so the server and the centre's other
    laptops erase their copies too. It names no one: the person's record stays, emptied."""

    __tablename__ = "person_erasure"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True, sa_type=UUIDBytes)
    erased_by: str = Field(max_length=60)
    reason: str = Field(default="", max_length=300)
    # The records emptied, as JSON ["table:id", ...]: what the others empty in their history.
    records: str = Field(default="[]")
