"""The key file beside an encrypted store: the store key, sealed for each who may open it.

``store.sqlite3.keys`` is a small JSON file:

- ``users``: for every active officer of the centre, the store key sealed to their public
  key and a copy of their password-sealed private key (both from the synced account), under
  a keyed hash of the user name, so the file names nobody;
- ``legacy``: for officers who had no key pair yet when a plain store was encrypted, the
  store key sealed under their password's stored argon2 verifier. Typing the password
  recomputes the verifier, so they can still log in; their first login gives them a key
  pair and removes the entry;
- ``recovery``: the store key sealed under the recovery key.

Losing the file loses the store (only the recovery key's copy could open it again), so it
is written whole to a temporary file, flushed and renamed, and copied beside every backup.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2 import extract_parameters
from argon2.low_level import Type, hash_secret

from . import crypto
from .crypto import WrongSecret

FORMAT = 1


class KeyFileError(RuntimeError):
    """The key file is missing or unreadable."""


def keyfile_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".keys")


@dataclass
class KeyFile:
    salt: bytes
    users: dict[str, dict[str, str]] = field(default_factory=dict)
    legacy: dict[str, dict[str, str]] = field(default_factory=dict)
    recovery: str = ""

    @classmethod
    def new(cls) -> KeyFile:
        return cls(salt=os.urandom(16))

    def lookup(self, username: str) -> str:
        digest = hashlib.blake2b(username.encode("utf-8"), key=self.salt, digest_size=16)
        return digest.hexdigest()

    # -- reading and writing ---------------------------------------------------------

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise KeyFileError(f"{path}: unknown key file format {data.get('format')!r}")
            return cls(
                salt=base64.b64decode(data["salt"]),
                users=dict(data.get("users") or {}),
                legacy=dict(data.get("legacy") or {}),
                recovery=str(data.get("recovery") or ""),
            )
        except FileNotFoundError as error:
            raise KeyFileError(f"no key file at {path}") from error
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise KeyFileError(f"{path} cannot be read: {error}") from error

    def write(self, path: Path) -> None:
        text = json.dumps(
            {
                "format": FORMAT,
                "salt": base64.b64encode(self.salt).decode("ascii"),
                "users": self.users,
                "legacy": self.legacy,
                "recovery": self.recovery,
            },
            indent=1,
            sort_keys=True,
        )
        partial = path.with_name(path.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)

    # -- sealing ---------------------------------------------------------------------

    def set_recovery(self, store_key: bytes, recovery_key: str) -> None:
        self.recovery = crypto.seal_with_secret(
            store_key, crypto.normalise_recovery_key(recovery_key), crypto.RECOVERY_KDF
        )

    def seal_for(self, store_key: bytes, accounts: list[AccountKeys]) -> None:
        """Entries for exactly ``accounts`` (the active officers): others are dropped."""
        users: dict[str, dict[str, str]] = {}
        legacy: dict[str, dict[str, str]] = {}
        for account in accounts:
            lookup = self.lookup(account.username)
            if account.public_key and account.sealed_private_key:
                users[lookup] = {
                    "private": account.sealed_private_key,
                    "store_key": crypto.seal_to(account.public_key, store_key),
                }
            elif account.password_hash.startswith("$argon2"):
                params = extract_parameters(account.password_hash)
                legacy[lookup] = {
                    # Everything but the hash itself: its costs and salt.
                    "type": params.type.name,
                    "version": str(params.version),
                    "t": str(params.time_cost),
                    "m": str(params.memory_cost),
                    "p": str(params.parallelism),
                    "length": str(params.hash_len),
                    "salt": account.password_hash.split("$")[4],
                    "store_key": crypto.seal_with_secret(
                        store_key, account.password_hash, crypto.RECOVERY_KDF
                    ),
                }
        self.users, self.legacy = users, legacy

    # -- opening ---------------------------------------------------------------------

    def unlock(self, username: str, password: str) -> bytes:
        """The store key if ``password`` is ``username``'s; WrongSecret otherwise."""
        lookup = self.lookup(username)
        entry = self.users.get(lookup)
        if entry is not None:
            return crypto.open_sealed(entry["store_key"], entry["private"], password)
        old = self.legacy.get(lookup)
        if old is not None:
            return crypto.open_with_secret(old["store_key"], _recompute_verifier(old, password))
        raise WrongSecret

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        if not self.recovery:
            raise WrongSecret
        return crypto.open_with_secret(self.recovery, crypto.normalise_recovery_key(recovery_key))


@dataclass(frozen=True)
class AccountKeys:
    username: str
    public_key: str
    sealed_private_key: str
    password_hash: str


def _recompute_verifier(entry: dict[str, str], password: str) -> str:
    """The argon2 verifier the password would have under the entry's salt and costs."""
    try:
        salt_b64 = entry["salt"]
        salt = base64.b64decode(salt_b64 + "=" * (-len(salt_b64) % 4))
        encoded = hash_secret(
            password.encode("utf-8"),
            salt,
            time_cost=int(entry["t"]),
            memory_cost=int(entry["m"]),
            parallelism=int(entry["p"]),
            hash_len=int(entry["length"]),
            type=Type[entry["type"]],
            version=int(entry["version"]),
        )
    except (ValueError, KeyError) as error:
        raise WrongSecret from error
    return encoded.decode("ascii")
