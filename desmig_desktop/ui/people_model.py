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

# The roles as plain ints: ``data`` runs for every role of every visible cell at each
# paint (some 2,000 calls), and an enum member's lookup costs more than the comparison.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_PERSON_ID = int(PERSON_ID_ROLE)
_ROW = int(ROW_ROLE)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _PERSON_ID, _ROW})
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)

PAGE_SIZE = 200
# A new search's first page only has to fill the list on screen (about 20 rows at
# 1366x768): the search walks fewer people for it, so the list follows typing sooner.
# Scrolling, or a taller window, loads the next pages (``fetchMore``).
FIRST_PAGE_SIZE = 50


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
        first_page_size: int = FIRST_PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._search = search
        self._page_size = page_size
        self._first_page_size = min(first_page_size, page_size)
        self._rows: list[PersonRow] = []
        # Each row's cell texts, made on the row's first paint and kept.
        self._cells: list[tuple[str, ...] | None] = []
        self._titles = self.column_titles()
        self._flag_labels = self._flag_label_texts()
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
        limit = self._first_page_size if offset == 0 else self._page_size
        search = self._search
        # Only when set: a search function need not know about filters.
        extra = {"filters": self._filters} if self._filters else {}
        self._set_loading(True)
        self._tasks.run(
            lambda: search(query, limit=limit, offset=offset, **extra),
            lambda rows: self._on_page(generation, rows, limit),
            lambda error: self._on_error(generation, error),
            owner=self,
        )

    def _on_page(self, generation: int, rows: list[PersonRow], limit: int) -> None:
        if generation != self._generation:
            return  # typed on since: an older query's answer
        if self._replace_on_arrival:
            self.beginResetModel()
            self._rows = list(rows)
            self._cells = [None] * len(rows)
            self._replace_on_arrival = False
            self.endResetModel()
        elif rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._cells.extend([None] * len(rows))
            self.endInsertRows()
        self._exhausted = len(rows) < limit
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

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Most calls are for roles this model leaves to the view (font, colours...).
        if role not in _ANSWERED:
            return None
        row = index.row()
        if row < 0 or row >= len(self._rows):  # an invalid index has row -1
            return None
        column = index.column()
        if role == _DISPLAY:
            cells = self._cells[row]
            if cells is None:
                cells = self._cells[row] = self._cell_texts(self._rows[row])
            return cells[column] if 0 <= column < COLUMN_COUNT else None
        person = self._rows[row]
        if role == _TOOLTIP:
            if column == COL_FLAGS and person.flags:
                return "\n".join(self.flag_description(code) for code in person.flags.split(","))
            return None
        if role == _ALIGNMENT:
            return _CENTRED if column == COL_SEX else None
        if role == _PERSON_ID:
            return person.id
        return person  # _ROW

    def _cell_texts(self, person: PersonRow) -> tuple[str, ...]:
        labels = self._flag_labels
        return (
            person.nik or "",
            person.name,
            person.sex,
            person.birth_date.strftime("%d-%m-%Y") if person.birth_date else "",
            person.no_kk or "",
            person.dusun or "",
            ", ".join(labels.get(code, code) for code in person.flags.split(",") if code),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return self._titles[section] if 0 <= section < COLUMN_COUNT else None
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
        return self._flag_labels.get(code, code)

    def _flag_label_texts(self) -> dict[str, str]:
        # Translated once: the model lives in one language (pages are rebuilt on a switch).
        return {
            "nik.missing": self.tr("Belum ada NIK"),
            "nik.district": self.tr("Kode wilayah NIK lama"),
            "nik.birth_date_mismatch": self.tr("Tgl. lahir beda dengan NIK"),
            "nik.sex_mismatch": self.tr("L/P beda dengan NIK"),
        }

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
