"""Whole-store exports: the canonical JSON snapshot, one CSV per table, one XLSX workbook.

Only domain data leaves: every synced table (``SYNCED_MODELS``), every row including
tombstones (``deleted``), every column except secrets (``SECRET_FIELDS``) and the
per-machine ``created_at``/``updated_at`` times. Without those times two stores holding the
same records write byte-identical JSON, so a snapshot can be compared with ``cmp``
after a restore or a sync. No change log, no device bookkeeping.

Rows are read table by table with plain SQL in id order, inside one read transaction (one
consistent snapshot even while the app writes), and written as they are read: a store of
100,000 people is never held in memory, let alone twice. Every file is written beside its
final name and renamed into place once complete, so a failure never leaves half a file
under the name a user would open.
"""

from __future__ import annotations

import csv
import json
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Boolean, inspect

from ..domain import SECRET_FIELDS, SYNCED_MODELS, SyncedRecord
from ..domain.base import UUIDBytes
from ..store.changes import to_json_value
from ..store.db import Store

# Per-machine times: the same record has different ones on every laptop that stored it.
EXCLUDED_COLUMNS = frozenset({"created_at", "updated_at"})
# Excel's limits: sheet names of 31 characters, 1,048,576 rows a sheet (one is the header).
SHEET_NAME_LIMIT = 31
SHEET_ROW_LIMIT = 1_048_576 - 1

_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
# For rows whose columns are already selected in sorted order: the same bytes, no sorting.
_JSON_PRESORTED = json.JSONEncoder(ensure_ascii=False, sort_keys=False, separators=(",", ":"))
Converter = Callable[[Any], Any]


def _table_name(model: type[SyncedRecord]) -> str:
    name = model.__tablename__
    assert isinstance(name, str)
    return name


def exported_columns(model: type[SyncedRecord]) -> list[str]:
    """The columns of ``model`` an export carries, in the table's own order."""
    secret = SECRET_FIELDS.get(_table_name(model), frozenset())
    return [
        column.key
        for column in inspect(model).columns
        if column.key not in EXCLUDED_COLUMNS and column.key not in secret
    ]


def _uuid_text(value: bytes | str) -> str:
    # The store keeps a UUID as its 16 bytes (domain.base.UUIDBytes). Slicing their hex
    # gives exactly str(UUID(...)) at a fraction of the cost, which matters over 700k rows.
    if isinstance(value, bytes) and len(value) == 16:
        h = value.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return str(uuid.UUID(str(value)))


def _converter(model: type[SyncedRecord], name: str, dialect: Any) -> Converter | None:
    """How a raw SQLite value of column ``name`` becomes its JSON form (None: as it is).

    The same result the ORM would give, passed through ``changes.to_json_value``, which is
    also the form the change log carries.
    """
    column_type = inspect(model).columns[name].type
    if isinstance(column_type, UUIDBytes):
        return _uuid_text
    if isinstance(column_type, Boolean):
        return bool
    processor = column_type.dialect_impl(dialect).result_processor(dialect, None)
    if processor is None:
        return None
    return lambda value: to_json_value(processor(value))


class _Table:
    """One table as an export reads it: its columns and a converted row iterator."""

    def __init__(self, model: type[SyncedRecord], columns: list[str], dialect: Any) -> None:
        self.model = model
        self.name = _table_name(model)
        self.columns = columns
        self._conversions = [
            (index, conv)
            for index, name in enumerate(columns)
            if (conv := _converter(model, name, dialect)) is not None
        ]

    def rows(self, connection: sqlcipher.Connection) -> Iterator[list[Any]]:
        """Every row in id order (the ids' bytes sort exactly as their string forms do)."""
        select_list = ", ".join(f'"{name}"' for name in self.columns)
        cursor = connection.execute(f'SELECT {select_list} FROM "{self.name}" ORDER BY id')
        conversions = self._conversions
        try:
            while batch := cursor.fetchmany(2000):
                for raw in batch:
                    values = list(raw)
                    for index, conv in conversions:
                        if values[index] is not None:
                            values[index] = conv(values[index])
                    yield values
        finally:
            cursor.close()


@contextmanager
def _snapshot(store: Store) -> Iterator[sqlcipher.Connection]:
    """The store's SQLite connection inside one read transaction.

    In WAL mode a read transaction sees one state of the file from its first read to its
    end, so tables read one after another still agree with each other (no person whose
    household was written after the household table was read).
    """
    with store.engine.connect() as connection:
        connection.begin()
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlcipher.Connection)
        yield driver


def _tables(store: Store, *, sort_columns: bool) -> list[_Table]:
    dialect = store.engine.dialect
    tables = []
    for model in SYNCED_MODELS:
        columns = exported_columns(model)
        tables.append(_Table(model, sorted(columns) if sort_columns else columns, dialect))
    return tables


@contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``, renamed onto it when the block succeeds.

    The data is synced to disk before the rename: these laptops lose power often, and a
    rename that reaches the disk before the data would leave an empty file behind.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        yield partial
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


# -- JSON ---------------------------------------------------------------------------------


def export_json(store: Store, path: Path) -> Path:
    """Write the canonical snapshot of the store's domain data to ``path``.

    One object mapping each synced table's name to its rows, sorted by id; each row maps
    every exported column (``id``, ``deleted``, the fields) to its value as
    ``changes.to_json_value`` gives it. Keys sorted, compact separators, UTF-8 without
    escapes, one row a line (so two snapshots can be compared with ``diff``) and a
    trailing newline. Same data, same bytes. Returns ``path``.
    """
    path = Path(path)
    tables = sorted(_tables(store, sort_columns=True), key=lambda table: table.name)
    encode = _JSON.encode
    encode_row = _JSON_PRESORTED.encode
    with (
        _replacing(path) as partial,
        _snapshot(store) as connection,
        partial.open("w", encoding="utf-8", newline="\n") as out,
    ):
        out.write("{")
        for table_index, table in enumerate(tables):
            out.write("\n" if table_index == 0 else ",\n")
            out.write(encode(table.name))
            out.write(":[")
            names = table.columns
            first = True
            for values in table.rows(connection):
                # Columns were selected in sorted order, so the row is already canonical.
                out.write("\n" if first else ",\n")
                out.write(encode_row(dict(zip(names, values, strict=True))))
                first = False
            out.write("]" if first else "\n]")
        out.write("\n}\n")
    return path


# -- CSV ----------------------------------------------------------------------------------


def _csv_cell(value: Any) -> Any:
    # Booleans as JSON writes them, so the CSV and the JSON hold the same values.
    if value is True:
        return "true"
    if value is False:
        return "false"
    return value


def export_csv(store: Store, folder: Path) -> list[Path]:
    """Write one ``<table>.csv`` per synced table into ``folder`` (created if needed).

    UTF-8, a header row of the exported columns in the table's order, rows in id order,
    the same values as the JSON snapshot (empty for null, ``true``/``false``). Every file
    is finished before any is renamed into place, so a failure replaces none of them.
    Returns the files written, in ``SYNCED_MODELS`` order.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tables = _tables(store, sort_columns=False)
    written: list[tuple[Path, Path]] = []
    try:
        with _snapshot(store) as connection:
            for table in tables:
                target = folder / f"{table.name}.csv"
                partial = folder / f".{table.name}.csv.partial"
                written.append((partial, target))
                with partial.open("w", encoding="utf-8", newline="") as out:
                    writer = csv.writer(out)
                    writer.writerow(table.columns)
                    for values in table.rows(connection):
                        writer.writerow([_csv_cell(value) for value in values])
                _fsync(partial)
        for partial, target in written:
            os.replace(partial, target)
    except BaseException:
        for partial, _ in written:
            partial.unlink(missing_ok=True)
        raise
    return [target for _, target in written]


# -- XLSX ---------------------------------------------------------------------------------


def _sheet_names(tables: list[_Table]) -> dict[str, str]:
    """A unique sheet name of at most 31 characters per table."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for table in tables:
        name = table.name[:SHEET_NAME_LIMIT]
        counter = 2
        while name.lower() in used:
            suffix = f"~{counter}"
            name = table.name[: SHEET_NAME_LIMIT - len(suffix)] + suffix
            counter += 1
        used.add(name.lower())
        names[table.name] = name
    return names


def export_xlsx(store: Store, path: Path) -> Path:
    """Write one sheet per synced table to the workbook ``path``.

    Each sheet has a header row of the exported columns and the same values as the JSON
    snapshot (ids and dates as text, booleans as TRUE/FALSE). Text is always text: a name
    or note beginning with ``=`` is never turned into a formula. A table with more rows
    than a sheet holds continues on further sheets. Returns ``path``.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    path = Path(path)
    tables = _tables(store, sort_columns=False)
    sheet_names = _sheet_names(tables)
    workbook = Workbook(write_only=True)

    def new_sheet(table: _Table, part: int) -> WriteOnlyWorksheet:
        title = sheet_names[table.name]
        if part > 1:
            suffix = f" ({part})"
            title = title[: SHEET_NAME_LIMIT - len(suffix)] + suffix
        sheet = workbook.create_sheet(title)
        sheet.append(table.columns)
        return sheet

    def cell(sheet: WriteOnlyWorksheet, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        # Control characters are not allowed in the XML of a workbook.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if (len(value) > 1 and value.startswith("=")) or value in ERROR_CODES:
            # openpyxl would store these as a formula or an error value.
            text = WriteOnlyCell(sheet, value=value)
            text.data_type = "s"
            return text
        return value

    with _replacing(path) as partial:
        try:
            with _snapshot(store) as connection:
                for table in tables:
                    part = 1
                    sheet = new_sheet(table, part)
                    rows_in_sheet = 0
                    for values in table.rows(connection):
                        if rows_in_sheet == SHEET_ROW_LIMIT:
                            part += 1
                            sheet = new_sheet(table, part)
                            rows_in_sheet = 0
                        sheet.append([cell(sheet, value) for value in values])
                        rows_in_sheet += 1
        except BaseException:
            _discard(workbook)
            raise
        workbook.save(partial)
    return path


def _discard(workbook: Any) -> None:
    """Close the sheets of an abandoned write-only workbook and remove their temporary
    files, which openpyxl would otherwise keep until the application exits."""
    for sheet in workbook.worksheets:
        with suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with suppress(Exception):
                writer.cleanup()
