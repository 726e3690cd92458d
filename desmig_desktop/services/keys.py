"""Unlocking the encrypted store, and keeping its key file in step with the accounts.

The store key is sealed for every active officer (``store.keyfile``). That file changes
whenever the set of officers or their keys do: at each login (an account that arrived by
sync gets its entry), after a sync round, and when an admin adds, disables or re-keys an
account. Everything else about an officer (role, active) is still decided by the store's
own account record once it is open: the key file only opens the door.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from .. import i18n, paths
from ..domain import UserAccount
from ..store import crypto
from ..store.db import Store, StoreError, encrypt_in_place, is_plain_file
from ..store.keyfile import AccountKeys, KeyFile, KeyFileError, keyfile_path
from .actor import Actor
from .errors import AuthenticationFailed

i18n.register(
    {
        "keys.recovery_wrong": {
            "id": "Kunci pemulihan tidak cocok dengan data ini. Periksa lagi huruf dan angkanya.",
            "en": "The recovery key does not match this data. Check its letters and digits again.",
        },
        "keys.no_keyfile": {
            "id": "Berkas kunci {file} tidak ada atau rusak, sehingga data terenkripsi tidak dapat dibuka. Pulihkan berkas itu dari cadangan.",
            "en": "The key file {file} is missing or damaged, so the encrypted data cannot be opened. Restore that file from a backup.",
        },
    }
)


@dataclass
class Opened:
    """An unlocked store, who opened it, and a recovery key to show once (when the store
    was encrypted just now)."""

    store: Store
    username: str
    recovery_key: str | None = None


def account_keys(session: Session, centre_id: object) -> list[AccountKeys]:
    accounts = session.exec(
        select(UserAccount).where(
            UserAccount.centre_id == centre_id,
            UserAccount.deleted == False,  # noqa: E712
            UserAccount.active == True,  # noqa: E712
        )
    ).all()
    return [
        AccountKeys(a.username, a.public_key, a.sealed_private_key, a.password_hash)
        for a in accounts
    ]


def refresh_keyfile(store: Store) -> None:
    """Seal the store key to exactly the centre's active officers (nothing for a plain
    store). Keeps the file's salt and recovery entry."""
    if store.key is None:
        return
    path = keyfile_path(store.path)
    try:
        keys = KeyFile.read(path)
    except KeyFileError:
        keys = KeyFile.new()
    with store.read() as session:
        accounts = account_keys(session, store.centre_id())
    before = _doors(keys)
    keys.seal_for(store.key, accounts)
    # Sealed boxes differ on every sealing: compare who has an entry (and with which
    # private key), not the bytes, so a login does not rewrite the file when nothing changed.
    if _doors(keys) != before or not path.exists():
        keys.write(path)


def _doors(keys: KeyFile) -> tuple[dict[str, str], set[str]]:
    return {k: v["private"] for k, v in keys.users.items()}, set(keys.legacy)


def ensure_user_keys(store: Store, username: str, password: str) -> None:
    """Give ``username`` a key pair sealed by ``password`` if they have none yet (an
    account from before encryption, or made by an older version on another laptop)."""
    centre_id = store.centre_id()
    mine = select(UserAccount).where(
        UserAccount.centre_id == centre_id,
        UserAccount.username == username,
        UserAccount.deleted == False,  # noqa: E712
    )
    with store.read() as session:
        account = session.exec(mine).first()
        if account is None or account.public_key:
            return  # the usual login: nothing to write
    with store.write(username) as session:
        account = session.exec(mine).first()
        if account is None or account.public_key:
            return
        pair = crypto.new_user_keys(password)
        account.public_key = pair.public_key
        account.sealed_private_key = pair.sealed_private_key
        session.add(account)


def new_keyfile(store_path: Path, store_key: bytes, accounts: list[AccountKeys]) -> str:
    """Write the key file of a new (or newly encrypted) store; returns its recovery key."""
    keys = KeyFile.new()
    keys.seal_for(store_key, accounts)
    recovery = crypto.new_recovery_key()
    keys.set_recovery(store_key, recovery)
    keys.write(keyfile_path(store_path))
    return recovery


def unlock(store_path: Path, username: str, password: str) -> Store:
    """The store at ``store_path`` opened with ``username``'s password (not yet logged
    in: :func:`open_centre` does both). AuthenticationFailed when it does not open."""
    if is_plain_file(store_path):
        return Store.open(store_path)
    path = keyfile_path(store_path)
    try:
        keys = KeyFile.read(path)
    except KeyFileError as error:
        raise StoreError(i18n.t("keys.no_keyfile", file=path)) from error
    try:
        key = keys.unlock(username, password or "")
    except crypto.WrongSecret:
        note_failed_login(username)
        raise AuthenticationFailed(i18n.t("service.login_failed")) from None
    return Store.open(store_path, key)


def unlock_with_recovery(store_path: Path, recovery_key: str) -> Store:
    path = keyfile_path(store_path)
    try:
        keys = KeyFile.read(path)
    except KeyFileError as error:
        raise StoreError(i18n.t("keys.no_keyfile", file=path)) from error
    try:
        key = keys.unlock_with_recovery(recovery_key)
    except crypto.WrongSecret:
        raise AuthenticationFailed(i18n.t("keys.recovery_wrong")) from None
    return Store.open(store_path, key)


def open_centre(store_path: Path, username: str, password: str) -> tuple[Opened, Actor]:
    """Unlock the store and log ``username`` in: (Opened, Actor).

    A plain store (written by a version before encryption) is encrypted here, once the
    password has been checked against it; ``Opened.recovery_key`` is then set and must be
    shown to the officer.
    """
    from .accounts import login

    store = unlock(store_path, username, password)
    try:
        actor = login(store, username, password)
        recovery = None
        if store.key is None:
            store, recovery = encrypt_plain_store(store)
        _fold_failed_logins(store)
    except BaseException:
        store.close()
        raise
    return Opened(store, username, recovery), actor


def encrypt_plain_store(store: Store) -> tuple[Store, str]:
    """Encrypt an open plain store in place; returns the reopened store and its recovery
    key. The key file is written first: if the process dies before the swap, the plain
    store is still there and simply encrypted again at the next login."""
    path = store.path
    key = crypto.new_store_key()
    with store.read() as session:
        accounts = account_keys(session, store.centre_id())
    recovery = new_keyfile(path, key, accounts)
    store.close()
    encrypt_in_place(path, key)
    encrypted = Store.open(path, key)
    seal_plain_files(encrypted)
    return encrypted, recovery


def seal_plain_files(store: Store) -> None:
    """Seal the scans and encrypt the backups that an older version left in clear."""
    assert store.key is not None
    attachments = paths.attachments_dir()
    if attachments.is_dir():
        for file in attachments.iterdir():
            if not file.is_file() or file.name.endswith(".partial"):
                continue
            data = file.read_bytes()
            if crypto.is_sealed_file(data):
                continue
            partial = file.with_name(file.name + ".partial")
            partial.write_bytes(crypto.seal_file_bytes(data, store.key))
            partial.replace(file)
    backups = paths.backups_dir()
    if backups.is_dir():
        for backup in backups.glob("*.sqlite3"):
            if not is_plain_file(backup):
                continue
            # A plain backup is as readable as the old store: encrypt it under the same
            # key, with the key file beside it, like any backup made from now on.
            keyfile_path(backup).write_bytes(keyfile_path(store.path).read_bytes())
            try:
                encrypt_in_place(backup, store.key)
            except (StoreError, OSError):
                keyfile_path(backup).unlink(missing_ok=True)


# -- failed logins while the store is locked ----------------------------------------------
# A wrong password at the start cannot be written into a store it does not open. It is
# noted in a small file (user names and times only) and moved into the audit trail at the
# next unlock.


def _failed_logins_path() -> Path:
    return paths.data_dir() / "failed-logins.jsonl"


def note_failed_login(username: str) -> None:
    try:
        with _failed_logins_path().open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"user": username[:60], "at": time.time()}) + "\n")
    except OSError:
        pass  # never worth refusing a login over


def _fold_failed_logins(store: Store) -> None:
    path = _failed_logins_path()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    from .audit import record

    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        record(store, str(entry.get("user", ""))[:60], "login_failed", "locked")
    path.unlink(missing_ok=True)
