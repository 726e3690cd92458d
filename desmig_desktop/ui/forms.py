"""A small form dialog the pillar pages share, and the person picker.

``FormDialog`` lays out labelled fields, shows the service's refusals inline (under the
field they concern, or at the top), saves off the GUI thread, and behaves like the person
form: Enter saves, Esc cancels and asks before throwing typed data away.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.errors import ValidationFailed
from ..services.people import PersonRow
from ..validation import Problem
from .table_model import show_date
from .tasks import TaskManager
from .widgets import DateField, MessageLabel, required_label

PICKER_DELAY_MS = 250


def refuse(field: str, message: str) -> ValidationFailed:
    """A refusal the form itself raises (e.g. nobody picked), shown like the service's."""
    return ValidationFailed([Problem(field, "form.required", message, "error")])


def parse_rupiah(text: str) -> int | None:
    """``"1.250.000"`` or ``"Rp 1250000"`` as 1250000; ``None`` when nothing is typed."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else None


class PersonPicker(QWidget):
    """Search by name, NIK or KK as you type, and pick one person from the matches."""

    picked = Signal(object)  # the person's id, or None

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self._generation = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Ketik nama, NIK, atau No. KK..."))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Cari orang"))
        self.results = QListWidget()
        self.results.setMinimumHeight(110)
        self.results.setMaximumHeight(150)
        self.results.setAccessibleName(self.tr("Hasil pencarian orang"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PICKER_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.results.currentItemChanged.connect(lambda *_a: self.picked.emit(self.value()))
        self.search.installEventFilter(self)
        self.setFocusProxy(self.search)
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        query = self.search.text().strip()
        search = self.services.people.search
        self.tasks.run(
            lambda: search(query, limit=50),
            lambda rows: self._show(generation, rows),
            lambda _e: None,
            owner=self,
        )

    def _show(self, generation: int, rows: list[PersonRow]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for row in rows:
            parts = [row.name]
            if row.nik:
                parts.append(row.nik)
            if row.birth_date:
                parts.append(show_date(row.birth_date))
            if row.dusun:
                parts.append(row.dusun)
            item = QListWidgetItem(" - ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if len(rows) == 1:
            self.results.setCurrentRow(0)
        self.picked.emit(self.value())

    def value(self) -> uuid.UUID | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down  # type: ignore[attr-defined]
            and self.results.count()
        ):
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)


class FormDialog(QDialog):
    """Labelled fields, inline problems, an off-thread save; ``saved(result)`` on success.

    The caller sets ``job``: a function of the form's values that calls the service (it
    runs on the write worker) and returns what ``saved`` carries.
    """

    saved = Signal(object)

    def __init__(
        self,
        title: str,
        tasks: TaskManager,
        parent: QWidget | None = None,
        *,
        save_text: str | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.tasks = tasks
        self.job: Callable[[dict[str, Any]], Any] | None = None
        # The service's field name -> the form's input that shows its problems.
        self.aliases: dict[str, str] = {}
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, MessageLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.saving = False
        self.discard_box: QMessageBox | None = None
        self._leaving = False
        self._initial: dict[str, Any] | None = None

        self.general = MessageLabel()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        legend = QLabel(
            required_label("")
            + " "
            + self.tr("wajib diisi. Tekan Enter untuk menyimpan, Esc untuk batal.")
        )
        legend.setWordWrap(True)
        self.save_button = QPushButton(save_text or self.tr("Simpan"))
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        layout.addWidget(legend)
        layout.addWidget(self.general)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # -- building ------------------------------------------------------------------------

    def add_field(self, key: str, label: str, widget: QWidget, *, required: bool = False) -> Any:
        text = QLabel(required_label(label) if required else label)
        text.setBuddy(widget)
        widget.setAccessibleName(label)
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        message = MessageLabel()
        cell_layout.addWidget(message)
        self.form.addRow(text, cell)
        self.inputs[key] = widget
        self.messages[key] = message
        self.labels[key] = text
        if len(self.inputs) == 1:
            widget.setFocus()
        return widget

    def add_text(
        self,
        key: str,
        label: str,
        *,
        required: bool = False,
        max_length: int = 200,
        placeholder: str = "",
        value: str | None = None,
    ) -> QLineEdit:
        line = QLineEdit(value or "")
        line.setMaxLength(max_length)
        line.setPlaceholderText(placeholder)
        return self.add_field(key, label, line, required=required)

    def add_notes(self, key: str, label: str, *, value: str | None = None) -> QPlainTextEdit:
        notes = QPlainTextEdit(value or "")
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(notes.fontMetrics().height() * 3 + 16)
        return self.add_field(key, label, notes)

    def add_choice(
        self,
        key: str,
        label: str,
        choices: Sequence[tuple[Any, str]],
        *,
        required: bool = False,
        value: Any = None,
    ) -> QComboBox:
        combo = QComboBox()
        for data, text in choices:
            combo.addItem(text, data)
        if value is not None:
            combo.setCurrentIndex(max(0, combo.findData(value)))
        return self.add_field(key, label, combo, required=required)

    def add_date(
        self, key: str, label: str, *, required: bool = False, value: date | None = None
    ) -> DateField:
        field = DateField(typical_year=date.today().year)
        field.set_date(value)
        return self.add_field(key, label, field, required=required)

    def add_rupiah(self, key: str, label: str, *, required: bool = False) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(self.tr("misalnya 50.000"))
        line.setValidator(QRegularExpressionValidator(r"(Rp ?)?[0-9.]{0,15}", line))
        line.setAlignment(Qt.AlignmentFlag.AlignRight)
        return self.add_field(key, label, line, required=required)

    def add_number(
        self,
        key: str,
        label: str,
        *,
        minimum: int = 0,
        maximum: int = 999,
        value: int = 0,
        suffix: str = "",
        required: bool = False,
    ) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        spin.setValue(value)
        if suffix:
            spin.setSuffix(" " + suffix)
        return self.add_field(key, label, spin, required=required)

    def add_percent(self, key: str, label: str, *, value: float = 0.0) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 100)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        spin.setValue(value)
        spin.setSuffix(" %")
        return self.add_field(key, label, spin, required=True)

    def add_check(self, key: str, text: str, *, checked: bool = False) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(checked)
        return self.add_field(key, "", box)

    def finish(self) -> None:
        """Call when every field is added: what is there now counts as not changed."""
        self._initial = self.values()
        self.adjustSize()

    # -- values ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                text = widget.text().strip()
                validator = widget.validator()
                if isinstance(validator, QRegularExpressionValidator) and "Rp" in (
                    validator.regularExpression().pattern()
                ):
                    values[key] = parse_rupiah(text)
                else:
                    values[key] = text or None
            elif isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText().strip() or None
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentData()
            elif isinstance(widget, DateField):
                values[key] = widget.date()
            elif isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
            elif hasattr(widget, "value"):  # spin boxes, the person picker
                values[key] = widget.value()
        return values

    def is_dirty(self) -> bool:
        return self._initial is not None and self.values() != self._initial

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving or self.job is None:
            return
        job = self.job
        values = self.values()
        self.clear_problems()
        self._set_saving(True)
        self.general.show_message(self.tr("Menyimpan..."), "info")
        self.tasks.run(
            lambda: job(values), self._on_saved, self._on_refused, write=True, owner=self
        )

    def _on_saved(self, result: Any) -> None:
        self._set_saving(False)
        self.general.clear_message()
        self._leaving = True
        self.saved.emit(result)
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        self._set_saving(False)
        self.general.clear_message()
        if isinstance(error, ValidationFailed):
            general = []
            focused = False
            for problem in error.problems:
                key = self.aliases.get(problem.field, problem.field)
                label = self.messages.get(key)
                if label is None:
                    general.append(problem.message)
                    continue
                text = label.text() + "\n" + problem.message if label.severity else problem.message
                label.show_message(text, "error")
                if not focused:
                    self.inputs[key].setFocus()
                    focused = True
            if general:
                self.general.show_message("\n".join(general), "error")
            return
        self.general.show_message(getattr(error, "message", None) or str(error), "error")

    def show_error(self, text: str) -> None:
        self.general.show_message(text, "error")

    def clear_problems(self) -> None:
        self.general.clear_message()
        for label in self.messages.values():
            label.clear_message()

    def problem_text(self, key: str | None = None) -> str:
        """The message shown under field ``key``, or at the top for ``None``."""
        label = self.general if key is None else self.messages[key]
        return label.text() if label.severity in ("error", "warning") else ""

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving)
        for widget in self.inputs.values():
            widget.setEnabled(not saving)

    # -- leaving ---------------------------------------------------------------------------

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
        box.deleteLater()
        self.discard_box = None

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        # Enter saves from any field (a notes box keeps Enter for its new lines).
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.save()
            return
        super().keyPressEvent(event)
