"""The audit trail: who logged in (or failed to), exported personal data, erased it, or
changed who may do what, on this laptop. Admins read it (``desmig audit``)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from .. import i18n
from ..domain.base import utcnow
from ..domain.enums import Role
from ..store.db import Store
from ..store.local import AuditEvent
from .base import Service

i18n.register({"audit.action": {"id": "membaca catatan audit", "en": "read the audit trail"}})


def record(target: Store | Session, user: str, action: str, detail: str = "") -> None:
    """Add one event, in ``target``'s transaction (a session) or a short one of its own."""
    event = AuditEvent(at=utcnow(), user=user[:60], action=action, detail=detail)
    if isinstance(target, Store):
        with target.write(user or "-") as session:
            session.add(event)
    else:
        target.add(event)


class AuditService(Service):
    def events(self, limit: int = 200) -> list[AuditEvent]:
        """The newest events first (admins)."""
        self.check_role(Role.ADMIN, i18n.t("audit.action"))
        with self.store.read() as session:
            return list(
                session.exec(select(AuditEvent).order_by(col(AuditEvent.id).desc()).limit(limit))
            )
