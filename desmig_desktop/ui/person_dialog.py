"""Adding or editing one person: the form, its inline messages, and saving through the
people service off the GUI thread.

The rules are the service's: while typing, the same pure check the service runs
(``services.people.clean_person``) shows problems early, and when saving, whatever the
service refuses (``ValidationFailed.problems``) is shown next to its field. Warnings
(a NIK that disagrees with the birth date, a missing NIK...) never block saving; the
record is kept and flagged.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain import Person
from ..services import Services, ValidationFailed
from ..services.people import clean_person
from ..validation import Problem
from .history_page import HistoryDialog
from .tasks import TaskManager
from .widgets import DateField, MessageLabel, required_label

FIELDS = (
    "nik",
    "name",
    "sex",
    "birth_place",
    "birth_date",
    "phone",
    "education",
    "marital_status",
    "relationship",
)
TEXT_FIELDS = ("nik", "name", "birth_place", "phone")
CHOICE_FIELDS = ("sex", "education", "marital_status", "relationship")
REQUIRED = ("name", "sex")


class PersonDialog(QDialog):
    """The person form; ``saved(person_id, name, warnings)`` once the service kept it."""

    saved = Signal(object, str, list)

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.person_id: uuid.UUID | None = person.id if person is not None else None
        self.saving = False
        self.discard_box: QMessageBox | None = None
        self._attempted = False
        self._leaving = False
        self.setWindowTitle(self.tr("Ubah data penduduk") if person else self.tr("Tambah penduduk"))
        self.setMinimumWidth(560)

        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, MessageLabel] = {}

        self.inputs["nik"] = nik = QLineEdit()
        nik.setPlaceholderText(self.tr("16 angka, dari KTP atau KK"))
        # Digits, and the spaces, dots and dashes people type between groups.
        nik.setValidator(QRegularExpressionValidator(r"[0-9 .\-]{0,24}", nik))
        self.inputs["name"] = name = QLineEdit()
        name.setMaxLength(120)
        name.setPlaceholderText(self.tr("Nama lengkap sesuai KTP"))
        self.inputs["sex"] = self._combo(
            [
                ("", self.tr("- pilih -")),
                ("L", self.tr("Laki-laki (L)")),
                ("P", self.tr("Perempuan (P)")),
            ]
        )
        self.inputs["birth_place"] = birth_place = QLineEdit()
        birth_place.setMaxLength(80)
        self.inputs["birth_date"] = DateField(typical_year=date.today().year - 25)
        self.inputs["phone"] = phone = QLineEdit()
        phone.setMaxLength(20)
        phone.setPlaceholderText(self.tr("misalnya 0812-3456-7890"))
        self.inputs["education"] = self._combo(
            [
                ("", self.tr("- belum diisi -")),
                ("tidak_sekolah", self.tr("Tidak/belum sekolah")),
                ("sd", self.tr("SD/sederajat")),
                ("smp", self.tr("SMP/sederajat")),
                ("sma", self.tr("SMA/SMK/sederajat")),
                ("diploma", self.tr("Diploma (D1-D3)")),
                ("s1", self.tr("Sarjana (S1/D4)")),
                ("pascasarjana", self.tr("Pascasarjana (S2/S3)")),
            ]
        )
        self.inputs["marital_status"] = self._combo(
            [
                ("", self.tr("- belum diisi -")),
                ("belum_kawin", self.tr("Belum kawin")),
                ("kawin", self.tr("Kawin")),
                ("cerai_hidup", self.tr("Cerai hidup")),
                ("cerai_mati", self.tr("Cerai mati")),
            ]
        )
        self.inputs["relationship"] = self._combo(
            [
                ("", self.tr("- belum diisi -")),
                ("kepala_keluarga", self.tr("Kepala keluarga")),
                ("istri_suami", self.tr("Istri/suami")),
                ("anak", self.tr("Anak")),
                ("menantu", self.tr("Menantu")),
                ("cucu", self.tr("Cucu")),
                ("orang_tua", self.tr("Orang tua")),
                ("mertua", self.tr("Mertua")),
                ("famili_lain", self.tr("Famili lain")),
                ("lainnya", self.tr("Lainnya")),
            ]
        )
        labels = {
            "nik": self.tr("NIK"),
            "name": self.tr("Nama"),
            "sex": self.tr("Jenis kelamin"),
            "birth_place": self.tr("Tempat lahir"),
            "birth_date": self.tr("Tanggal lahir"),
            "phone": self.tr("No. HP"),
            "education": self.tr("Pendidikan terakhir"),
            "marital_status": self.tr("Status perkawinan"),
            "relationship": self.tr("Hubungan dalam keluarga"),
        }

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.labels: dict[str, QLabel] = {}
        for key in FIELDS:
            text = labels[key]
            label = QLabel(required_label(text) if key in REQUIRED else text)
            label.setBuddy(self.inputs[key])
            self.labels[key] = label
            self.inputs[key].setAccessibleName(text)
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(2)
            cell_layout.addWidget(self.inputs[key])
            self.messages[key] = MessageLabel()
            cell_layout.addWidget(self.messages[key])
            form.addRow(label, cell)

        legend = QLabel(
            required_label("")
            + " "
            + self.tr("wajib diisi. Tekan Enter untuk menyimpan, Esc untuk batal.")
        )
        legend.setWordWrap(True)
        self.general = MessageLabel()

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.general)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        # A long list of messages must not push the buttons below a 768-pixel screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.history_button = QPushButton(self.tr("Riwayat"))
        self.history_button.setToolTip(self.tr("Siapa mengubah data ini, dan kapan"))
        self.history_button.setAutoDefault(False)
        self.history_button.setVisible(person is not None)
        self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.history_button.clicked.connect(self.show_history)
        self.history_dialog: QDialog | None = None
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(legend)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        if person is not None:
            self._fill(person)
        self._initial = self.values()

        for key in ("nik", "phone", "birth_place", "name"):
            line = self.inputs[key]
            assert isinstance(line, QLineEdit)
            line.editingFinished.connect(self.precheck)
            line.textEdited.connect(lambda _t, k=key: self._forget(k))
        for key in CHOICE_FIELDS:
            combo = self.inputs[key]
            assert isinstance(combo, QComboBox)
            combo.currentIndexChanged.connect(lambda _i: self.precheck())
        birth_date = self.inputs["birth_date"]
        assert isinstance(birth_date, DateField)
        birth_date.changed.connect(self.precheck)
        if person is not None:
            self.precheck()
        self.inputs["nik"].setFocus()
        self.resize(620, 600)

    def show_history(self) -> None:
        """Who changed this person's data, and when (a window over the form)."""
        if self.person_id is None:
            return
        name = self.inputs["name"]
        assert isinstance(name, QLineEdit)
        dialog = HistoryDialog(
            self.services, self.tasks, "person", self.person_id, name.text(), parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()

    def _combo(self, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for value, text in choices:
            combo.addItem(text, value)
        return combo

    # -- values --------------------------------------------------------------------------------

    def _fill(self, person: Person) -> None:
        for key in TEXT_FIELDS:
            line = self.inputs[key]
            assert isinstance(line, QLineEdit)
            line.setText(getattr(person, key) or "")
        for key in CHOICE_FIELDS:
            combo = self.inputs[key]
            assert isinstance(combo, QComboBox)
            value = getattr(person, key) or ""
            index = combo.findData(value)
            if index < 0:  # a value a newer version introduced: keep it, shown as stored
                combo.addItem(value, value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        birth_date = self.inputs["birth_date"]
        assert isinstance(birth_date, DateField)
        birth_date.set_date(person.birth_date)

    def values(self) -> dict[str, Any]:
        """The form as the service's fields (empty text as ``None``)."""
        values: dict[str, Any] = {}
        for key in TEXT_FIELDS:
            line = self.inputs[key]
            assert isinstance(line, QLineEdit)
            values[key] = line.text().strip() or None
        for key in CHOICE_FIELDS:
            combo = self.inputs[key]
            assert isinstance(combo, QComboBox)
            values[key] = combo.currentData() or None
        birth_date = self.inputs["birth_date"]
        assert isinstance(birth_date, DateField)
        values["birth_date"] = birth_date.date()
        return values

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    # -- messages ---------------------------------------------------------------------------------

    def precheck(self) -> None:
        """Show the service's rules for what is typed so far (before saving)."""
        if self.saving:
            return
        _clean, problems = clean_person(self.values())
        if not self._attempted:
            # Not nagging about empty required fields before the first try to save.
            problems = [p for p in problems if p.code != "field.required"]
        self.show_problems(problems)

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        general: list[Problem] = []
        for problem in problems:
            if problem.field in self.messages:
                by_field.setdefault(problem.field, []).append(problem)
            else:
                general.append(problem)
        for key, label in self.messages.items():
            found = by_field.get(key, [])
            if not found:
                label.clear_message()
                continue
            severity = "error" if any(p.severity == "error" for p in found) else "warning"
            label.show_message("\n".join(p.message for p in found), severity)
        if general:
            severity = "error" if any(p.severity == "error" for p in general) else "warning"
            self.general.show_message("\n".join(p.message for p in general), severity)
        else:
            self.general.clear_message()

    def _forget(self, key: str) -> None:
        # Typing in a field clears its old message; the next check brings it back if due.
        if self.messages[key].severity:
            self.messages[key].clear_message()

    def problem_text(self, key: str) -> str:
        """The message shown under field ``key`` (empty if none)."""
        label = self.messages[key]
        return label.text() if label.severity else ""

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        self._attempted = True
        values = self.values()
        people = self.services.people
        person_id = self.person_id
        self._set_saving(True)
        self.general.show_message(self.tr("Menyimpan..."), "info")
        if person_id is None:
            job = lambda: people.add_person(**values)  # noqa: E731
        else:
            job = lambda: people.update_person(person_id, **values)  # noqa: E731
        self.tasks.run(job, self._on_saved, self._on_refused, write=True, owner=self)

    def _on_saved(self, outcome: tuple[Person, list[Problem]]) -> None:
        person, warnings = outcome
        self._set_saving(False)
        self.general.clear_message()
        self.person_id = person.id
        self._leaving = True
        self.saved.emit(person.id, person.name, [w.message for w in warnings])
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self._set_saving(False)
        if not isinstance(error, ValidationFailed):
            self.general.show_message(getattr(error, "message", None) or str(error))
            return
        # The service reports errors only; add the warnings so the whole picture shows.
        _clean, local = clean_person(self.values())
        warnings = [p for p in local if p.severity != "error"]
        self.show_problems(list(error.problems) + warnings)
        for key in FIELDS:
            if any(p.field == key for p in error.problems):
                self.inputs[key].setFocus()
                line = self.inputs[key]
                if isinstance(line, QLineEdit):
                    line.selectAll()
                break

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving)
        for widget in self.inputs.values():
            widget.setEnabled(not saving)

    # -- leaving ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Batal or the window's close: ask before throwing typed data away."""
        if self.saving:
            return
        if self._leaving or not self.is_dirty():
            self._leaving = True
            super().reject()
            return
        if self.discard_box is not None and self.discard_box.isVisible():
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Perubahan belum disimpan"))
        box.setText(self.tr("Data yang Anda ketik belum disimpan. Buang perubahan ini?"))
        self.discard_button = box.addButton(
            self.tr("Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = box.addButton(
            self.tr("Kembali ke formulir"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.keep_button)
        box.setEscapeButton(self.keep_button)
        box.finished.connect(lambda _r: self._after_discard_question(box))
        self.discard_box = box
        box.open()

    def _after_discard_question(self, box: QMessageBox) -> None:
        if box.clickedButton() is self.discard_button:
            self._leaving = True
            super().reject()
        else:
            self.setFocus()
        box.deleteLater()
        self.discard_box = None

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        # Enter saves from any field, also from a combo box or the date, as the form says.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.save()
            return
        super().keyPressEvent(event)
