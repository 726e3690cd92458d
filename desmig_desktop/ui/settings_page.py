"""Pengaturan: the interface language, the idle lock, and where the data is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from . import preferences
from .preferences import MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES, Preferences
from .widgets import MessageLabel


class SettingsPage(QWidget):
    """Changes are saved at once; the language applies the next time the app opens."""

    idleLockChanged = Signal(int)  # minutes

    def __init__(
        self, prefs: Preferences, running_language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.running_language = running_language

        title = QLabel(self.tr("Pengaturan"))
        title.setObjectName("pageTitle")

        self.language = QComboBox()
        # Each language is named in itself, so someone who cannot read the current one
        # still finds their own.
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.language.setMinimumWidth(220)
        self.language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.language_note = MessageLabel()

        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setValue(prefs.idle_lock_minutes)
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
        form.addRow("", self.language_note)
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
        data = QGroupBox(self.tr("Data"))
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

        # Long lines are hard to read on a wide screen: the settings keep a readable width.
        for group in (appearance, data):
            group.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(appearance)
        layout.addWidget(data)
        layout.addStretch(1)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.idle_minutes.valueChanged.connect(self._idle_chosen)

    def _language_chosen(self, _index: int) -> None:
        language = self.language.currentData()
        self.prefs.language = language
        preferences.save(self.prefs)
        if language != self.running_language:
            self.language_note.show_message(
                self.tr("Disimpan. Bahasa berganti setelah aplikasi ditutup dan dibuka lagi."),
                "info",
            )
        else:
            self.language_note.clear_message()

    def _idle_chosen(self, minutes: int) -> None:
        self.prefs.idle_lock_minutes = minutes
        preferences.save(self.prefs)
        self.idleLockChanged.emit(minutes)
