"""A table model over plain rows (dataclasses or records the services return).

Each page describes its columns once (header, how to show a row's cell, optional colour);
the model is loaded with the rows a service returned off the GUI thread. Pages filter it
with a :class:`RowFilter` proxy, and the export writes exactly what the proxy shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def show_date(value: date | datetime | None) -> str:
    """Day first, as on the KTP."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d-%m-%Y %H:%M")
    return value.strftime("%d-%m-%Y")


def show_rupiah(amount: int | None) -> str:
    """Rupiah with dots between thousands, as written in Indonesia (Rp 1.250.000)."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")


@dataclass(frozen=True)
class Column:
    """One column: its header, the text of a row's cell, and optionally a colour."""

    header: str
    text: Callable[[Any], Any]
    colour: Callable[[Any], str | None] | None = None  # a background colour name
    align_right: bool = False
    sort: Callable[[Any], Any] | None = None


class RowsTableModel(QAbstractTableModel):
    """Rows of any plain objects shown through :class:`Column` descriptions."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    # -- content -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def column_headers(self) -> list[str]:
        return [c.header for c in self._columns]

    # -- Qt's side ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.text(row)
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(row)
            value = column.text(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RowFilter(QSortFilterProxyModel):
    """Shows the rows whose cells contain every word typed (any column, any case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        cells = " ".join(
            str(model.index(source_row, c, source_parent).data() or "")
            for c in range(model.columnCount())
        ).casefold()
        return all(word in cells for word in self._words)

    def row_object(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)
