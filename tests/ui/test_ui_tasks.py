"""The worker helper: work runs off the GUI thread, outcomes come back on it."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QMessageBox

from desmig_desktop.services.errors import ServiceError
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS


def test_result_comes_back_on_the_gui_thread(qtbot, tasks: TaskManager) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}
    results: list[int] = []

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["callback"] = threading.get_ident()
        results.append(value)

    tasks.run(work, done)
    qtbot.waitUntil(lambda: results == [42], timeout=WAIT_MS)
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread
    assert not tasks.busy


def test_errors_reach_on_error(qtbot, tasks: TaskManager) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ServiceError("ditolak")

    tasks.run(work, lambda _r: errors.append(AssertionError("no result expected")), errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], ServiceError) and errors[0].message == "ditolak"


def test_progress_is_reported_and_cancel_drops_the_result(qtbot, tasks: TaskManager) -> None:
    steps: list[tuple[int, int]] = []
    results: list[str] = []

    def work(progress) -> str:  # noqa: ANN001
        for done in range(1, 4):
            progress(done, 3)
        return "selesai"

    tasks.run(work, results.append, on_progress=lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: results == ["selesai"], timeout=WAIT_MS)
    assert steps == [(1, 3), (2, 3), (3, 3)]

    release = threading.Event()
    late: list[str] = []
    task = tasks.run(lambda: release.wait(5) and "terlambat", late.append)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.finished, timeout=WAIT_MS)
    assert late == []


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot, tasks: TaskManager) -> None:
    owner = QLabel()
    release = threading.Event()
    calls: list[object] = []
    task = tasks.run(lambda: release.wait(5), calls.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: task.finished, timeout=WAIT_MS)
    assert calls == []


def _alive(widget: QLabel) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_refusal_without_on_error_is_shown_to_the_officer(qtbot, tasks: TaskManager) -> None:
    owner = QLabel()
    qtbot.addWidget(owner)
    owner.show()

    def work() -> None:
        raise ServiceError("Anda tidak berhak melakukan ini.")

    tasks.run(work, owner=owner)
    qtbot.waitUntil(lambda: bool(_message_boxes(owner)), timeout=WAIT_MS)
    box = _message_boxes(owner)[0]
    assert box.text() == "Anda tidak berhak melakukan ini."
    box.close()


def _message_boxes(parent: QLabel) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]
