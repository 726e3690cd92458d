"""Penduduk: the people registry, searched as you type, with the add/edit form."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.people import PeopleFilter, PeopleStatus
from .first_paint import after_first_paint
from .people_model import (
    COL_BIRTH_DATE,
    COL_DUSUN,
    COL_FLAGS,
    COL_NAME,
    COL_NIK,
    COL_NO_KK,
    COL_SEX,
    PERSON_ID_ROLE,
    PeopleTableModel,
)
from .tasks import TaskManager
from .widgets import MessageLabel

if TYPE_CHECKING:
    # The dialogs are imported when first opened: the person page alone pulls in every
    # pillar's page, which the list does not need to show its first rows.
    from ..domain import Person
    from .history_page import HistoryDialog
    from .merge_dialog import MergeDialog
    from .person_dialog import PersonDialog
    from .person_page import PersonPage

SEARCH_DELAY_MS = 250


class PeoplePage(QWidget):
    """The registry table, the search box and the buttons to add and edit people."""

    personDialogOpened = Signal(object)  # PersonDialog, for whoever wants to watch it

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.person_dialog: PersonDialog | None = None
        self.person_page: PersonPage | None = None
        self.merge_dialog: MergeDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self._total: int | None = None
        self._select_after_load: uuid.UUID | None = None
        self._loaded_once = False
        self._first_load_pending = False

        title = QLabel(self.tr("Penduduk"))
        title.setObjectName("pageTitle")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIK, atau No. KK..."))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Cari penduduk"))
        self.add_button = QPushButton(self.tr("Tambah orang"))
        self.add_button.setToolTip(self.tr("Daftarkan penduduk baru (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.setToolTip(
            self.tr("Semua data orang yang dipilih: keluarga, perjalanan, kasus... (Enter)")
        )
        self.open_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("Ubah"))
        self.edit_button.setToolTip(self.tr("Ubah identitas orang yang dipilih"))
        self.edit_button.setEnabled(False)
        self.history_button = QPushButton(self.tr("Riwayat"))
        self.history_button.setToolTip(self.tr("Siapa mengubah data orang yang dipilih, dan kapan"))
        self.history_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.history_button)

        self.status_filter = QComboBox()
        for value, text in (
            ("", self.tr("Semua")),
            (PeopleStatus.PROSPECTIVE.value, self.tr("Calon pekerja migran")),
            (PeopleStatus.ABROAD.value, self.tr("Di luar negeri")),
            (PeopleStatus.RETURNED.value, self.tr("Purna (sudah pulang)")),
        ):
            self.status_filter.addItem(text, value)
        self.status_filter.setToolTip(self.tr("Menurut perjalanan migrasi terakhir orang itu"))
        self.dusun_filter = QComboBox()
        self.dusun_filter.addItem(self.tr("Semua dusun"), "")
        self.dusun_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sex_filter = QComboBox()
        for value, text in (
            ("", self.tr("Semua")),
            ("L", self.tr("Laki-laki")),
            ("P", self.tr("Perempuan")),
        ):
            self.sex_filter.addItem(text, value)
        self.age_from = QLineEdit()
        self.age_to = QLineEdit()
        for line, placeholder in (
            (self.age_from, self.tr("dari")),
            (self.age_to, self.tr("sampai")),
        ):
            line.setValidator(QRegularExpressionValidator(r"[0-9]{0,3}", line))
            line.setPlaceholderText(placeholder)
            line.setMaximumWidth(self.fontMetrics().horizontalAdvance("sampai") + 24)
        self.age_from.setAccessibleName(self.tr("Umur paling rendah"))
        self.age_to.setAccessibleName(self.tr("Umur paling tinggi"))
        # UU 27/2022: who still needs their consent recorded.
        self.consent_filter = QCheckBox(self.tr("Tanpa &persetujuan"))
        self.consent_filter.setToolTip(
            self.tr("Hanya orang yang belum punya persetujuan pemrosesan data pribadi yang berlaku")
        )
        self.clear_filters_button = QPushButton(self.tr("Hapus saringan"))
        self.clear_filters_button.setEnabled(False)
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Status:"), self.status_filter),
            (self.tr("D&usun:"), self.dusun_filter),
            (self.tr("&L/P:"), self.sex_filter),
            (self.tr("U&mur:"), self.age_from),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(QLabel("-"))
        filters.addWidget(self.age_to)
        filters.addWidget(QLabel(self.tr("tahun")))
        filters.addWidget(self.consent_filter)
        filters.addWidget(self.clear_filters_button)
        filters.addStretch(1)

        self.notice = MessageLabel()

        self.model = PeopleTableModel(tasks, services.people.search, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        digits = self.table.fontMetrics().horizontalAdvance("0000000000000000") + 24
        for column, width in (
            (COL_NIK, digits),
            (COL_SEX, 44),
            (COL_BIRTH_DATE, self.table.fontMetrics().horizontalAdvance("00-00-0000") + 40),
            (COL_NO_KK, digits),
            (COL_DUSUN, 130),
            (COL_FLAGS, 170),
        ):
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)

        self.status = QLabel()
        self.status.setObjectName("listStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        for combo in (self.status_filter, self.dusun_filter, self.sex_filter):
            combo.currentIndexChanged.connect(lambda _i: self._apply_search())
        self.consent_filter.toggled.connect(lambda _c: self._apply_search())
        for line in (self.age_from, self.age_to):
            line.textEdited.connect(lambda _t: self._search_timer.start())
            line.returnPressed.connect(self._apply_search)
        self.clear_filters_button.clicked.connect(self.clear_filters)

        self.add_button.clicked.connect(self.add_person)
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.history_button.clicked.connect(self.show_history)
        self.table.doubleClicked.connect(self.open_person_at)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.loadingChanged.connect(lambda _l: self._update_status())
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.failed.connect(lambda message: self.notice.show_message(message, "error"))
        self.model.modelReset.connect(self._selection_changed)

        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add_person)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.setFocusProxy(self.search)

    # -- loading --------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        # The registry is read when the page is first shown, not when the window is built,
        # and only once the page is drawn: the window's first frame does not wait for it.
        if not self._loaded_once and not self._first_load_pending:
            self._first_load_pending = True
            self.status.setText(self.tr("Memuat..."))
            after_first_paint(self, self._first_load)
        super().showEvent(event)

    def _first_load(self) -> None:
        self._first_load_pending = False
        if not self._loaded_once:
            self.refresh()

    def refresh(self) -> None:
        """Read the list and the total again (after a save, or a change of user)."""
        self._loaded_once = True
        self.model.reload()
        self.tasks.run(self.services.people.count, self._got_total, lambda _e: None, owner=self)
        self.tasks.run(self.services.people.dusuns, self._got_dusuns, lambda _e: None, owner=self)
        self._update_status()

    def _got_total(self, total: int) -> None:
        self._total = total
        self._update_status()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self._loaded_once = True
        filters = self.current_filters()
        self.clear_filters_button.setEnabled(bool(filters))
        self.model.set_search(self.search.text(), filters)
        self._update_status()

    def current_filters(self) -> PeopleFilter:
        """The filter bar as the service's filters (an empty age field: no bound)."""

        def age(line: QLineEdit) -> int | None:
            return int(line.text()) if line.text().isdigit() else None

        return PeopleFilter(
            status=self.status_filter.currentData() or None,
            dusun=self.dusun_filter.currentData() or None,
            sex=self.sex_filter.currentData() or None,
            age_min=age(self.age_from),
            age_max=age(self.age_to),
            without_consent=self.consent_filter.isChecked(),
        )

    def show_without_consent(self) -> None:
        """The list narrowed to people without a consent in force (the dashboard's link)."""
        self.consent_filter.setChecked(True)

    def clear_filters(self) -> None:
        for combo in (self.status_filter, self.dusun_filter, self.sex_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.age_from.clear()
        self.age_to.clear()
        self.consent_filter.blockSignals(True)
        self.consent_filter.setChecked(False)
        self.consent_filter.blockSignals(False)
        self._apply_search()
        self.search.setFocus()

    def _got_dusuns(self, names: list[str]) -> None:
        chosen = self.dusun_filter.currentData()
        self.dusun_filter.blockSignals(True)
        while self.dusun_filter.count() > 1:
            self.dusun_filter.removeItem(1)
        for name in names:
            self.dusun_filter.addItem(name, name)
        index = self.dusun_filter.findData(chosen)
        self.dusun_filter.setCurrentIndex(max(index, 0))
        self.dusun_filter.blockSignals(False)
        if chosen and index < 0:  # that dusun is gone: show everyone again
            self._apply_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _page_loaded(self, _rows: int) -> None:
        if self._select_after_load is not None:
            row = self.model.row_of(self._select_after_load)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, COL_NAME))
            self._select_after_load = None
        self._update_status()

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        query = self.model.query
        filtered = bool(self.model.filters)
        if self.model.loading and shown == 0:
            text = self.tr("Memuat...")
        elif shown == 0 and filtered:
            text = self.tr(
                "Tidak ada yang cocok dengan pencarian dan saringan ini. Coba hapus saringan."
            )
        elif shown == 0 and query:
            text = self.tr(
                'Tidak ada yang cocok dengan "{query}". Periksa ejaan, atau cari dengan NIK atau No. KK.'
            ).format(query=query)
        elif shown == 0 and self.model.exhausted:
            text = self.tr('Belum ada data penduduk. Klik "Tambah orang" untuk mulai.')
        else:
            more = (
                ""
                if self.model.exhausted
                else " " + self.tr("(gulir ke bawah untuk memuat lebih banyak)")
            )
            if query or filtered:
                text = self.tr("%n orang cocok", "", shown) + more
            elif self._total is not None:
                text = (
                    self.tr("Menampilkan %n dari {total} orang terdaftar", "", shown).format(
                        total=self._total
                    )
                    + more
                )
            else:
                text = self.tr("Menampilkan %n orang", "", shown) + more
        self.status.setText(text)

    # -- selection and editing ---------------------------------------------------------------------

    def _selection_changed(self, *_args: object) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(selected)
        self.edit_button.setEnabled(selected)
        self.history_button.setEnabled(selected)

    def selected_person_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PERSON_ID_ROLE) if rows else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()  # type: ignore[attr-defined]
        if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
            return True
        # From the search box, Down goes into the list, as in the village picker.
        if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def show_history(self) -> None:
        """The change history of the selected person."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        person_id = rows[0].data(PERSON_ID_ROLE)
        name = self.model.index(rows[0].row(), COL_NAME).data()
        from .history_page import HistoryDialog

        dialog = HistoryDialog(self.services, self.tasks, "person", person_id, name, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog = dialog
        dialog.open()

    def add_person(self) -> None:
        self._open_dialog(None)

    def edit_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            self._edit(person_id)

    def open_selected(self) -> None:
        person_id = self.selected_person_id()
        if person_id is not None:
            self.open_person(person_id)

    def open_person_at(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE)
        if person_id is not None:
            self.open_person(person_id)

    def open_person(self, person_id: uuid.UUID, parent: QWidget | None = None) -> None:
        """The person page of ``person_id`` (over ``parent``, the form that asked, if any)."""
        if self.person_page is not None:
            self.person_page.close()
        from .person_page import PersonPage

        page = PersonPage(self.services, self.tasks, person_id, parent=parent or self)
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.changed.connect(self._person_changed)
        page.finished.connect(lambda _r: self._page_closed(page))
        # Opened over the form, it goes when the form goes, without finishing.
        page.destroyed.connect(lambda _o=None: self._page_closed(page))
        self.person_page = page
        page.open()

    def _page_closed(self, page: PersonPage) -> None:
        if self.person_page is page:
            self.person_page = None

    def _person_changed(self, person_id: uuid.UUID) -> None:
        self._select_after_load = person_id
        self.refresh()

    def merge_people(self, keep_id: uuid.UUID, duplicate_id: uuid.UUID) -> None:
        """Compare two records and merge the second into the first (the dialog asks why)."""
        from .merge_dialog import MergeDialog

        dialog = MergeDialog(self.services, self.tasks, keep_id, duplicate_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.finished.connect(lambda _r: setattr(self, "merge_dialog", None))
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, keep_id: uuid.UUID) -> None:
        self.notice.show_message(self.tr("Data ganda digabung."), "info")
        self._person_changed(keep_id)

    def _edit(self, person_id: uuid.UUID) -> None:
        if self.person_dialog is not None:
            return
        people = self.services.people
        self.tasks.run(lambda: people.person(person_id), self._open_dialog, owner=self)

    def _open_dialog(self, person: Person | None) -> None:
        if self.person_dialog is not None:
            self.person_dialog.raise_()
            return
        from .person_dialog import PersonDialog

        dialog = PersonDialog(self.services, self.tasks, person, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._person_saved)
        dialog.finished.connect(self._dialog_closed)
        dialog.openPersonRequested.connect(lambda person_id: self.open_person(person_id, dialog))
        dialog.mergeRequested.connect(self.merge_people)
        self.person_dialog = dialog
        self.personDialogOpened.emit(dialog)
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.person_dialog = None
        self.table.setFocus()

    def _person_saved(self, person_id: uuid.UUID, name: str, warnings: list[str]) -> None:
        if warnings:
            self.notice.show_message(
                self.tr("Data {name} disimpan, tetapi perlu diperiksa:").format(name=name)
                + "\n"
                + "\n".join(warnings),
                "warning",
            )
        else:
            self.notice.show_message(self.tr("Data {name} disimpan.").format(name=name), "info")
        self._select_after_load = person_id
        self.refresh()
