"""Messages of the Qt-free core in Bahasa Indonesia (default) and English.

The GUI translates its own strings with Qt's ``tr()``; the core (services, validation,
import, command line) cannot depend on Qt, so its messages live in small catalogues that
each module registers here. Every message exists in both languages: ``tests/test_i18n.py``
walks every registered catalogue.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("id", "en")
DEFAULT_LANGUAGE = "id"

_catalogue: dict[str, dict[str, str]] = {}
_current = os.environ.get("DESMIG_LANG", DEFAULT_LANGUAGE)
if _current not in LANGUAGES:
    _current = DEFAULT_LANGUAGE


def register(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Add messages ``{key: {"id": ..., "en": ...}}`` to the catalogue.

    A key registered twice with different text is a programming error: two modules would
    silently fight over what the user reads.
    """
    for key, texts in messages.items():
        missing = [lang for lang in LANGUAGES if not texts.get(lang)]
        if missing:
            raise ValueError(f"message {key!r} lacks {missing}")
        if key in _catalogue and _catalogue[key] != dict(texts):
            raise ValueError(f"message {key!r} registered twice with different text")
        _catalogue[key] = dict(texts)


def set_language(language: str) -> None:
    """Choose the language of core messages (``id`` or ``en``)."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {LANGUAGES}")
    _current = language


def current_language() -> str:
    return _current


def t(key: str, /, **params: object) -> str:
    """The message ``key`` in the current language, formatted with ``params``.

    An unknown key returns the key itself so a missing message never hides an error.
    """
    texts = _catalogue.get(key)
    if texts is None:
        return key
    text = texts.get(_current) or texts[DEFAULT_LANGUAGE]
    return text.format(**params) if params else text


def all_messages() -> dict[str, dict[str, str]]:
    """Every registered message (for tests and translators)."""
    return {key: dict(texts) for key, texts in _catalogue.items()}
