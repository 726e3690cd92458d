"""Small widgets the forms share: inline problem messages, a date field that may be empty,
required-field labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

ERROR_COLOUR = "#a4161a"
WARNING_COLOUR = "#7a4b00"
_STYLES = {
    "error": f"color: {ERROR_COLOUR}; background: #fdecea; border-left: 3px solid {ERROR_COLOUR}; padding: 3px 6px;",
    "warning": f"color: {WARNING_COLOUR}; background: #fff4d6; border-left: 3px solid #d89b00; padding: 3px 6px;",
    "info": "color: #1d3d5c; background: #e8f1fb; border-left: 3px solid #2f6fb0; padding: 3px 6px;",
}


def required_label(text: str) -> str:
    """A form label marked as required (the asterisk is explained in each form)."""
    return f'{text} <span style="color:{ERROR_COLOUR}">*</span>'


class MessageLabel(QLabel):
    """An inline message under a field or at the top of a form; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.severity = ""
        self.hide()

    def show_message(self, text: str, severity: str = "error") -> None:
        if not text:
            self.clear_message()
            return
        self.severity = severity
        self.setStyleSheet(_STYLES.get(severity, _STYLES["error"]))
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.severity = ""
        self.setText("")
        self.hide()

    # A wrapped label's own size hint assumes a narrow column, so a one-line message got
    # two lines of height in a wide form; the hint follows the width it really has.
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if self.width() > 0:
            height = self.heightForWidth(self.width())
            if height > 0:
                hint.setHeight(height)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()


class DateField(QWidget):
    """A date picker that may also be empty (unknown), shown day first as on the KTP."""

    changed = Signal()

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None, *, typical_year: int | None = None) -> None:
        super().__init__(parent)
        self._typical_year = typical_year
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd-MM-yyyy")
        # The minimum stands for "not filled in": Qt shows the special text instead.
        self.edit.setMinimumDate(self.EMPTY)
        self.edit.setMaximumDate(QDate(2100, 12, 31))
        self.edit.setSpecialValueText(self.tr("belum diisi"))
        self.edit.setDate(self.EMPTY)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.edit.calendarWidget().installEventFilter(self)
        self.clear_button = QPushButton(self.tr("Kosongkan"), self)
        self.clear_button.setToolTip(self.tr("Hapus tanggal (tidak diketahui)"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(lambda: self.set_date(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)

    def date(self) -> date | None:
        value = self.edit.date()
        if value == self.EMPTY:
            return None
        return date(value.year(), value.month(), value.day())

    def set_date(self, value: date | None) -> None:
        self.edit.setDate(
            self.EMPTY if value is None else QDate(value.year, value.month, value.day)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # An empty field would open the calendar on January 1900; start near a likely year.
        if event.type() == QEvent.Type.Show and self.date() is None and self._typical_year:
            self.edit.calendarWidget().setCurrentPage(self._typical_year, 1)
        return super().eventFilter(watched, event)
