"""The first-run wizard: a new standalone centre, enrolment with a central server (later),
or a demo centre with made-up people.

Creating a centre (migrations, password hashing) and seeding demo data run off the GUI
thread. When the wizard is accepted, ``store`` and ``actor`` hold the new centre and its
logged-in admin, so the officer goes straight to the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from .. import paths, regions
from ..services import Actor, Services, ValidationFailed, create_centre, login
from ..services.errors import ServiceError
from ..store.db import Store, StoreError
from .tasks import TaskManager
from .widgets import MessageLabel, required_label

PAGE_CHOICE, PAGE_NEW, PAGE_DEMO = range(3)

DEMO_VILLAGE = "33.01.02.2003"  # Kesugihan, Cilacap: a district that sends many workers abroad
DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo-desmig"
DEMO_PEOPLE = 500


class VillagePicker(QWidget):
    """Type a village's name or code; pick it from live results over every village."""

    chosen = Signal(object)  # regions.Region

    SEARCH_DELAY_MS = 150
    LIMIT = 50

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.region: regions.Region | None = None
        self._generation = 0
        self.searching = False

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            self.tr("Ketik nama desa/kelurahan atau kodenya, misalnya Kesugihan atau 33.01.02.2003")
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Cari desa"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Hasil pencarian desa"))
        self.results.setMinimumHeight(120)
        # Long names are shortened in the middle: the village and the province stay readable.
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hint = QLabel(self.tr("Ketik paling sedikit 3 huruf."))
        self.hint.setStyleSheet("color: #555;")
        self.selected = QLabel(self.tr("Belum ada desa yang dipilih."))
        self.selected.setWordWrap(True)
        self.selected.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.selected)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.installEventFilter(self)
        self.results.currentItemChanged.connect(self._item_chosen)
        self.setFocusProxy(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Down arrow from the search box goes into the results, as in a browser's address bar.
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
            and self.results.count()
        ):
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def _search(self) -> None:
        text = self.edit.text().strip()
        self._generation += 1
        generation = self._generation
        digits = text.replace(".", "")
        if len(text) < 3 and not (digits.isdigit() and len(digits) >= 2):
            self.results.clear()
            self.hint.setText(self.tr("Ketik paling sedikit 3 huruf."))
            return
        self.searching = True
        limit = self.LIMIT

        def find() -> list[tuple[str, str]]:
            found = regions.search(text, level="village", limit=limit)
            return [(r.code, regions.full_name(r.code) or r.name) for r in found]

        self.tasks.run(find, lambda found: self._show(generation, found), owner=self)

    def _show(self, generation: int, found: list[tuple[str, str]]) -> None:
        if generation != self._generation:
            return
        self.searching = False
        self.results.blockSignals(True)
        self.results.clear()
        for code, name in found:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(f"{name} ({code})")
            self.results.addItem(item)
        self.results.blockSignals(False)
        if not found:
            self.hint.setText(
                self.tr("Tidak ada desa yang cocok. Periksa ejaan, atau ketik kode desanya.")
            )
        elif len(found) >= self.LIMIT:
            self.hint.setText(
                self.tr(
                    "%n hasil teratas; ketik lebih lengkap (misalnya nama kecamatan) untuk mempersempit.",
                    "",
                    len(found),
                )
            )
        else:
            self.hint.setText(self.tr("%n desa cocok; pilih salah satu.", "", len(found)))

    def _item_chosen(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None
    ) -> None:
        if item is None:
            return
        region = regions.village(item.data(Qt.ItemDataRole.UserRole))
        if region is None:
            return
        self.region = region
        self.selected.setText(
            self.tr("Dipilih: {name} (kode {code})").format(name=item.text(), code=region.code)
        )
        self.chosen.emit(region)


class ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selamat datang di Desmigratif"))
        self.setSubTitle(self.tr("Laptop ini belum punya data pusat layanan. Pilih cara memulai."))
        self.new_centre = QRadioButton(self.tr("Buat pusat layanan baru (mandiri)"))
        self.new_centre.setChecked(True)
        new_help = self._help(
            self.tr(
                "Pilih desa Anda dan buat akun admin. Semua data tersimpan di laptop ini dan bisa dipakai tanpa internet."
            )
        )
        self.enrol = QRadioButton(self.tr("Bergabung dengan server pusat"))
        self.enrol.setEnabled(False)
        enrol_help = self._help(
            self.tr(
                "Belum tersedia: pilihan ini aktif setelah fitur sinkronisasi hadir. Untuk sekarang buat pusat layanan "
                "mandiri; datanya nanti dapat disinkronkan ke server pusat."
            )
        )
        self.demo = QRadioButton(self.tr("Coba dengan data contoh"))
        demo_help = self._help(
            self.tr(
                "Membuat pusat layanan contoh berisi %n penduduk rekaan untuk latihan. Jangan dipakai untuk data sungguhan.",
                "",
                DEMO_PEOPLE,
            )
        )
        self.group = QButtonGroup(self)
        for button in (self.new_centre, self.enrol, self.demo):
            self.group.addButton(button)
        layout = QVBoxLayout(self)
        for button, help_label in (
            (self.new_centre, new_help),
            (self.enrol, enrol_help),
            (self.demo, demo_help),
        ):
            layout.addWidget(button)
            layout.addWidget(help_label)
            layout.addSpacing(8)
        layout.addStretch(1)

    def _help(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setContentsMargins(24, 0, 0, 0)
        label.setStyleSheet("color: #444;")
        return label

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return PAGE_DEMO if self.demo.isChecked() else PAGE_NEW


def create_and_login(
    path: Any,
    *,
    village_code: str,
    centre_name: str,
    admin_user: str,
    admin_password: str,
    admin_full_name: str = "",
) -> tuple[Store, Actor]:
    """Create the centre and log its admin in (runs on a worker)."""
    store = create_centre(
        path,
        village_code=village_code,
        centre_name=centre_name,
        admin_user=admin_user,
        admin_password=admin_password,
        admin_full_name=admin_full_name,
    )
    try:
        return store, login(store, admin_user, admin_password)
    except BaseException:
        store.close()
        raise


class NewCentrePage(QWizardPage):
    """The village, the centre's name and the first admin account."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.result: tuple[Store, Actor] | None = None
        self.creating = False
        self._name_touched = False
        self.setTitle(self.tr("Pusat layanan baru"))
        self.setSubTitle(
            self.tr("Pilih desa tempat pusat layanan berada, lalu buat akun admin pertama.")
        )

        self.village = VillagePicker(tasks)
        # The results list takes the page's spare height, not the message rows.
        self.village.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.village.chosen.connect(self._village_chosen)
        self.centre_name = QLineEdit()
        self.centre_name.setMaxLength(120)
        self.centre_name.textEdited.connect(self._name_edited)
        self.admin_user = QLineEdit("admin")
        self.admin_user.setToolTip(
            self.tr("Huruf kecil, angka, titik, garis bawah atau tanda hubung")
        )
        self.admin_full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("minimal 8 karakter"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)

        self.messages = {
            key: MessageLabel() for key in ("village_code", "centre_name", "username", "password")
        }
        self.general = MessageLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(required_label(self.tr("Desa/kelurahan")), self.village)
        form.addRow("", self.messages["village_code"])
        form.addRow(required_label(self.tr("Nama pusat layanan")), self.centre_name)
        form.addRow("", self.messages["centre_name"])
        form.addRow(required_label(self.tr("Nama pengguna admin")), self.admin_user)
        form.addRow("", self.messages["username"])
        form.addRow(self.tr("Nama lengkap admin"), self.admin_full_name)
        form.addRow(required_label(self.tr("Kata sandi")), self.password)
        form.addRow(required_label(self.tr("Ulangi kata sandi")), self.password_again)
        form.addRow("", self.messages["password"])
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.progress)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Buat pusat layanan"))
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.village.setFocus()

    def _village_chosen(self, region: regions.Region) -> None:
        self.messages["village_code"].clear_message()
        if not self._name_touched or not self.centre_name.text().strip():
            self.centre_name.setText(self.tr("Desmigratif {village}").format(village=region.name))
            self._name_touched = False

    def _name_edited(self, _text: str) -> None:
        self._name_touched = True

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Starts the creation; the wizard finishes when the worker says it is done."""
        if self.result is not None:
            return True
        if not self.creating:
            self.start_creating()
        return False

    def start_creating(self) -> None:
        for label in self.messages.values():
            label.clear_message()
        self.general.clear_message()
        if self.village.region is None:
            self.messages["village_code"].show_message(
                self.tr("Pilih desa dari daftar hasil pencarian.")
            )
            self.village.setFocus()
            return
        if self.password.text() != self.password_again.text():
            self.messages["password"].show_message(
                self.tr("Kedua kata sandi tidak sama. Ketik ulang keduanya.")
            )
            self.password_again.clear()
            self.password.setFocus()
            self.password.selectAll()
            return
        fields = {
            "village_code": self.village.region.code,
            "centre_name": self.centre_name.text().strip(),
            "admin_user": self.admin_user.text().strip(),
            "admin_password": self.password.text(),
            "admin_full_name": self.admin_full_name.text().strip(),
        }
        path = paths.store_path()
        paths.ensure_data_dir()
        self._set_creating(True)
        self.tasks.run(
            lambda: create_and_login(path, **fields),
            self._created,
            self._refused,
            write=True,
            owner=self,
        )

    def _set_creating(self, creating: bool) -> None:
        self.creating = creating
        self.progress.setVisible(creating)
        if creating:
            self.general.show_message(self.tr("Membuat pusat layanan..."), "info")
        for widget in (
            self.village,
            self.centre_name,
            self.admin_user,
            self.admin_full_name,
            self.password,
            self.password_again,
        ):
            widget.setEnabled(not creating)
        wizard = self.wizard()
        if wizard is not None:
            for button in (
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.CancelButton,
            ):
                wizard.button(button).setEnabled(not creating)

    def _created(self, result: tuple[Store, Actor]) -> None:
        self.result = result
        self._set_creating(False)
        self.general.show_message(self.tr("Pusat layanan dibuat."), "info")
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_creating(False)
        self.general.clear_message()
        if isinstance(error, ValidationFailed):
            for problem in error.problems:
                target = self.messages.get(problem.field)
                if target is not None:
                    target.show_message(problem.message)
                else:
                    self.general.show_message(problem.message)
            return
        self.general.show_message(
            self.tr("Pusat layanan tidak dapat dibuat: {error}").format(error=self.describe(error))
        )

    def describe(self, error: BaseException) -> str:
        if isinstance(error, ServiceError):
            return error.message
        if isinstance(error, StoreError) and paths.store_path().exists():
            return self.tr(
                "sudah ada data pusat layanan di {path}. Tutup aplikasi lalu buka lagi untuk masuk."
            ).format(path=paths.store_path())
        return str(error)


def create_demo(path: Any, progress: Callable[[int, int], None]) -> tuple[Store, Actor]:
    """The demo centre with ``DEMO_PEOPLE`` made-up people (runs on a worker)."""
    from ..seed import seed  # imported here: seeding pulls in Faker, only needed for a demo

    store, actor = create_and_login(
        path,
        village_code=DEMO_VILLAGE,
        centre_name="Desmigratif Kesugihan (contoh)",
        admin_user=DEMO_ADMIN,
        admin_password=DEMO_PASSWORD,
        admin_full_name="Admin Contoh",
    )
    try:
        seed(Services(store, actor), DEMO_PEOPLE, seed=0, progress=progress)
    except BaseException:
        # A demo without its people is no use, and would block a second try: remove it.
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store.path}{suffix}").unlink(missing_ok=True)
        raise
    return store, actor


class DemoPage(QWizardPage):
    """Creates the demo centre as soon as it is shown, with progress."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.result: tuple[Store, Actor] | None = None
        self.creating = False
        self.setTitle(self.tr("Pusat layanan contoh"))
        self.setSubTitle(
            self.tr(
                "Data rekaan untuk mencoba aplikasi. Semua nama dan nomor di dalamnya tidak nyata."
            )
        )
        self.status = QLabel(self.tr("Menyiapkan..."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, DEMO_PEOPLE)
        self.credentials = MessageLabel()
        self.credentials.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.general = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.credentials)
        layout.addWidget(self.general)
        layout.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self.result is not None or self.creating:
            return
        self.creating = True
        self.general.clear_message()
        self.status.setText(
            self.tr("Membuat pusat layanan contoh dan %n penduduk rekaan...", "", DEMO_PEOPLE)
        )
        self.progress.setValue(0)
        path = paths.store_path()
        paths.ensure_data_dir()
        # After the wizard has set its buttons for this page, which it does once we return.
        QTimer.singleShot(0, lambda: self._lock_buttons(self.creating))
        self.tasks.run(
            lambda progress: create_demo(path, progress),
            self._created,
            self._failed,
            on_progress=self._progressed,
            write=True,
            owner=self,
        )

    def _lock_buttons(self, locked: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(button).setEnabled(not locked)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _created(self, result: tuple[Store, Actor]) -> None:
        self.result = result
        self.creating = False
        self._lock_buttons(False)
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.status.setText(self.tr("Selesai. Pusat layanan contoh siap dipakai."))
        self.credentials.show_message(
            self.tr("Untuk masuk lagi nanti: nama pengguna {user}, kata sandi {password}").format(
                user=DEMO_ADMIN, password=DEMO_PASSWORD
            ),
            "info",
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.creating = False
        self._lock_buttons(False)
        if isinstance(error, ImportError):
            message = self.tr("Pembuat data contoh belum tersedia di versi ini.")
        elif isinstance(error, ServiceError):
            message = error.message
        elif isinstance(error, StoreError) and paths.store_path().exists():
            message = self.tr(
                "Sudah ada data pusat layanan di {path}. Tutup aplikasi lalu buka lagi untuk masuk."
            ).format(path=paths.store_path())
        else:
            message = str(error)
        self.status.setText(self.tr("Pusat layanan contoh tidak dapat dibuat."))
        self.general.show_message(message)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.result is not None


class FirstRunWizard(QWizard):
    """Shown when this laptop has no store yet."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(self.tr("Desmigratif - Persiapan pertama"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        # Our own words on the buttons, so they read Indonesian even without Qt's catalogue.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.choice_page = ChoicePage()
        self.new_page = NewCentrePage(tasks)
        self.demo_page = DemoPage(tasks)
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_NEW, self.new_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setStartId(PAGE_CHOICE)
        self.resize(780, 620)

    @property
    def result_centre(self) -> tuple[Store, Actor] | None:
        """The created store and its logged-in admin, once accepted."""
        return self.new_page.result or self.demo_page.result

    def reject(self) -> None:
        if self.new_page.creating or self.demo_page.creating:
            return  # the buttons are disabled too; Esc must not leave a half-made centre
        super().reject()
