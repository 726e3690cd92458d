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

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
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
from ..services.people import DuplicateCandidate, clean_person
from ..validation import Problem
from .history_page import HistoryDialog
from .person_text import education_labels, marital_labels, relationship_labels, sex_labels
from .tasks import TaskManager
from .widgets import WARNING_COLOUR, DateField, MessageLabel, required_label

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
DUPLICATE_DELAY_MS = 400


class DuplicateWarning(QFrame):
    """Registered people who may be the one being entered, each with "Buka" (open that
    record) and "Gabungkan" (save this one, then merge the two). It never blocks saving:
    namesakes born the same day exist."""

    openRequested = Signal(object)  # person id
    mergeRequested = Signal(object)  # person id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setStyleSheet(
            "#duplicateWarning { background: #fff4d6; border-left: 3px solid #d89b00; }"
            f" QLabel {{ color: {WARNING_COLOUR}; }}"
        )
        self.candidates: list[DuplicateCandidate] = []
        self.open_buttons: dict[uuid.UUID, QPushButton] = {}
        self.merge_buttons: dict[uuid.UUID, QPushButton] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        self.hide()

    def show_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            row = item.widget() if item is not None else None
            if row is not None:
                row.deleteLater()
        self.open_buttons.clear()
        self.merge_buttons.clear()
        self.candidates = list(candidates)
        if not candidates:
            self.hide()
            return
        self.heading.setText(
            self.tr("Mungkin orang ini sudah terdaftar. Periksa dulu agar tidak ada data ganda:")
        )
        for candidate in candidates:
            self.rows.addWidget(self._row(candidate))
        self.show()

    def _row(self, candidate: DuplicateCandidate) -> QWidget:
        person = candidate.person
        reasons = []
        if candidate.same_nik:
            reasons.append(self.tr("NIK sama"))
        if candidate.similar_name:
            reasons.append(self.tr("nama mirip dan tanggal lahir sama"))
        details = [
            self.tr("NIK {nik}").format(nik=person.nik) if person.nik else self.tr("tanpa NIK")
        ]
        if person.birth_date:
            details.append(
                self.tr("lahir {date}").format(date=person.birth_date.strftime("%d-%m-%Y"))
            )
        if person.dusun:
            details.append(self.tr("Dusun {dusun}").format(dusun=person.dusun))
        text = "{name} ({details}): {reasons}".format(
            name=person.name, details=", ".join(details), reasons=", ".join(reasons)
        )
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        open_button = QPushButton(self.tr("Buka"))
        open_button.setToolTip(
            self.tr("Buka data {name} yang sudah terdaftar").format(name=person.name)
        )
        merge_button = QPushButton(self.tr("Gabungkan"))
        merge_button.setToolTip(
            self.tr("Simpan data ini, lalu gabungkan dengan data {name}").format(name=person.name)
        )
        # Enter on a focused button presses it (auto-default), not the form's "Simpan".
        open_button.clicked.connect(lambda: self.openRequested.emit(person.id))
        merge_button.clicked.connect(lambda: self.mergeRequested.emit(person.id))
        self.open_buttons[person.id] = open_button
        self.merge_buttons[person.id] = merge_button
        line.addWidget(label, 1)
        line.addWidget(open_button)
        line.addWidget(merge_button)
        return row


class PersonDialog(QDialog):
    """The person form; ``saved(person_id, name, warnings)`` once the service kept it.

    While a new person is entered, registered people who may be the same one are looked
    up off the GUI thread and listed (:class:`DuplicateWarning`); ``openPersonRequested``
    asks for one of them to be opened, ``mergeRequested(keep_id, new_id)`` follows the
    save when the officer chose to merge.
    """

    saved = Signal(object, str, list)
    openPersonRequested = Signal(object)
    mergeRequested = Signal(object, object)

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
        self._creating = person is None
        self._duplicates_asked: tuple[Any, ...] | None = None
        self._duplicates_generation = 0
        self._merge_with: uuid.UUID | None = None
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
        self.inputs["sex"] = self._combo(self.tr("- pilih -"), sex_labels())
        self.inputs["birth_place"] = birth_place = QLineEdit()
        birth_place.setMaxLength(80)
        self.inputs["birth_date"] = DateField(typical_year=date.today().year - 25)
        self.inputs["phone"] = phone = QLineEdit()
        phone.setMaxLength(20)
        phone.setPlaceholderText(self.tr("misalnya 0812-3456-7890"))
        not_filled = self.tr("- belum diisi -")
        self.inputs["education"] = self._combo(not_filled, education_labels())
        self.inputs["marital_status"] = self._combo(not_filled, marital_labels())
        self.inputs["relationship"] = self._combo(not_filled, relationship_labels())
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
        self.duplicate_warning = DuplicateWarning()
        self.duplicate_warning.openRequested.connect(self.openPersonRequested)
        self.duplicate_warning.mergeRequested.connect(self.save_then_merge)
        body_layout.addWidget(self.duplicate_warning)
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
        # Also while typing (after a pause): the warning should come before the officer
        # has filled in the rest of a record that already exists.
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.look_for_duplicates)
        for key in ("nik", "name"):
            line = self.inputs[key]
            assert isinstance(line, QLineEdit)
            line.textEdited.connect(lambda _t: self._duplicate_timer.start())
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

    def _combo(self, empty: str, choices: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(empty, "")
        for value, text in choices.items():
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
        self.look_for_duplicates()

    # -- likely duplicates -----------------------------------------------------------------------

    def look_for_duplicates(self) -> None:
        """Ask the service, off the GUI thread, who may already be this person (new records
        only, once a name and birth date, or a whole NIK, are there)."""
        self._duplicate_timer.stop()
        if not self._creating:
            return
        values = self.values()
        name, birth_date = values["name"], values["birth_date"]
        nik = "".join(ch for ch in values["nik"] or "" if ch.isdigit())
        asked = (name, birth_date, nik if len(nik) == 16 else None)
        if asked == self._duplicates_asked:
            return
        self._duplicates_asked = asked
        self._duplicates_generation += 1
        generation = self._duplicates_generation
        if not ((name and birth_date) or asked[2]):
            self.duplicate_warning.show_candidates([])
            return
        people = self.services.people
        self.tasks.run(
            lambda: people.likely_duplicates(*asked),
            lambda found: self._got_duplicates(generation, found),
            lambda _error: None,  # only a hint: a failed look-up must not stop the form
            owner=self,
        )

    def _got_duplicates(self, generation: int, found: list[DuplicateCandidate]) -> None:
        if generation == self._duplicates_generation:
            self.duplicate_warning.show_candidates(found)

    def save_then_merge(self, keep_id: uuid.UUID) -> None:
        """Save this new record, then ask to merge it into ``keep_id``."""
        self._merge_with = keep_id
        self.save()

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
        if self._merge_with is not None:
            self.mergeRequested.emit(self._merge_with, person.id)
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self._set_saving(False)
        self._merge_with = None
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
