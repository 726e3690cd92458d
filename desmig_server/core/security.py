"""Device tokens and enrolment codes. Only their SHA-256 hashes are stored.

A token is 32 random bytes, so a fast hash is enough: there is nothing to brute-force.
An enrolment code is shorter (typed by an officer from a message or a sheet of paper),
so enrolment attempts are rate limited and each code works once, for seven days.
"""

from __future__ import annotations

import hashlib
import re
import secrets

# No I, O, 0 or 1: they are misread when a code is dictated or copied by hand.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 4
CODE_GROUP_LENGTH = 4
_NOT_CODE = re.compile(r"[^0-9A-Z]")


def new_device_token() -> str:
    """A new bearer token (32 random bytes, URL-safe text)."""
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_enrolment_code() -> str:
    """A code such as ``K7QH-3MZD-XW9P-TR4E``: 16 symbols of 32, 80 bits."""
    symbols = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LENGTH))
    return "-".join(
        symbols[i : i + CODE_GROUP_LENGTH] for i in range(0, len(symbols), CODE_GROUP_LENGTH)
    )


def normalise_enrolment_code(code: str) -> str:
    """The code as typed, without case, spaces or dashes."""
    return _NOT_CODE.sub("", code.upper())


def hash_enrolment_code(code: str) -> str:
    return hashlib.sha256(normalise_enrolment_code(code).encode("ascii", "ignore")).hexdigest()


_VERSION_PART = re.compile(r"[0-9]+")


def parse_version(version: str) -> tuple[int, ...] | None:
    """``"0.2.1"`` -> ``(0, 2, 1)``; a suffix (``0.2.1rc1``, ``0.2.1+local``) is ignored.

    ``None`` for text that does not start with a number.
    """
    parts: list[int] = []
    for piece in version.strip().split("."):
        match = _VERSION_PART.match(piece)
        if match is None:
            break
        parts.append(int(match.group()))
        if match.end() != len(piece):
            break
    if not parts:
        return None
    while len(parts) < 3:
        parts.append(0)
    return tuple(parts)


def version_at_least(version: str, minimum: str) -> bool:
    parsed, wanted = parse_version(version), parse_version(minimum)
    if parsed is None or wanted is None:
        return False
    return parsed >= wanted
