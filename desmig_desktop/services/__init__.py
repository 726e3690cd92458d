"""The service layer: the only writers of domain data (validation, roles, change capture).

``Services(store, actor)`` bundles every service for one logged-in officer; the GUI, the
command line and the tests all go through it.
"""

from __future__ import annotations

from ..store.db import Store
from .accounts import AccountService, create_centre, login
from .backups import BackupService
from .base import Actor
from .conflicts import ConflictService
from .consent import ConsentService
from .cooperative import CooperativeService
from .enterprise import EnterpriseService
from .errors import AuthenticationFailed, NotFound, PermissionDenied, ServiceError, ValidationFailed
from .migration import MigrationService
from .parenting import ParentingService
from .people import PeopleService
from .protection import ProtectionService
from .vocational import VocationalService


class Services:
    """Every service, acting for ``actor`` on ``store``."""

    def __init__(self, store: Store, actor: Actor) -> None:
        self.store = store
        self.actor = actor
        self.accounts = AccountService(store, actor)
        self.backups = BackupService(store, actor)
        self.people = PeopleService(store, actor)
        self.migration = MigrationService(store, actor)
        self.protection = ProtectionService(store, actor)
        self.enterprise = EnterpriseService(store, actor)
        self.parenting = ParentingService(store, actor)
        self.cooperative = CooperativeService(store, actor)
        self.vocational = VocationalService(store, actor)
        self.consent = ConsentService(store, actor)
        self.conflicts = ConflictService(store, actor)


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
