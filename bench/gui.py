"""GUI figures of ``make bench``, on the store that ``bench.run`` seeded.

Every figure is measured in child processes on Qt's offscreen platform, so that each
start is a new process and nothing of the bench's own imports is reused:

- cold start to the main window shown: a new process starts the application as
  ``ui.app.run_app`` does (``start_app``, then ``open_main_window``) and the main window,
  locked on the encrypted store with its login form, is shown and painted; against a bare
  PySide6 window (``QApplication`` and an empty ``QMainWindow``, shown and painted) started
  the same way, interleaved, median of ``START_RUNS`` each. The app's modules are
  byte-compiled first, as in an installed app;
- then, in the same process, for information: the password accepted (its check, argon2
  on purpose, done) to the main window usable, the people page showing its first rows.
  Before the password is typed, the data layer is left to load in the background, as
  it does while the officer types;
- the people page showing its first rows, from showing a new page to its first rows
  drawn, median of ``FIRST_ROWS_RUNS``;
- a keystroke in the people search: from the key press (followed by Enter, so the
  page's 250 ms typing pause is not counted) to the list holding the new query's rows,
  p95 over ``KEYSTROKES`` keystrokes typing name fragments letter by letter;
- resident memory after visiting every page and letting each load.

Run alone: ``python -m bench.gui STORE`` (the store's data folder is its folder).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
START_RUNS = 7
FIRST_ROWS_RUNS = 7
KEYSTROKES = 100
SETTLE_TIMEOUT_S = 120.0
CHILD_TIMEOUT_S = 600.0
WINDOW_SIZE = (1366, 768)

START_RATIO_TARGET = 2.0
FIRST_ROWS_TARGET_MS = 200.0
KEYSTROKE_P95_TARGET_MS = 50.0
RSS_TARGET_MB = 300.0


# -- the parent: start children, collect figures ------------------------------------------------


def _child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DESMIG_DATA_DIR"] = str(folder)
    env["DESMIG_LANG"] = "id"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _run_child(mode: str, store: Path, folder: Path) -> tuple[float, dict[str, Any]]:
    """Start ``python -m bench.gui --child MODE STORE``; (wall seconds from spawn to the
    child's report time, the child's JSON report)."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.gui", "--child", mode, str(store)],
        env=_child_env(folder),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = " | ".join((done.stderr or done.stdout).strip().splitlines()[-3:])
        raise RuntimeError(f"{mode} child failed ({done.returncode}): {tail}")
    report = json.loads(lines[-1])
    for key in [k for k in report if k.endswith("_at")]:
        report[key] -= started  # seconds since the child was spawned
    return report.get("shown_at", 0.0), report


def _compile_app() -> None:
    """Byte-compile the application's modules before the starts are timed.

    An installed app has its bytecode (pip writes it at install time, the frozen build
    carries it) and Python writes it on a first import anyway; only with
    ``PYTHONDONTWRITEBYTECODE`` set would every child compile the app's sources again,
    about 0.1 s per start that no officer's laptop spends.
    """
    import compileall

    compileall.compile_dir(ROOT / "desmig_desktop", quiet=1)


def _app_folder(store: Path, folder: Path) -> Path:
    """A data folder where the application finds the store as its own: a copy of it, and
    of its key file, under the application's file name (``paths.store_path``). The starts
    log in on it (the login writes to the audit trail), never on the bench's store."""
    from desmig_desktop import paths
    from desmig_desktop.store.keyfile import keyfile_path

    app_folder = folder / "app-start"
    # Made anew: a write-ahead log left by an earlier run's starts must not meet a new copy.
    shutil.rmtree(app_folder, ignore_errors=True)
    app_folder.mkdir()
    target = app_folder / paths.store_path().name
    shutil.copyfile(store, target)
    shutil.copyfile(keyfile_path(store), keyfile_path(target))
    return app_folder


def figures(store: Path, folder: Path) -> tuple[list[Any], list[str]]:
    """The GUI figures and notes, for ``bench.run``'s table."""
    from bench.run import Figure, percentile

    result: list[Any] = []
    notes: list[str] = []
    _compile_app()
    app_folder = _app_folder(store, folder)
    bare: list[float] = []
    start: list[float] = []
    phases: list[dict[str, Any]] = []
    try:
        for _ in range(START_RUNS):
            bare.append(_run_child("bare", store, folder)[0])
            shown, report = _run_child("start", store, app_folder)
            start.append(shown)
            phases.append(report)
    except (RuntimeError, subprocess.TimeoutExpired, KeyError) as error:
        result.append(
            Figure(
                "cold start to main window / bare window", None, "x", START_RATIO_TARGET, str(error)
            )
        )
    else:
        bare_s, start_s = statistics.median(bare), statistics.median(start)
        result.append(
            Figure(
                f"cold start to main window shown (locked, login) / bare window (median of {START_RUNS})",
                start_s / bare_s,
                "x",
                START_RATIO_TARGET,
                note=f"{start_s:.2f} s / {bare_s:.2f} s",
            )
        )
        usable = [report["usable_after_password_s"] * 1000 for report in phases]
        result.append(
            Figure(
                f"password accepted to main window usable, people rows (median of {START_RUNS})",
                statistics.median(usable),
                "ms",
                note=f"max {max(usable):.0f} ms",
            )
        )
        notes.append(
            "cold starts (s): main window "
            + ", ".join(f"{v:.2f}" for v in start)
            + "; bare window "
            + ", ".join(f"{v:.2f}" for v in bare)
        )

        def phase(key: str) -> float:
            return statistics.median(report[key] for report in phases)

        notes.append(
            f"main window start, medians since spawn: Python and imports done {phase('imported_at'):.2f} s, "
            f"Qt, settings, translators {phase('prepared_at'):.2f} s, "
            f"locked window built {phase('built_at'):.2f} s, shown and painted {phase('shown_at'):.2f} s"
        )

    try:
        _, report = _run_child("measure", store, folder)
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        for name, unit, target in (
            ("people page first rows", "ms", FIRST_ROWS_TARGET_MS),
            ("search keystroke to list p95", "ms", KEYSTROKE_P95_TARGET_MS),
            ("resident memory after every page", "MB", RSS_TARGET_MB),
        ):
            result.append(Figure(name, None, unit, target, note=str(error)[:80]))
        return result, notes

    first = report["first_rows_ms"]
    result.append(
        Figure(
            f"people page first rows (median of {len(first)})",
            statistics.median(first),
            "ms",
            FIRST_ROWS_TARGET_MS,
            note=f"max {max(first):.0f} ms",
        )
    )
    keys = report["keystroke_ms"]
    result.append(
        Figure(
            f"search keystroke to list p95 ({len(keys)} keys)",
            percentile(keys, 95),
            "ms",
            KEYSTROKE_P95_TARGET_MS,
            note=f"median {statistics.median(keys):.0f} ms",
        )
    )
    result.append(Figure("resident memory after every page", report["rss_mb"], "MB", RSS_TARGET_MB))
    notes.append(
        "page loads (s): "
        + ", ".join(f"{key} {seconds:.2f}" for key, seconds in report["page_load_s"].items())
    )
    notes.append(
        "keystroke: key press + Enter to the new query's rows in the list "
        "(the page's 250 ms typing pause not counted); slowest: "
        + ", ".join(f"{q!r} {ms:.0f} ms" for q, ms in report["slowest_keys"])
    )
    return result, notes


# -- the children ------------------------------------------------------------------------------


def _paint(app: Any, window: Any) -> float:
    """Show ``window`` and return the time when its first frame is painted."""
    window.resize(*WINDOW_SIZE)
    window.show()
    handle = window.windowHandle()
    while handle is None or not handle.isExposed():
        app.processEvents()
        handle = window.windowHandle()
    app.processEvents()  # the update request: the whole window is painted
    return time.time()


def _child_bare() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from desmig_desktop.ui.qtfix import guard_none_refcount

    app = QApplication([sys.argv[0]])
    guard_none_refcount()  # as the application does (ui/qtfix.py)
    window = QMainWindow()
    shown = _paint(app, window)
    return {"shown_at": shown}


def _open(store_path: Path) -> tuple[Any, Any, Any, Any]:
    """The application, a task manager, the store and services for its admin."""
    from PySide6.QtWidgets import QApplication
    from sqlmodel import select

    from desmig_desktop.domain import UserAccount
    from desmig_desktop.domain.enums import Role
    from desmig_desktop.services import Actor, Services
    from desmig_desktop.store.db import Store
    from desmig_desktop.ui.language import switch_language
    from desmig_desktop.ui.qtfix import guard_none_refcount
    from desmig_desktop.ui.tasks import TaskManager

    app = QApplication([sys.argv[0]])
    guard_none_refcount()
    switch_language("id")
    tasks = TaskManager()
    # The store's key from bench.run (the login that derives it is not counted).
    key = os.environ.get("DESMIG_BENCH_STORE_KEY")
    store = Store.open(store_path, bytes.fromhex(key) if key else None)
    with store.read() as session:
        account = session.exec(
            select(UserAccount).where(UserAccount.role == Role.ADMIN.value)
        ).first()
    assert account is not None
    actor = Actor(
        user_id=account.id, username=account.username, role=Role.ADMIN, centre_id=account.centre_id
    )
    return app, tasks, store, Services(store, actor)


def _child_start() -> dict[str, Any]:
    """The application's own start on the store of its data folder (``_app_folder``):
    ``ui.app``'s steps up to the main window, locked on the encrypted store with its login
    form, shown and painted. Then the officer's password: from its check done to the
    people page's first rows in the window."""
    from desmig_desktop.ui.app import open_main_window, preload, start_app
    from desmig_desktop.ui.login import LoginThrottle

    imported = time.time()
    app, tasks, prefs, language = start_app([sys.argv[0]])
    prepared = time.time()
    from desmig_desktop import paths

    if not paths.store_path().exists():  # else the first-run wizard would wait for a click
        raise RuntimeError(f"no store at {paths.store_path()}")
    window = open_main_window(tasks, prefs, LoginThrottle(), language, lambda: preload(tasks))
    assert window is not None and window.is_locked and window.login_form is not None
    built = time.time()
    shown = _paint(app, window)

    # The officer types meanwhile: the data layer loads in the background (preload).
    _settle(app, tasks, lambda: "desmig_desktop.ui.people_page" in sys.modules)
    import desmig_desktop.services.keys as keys

    checked: list[float] = []
    check = keys.open_centre

    def timed_check(*args: Any) -> Any:
        opened = check(*args)  # the password's check (argon2) and the store's unlock
        checked.append(time.time())
        return opened

    keys.open_centre = timed_check
    form = window.login_form
    form.username.setText("admin")
    form.password.setText(os.environ["DESMIG_BENCH_PASSWORD"])
    form.submit()  # checked on a worker: the window unlocks in Qt's event loop below
    _wait_for(window.unlocked, lambda: not window.is_locked)
    page = window.page("people")
    _wait_for(page.model.pageLoaded, lambda: page.model.rowCount() > 0)  # type: ignore[attr-defined]
    page.repaint()
    usable = time.time()
    tasks.shutdown()
    return {
        "shown_at": shown,
        "imported_at": imported,
        "prepared_at": prepared,
        "built_at": built,
        "usable_after_password_s": usable - checked[0],
    }


def _settle(app: Any, tasks: Any, until: Any = None) -> None:
    """Wait, in Qt's event loop, until the background jobs are done (and ``until()``)."""
    from PySide6.QtTest import QTest

    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    while time.monotonic() < deadline:
        if (until() if until is not None else True) and not tasks.busy:
            app.processEvents()
            return
        QTest.qWait(5)
    raise RuntimeError("the page did not finish loading")


def _wait_for(signal: Any, done: Any) -> None:
    """Run Qt's event loop until ``signal`` fires with ``done()`` true: the GUI thread
    sleeps meanwhile, as in the application, instead of polling for the GIL."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()

    def check(*_args: Any) -> None:
        if done():
            loop.quit()

    signal.connect(check)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(SETTLE_TIMEOUT_S * 1000))
    loop.exec()
    signal.disconnect(check)
    if not done():
        raise RuntimeError("the list did not update")


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _name_fragments(services: Any, count: int) -> list[str]:
    import random

    rows = services.people.search("", limit=2000)
    rng = random.Random(5)
    words = [w for row in rows for w in row.name.split() if len(w) >= 4]
    rng.shuffle(words)
    return [w[:4].lower() for w in words[:count]]


def _child_measure(store_path: Path) -> dict[str, Any]:
    app, tasks, store, services = _open(store_path)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desmig_desktop.ui.main_window import PAGE_KEYS, MainWindow
    from desmig_desktop.ui.people_page import PeoplePage

    # First rows of a new people page, as when it is first opened.
    first_rows: list[float] = []
    for _ in range(FIRST_ROWS_RUNS):
        page = PeoplePage(services, tasks)
        page.resize(*WINDOW_SIZE)
        start = time.perf_counter()
        page.show()
        _wait_for(page.model.pageLoaded, lambda page=page: page.model.rowCount() > 0)
        page.repaint()
        first_rows.append((time.perf_counter() - start) * 1000)
        page.close()
        page.deleteLater()
        app.processEvents()

    # Keystrokes in the search of a shown page.
    page = PeoplePage(services, tasks)
    page.resize(*WINDOW_SIZE)
    page.show()
    _settle(app, tasks, lambda: page.model.rowCount() > 0)
    keystrokes: list[tuple[float, str]] = []
    for fragment in _name_fragments(services, KEYSTROKES // 4 + 1):
        page.search.clear()
        QTest.keyClick(page.search, Qt.Key.Key_Return)
        _settle(app, tasks, lambda: page.model.query == "" and not page.model.loading)
        for letter in fragment:
            start = time.perf_counter()
            QTest.keyClick(page.search, letter)
            QTest.keyClick(page.search, Qt.Key.Key_Return)
            typed = page.search.text().strip()
            _wait_for(
                page.model.pageLoaded,
                lambda t=typed: page.model.query == t and not page.model.loading,
            )
            page.table.viewport().repaint()
            keystrokes.append(((time.perf_counter() - start) * 1000, typed))
            if len(keystrokes) >= KEYSTROKES:
                break
        if len(keystrokes) >= KEYSTROKES:
            break
    page.close()
    page.deleteLater()

    # Every page of the main window, each left to load.
    window = MainWindow(store, services.actor, tasks)
    _paint(app, window)
    page_load: dict[str, float] = {}
    for key in PAGE_KEYS:
        start = time.perf_counter()
        window.show_page(key)
        _settle(app, tasks)
        page_load[key] = time.perf_counter() - start
    rss = _rss_mb()
    window.close()
    tasks.shutdown()
    store.close()
    slowest = sorted(keystrokes, reverse=True)[:3]
    return {
        "first_rows_ms": first_rows,
        "keystroke_ms": [ms for ms, _q in keystrokes],
        "slowest_keys": [(q, ms) for ms, q in slowest],
        "rss_mb": rss,
        "page_load_s": page_load,
    }


def _child(mode: str, store: Path) -> int:
    if mode == "bare":
        report = _child_bare()
    elif mode == "start":
        report = _child_start()
    else:
        report = _child_measure(store)
    print(json.dumps(report), flush=True)
    # No teardown: the report is out, and Qt's exit is not what is measured.
    os._exit(0)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--child":
        return _child(args[1], Path(args[2]))
    from bench.run import table

    store = Path(args[0]).resolve()
    found, notes = figures(store, store.parent)
    print(table(found))
    print("\n".join(f"- {note}" for note in notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
