"""The service layer: the only writers of domain data (validation, roles, change capture).

``Services(store, actor)`` bundles every service for one logged-in officer; the GUI, the
command line and the tests all go through it.

Each service's module is imported on the service's first use, not with this package: a
window that shows the people list should not wait for the cooperative's loan rules to be
imported. The service classes and ``create_centre``/``login`` are still importable from
here (PEP 562 ``__getattr__``).
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .actor import Actor
from .errors import AuthenticationFailed, NotFound, PermissionDenied, ServiceError, ValidationFailed

if TYPE_CHECKING:
    from ..store.db import Store
    from .accounts import AccountService, create_centre, login
    from .backups import BackupService
    from .conflicts import ConflictService
    from .consent import ConsentService
    from .cooperative import CooperativeService
    from .enterprise import EnterpriseService
    from .migration import MigrationService
    from .parenting import ParentingService
    from .people import PeopleService
    from .protection import ProtectionService
    from .vocational import VocationalService


class Services:
    """Every service, acting for ``actor`` on ``store`` (each made on first use).

    The imports inside the properties are plain statements, so PyInstaller still collects
    every service module for the frozen build.
    """

    def __init__(self, store: Store, actor: Actor) -> None:
        self.store = store
        self.actor = actor

    @cached_property
    def accounts(self) -> AccountService:
        from .accounts import AccountService

        return AccountService(self.store, self.actor)

    @cached_property
    def backups(self) -> BackupService:
        from .backups import BackupService

        return BackupService(self.store, self.actor)

    @cached_property
    def people(self) -> PeopleService:
        from .people import PeopleService

        return PeopleService(self.store, self.actor)

    @cached_property
    def migration(self) -> MigrationService:
        from .migration import MigrationService

        return MigrationService(self.store, self.actor)

    @cached_property
    def protection(self) -> ProtectionService:
        from .protection import ProtectionService

        return ProtectionService(self.store, self.actor)

    @cached_property
    def enterprise(self) -> EnterpriseService:
        from .enterprise import EnterpriseService

        return EnterpriseService(self.store, self.actor)

    @cached_property
    def parenting(self) -> ParentingService:
        from .parenting import ParentingService

        return ParentingService(self.store, self.actor)

    @cached_property
    def cooperative(self) -> CooperativeService:
        from .cooperative import CooperativeService

        return CooperativeService(self.store, self.actor)

    @cached_property
    def vocational(self) -> VocationalService:
        from .vocational import VocationalService

        return VocationalService(self.store, self.actor)

    @cached_property
    def consent(self) -> ConsentService:
        from .consent import ConsentService

        return ConsentService(self.store, self.actor)

    @cached_property
    def conflicts(self) -> ConflictService:
        from .conflicts import ConflictService

        return ConflictService(self.store, self.actor)


# Names importable from this package, and the module each lives in.
_LAZY = {
    "AccountService": "accounts",
    "create_centre": "accounts",
    "login": "accounts",
    "BackupService": "backups",
    "ConflictService": "conflicts",
    "ConsentService": "consent",
    "CooperativeService": "cooperative",
    "EnterpriseService": "enterprise",
    "MigrationService": "migration",
    "ParentingService": "parenting",
    "PeopleService": "people",
    "ProtectionService": "protection",
    "VocationalService": "vocational",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once: later lookups do not come back here
    return value


__all__ = [
    "Actor",
    "AccountService",
    "AuthenticationFailed",
    "BackupService",
    "ConflictService",
    "ConsentService",
    "CooperativeService",
    "EnterpriseService",
    "MigrationService",
    "NotFound",
    "ParentingService",
    "PeopleService",
    "PermissionDenied",
    "ProtectionService",
    "ServiceError",
    "Services",
    "ValidationFailed",
    "VocationalService",
    "create_centre",
    "login",
]
