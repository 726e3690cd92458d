"""Change entries' field values, compressed.

The change log holds an entry per write, and its JSON is most of a store's size: the same
field names and vocabulary over and over. Each value is deflated with a preset dictionary
of exactly those names and words (made from the models by tools/build_change_dictionary.py),
which more than halves it, where plain deflate saves little on a few hundred bytes.

Stored form: one byte naming the format, then raw deflate.

- 1: deflated with dictionary 1 (entries written before migration 0011).
- 2: deflated with dictionary 2 (which knows consents), and UUIDs taken out of the text:
  each canonical UUID (``01a221e5-5f17-7bfd-83a9-413667a60001``) is deflated as one NUL
  character and its 16 bytes follow the deflate stream, in order. Thirty-six hex digits
  and dashes cost deflate about 33 bytes on entries this small; the bytes cost 16. A
  text that holds a NUL of its own keeps its UUIDs (and nothing follows the stream).

Text values (entries written before migration 0005) are read as they are. A format never
changes once stores use it; a better one is added under the next number, and the older
ones stay for reading.
"""

from __future__ import annotations

import re
import uuid
import zlib
from typing import Any

from sqlalchemy import LargeBinary, TypeDecorator

from .packing_dictionary import DICTIONARY_1, DICTIONARY_2

_DICTIONARIES = {1: DICTIONARY_1, 2: DICTIONARY_2}
_CURRENT = 2
_UUIDS_LIFTED = frozenset({2})  # formats whose UUIDs follow the stream
_LEVEL = 9  # best ratio; on entries this small it costs next to nothing more than 6
# An 8 KB window holds the whole dictionary; small hash tables (memory level 4) compress
# these entries just as well and set up in a quarter of the time, which a seed of 300,000
# entries feels. Unpacking takes any window, so these can change without a new format.
_WINDOW_BITS = 13
_MEMORY_LEVEL = 4
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_PLACE = "\x00"


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
    lifted: list[bytes] = []
    if _PLACE not in text:

        def lift(match: re.Match[str]) -> str:
            lifted.append(bytes.fromhex(match.group().replace("-", "")))
            return _PLACE

        text = _UUID.sub(lift, text)
    packer = _PRIMED.copy()
    return _PREFIX + packer.compress(text.encode("utf-8")) + packer.flush() + b"".join(lifted)


def unpack(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    data = bytes(data)
    dictionary = _DICTIONARIES.get(data[0]) if data else None
    if dictionary is None:
        raise PackError(f"packed with unknown dictionary {data[:1]!r}")
    try:
        unpacker = zlib.decompressobj(-15, dictionary)
        raw = unpacker.decompress(data[1:]) + unpacker.flush()
    except zlib.error as error:
        raise PackError(f"damaged packed value: {error}") from error
    if not unpacker.eof:
        raise PackError("damaged packed value: the stream is cut short")
    text = raw.decode("utf-8")
    tail = unpacker.unused_data
    if data[0] not in _UUIDS_LIFTED or not tail:
        if tail:
            raise PackError("damaged packed value: bytes after the stream")
        return text
    pieces = text.split(_PLACE)
    if len(tail) != 16 * (len(pieces) - 1):
        raise PackError("damaged packed value: its UUIDs do not match the text")
    out = [pieces[0]]
    for index, piece in enumerate(pieces[1:]):
        out.append(str(uuid.UUID(bytes=tail[16 * index : 16 * index + 16])))
        out.append(piece)
    return "".join(out)


class PackedJSON(TypeDecorator[str]):
    """JSON text in Python, packed bytes in the store."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> bytes | None:
        return None if value is None else pack(value)

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else unpack(value)
