"""The name key that tells when two names are likely the same name spelt differently.

The same villager is often registered twice: once by an officer from the KTP, once from
a relative's account or an old list, spelt another way. Two records are likely the same
person when they have the same NIK, or when their names have the same :func:`name_key`
(or long keys one letter apart) and the same birth date; the look-up itself is
``PeopleService.likely_duplicates``. Pure functions: no store, no Qt.

The name key's rules, in order:

1. Case, accents and punctuation go ("Ma'ruf", "MARUF" and "Maruf" are one name).
2. Every way of writing Muhammad, also abbreviated, becomes one word: Moh., Mohd., Muh.,
   Mhd., Md., Mohammad, Mohamad, Mochammad, Muhamad, Muchammad, Mohammed...
3. Spaces go: "Nur Aini" = "Nuraini".
4. Old (Dutch-era) spellings become today's: oe -> u (Soekarno), dj -> j (Djoko),
   tj -> c (Tjipto), sj -> sy (Sjahrir), nj -> ny (Njoman).
5. Variants that people write both ways: oo -> u (Noor, Nur), ch and kh -> h (Achmad,
   Akhmad, Ahmad), th -> t (Fathimah), dh -> d (Ramadhan), q -> k (Qomariyah),
   ae -> ai (Zaenal, Zainal), y -> i (Rachmawaty, Rahmawati; Widya, Widia).
6. Doubled letters become single (Muhammad, Muhamad; Anna, Ana).

Deliberately left out, as they would join different people: a lone "M." (Muhammad, but
also any M- name), "Abd." for Abdul, Sundanese p/f (Pitri, Fitri), and "c" for "ch"
(Chandra, Candra). A false match only costs a warning the officer reads; a missed one
costs a duplicate, so the rules lean to matching, and only with the same birth date.
"""

from __future__ import annotations

import re

from ..text import fold

_NOT_LETTERS = re.compile(r"[^0-9a-z]+")
_DOUBLED = re.compile(r"(.)\1+")
# Applied in this order, on the whole name once the spaces are gone.
SPELLING_RULES: tuple[tuple[str, str], ...] = (
    ("oe", "u"),
    ("oo", "u"),
    ("dj", "j"),
    ("tj", "c"),
    ("sj", "sy"),
    ("nj", "ny"),
    ("ch", "h"),
    ("kh", "h"),
    ("th", "t"),
    ("dh", "d"),
    ("q", "k"),
    ("ae", "ai"),
    ("y", "i"),
)
# Every form of Muhammad, as it reads after the spelling rules (see _respell).
_MUHAMMAD_FORMS = frozenset(
    {"muhamad", "mohamad", "muhamed", "mohamed", "moh", "mohd", "muh", "muhd", "mhd", "md"}
)
_MUHAMMAD = "muhamad"


def _respell(word: str) -> str:
    for old, new in SPELLING_RULES:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word)


def name_key(name: str | None) -> str:
    """The form of ``name`` that spelling variants share (rules in the module's docstring).

    >>> name_key("Nur Aini") == name_key("Nuraini")
    True
    >>> name_key("Moh. Soekarno") == name_key("Muhammad Sukarno")
    True
    """
    words = _NOT_LETTERS.sub(" ", fold(name)).split()
    words = [_MUHAMMAD if _respell(word) in _MUHAMMAD_FORMS else word for word in words]
    return _respell("".join(words))


def _one_apart(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by changing, adding or removing one letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            skip = 1 if len(a) == len(b) else 0
            return a[index + skip :] == b[index + 1 :]
    return True


# Keys shorter than this must be equal: "Ani" and "Ana" are different people.
CLOSE_KEY_LENGTH = 8


def similar_names(a: str, b: str) -> bool:
    """Whether two names are likely the same name spelt differently."""
    key_a, key_b = name_key(a), name_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    return min(len(key_a), len(key_b)) >= CLOSE_KEY_LENGTH and _one_apart(key_a, key_b)
