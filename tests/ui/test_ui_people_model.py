"""The people table model, without a window: lazy pages, stale answers, what cells show."""

from __future__ import annotations

import threading
import uuid
from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from desmig_desktop.services import Services
from desmig_desktop.services.people import PeopleFilter, PersonRow
from desmig_desktop.ui.people_model import (
    COL_BIRTH_DATE,
    COL_FLAGS,
    COL_NAME,
    COL_NIK,
    COL_SEX,
    FIRST_PAGE_SIZE,
    PERSON_ID_ROLE,
    PeopleTableModel,
)
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS, add_people, numbered_people


def test_a_first_page_for_the_screen_then_pages_of_200(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    add_people(services, numbered_people(400))
    model = PeopleTableModel(tasks, services.people.search)
    assert model.rowCount() == 0  # nothing is read before it is asked for

    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_PAGE_SIZE, timeout=WAIT_MS)
    assert model.canFetchMore(QModelIndex())

    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == FIRST_PAGE_SIZE + 200, timeout=WAIT_MS)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    assert not model.canFetchMore(QModelIndex())  # a page short of 200: the last
    names = [model.index(row, COL_NAME).data() for row in range(model.rowCount())]
    assert names == sorted(names)
    assert len(set(names)) == 400  # no page loaded twice


def test_an_older_query_answering_late_is_ignored(qtbot, tasks: TaskManager) -> None:
    slow_may_finish = threading.Event()

    def row(name: str) -> PersonRow:
        return PersonRow(uuid.uuid4(), None, name, "P", None, None, None, "nik.missing")

    def search(query: str, *, limit: int, offset: int) -> list[PersonRow]:
        if query == "sit":
            slow_may_finish.wait(5)
            return [row("Siti Lama")]
        return [row("Siti Aminah"), row("Siti Rahayu")]

    model = PeopleTableModel(tasks, search)
    model.set_query("sit")
    model.set_query("siti a")
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    slow_may_finish.set()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=WAIT_MS)
    assert [model.index(r, COL_NAME).data() for r in range(model.rowCount())] == [
        "Siti Aminah",
        "Siti Rahayu",
    ]
    assert model.query == "siti a"


def test_cells_headers_and_flags(qtbot, tasks: TaskManager) -> None:
    person_id = uuid.uuid4()
    rows = [
        PersonRow(
            person_id,
            "3301025203900001",
            "Sari Dewi",
            "P",
            date(1990, 3, 12),
            None,
            "Sawahan",
            "nik.birth_date_mismatch",
        )
    ]
    model = PeopleTableModel(tasks, lambda query, *, limit, offset: rows if offset == 0 else [])
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    assert model.headerData(COL_NIK, Qt.Orientation.Horizontal) == "NIK"
    assert model.headerData(COL_BIRTH_DATE, Qt.Orientation.Horizontal) == "Tanggal lahir"
    assert model.index(0, COL_BIRTH_DATE).data() == "12-03-1990"
    assert model.index(0, COL_SEX).data() == "P"
    assert model.index(0, COL_FLAGS).data() == "Tgl. lahir beda dengan NIK"
    assert "cocokkan dengan KTP" in model.index(0, COL_FLAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_NAME).data(PERSON_ID_ROLE) == person_id
    assert not model.canFetchMore(QModelIndex())


def test_a_failing_search_is_reported(qtbot, tasks: TaskManager) -> None:
    def search(query: str, *, limit: int, offset: int) -> list[PersonRow]:
        raise OSError("disk hilang")

    model = PeopleTableModel(tasks, search)
    with qtbot.waitSignal(model.failed, timeout=WAIT_MS) as signal:
        model.reload()
    assert "disk hilang" in signal.args[0]
    assert not model.loading and not model.canFetchMore(QModelIndex())


def test_filters_travel_with_the_text_in_one_load(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    add_people(services, numbered_people(30))
    model = PeopleTableModel(tasks, services.people.search, page_size=10)
    model.set_query("warga")
    qtbot.waitUntil(lambda: model.rowCount() == 10 and not model.loading, timeout=WAIT_MS)
    model.set_filters(PeopleFilter(sex="P"))
    qtbot.waitUntil(
        lambda: not model.loading and {model.row(r).sex for r in range(model.rowCount())} == {"P"},
        timeout=WAIT_MS,
    )
    model.fetchMore(QModelIndex())  # the next page keeps the filters
    qtbot.waitUntil(lambda: model.rowCount() == 15 and model.exhausted, timeout=WAIT_MS)
    assert {model.row(r).sex for r in range(model.rowCount())} == {"P"}
    model.set_filters(PeopleFilter())
    qtbot.waitUntil(lambda: model.rowCount() == 10 and not model.loading, timeout=WAIT_MS)
    assert {model.row(r).sex for r in range(model.rowCount())} == {"L", "P"}
