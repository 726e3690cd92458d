"""Change entries' field values, compressed.

The change log holds an entry per write, and its JSON is most of a store's size: the same
field names and vocabulary over and over. Each value is deflated with a preset dictionary
of exactly those names and words (made from the models by tools/build_change_dictionary.py),
which more than halves it, where plain deflate saves little on a few hundred bytes.

Stored form: one byte naming the dictionary, then raw deflate. Text values (entries written
before migration 0005) are read as they are. A dictionary never changes once stores use
it; a better one is added under the next number, and the older ones stay for reading.
"""

from __future__ import annotations

import zlib
from typing import Any

from sqlalchemy import LargeBinary, TypeDecorator

from .packing_dictionary import DICTIONARY_1

_DICTIONARIES = {1: DICTIONARY_1}
_CURRENT = 1
_LEVEL = 9  # best ratio; on entries this small it costs next to nothing more than 6
# An 8 KB window holds the whole dictionary; small hash tables (memory level 4) compress
# these entries just as well and set up in a quarter of the time, which a seed of 300,000
# entries feels. Unpacking takes any window, so these can change without a new format.
_WINDOW_BITS = 13
_MEMORY_LEVEL = 4


class PackError(ValueError):
    """A packed value this version cannot read (unknown dictionary or damaged data)."""


# A compressor that has read the dictionary and nothing else; each value is packed by a
# copy of it, which gives the same bytes as a new compressor given the dictionary, in half
# the time (reading the dictionary was most of the work on values this small).
_PRIMED = zlib.compressobj(
    _LEVEL,
    zlib.DEFLATED,
    -_WINDOW_BITS,
    _MEMORY_LEVEL,
    zlib.Z_DEFAULT_STRATEGY,
    _DICTIONARIES[_CURRENT],
)
_PREFIX = bytes((_CURRENT,))


def pack(text: str) -> bytes:
    packer = _PRIMED.copy()
    return _PREFIX + packer.compress(text.encode("utf-8")) + packer.flush()


def unpack(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    dictionary = _DICTIONARIES.get(data[0]) if data else None
    if dictionary is None:
        raise PackError(f"packed with unknown dictionary {data[:1]!r}")
    try:
        unpacker = zlib.decompressobj(-15, dictionary)
        raw = unpacker.decompress(data[1:]) + unpacker.flush()
    except zlib.error as error:
        raise PackError(f"damaged packed value: {error}") from error
    return raw.decode("utf-8")


class PackedJSON(TypeDecorator[str]):
    """JSON text in Python, packed bytes in the store."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> bytes | None:
        return None if value is None else pack(value)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else unpack(value)
