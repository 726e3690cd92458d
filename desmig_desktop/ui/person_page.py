"""The person page: everything the centre holds about one villager, tab by tab.

Read-only summaries, filled from one worker-thread read (``PeopleService.profile``);
"Ubah" opens the person form, "Gabungkan dengan..." picks the other record of a duplicate
and opens the merge dialog. Each pillar's own page is where its records are changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import Person
from ..domain.enums import ABROAD_STAGES, RETURNED_STAGES, JourneyStage
from ..services import Services
from ..services import history as history_data
from ..services.migration import document_label, stage_label
from ..services.privacy import (
    ErasureResult,
    ErasureService,
    PrivacyService,
    write_person_export,
)
from ..services.profile import ChildLine, MembershipLine, PersonProfile, TrainingLine
from ..services.protection import status_label as case_status_label
from .consent_view import ConsentView
from .enterprise_page import enterprise_status_labels, sector_labels
from .forms import PersonPicker
from .history_page import HistoryView
from .lists import make_table
from .merge_dialog import MergeDialog
from .migration_page import status_labels as document_status_labels
from .parenting_page import parent_abroad_labels
from .person_dialog import PersonDialog
from .person_text import identity_lines, relationship_labels
from .protection_page import case_type_labels
from .table_model import Column, RowsTableModel, show_date, show_rupiah
from .tasks import TaskManager
from .training_page import result_labels
from .widgets import MessageLabel

TABS = (
    "identity",
    "consent",
    "household",
    "journeys",
    "documents",
    "cases",
    "trainings",
    "enterprises",
    "children",
    "cooperative",
    "history",
)


class PersonPage(QDialog):
    """One person's record and every pillar's lines about them, in tabs.

    ``changed(person_id)`` after an edit or a merge, so the list behind can reload.
    """

    changed = Signal(object)
    privacyDone = Signal(str)  # "export" or "erase", when it is done

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
        self.profile: PersonProfile | None = None
        self.person_dialog: PersonDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.pick_dialog: PickPersonDialog | None = None
        self.setWindowTitle(self.tr("Data penduduk"))

        self.heading = QLabel(self.tr("Memuat..."))
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notice = MessageLabel()
        # Flagged while no consent is in force (UU 27/2022), with the way to record one.
        self.consent_flag = MessageLabel()
        self.consent_flag.setObjectName("consentFlag")
        self.consent_flag_button = QPushButton(self.tr("Catat persetujuan..."))
        self.consent_flag_button.setAutoDefault(False)
        flag_row = QHBoxLayout()
        flag_row.addWidget(self.consent_flag, 1)
        flag_row.addWidget(self.consent_flag_button)
        self.consent_flag_bar = QWidget()
        self.consent_flag_bar.setLayout(flag_row)
        flag_row.setContentsMargins(0, 0, 0, 0)
        self.consent_flag_bar.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.identity = QWidget()
        self.identity_form = QFormLayout(self.identity)
        self.models: dict[str, RowsTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.tabs.addTab(self.identity, self.tr("Identitas"))
        self.consent = ConsentView(services, tasks, person_id)
        self.tabs.addTab(self.consent, self.tr("Persetujuan"))
        for key, title, columns in self._table_tabs():
            model = RowsTableModel(columns, self)
            table = make_table()
            table.setModel(model)
            self.models[key] = model
            self.tables[key] = table
            self.tabs.addTab(table, title)
        self.history = HistoryView(tasks, self.tr("riwayat"), show_record=False)
        self.tabs.addTab(self.history, self.tr("Riwayat"))

        self.edit_button = QPushButton(self.tr("Ubah"))
        self.edit_button.setToolTip(self.tr("Ubah identitas orang ini"))
        self.merge_button = QPushButton(self.tr("Gabungkan dengan..."))
        self.merge_button.setToolTip(
            self.tr("Orang ini terdaftar dua kali? Pilih data lainnya lalu gabungkan")
        )
        # The person's rights (UU 27/2022): a copy of everything held, or erasure.
        self.privacy_button = QPushButton(self.tr("Data pribadi"))
        privacy_menu = QMenu(self.privacy_button)
        self.export_action = privacy_menu.addAction(self.tr("Ekspor semua data orang ini..."))
        self.erase_action = privacy_menu.addAction(self.tr("Hapus data pribadi orang ini..."))
        self.privacy_button.setMenu(privacy_menu)
        self.export_dialog: QFileDialog | None = None
        self.erase_dialog: EraseDialog | None = None
        for button in (self.edit_button, self.merge_button, self.privacy_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.privacy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.consent_flag_bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(980, 620)

        self.edit_button.clicked.connect(self.edit)
        self.merge_button.clicked.connect(self.pick_other)
        self.export_action.triggered.connect(self.choose_export_file)
        self.erase_action.triggered.connect(self.ask_erase)
        self.consent.loaded.connect(self._consent_loaded)
        self.consent.changed.connect(lambda: self.changed.emit(self.person_id))
        self.consent_flag_button.clicked.connect(self.record_consent)
        self.reload()

    # -- the tabs' columns -----------------------------------------------------------------------

    def _table_tabs(self) -> list[tuple[str, str, Sequence[Column]]]:
        doc_status = document_status_labels()
        case_types = case_type_labels()
        sectors, business_status = sector_labels(), enterprise_status_labels()
        results, abroad = result_labels(), parent_abroad_labels()
        relationships = relationship_labels()

        def label(labels: dict[str, str], attribute: str) -> Callable[[Any], str]:
            return lambda row: labels.get(getattr(row, attribute) or "", getattr(row, attribute))

        return [
            (
                "household",
                self.tr("Keluarga (KK)"),
                [
                    Column(self.tr("Nama"), lambda p: p.name),
                    Column(self.tr("NIK"), lambda p: p.nik or ""),
                    Column(self.tr("L/P"), lambda p: p.sex),
                    Column(self.tr("Tanggal lahir"), lambda p: show_date(p.birth_date)),
                    Column(self.tr("Hubungan"), label(relationships, "relationship")),
                ],
            ),
            (
                "journeys",
                self.tr("Perjalanan"),
                [
                    Column(self.tr("Didaftarkan"), lambda e: show_date(e.registered_on)),
                    Column(self.tr("Tahap"), lambda e: stage_label(e.stage)),
                    Column(self.tr("Negara tujuan"), lambda e: e.destination_country or ""),
                    Column(self.tr("Sektor"), lambda e: e.sector or ""),
                    Column(self.tr("Berangkat"), lambda e: show_date(e.departure_date)),
                    Column(self.tr("Pulang"), lambda e: show_date(e.return_date)),
                    Column(
                        self.tr("Prosedural"),
                        lambda e: self.tr("ya") if e.procedural else self.tr("tidak"),
                    ),
                ],
            ),
            (
                "documents",
                self.tr("Dokumen"),
                [
                    Column(self.tr("Dokumen"), lambda d: document_label(d.doc_type)),
                    Column(self.tr("Status"), label(doc_status, "status")),
                    Column(self.tr("Nomor"), lambda d: d.number or ""),
                    Column(self.tr("Berlaku sampai"), lambda d: show_date(d.expires_on)),
                ],
            ),
            (
                "cases",
                self.tr("Kasus"),
                [
                    Column(self.tr("Dilaporkan"), lambda c: show_date(c.reported_on)),
                    Column(self.tr("Jenis kasus"), label(case_types, "case_type")),
                    Column(self.tr("Status"), lambda c: case_status_label(c.status)),
                    Column(self.tr("Ditutup"), lambda c: show_date(c.closed_on)),
                ],
            ),
            (
                "trainings",
                self.tr("Pelatihan"),
                [
                    Column(self.tr("Tanggal"), lambda t: show_date(t.on)),
                    Column(self.tr("Jenis"), self._training_kind),
                    Column(self.tr("Judul"), lambda t: t.title),
                    Column(
                        self.tr("Hasil / nomor"),
                        lambda t: results.get(t.result or "", t.result or ""),
                    ),
                ],
            ),
            (
                "enterprises",
                self.tr("Usaha"),
                [
                    Column(self.tr("Nama usaha"), lambda b: b.name),
                    Column(self.tr("Sektor"), label(sectors, "sector")),
                    Column(self.tr("Status"), label(business_status, "status")),
                    Column(self.tr("Mulai"), lambda b: show_date(b.started_on)),
                ],
            ),
            (
                "children",
                self.tr("Anak"),
                [
                    Column(self.tr("Sebagai"), self._child_role),
                    Column(self.tr("Anak"), lambda c: c.child_name),
                    Column(self.tr("Wali"), lambda c: c.guardian_name or ""),
                    Column(self.tr("Orang tua di luar negeri"), label(abroad, "parent_abroad")),
                    Column(self.tr("Masuk"), lambda c: show_date(c.enrolled_on)),
                    Column(self.tr("Keluar"), lambda c: show_date(c.left_on)),
                ],
            ),
            (
                "cooperative",
                self.tr("Koperasi"),
                [
                    Column(self.tr("Koperasi"), lambda m: m.cooperative),
                    Column(self.tr("No. anggota"), lambda m: m.member_no),
                    Column(self.tr("Masuk"), lambda m: show_date(m.joined_on)),
                    Column(self.tr("Keluar"), lambda m: show_date(m.left_on)),
                    Column(self.tr("Simpanan"), self._savings, align_right=True),
                ],
            ),
        ]

    def _training_kind(self, line: TrainingLine) -> str:
        return {
            "blk": self.tr("Pelatihan BLK"),
            "usaha": self.tr("Pelatihan usaha"),
            "sosialisasi": self.tr("Sosialisasi"),
            "sertifikat": self.tr("Sertifikat kompetensi"),
        }.get(line.kind, line.kind)

    def _child_role(self, line: ChildLine) -> str:
        return {
            "child": self.tr("anak"),
            "guardian": self.tr("wali"),
            "parent": self.tr("orang tua"),
        }.get(line.role, line.role)

    def _savings(self, line: MembershipLine) -> str:
        return show_rupiah(line.savings)

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the person and every tab again (also after an edit)."""
        people = self.services.people
        person_id = self.person_id
        self.tasks.run(lambda: people.profile(person_id), self._loaded, self._failed, owner=self)
        self.consent.person_id = person_id
        self.consent.reload()
        self.history.show_loading()
        self.tasks.run(
            partial(
                history_data.record_history,
                self.services.store,
                "person",
                person_id,
                self.history.yes_no(),
                self.history.field_labels(),
            ),
            self.history.set_lines,
            self.history.show_error,
            owner=self.history,
        )

    # -- the person's rights -----------------------------------------------------------------

    def choose_export_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        dialog = QFileDialog(
            self,
            self.tr("Simpan semua data orang ini"),
            str(Path(folder) / f"data-pribadi-{date.today():%Y-%m-%d}.json"),
            self.tr("Berkas JSON") + " (*.json)",
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.finished.connect(lambda _r: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> None:
        service = PrivacyService(self.services.store, self.services.actor)
        person_id = self.person_id

        def job() -> Path:
            return write_person_export(service.export_person_id(person_id), path)

        self.notice.show_message(self.tr("Mengumpulkan semua data..."), "info")
        self.tasks.run(job, self._exported, self._privacy_refused, owner=self)

    def _exported(self, path: Path) -> None:
        self.notice.show_message(
            self.tr(
                "Semua data orang ini tersimpan di {path}. Berkas ini tidak dilindungi kata sandi: "
                "serahkan langsung kepada yang bersangkutan, lalu hapus salinannya."
            ).format(path=path),
            "warning",
        )
        self.privacyDone.emit("export")

    def ask_erase(self) -> None:
        dialog = EraseDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.erase(dialog.reason.text()))
        dialog.finished.connect(lambda _r: setattr(self, "erase_dialog", None))
        self.erase_dialog = dialog
        dialog.open()

    def erase(self, reason: str) -> None:
        service = ErasureService(self.services.store, self.services.actor)
        person_id = self.person_id
        self.notice.show_message(self.tr("Menghapus data pribadi..."), "info")
        self.tasks.run(
            lambda: service.erase_person_id(person_id, reason),
            self._erased,
            self._privacy_refused,
            owner=self,
            write=True,
        )

    def _erased(self, result: ErasureResult) -> None:
        self.notice.show_message(
            self.tr(
                "Data pribadi dihapus dari {records} catatan dan riwayatnya. Penghapusan ini "
                "tercatat dan ikut tersinkron."
            ).format(records=result.records),
            "info",
        )
        self.privacyDone.emit("erase")
        self.reload()
        self.changed.emit(self.person_id)

    def _privacy_refused(self, error: BaseException) -> None:
        self.notice.show_message(getattr(error, "message", None) or str(error), "error")

    def _failed(self, error: BaseException) -> None:
        self.heading.setText(self.tr("Data penduduk"))
        self.notice.show_message(getattr(error, "message", None) or str(error), "error")

    def _loaded(self, profile: PersonProfile) -> None:
        self.profile = profile
        person = profile.person
        self.setWindowTitle(self.tr("Data penduduk: {name}").format(name=person.name))
        self.heading.setText(person.name)
        self.summary.setText(self._status_text(profile))
        while self.identity_form.rowCount():
            self.identity_form.removeRow(0)
        for label, text in identity_lines(profile):
            value = QLabel(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.identity_form.addRow(label, value)
        if profile.merged_from:
            names = ", ".join(p.name for p in profile.merged_from)
            self.identity_form.addRow(self.tr("Digabung dari"), QLabel(names))
        self.models["household"].set_rows(profile.members)
        self.models["journeys"].set_rows(profile.journeys)
        self.models["documents"].set_rows(profile.documents)
        self.models["cases"].set_rows(profile.cases)
        self.models["trainings"].set_rows(profile.trainings)
        self.models["enterprises"].set_rows(profile.enterprises)
        self.models["children"].set_rows(profile.children)
        self.models["cooperative"].set_rows(profile.memberships)
        for key in self.models:
            index = self.tabs.indexOf(self.tables[key])
            base = self.tabs.tabText(index).split(" (")[0]
            count = self.models[key].rowCount()
            self.tabs.setTabText(index, f"{base} ({count})" if count else base)
        self.edit_button.setEnabled(True)
        self.merge_button.setEnabled(True)
        self.privacy_button.setEnabled(True)

    def _consent_loaded(self, in_force: bool) -> None:
        self.consent_flag_bar.setVisible(not in_force)
        if not in_force:
            self.consent_flag.show_message(
                self.tr("Tanpa persetujuan: belum ada persetujuan pemrosesan data pribadi."),
                "warning",
            )
        base = self.tr("Persetujuan")
        index = self.tabs.indexOf(self.consent)
        self.tabs.setTabText(index, base if in_force else base + " (!)")

    def record_consent(self) -> None:
        """Open the consent tab and its form (the flag's button)."""
        self.tabs.setCurrentWidget(self.consent)
        self.consent.record()

    def _status_text(self, profile: PersonProfile) -> str:
        if not profile.journeys:
            return self.tr("Belum pernah mendaftar untuk bekerja ke luar negeri.")
        latest = profile.journeys[0]
        if latest.stage in {stage.value for stage in ABROAD_STAGES}:
            where = latest.destination_country or self.tr("luar negeri")
            return self.tr("Sedang di luar negeri ({where}).").format(where=where)
        if latest.stage in {stage.value for stage in RETURNED_STAGES}:
            return self.tr("Purna (sudah pulang, {date}).").format(
                date=show_date(latest.return_date) or "-"
            )
        if latest.stage == JourneyStage.CANCELLED.value:
            return self.tr("Perjalanan terakhir dibatalkan.")
        return self.tr("Calon pekerja migran: {stage}.").format(stage=stage_label(latest.stage))

    # -- acting ----------------------------------------------------------------------------------

    def edit(self) -> None:
        if self.profile is None or self.person_dialog is not None:
            return
        people = self.services.people
        person_id = self.person_id
        self.tasks.run(lambda: people.person(person_id), self._open_form, owner=self)

    def _open_form(self, person: Person) -> None:
        dialog = PersonDialog(self.services, self.tasks, person, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda *_a: self._changed())
        dialog.finished.connect(lambda _r: setattr(self, "person_dialog", None))
        self.person_dialog = dialog
        dialog.open()

    def pick_other(self) -> None:
        """Choose the other record of this person, then compare and merge."""
        dialog = PickPersonDialog(self.services, self.tasks, self.person_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self.merge_with)
        self.pick_dialog = dialog
        dialog.open()

    def merge_with(self, other_id: uuid.UUID) -> None:
        """Open the merge dialog keeping this record and merging ``other_id`` into it."""
        dialog = MergeDialog(self.services, self.tasks, self.person_id, other_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, keep_id: uuid.UUID) -> None:
        # The officer may have swapped sides: show whichever record survived.
        self.person_id = keep_id
        self.notice.show_message(self.tr("Data digabung."), "info")
        self._changed()

    def _changed(self) -> None:
        self.reload()
        self.changed.emit(self.person_id)


class EraseDialog(QDialog):
    """Asks for the reason before a person's personal data is erased (admins)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hapus data pribadi"))
        warning = QLabel(
            self.tr(
                "Nama, NIK, telepon, tempat dan tanggal lahir (tahunnya disimpan), KK, nomor "
                "dokumen, catatan dan lampiran orang ini dihapus dari semua data dan riwayatnya, "
                "di laptop ini, di server dan di laptop lain pusat layanan. Yang tersisa hanya "
                "angka untuk statistik. Ini tidak bisa dibatalkan."
            )
        )
        warning.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. permintaan yang bersangkutan, tanggal surat"))
        form = QFormLayout()
        form.addRow(self.tr("Alasan"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hapus data pribadi"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(buttons)


class PickPersonDialog(QDialog):
    """Search the registry for the other record of a person (not this one)."""

    chosen = Signal(object)

    def __init__(
        self,
        services: Services,
        tasks: TaskManager,
        exclude_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exclude_id = exclude_id
        self.setWindowTitle(self.tr("Gabungkan dengan..."))
        intro = QLabel(self.tr("Cari data lain dari orang yang sama (nama, NIK, atau No. KK):"))
        intro.setWordWrap(True)
        self.picker = PersonPicker(services, tasks)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox()
        self.next_button = QPushButton(self.tr("Lanjut"))
        self.next_button.setDefault(True)
        self.next_button.setEnabled(False)
        cancel = QPushButton(self.tr("Batal"))
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.picker.picked.connect(self._picked)
        self.next_button.clicked.connect(self.choose)
        cancel.clicked.connect(self.reject)
        self.picker.setFocus()
        self.resize(560, 320)

    def _picked(self, person_id: uuid.UUID | None) -> None:
        same = person_id == self.exclude_id
        if same:
            self.message.show_message(self.tr("Ini data yang sedang dibuka. Pilih data lainnya."))
        else:
            self.message.clear_message()
        self.next_button.setEnabled(person_id is not None and not same)

    def choose(self) -> None:
        person_id = self.picker.value()
        if person_id is None or person_id == self.exclude_id:
            return
        self.chosen.emit(person_id)
        self.accept()
