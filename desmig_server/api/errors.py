"""Error answers shared by the routes and the sync processes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def validation_detail(errors: Iterable[Any]) -> str:
    """One readable sentence for a request that failed validation, like every other
    error of this API."""
    parts = []
    for item in errors:
        where = ".".join(str(part) for part in item.get("loc", ()) if part != "body")
        message = str(item.get("msg", "invalid"))
        parts.append(f"{where}: {message}" if where else message)
    return "invalid request: " + "; ".join(parts)
