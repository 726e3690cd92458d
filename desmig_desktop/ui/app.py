"""Starting the desktop application: language, crash handler, then the main window, locked
with its login form (or the first-run wizard on a new laptop)."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .. import __version__, paths
from ..text import redact_id_numbers
from . import preferences
from .first_paint import after_first_paint
from .language import install_translators as install_translators
from .language import remove_translators, switch_language
from .language import translations_dir as translations_dir
from .login import LoginThrottle
from .main_window import MainWindow
from .qtfix import guard_none_refcount
from .tasks import TaskManager

CRASH_LOG_NAME = "desmig-gui.log"


# -- crashes --------------------------------------------------------------------------------------


def crash_log_path() -> Path:
    return paths.logs_dir() / CRASH_LOG_NAME


def write_crash_log(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> Path:
    """Append the traceback to the GUI's log in the data folder; returns the log's path."""
    log = crash_log_path()
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as handle:
            handle.write(
                f"--- {datetime.now(UTC).isoformat()} desmig {__version__} ({threading.current_thread().name})\n"
            )
            # Messages may quote a NIK; the log is a plain file.
            handle.write(redact_id_numbers("".join(traceback.format_exception(kind, error, tb))))
    except OSError:
        pass
    return log


class CrashHandler:
    """``sys.excepthook``: log the error, then tell the officer in a dialog (GUI thread only)."""

    def __init__(self) -> None:
        self.dialog: QMessageBox | None = None
        self._showing = False

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        log = write_crash_log(kind, error, tb)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        app = QApplication.instance()
        # Widgets only on the GUI thread (Python's main thread); elsewhere the log must do.
        if (
            app is None
            or threading.current_thread() is not threading.main_thread()
            or self._showing
        ):
            return
        self._showing = True
        try:
            box = QMessageBox()
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("CrashHandler", "Terjadi kesalahan"))
            box.setText(
                QCoreApplication.translate(
                    "CrashHandler",
                    "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.\n\n"
                    "Rinciannya ditulis di {log}. Bila kesalahan berulang, kirim berkas itu kepada pengelola aplikasi.",
                ).format(log=log)
            )
            box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(self._closed)
            self.dialog = box
            box.show()
        except Exception:  # noqa: BLE001 - the handler itself must never raise
            self._showing = False

    def _closed(self, _result: int) -> None:
        self._showing = False
        self.dialog = None


def install_crash_handler() -> CrashHandler:
    handler = CrashHandler()
    sys.excepthook = handler

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            write_crash_log(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
    return handler


# -- start -----------------------------------------------------------------------------------------


def _fail(title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.exec()


def open_main_window(
    tasks: TaskManager,
    prefs: preferences.Preferences,
    throttle: LoginThrottle,
    language: str,
    shown: Callable[[], None] = lambda: None,
) -> MainWindow | None:
    """The window the application opens with, not yet shown; ``None`` when the officer
    gives up. ``shown`` is called once the first window is first drawn.

    With a store on this laptop: the main window, locked, with the login form on it (the
    password unlocks the store; nothing of the data layer is built before). On a new
    laptop: the first-run wizard first, then the main window for its new admin.
    """
    store_path = paths.store_path()
    if store_path.exists():
        window = MainWindow(
            None,
            None,
            tasks,
            store_path=store_path,
            prefs=prefs,
            throttle=throttle,
            language=language,
        )
        after_first_paint(window, shown)
        return window
    # Imported only here: most starts open an existing store.
    from .first_run import FirstRunWizard

    wizard = FirstRunWizard(tasks)
    after_first_paint(wizard, shown)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.result_centre is None:
        return None
    store, actor = wizard.result_centre
    if store.recovery_key:
        from .recovery import RecoveryKeyDialog

        RecoveryKeyDialog(store.recovery_key).exec()
        store.recovery_key = None
    prefs.last_user = actor.username
    preferences.save(prefs)
    return MainWindow(store, actor, tasks, prefs=prefs, throttle=throttle, language=language)


def _load_data_layer() -> None:
    """What the first password check and the unlocked window need first: the store,
    argon2 and the services (services.keys), and the people page the window opens on."""
    import importlib

    for module in ("desmig_desktop.services.keys", "desmig_desktop.ui.people_page"):
        importlib.import_module(module)


def preload(tasks: TaskManager) -> None:
    """Load in the background what the officer's first actions need: the region names
    (the first village search) and the data layer (the first password check, the store,
    the services, the first page). Called once the first window is drawn, so that none
    of it slows that first frame; it loads while the officer types."""
    from .. import regions

    tasks.run(regions.preload, on_error=lambda _e: None)
    tasks.run(_load_data_layer, on_error=lambda _e: None)


def start_app(
    argv: Sequence[str] | None = None,
) -> tuple[QApplication, TaskManager, preferences.Preferences, str]:
    """What every start does before its first window: the application object, the data
    folder, the settings and their language's translators, the crash handler and the task
    manager. Returns (application, task manager, settings, language)."""
    app = QApplication.instance() or QApplication(list(argv) if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    guard_none_refcount()
    app.setApplicationName("Desmigratif")
    app.setOrganizationName("Desmigratif")
    app.setApplicationVersion(__version__)
    paths.ensure_data_dir()
    prefs = preferences.load()
    language = preferences.effective_language(prefs)
    switch_language(language)
    install_crash_handler()
    return app, TaskManager(app), prefs, language


def run_app(argv: Sequence[str] | None = None) -> int:
    """Open the application; returns the process exit code."""
    app, tasks, prefs, language = start_app(argv)
    try:
        window = open_main_window(tasks, prefs, LoginThrottle(), language, lambda: preload(tasks))
        if window is None:
            return 0
        window.show_for_screen()
        try:
            return app.exec()
        finally:
            window.close()
            tasks.shutdown()
            # A restore from the settings page replaces the window's store; a window left
            # at its first login has none.
            store = window.unlocked_store
            if store is not None:
                store.close()
    finally:
        tasks.shutdown()
        tasks.deleteLater()
        remove_translators()
