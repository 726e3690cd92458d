"""Persetujuan: the person page's tab of consents to the processing of personal data
(UU 27/2022), and the dialogs that record and withdraw one.

Everything is read and written through :class:`~desmig_desktop.services.consent.ConsentService`
off the GUI thread; the signed form is copied into the attachments folder as a document's
scan is (``store.attachments.save_attachment``: sealed on an encrypted store).
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import Consent
from ..domain.enums import ConsentGiver, ConsentPurpose
from ..services import Services
from ..services.consent import in_force, scope_codes
from ..store.attachments import save_attachment
from .attachment_view import show_attachment
from .forms import FormDialog
from .lists import make_table
from .table_model import Column, RowsTableModel, show_date
from .tasks import TaskManager
from .widgets import MessageLabel


def giver_labels() -> dict[str, str]:
    return {
        ConsentGiver.SELF.value: QCoreApplication.translate(
            "ConsentView", "Yang bersangkutan sendiri"
        ),
        ConsentGiver.PARENT.value: QCoreApplication.translate("ConsentView", "Orang tua"),
        ConsentGiver.GUARDIAN.value: QCoreApplication.translate("ConsentView", "Wali"),
        ConsentGiver.SPOUSE.value: QCoreApplication.translate("ConsentView", "Suami/istri"),
        ConsentGiver.FAMILY.value: QCoreApplication.translate(
            "ConsentView", "Anggota keluarga lain"
        ),
    }


def purpose_labels() -> dict[str, str]:
    return {
        ConsentPurpose.SERVICE.value: QCoreApplication.translate(
            "ConsentView", "Pendaftaran, pendataan dan penanganan kasus"
        ),
        ConsentPurpose.GOVERNMENT.value: QCoreApplication.translate(
            "ConsentView", "Rujukan ke instansi (Disnaker/LTSA, BP3MI, polisi/Satgas TPPO, KBRI)"
        ),
        ConsentPurpose.PARTNERS.value: QCoreApplication.translate(
            "ConsentView", "Berbagi dengan mitra (P3MI, fasilitas kesehatan, IOM, LSM)"
        ),
        ConsentPurpose.DOCUMENTS.value: QCoreApplication.translate(
            "ConsentView", "Foto dan pindaian dokumen (KTP, KK, paspor...)"
        ),
        ConsentPurpose.STATISTICS.value: QCoreApplication.translate(
            "ConsentView", "Laporan statistik tanpa identitas"
        ),
    }


def short_purpose_labels() -> dict[str, str]:
    """The purposes as the table's column shows them, several to a line."""
    return {
        ConsentPurpose.SERVICE.value: QCoreApplication.translate("ConsentView", "layanan"),
        ConsentPurpose.GOVERNMENT.value: QCoreApplication.translate("ConsentView", "instansi"),
        ConsentPurpose.PARTNERS.value: QCoreApplication.translate("ConsentView", "mitra"),
        ConsentPurpose.DOCUMENTS.value: QCoreApplication.translate("ConsentView", "dokumen"),
        ConsentPurpose.STATISTICS.value: QCoreApplication.translate("ConsentView", "statistik"),
    }


class PurposeChecks(QWidget):
    """One check box per purpose; ``value()`` is the codes ticked (FormDialog reads it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        for code, text in purpose_labels().items():
            box = QCheckBox(text)
            self.boxes[code] = box
            layout.addWidget(box)
        self.setFocusProxy(self.boxes[ConsentPurpose.SERVICE.value])

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class FileChoice(QWidget):
    """A file chosen from the laptop (the scan of a signed form), or none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.name = QLabel(self.tr("(tidak ada)"))
        self.choose_button = QPushButton(self.tr("Pilih berkas..."))
        self.choose_button.setAutoDefault(False)
        self.file_dialog: QFileDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose_button)
        self.choose_button.clicked.connect(self.choose)
        self.setFocusProxy(self.choose_button)

    def choose(self) -> None:
        dialog = QFileDialog(
            self,
            self.tr("Pilih scan atau foto formulir persetujuan"),
            str(Path.home()),
            self.tr("Gambar atau PDF (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.set_path(Path(path)))
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.name.setText(path.name if path else self.tr("(tidak ada)"))

    def value(self) -> Path | None:
        return self.path


class ConsentDialog(FormDialog):
    """Record a person's consent: when, who gave it, for what, and the signed form."""

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        person_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Catat persetujuan data pribadi"),
            tasks,
            parent,
            intro=self.tr(
                "Catat persetujuan sesuai formulir yang ditandatangani (UU 27/2022 tentang "
                "Pelindungan Data Pribadi). Centang hanya tujuan yang disetujui."
            ),
        )
        self.given_on = self.add_date(
            "given_on", self.tr("Tanggal persetujuan"), required=True, value=date.today()
        )
        self.given_by = self.add_choice(
            "given_by",
            self.tr("Diberikan oleh"),
            list(giver_labels().items()),
            required=True,
            value=ConsentGiver.SELF.value,
        )
        self.giver_name = self.add_text(
            "giver_name",
            self.tr("Nama pemberi persetujuan"),
            max_length=120,
            placeholder=self.tr("bila bukan yang bersangkutan, nama sesuai tanda tangan"),
        )
        self.purposes = self.add_field(
            "scope", self.tr("Tujuan yang disetujui"), PurposeChecks(), required=True
        )
        self.purposes.set_value([ConsentPurpose.SERVICE.value])
        self.form_file = self.add_field(
            "attachment", self.tr("Formulir bertanda tangan"), FileChoice()
        )
        self.given_by.currentIndexChanged.connect(lambda _i: self._giver_changed())
        self._giver_changed()
        self.finish()
        consent = services.consent
        store = services.store

        def job(values: dict[str, object]) -> Consent:
            source = values.get("attachment")
            fields: dict[str, object] = {
                "given_by": values["given_by"],
                "giver_name": values.get("giver_name"),
            }
            if isinstance(source, Path):
                fields["attachment"] = save_attachment(store, source, "persetujuan")
            return consent.record_consent(
                person_id,
                given_on=values["given_on"],  # type: ignore[arg-type]
                purposes=values["scope"],  # type: ignore[arg-type]
                **fields,
            )

        self.job = job

    def _giver_changed(self) -> None:
        by_self = self.given_by.currentData() == ConsentGiver.SELF.value
        if by_self:
            self.giver_name.clear()
        self.giver_name.setEnabled(not by_self)


class WithdrawDialog(FormDialog):
    """Record that a consent was withdrawn: the date and the person's reason."""

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        consent_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Cabut persetujuan"),
            tasks,
            parent,
            save_text=self.tr("Cabut persetujuan"),
            intro=self.tr(
                "Persetujuan yang dicabut tetap tercatat beserta tanggal dan alasannya. "
                "Sesudah ini, data orang ini tidak boleh lagi diproses untuk tujuan tersebut."
            ),
        )
        self.add_date(
            "withdrawn_on", self.tr("Tanggal pencabutan"), required=True, value=date.today()
        )
        self.reason = self.add_text(
            "withdrawn_reason", self.tr("Alasan pencabutan"), required=True, max_length=300
        )
        self.finish()
        consent = services.consent
        self.job = lambda values: consent.withdraw(
            consent_id, withdrawn_on=values["withdrawn_on"], reason=values["withdrawn_reason"]
        )


class ConsentView(QWidget):
    """The consents of one person: the list, and record / withdraw / attach / open.

    ``changed`` after a consent is recorded or withdrawn (the page's flag follows)."""

    changed = Signal()
    loaded = Signal(bool)  # whether the person has a consent in force

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        person_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.person_id = person_id
        self.consents: list[Consent] = []
        self.dialog: FormDialog | None = None
        self.file_dialog: QFileDialog | None = None
        givers = giver_labels()
        short = short_purpose_labels()
        self.model = RowsTableModel(
            [
                Column(self.tr("Tanggal"), lambda c: show_date(c.given_on)),
                Column(
                    self.tr("Diberikan oleh"),
                    lambda c: (
                        givers.get(c.given_by, c.given_by)
                        + (f" ({c.giver_name})" if c.giver_name else "")
                    ),
                ),
                Column(
                    self.tr("Tujuan"),
                    lambda c: ", ".join(short.get(p, p) for p in scope_codes(c.scope)),
                ),
                Column(self.tr("Formulir"), lambda c: self.tr("ada") if c.attachment else "-"),
                Column(self.tr("Dicatat oleh"), lambda c: c.recorded_by),
                Column(
                    self.tr("Status"),
                    lambda c: (
                        self.tr("berlaku")
                        if in_force(c)
                        else self.tr("dicabut {date}").format(date=show_date(c.withdrawn_on))
                    ),
                ),
                Column(self.tr("Alasan pencabutan"), lambda c: c.withdrawn_reason or ""),
            ],
            self,
        )
        self.table: QTableView = make_table()
        self.table.setModel(self.model)
        self.notice = MessageLabel()
        self.record_button = QPushButton(self.tr("Catat persetujuan..."))
        self.withdraw_button = QPushButton(self.tr("Cabut persetujuan..."))
        self.attach_button = QPushButton(self.tr("Lampirkan formulir..."))
        self.open_button = QPushButton(self.tr("Buka formulir"))
        buttons = QHBoxLayout()
        for button in (
            self.record_button,
            self.withdraw_button,
            self.attach_button,
            self.open_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.record_button.clicked.connect(self.record)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.attach_button.clicked.connect(self.choose_attachment)
        self.open_button.clicked.connect(self.open_attachment)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self._enable()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        consent = self.services.consent
        person_id = self.person_id
        self.tasks.run(
            lambda: consent.consents_of(person_id),
            self._loaded,
            lambda e: self.notice.show_message(getattr(e, "message", None) or str(e), "error"),
            owner=self,
        )

    def _loaded(self, consents: list[Consent]) -> None:
        self.consents = consents
        self.model.set_rows(consents)
        if consents:
            self.table.selectRow(0)
        valid = any(in_force(c) for c in consents)
        if not valid:
            self.notice.show_message(
                self.tr(
                    "Belum ada persetujuan yang berlaku untuk pemrosesan data pribadi orang ini "
                    "(UU 27/2022). Catat persetujuannya dari formulir yang ditandatangani."
                ),
                "warning",
            )
        else:
            self.notice.clear_message()
        self._enable()
        self.loaded.emit(valid)

    def selected(self) -> Consent | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.consents):
            return None
        return self.consents[rows[0].row()]

    def _enable(self) -> None:
        chosen = self.selected()
        valid = chosen is not None and in_force(chosen)
        self.record_button.setEnabled(not any(in_force(c) for c in self.consents))
        self.withdraw_button.setEnabled(valid)
        self.attach_button.setEnabled(valid)
        self.open_button.setEnabled(chosen is not None and bool(chosen.attachment))

    # -- acting ----------------------------------------------------------------------------

    def record(self) -> None:
        if self.dialog is not None:
            return
        self._open(ConsentDialog(self.services, self.tasks, self.person_id, self))

    def withdraw_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not in_force(chosen) or self.dialog is not None:
            return
        self._open(WithdrawDialog(self.services, self.tasks, chosen.id, self))

    def _open(self, dialog: FormDialog) -> None:
        dialog.saved.connect(lambda _c: self._saved())
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _saved(self) -> None:
        self.changed.emit()
        self.reload()

    def choose_attachment(self) -> None:
        if self.selected() is None:
            return
        dialog = QFileDialog(
            self,
            self.tr("Pilih scan atau foto formulir persetujuan"),
            str(Path.home()),
            self.tr("Gambar atau PDF (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.attach(Path(path)))
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()

    def attach(self, source: Path) -> None:
        """Copy ``source`` into the attachments folder and link it to the selected consent."""
        chosen = self.selected()
        if chosen is None:
            return
        consent = self.services.consent
        consent_id = chosen.id
        store = self.services.store

        def job() -> Consent:
            return consent.attach(consent_id, save_attachment(store, source, "persetujuan"))

        self.tasks.run(
            job,
            lambda _c: self._saved(),
            lambda e: self.notice.show_message(
                self.tr("Lampiran tidak dapat disimpan: {error}").format(
                    error=getattr(e, "message", None) or e
                ),
                "error",
            ),
            write=True,
            owner=self,
        )

    def open_attachment(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.attachment:
            show_attachment(self, self.tasks, self.notice, self.services.store, chosen.attachment)
