"""The main window: the sidebar of pages, the status bar, the idle lock and switching user.

At the start the window is what appears first, locked: its frame, the sidebar's page
names and the status bar, with the login form on its locked page. Nothing that needs the
data layer (the store, the services, the pages) is built until the password unlocks the
store; the idle lock and switching user come back to the same locked page.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import Actor, Services
from . import preferences
from .first_paint import after_first_paint
from .language import switch_language
from .preferences import Preferences
from .tasks import TaskManager

if TYPE_CHECKING:
    from ..store.backup import DailyBackups
    from ..store.db import Store
    from ..sync.client import SyncStatus
    from .login import LoginForm, LoginThrottle

# The pages, their modules, the sync client, backups, the login form and the region
# names are imported where first used, not here: the main window must paint in a fraction
# of a second, and each page module pulls in its own share of the application (charts,
# reports, the sync client and its HTTP stack...). The imports stay plain ``from ... import``
# statements inside functions, so PyInstaller (build.spec) still finds and collects them.

PAGE_KEYS = (
    "home",
    "people",
    "migration",
    "protection",
    "enterprise",
    "parenting",
    "cooperative",
    "training",
    "reports",
    "history",
    "settings",
    "sync",
)


def _page_class(key: str) -> type[QWidget] | None:
    """The class of the page ``key`` that works through the services, imported now (the
    pages are built on their first visit); ``None`` for the settings page."""
    if key == "home":
        from .home_page import HomePage

        return HomePage
    if key == "people":
        from .people_page import PeoplePage

        return PeoplePage
    if key == "migration":
        from .migration_page import MigrationPage

        return MigrationPage
    if key == "protection":
        from .protection_page import ProtectionPage

        return ProtectionPage
    if key == "enterprise":
        from .enterprise_page import EnterprisePage

        return EnterprisePage
    if key == "parenting":
        from .parenting_page import ParentingPage

        return ParentingPage
    if key == "cooperative":
        from .cooperative_page import CooperativePage

        return CooperativePage
    if key == "training":
        from .training_page import TrainingPage

        return TrainingPage
    if key == "reports":
        from .report_page import ReportPage

        return ReportPage
    if key == "history":
        from .history_page import HistoryPage

        return HistoryPage
    if key == "sync":
        from .sync_page import SyncPage

        return SyncPage
    return None


# The page the window opens on.
FIRST_PAGE = "people"

STYLE = """
QListWidget#sidebar { border: none; background: #1f3a5f; color: white; font-size: 11pt; outline: 0; }
QListWidget#sidebar::item { padding: 7px 12px; }
QListWidget#sidebar::item:selected { background: #f2b134; color: #1b1b1b; }
QListWidget#sidebar::item:hover:!selected { background: #2c4f7c; }
QListWidget#sidebar:disabled { color: #9fb0c6; }
QListWidget#sidebar::item:selected:disabled { background: #2c4f7c; color: #cfd9e6; }
QFrame#sidebarFrame { background: #1f3a5f; }
QLabel#brand { color: white; font-size: 13pt; font-weight: 600; padding: 10px 12px 2px 12px; }
QLabel#brandCentre { color: #cfd9e6; padding: 0 12px 10px 12px; }
QFrame#sidebarFrame QPushButton { text-align: left; padding: 6px 12px; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; padding-bottom: 4px; }
QFrame#loginForm { border: 1px solid #c5cfdc; border-radius: 6px; background: palette(base); }
"""


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without a key press, click or wheel turn in the
    application. While started it watches the whole application, dialogs included.

    Its filter of every event of the application is installed by ``start`` and removed by
    ``stop``: while the window is locked (at the start too, before its first frame) no
    event goes through Python for it. (Handing the application's private objects to a
    Python filter made PySide set up the Python types of about 140 Qt enums during the
    first frame.)"""

    idle = Signal()

    _ACTIVITY = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._running = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        if self._running:
            self.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if not self._running and app is not None:
            app.installEventFilter(self)
        self._running = True
        self._last = time.monotonic()
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if self._running and app is not None:
            app.removeEventFilter(self)
        self._running = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Only a timestamp per event: restarting a timer on every mouse move would cost more.
        if event.type() in self._ACTIVITY:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if not self._running:
            return
        quiet_ms = (time.monotonic() - self._last) * 1000
        if quiet_ms >= self._timeout_ms:
            self.stop()
            self.idle.emit()
        else:
            self._timer.start(max(1, int(self._timeout_ms - quiet_ms)))


class PlaceholderPage(QWidget):
    """A page that comes in a later version: its name and one line saying so."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.coming = QLabel(
            self.tr("Halaman ini sedang disiapkan dan akan tersedia pada versi berikutnya.")
        )
        self.coming.setWordWrap(True)
        detail = QLabel(description)
        detail.setWordWrap(True)
        detail.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.coming)
        layout.addWidget(detail)
        layout.addStretch(1)


class LockedPage(QWidget):
    """The page of the locked window: the login form, when one is asked for, and nothing
    of the centre's data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: LoginForm | None = None
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        self._layout.addStretch(2)

    def show_form(self, form: LoginForm) -> None:
        self.clear_form()
        self.form = form
        self._layout.insertWidget(1, form, 0, Qt.AlignmentFlag.AlignHCenter)

    def clear_form(self) -> None:
        form, self.form = self.form, None
        if form is not None:
            self._layout.removeWidget(form)
            form.hide()
            form.deleteLater()


# The first minute belongs to the officer's first clicks, not to copying the store.
DAILY_BACKUP_DELAY_MS = 60_000


class MainWindow(QMainWindow):
    """Pages in a sidebar; the status bar says who works on which centre.

    ``MainWindow(store, actor, tasks)`` opens on an unlocked store for ``actor``;
    ``MainWindow(None, None, tasks, store_path=...)`` is the window at the start, locked
    on the store still encrypted at ``store_path``, with the login form on it: the
    password unlocks the store, then the window gets its services and pages.
    """

    locked = Signal()
    unlocked = Signal()
    loginShown = Signal(object)  # LoginForm
    dailyBackupDone = Signal(object)  # DailyBackups

    def __init__(
        self,
        store: Store | None,
        actor: Actor | None,
        tasks: TaskManager,
        *,
        store_path: Path | None = None,
        prefs: Preferences | None = None,
        throttle: LoginThrottle | None = None,
        language: str = "id",
        idle_ms: int | None = None,
    ) -> None:
        super().__init__()
        if (store is None) != (actor is None) or (store is None and store_path is None):
            raise ValueError("a store and its officer, or the path of the locked store")
        self._store = store
        self._store_path = store.path if store is not None else store_path
        self.tasks = tasks
        self.prefs = prefs or Preferences()
        # Made when first asked for (``throttle``): the login module, and the password
        # hashing behind it, are not needed to show an unlocked window.
        self._throttle = throttle
        self.language = language
        # None until the password unlocks the store (when the window starts locked).
        self._services = Services(store, actor) if store is not None and actor else None
        self.login_form: LoginForm | None = None
        self.centre_name = ""
        self._hidden_dialogs: list[QDialog] = []
        self._closing_for_good = False
        # Set after a restore: whoever logs in next gets pages on the restored store.
        self._store_replaced = False
        self.restore_progress: QProgressDialog | None = None
        self.restore_note = ""

        # Automatic sync is the sync page's (it shows the round); until that page is built,
        # this timer stands in for its own and builds it when the first round is due.
        self._auto_sync_timer = QTimer(self)
        self._auto_sync_timer.setSingleShot(True)
        self._auto_sync_timer.timeout.connect(self._first_auto_sync)

        self.setStyleSheet(STYLE)

        # -- sidebar
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.brand = QLabel()
        self.brand.setObjectName("brand")
        self.brand_centre = QLabel("")
        self.brand_centre.setObjectName("brandCentre")
        self.brand_centre.setWordWrap(True)
        self.lock_button = QPushButton()
        self.switch_button = QPushButton()
        side = QFrame()
        side.setObjectName("sidebarFrame")
        side.setFixedWidth(210)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 8)
        side_layout.setSpacing(4)
        side_layout.addWidget(self.brand)
        side_layout.addWidget(self.brand_centre)
        side_layout.addWidget(self.sidebar, 1)
        for button in (self.lock_button, self.switch_button):
            wrap = QHBoxLayout()
            wrap.setContentsMargins(8, 0, 8, 0)
            wrap.addWidget(button)
            side_layout.addLayout(wrap)

        # -- pages: each is built on its first visit (``page``); ``pages`` holds those built.
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.page_titles = self._page_titles()
        for key in PAGE_KEYS:
            item = QListWidgetItem(self.page_titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.locked_page = LockedPage()
        if self._services is not None:
            # The first page before the locked one: the stack shows the first widget it gets.
            self.page(FIRST_PAGE)
        self.stack.addWidget(self.locked_page)
        self.sidebar.currentRowChanged.connect(self._page_chosen)

        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(side)
        content = QVBoxLayout()
        content.setContentsMargins(12, 8, 12, 4)
        content.addWidget(self.stack)
        central_layout.addLayout(content, 1)
        self.setCentralWidget(central)

        # -- status bar
        self.user_label = QLabel()
        self.centre_label = QLabel()
        self.sync_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.user_label)
        bar.addWidget(self._separator())
        bar.addWidget(self.centre_label, 1)
        bar.addPermanentWidget(self.sync_label)
        self._retranslate()
        if self._services is not None:
            self._show_actor()
            # The centre's name (it needs the region names) and the sync state are read
            # after the first frame, which they would otherwise slow down (ui/first_paint.py).
            after_first_paint(self, self._first_reads)
            self._start_store_work()

        # -- idle lock and shortcuts
        minutes = self.prefs.idle_lock_minutes
        self.idle = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        if self._services is not None:
            self.idle.start()
        self.lock_button.clicked.connect(self.lock)
        self.switch_button.clicked.connect(self.switch_user)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)
        for number, key in enumerate(PAGE_KEYS[:10]):
            QShortcut(
                QKeySequence(f"Ctrl+{(number + 1) % 10}"),
                self,
                activated=lambda k=key: self.show_page(k),
            )

        self.sidebar.setCurrentRow(PAGE_KEYS.index(FIRST_PAGE))
        self._size_for_screen()
        if self._services is None:
            self._ask_login("start")

    @property
    def store(self) -> Store:
        """The centre's store (only once unlocked: see ``unlocked_store``)."""
        if self._store is None:
            raise RuntimeError("the store is still locked")
        return self._store

    @property
    def services(self) -> Services:
        """The services for the logged-in officer (only once the store is unlocked)."""
        if self._services is None:
            raise RuntimeError("the store is still locked")
        return self._services

    @property
    def unlocked_store(self) -> Store | None:
        """The store, or None while the window waits for the first password."""
        return self._store

    def _start_store_work(self) -> None:
        """Once there is a store: today's automatic backup, once the window is up (it
        copies the whole store), and the automatic sync when its first round is due."""
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self.daily_backup)
        self._schedule_auto_sync()

    @property
    def throttle(self) -> LoginThrottle:
        """The wait after failed logins, kept across locks and user switches."""
        if self._throttle is None:
            from .login import LoginThrottle

            self._throttle = LoginThrottle()
        return self._throttle

    # -- texts --------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """The window's own texts in the running language (the pages are rebuilt)."""
        self.setWindowTitle(
            self.tr("Desmigratif - {name}").format(name=self.centre_name)
            if self.centre_name
            else self.tr("Desmigratif")
        )
        self.sidebar.setAccessibleName(self.tr("Menu halaman"))
        self.brand.setText(self.tr("Desmigratif"))
        self.lock_button.setText(self.tr("Kunci layar"))
        self.lock_button.setToolTip(self.tr("Kunci sekarang (Ctrl+L)"))
        self.switch_button.setText(self.tr("Ganti pengguna"))
        self.switch_button.setToolTip(self.tr("Petugas lain masuk tanpa menutup aplikasi"))
        if self._services is None:
            # Nothing of the centre is known before the password.
            self.user_label.setText(self.tr("Belum masuk"))
            self.sync_label.setText("")
        else:
            self.sync_label.setText(self.tr("Belum tersinkron"))
            self.sync_label.setToolTip(self.tr("Buka halaman Sinkronisasi untuk rinciannya."))
        self.page_titles = self._page_titles()
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            item.setText(self.page_titles[item.data(Qt.ItemDataRole.UserRole)])

    def apply_language(self, language: str) -> None:
        """Switch the interface language now, keeping the officer and the open page.

        The translators are swapped, then every page is rebuilt: the pages set their texts
        once, in ``__init__``, so rebuilding them is simpler and surer than teaching each
        one to retranslate. What was typed in a page's filters is lost; open dialogs keep
        their language until closed.
        """
        if language == self.language:
            return
        switch_language(language)
        self.language = language
        self._retranslate()
        self._show_actor()
        self._rebuild_pages()
        if self.centre_name:
            self._load_centre()
        self.refresh_sync_status()

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it has not been yet (and put in the stack)."""
        page = self.pages.get(key)
        if page is None:
            page = self._make_page(key)
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    def _make_page(self, key: str) -> QWidget:
        page_class = _page_class(key)
        if page_class is not None:
            page: QWidget = page_class(self.services, self.tasks)
            self._wire(key, page)
            return page
        if key == "settings":
            from .settings_page import SettingsPage

            settings = SettingsPage(self.services, self.tasks, self.prefs, self.language)
            settings.idleLockChanged.connect(
                lambda minutes: self.idle.set_timeout_ms(minutes * 60_000)
            )
            settings.languageChanged.connect(self.apply_language)
            settings.restoreRequested.connect(self.restore_backup)
            return settings
        return PlaceholderPage(self.page_titles[key], self._page_descriptions().get(key, ""))

    def _rebuild_pages(self) -> None:
        """Every page anew, for another officer, another language or a restored store:
        the pages built so far are dropped; the open one is built again now, the others
        on their next visit."""
        current = self.current_page_key()
        if current != "locked":
            # Shown while the old pages go, so the stack never passes through another page.
            self.stack.setCurrentWidget(self.locked_page)
        old_pages, self.pages = self.pages, {}
        for old in old_pages.values():
            self.stack.removeWidget(old)
            old.deleteLater()
        if current != "locked":
            self.stack.setCurrentWidget(self.page(current))
        # A dropped sync page took its automatic sync timer with it.
        self._schedule_auto_sync()

    def _page_titles(self) -> dict[str, str]:
        return {
            "home": self.tr("Beranda"),
            "people": self.tr("Penduduk"),
            "migration": self.tr("Layanan Migrasi"),
            "protection": self.tr("Perlindungan"),
            "enterprise": self.tr("Usaha Produktif"),
            "parenting": self.tr("Parenting"),
            "cooperative": self.tr("Koperasi"),
            "training": self.tr("Pelatihan"),
            "reports": self.tr("Laporan"),
            "history": self.tr("Riwayat"),
            "settings": self.tr("Pengaturan"),
            "sync": self.tr("Sinkronisasi"),
        }

    def _page_descriptions(self) -> dict[str, str]:
        return {
            "home": self.tr(
                "Ringkasan per pilar, pengingat dokumen yang akan habis masa berlakunya, dan grafik keberangkatan."
            ),
            "migration": self.tr(
                "Tahapan perjalanan calon pekerja migran dan daftar periksa dokumennya."
            ),
            "protection": self.tr("Kasus perlindungan, rujukan ke mitra, dan tindak lanjutnya."),
            "enterprise": self.tr(
                "Usaha keluarga pekerja migran dan purna pekerja migran, dengan laporan bulanannya."
            ),
            "parenting": self.tr("Anak, wali, sesi parenting, dan daftar hadir."),
            "cooperative": self.tr("Anggota, simpanan, pinjaman, dan angsuran koperasi."),
            "training": self.tr("Pelatihan BLK, peserta, dan sertifikat."),
            "history": self.tr("Siapa mengubah apa dan kapan, untuk setiap data."),
        }

    def _separator(self) -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _show_actor(self) -> None:
        actor = self.services.actor
        role = {
            "officer": self.tr("petugas"),
            "supervisor": self.tr("pengawas"),
            "admin": self.tr("admin"),
        }.get(actor.role.value, actor.role.value)
        self.user_label.setText(
            self.tr("Pengguna: {user} ({role})").format(user=actor.username, role=role)
        )

    def _load_centre(self) -> None:
        accounts = self.services.accounts

        def read() -> tuple[str, str]:
            from .. import regions

            centre = accounts.centre()
            return centre.name, regions.full_name(centre.village_code) or centre.village_code

        self.tasks.run(read, self._show_centre, lambda _e: None, owner=self)

    def _show_centre(self, centre: tuple[str, str]) -> None:
        name, village = centre
        self.centre_name = name
        self.centre_label.setText(
            self.tr("Pusat layanan: {name} - {village}").format(name=name, village=village)
        )
        self.brand_centre.setText(name)
        self.setWindowTitle(self.tr("Desmigratif - {name}").format(name=name))

    # -- sync status ----------------------------------------------------------------------------

    def daily_backup(self) -> None:
        """Today's backup in the data folder, and on the external folder when plugged in;
        once a day, the newest 14 kept (store/backup.py). A failure is told, not fatal."""
        store = self.services.store
        external = self.prefs.external_backup_folder

        def backup() -> DailyBackups:
            from ..store.backup import daily_backup

            return daily_backup(store, external=Path(external) if external else None)

        self.tasks.run(
            backup,
            self._daily_backup_done,
            self._daily_backup_failed,
            owner=self,
        )

    def _daily_backup_done(self, done: DailyBackups) -> None:
        self.dailyBackupDone.emit(done)
        if done.written:
            self.statusBar().showMessage(self.tr("Cadangan harian dibuat."), 8000)

    def _daily_backup_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("Cadangan harian gagal: {error}").format(error=error), 15000
        )

    def refresh_sync_status(self) -> None:
        store = self.store

        def read() -> SyncStatus:
            from ..sync.client import status

            return status(store)

        self.tasks.run(read, self.show_sync_status, lambda _e: None, owner=self)

    def show_sync_status(self, status: SyncStatus) -> None:
        """The status bar's sync indicator: the last sync and what waits to be sent."""
        from .table_model import show_date

        if status.last_sync_at is None:
            text = self.tr("Belum tersinkron")
        else:
            text = self.tr("Sinkron terakhir {when}").format(when=show_date(status.last_sync_at))
        if status.pending:
            text += " - " + self.tr("%n perubahan menunggu", "", status.pending)
        self.sync_label.setText(text)
        tooltip = [self.tr("Buka halaman Sinkronisasi untuk rinciannya.")]
        if not status.enrolled:
            tooltip.insert(0, self.tr("Laptop ini belum terdaftar ke server pusat."))
        if status.last_error:
            tooltip.insert(
                0, self.tr("Kesalahan terakhir: {error}").format(error=status.last_error)
            )
        self.sync_label.setToolTip("\n".join(tooltip))

    def open_from_home(self, key: str) -> None:
        """A reminder's page, narrowed to what the reminder is about where it can be."""
        if key == "people-without-consent":
            self.show_page("people")
            self.page("people").show_without_consent()  # type: ignore[attr-defined]
            return
        self.show_page(key)

    def _wire(self, key: str, page: Any) -> None:
        if key == "home":
            page.openPage.connect(self.open_from_home)
        elif key == "sync":
            self._auto_sync_timer.stop()
            page.statusChanged.connect(self.show_sync_status)
            page.started.connect(
                lambda auto: self.sync_label.setText(
                    self.tr("Sinkronisasi otomatis berjalan...")
                    if auto
                    else self.tr("Sinkronisasi berjalan...")
                )
            )
            page.start_auto_sync(self.prefs.sync_interval_minutes)

    def _schedule_auto_sync(self) -> None:
        """Until the sync page is built: build it when the first automatic round is due."""
        minutes = self.prefs.sync_interval_minutes
        if "sync" not in self.pages and minutes > 0:
            self._auto_sync_timer.start(max(1, int(minutes * 60_000)))

    def _first_auto_sync(self) -> None:
        if "sync" in self.pages:
            return
        from .sync_page import SyncPage

        page = self.page("sync")
        assert isinstance(page, SyncPage)
        page.auto_sync()

    # -- pages ----------------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        if self.stack.currentWidget() is self.locked_page:
            return
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        widget = self.stack.currentWidget()
        for key, page in self.pages.items():
            if page is widget:
                return key
        return "locked"

    def _page_chosen(self, row: int) -> None:
        if row < 0 or self.stack.currentWidget() is self.locked_page:
            return
        self.stack.setCurrentWidget(self.page(PAGE_KEYS[row]))

    def _first_reads(self) -> None:
        self._load_centre()
        self.refresh_sync_status()

    def _size_for_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is None:
            self.resize(1280, 720)
            return
        self.resize(min(1280, available.width()), min(740, available.height()))

    def show_for_screen(self) -> None:
        """Maximised on the small laptop screens the officers have (1366x768), else a window."""
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is not None and (available.width() <= 1440 or available.height() <= 900):
            self.showMaximized()
        else:
            self.show()

    # -- lock and switch user -----------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.locked_page

    def lock(self) -> None:
        """Hide the centre's data and ask for a password again (the same user or another)."""
        self._ask_login("lock")

    def switch_user(self) -> None:
        """Another officer logs in; cancelling returns to the current one."""
        self._ask_login("switch")

    def _ask_login(self, mode: str) -> None:
        """The login form on the locked page: ``start`` (the store still locked), ``lock``
        (idle, the lock button, after a restore) or ``switch`` (another officer)."""
        if self.login_form is not None:
            return
        self.idle.stop()
        self._hide_content()
        from .login import LoginForm

        if mode == "start":
            form = LoginForm(
                None,
                self.tasks,
                self.throttle,
                username=self.prefs.last_user,
                store_path=self._store_path,
            )
        elif mode == "lock":
            form = LoginForm(
                self.store,
                self.tasks,
                self.throttle,
                username=self.services.actor.username,
                centre_name=self.centre_name,
                locked=True,
                cancel_text=self.tr("Keluar aplikasi"),
            )
        else:
            form = LoginForm(
                self.store,
                self.tasks,
                self.throttle,
                centre_name=self.centre_name,
                cancel_text=self.tr("Batal"),
                escape_cancels=True,
            )
        form.loggedIn.connect(self._logged_in)
        form.cancelled.connect(lambda: self._login_cancelled(mode))
        self.login_form = form
        self.locked_page.show_form(form)
        form.focus_first()
        self.locked.emit()
        self.loginShown.emit(form)

    def _hide_content(self) -> None:
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self.stack.setCurrentWidget(self.locked_page)
        self.sidebar.setEnabled(False)
        self.lock_button.setEnabled(False)
        self.switch_button.setEnabled(False)

    def _show_content(self, same_user: bool) -> None:
        self.sidebar.setEnabled(True)
        self.lock_button.setEnabled(True)
        self.switch_button.setEnabled(True)
        self.stack.setCurrentWidget(self.page(PAGE_KEYS[max(0, self.sidebar.currentRow())]))
        for dialog in self._hidden_dialogs:
            if same_user:
                dialog.show()
            else:
                # Another officer: what the previous one was typing is not theirs to save.
                dialog.done(QDialog.DialogCode.Rejected)
        self._hidden_dialogs = []
        self.idle.start()
        self.unlocked.emit()

    def _close_login_form(self) -> LoginForm | None:
        form, self.login_form = self.login_form, None
        self.locked_page.clear_form()
        return form

    def _logged_in(self, actor: Actor) -> None:
        form = self._close_login_form()
        if self._services is None:
            # The start: the password unlocked the store; the window gets it, and its
            # services, only now.
            assert form is not None and form.opened is not None
            self._attach(form.opened.store, actor)
            same_user = True
            # The centre's name and the sync state once the first page is drawn; watched
            # for before the page is shown, so that the page's own first read (asked for
            # when shown, and Qt runs the newest event filter first) starts before them.
            first = self.page(PAGE_KEYS[max(0, self.sidebar.currentRow())])
            after_first_paint(first, self._first_reads)
        else:
            same_user = actor.user_id == self.services.actor.user_id and not self._store_replaced
            if not same_user:
                self._store_replaced = False
                self._set_actor(actor)
        self.prefs.last_user = actor.username
        preferences.save(self.prefs)
        self._show_content(same_user)

    def _attach(self, store: Store, actor: Actor) -> None:
        self._store = store
        self._store_path = store.path
        self._services = Services(store, actor)
        self._retranslate()
        self._show_actor()
        self._start_store_work()

    def _login_cancelled(self, mode: str) -> None:
        self._close_login_form()
        if mode != "switch":
            self._closing_for_good = True
            self.close()
            return
        self._show_content(same_user=True)

    def _set_actor(self, actor: Actor) -> None:
        self._services = Services(self.store, actor)
        # Every page acts through the services: all are rebuilt for the new officer.
        self._rebuild_pages()
        self._show_actor()
        self._load_centre()

    # -- restore ------------------------------------------------------------------------------

    def restore_backup(self, file: Path) -> None:
        """Replace the store with the backup ``file``, then ask everyone to log in again.

        The settings page has checked the file and the admin has confirmed. The jobs on
        the current store are finished and the store closed; ``store.backup.restore``
        keeps a copy of it in the backups folder before swapping the file, so a wrong
        restore can itself be undone. A failed restore leaves the store as it was.
        """
        if self.restore_progress is not None:
            return
        self.idle.stop()
        self._hide_content()
        progress = QProgressDialog(self.tr("Memulihkan cadangan..."), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Pemulihan"))
        progress.setCancelButton(None)  # type: ignore[arg-type] - Qt accepts None here
        progress.setMinimumDuration(0)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()
        self.restore_progress = progress
        # Nothing may read or write the store while its file is swapped.
        self.tasks.shutdown()
        old = self.store
        old.close()

        from ..store.backup import backup_key, restore
        from ..store.db import Store

        def work() -> tuple[Store, Path | None]:
            key = backup_key(Path(file), [old.key])
            kept = restore(Path(file), key=key, current_key=old.key, force=True, target=old.path)
            try:
                # Opening migrates a backup from an older version. (A plain backup of an
                # older version is encrypted at the next login.)
                return Store.open(old.path, key), kept
            except BaseException:
                # A backup that passed the checks but does not open: put the store back.
                if kept is not None:
                    restore(kept, key=old.key, current_key=key, force=True, target=old.path)
                raise

        self.tasks.run(work, self._restored, self._restore_failed, write=True, owner=self)

    def _end_restore_progress(self) -> None:
        if self.restore_progress is not None:
            self.restore_progress.close()
            self.restore_progress.deleteLater()
            self.restore_progress = None

    def _restored(self, result: tuple[Store, Path | None]) -> None:
        store, kept = result
        self._end_restore_progress()
        self._store = store
        self._store_replaced = True
        self.restore_note = self.tr("Cadangan dipulihkan. Silakan masuk lagi.")
        if kept is not None:
            self.restore_note += " " + self.tr("Data sebelumnya disimpan di {path}.").format(
                path=kept
            )
        self._ask_login("lock")
        if self.login_form is not None:
            self.login_form.message.show_message(self.restore_note, "info")
        self.refresh_sync_status()

    def _restore_failed(self, error: BaseException) -> None:
        self._end_restore_progress()
        # The store is as it was (never replaced, or put back); its engine reconnects on
        # the next query. The pages' loads were cancelled for the restore: load again.
        self._rebuild_pages()
        self._show_content(same_user=True)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Pemulihan gagal"),
            self.tr("Cadangan tidak dipulihkan; data tetap seperti sebelumnya.\n\n{error}").format(
                error=getattr(error, "message", None) or error
            ),
            parent=self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.idle.stop()
        super().closeEvent(event)
