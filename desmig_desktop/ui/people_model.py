"""The people list as a Qt table model: plain ``PersonRow``s, fetched page by page off the
GUI thread.

The model never queries the store itself: it is given the search function
(``PeopleService.search``) and a :class:`TaskManager`. A new query keeps the old rows on
screen until the first page of the new result arrives (no flicker while typing), and a
page that belongs to an older query is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..services.errors import ServiceError
from ..services.people import PeopleFilter, PersonRow
from .tasks import TaskManager

Index = QModelIndex | QPersistentModelIndex
SearchFn = Callable[..., list[PersonRow]]

COL_NIK, COL_NAME, COL_SEX, COL_BIRTH_DATE, COL_NO_KK, COL_DUSUN, COL_FLAGS = range(7)
COLUMN_COUNT = 7

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 200


class PeopleTableModel(QAbstractTableModel):
    """Rows of :class:`PersonRow` for a search text, loaded lazily in pages."""

    loadingChanged = Signal(bool)
    pageLoaded = Signal(int)  # how many rows the model holds now
    failed = Signal(str)

    def __init__(
        self,
        tasks: TaskManager,
        search: SearchFn,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._search = search
        self._page_size = page_size
        self._rows: list[PersonRow] = []
        self._query = ""
        self._filters = PeopleFilter()
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self._replace_on_arrival = False

    # -- what the page asks ----------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        """Whether every matching row is loaded."""
        return self._exhausted and not self._loading

    @property
    def filters(self) -> PeopleFilter:
        return self._filters

    def set_query(self, text: str, *, force: bool = False) -> None:
        """Show the people matching ``text`` (all of them for an empty text)."""
        self.set_search(text, self._filters, force=force)

    def set_filters(self, filters: PeopleFilter) -> None:
        """Narrow the list by status, dusun, sex or age (with the current text)."""
        self.set_search(self._query, filters)

    def set_search(self, text: str, filters: PeopleFilter, *, force: bool = False) -> None:
        """Show the people matching ``text`` and ``filters``: one load for both."""
        text = text.strip()
        if text == self._query and filters == self._filters and not force:
            return
        self._query = text
        self._filters = filters
        self._generation += 1
        self._exhausted = False
        self._replace_on_arrival = True
        self._fetch()

    def reload(self) -> None:
        """Load the current query again from the start (also the first load)."""
        self.set_search(self._query, self._filters, force=True)

    def row(self, row: int) -> PersonRow:
        return self._rows[row]

    def row_of(self, person_id: Any) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == person_id:
                return number
        return None

    # -- lazy loading ----------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        generation = self._generation
        query = self._query
        offset = 0 if self._replace_on_arrival else len(self._rows)
        limit = self._page_size
        search = self._search
        # Only when set: a search function need not know about filters.
        extra = {"filters": self._filters} if self._filters else {}
        self._set_loading(True)
        self._tasks.run(
            lambda: search(query, limit=limit, offset=offset, **extra),
            lambda rows: self._on_page(generation, rows),
            lambda error: self._on_error(generation, error),
            owner=self,
        )

    def _on_page(self, generation: int, rows: list[PersonRow]) -> None:
        if generation != self._generation:
            return  # typed on since: an older query's answer
        if self._replace_on_arrival:
            self.beginResetModel()
            self._rows = list(rows)
            self._replace_on_arrival = False
            self.endResetModel()
        elif rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._exhausted = len(rows) < self._page_size
        self._set_loading(False)
        self.pageLoaded.emit(len(self._rows))

    def _on_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._exhausted = True
        self._replace_on_arrival = False
        self._set_loading(False)
        message = error.message if isinstance(error, ServiceError) else str(error)
        self.failed.emit(self.tr("Daftar tidak dapat dimuat: {error}").format(error=message))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    # -- the Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_FLAGS and person.flags:
            return "\n".join(self.flag_description(code) for code in person.flags.split(","))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SEX:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == PERSON_ID_ROLE:
            return person.id
        if role == ROW_ROLE:
            return person
        return None

    def _display(self, person: PersonRow, column: int) -> str:
        if column == COL_NIK:
            return person.nik or ""
        if column == COL_NAME:
            return person.name
        if column == COL_SEX:
            return person.sex
        if column == COL_BIRTH_DATE:
            return person.birth_date.strftime("%d-%m-%Y") if person.birth_date else ""
        if column == COL_NO_KK:
            return person.no_kk or ""
        if column == COL_DUSUN:
            return person.dusun or ""
        if column == COL_FLAGS:
            return ", ".join(self.flag_label(code) for code in person.flags.split(",") if code)
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_titles()[section] if 0 <= section < COLUMN_COUNT else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_NIK: self.tr("Nomor Induk Kependudukan (16 angka, dari KTP atau KK)"),
                COL_SEX: self.tr("Jenis kelamin: L laki-laki, P perempuan"),
                COL_NO_KK: self.tr("Nomor Kartu Keluarga"),
                COL_FLAGS: self.tr("Hal yang perlu diperiksa pada data orang ini"),
            }.get(section)
        return None

    def column_titles(self) -> list[str]:
        return [
            self.tr("NIK"),
            self.tr("Nama"),
            self.tr("L/P"),
            self.tr("Tanggal lahir"),
            self.tr("No. KK"),
            self.tr("Dusun"),
            self.tr("Tanda"),
        ]

    def flag_label(self, code: str) -> str:
        """A short label for a verification flag (``Person.flags``)."""
        labels = {
            "nik.missing": self.tr("Belum ada NIK"),
            "nik.district": self.tr("Kode wilayah NIK lama"),
            "nik.birth_date_mismatch": self.tr("Tgl. lahir beda dengan NIK"),
            "nik.sex_mismatch": self.tr("L/P beda dengan NIK"),
        }
        return labels.get(code, code)

    def flag_description(self, code: str) -> str:
        descriptions = {
            "nik.missing": self.tr("NIK belum diisi: lengkapi setelah KTP atau KK tersedia."),
            "nik.district": self.tr(
                "Kode wilayah di NIK tidak ada di daftar sekarang: cocokkan dengan KTP."
            ),
            "nik.birth_date_mismatch": self.tr(
                "Tanggal lahir tidak sama dengan tanggal di NIK: cocokkan dengan KTP."
            ),
            "nik.sex_mismatch": self.tr(
                "Jenis kelamin tidak sesuai dengan NIK: cocokkan dengan KTP."
            ),
        }
        return descriptions.get(code, code)
