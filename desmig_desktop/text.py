"""Text folding for search and duplicate detection."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, accent-free, single-spaced form of ``text`` ("Sití  NUR" -> "siti nur").

    The search index stores names in this form and queries are folded the same way, so a
    search is case and accent insensitive whatever the keyboard produced.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


_ID_NUMBER = re.compile(r"(?<!\d)\d{16}(?!\d)")


def redact_id_numbers(text: str) -> str:
    """``text`` with every 16-digit number (a NIK or a KK number) masked but its last
    four digits: for log files, which are never encrypted."""
    return _ID_NUMBER.sub(lambda m: "************" + m.group(0)[-4:], text)
