"""The wire form of changes, shared by the client's push and pull."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .. import __version__
from ..store.changes import full_values
from ..store.local import ChangeEntry

PROTOCOL_VERSION = 1
CLIENT_VERSION = __version__
# The oldest server this client talks to (rule 10: versions are checked both ways).
MIN_SERVER_VERSION = "0.1.0"


def canonical(value: Any) -> bytes:
    """The canonical JSON both sides hash: sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def checksum(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def to_wire(entry: ChangeEntry) -> dict[str, Any]:
    """A change log entry as the server expects it in a push."""
    return {
        "device_id": str(entry.device_id),
        "seq": entry.seq,
        "hlc": entry.hlc,
        "table": entry.table_name,
        "row_id": str(entry.row_id),
        "op": entry.op,
        "changes": full_values(entry),
        "base_seq": entry.base_seq,
        "user": entry.user,
        "at": entry.at.isoformat(),
    }


def version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)
