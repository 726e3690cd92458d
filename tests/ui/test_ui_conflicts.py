"""Konflik on the Sinkronisasi page: two real laptops against the real `desmig-server`
make conflicts; a supervisor takes the other value and types a third one through the
widget; the decisions sync and close the server's conflicts. An officer sees, may not
decide."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desmig_desktop.services import Services, login
from desmig_desktop.sync.client import open_conflicts
from desmig_desktop.ui.sync_page import SyncPage
from desmig_desktop.ui.tasks import TaskManager
from tests.sync.conftest import Laptop, ServerProcess, enrol_laptop, make_server

from .conftest import WAIT_MS


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[tuple[ServerProcess, Laptop, Laptop]]:
    folder = tmp_path / "server"
    folder.mkdir()
    server, cleanup = make_server(folder)
    a = enrol_laptop(server, tmp_path / "laptops", "a", code=server.code)  # type: ignore[attr-defined]
    b = enrol_laptop(server, tmp_path / "laptops", "b")
    try:
        yield server, a, b
    finally:
        a.close()
        b.close()
        cleanup()


def test_supervisor_resolves_conflicts_in_the_sync_page(
    qtbot, centre: tuple[ServerProcess, Laptop, Laptop], tasks: TaskManager, tmp_path: Path
) -> None:
    server, a, b = centre
    siti, _ = a.services.people.add_person(name="Siti Aminah", sex="P")
    assert a.sync().complete and b.sync().complete
    a.services.people.update_person(siti.id, phone="081111111111", birth_place="Cilacap")
    b.services.people.update_person(siti.id, phone="082222222222", birth_place="Banyumas")
    assert a.sync().complete and b.sync().complete and a.sync().complete

    # An officer of laptop a sees the two conflicts but cannot decide them.
    a.services.accounts.add_user("tono", role="officer", password="sandi-tono-1")
    officer = SyncPage(Services(a.store, login(a.store, "tono", "sandi-tono-1")), tasks)
    qtbot.addWidget(officer)
    with qtbot.waitSignal(officer.loaded, timeout=WAIT_MS):
        officer.show()
    assert officer.conflicts.rowCount() == 2
    officer.conflicts_table.selectRow(0)
    assert not officer.keep_button.isEnabled() and not officer.other_button.isEnabled()

    page = SyncPage(a.services, tasks)
    qtbot.addWidget(page)
    page.resize(1150, 650)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show()
    qtbot.waitExposed(page)
    assert page.lists.tabText(0) == "Konflik terbuka (2)"
    assert not page.keep_button.isEnabled()  # nothing selected yet
    rows = {page.conflicts.row(i).field: i for i in range(page.conflicts.rowCount())}
    assert set(rows) == {"phone", "birth_place"}
    phone_row = rows["phone"]
    index = page.conflicts.index(phone_row, 3)
    assert page.conflicts.data(index) == "+6282222222222"  # b pushed last: its value kept
    assert page.conflicts.data(page.conflicts.index(phone_row, 4)) == "+6281111111111"
    assert "Siti Aminah" in page.conflicts.data(page.conflicts.index(phone_row, 0))

    page.conflicts_table.selectRow(phone_row)
    assert page.other_button.isEnabled() and not page.value_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    assert "diselesaikan" in page.review_notice.text()
    assert page.lists.tabText(0) == "Konflik terbuka (1)"
    assert a.services.people.person(siti.id).phone == "+6281111111111"

    page.conflicts_table.selectRow(0)
    assert page.conflicts.row(0).field == "birth_place"
    qtbot.keyClicks(page.new_value, "Kesugihan")
    assert page.value_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.value_button, Qt.MouseButton.LeftButton)
    assert page.lists.tabText(0) == "Konflik terbuka (0)"
    assert page.new_value.text() == ""
    assert a.services.people.person(siti.id).birth_place == "Kesugihan"

    for laptop in (a, b):
        assert laptop.sync().complete
    assert int(server.query("SELECT count(*) FROM conflict WHERE resolved_at IS NULL")[0][0]) == 0
    assert open_conflicts(b.store) == []
    person = b.services.people.person(siti.id)
    assert (person.phone, person.birth_place) == ("+6281111111111", "Kesugihan")
    assert a.export(tmp_path) == b.export(tmp_path)
