"""Values the store keeps in a compact form (change log, consents) read back exactly,
whatever they are, and sort as their text does."""

from __future__ import annotations

import itertools
import sqlite3
import uuid
from typing import Any

import pytest

from desmig_desktop.domain import MODEL_BY_TABLE
from desmig_desktop.domain.consent import PurposeSet
from desmig_desktop.domain.enums import ConsentPurpose
from desmig_desktop.store.hlc import format_stamp
from desmig_desktop.store.local import Operation, Stamp, SyncAnswer, TableName


def _round_trip(kind: Any, value: str) -> Any:
    """``value`` through a real SQLite column of ``kind``'s declared type and back."""
    stored = kind.process_bind_param(value, None)
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE TABLE t (v {kind.impl_instance.compile()})")
    db.execute("INSERT INTO t VALUES (?)", (stored,))
    (back,) = db.execute("SELECT v FROM t").fetchone()
    db.close()
    assert back == stored
    return kind.process_result_value(back, None)


def test_every_synced_table_has_a_code() -> None:
    assert set(MODEL_BY_TABLE) <= set(TableName.CODES)
    assert len(set(TableName.CODES)) == len(TableName.CODES) < 256


@pytest.mark.parametrize(
    ("kind", "value", "compact"),
    [
        *[(TableName(), name, True) for name in TableName.CODES],
        (TableName(), "not_a_table_yet", False),
        (TableName(), "12", False),
        *[(Operation(), op, True) for op in Operation.CODES],
        (Operation(), "upsert", False),
        *[(SyncAnswer(), answer, True) for answer in SyncAnswer.CODES],
        (SyncAnswer(), "later", False),
        (Stamp(), format_stamp(1_795_865_008_501, 0, uuid.uuid4()), True),
        (Stamp(), format_stamp(281_474_976_710_655, 99_999, uuid.uuid4()), True),
        (Stamp(), format_stamp(281_474_976_710_656, 0, uuid.uuid4()), False),  # past 2^48 ms
        (Stamp(), "", False),
        (Stamp(), "000000000000001-00000-x", False),
        (Stamp(), format_stamp(1, 2, uuid.uuid4()).upper(), False),
    ],
)
def test_values_read_back_exactly(kind: Any, value: str, compact: bool) -> None:
    assert _round_trip(kind, value) == value
    assert isinstance(kind.process_bind_param(value, None), bytes) == compact


def test_stamps_sort_as_their_text() -> None:
    device = uuid.uuid4()
    stamps = [
        format_stamp(ms, counter, other)
        for ms, counter, other in itertools.product(
            (1_795_865_008_501, 1_795_865_008_502, 1_000_000_000_000),
            (0, 1, 10, 99_999),
            (device, uuid.uuid4()),
        )
    ]
    stored = {Stamp().process_bind_param(stamp, None): stamp for stamp in stamps}
    assert [stored[key] for key in sorted(stored)] == sorted(stamps)  # type: ignore[type-var]


def test_every_set_of_purposes_in_the_services_form_is_one_byte() -> None:
    purposes = [purpose.value for purpose in ConsentPurpose]
    for size in range(len(purposes) + 1):
        for chosen in itertools.combinations(purposes, size):
            scope = ",".join(chosen)
            stored = PurposeSet().process_bind_param(scope, None)
            assert isinstance(stored, bytes) and len(stored) == 1
            assert _round_trip(PurposeSet(), scope) == scope


@pytest.mark.parametrize(
    "scope", ["statistik,layanan", "layanan,layanan", "layanan,", "rahasia", "1", "layanan, mitra"]
)
def test_purposes_in_another_form_are_kept_as_text(scope: str) -> None:
    assert PurposeSet().process_bind_param(scope, None) == scope
    assert _round_trip(PurposeSet(), scope) == scope


def test_unknown_codes_are_refused() -> None:
    with pytest.raises(ValueError):
        TableName().process_result_value(bytes((len(TableName.CODES) + 1,)), None)
    with pytest.raises(ValueError):
        PurposeSet().process_result_value(bytes((1 << len(ConsentPurpose),)), None)
