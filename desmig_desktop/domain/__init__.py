"""Domain models of every pillar (SQLModel tables), Qt-free."""

from __future__ import annotations

from sqlmodel import SQLModel

from .accounts import Centre, UserAccount
from .base import SyncedRecord, new_id, utcnow
from .consent import Consent
from .cooperative import Cooperative, CoopLoan, CoopMember, LoanRepayment, SavingsEntry
from .enterprise import (
    Enterprise,
    EnterpriseReport,
    EnterpriseTraining,
    EnterpriseTrainingParticipant,
)
from .migration import (
    Consultation,
    DocumentItem,
    InfoSession,
    InfoSessionParticipant,
    MigrationEpisode,
)
from .parenting import ParentingAttendance, ParentingChild, ParentingSession
from .people import Household, Person, PersonErasure
from .protection import CaseFollowUp, CaseReferral, ProtectionCase
from .vocational import CompetencyCertificate, VocationalParticipant, VocationalTraining

# Every table that syncs, parents before children (the order to create, import or replay).
SYNCED_MODELS: tuple[type[SyncedRecord], ...] = (
    Centre,
    UserAccount,
    Household,
    Person,
    Consent,
    MigrationEpisode,
    DocumentItem,
    InfoSession,
    InfoSessionParticipant,
    Consultation,
    ProtectionCase,
    CaseReferral,
    CaseFollowUp,
    Enterprise,
    EnterpriseReport,
    EnterpriseTraining,
    EnterpriseTrainingParticipant,
    ParentingChild,
    ParentingSession,
    ParentingAttendance,
    Cooperative,
    CoopMember,
    SavingsEntry,
    CoopLoan,
    LoanRepayment,
    VocationalTraining,
    VocationalParticipant,
    CompetencyCertificate,
    PersonErasure,
)

MODEL_BY_TABLE: dict[str, type[SyncedRecord]] = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[misc]

# Fields that are secrets: never exported, never shown in history.
SECRET_FIELDS: dict[str, frozenset[str]] = {
    "user_account": frozenset({"password_hash", "public_key", "sealed_private_key"})
}

__all__ = [
    "SQLModel",
    "SyncedRecord",
    "new_id",
    "utcnow",
    "SYNCED_MODELS",
    "MODEL_BY_TABLE",
    "SECRET_FIELDS",
    *[m.__name__ for m in SYNCED_MODELS],
]
