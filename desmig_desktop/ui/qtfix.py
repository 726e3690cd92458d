"""A guard against a reference-counting fault of PySide6 6.12 on CPython 3.11.

There, every call of a Qt function that returns nothing (``setText``, ``show``,
``processEvents``...) takes one reference off ``None`` without having added one. From
CPython 3.12 ``None`` is immortal and this is harmless; on 3.11 its count falls by one per
call, and when it reaches zero the process aborts ("Fatal Python error: none_dealloc:
deallocating None"). A small store gives ``None`` a few thousand references, so a day of
typing and clicking can get there.

``guard_none_refcount()`` checks whether the running PySide6 has the fault (a hundred
such calls) and, only then, adds 2**40 to ``None``'s count: no object is ever freed
because of it, and no day of work makes 2**40 calls.
"""

from __future__ import annotations

import ctypes
import sys

_GUARD = 1 << 40


def pyside_drops_none() -> bool:
    """Whether calling a Qt function that returns nothing loses a reference to ``None``."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= 50


def guard_none_refcount() -> bool:
    """Raise ``None``'s reference count out of reach if PySide6 loses references to it;
    returns whether it did."""
    if not pyside_drops_none():
        return False
    # ob_refcnt is the first field of every object in CPython (3.11, release builds).
    ctypes.c_ssize_t.from_address(id(None)).value += _GUARD
    return True
