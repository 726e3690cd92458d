"""Persetujuan: a person's consent to the processing of their personal data (UU 27/2022)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Index
from sqlmodel import Field

from .base import SyncedRecord, UUIDBytes


class Consent(SyncedRecord, table=True):
    """Persetujuan pemrosesan data pribadi: when, by whom, for which purposes.

    Never deleted: a withdrawal (``withdrawn_on`` and its reason) is a later state of the
    same record, so the history shows what was agreed while it held. A person is flagged
    "tanpa persetujuan" while none of their consents is given and not withdrawn.
    """

    __tablename__ = "consent"
    # "Does this person have a consent in force?" answered from this index alone (the
    # store's triggers keeping person_search_no_consent ask it, migration 0009).
    __table_args__ = (Index("ix_consent_person_withdrawn", "person_id", "withdrawn_on", "deleted"),)

    person_id: uuid.UUID = Field(foreign_key="person.id", sa_type=UUIDBytes)
    given_on: date  # tanggal persetujuan
    recorded_by: str = Field(max_length=60)  # the officer's user name
    given_by: str = Field(max_length=20)  # enums.ConsentGiver
    # Who signed when it was not the person themself (a parent, guardian, spouse...).
    giver_name: str | None = Field(default=None, max_length=120)
    scope: str = Field(max_length=200)  # enums.ConsentPurpose codes, comma-separated
    # The signed form, scanned: a file name inside the data folder's attachments/, as for
    # documents (DocumentItem.attachment).
    attachment: str | None = Field(default=None, max_length=200)
    withdrawn_on: date | None = Field(default=None)  # tanggal pencabutan
    withdrawn_reason: str | None = Field(default=None, max_length=300)
