"""Persetujuan: a person's consent to the processing of their personal data (UU 27/2022)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Index, String, TypeDecorator
from sqlmodel import Field

from .base import SyncedRecord, UUIDBytes
from .enums import ConsentPurpose

# Bit i of a stored set is the enum's i-th purpose: purposes are only ever added at the end.
_PURPOSES = tuple(purpose.value for purpose in ConsentPurpose)
_CANONICAL = {
    ",".join(p for i, p in enumerate(_PURPOSES) if mask >> i & 1): mask
    for mask in range(1 << len(_PURPOSES))
}
_SCOPE = {mask: text for text, mask in _CANONICAL.items()}


class PurposeSet(TypeDecorator[str]):
    """A consent's purposes: ``ConsentPurpose`` codes, comma-separated, in Python and on
    the wire; one byte in the store (a bit per purpose) when they are in the form the
    consent service writes (known codes in the enum's order, each once), which spelled
    out took up to 40. Any other text is stored as the text it is, so nothing is lost."""

    impl = String(200)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> bytes | str | None:
        if value is None:
            return None
        mask = _CANONICAL.get(value)
        return value if mask is None else bytes((mask,))

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None or isinstance(value, str):
            return value
        raw = bytes(value)
        if len(raw) != 1 or raw[0] not in _SCOPE:
            raise ValueError(f"unknown stored purposes {raw!r}")
        return _SCOPE[raw[0]]


class Consent(SyncedRecord, table=True):
    """Persetujuan pemrosesan data pribadi: when, by whom, for which purposes.

    Never deleted: a withdrawal (``withdrawn_on`` and its reason) is a later state of the
    same record, so the history shows what was agreed while it held. A person is flagged
    "tanpa persetujuan" while none of their consents is given and not withdrawn.
    """

    __tablename__ = "consent"
    # "Does this person have a consent in force?" answered from this index alone (the
    # store's triggers keeping person_search_no_consent ask it, migration 0010). The rows
    # are kept in the key's own b-tree (no rowid, so no second index of the keys: 0011).
    __table_args__ = (
        Index("ix_consent_person_withdrawn", "person_id", "withdrawn_on", "deleted"),
        {"sqlite_with_rowid": False},
    )

    person_id: uuid.UUID = Field(foreign_key="person.id", sa_type=UUIDBytes)
    given_on: date  # tanggal persetujuan
    recorded_by: str = Field(max_length=60)  # the officer's user name
    given_by: str = Field(max_length=20)  # enums.ConsentGiver
    # Who signed when it was not the person themself (a parent, guardian, spouse...).
    giver_name: str | None = Field(default=None, max_length=120)
    scope: str = Field(sa_type=PurposeSet)  # enums.ConsentPurpose codes, comma-separated
    # The signed form, scanned: a file name inside the data folder's attachments/, as for
    # documents (DocumentItem.attachment).
    attachment: str | None = Field(default=None, max_length=200)
    withdrawn_on: date | None = Field(default=None)  # tanggal pencabutan
    withdrawn_reason: str | None = Field(default=None, max_length=300)
