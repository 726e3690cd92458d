"""Render the main pages with seeded demo data into ``docs/screenshots/*.png``
(``make screenshots``).

Runs on Qt's offscreen platform in a temporary data folder: a demo centre is created,
seeded (``desmig_desktop.seed``), and each page is shown in a 1366x768 main window (the
officers' laptop screen), with the dialogs some pages open drawn over the window. The
PNGs are saved as 8-bit indexed colour when that loses nothing visible, to keep them
small enough for the repository.

Usage: ``python -m tools.screenshots [--out docs/screenshots] [--people 1500] [--lang id]``
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QWidget  # noqa: E402

from desmig_desktop import paths  # noqa: E402
from desmig_desktop.seed import seed  # noqa: E402
from desmig_desktop.services import Services, create_centre, login  # noqa: E402
from desmig_desktop.ui.language import switch_language  # noqa: E402
from desmig_desktop.ui.main_window import MainWindow  # noqa: E402
from desmig_desktop.ui.preferences import Preferences  # noqa: E402
from desmig_desktop.ui.qtfix import guard_none_refcount  # noqa: E402
from desmig_desktop.ui.tasks import TaskManager  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1366, 768)
VILLAGE_CODE = "33.01.02.2003"
ADMIN, PASSWORD = "admin", "demo-password-1"
# A fixed "today" keeps the demo data, and so the pictures, the same from run to run.
TODAY = date(2026, 11, 2)


class Shooter:
    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.written: list[Path] = []

    def settle(self, tasks: TaskManager, timeout_s: float = 30.0) -> None:
        """Let the background loads finish and their results be drawn."""
        deadline = time.monotonic() + timeout_s
        quiet = 0
        while time.monotonic() < deadline and quiet < 3:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)
            quiet = quiet + 1 if not tasks.busy else 0
            time.sleep(0.02)
        self.app.processEvents()

    def save(self, name: str, image: QImage) -> Path:
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"{name}.png"
        small = _indexed(image)
        if not small.save(str(path), "PNG", 0):  # quality 0: the strongest compression
            raise RuntimeError(f"cannot write {path}")
        self.written.append(path)
        print(f"{path}: {path.stat().st_size / 1024:.0f} KB")
        return path

    def window(self, name: str, window: QWidget, *dialogs: QWidget) -> Path:
        """The window, with ``dialogs`` drawn where they stand over it (centred)."""
        pixmap = window.grab()
        if dialogs:
            painter = QPainter(pixmap)
            painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 60))
            for dialog in dialogs:
                shot = _framed(dialog.grab(), dialog.windowTitle())
                at = QPoint(
                    (pixmap.width() - shot.width()) // 2, (pixmap.height() - shot.height()) // 2
                )
                painter.drawPixmap(at, shot)
            painter.end()
        return self.save(name, pixmap.toImage())

    def alone(self, name: str, dialog: QWidget) -> Path:
        """A dialog shown before the main window (the first-run wizard), on a plain desktop."""
        canvas = QPixmap(*SIZE)
        canvas.fill(QColor("#1f3a5f"))
        shot = _framed(dialog.grab(), dialog.windowTitle())
        painter = QPainter(canvas)
        painter.drawPixmap(
            QPoint((canvas.width() - shot.width()) // 2, (canvas.height() - shot.height()) // 2),
            shot,
        )
        painter.end()
        return self.save(name, canvas.toImage())


def _framed(content: QPixmap, title: str) -> QPixmap:
    """A simple title bar around a dialog: offscreen Qt draws no window frames."""
    bar = 28
    framed = QPixmap(content.width() + 2, content.height() + bar + 1)
    framed.fill(QColor("#5a6b80"))
    painter = QPainter(framed)
    painter.fillRect(1, 1, content.width(), bar - 1, QColor("#e9edf2"))
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1b1b1b"))
    painter.drawText(12, 1, content.width() - 24, bar - 1, Qt.AlignmentFlag.AlignVCenter, title)
    painter.drawPixmap(1, bar, content)
    painter.end()
    return framed


def _indexed(image: QImage) -> QImage:
    """The picture in its own 256 most frequent colours, each pixel mapped to the
    nearest, without dithering: a flat interface keeps its exact colours and text edges
    lose little, and the PNG is a third of the size of a true-colour one."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(rgb.constBits()).cast("I")
    palette = [colour | 0xFF000000 for colour, _n in Counter(pixels).most_common(256)]
    return rgb.convertToFormat(
        QImage.Format.Format_Indexed8,
        palette,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )


def _select_first(table: QTableView, accept: Callable[[object], bool] | None = None) -> bool:
    model = table.model()
    row_object = getattr(model, "row_object", None) or getattr(model, "row", None)
    for row in range(model.rowCount()):
        if accept is None or (row_object is not None and accept(row_object(row))):
            table.selectRow(row)
            table.scrollTo(model.index(row, 0))
            return True
    return False


def _person_view(services: Services, tasks: TaskManager, person_id: object) -> QWidget:
    """The person page when it exists (``ui/person_page.py``), else the person dialog."""
    try:
        module = importlib.import_module("desmig_desktop.ui.person_page")
        page_class = module.PersonPage
    except (ImportError, AttributeError):
        page_class = None
    if page_class is not None:
        for build in (
            lambda: page_class(services, tasks, person_id),
            lambda: page_class(services, tasks),
        ):
            try:
                page = build()
            except TypeError:
                continue
            for loader in ("show_person", "load_person", "set_person", "load"):
                if hasattr(page, loader):
                    getattr(page, loader)(person_id)
                    break
            return page
    from desmig_desktop.ui.person_dialog import PersonDialog

    return PersonDialog(services, tasks, services.people.person(person_id))


def render(out: Path, people: int, language: str) -> list[Path]:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    guard_none_refcount()
    app.setApplicationName("Desmigratif")
    switch_language(language)
    shooter = Shooter(app, out)
    tasks = TaskManager()

    # 1. The first-run wizard, on a laptop without data.
    from desmig_desktop.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(tasks)
    wizard.resize(860, 620)
    wizard.show()
    shooter.settle(tasks)
    shooter.alone("01-wizard", wizard)
    wizard.close()
    wizard.deleteLater()

    store = create_centre(
        paths.store_path(),
        village_code=VILLAGE_CODE,
        centre_name="Pusat Layanan Desmigratif Kesugihan",
        admin_user=ADMIN,
        admin_password=PASSWORD,
        admin_full_name="Admin Desa",
    )
    services = Services(store, login(store, ADMIN, PASSWORD))
    seed(services, people, seed=7, today=TODAY)
    try:
        # 2. The login: the main window as it starts, locked, with the login form on it.
        locked = MainWindow(
            None,
            None,
            tasks,
            store_path=paths.store_path(),
            prefs=Preferences(last_user=ADMIN),
            language=language,
        )
        locked.resize(*SIZE)
        locked.show()
        shooter.settle(tasks)
        shooter.window("02-login", locked)
        locked.close()
        locked.deleteLater()

        window = MainWindow(store, services.actor, tasks, language=language)
        window.resize(*SIZE)
        window.show()
        shooter.settle(tasks)
        _pages(shooter, window, tasks, services)
        window.close()
        window.deleteLater()
        shooter.settle(tasks)
    finally:
        tasks.shutdown()
        store.close()
    return shooter.written


def _pages(shooter: Shooter, window: MainWindow, tasks: TaskManager, services: Services) -> None:
    def page(key: str) -> QWidget:
        window.show_page(key)
        shooter.settle(tasks)
        return window.page(key)

    page("home")
    shooter.window("03-dashboard", window)

    people = page("people")
    _select_first(people.table)  # type: ignore[attr-defined]
    shooter.settle(tasks)
    shooter.window("04-people", window)

    person_id = people.selected_person_id()  # type: ignore[attr-defined]
    view = _person_view(services, tasks, person_id)
    if isinstance(view, QDialog):
        view.show()
        shooter.settle(tasks)
        shooter.window("05-person", window, view)
        view.tabs.setCurrentWidget(view.consent)  # type: ignore[attr-defined]
        shooter.settle(tasks)
        shooter.window("14-person-consent", window, view)
        view.done(0)
    else:
        view.resize(SIZE[0] - 210, SIZE[1] - 60)
        view.show()
        shooter.settle(tasks)
        shooter.save("05-person", view.grab().toImage())
        view.close()
    view.deleteLater()

    migration = page("migration")
    _select_first(
        migration.table,  # type: ignore[attr-defined]
        lambda row: getattr(row.episode, "stage", "") in ("paspor", "visa_kerja", "opp"),
    ) or _select_first(migration.table)  # type: ignore[attr-defined]
    migration.documents_of_selected()  # type: ignore[attr-defined]
    shooter.settle(tasks)
    documents = migration.dialog  # type: ignore[attr-defined]
    shooter.window("06-journey-documents", window, *([documents] if documents else []))
    if documents is not None:
        documents.done(0)
    shooter.settle(tasks)

    protection = page("protection")
    _select_first(protection.table)  # type: ignore[attr-defined]
    shooter.settle(tasks)
    shooter.window("07-protection-case", window)

    enterprise = page("enterprise")
    _select_first(enterprise.table)  # type: ignore[attr-defined]
    shooter.settle(tasks)
    shooter.window("08-enterprise", window)

    parenting = page("parenting")
    _select_first(parenting.sessions_table)  # type: ignore[attr-defined]
    parenting.take_attendance()  # type: ignore[attr-defined]
    shooter.settle(tasks)
    attendance = parenting.dialog  # type: ignore[attr-defined]
    shooter.window("09-parenting-attendance", window, *([attendance] if attendance else []))
    if attendance is not None:
        attendance.done(0)
    shooter.settle(tasks)

    cooperative = page("cooperative")
    _select_first(cooperative.members_table)  # type: ignore[attr-defined]
    shooter.settle(tasks)
    shooter.window("10-cooperative-member", window)

    page("history")
    shooter.window("11-history", window)

    settings = page("settings")
    settings.tabs.setCurrentWidget(settings.users)  # type: ignore[attr-defined]
    shooter.settle(tasks)
    shooter.window("12-settings-users", window)
    backups = settings.backups  # type: ignore[attr-defined]
    settings.tabs.setCurrentWidget(backups)  # type: ignore[attr-defined]
    backups.backup_now(None)
    shooter.settle(tasks)
    shooter.window("13-settings-backups", window)

    # Shown once, after a centre is made: an example key, not one of any store.
    from desmig_desktop.ui.recovery import RecoveryKeyDialog

    recovery = RecoveryKeyDialog("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-7ABC")
    recovery.show()
    shooter.settle(tasks)
    shooter.alone("15-recovery-key", recovery)
    recovery.done(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools.screenshots", description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT, help="folder of the PNGs")
    parser.add_argument("--people", type=int, default=1500, help="demo people (default 1500)")
    parser.add_argument("--lang", default="id", choices=("id", "en"), help="interface language")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="desmig-screenshots-") as tmp:
        paths.set_data_dir(Path(tmp) / "data")
        paths.ensure_data_dir()
        try:
            written = render(args.out.resolve(), args.people, args.lang)
        finally:
            paths.set_data_dir(None)
    print(f"{len(written)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
