"""Starting the app (run_app end to end), the crash handler and the settings file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desmig_desktop import i18n, paths
from desmig_desktop.store.db import Store
from desmig_desktop.ui import app as ui_app
from desmig_desktop.ui import preferences
from desmig_desktop.ui.app import CrashHandler, crash_log_path, run_app
from desmig_desktop.ui.first_run import FirstRunWizard
from desmig_desktop.ui.main_window import MainWindow
from desmig_desktop.ui.tasks import TaskManager

from .conftest import ADMIN_PASSWORD, WAIT_MS


class Driver:
    """Plays the officer while ``run_app`` runs its own event loops: each step gets the
    active window and returns True when it is done. A watchdog ends a stuck run."""

    def __init__(self, qapp: QApplication, steps: list[Callable[[QWidget | None], bool]]) -> None:
        self.qapp = qapp
        self.steps = steps
        self.timed_out = False
        self._timer = QTimer()
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._tick)
        self._watchdog = QTimer()
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._give_up)

    def start(self) -> None:
        self._timer.start()
        self._watchdog.start(30_000)

    def _active(self) -> QWidget | None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()
            ),
            None,
        )

    def _tick(self) -> None:
        if self.steps and self.steps[0](self._active()):
            self.steps.pop(0)
        if not self.steps:
            self._timer.stop()
            self._watchdog.stop()

    def _give_up(self) -> None:
        self.timed_out = True
        self._timer.stop()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()
        self.qapp.quit()


@pytest.fixture
def keep_hooks(monkeypatch) -> None:
    """run_app installs the crash handler; put the test runner's hooks back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def test_first_start_shows_the_wizard(qapp, keep_hooks) -> None:
    seen: list[str] = []

    def cancel_wizard(active: QWidget | None) -> bool:
        if isinstance(active, FirstRunWizard):
            seen.append("wizard")
            active.reject()
            return True
        return False

    driver = Driver(qapp, [cancel_wizard])
    driver.start()
    assert run_app([]) == 0
    assert not driver.timed_out
    assert seen == ["wizard"]
    assert not paths.store_path().exists()


# The main window's run ends in QApplication.exec(), after which PySide drops its queued
# connections for the rest of the process: that part runs in a process of its own.
LOGIN_SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desmig_desktop.ui.app import run_app
from desmig_desktop.ui.main_window import MainWindow

app = QApplication([])
seen = []

def tick():
    for window in QApplication.topLevelWidgets():
        if not isinstance(window, MainWindow) or not window.isVisible():
            continue
        form = window.login_form
        if form is not None and not form.password.isEnabled():
            return  # a password is being checked
        if "start" not in seen:
            # The main window is what appears, locked, with the login form on it.
            seen.append("start")
            seen.append(window.is_locked and window.unlocked_store is None)
            seen.append(form.username.text())
            form.password.setText("bukan-sandinya")
            form.submit()
        elif "wrong" not in seen and form is not None and form.message.text() != "Memeriksa...":
            seen.append("wrong")
            seen.append(window.is_locked and window.unlocked_store is None)
            seen.append(form.message.text())
            form.password.setText(sys.argv[1])
            form.submit()
        elif form is None and window.centre_name:
            seen.append(window.sidebar.item(1).text())
            seen.append(window.centre_name)
            window.close()
            app.quit()

timer = QTimer()
timer.timeout.connect(tick)
timer.start(50)
QTimer.singleShot(30_000, app.quit)  # a watchdog: the assertions below then fail
code = run_app([])
print(json.dumps({"code": code, "seen": seen}))
"""


def test_login_on_the_locked_main_window(store: Store, data_dir) -> None:
    preferences.save(preferences.Preferences(last_user="admin"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESMIG_DATA_DIR": str(data_dir),
        "DESMIG_LANG": "",
    }
    result = subprocess.run(
        [sys.executable, "-c", LOGIN_SCRIPT, ADMIN_PASSWORD],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    # The last user name is remembered; a wrong password leaves the window locked and
    # says so; the right one opens it on Penduduk for the centre.
    assert outcome == {
        "code": 0,
        "seen": [
            "start",
            True,
            "admin",
            "wrong",
            True,
            i18n.t("service.login_failed"),
            "Penduduk",
            "Pusat Layanan Desmigratif Uji",
        ],
    }


# What the locked main window must not have loaded when it is first drawn: the data layer
# (SQLAlchemy, SQLModel, SQLCipher, argon2, the store, the services that use them) and the
# pages, which all come after the password.
START_SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desmig_desktop.ui import preferences
from desmig_desktop.ui.app import open_main_window
from desmig_desktop.ui.login import LoginThrottle
from desmig_desktop.ui.tasks import TaskManager

HEAVY = ("sqlalchemy", "sqlmodel", "sqlcipher3", "argon2", "desmig_desktop.store",
         "desmig_desktop.domain", "desmig_desktop.services.accounts",
         "desmig_desktop.services.keys", "desmig_desktop.services.people",
         "desmig_desktop.ui.people_page", "desmig_desktop.ui.home_page")
app = QApplication([])
tasks = TaskManager()
report = {}

def drawn():
    report["loaded"] = sorted(
        name for name in sys.modules if any(name == h or name.startswith(h + ".") for h in HEAVY)
    )
    report["locked"] = window.is_locked
    report["store"] = window.unlocked_store is not None
    report["pages"] = sorted(window.pages)
    report["form"] = window.login_form is not None and window.login_form.isVisible()
    app.quit()

window = open_main_window(tasks, preferences.load(), LoginThrottle(), "id", drawn)
window.show()
QTimer.singleShot(30_000, app.quit)
app.exec()
print(json.dumps(report))
"""


def test_the_locked_main_window_is_drawn_before_the_data_layer_loads(
    store: Store, data_dir
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESMIG_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-c", START_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"loaded": [], "locked": True, "store": False, "pages": [], "form": True}


def test_a_crash_is_logged_and_shown(qtbot, keep_hooks) -> None:
    handler = CrashHandler()
    try:
        raise ValueError("rusak di tengah jalan")
    except ValueError as error:
        handler(type(error), error, error.__traceback__)
    log = crash_log_path()
    assert log.parent == paths.logs_dir()
    assert "ValueError: rusak di tengah jalan" in log.read_text(encoding="utf-8")
    assert handler.dialog is not None and handler.dialog.isVisible()
    assert str(log) in handler.dialog.text()
    assert "rusak di tengah jalan" in handler.dialog.detailedText()
    handler.dialog.close()
    qtbot.waitUntil(lambda: handler.dialog is None, timeout=WAIT_MS)


def test_a_background_job_crash_reaches_the_handler(qtbot, tasks: TaskManager, monkeypatch) -> None:
    handler = CrashHandler()
    monkeypatch.setattr(sys, "excepthook", handler)

    def job() -> None:
        raise RuntimeError("pekerja gagal")

    tasks.run(job)  # no on_error: an unexpected error is a crash
    qtbot.waitUntil(lambda: handler.dialog is not None, timeout=WAIT_MS)
    assert "RuntimeError: pekerja gagal" in crash_log_path().read_text(encoding="utf-8")
    handler.dialog.close()


def test_preferences_defaults_round_trip_and_damage(monkeypatch) -> None:
    assert preferences.load() == preferences.Preferences(
        language="id", idle_lock_minutes=10, last_user=""
    )
    preferences.save(preferences.Preferences(language="en", idle_lock_minutes=25, last_user="siti"))
    assert json.loads(paths.settings_path().read_text(encoding="utf-8"))["language"] == "en"
    assert preferences.load() == preferences.Preferences(
        language="en", idle_lock_minutes=25, last_user="siti"
    )

    paths.settings_path().write_text('{"language": "fr", "idle_lock_minutes": 0}', encoding="utf-8")
    assert preferences.load() == preferences.Preferences(language="id", idle_lock_minutes=1)
    paths.settings_path().write_text("{rusak", encoding="utf-8")
    assert preferences.load() == preferences.Preferences()

    monkeypatch.setenv("DESMIG_LANG", "en")
    assert preferences.effective_language(preferences.Preferences(language="id")) == "en"
    monkeypatch.setenv("DESMIG_LANG", "")
    assert preferences.effective_language(preferences.Preferences(language="en")) == "en"


def test_the_translations_folder_is_in_resources() -> None:
    assert ui_app.translations_dir() == paths.resources_dir() / "translations"
    assert (ui_app.translations_dir() / "desmig_en.ts").exists()
