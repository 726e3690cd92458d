"""What every service shares: who is acting, and the few ways a record may be written.

Services are the only writers of domain data. They validate, check the actor's role, and
write through a store session whose flushes are captured (store/changes.py); a service
never commits half of a unit of work.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from enum import StrEnum
from typing import Any, TypeVar

from sqlmodel import Session, select

from .. import i18n
from ..domain import SyncedRecord
from ..domain.enums import Role
from ..store.db import Store
from ..validation import Problem
from .actor import Actor as Actor  # re-exported: services import it from here
from .errors import NotFound, PermissionDenied, ValidationFailed

R = TypeVar("R", bound=SyncedRecord)

i18n.register(
    {
        "field.required": {
            "id": "{field} wajib diisi.",
            "en": "{field} is required.",
        },
        "field.choice": {
            "id": "{field}: '{value}' bukan pilihan yang dikenal. Pilih salah satu: {choices}.",
            "en": "{field}: '{value}' is not a known choice. Choose one of: {choices}.",
        },
        "field.not_negative": {
            "id": "{field} tidak boleh negatif.",
            "en": "{field} cannot be negative.",
        },
        "field.positive": {
            "id": "{field} harus lebih dari nol.",
            "en": "{field} must be more than zero.",
        },
        "field.unknown": {
            "id": "Kolom {field} tidak dikenal.",
            "en": "Unknown field {field}.",
        },
        "field.date_order": {
            "id": "{later} tidak boleh sebelum {earlier}.",
            "en": "{later} cannot be before {earlier}.",
        },
        "role.officer": {"id": "petugas", "en": "officer"},
        "role.supervisor": {"id": "pengawas", "en": "supervisor"},
        "role.admin": {"id": "admin", "en": "admin"},
        "record": {"id": "Data", "en": "The record"},
    }
)

ROLE_RANK = {Role.OFFICER: 1, Role.SUPERVISOR: 2, Role.ADMIN: 3}


def require(problems: Iterable[Problem]) -> list[Problem]:
    """Raise on any error among ``problems``; return the warnings to keep as flags."""
    problems = list(problems)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ValidationFailed(errors)
    return [p for p in problems if p.severity != "error"]


def required(field: str, value: Any, label: str | None = None) -> list[Problem]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return [
            Problem(
                field, "field.required", i18n.t("field.required", field=label or field), "error"
            )
        ]
    return []


def choice(
    field: str, value: Any, enum: type[StrEnum], *, optional: bool = False, label: str | None = None
) -> list[Problem]:
    if value is None or value == "":
        return [] if optional else required(field, None, label)
    if value not in {member.value for member in enum}:
        choices = ", ".join(member.value for member in enum)
        return [
            Problem(
                field,
                "field.choice",
                i18n.t("field.choice", field=label or field, value=value, choices=choices),
                "error",
            )
        ]
    return []


def positive(field: str, value: int | float | None, label: str | None = None) -> list[Problem]:
    if value is None or value <= 0:
        return [
            Problem(
                field, "field.positive", i18n.t("field.positive", field=label or field), "error"
            )
        ]
    return []


def not_negative(field: str, value: int | float | None, label: str | None = None) -> list[Problem]:
    if value is not None and value < 0:
        return [
            Problem(
                field,
                "field.not_negative",
                i18n.t("field.not_negative", field=label or field),
                "error",
            )
        ]
    return []


def date_order(
    earlier_field: str,
    earlier: Any,
    later_field: str,
    later: Any,
    *,
    earlier_label: str,
    later_label: str,
) -> list[Problem]:
    """An error on ``later_field`` when it comes before ``earlier_field``; the labels are
    what the form calls the two fields."""
    if earlier is not None and later is not None and later < earlier:
        return [
            Problem(
                later_field,
                "field.date_order",
                i18n.t("field.date_order", later=later_label, earlier=earlier_label),
                "error",
            )
        ]
    return []


class Service:
    """Base of the services: the store, the actor, and the primitive writes."""

    def __init__(self, store: Store, actor: Actor) -> None:
        self.store = store
        self.actor = actor

    # -- permissions ---------------------------------------------------------------

    def check_role(self, role: Role, action: str) -> None:
        if not self.actor.can(role):
            allowed = ", ".join(
                i18n.t(f"role.{r.value}") for r in Role if ROLE_RANK[r] >= ROLE_RANK[role]
            )
            raise PermissionDenied(i18n.t("service.permission", action=action, roles=allowed))

    # -- reads -----------------------------------------------------------------------

    def get(
        self,
        session: Session,
        model: type[R],
        record_id: uuid.UUID,
        *,
        include_deleted: bool = False,
    ) -> R:
        """The record of this centre with ``record_id``, or NotFound."""
        record = session.get(model, record_id)
        if (
            record is None
            or record.centre_id != self.actor.centre_id
            or (record.deleted and not include_deleted)
        ):
            raise NotFound(i18n.t("service.not_found", what=i18n.t("record")))
        return record

    def active(self, model: type[R]) -> Any:
        """A select over this centre's live (not deleted) rows of ``model``."""
        return select(model).where(model.centre_id == self.actor.centre_id, model.deleted == False)  # noqa: E712

    # -- writes ----------------------------------------------------------------------

    def add(self, session: Session, model: type[R], **fields: Any) -> R:
        """A new record of this centre (captured at flush)."""
        record = model(centre_id=self.actor.centre_id, **fields)
        session.add(record)
        session.flush()
        return record

    def change(self, session: Session, record: R, **fields: Any) -> R:
        """Set fields of ``record``; only the ones that really change are captured."""
        known = set(type(record).model_fields)
        for name, value in fields.items():
            if name not in known or name in {
                "id",
                "centre_id",
                "created_at",
                "updated_at",
                "deleted",
            }:
                raise ValidationFailed(
                    [Problem(name, "field.unknown", i18n.t("field.unknown", field=name), "error")]
                )
            setattr(record, name, value)
        session.flush()
        return record

    def remove(self, session: Session, record: R) -> R:
        """Delete ``record`` as a tombstone (the deletion syncs; the row stays)."""
        record.deleted = True
        session.flush()
        return record
