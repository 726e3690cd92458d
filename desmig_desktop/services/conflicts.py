"""Review of sync conflicts: what two laptops both changed, and a supervisor's decision.

The server keeps the value it received last and records the other (see
``docs/sync-protocol.md``, *Merge*). Deciding is a normal write of the record, made here
through the services (validated, change-logged) and synced: keep the current value (a
change that sets it again), take the other value, or enter a third one. The server takes
any such change, made after the laptop pulled the conflict, as its resolution and tells
every laptop; this laptop marks the conflict resolved at once.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from .. import i18n
from ..domain import MODEL_BY_TABLE, CoopMember, Person, SyncedRecord, UserAccount
from ..domain.base import utcnow
from ..domain.enums import Role
from ..store.changes import confirm_fields, to_json_value
from ..store.local import SyncConflict
from ..sync.apply import from_json
from .accounts import _check_username
from .base import Problem, Service, require
from .cooperative import CooperativeService
from .errors import NotFound, ValidationFailed
from .people import PeopleService

i18n.register(
    {
        "action.resolve_conflict": {
            "id": "menyelesaikan konflik sinkronisasi",
            "en": "resolving sync conflicts",
        },
        "conflict.resolved": {
            "id": "Konflik ini sudah diselesaikan.",
            "en": "This conflict is already resolved.",
        },
        "conflict.no_other": {
            "id": "Nilai lain sudah dipakai data lain; pertahankan nilai ini atau isi nilai baru.",
            "en": "The other value is held by another record; keep this value or enter a new one.",
        },
        "conflict.no_value": {
            "id": "Untuk data yang dihapus di satu laptop, pilih pertahankan atau hapus.",
            "en": "For a record deleted on one laptop, choose keep or delete.",
        },
        "conflict.bad_action": {
            "id": "Pilihan tidak dikenal: {action}.",
            "en": "Unknown choice: {action}.",
        },
    }
)

KEEP, OTHER, VALUE = "keep", "other", "value"


@dataclass(frozen=True)
class ConflictView:
    """One open conflict as a supervisor reviews it."""

    id: uuid.UUID
    table: str
    row_id: uuid.UUID
    record: str  # what the record is called (a person's name, an account's name...)
    field: str | None
    kind: str  # field | delete_vs_edit | duplicate
    current: Any  # the value the record holds now, as JSON
    other: Any  # the value that was not kept, as JSON
    kept_user: str | None
    lost_user: str | None
    created_at: datetime


def _loads(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


def _record_label(record: SyncedRecord | None) -> str:
    if record is None:
        return ""
    for name in ("name", "username", "member_no", "title"):
        value = getattr(record, name, None)
        if value:
            return str(value)
    return ""


class ConflictService(Service):
    """Open conflicts and their resolution (supervisors and admins decide)."""

    def list_open(self) -> list[ConflictView]:
        with self.store.read() as session:
            conflicts = session.execute(
                select(SyncConflict)
                .where(col(SyncConflict.resolved_at).is_(None))
                .order_by(col(SyncConflict.created_at))
            ).scalars()
            return [self._view(session, conflict) for conflict in conflicts]

    def _view(self, session: Session, conflict: SyncConflict) -> ConflictView:
        model = MODEL_BY_TABLE.get(conflict.table_name)
        record = session.get(model, conflict.row_id) if model is not None else None
        kept, lost = _loads(conflict.kept_value), _loads(conflict.lost_value)
        field = conflict.field
        current = kept
        if record is not None and field and hasattr(record, field):
            current = to_json_value(getattr(record, field))
        return ConflictView(
            id=conflict.id,
            table=conflict.table_name,
            row_id=conflict.row_id,
            record=_record_label(record),
            field=field,
            kind=conflict.kind,
            current=current,
            other=lost if current == kept else kept,
            kept_user=conflict.kept_user,
            lost_user=conflict.lost_user,
            created_at=conflict.created_at,
        )

    def resolve(self, conflict_id: uuid.UUID, action: str, value: Any = None) -> None:
        """Decide a conflict: ``keep`` the current value, take the ``other`` one, or set
        ``value`` (text as typed, or a JSON value). The write syncs like any other."""
        self.check_role(Role.SUPERVISOR, i18n.t("action.resolve_conflict"))
        if action not in (KEEP, OTHER, VALUE):
            raise ValidationFailed(
                [
                    Problem(
                        "action",
                        "conflict.bad_action",
                        i18n.t("conflict.bad_action", action=action),
                        "error",
                    )
                ]
            )
        with self.store.write(self.actor.username) as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise NotFound(i18n.t("service.not_found", what=i18n.t("record")))
            if conflict.resolved_at is not None:
                raise ValidationFailed([_problem("conflict.resolved")])
            model = MODEL_BY_TABLE[conflict.table_name]
            record = self.get(session, model, conflict.row_id, include_deleted=True)
            view = self._view(session, conflict)
            field = conflict.field or "deleted"
            if conflict.kind == "delete_vs_edit":
                self._decide_delete(session, record, action)
            elif action == KEEP:
                confirm_fields(session, record, [field])
            else:
                if action == OTHER and conflict.kind == "duplicate":
                    raise ValidationFailed([_problem("conflict.no_other")])
                raw = view.other if action == OTHER else value
                column = model.__table__.c[field]  # type: ignore[attr-defined]
                new = from_json(column.type, raw) if raw not in (None, "") else None
                self._write(session, record, field, new)
            conflict.resolved_at = utcnow()
            session.add(conflict)

    def _decide_delete(self, session: Session, record: SyncedRecord, action: str) -> None:
        if action == KEEP:
            if record.deleted:
                record.deleted = False
                session.flush()
            else:
                confirm_fields(session, record, ["deleted"])
        elif action == OTHER:
            self.remove(session, record)
        else:
            raise ValidationFailed([_problem("conflict.no_value")])

    def _write(self, session: Session, record: SyncedRecord, field: str, value: Any) -> None:
        """Through the service that owns the record, with its validation."""
        if isinstance(record, Person):
            PeopleService(self.store, self.actor).update_person(
                record.id, session=session, **{field: value}
            )
        elif isinstance(record, CoopMember) and field == "member_no":
            CooperativeService(self.store, self.actor).change_member_no(
                record.id, str(value or ""), session=session
            )
        elif isinstance(record, UserAccount) and field == "username":
            name = str(value or "")
            require(_check_username(name))
            taken = session.execute(
                select(col(UserAccount.id)).where(
                    col(UserAccount.centre_id) == record.centre_id,
                    col(UserAccount.username) == name,
                    col(UserAccount.id) != record.id,
                )
            ).first()
            if taken is not None:
                raise ValidationFailed(
                    [Problem("username", "user.exists", i18n.t("user.exists", user=name), "error")]
                )
            self.change(session, record, username=name)
        else:
            self.change(session, record, **{field: value})


def _problem(key: str) -> Problem:
    return Problem("conflict", key, i18n.t(key), "error")
