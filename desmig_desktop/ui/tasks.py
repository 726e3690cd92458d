"""Work off the GUI thread: one helper for the whole application (after Anki's taskman).

``TaskManager.run(fn, on_done, on_error)`` runs ``fn`` on a worker thread and calls
``on_done(result)`` or ``on_error(exception)`` back on the GUI thread, through a queued
signal. Workers never touch widgets; each service call opens its own short-lived store
session, so nothing database-related crosses threads.

Reads run on a small pool; writes run one at a time on their own thread, so two saves
never wait on each other's SQLite write lock.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services.errors import ServiceError

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class Progress:
    """What a long job gets to report progress and to notice a cancel (thread-safe)."""

    def __init__(self, task: Task, emit: Callable[[int, int, int], None]) -> None:
        self._task = task
        self._emit = emit

    def __call__(self, done: int, total: int) -> None:
        self._emit(self._task.id, done, total)

    @property
    def cancelled(self) -> bool:
        return self._task.cancelled


@dataclass(eq=False)
class Task:
    """A handle on submitted work: cancel it, or ask whether it is finished."""

    id: int
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    finished: bool = False

    def cancel(self) -> None:
        """Ask the job to stop (it checks ``progress.cancelled``); its result is dropped."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass(eq=False)
class _Entry:
    task: Task
    on_done: Callback | None
    on_error: Callback | None
    on_progress: Callable[[int, int], None] | None
    owner: QObject | None


class _Job(QRunnable):
    def __init__(self, call: Callable[[], Any], task: Task, finished: Signal) -> None:
        super().__init__()
        self._call = call
        self._task = task
        self._finished = finished

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
            self._finished.emit(self._task.id, None, error)
        else:
            self._finished.emit(self._task.id, result, None)


class TaskManager(QObject):
    """Runs callables on worker threads and brings their outcome back to the GUI thread."""

    _finished = Signal(int, object, object)  # task id, result, error
    _progressed = Signal(int, int, int)  # task id, done, total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(max(2, min(4, QThreadPool.globalInstance().maxThreadCount())))
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._entries: dict[int, _Entry] = {}
        # Queued even though the workers already are other threads: a callback must never
        # run inside the worker, whatever thread affinity PySide picks for a slot.
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        *,
        on_progress: Callable[[int, int], None] | None = None,
        write: bool = False,
        owner: QObject | None = None,
    ) -> Task:
        """Run ``fn()`` on a worker; ``on_done(result)`` / ``on_error(error)`` follow on
        the GUI thread.

        With ``on_progress``, ``fn`` is called with a :class:`Progress` to report
        ``(done, total)`` and check ``cancelled``. ``write=True`` queues the job behind
        other writes. When ``owner`` (a widget) is gone by then, the callbacks are skipped.
        Without ``on_error``, a service refusal is shown in a message box and anything
        else goes to the crash handler.
        """
        task = Task(next(self._ids))
        self._entries[task.id] = _Entry(task, on_done, on_error, on_progress, owner)
        if on_progress is not None:
            progress = Progress(task, self._progressed.emit)

            def call() -> Any:
                return fn(progress)
        else:
            call = fn
        pool = self._writes if write else self._reads
        pool.start(_Job(call, task, self._finished))
        return task

    @property
    def busy(self) -> bool:
        """Whether any job has not reported back yet."""
        return bool(self._entries)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel everything and wait for running jobs (at exit, or before closing a store)."""
        for entry in self._entries.values():
            entry.task.cancel()
        done = self._reads.waitForDone(timeout_ms) and self._writes.waitForDone(timeout_ms)
        self._entries.clear()
        return done

    # -- back on the GUI thread ------------------------------------------------------

    def _alive(self, entry: _Entry) -> bool:
        return entry.owner is None or shiboken6.isValid(entry.owner)

    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        entry = self._entries.get(task_id)
        if (
            entry is None
            or entry.task.cancelled
            or entry.on_progress is None
            or not self._alive(entry)
        ):
            return
        entry.on_progress(done, total)

    def _on_finished(self, task_id: int, result: Any, error: BaseException | None) -> None:
        entry = self._entries.pop(task_id, None)
        if entry is None:
            return
        entry.task.finished = True
        if entry.task.cancelled or not self._alive(entry):
            if error is not None and not isinstance(error, ServiceError):
                log.warning("cancelled task %s failed: %r", task_id, error)
            return
        if error is None:
            if entry.on_done is not None:
                entry.on_done(result)
        elif entry.on_error is not None:
            entry.on_error(error)
        else:
            self._default_error(error, entry.owner)

    def _default_error(self, error: BaseException, owner: QObject | None) -> None:
        if isinstance(error, ServiceError):
            parent = owner if isinstance(owner, QWidget) else None
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Tidak dapat dilanjutkan"),
                error.message,
                parent=parent,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        sys.excepthook(type(error), error, error.__traceback__)
