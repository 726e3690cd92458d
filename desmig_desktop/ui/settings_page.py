"""Pengaturan: language and idle lock, the centre's users, backups and restore, the data
folder.

Language and idle lock are per-laptop preferences, saved at once; the language applies
without a restart (the main window rebuilds its pages). Users and backups go through the
services, off the GUI thread; the restore itself is done by the main window, which holds
the store open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..domain import UserAccount
from ..domain.enums import Role
from ..reports.letters import LetterService
from ..services import PermissionDenied, Services
from ..services.audit import AuditService
from ..services.backups import BackupFile
from . import preferences
from .forms import FormDialog, refuse
from .lists import make_table
from .preferences import MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES, Preferences
from .table_model import Column, RowsTableModel, show_date
from .tasks import TaskManager
from .widgets import MessageLabel

READABLE_WIDTH = 860


def _password_line() -> QLineEdit:
    line = QLineEdit()
    line.setEchoMode(QLineEdit.EchoMode.Password)
    line.setMaxLength(200)
    return line


class SettingsPage(QWidget):
    """Three tabs: Umum (language, idle lock, data folder), Pengguna, Cadangan."""

    idleLockChanged = Signal(int)  # minutes
    languageChanged = Signal(str)  # "id" or "en"
    restoreRequested = Signal(Path)  # a checked backup file, confirmed by an admin
    letterheadLoaded = Signal()
    letterheadSaved = Signal()

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        prefs: Preferences,
        running_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.prefs = prefs
        self.running_language = running_language

        title = QLabel(self.tr("Pengaturan"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.general_tab = self._general_tab()
        self.users = UsersPanel(services, tasks)
        self.backups = BackupPanel(services, tasks)
        self.backups.restoreRequested.connect(self.restoreRequested)
        self.tabs.addTab(self.general_tab, self.tr("Umum"))
        self.tabs.addTab(self.users, self.tr("Pengguna"))
        self.tabs.addTab(self.backups, self.tr("Cadangan dan pemulihan"))
        self.audit = AuditPanel(services, tasks)
        self.tabs.addTab(self.audit, self.tr("Audit"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.idle_minutes.valueChanged.connect(self._idle_chosen)

    def _general_tab(self) -> QWidget:
        self.language = QComboBox()
        # Each language is named in itself, so someone who cannot read the current one
        # still finds their own.
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.running_language)))
        self.language.setMinimumWidth(220)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setValue(self.prefs.idle_lock_minutes)
        self.idle_minutes.setSuffix(" " + self.tr("menit"))
        self.idle_minutes.setMinimumWidth(120)
        self.idle_minutes.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        idle_help = QLabel(
            self.tr(
                "Bila laptop tidak dipakai selama ini, aplikasi terkunci dan kata sandi diminta lagi."
            )
        )
        idle_help.setWordWrap(True)

        appearance = QGroupBox(self.tr("Tampilan dan keamanan"))
        form = QFormLayout(appearance)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Bahasa"), self.language)
        form.addRow(self.tr("Kunci otomatis setelah"), self.idle_minutes)
        form.addRow("", idle_help)

        self.data_folder = QLabel(str(paths.data_dir()))
        self.data_folder.setWordWrap(True)
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("Buka folder"))
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder)
        data = QGroupBox(self.tr("Folder data"))
        data_layout = QVBoxLayout(data)
        data_help = QLabel(
            self.tr(
                "Semua data pusat layanan ada di folder ini (penyimpanan, cadangan, lampiran, catatan kesalahan). "
                "Salin folder ini untuk memindahkan data ke laptop lain."
            )
        )
        data_help.setWordWrap(True)
        data_layout.addLayout(folder_row)
        data_layout.addWidget(data_help)

        # A second copy of the daily backup, on a flash disk or external drive when it is
        # plugged in (backups in the data folder die with the laptop's disk).
        self.external_folder = QLabel()
        self.external_folder.setWordWrap(True)
        self.external_choose = QPushButton(self.tr("Pilih folder..."))
        self.external_clear = QPushButton(self.tr("Jangan salin"))
        self.external_choose.clicked.connect(self.choose_external_folder)
        self.external_clear.clicked.connect(lambda: self.set_external_folder(""))
        external_row = QHBoxLayout()
        external_row.addWidget(self.external_folder, 1)
        external_row.addWidget(self.external_choose)
        external_row.addWidget(self.external_clear)
        external_help = QLabel(
            self.tr(
                "Setiap hari aplikasi membuat cadangan otomatis (14 terakhir disimpan). "
                "Bila folder ini ada (misalnya flashdisk yang tercolok), cadangan juga disalin ke sana."
            )
        )
        external_help.setWordWrap(True)
        data_layout.addWidget(QLabel(self.tr("Salinan cadangan harian di luar laptop:")))
        data_layout.addLayout(external_row)
        data_layout.addWidget(external_help)
        self._show_external_folder()

        # The letterhead (kop surat) and signatory of the centre's letters; admins change it.
        letterhead = QGroupBox(self.tr("Kop surat"))
        head_form = QFormLayout(letterhead)
        self.centre_name = QLineEdit()
        self.centre_address = QLineEdit()
        self.head_of_village = QLineEdit()
        self.head_of_village.setPlaceholderText(
            self.tr("nama kepala desa yang menandatangani surat")
        )
        self.letterhead_button = QPushButton(self.tr("Simpan kop surat"))
        self.letterhead_notice = MessageLabel()
        head_form.addRow(self.tr("Nama pusat layanan"), self.centre_name)
        head_form.addRow(self.tr("Alamat"), self.centre_address)
        head_form.addRow(self.tr("Kepala desa"), self.head_of_village)
        head_form.addRow("", self.letterhead_button)
        head_form.addRow("", self.letterhead_notice)
        self.letterhead_button.clicked.connect(self.save_letterhead)
        self._load_letterhead()

        tab = QWidget()
        # Long lines are hard to read on a wide screen: the settings keep a readable width.
        for group in (appearance, data, letterhead):
            group.setMaximumWidth(READABLE_WIDTH)
        layout = QVBoxLayout(tab)
        layout.addWidget(appearance)
        layout.addWidget(data)
        layout.addWidget(letterhead)
        layout.addStretch(1)
        return tab

    def _load_letterhead(self) -> None:
        service = LetterService(self.services.store, self.services.actor)
        self.tasks.run(
            service.letterhead, self._show_letterhead, self._letterhead_refused, owner=self
        )

    def _show_letterhead(self, head: Any) -> None:
        self.centre_name.setText(head.centre_name)
        self.centre_address.setText(head.address)
        self.head_of_village.setText(head.head_of_village)
        self.letterheadLoaded.emit()

    def save_letterhead(self) -> None:
        service = LetterService(self.services.store, self.services.actor)
        name = self.centre_name.text()
        address = self.centre_address.text()
        head = self.head_of_village.text()
        self.tasks.run(
            lambda: service.set_letterhead(centre_name=name, address=address, head_of_village=head),
            self._letterhead_saved,
            self._letterhead_refused,
            owner=self,
            write=True,
        )

    def _letterhead_saved(self, _centre: Any) -> None:
        self.letterhead_notice.show_message(self.tr("Kop surat disimpan."), "info")
        self.letterheadSaved.emit()

    def _letterhead_refused(self, error: BaseException) -> None:
        self.letterhead_notice.show_message(getattr(error, "message", None) or str(error))
        self.letterheadSaved.emit()

    def _language_chosen(self, _index: int) -> None:
        language = self.language.currentData()
        self.prefs.language = language
        preferences.save(self.prefs)
        if language != self.running_language:
            # The main window rebuilds its pages, this one included, in the new language.
            self.languageChanged.emit(language)

    def _show_external_folder(self) -> None:
        folder = self.prefs.external_backup_folder
        self.external_folder.setText(folder or self.tr("(tidak ada)"))
        self.external_clear.setEnabled(bool(folder))

    def choose_external_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder salinan cadangan harian"), self.prefs.external_backup_folder
        )
        if chosen:
            self.set_external_folder(chosen)

    def set_external_folder(self, folder: str) -> None:
        self.prefs.external_backup_folder = folder
        preferences.save(self.prefs)
        self._show_external_folder()

    def _idle_chosen(self, minutes: int) -> None:
        self.prefs.idle_lock_minutes = minutes
        preferences.save(self.prefs)
        self.idleLockChanged.emit(minutes)


# -- audit -------------------------------------------------------------------------------------


class AuditPanel(QWidget):
    """Logins, failed logins, exports, erasures and changes of roles on this laptop (admins)."""

    loaded = Signal()

    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        actions = {
            "login": self.tr("Masuk"),
            "login_failed": self.tr("Gagal masuk"),
            "user_added": self.tr("Pengguna ditambah"),
            "role_changed": self.tr("Peran diubah"),
            "user_active": self.tr("Pengguna diaktifkan/dinonaktifkan"),
            "password_set": self.tr("Kata sandi diatur"),
            "export": self.tr("Ekspor"),
            "report": self.tr("Laporan"),
            "export_person": self.tr("Ekspor data pribadi"),
            "erase_person": self.tr("Penghapusan data pribadi"),
        }
        self.model = RowsTableModel(
            [
                Column(self.tr("Waktu"), lambda e: show_date(e.at)),
                Column(self.tr("Pengguna"), lambda e: e.user),
                Column(self.tr("Kejadian"), lambda e: actions.get(e.action, e.action)),
                Column(self.tr("Keterangan"), lambda e: e.detail),
            ],
            self,
        )
        self.table = make_table()
        self.table.setModel(self.model)
        self.notice = MessageLabel()
        self.reload_button = QPushButton(self.tr("Muat ulang"))
        self.reload_button.clicked.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Siapa masuk, gagal masuk, mengekspor, menghapus data pribadi, atau mengubah peran di laptop ini."
                )
            )
        )
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        service = AuditService(self.services.store, self.services.actor)
        self.tasks.run(lambda: service.events(500), self._show, self._refused, owner=self)

    def _show(self, events: list[Any]) -> None:
        self.notice.clear_message()
        self.model.set_rows(events)
        self.loaded.emit()

    def _refused(self, error: BaseException) -> None:
        self.model.set_rows([])
        self.notice.show_message(getattr(error, "message", None) or str(error), "info")
        self.loaded.emit()


# -- users -------------------------------------------------------------------------------------


class UsersPanel(QWidget):
    """The centre's accounts, for admins: add, change role, disable, reset password.

    Others see the service's refusal and why; everyone may change their own password.
    """

    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.dialog: FormDialog | None = None
        self.allowed = False

        self.message = MessageLabel()
        self.model = RowsTableModel(
            [
                Column(self.tr("Nama pengguna"), lambda u: u.username),
                Column(self.tr("Nama lengkap"), lambda u: u.full_name),
                Column(self.tr("Peran"), lambda u: self.role_name(u.role)),
                Column(
                    self.tr("Status"),
                    lambda u: self.tr("aktif") if u.active else self.tr("nonaktif"),
                    colour=lambda u: None if u.active else "#eeeeee",
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Daftar pengguna"))

        self.add_button = QPushButton(self.tr("Tambah pengguna..."))
        self.role_button = QPushButton(self.tr("Ubah peran..."))
        self.active_button = QPushButton(self.tr("Nonaktifkan"))
        self.password_button = QPushButton(self.tr("Atur ulang kata sandi..."))
        self.own_password_button = QPushButton(self.tr("Ganti kata sandi saya..."))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.active_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.own_password_button)

        self.managed = QWidget()
        managed_layout = QVBoxLayout(self.managed)
        managed_layout.setContentsMargins(0, 0, 0, 0)
        managed_layout.addWidget(self.table, 1)
        self.managed.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.managed, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)

        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.own_password_button.clicked.connect(self.change_own_password)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    def role_name(self, role: str) -> str:
        return {
            Role.OFFICER.value: self.tr("petugas"),
            Role.SUPERVISOR.value: self.tr("pengawas"),
            Role.ADMIN.value: self.tr("admin"),
        }.get(role, role)

    def role_choices(self) -> list[tuple[str, str]]:
        return [(role.value, self.role_name(role.value)) for role in Role]

    # -- the list -------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        accounts = self.services.accounts
        self.tasks.run(
            accounts.users_to_manage,
            lambda users: self._show(users, select),
            self._refused,
            owner=self,
        )

    def _show(self, users: list[UserAccount], select: str | None) -> None:
        self.allowed = True
        self.message.clear_message()
        self.managed.show()
        previous = select or (self.selected().username if self.selected() else None)
        self.model.set_rows(users)
        for row, user in enumerate(users):
            if user.username == previous:
                self.table.selectRow(row)
        self._update_buttons()

    def _refused(self, error: BaseException) -> None:
        self.allowed = False
        self.managed.hide()
        if isinstance(error, PermissionDenied):
            self.message.show_message(
                error.message
                + "\n"
                + self.tr(
                    "Hanya admin yang dapat menambah pengguna, mengubah peran, menonaktifkan akun "
                    "atau mengatur ulang kata sandi. Minta admin pusat layanan bila perlu."
                ),
                "info",
            )
        else:
            self.message.show_message(getattr(error, "message", None) or str(error), "error")
        self._update_buttons()

    def selected(self) -> UserAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: Any) -> None:
        user = self.selected() if self.allowed else None
        self.add_button.setVisible(self.allowed)
        for button in (self.role_button, self.active_button, self.password_button):
            button.setVisible(self.allowed)
            button.setEnabled(user is not None)
        if user is not None and not user.active:
            self.active_button.setText(self.tr("Aktifkan kembali"))
        else:
            self.active_button.setText(self.tr("Nonaktifkan"))

    # -- actions --------------------------------------------------------------------------

    def _open(self, dialog: FormDialog, select: str | None = None) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda result: self.reload(result if isinstance(result, str) else select)
        )
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def add_user(self) -> None:
        accounts = self.services.accounts
        dialog = FormDialog(
            self.tr("Tambah pengguna"), self.tasks, self, save_text=self.tr("Tambah")
        )
        dialog.add_text(
            "username",
            self.tr("Nama pengguna"),
            required=True,
            max_length=60,
            placeholder=self.tr("huruf kecil, misalnya siti.aminah"),
        )
        dialog.add_text("full_name", self.tr("Nama lengkap"), max_length=120)
        dialog.add_choice(
            "role", self.tr("Peran"), self.role_choices(), required=True, value=Role.OFFICER.value
        )
        dialog.add_field("password", self.tr("Kata sandi"), _password_line(), required=True)
        dialog.add_field("password2", self.tr("Ulangi kata sandi"), _password_line(), required=True)
        mismatch = self.tr("Kedua kata sandi tidak sama. Ketik ulang.")

        def job(values: dict[str, Any]) -> str:
            if (values["password"] or "") != (values["password2"] or ""):
                raise refuse("password2", mismatch)
            username = values["username"] or ""
            accounts.add_user(
                username,
                role=values["role"],
                password=values["password"] or "",
                full_name=values["full_name"] or "",
            )
            return username

        dialog.job = job
        dialog.finish()
        self._open(dialog)

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        accounts = self.services.accounts
        username = user.username
        dialog = FormDialog(self.tr("Ubah peran {user}").format(user=username), self.tasks, self)
        dialog.add_choice(
            "role", self.tr("Peran"), self.role_choices(), required=True, value=user.role
        )
        dialog.job = lambda values: accounts.set_role(username, values["role"])
        dialog.finish()
        self._open(dialog, username)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        self._password_dialog(
            user.username,
            self.tr("Atur ulang kata sandi {user}").format(user=user.username),
            self.tr("Beri tahu kata sandi baru ini kepada {user} secara langsung.").format(
                user=user.username
            ),
        )

    def change_own_password(self) -> None:
        self._password_dialog(self.services.actor.username, self.tr("Ganti kata sandi saya"), "")

    def _password_dialog(self, username: str, title: str, intro: str) -> None:
        accounts = self.services.accounts
        dialog = FormDialog(title, self.tasks, self, intro=intro)
        dialog.add_field("password", self.tr("Kata sandi baru"), _password_line(), required=True)
        dialog.add_field("password2", self.tr("Ulangi kata sandi"), _password_line(), required=True)
        mismatch = self.tr("Kedua kata sandi tidak sama. Ketik ulang.")

        def job(values: dict[str, Any]) -> None:
            if (values["password"] or "") != (values["password2"] or ""):
                raise refuse("password2", mismatch)
            accounts.set_password(username, values["password"] or "")

        dialog.job = job
        dialog.finish()
        self._open(dialog, username)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        accounts = self.services.accounts
        username, active = user.username, not user.active
        self.active_button.setEnabled(False)
        self.tasks.run(
            lambda: accounts.set_active(username, active),
            lambda _r: self.reload(username),
            self._action_refused,
            write=True,
            owner=self,
        )

    def _action_refused(self, error: BaseException) -> None:
        self._update_buttons()
        self.message.show_message(getattr(error, "message", None) or str(error), "error")


# -- backups -----------------------------------------------------------------------------------


class BackupPanel(QWidget):
    """Back up now (to the backups folder or a chosen one), the list, and restore."""

    restoreRequested = Signal(Path)

    def __init__(self, services: Services, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.confirm_box: QMessageBox | None = None
        self.last_backup: Path | None = None
        self.working = False

        intro = QLabel(
            self.tr(
                "Cadangan adalah salinan lengkap data pusat layanan. Buat cadangan secara rutin "
                "dan simpan salinannya di flashdisk. Memulihkan cadangan mengganti semua data "
                "dengan isi cadangan itu; data saat ini disimpan dulu sebagai cadangan."
            )
        )
        intro.setWordWrap(True)
        intro.setMaximumWidth(READABLE_WIDTH)
        self.backup_button = QPushButton(self.tr("Cadangkan sekarang"))
        self.backup_to_button = QPushButton(self.tr("Cadangkan ke folder lain..."))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # SQLite's copy reports no steps: a busy bar
        self.progress.setMaximumWidth(200)
        self.progress.setTextVisible(False)
        self.progress.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.backup_to_button)
        actions.addWidget(self.progress)
        actions.addStretch(1)
        self.message = MessageLabel()

        self.model = RowsTableModel(
            [
                Column(self.tr("Berkas"), lambda b: b.path.name),
                Column(
                    self.tr("Dibuat"),
                    lambda b: show_date(b.modified),
                ),
                Column(
                    self.tr("Ukuran"),
                    lambda b: QLocale().formattedDataSize(
                        b.size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    ),
                    align_right=True,
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Daftar cadangan"))

        self.restore_button = QPushButton(self.tr("Pulihkan cadangan terpilih..."))
        self.restore_file_button = QPushButton(self.tr("Pulihkan dari berkas lain..."))
        self.open_backups = QPushButton(self.tr("Buka folder cadangan"))
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.restore_file_button)
        restore_row.addStretch(1)
        restore_row.addWidget(self.open_backups)
        self.restore_note = QLabel(
            self.tr("Hanya admin yang dapat memulihkan cadangan.")
            if not services.actor.can(Role.ADMIN)
            else ""
        )
        self.restore_note.setVisible(not services.actor.can(Role.ADMIN))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Cadangan di {folder}").format(folder=paths.backups_dir())))
        layout.addWidget(self.table, 1)
        layout.addLayout(restore_row)
        layout.addWidget(self.restore_note)

        self.backup_button.clicked.connect(lambda: self.backup_now(None))
        self.backup_to_button.clicked.connect(self.choose_backup_folder)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_restore_file)
        self.open_backups.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backups_dir())))
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    def _update_buttons(self, *_args: Any) -> None:
        admin = self.services.actor.can(Role.ADMIN)
        busy = self.working
        self.backup_button.setEnabled(not busy)
        self.backup_to_button.setEnabled(not busy)
        self.restore_button.setEnabled(admin and not busy and self.selected() is not None)
        self.restore_file_button.setEnabled(admin and not busy)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def reload(self) -> None:
        self.tasks.run(self.services.backups.list_backups, self._show, self._failed, owner=self)

    def _show(self, backups: list[BackupFile]) -> None:
        self.model.set_rows(backups)
        self._update_buttons()

    def _set_working(self, working: bool, text: str = "") -> None:
        self.working = working
        self.progress.setVisible(working)
        if working:
            self.message.show_message(text, "info")
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self._set_working(False)
        self.message.show_message(getattr(error, "message", None) or str(error), "error")

    # -- backing up -------------------------------------------------------------------------

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder untuk cadangan (misalnya flashdisk)")
        )
        if folder:
            self.backup_now(Path(folder))

    def backup_now(self, folder: Path | None) -> None:
        if self.working:
            return
        self._set_working(True, self.tr("Membuat cadangan..."))
        backups = self.services.backups
        self.tasks.run(
            lambda: backups.backup_now(folder), self._backed_up, self._failed, owner=self
        )

    def _backed_up(self, path: Path) -> None:
        self.last_backup = path
        self._set_working(False)
        self.message.show_message(self.tr("Cadangan dibuat: {path}").format(path=path), "info")
        self.reload()

    # -- restoring --------------------------------------------------------------------------

    def choose_restore_file(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas cadangan"),
            str(paths.backups_dir()),
            self.tr("Cadangan Desmigratif (*.sqlite3)"),
        )
        if file:
            self.restore(Path(file))

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None:
            self.restore(backup.path)

    def restore(self, file: Path) -> None:
        """Check the file (admins only, a sound backup), then ask before replacing."""
        if self.working:
            return
        self._set_working(True, self.tr("Memeriksa cadangan..."))
        backups = self.services.backups
        self.tasks.run(
            lambda: backups.check_restore(file),
            lambda _revision: self._confirm(file),
            self._failed,
            owner=self,
        )

    def _confirm(self, file: Path) -> None:
        self._set_working(False)
        self.message.clear_message()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Pulihkan cadangan?"))
        box.setText(
            self.tr(
                "Semua data di laptop ini akan diganti dengan isi cadangan {file}. "
                "Perubahan sesudah cadangan itu dibuat akan hilang dari laptop ini "
                "(data saat ini disimpan dulu sebagai cadangan).\n\n"
                "Sesudah pemulihan, semua pengguna harus masuk lagi."
            ).format(file=file.name)
        )
        self.confirm_restore_button = box.addButton(
            self.tr("Pulihkan"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self._confirmed(box, file))
        self.confirm_box = box
        box.open()

    def _confirmed(self, box: QMessageBox, file: Path) -> None:
        chosen = box.clickedButton() is self.confirm_restore_button
        box.deleteLater()
        self.confirm_box = None
        if chosen:
            self.restoreRequested.emit(file)
