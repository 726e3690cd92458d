"""Sinkronisasi: not enrolled (explained), officers see but may not sync, and a real round
against `desmig-server` on loopback (SQLite backend)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt

from desmig_desktop import paths
from desmig_desktop.services import Services, login
from desmig_desktop.store.db import Store
from desmig_desktop.sync.client import enrol
from desmig_desktop.ui.main_window import MainWindow
from desmig_desktop.ui.sync_page import SyncPage
from desmig_desktop.ui.tasks import TaskManager

from .conftest import ADMIN, ADMIN_PASSWORD, WAIT_MS

BIN = Path(sys.executable).parent


def show(qtbot, page) -> None:
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    qtbot.waitExposed(page)


def test_a_laptop_not_enrolled_is_told_how_to_enrol(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    page = SyncPage(services, tasks)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        show(qtbot, page)
    assert page.enrol_notice.isVisible()
    assert "belum terdaftar" in page.enrol_notice.text()
    assert "desmig enrol" in page.enrol_notice.text()
    assert not page.sync_button.isEnabled()
    assert page.last_sync_label.text() == "belum pernah"
    assert page.pending_label.text().endswith("perubahan")


def test_an_officer_sees_the_status_but_may_not_sync(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    services.accounts.add_user("siti", role="officer", password="sandi-siti-1")
    officer = login(services.store, "siti", "sandi-siti-1")
    page = SyncPage(Services(services.store, officer), tasks)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        show(qtbot, page)
    assert not page.sync_button.isEnabled()
    assert "pengawas atau admin" in page.sync_button.toolTip()
    assert page.pending_label.text() != "-"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """`desmig-server` migrated and serving on a free loopback port, with one centre."""
    env = {**os.environ, "DESMIG_DATABASE_URL": f"sqlite:///{tmp_path / 'server.sqlite3'}"}
    cli = [str(BIN / "desmig-server")]
    subprocess.run([*cli, "migrate"], check=True, env=env, capture_output=True, timeout=60)
    port = _free_port()
    process = subprocess.Popen(
        [*cli, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if requests.get(base + "/healthz", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)
        else:
            pytest.fail("server did not start")
        centre = json.loads(
            subprocess.run(
                [*cli, "create-centre", "--village-code", "3301022003", "--name", "Desmig Uji"],
                check=True,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            ).stdout
        )
        yield {"url": base, "code": centre["enrolment_code"]}
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def enrolled(server: dict[str, str], data_dir: Path) -> Iterator[Store]:
    path = data_dir / "enrolled" / "desmig.sqlite3"
    path.parent.mkdir(parents=True)
    store = enrol(
        path,
        server_url=server["url"],
        code=server["code"],
        admin_user=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    yield store
    store.close()


def test_sync_now_sends_a_new_person_to_the_real_server(
    qtbot, enrolled: Store, tasks: TaskManager
) -> None:
    assert paths.store_path() != enrolled.path  # the enrolled laptop, not the fixture's
    actor = login(enrolled, ADMIN, ADMIN_PASSWORD)
    services = Services(enrolled, actor)
    services.people.add_person(name="Sari Wulandari", sex="P")
    window = MainWindow(enrolled, actor, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        window.show_page("sync")
    assert not page.enrol_notice.isVisible()
    assert page.server.text().startswith("http://127.0.0.1:")
    assert page.pending_label.text() != "0 perubahan"
    qtbot.waitUntil(lambda: "menunggu" in window.sync_label.text(), timeout=WAIT_MS)
    assert page.sync_button.isEnabled()

    with qtbot.waitSignal(page.finished, timeout=30_000) as finished:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isEnabled()
        assert not page.sync_button.isEnabled()
    assert finished.args == [True]
    assert "berhasil" in page.notice.text()
    qtbot.waitUntil(lambda: page.pending_label.text() == "0 perubahan", timeout=WAIT_MS)
    assert page.last_sync_label.text() != "belum pernah"
    assert page.last_error_label.text() == "tidak ada"
    qtbot.waitUntil(lambda: "Sinkron terakhir" in window.sync_label.text(), timeout=WAIT_MS)
    assert "menunggu" not in window.sync_label.text()
    assert page.sync_button.isEnabled()
    assert not page.cancel_button.isEnabled()


def test_a_cancelled_round_stops_and_says_nothing_is_lost(
    qtbot, enrolled: Store, tasks: TaskManager
) -> None:
    actor = login(enrolled, ADMIN, ADMIN_PASSWORD)
    services = Services(enrolled, actor)
    page = SyncPage(services, tasks)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        show(qtbot, page)
    # Cancelled before the first step: the progress callback stops the round.
    with qtbot.waitSignal(page.finished, timeout=30_000) as finished:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == [False]
    assert "dihentikan" in page.notice.text()
    assert page.sync_button.isEnabled()


def test_an_unreachable_server_can_be_cancelled_while_the_link_is_retried(
    qtbot, enrolled: Store, tasks: TaskManager
) -> None:
    actor = login(enrolled, ADMIN, ADMIN_PASSWORD)
    page = SyncPage(Services(enrolled, actor), tasks)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        show(qtbot, page)
    page.server.setText("ftp://salah")
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert "https://" in page.notice.text()
    assert not page.running

    # Nobody listens there: the transport waits before each retry, and Batal cuts it short.
    page.server.setText(f"http://127.0.0.1:{_free_port()}")
    started = time.monotonic()
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.running
    qtbot.wait(1500)
    with qtbot.waitSignal(page.finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == [False]
    assert time.monotonic() - started < 8  # not the minute the retries would take
    assert "dihentikan" in page.notice.text()


def test_automatic_sync_on_a_timer_one_round_at_a_time(
    qtbot, enrolled: Store, tasks: TaskManager
) -> None:
    from desmig_desktop.ui import sync_page
    from desmig_desktop.ui.preferences import Preferences

    assert Preferences().sync_interval_minutes == 15
    assert Preferences(sync_interval_minutes=-5).normalised().sync_interval_minutes == 0
    assert Preferences(sync_interval_minutes="x").normalised().sync_interval_minutes == 15  # type: ignore[arg-type]

    actor = login(enrolled, ADMIN, ADMIN_PASSWORD)
    Services(enrolled, actor).people.add_person(name="Sari Wulandari", sex="P")
    window = MainWindow(enrolled, actor, tasks, prefs=Preferences(sync_interval_minutes=0))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    assert not page.auto_timer.isActive()  # 0: off
    rounds: list[bool] = []
    page.started.connect(rounds.append)

    # The timer starts a round by itself, though the page was never opened.
    with qtbot.waitSignal(page.finished, timeout=30_000) as finished:
        page.start_auto_sync(0.005)  # every 300 ms
        qtbot.waitUntil(lambda: page.running, timeout=WAIT_MS)
        assert "otomatis" in window.sync_label.text()
        page.auto_sync()  # a tick while a round runs starts nothing
    assert finished.args == [True]
    assert rounds[0] is True
    page.start_auto_sync(0)
    qtbot.waitUntil(lambda: not page.running, timeout=30_000)
    count = len(rounds)
    qtbot.wait(600)
    assert len(rounds) == count  # stopped
    qtbot.waitUntil(lambda: "Sinkron terakhir" in window.sync_label.text(), timeout=WAIT_MS)
    assert "menunggu" not in window.sync_label.text()

    # Another round in this process (the previous officer's page): the tick gives way
    # quietly, a click is told.
    with sync_page._ROUND:
        before = page.notice.text()
        with qtbot.waitSignal(page.finished, timeout=WAIT_MS) as busy:
            page.auto_sync()
        assert busy.args == [False]
        assert page.notice.text() == before
        with qtbot.waitSignal(page.finished, timeout=WAIT_MS) as busy:
            qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        assert busy.args == [False]
        assert "sedang berjalan" in page.notice.text()
