"""Run something once a widget has been drawn for the first time.

A page's first read of the store runs on a worker thread, but Python threads share one
interpreter lock: a worker turning rows into objects while the window draws its first
frame slows that frame down. Work that can wait a few milliseconds (the first rows, the
centre's name in the status bar) starts right after the first frame instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)  # goes with the widget: no call after it is deleted
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Posted, not called: the rest of the window is drawn in this same pass, and the
            # callback runs after it.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        self.deleteLater()
        self._callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` on the GUI thread just after ``widget``'s next paint (its first,
    when it has not been shown yet). Nothing is called if the widget is deleted first."""
    _FirstPaint(widget, callback)
