"""Import of penduduk from a spreadsheet (CSV or XLSX), as village offices keep them.

The file has a header row naming its columns (any case, any order)::

    nik, no_kk, nama, jenis_kelamin, tempat_lahir, tanggal_lahir, alamat, rt, rw, dusun, telepon

Every row goes through the people service, so it is judged exactly as if an officer had
typed it: a row is imported, imported with warnings (the record is flagged for
verification), or rejected with the reasons, and a rejected row never stops the others.
Nothing is imported twice: a NIK already stored or met earlier in the file is a
duplicate, and a row without NIK is matched on name, birth date and sex, so running the
same file again changes nothing. Rows sharing a KK number share one household, which
holds the address.

The whole file is one write transaction (all accepted rows stored, or none after a
crash), with a savepoint per row so that a row the database refuses is rejected alone.
"""

from __future__ import annotations

import csv
import io
import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from .. import i18n, validation
from ..domain import Household, Person
from ..services import Services
from ..services.errors import ValidationFailed
from ..services.people import clean_household, clean_person
from ..store.local import DeviceState
from ..text import fold
from ..validation import Problem

i18n.register(
    {
        "import.file_unreadable": {
            "id": "Berkas {file} tidak bisa dibuka: {error}",
            "en": "Cannot open the file {file}: {error}",
        },
        "import.file_foreign": {
            "id": "Berkas {file} bukan CSV atau XLSX. Simpan data penduduk sebagai CSV (UTF-8) atau XLSX, lalu impor lagi.",
            "en": "The file {file} is neither CSV nor XLSX. Save the people data as CSV (UTF-8) or XLSX, then import again.",
        },
        "import.file_xls": {
            "id": "Berkas {file} berformat Excel lama (XLS). Buka di Excel atau LibreOffice, simpan sebagai XLSX atau CSV UTF-8, lalu impor lagi.",
            "en": "The file {file} is an old Excel (XLS) workbook. Open it in Excel or LibreOffice, save it as XLSX or CSV UTF-8, then import again.",
        },
        "import.file_encoding": {
            "id": "Berkas {file} bukan teks UTF-8. Di Excel pilih Simpan Sebagai > 'CSV UTF-8 (dipisahkan koma)', lalu impor lagi.",
            "en": "The file {file} is not UTF-8 text. In Excel choose Save As > 'CSV UTF-8 (comma delimited)', then import again.",
        },
        "import.file_empty": {
            "id": "Berkas {file} kosong: tidak ada baris judul kolom.",
            "en": "The file {file} is empty: there is no header row.",
        },
        "import.missing_column": {
            "id": "Kolom wajib {columns} tidak ada di baris judul berkas {file}. Baris pertama harus berisi nama kolom, misalnya: {expected}.",
            "en": "The required column {columns} is missing from the header row of {file}. The first row must name the columns, e.g.: {expected}.",
        },
        "import.note_unknown_columns": {
            "id": "Kolom yang tidak dikenal diabaikan: {columns}.",
            "en": "Unknown columns were ignored: {columns}.",
        },
        "import.note_repeated_column": {
            "id": "Kolom {column} muncul lebih dari sekali; hanya yang pertama dipakai.",
            "en": "The column {column} appears more than once; only the first one is used.",
        },
        "import.note_no_rows": {
            "id": "Berkas tidak berisi baris data.",
            "en": "The file holds no data rows.",
        },
        "import.duplicate_nik_in_file": {
            "id": "NIK ini sudah ada di baris {row} berkas ini; baris dilewati.",
            "en": "This NIK is already on row {row} of this file; the row was skipped.",
        },
        "import.duplicate_nik_stored": {
            "id": "NIK ini sudah terdaftar atas nama {name}; baris dilewati. Untuk mengubah datanya, impor dengan pilihan perbarui (--update).",
            "en": "This NIK is already registered to {name}; the row was skipped. To change that record, import with the update option (--update).",
        },
        "import.duplicate_person_in_file": {
            "id": "Orang dengan nama, tanggal lahir dan jenis kelamin yang sama sudah ada di baris {row}; baris dilewati.",
            "en": "A person with the same name, birth date and sex is already on row {row}; the row was skipped.",
        },
        "import.duplicate_person_stored": {
            "id": "{name} dengan tanggal lahir dan jenis kelamin yang sama sudah terdaftar; baris dilewati.",
            "en": "{name} with the same birth date and sex is already registered; the row was skipped.",
        },
        "import.update_unknown_nik": {
            "id": "NIK ini belum terdaftar. Untuk menambahkannya sebagai orang baru, isi juga kolom nama dan jenis_kelamin.",
            "en": "This NIK is not registered. To add the person as new, fill in the nama and jenis_kelamin columns too.",
        },
        "import.update_without_nik": {
            "id": "NIK kosong: baris tanpa NIK hanya bisa ditambahkan sebagai orang baru, jadi isi kolom nama dan jenis_kelamin.",
            "en": "The NIK is empty: a row without NIK can only be added as a new person, so fill in the nama and jenis_kelamin columns.",
        },
        "import.updated_columns": {
            "id": "Diubah: {columns}.",
            "en": "Changed: {columns}.",
        },
        "import.unchanged": {
            "id": "Data sudah sama; tidak ada yang diubah.",
            "en": "The record already matches; nothing was changed.",
        },
        "import.database_error": {
            "id": "Baris tidak bisa disimpan ke basis data: {error}",
            "en": "The row could not be stored in the database: {error}",
        },
        "import.report_unwritable": {
            "id": "Laporan tidak bisa ditulis ke {file}: {error}. Pilih folder lain; belum ada data yang diimpor.",
            "en": "Cannot write the report to {file}: {error}. Choose another folder; nothing was imported yet.",
        },
        "import.line": {
            "id": "Baris {row}: {status}: {message}",
            "en": "Row {row}: {status}: {message}",
        },
        "import.status.imported": {"id": "diimpor", "en": "imported"},
        "import.status.updated": {"id": "diperbarui", "en": "updated"},
        "import.status.warning": {"id": "peringatan", "en": "warning"},
        "import.status.rejected": {"id": "ditolak", "en": "rejected"},
        "import.status.duplicate": {"id": "ganda", "en": "duplicate"},
        "import.status.unchanged": {"id": "tidak berubah", "en": "unchanged"},
    }
)

# The columns of the file, in the order the template lists them.
COLUMNS: tuple[str, ...] = (
    "nik",
    "no_kk",
    "nama",
    "jenis_kelamin",
    "tempat_lahir",
    "tanggal_lahir",
    "alamat",
    "rt",
    "rw",
    "dusun",
    "telepon",
)
# File column -> Person field; the NIK is also the key an update finds the person by.
PERSON_COLUMNS: dict[str, str] = {
    "nik": "nik",
    "nama": "name",
    "jenis_kelamin": "sex",
    "tempat_lahir": "birth_place",
    "tanggal_lahir": "birth_date",
    "telepon": "phone",
}
# File column -> Household field: the address belongs to the family card, not the person.
HOUSEHOLD_COLUMNS: dict[str, str] = {
    "no_kk": "no_kk",
    "alamat": "address",
    "rt": "rt",
    "rw": "rw",
    "dusun": "dusun",
}
REQUIRED_COLUMNS: tuple[str, ...] = ("nama", "jenis_kelamin")
REQUIRED_COLUMNS_FOR_UPDATE: tuple[str, ...] = ("nik",)
REPORT_HEADER: tuple[str, ...] = ("row", "status", "nik", "nama", "message")
PROGRESS_EVERY = 100  # rows between two progress calls
_COLUMN_BY_FIELD = {f: c for c, f in {**PERSON_COLUMNS, **HOUSEHOLD_COLUMNS}.items()}


class ImportFileError(Exception):
    """The file cannot be imported at all: unreadable, not CSV/XLSX, not UTF-8, or a
    required column is missing. The message is in the user's language; the command
    line exits with 2 (bad usage or unreadable input)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class RowStatus(StrEnum):
    """What became of one row (the ``status`` column of the report)."""

    IMPORTED = "imported"
    UPDATED = "updated"
    WARNING = "warning"  # imported or updated, with warnings: the record is flagged
    REJECTED = "rejected"
    DUPLICATE = "duplicate"
    UNCHANGED = "unchanged"  # update: the record already said what the row says


@dataclass(frozen=True)
class RowOutcome:
    """One row of the file and what the import did with it.

    ``row`` is the row number as the spreadsheet shows it (the header is row 1).
    ``action`` says whether an accepted row (imported, updated or warning) made a new
    person (``imported``) or changed one (``updated``); it is None for the others.
    """

    row: int
    status: RowStatus
    nik: str | None
    name: str | None
    messages: tuple[str, ...] = ()
    person_id: uuid.UUID | None = None
    action: RowStatus | None = None

    @property
    def message(self) -> str:
        return " ".join(self.messages)


@dataclass
class ImportResult:
    """Every row's outcome, in file order, and notes about the file as a whole."""

    rows: list[RowOutcome] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def _count(self, status: RowStatus) -> int:
        return sum(1 for outcome in self.rows if outcome.status == status)

    @property
    def imported(self) -> int:
        """New people imported without warnings."""
        return self._count(RowStatus.IMPORTED)

    @property
    def updated(self) -> int:
        """People updated without warnings."""
        return self._count(RowStatus.UPDATED)

    @property
    def warnings(self) -> int:
        """Rows accepted (imported or updated) with warnings."""
        return self._count(RowStatus.WARNING)

    @property
    def rejected(self) -> int:
        return self._count(RowStatus.REJECTED)

    @property
    def duplicates(self) -> int:
        return self._count(RowStatus.DUPLICATE)

    @property
    def unchanged(self) -> int:
        return self._count(RowStatus.UNCHANGED)

    def summary(self) -> str:
        """The one-line summary (fixed wording: scripts read it)."""
        return (
            f"imported: {self.imported}, updated: {self.updated}, warnings: {self.warnings}, "
            f"rejected: {self.rejected}, duplicates: {self.duplicates}"
        )

    def lines(self) -> list[str]:
        """The notes, then one line for each row that needs a look (warnings, rejections,
        duplicates), in the user's language. Plain successes are left to the summary."""
        lines = list(self.notes)
        for outcome in self.rows:
            if outcome.status in (RowStatus.WARNING, RowStatus.REJECTED, RowStatus.DUPLICATE):
                status = i18n.t(f"import.status.{outcome.status.value}")
                lines.append(
                    i18n.t("import.line", row=outcome.row, status=status, message=outcome.message)
                )
        return lines

    def write_report(self, path: Path) -> None:
        """One CSV line per row: row, status, nik, nama, message (UTF-8, header first).

        Written beside ``path`` and renamed into place, so it is whole or absent.
        """
        path = Path(path)
        partial = _report_partial(path)
        try:
            with partial.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(REPORT_HEADER)
                for o in self.rows:
                    writer.writerow([o.row, o.status.value, o.nik or "", o.name or "", o.message])
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise


def _report_partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def _check_report_writable(path: Path) -> None:
    """Fail before importing, not after, when the report cannot be written: an error
    after the commit would leave the user unsure whether the rows went in."""
    partial = _report_partial(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.touch()
        partial.unlink()
    except OSError as error:
        raise ImportFileError(
            i18n.t("import.report_unwritable", file=path, error=error.strerror or error)
        ) from error


# -- reading the file ------------------------------------------------------------------------

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls (and .doc) files
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DELIMITERS = (",", ";", "\t")
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x19\x1b-\x1f]")  # not \x1a: DOS ends text with it


def _cell_text(value: Any) -> str:
    """A cell as text, the way the officer sees it in the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        # Spreadsheets keep numbers as floats: a NIK, RT or phone typed as a number.
        return str(int(value))
    return str(value).strip()


def _read_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """``(row number, cells)`` of the first sheet or the CSV, the header row included."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise ImportFileError(
            i18n.t("import.file_unreadable", file=path, error=error.strerror or error)
        ) from error
    if head.startswith(_ZIP_MAGIC):
        return _read_xlsx(path)
    if head.startswith(_OLE_MAGIC):
        raise ImportFileError(i18n.t("import.file_xls", file=path.name))
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise ImportFileError(i18n.t("import.file_foreign", file=path.name))
    return _read_csv(path)


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any zip that is not a workbook
        raise ImportFileError(i18n.t("import.file_foreign", file=path.name)) from error
    try:
        if not workbook.worksheets:
            raise ImportFileError(i18n.t("import.file_empty", file=path.name))
        rows = [
            (number, [_cell_text(value) for value in values])
            for number, values in enumerate(
                workbook.worksheets[0].iter_rows(values_only=True), start=1
            )
        ]
    except ImportFileError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged sheet inside a readable zip
        raise ImportFileError(i18n.t("import.file_foreign", file=path.name)) from error
    finally:
        workbook.close()
    return iter(rows)


def _read_csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            i18n.t("import.file_unreadable", file=path, error=error.strerror or error)
        ) from error
    if data.startswith(_UTF16_BOMS):
        raise ImportFileError(i18n.t("import.file_encoding", file=path.name))
    if _BINARY.search(data, 0, 8192):
        # Text, in any encoding a village office uses, has no control bytes besides tabs
        # and line ends: this is a picture, a PDF, a database...
        raise ImportFileError(i18n.t("import.file_foreign", file=path.name))
    try:
        text = data.decode("utf-8-sig")  # Excel's "CSV UTF-8" starts with a BOM
    except UnicodeDecodeError as error:
        raise ImportFileError(i18n.t("import.file_encoding", file=path.name)) from error
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    # Excel in Indonesian (and most European) locales separates with ';', as the comma
    # is the decimal mark there; the header line tells which one this file uses.
    delimiter = max(_DELIMITERS, key=first_line.count)
    if not first_line.count(delimiter):
        delimiter = ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise ImportFileError(i18n.t("import.file_foreign", file=path.name)) from error
    return (
        (number, [cell.strip() for cell in record])
        for number, record in enumerate(records, start=1)
    )


def _column_key(header: str) -> str:
    # "Jenis Kelamin" and "jenis-kelamin" are the same column as jenis_kelamin.
    return "_".join(header.strip().lower().replace("-", " ").split())


@dataclass
class _Layout:
    """Where each known column is in the file."""

    index: dict[str, int]
    notes: list[str]


def _layout(header: list[str], path: Path, *, update: bool) -> _Layout:
    index: dict[str, int] = {}
    unknown: list[str] = []
    notes: list[str] = []
    for position, title in enumerate(header):
        key = _column_key(title)
        if not key:
            continue  # an empty header cell: spreadsheets often carry blank columns
        if key not in COLUMNS:
            unknown.append(title.strip())
        elif key in index:
            notes.append(i18n.t("import.note_repeated_column", column=key))
        else:
            index[key] = position
    required = REQUIRED_COLUMNS_FOR_UPDATE if update else REQUIRED_COLUMNS
    missing = [column for column in required if column not in index]
    if missing:
        raise ImportFileError(
            i18n.t(
                "import.missing_column",
                columns=", ".join(missing),
                file=path.name,
                expected=", ".join(COLUMNS),
            )
        )
    if unknown:
        notes.insert(0, i18n.t("import.note_unknown_columns", columns=", ".join(unknown)))
    return _Layout(index, notes)


# -- importing the rows ----------------------------------------------------------------------


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _messages(problems: list[Problem]) -> tuple[str, ...]:
    # The same message twice (the service and the pre-check finding one problem) once.
    return tuple(dict.fromkeys(p.message for p in problems))


_Identity = tuple[str, date | None, str]


class _Importer:
    """The state of one import: what is stored, what the file has brought so far."""

    def __init__(self, services: Services, session: Session, *, update: bool) -> None:
        self.people = services.people
        self.centre_id = services.actor.centre_id
        self.session = session
        self.update = update
        # What the store holds (live records of this centre), loaded once: one query per
        # row for duplicates would dominate an import of 10,000 rows.
        self.by_nik: dict[str, tuple[uuid.UUID, str]] = {}
        self.by_identity: dict[_Identity, tuple[uuid.UUID, str]] = {}
        people = session.execute(
            select(
                col(Person.id),
                col(Person.nik),
                col(Person.name),
                col(Person.birth_date),
                col(Person.sex),
            ).where(
                col(Person.centre_id) == self.centre_id,
                col(Person.deleted) == False,  # noqa: E712
            )
        )
        for person_id, nik, name, birth_date, sex in people:
            if nik:
                self.by_nik[nik] = (person_id, name)
            self.by_identity.setdefault((fold(name), birth_date, sex), (person_id, name))
        self.households: dict[str, uuid.UUID] = {}
        kks = session.execute(
            select(col(Household.no_kk), col(Household.id))
            .where(col(Household.centre_id) == self.centre_id, col(Household.deleted) == False)  # noqa: E712
            .order_by(col(Household.created_at), col(Household.id))
        )
        for no_kk, household_id in kks:
            if no_kk:
                self.households.setdefault(no_kk, household_id)
        # The session's identity map holds objects weakly: a household or the device row
        # (which every flush stamps changes from) would be dropped after each row and
        # fetched again by the next one. Keeping them here saves two queries a row.
        self._device = session.get(DeviceState, 1)
        self._pinned: dict[uuid.UUID, Household] = {}
        # What earlier rows of this file took, with their row numbers.
        self.nik_rows: dict[str, int] = {}
        self.identity_rows: dict[_Identity, int] = {}

    # -- one row ------------------------------------------------------------------------------

    def row(self, number: int, cells: dict[str, str]) -> RowOutcome:
        nik = validation.normalise_nik(cells.get("nik")) or None
        name = cells.get("nama") or None
        if nik is not None and nik in self.nik_rows:
            return RowOutcome(
                number,
                RowStatus.DUPLICATE,
                nik,
                name,
                (i18n.t("import.duplicate_nik_in_file", row=self.nik_rows[nik]),),
            )
        if nik is not None and nik in self.by_nik:
            if self.update:
                return self._update(number, nik, cells)
            person_id, stored_name = self.by_nik[nik]
            message = i18n.t("import.duplicate_nik_stored", name=stored_name)
            return RowOutcome(
                number, RowStatus.DUPLICATE, nik, name, (message,), person_id=person_id
            )
        if self.update and not (cells.get("nama") and cells.get("jenis_kelamin")):
            key = "import.update_unknown_nik" if nik else "import.update_without_nik"
            return RowOutcome(number, RowStatus.REJECTED, nik, name, (i18n.t(key),))
        return self._insert(number, nik, cells)

    def _person_fields(
        self, cells: dict[str, str], *, only_filled: bool
    ) -> tuple[dict[str, Any], list[Problem]]:
        """The Person fields of a row (birth date parsed), and a problem if it is no date."""
        fields: dict[str, Any] = {}
        problems: list[Problem] = []
        for column, name in PERSON_COLUMNS.items():
            value = cells.get(column, "")
            if only_filled and not value:
                continue
            fields[name] = value or None
        birth = fields.get("birth_date")
        if birth:
            try:
                fields["birth_date"] = validation.parse_date(birth)
            except ValueError as error:
                problems.append(Problem("birth_date", "birth_date.format", str(error), "error"))
                fields["birth_date"] = None
        return fields, problems

    @staticmethod
    def _household_fields(cells: dict[str, str]) -> dict[str, Any]:
        """The household cells the row fills in (empty cells say nothing)."""
        return {
            name: cells[column] for column, name in HOUSEHOLD_COLUMNS.items() if cells.get(column)
        }

    def _insert(self, number: int, nik: str | None, cells: dict[str, str]) -> RowOutcome:
        fields, problems = self._person_fields(cells, only_filled=False)
        clean, person_problems = clean_person(fields)
        problems += person_problems
        household_fields = self._household_fields(cells)
        household_clean, household_problems = (
            clean_household(household_fields) if household_fields else ({}, [])
        )
        problems += household_problems
        shown_name = clean.get("name") or cells.get("nama") or None
        errors = _errors(problems)
        if errors:
            return RowOutcome(number, RowStatus.REJECTED, nik, shown_name, _messages(errors))

        identity: _Identity = (fold(clean["name"]), clean.get("birth_date"), clean["sex"])
        if nik is None:
            # No NIK to go by: the same name, birth date and sex is the same person, so
            # running a file again imports nothing twice.
            if identity in self.identity_rows:
                message = i18n.t(
                    "import.duplicate_person_in_file", row=self.identity_rows[identity]
                )
                return RowOutcome(number, RowStatus.DUPLICATE, nik, shown_name, (message,))
            if identity in self.by_identity:
                person_id, stored_name = self.by_identity[identity]
                message = i18n.t("import.duplicate_person_stored", name=stored_name)
                return RowOutcome(
                    number, RowStatus.DUPLICATE, nik, shown_name, (message,), person_id=person_id
                )

        new_kk: str | None = None
        try:
            with self.session.begin_nested():
                household, new_kk = self._household_for(household_clean)
                person, warnings = self.people.add_person(
                    session=self.session, household_id=household.id if household else None, **fields
                )
        except ValidationFailed as failure:
            return RowOutcome(
                number, RowStatus.REJECTED, nik, shown_name, _messages(failure.problems)
            )
        except SQLAlchemyError as error:
            return self._database_error(number, nik, shown_name, error)

        # Only now that the savepoint is released do the caches learn the row's records.
        if household is not None:
            self._pinned[household.id] = household
            if new_kk is not None:
                self.households[new_kk] = household.id
        if person.nik:
            self.by_nik[person.nik] = (person.id, person.name)
            self.nik_rows[person.nik] = number
        self.identity_rows.setdefault(identity, number)
        self.by_identity.setdefault(identity, (person.id, person.name))
        warnings = warnings + [p for p in household_problems if p.severity != "error"]
        status = RowStatus.WARNING if warnings else RowStatus.IMPORTED
        return RowOutcome(
            number,
            status,
            person.nik,
            person.name,
            _messages(warnings),
            person.id,
            RowStatus.IMPORTED,
        )

    def _household_for(self, household: dict[str, Any]) -> tuple[Household | None, str | None]:
        """The household a new person joins: the one of the KK if known, else a new one
        holding the row's address. Returns it, and its KK number if it is new."""
        if not household:
            return None, None
        no_kk = household.get("no_kk")
        if no_kk and no_kk in self.households:
            return self._household(self.households[no_kk]), None
        created = self.people.add_household(session=self.session, **household)
        return created, no_kk

    def _household(self, household_id: uuid.UUID) -> Household | None:
        """A stored household, loaded once and then kept (see ``_pinned``)."""
        household = self._pinned.get(household_id)
        if household is None:
            household = self.session.get(Household, household_id)
            if household is not None:
                self._pinned[household_id] = household
        return household

    def _update(self, number: int, nik: str, cells: dict[str, str]) -> RowOutcome:
        """Change the known person of ``nik`` with the row's filled-in cells."""
        person_id = self.by_nik[nik][0]
        person = self.session.get(Person, person_id)
        assert person is not None
        fields, problems = self._person_fields(cells, only_filled=True)
        fields.pop("nik", None)
        clean, person_problems = clean_person(fields, partial=True)
        problems += person_problems
        household_fields = self._household_fields(cells)
        household_clean, household_problems = (
            clean_household(household_fields) if household_fields else ({}, [])
        )
        problems += household_problems
        errors = _errors(problems)
        if errors:
            return RowOutcome(
                number, RowStatus.REJECTED, nik, person.name, _messages(errors), person_id
            )

        person_changes = {k: v for k, v in clean.items() if getattr(person, k) != v}
        changed_columns = [_COLUMN_BY_FIELD[k] for k in person_changes]

        # Where the address goes: the household of the row's KK, else the person's own.
        current = self._household(person.household_id) if person.household_id else None
        target: Household | None = current
        household_changes: dict[str, Any] = {}
        no_kk = household_clean.get("no_kk")
        if no_kk and (current is None or current.no_kk != no_kk):
            known = self.households.get(no_kk)
            if known is not None:
                target = self._household(known)  # joins the family of that card
            elif current is not None and not current.no_kk:
                household_changes["no_kk"] = no_kk  # the family's card, now known
            else:
                target = None  # a card not seen before: a household of its own
            changed_columns.append("no_kk")
        address = {k: v for k, v in household_clean.items() if k != "no_kk"}
        if target is not None:
            address = {k: v for k, v in address.items() if getattr(target, k) != v}
        household_changes.update(address)
        changed_columns += [_COLUMN_BY_FIELD[k] for k in address]
        needs_household = target is None and bool(no_kk or address)

        if (
            not person_changes
            and not household_changes
            and not needs_household
            and target is current
        ):
            self.nik_rows[nik] = number
            return RowOutcome(
                number,
                RowStatus.UNCHANGED,
                nik,
                person.name,
                (i18n.t("import.unchanged"),),
                person_id,
            )

        new_kk: str | None = None
        warnings: list[Problem] = []
        try:
            with self.session.begin_nested():
                if needs_household:
                    created = self.people.add_household(
                        session=self.session, **({"no_kk": no_kk} if no_kk else {}), **address
                    )
                    target, new_kk = created, no_kk
                elif target is not None and household_changes:
                    self.people.change(self.session, target, **household_changes)
                    new_kk = household_changes.get("no_kk")
                if target is not None and target is not current:
                    person_changes["household_id"] = target.id
                if person_changes:
                    _, warnings = self.people.update_person(
                        person_id, session=self.session, **person_changes
                    )
        except ValidationFailed as failure:
            return RowOutcome(
                number, RowStatus.REJECTED, nik, person.name, _messages(failure.problems), person_id
            )
        except SQLAlchemyError as error:
            return self._database_error(number, nik, person.name, error, person_id)

        if target is not None:
            self._pinned[target.id] = target
            if new_kk is not None:
                self.households[new_kk] = target.id
        self.nik_rows[nik] = number
        warnings = warnings + [p for p in household_problems if p.severity != "error"]
        messages = (
            i18n.t("import.updated_columns", columns=", ".join(changed_columns)),
            *_messages(warnings),
        )
        status = RowStatus.WARNING if warnings else RowStatus.UPDATED
        return RowOutcome(number, status, nik, person.name, messages, person_id, RowStatus.UPDATED)

    def _database_error(
        self,
        number: int,
        nik: str | None,
        name: str | None,
        error: SQLAlchemyError,
        person_id: uuid.UUID | None = None,
    ) -> RowOutcome:
        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        message = i18n.t("import.database_error", error=detail)
        return RowOutcome(number, RowStatus.REJECTED, nik, name, (message,), person_id)


def import_people(
    services: Services,
    path: Path,
    *,
    update: bool = False,
    report_path: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Import the people of the spreadsheet ``path`` (CSV or the first sheet of an XLSX).

    With ``update``, a row whose NIK is known changes that person (and their household's
    address) with the row's filled-in cells; only the ``nik`` column is then required.
    Without it, known NIKs are duplicates. Raises :class:`ImportFileError` when the file
    cannot be read or lacks a required column (nothing is stored then). Writes the per-row
    report to ``report_path`` if given, once the import is committed.

    ``progress(done, total)`` is called as rows are processed (for a progress bar);
    an exception raised from it abandons the import and stores nothing.
    """
    path = Path(path)
    if report_path is not None:
        report_path = Path(report_path)
        _check_report_writable(report_path)
    rows = list(_read_rows(path))
    start = next((i for i, (_, cells) in enumerate(rows) if any(cells)), None)
    if start is None:
        raise ImportFileError(i18n.t("import.file_empty", file=path.name))
    layout = _layout(rows[start][1], path, update=update)
    result = ImportResult(notes=list(layout.notes))
    index = layout.index
    data = [
        (number, cells) for number, cells in rows[start + 1 :] if any(cells)
    ]  # blank lines skipped
    del rows

    # One transaction for the whole file: a crash half-way stores none of it.
    with services.store.write(services.actor.username) as session:
        importer = _Importer(services, session, update=update)
        for done, (number, cells) in enumerate(data, start=1):
            values = {
                column: cells[position] if position < len(cells) else ""
                for column, position in index.items()
            }
            result.rows.append(importer.row(number, values))
            if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(data)):
                progress(done, len(data))
    if not result.rows:
        result.notes.append(i18n.t("import.note_no_rows"))
    if report_path is not None:
        result.write_report(report_path)
    return result
