"""Who a service acts for. Kept apart from the services themselves (and the data layer
they import) so the login window can be drawn before any of that is loaded."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.enums import Role


@dataclass(frozen=True)
class Actor:
    """The officer on whose behalf a service acts (as logged in)."""

    user_id: uuid.UUID
    username: str
    role: Role
    centre_id: uuid.UUID

    def can(self, role: Role) -> bool:
        from .base import ROLE_RANK

        return ROLE_RANK[self.role] >= ROLE_RANK[role]
