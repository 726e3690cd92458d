"""The GUI half of ``desmig self-test``: build the main window offscreen, then close it.

It runs in a child process (``desmig gui-probe``, started by ``selftest``), because Qt
that cannot start (a missing platform plugin, a broken wheel) aborts the whole process;
the parent then reports the failure instead of dying with it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

PROBE_ADMIN = "selftest"
PROBE_PASSWORD = "selftest-password"
SETTLE_S = 20.0  # at most this long for the pages' first loads


def open_probe_store(store_path: Path):  # type: ignore[no-untyped-def]
    """The store for a probe: a plain one as it is; an encrypted one with the officer's
    credentials from the environment (DESMIG_USER, DESMIG_PASSWORD) or, for the
    benchmarks, its store key (DESMIG_BENCH_STORE_KEY, hex). None when it stays locked."""
    from ..services.keys import unlock
    from ..store.db import Store, is_plain_file

    if is_plain_file(store_path):
        return Store.open(store_path)
    key = os.environ.get("DESMIG_BENCH_STORE_KEY")
    if key:
        return Store.open(store_path, bytes.fromhex(key))
    user, password = os.environ.get("DESMIG_USER"), os.environ.get("DESMIG_PASSWORD")
    if user and password:
        return unlock(store_path, user, password)
    return None


def probe_main_window(store_path: Path, *, first_paint: bool = False) -> str:
    """Open ``store_path`` (or a throwaway centre when there is none), build the main
    window for one of its admins without a password, let the pages load, close it.

    Returns a one-line summary; raises on any failure. With ``first_paint`` it stops at
    the window's first paint (no page visits, no waiting for loads).
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never on the operator's screen
    from PySide6 import QtCore
    from PySide6.QtWidgets import QApplication
    from sqlmodel import select

    from ..domain import UserAccount
    from ..domain.enums import Role
    from ..services import Actor
    from ..services.accounts import create_centre
    from .main_window import PAGE_KEYS, MainWindow
    from .qtfix import guard_none_refcount
    from .tasks import TaskManager

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    guard_none_refcount()
    with tempfile.TemporaryDirectory(prefix="desmig-probe-") as tmp:
        store = open_probe_store(store_path) if store_path.exists() else None
        if store is not None:
            where = str(store_path)
        else:
            store = create_centre(
                Path(tmp) / "probe.sqlite3",
                village_code="33.01.02.2003",
                centre_name="Self-test",
                admin_user=PROBE_ADMIN,
                admin_password=PROBE_PASSWORD,
            )
            where = "temporary centre" + (" (store locked)" if store_path.exists() else "")
        tasks = TaskManager()
        try:
            with store.read() as session:
                account = session.exec(
                    select(UserAccount).where(
                        UserAccount.centre_id == store.centre_id(),
                        UserAccount.role == Role.ADMIN.value,
                        UserAccount.active == True,  # noqa: E712
                        UserAccount.deleted == False,  # noqa: E712
                    )
                ).first()
            if account is None:
                raise RuntimeError("no active admin in the store")
            actor = Actor(
                user_id=account.id,
                username=account.username,
                role=Role.ADMIN,
                centre_id=account.centre_id,
            )
            started = time.perf_counter()
            window = MainWindow(store, actor, tasks)
            window.show()
            if first_paint:
                # Cold start only (the frozen app against the source, bench/frozen.py):
                # the window's first paint, then out.
                window.repaint()
                app.processEvents()
                took = time.perf_counter() - started
                window.close()
                return f"first paint {took:.3f} s"
            for key in PAGE_KEYS:  # each page is built on its first visit
                window.show_page(key)
                app.processEvents()
            deadline = time.monotonic() + SETTLE_S
            while tasks.busy and time.monotonic() < deadline:
                app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if tasks.busy:
                raise RuntimeError(f"pages still loading after {SETTLE_S:.0f} s")
            took = time.perf_counter() - started
            pages = len(window.pages)
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            tasks.shutdown()
            store.close()
    return f"Qt {QtCore.qVersion()}, {pages} pages on {where}, {took:.1f} s"
