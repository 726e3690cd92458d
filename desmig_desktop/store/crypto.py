"""The cryptography of the encrypted store, in one place.

The store file is a SQLCipher database keyed with a random 256-bit *store key*; nothing
on disk holds that key in clear. It is wrapped ("sealed") for whoever may open the store:

- each officer has a key pair (X25519, libsodium's sealed boxes). Its public half and
  its private half sealed under a key derived from the officer's password (argon2id) are
  fields of the synced user account, so an account made on another laptop of the centre
  arrives with both. Whenever a laptop is unlocked it seals its store key to every active
  officer's public key (:mod:`keyfile`): an officer who never used this laptop can open
  it with their own password, and no admin has to pass secrets around.
- a *recovery key* shown once when the store is made opens it when every password is lost.

Files the app writes for its own use (scans of documents) are sealed with a key derived
from the store key. Plain files exist only where a user asks for an export.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.secret import SecretBox

STORE_KEY_BYTES = 32

# argon2id for passwords: 64 MiB and 3 passes take a quarter of a second on the old
# laptops (about what the password verifier already costs at login), while every guess of
# a stolen file costs an attacker the same. Recorded with each sealed value so they can
# grow later without breaking older files.
PASSWORD_KDF = {"t": 3, "m": 65536, "p": 1}
# The recovery key is 160 random bits: a guess is hopeless whatever the KDF costs, so a
# light one keeps recovery quick.
RECOVERY_KDF = {"t": 1, "m": 8192, "p": 1}

_FILE_MAGIC = b"DESMIG-SEALED-1\n"


class WrongSecret(Exception):
    """The password or recovery key does not open this sealed value."""


def new_store_key() -> bytes:
    return secrets.token_bytes(STORE_KEY_BYTES)


def sqlcipher_key_pragma(key: bytes) -> str:
    # A raw key (x'...') skips SQLCipher's own PBKDF2 of a passphrase: the key is already
    # random, and opening stays as quick as a plain file.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params["t"],
        memory_cost=params["m"],
        parallelism=params["p"],
        hash_len=SecretBox.KEY_SIZE,
        type=Type.ID,
    )


def seal_with_secret(data: bytes, secret: str, params: dict[str, int] | None = None) -> str:
    """``data`` sealed under a key derived from ``secret``: a JSON text with the salt and
    KDF parameters needed to open it again."""
    params = params or PASSWORD_KDF
    salt = os.urandom(16)
    box = SecretBox(derive_key(secret, salt, params))
    return json.dumps(
        {"kdf": "argon2id", **params, "salt": _b64(salt), "box": _b64(bytes(box.encrypt(data)))},
        separators=(",", ":"),
    )


def open_with_secret(sealed: str, secret: str) -> bytes:
    try:
        fields = json.loads(sealed)
        params = {name: int(fields[name]) for name in ("t", "m", "p")}
        key = derive_key(secret, _unb64(fields["salt"]), params)
        return SecretBox(key).decrypt(_unb64(fields["box"]))
    except (CryptoError, ValueError, KeyError, TypeError) as error:
        raise WrongSecret from error


@dataclass(frozen=True)
class UserKeys:
    """The two fields of a user account that let it unlock any laptop of the centre."""

    public_key: str
    sealed_private_key: str


def new_user_keys(password: str) -> UserKeys:
    private = PrivateKey.generate()
    return UserKeys(
        public_key=_b64(bytes(private.public_key)),
        sealed_private_key=seal_with_secret(bytes(private), password),
    )


def seal_to(public_key: str, data: bytes) -> str:
    return _b64(SealedBox(PublicKey(_unb64(public_key))).encrypt(data))


def open_sealed(sealed: str, sealed_private_key: str, password: str) -> bytes:
    """Open what was sealed to a user, with their password."""
    private = PrivateKey(open_with_secret(sealed_private_key, password))
    try:
        return SealedBox(private).decrypt(_unb64(sealed))
    except (CryptoError, ValueError) as error:
        raise WrongSecret from error


# -- the recovery key ---------------------------------------------------------------------


def new_recovery_key() -> str:
    """20 random bytes as eight groups of base32: easy to copy by hand onto paper."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str:
    """The key as typed (any case, spaces or hyphens, O for 0 and so on) in its one form."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


# -- sealed files ------------------------------------------------------------------------


def file_key(store_key: bytes) -> bytes:
    # A key of its own for files, so a file never shares a key with the database pages.
    return hashlib.blake2b(
        store_key, digest_size=SecretBox.KEY_SIZE, person=b"desmig-files"
    ).digest()


def is_sealed_file(data: bytes) -> bool:
    return data.startswith(_FILE_MAGIC)


def seal_file_bytes(data: bytes, store_key: bytes) -> bytes:
    return _FILE_MAGIC + bytes(SecretBox(file_key(store_key)).encrypt(data))


def open_file_bytes(data: bytes, store_key: bytes) -> bytes:
    """The content of a sealed file; a plain file (from before encryption) as it is."""
    if not is_sealed_file(data):
        return data
    try:
        return SecretBox(file_key(store_key)).decrypt(data[len(_FILE_MAGIC) :])
    except CryptoError as error:
        raise WrongSecret from error
