"""The centre and its officers' accounts: creating a centre, logging in, managing users."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from .. import i18n, regions
from ..domain import Centre, UserAccount, new_id
from ..domain.enums import Role
from ..store.db import Store
from ..store.local import DeviceState
from ..validation import Problem
from .base import Actor, Service, choice, require, required
from .errors import AuthenticationFailed, NotFound, ValidationFailed

i18n.register(
    {
        "centre.village_unknown": {
            "id": "Kode desa {code} tidak ada dalam data wilayah Kemendagri. Tulis 10 angka kode desa, misalnya 33.01.02.2003.",
            "en": "Village code {code} is not in the Kemendagri region data. Write the 10-digit village code, e.g. 33.01.02.2003.",
        },
        "user.name_format": {
            "id": "Nama pengguna hanya boleh huruf kecil, angka, titik, garis bawah atau tanda hubung (3-60 karakter).",
            "en": "A user name may only hold lower-case letters, digits, dots, underscores or hyphens (3-60 characters).",
        },
        "user.exists": {
            "id": "Nama pengguna {user} sudah dipakai. Pilih nama lain.",
            "en": "The user name {user} is taken. Choose another.",
        },
        "user.password_short": {
            "id": "Kata sandi minimal {n} karakter.",
            "en": "A password needs at least {n} characters.",
        },
        "user.last_admin": {
            "id": "Harus ada paling sedikit satu admin aktif.",
            "en": "At least one active admin must remain.",
        },
        "user.self_disable": {
            "id": "Anda tidak dapat menonaktifkan akun Anda sendiri. Minta admin lain melakukannya.",
            "en": "You cannot disable your own account. Ask another admin to do it.",
        },
        "action.manage_users": {"id": "mengelola pengguna", "en": "managing users"},
        "label.username": {"id": "Nama pengguna", "en": "User name"},
        "label.role": {"id": "Peran", "en": "Role"},
        "label.centre_name": {"id": "Nama pusat layanan", "en": "Centre name"},
    }
)

MIN_PASSWORD = 8
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(verifier: str, password: str) -> bool:
    try:
        return _hasher.verify(verifier, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_username(username: str) -> list[Problem]:
    if not re.fullmatch(r"[a-z0-9._-]{3,60}", username or ""):
        return [Problem("username", "user.name_format", i18n.t("user.name_format"), "error")]
    return []


def _check_password(password: str) -> list[Problem]:
    if len(password or "") < MIN_PASSWORD:
        return [
            Problem(
                "password",
                "user.password_short",
                i18n.t("user.password_short", n=MIN_PASSWORD),
                "error",
            )
        ]
    return []


def create_centre(
    path: Path | None,
    *,
    village_code: str,
    centre_name: str,
    admin_user: str,
    admin_password: str,
    admin_full_name: str = "",
    encrypt: bool = True,
) -> Store:
    """Create a new store for a standalone centre with its first admin.

    Everything is validated before the store file is made, so a refusal leaves nothing.
    """
    code = regions.normalise_code(village_code or "")
    village = regions.village(code) if code else None
    problems: list[Problem] = []
    if village is None:
        problems.append(
            Problem(
                "village_code",
                "centre.village_unknown",
                i18n.t("centre.village_unknown", code=village_code),
                "error",
            )
        )
    problems += required("centre_name", centre_name, i18n.t("label.centre_name"))
    problems += _check_username(admin_user)
    problems += _check_password(admin_password)
    require(problems)
    assert village is not None

    from ..store import crypto
    from .keys import account_keys, new_keyfile

    # Unencrypted only for the benchmark's comparison and tests of older stores.
    store_key = crypto.new_store_key() if encrypt else None
    store = Store.create(path, store_key)
    try:
        centre_id = new_id()
        admin_id = new_id()
        with store.write(admin_user) as session:
            device = session.get(DeviceState, 1)
            assert device is not None
            device.centre_id = centre_id
            session.add(
                Centre(
                    id=centre_id,
                    centre_id=centre_id,
                    village_code=village.code,
                    name=centre_name.strip(),
                )
            )
            session.flush()
            keys = crypto.new_user_keys(admin_password)
            session.add(
                UserAccount(
                    id=admin_id,
                    centre_id=centre_id,
                    username=admin_user,
                    full_name=admin_full_name,
                    role=Role.ADMIN.value,
                    password_hash=hash_password(admin_password),
                    public_key=keys.public_key,
                    sealed_private_key=keys.sealed_private_key,
                )
            )
        if store_key is not None:
            with store.read() as session:
                store.recovery_key = new_keyfile(
                    store.path, store_key, account_keys(session, centre_id)
                )
    except BaseException:
        store.close()
        from ..store.keyfile import keyfile_path

        for suffix in ("", "-wal", "-shm"):
            Path(f"{store.path}{suffix}").unlink(missing_ok=True)
        keyfile_path(store.path).unlink(missing_ok=True)
        raise
    return store


def user_key_fields(password: str) -> dict[str, str]:
    """A new key pair for an account, its private half sealed by ``password``."""
    from ..store import crypto

    pair = crypto.new_user_keys(password)
    return {"public_key": pair.public_key, "sealed_private_key": pair.sealed_private_key}


def login(store: Store, username: str, password: str) -> Actor:
    """The actor for ``username`` if ``password`` is theirs; AuthenticationFailed otherwise.

    The same refusal for an unknown user and a wrong password, so a guess learns nothing.
    """
    centre_id = store.centre_id()
    with store.read() as session:
        account = session.exec(
            select(UserAccount).where(
                UserAccount.centre_id == centre_id,
                UserAccount.username == username,
                UserAccount.deleted == False,  # noqa: E712
            )
        ).first()
    from .audit import record

    if account is None or not password_matches(account.password_hash, password or ""):
        if account is None:
            # Spend the same time as a real check, so timing does not reveal user names.
            password_matches(_dummy_hash(), password or "")
        record(store, username, "login_failed")
        raise AuthenticationFailed(i18n.t("service.login_failed"))
    if not account.active:
        record(store, username, "login_failed", "inactive")
        raise AuthenticationFailed(i18n.t("service.account_inactive", user=username))
    record(store, account.username, "login")
    from .keys import ensure_user_keys, refresh_keyfile

    # An account from before encryption, or one that arrived by sync, gets its key pair
    # and its entry in this laptop's key file now that its password is known good.
    ensure_user_keys(store, account.username, password)
    refresh_keyfile(store)
    return Actor(
        user_id=account.id,
        username=account.username,
        role=Role(account.role),
        centre_id=account.centre_id,
    )


def recover_account(store: Store, username: str, password: str) -> Actor:
    """After the store was opened with its recovery key: give ``username`` (enabled
    again if it was not) the new ``password`` and a new key pair. Recorded in the audit."""
    require(_check_password(password))
    centre_id = store.centre_id()
    with store.write(username) as session:
        account = session.exec(
            select(UserAccount).where(
                UserAccount.centre_id == centre_id,
                UserAccount.username == username,
                UserAccount.deleted == False,  # noqa: E712
            )
        ).first()
        if account is None:
            raise NotFound(i18n.t("service.not_found", what=username))
        account.password_hash = hash_password(password)
        account.active = True
        for name, value in user_key_fields(password).items():
            setattr(account, name, value)
        session.add(account)
        from .audit import record

        record(session, username, "recovered", username)
        actor = Actor(
            user_id=account.id,
            username=account.username,
            role=Role(account.role),
            centre_id=account.centre_id,
        )
    from .keys import refresh_keyfile

    refresh_keyfile(store)
    return actor


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(hash_password("not-a-password"))
    return _DUMMY[0]


class AccountService(Service):
    """Users of the centre (admins only), and one's own password."""

    def list_users(self) -> list[UserAccount]:
        with self.store.read() as session:
            return list(session.exec(self.active(UserAccount).order_by(UserAccount.username)))

    def users_to_manage(self) -> list[UserAccount]:
        """Every account of the centre, enabled or not, for an admin to manage.

        PermissionDenied for officers and supervisors, who may not see the accounts list.
        """
        self.check_role(Role.ADMIN, i18n.t("action.manage_users"))
        return self.list_users()

    def centre(self) -> Centre:
        with self.store.read() as session:
            return self.get(session, Centre, self.actor.centre_id)

    def add_user(
        self, username: str, *, role: str, password: str, full_name: str = ""
    ) -> UserAccount:
        self.check_role(Role.ADMIN, i18n.t("action.manage_users"))
        require(
            _check_username(username)
            + choice("role", role, Role, label=i18n.t("label.role"))
            + _check_password(password)
        )
        with self.store.write(self.actor.username) as session:
            taken = session.exec(
                select(UserAccount).where(
                    UserAccount.centre_id == self.actor.centre_id, UserAccount.username == username
                )
            ).first()
            if taken is not None:
                raise ValidationFailed(
                    [
                        Problem(
                            "username", "user.exists", i18n.t("user.exists", user=username), "error"
                        )
                    ]
                )
            from .audit import record

            record(session, self.actor.username, "user_added", f"{username} ({role})")
            added = self.add(
                session,
                UserAccount,
                username=username,
                full_name=full_name,
                role=role,
                password_hash=hash_password(password),
                **user_key_fields(password),
            )
        self._refresh_keys()
        return added

    def set_password(self, username: str, password: str) -> None:
        """Admins set anyone's password; everyone may set their own."""
        if username != self.actor.username:
            self.check_role(Role.ADMIN, i18n.t("action.manage_users"))
        require(_check_password(password))
        with self.store.write(self.actor.username) as session:
            account = self._account(session, username)
            # A new key pair: nobody here can open the old private key without the old
            # password, and the old password must stop opening the store.
            self.change(
                session, account, password_hash=hash_password(password), **user_key_fields(password)
            )
            from .audit import record

            record(session, self.actor.username, "password_set", username)
        self._refresh_keys()

    def _refresh_keys(self) -> None:
        from .keys import refresh_keyfile

        refresh_keyfile(self.store)

    def set_role(self, username: str, role: str) -> None:
        self.check_role(Role.ADMIN, i18n.t("action.manage_users"))
        require(choice("role", role, Role, label=i18n.t("label.role")))
        with self.store.write(self.actor.username) as session:
            account = self._account(session, username)
            if account.role == Role.ADMIN and role != Role.ADMIN:
                self._keep_an_admin(session, account.id)
            from .audit import record

            record(
                session,
                self.actor.username,
                "role_changed",
                f"{username}: {account.role} -> {role}",
            )
            self.change(session, account, role=role)

    def set_active(self, username: str, active: bool) -> None:
        self.check_role(Role.ADMIN, i18n.t("action.manage_users"))
        with self.store.write(self.actor.username) as session:
            account = self._account(session, username)
            if not active and account.id == self.actor.user_id:
                raise ValidationFailed(
                    [Problem("active", "user.self_disable", i18n.t("user.self_disable"), "error")]
                )
            if not active and account.role == Role.ADMIN:
                self._keep_an_admin(session, account.id)
            from .audit import record

            record(session, self.actor.username, "user_active", f"{username}: {active}")
            self.change(session, account, active=active)
        self._refresh_keys()

    def _account(self, session: Session, username: str) -> UserAccount:
        account = session.exec(
            self.active(UserAccount).where(UserAccount.username == username)
        ).first()
        if account is None:
            raise NotFound(i18n.t("service.not_found", what=username))
        return account

    def _keep_an_admin(self, session: Session, leaving: uuid.UUID) -> None:
        others = session.exec(
            self.active(UserAccount).where(
                UserAccount.role == Role.ADMIN.value,
                UserAccount.active == True,  # noqa: E712
                UserAccount.id != leaving,
            )
        ).first()
        if others is None:
            raise ValidationFailed(
                [Problem("role", "user.last_admin", i18n.t("user.last_admin"), "error")]
            )
