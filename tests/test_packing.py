"""Packed change entries (store/packing.py): every format reads back exactly."""

from __future__ import annotations

import json
import uuid
import zlib

import pytest

from desmig_desktop.domain import new_id
from desmig_desktop.store.packing import PackError, pack, unpack
from desmig_desktop.store.packing_dictionary import DICTIONARY_1, DICTIONARY_2

CONSENT = json.dumps(
    {
        "given_by": "orang_tua",
        "given_on": "2026-06-26",
        "giver_name": "Wira Maulana",
        "person_id": str(new_id()),
        "recorded_by": "admin",
        "scope": "layanan,instansi,mitra,dokumen,statistik",
    },
    sort_keys=True,
    separators=(",", ":"),
)


def _packed_1(text: str) -> bytes:
    """A value as stores wrote it before migration 0011 (format 1)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -13, 4, zlib.Z_DEFAULT_STRATEGY, DICTIONARY_1)
    return b"\x01" + packer.compress(text.encode()) + packer.flush()


@pytest.mark.parametrize(
    "text",
    [
        "{}",
        CONSENT,
        json.dumps({"a": str(new_id()), "b": [str(new_id()), str(uuid.uuid4())]}),
        # Not lifted: capitals, no dashes, a NUL of the text's own, cut short.
        json.dumps({"a": str(new_id()).upper(), "b": new_id().hex}),
        '{"a":"\x00","b":"' + str(new_id()) + '"}',
        str(new_id())[:-1],
        # Back to back, at the edges, inside other hex digits, non-ASCII around.
        str(new_id()) + str(new_id()),
        "ff" + str(new_id()) + "ff é 中 " + str(new_id()),
    ],
)
def test_values_read_back_exactly(text: str) -> None:
    packed = pack(text)
    assert packed[0] == 2
    assert unpack(packed) == text
    assert unpack(memoryview(packed)) == text  # as some drivers hand blobs back


def test_uuids_follow_the_stream_as_bytes() -> None:
    ids = [new_id(), new_id()]
    packed = pack(json.dumps({"a": str(ids[0]), "b": str(ids[1])}))
    assert packed.endswith(ids[0].bytes + ids[1].bytes)
    inner = zlib.decompressobj(-15, DICTIONARY_2).decompress(packed[1:])
    assert inner == b'{"a": "\x00", "b": "\x00"}'


def test_entries_of_the_older_format_still_read() -> None:
    assert unpack(_packed_1(CONSENT)) == CONSENT
    assert unpack(CONSENT) == CONSENT  # text, before 0005


def test_a_consent_entry_packs_smaller_than_before() -> None:
    assert len(pack(CONSENT)) < 0.7 * len(_packed_1(CONSENT))


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: b"\x09" + p[1:],  # an unknown format
        lambda p: p[:-17],  # a UUID short
        lambda p: p + b"\x00" * 16,  # a UUID too many
        lambda p: p[:5],  # the stream cut
    ],
)
def test_damaged_values_are_refused(damage: object) -> None:
    packed = pack(CONSENT)
    with pytest.raises(PackError):
        unpack(damage(packed))  # type: ignore[operator]


def test_a_format_1_value_with_bytes_after_it_is_refused() -> None:
    with pytest.raises(PackError):
        unpack(_packed_1(CONSENT) + b"\x01" * 16)
