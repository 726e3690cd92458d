"""Beranda: counts per pillar, the reminders due today, and two charts.

Everything is read off the GUI thread (:func:`home_data.load_dashboard`); "Muat ulang"
reads again. A reminder list opens the page where the officer acts on it.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.migration import document_label
from .home_data import EXPIRY_DAYS, NO_CONTACT_MONTHS, Dashboard, load_dashboard
from .lists import make_table
from .protection_page import DUE_TODAY, OVERDUE, case_type_labels
from .table_model import Column, RowsTableModel, show_date, show_rupiah
from .tasks import TaskManager
from .widgets import MessageLabel

DEPARTURE_COLOUR = "#1f3a5f"
RETURN_COLOUR = "#f2b134"
CASE_COLOUR = "#a4161a"
TILE_STYLE = """
QFrame#tile { background: #f4f7fb; border: 1px solid #d5dee9; border-radius: 4px; }
QLabel#tileValue { font-size: 16pt; font-weight: 600; color: #1f3a5f; }
QLabel#tileLabel { color: #444; }
"""


def count_axis(largest: int) -> QValueAxis:
    """A value axis of whole numbers from 0, with at most six ticks."""
    step = max(1, -(-largest // 5))
    ticks = max(1, -(-largest // step))
    axis = QValueAxis()
    axis.setRange(0, step * ticks)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")
    return axis


class CountTile(QFrame):
    """One number with what it counts, under it."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.value = QLabel("-")
        self.value.setObjectName("tileValue")
        self.label = QLabel(label)
        self.label.setObjectName("tileLabel")
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setAccessibleName(label)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


class ReminderList(QWidget):
    """A reminder table and the button that opens the page where it is handled."""

    def __init__(
        self, model: RowsTableModel, page_key: str, button_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.page_key = page_key
        self.table: QTableView = make_table()
        self.table.setModel(model)
        self.open_button = QPushButton(button_text)
        self.open_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)


class HomePage(QWidget):
    """The centre at a glance."""

    openPage = Signal(str)  # a PAGE_KEYS key
    loaded = Signal()

    def __init__(
        self, services: Services, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.board: Dashboard | None = None
        self._loaded_once = False
        self._loading = False
        self.setStyleSheet(TILE_STYLE)

        title = QLabel(self.tr("Beranda"))
        title.setObjectName("pageTitle")
        self.reload_button = QPushButton(self.tr("Muat ulang"))
        self.reload_button.setToolTip(self.tr("Baca lagi semua angka dan pengingat (F5)"))
        self.reload_button.setShortcut(Qt.Key.Key_F5)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        self.notice = MessageLabel()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status)
        head.addWidget(self.reload_button)

        # -- counts per pillar
        self.tiles = {
            "people": CountTile(self.tr("Penduduk terdaftar")),
            "prospective": CountTile(self.tr("Calon pekerja migran")),
            "abroad": CountTile(self.tr("Sedang di luar negeri")),
            "returned": CountTile(self.tr("Sudah pulang")),
            "open_cases": CountTile(self.tr("Kasus perlindungan terbuka")),
            "active_enterprises": CountTile(self.tr("Usaha aktif")),
            "enrolled_children": CountTile(self.tr("Anak terdaftar (parenting)")),
            "coop_members": CountTile(self.tr("Anggota koperasi")),
            "savings_balance": CountTile(self.tr("Saldo simpanan koperasi")),
        }
        tiles = QGridLayout()
        tiles.setSpacing(6)
        for column, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)

        # -- reminders
        types = case_type_labels()

        def days_colour(days_left: int) -> str | None:
            return OVERDUE if days_left < 0 else DUE_TODAY if days_left <= 30 else None

        self.expiring = RowsTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.person_name),
                Column(self.tr("Dokumen"), lambda r: document_label(r.doc_type)),
                Column(
                    self.tr("Berlaku sampai"),
                    lambda r: show_date(r.expires_on),
                    colour=lambda r: days_colour(r.days_left),
                ),
                Column(self.tr("Keterangan"), lambda r: self._days_left_text(r.days_left)),
            ],
            self,
        )
        self.follow_ups = RowsTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.person_name),
                Column(self.tr("Jenis kasus"), lambda r: types.get(r.case_type, r.case_type)),
                Column(self.tr("Tindakan"), lambda r: r.action),
                Column(
                    self.tr("Batas waktu"),
                    lambda r: show_date(r.due_on),
                    colour=lambda r: OVERDUE if r.days_overdue > 0 else DUE_TODAY,
                ),
            ],
            self,
        )
        self.silent = RowsTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.person_name),
                Column(self.tr("Negara"), lambda r: r.country),
                Column(self.tr("Kabar terakhir"), lambda r: show_date(r.last_heard)),
                Column(
                    self.tr("Lama tanpa kabar"),
                    lambda r: (
                        self.tr("%n hari", "", r.days_silent)
                        if r.days_silent is not None
                        else self.tr("belum pernah")
                    ),
                ),
            ],
            self,
        )
        self.arrears = RowsTableModel(
            [
                Column(self.tr("No. anggota"), lambda r: r.member_no),
                Column(self.tr("Nama"), lambda r: r.member_name),
                Column(
                    self.tr("Tunggakan"), lambda r: show_rupiah(r.overdue_amount), align_right=True
                ),
                Column(
                    self.tr("Terlambat"),
                    lambda r: self.tr("%n hari", "", r.days_overdue),
                    colour=lambda _r: OVERDUE,
                ),
            ],
            self,
        )
        self.consent = RowsTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.name),
                Column(self.tr("NIK"), lambda r: r.nik or ""),
                Column(self.tr("Dusun"), lambda r: r.dusun or ""),
            ],
            self,
        )
        self.reminders = QTabWidget()
        self.reminder_lists = {
            "expiring": ReminderList(self.expiring, "migration", self.tr("Buka Layanan Migrasi")),
            "follow_ups": ReminderList(self.follow_ups, "protection", self.tr("Buka Perlindungan")),
            "silent": ReminderList(self.silent, "migration", self.tr("Buka Layanan Migrasi")),
            "arrears": ReminderList(self.arrears, "cooperative", self.tr("Buka Koperasi")),
            # "people-without-consent": the people page with its "tanpa persetujuan" filter.
            "consent": ReminderList(
                self.consent, "people-without-consent", self.tr("Buka Penduduk")
            ),
        }
        for reminder in self.reminder_lists.values():
            self.reminders.addTab(reminder, "")
            reminder.open_button.clicked.connect(
                lambda _c=False, key=reminder.page_key: self.openPage.emit(key)
            )
            reminder.table.activated.connect(
                lambda _i, key=reminder.page_key: self.openPage.emit(key)
            )
            header = reminder.table.horizontalHeader()
            for column, width in ((0, 165), (1, 160), (2, 95)):
                header.resizeSection(column, width)
        self._name_tabs()
        reminders_box = QVBoxLayout()
        reminders_head = QLabel(self.tr("Pengingat"))
        reminders_head.setStyleSheet("font-weight: 600;")
        reminders_box.addWidget(reminders_head)
        reminders_box.addWidget(self.reminders, 1)

        # -- charts
        self.migration_chart = QChart()
        self.migration_chart.setTitle(self.tr("Keberangkatan dan kepulangan per bulan"))
        self.cases_chart = QChart()
        self.cases_chart.setTitle(self.tr("Kasus perlindungan menurut jenis"))
        charts = QVBoxLayout()
        self.chart_views: list[QChartView] = []
        for chart in (self.migration_chart, self.cases_chart):
            chart.setMargins(QMargins(2, 2, 2, 2))
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(180)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            charts.addWidget(view, 1)
            self.chart_views.append(view)

        body = QHBoxLayout()
        body.addLayout(reminders_box, 11)
        body.addLayout(charts, 10)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.notice)
        layout.addLayout(tiles)
        layout.addLayout(body, 1)

        self.reload_button.clicked.connect(self.refresh)
        self.setFocusProxy(self.reload_button)

    # -- texts ----------------------------------------------------------------------------

    def _days_left_text(self, days_left: int) -> str:
        if days_left < 0:
            return self.tr("sudah habis %n hari", "", -days_left)
        if days_left == 0:
            return self.tr("habis hari ini")
        return self.tr("%n hari lagi", "", days_left)

    def _name_tabs(self) -> None:
        counts = {
            "expiring": self.expiring.rowCount(),
            "follow_ups": self.follow_ups.rowCount(),
            "silent": self.silent.rowCount(),
            "arrears": self.arrears.rowCount(),
            "consent": self.board.without_consent if self.board else 0,
        }
        names = {
            "expiring": self.tr("Dokumen habis ({count})"),
            "follow_ups": self.tr("Tindak lanjut ({count})"),
            "silent": self.tr("Tanpa kabar ({count})"),
            "arrears": self.tr("Tunggakan ({count})"),
            "consent": self.tr("Tanpa persetujuan ({count})"),
        }
        tooltips = {
            "expiring": self.tr(
                "Dokumen perjalanan yang masih berjalan dan habis masa berlakunya dalam {days} hari, termasuk yang sudah habis."
            ),
            "follow_ups": self.tr("Tindak lanjut kasus yang belum selesai dan sudah jatuh tempo."),
            "silent": self.tr(
                "Orang di luar negeri tanpa kontak tercatat selama {months} bulan (atau sejak berangkat)."
            ),
            "arrears": self.tr(
                "Pinjaman koperasi dengan angsuran yang sudah jatuh tempo belum dibayar."
            ),
            "consent": self.tr(
                "Penduduk yang belum punya persetujuan pemrosesan data pribadi yang berlaku "
                '(UU 27/2022). Di halaman Penduduk, centang "Tanpa persetujuan".'
            ),
        }
        for index, key in enumerate(self.reminder_lists):
            self.reminders.setTabText(
                index,
                names[key].format(days=EXPIRY_DAYS, months=NO_CONTACT_MONTHS, count=counts[key]),
            )
            self.reminders.setTabToolTip(
                index, tooltips[key].format(days=EXPIRY_DAYS, months=NO_CONTACT_MONTHS)
            )

    def _month_name(self, period: str, short: bool = True) -> str:
        year, month = period.split("-")
        names = [
            self.tr("Jan"),
            self.tr("Feb"),
            self.tr("Mar"),
            self.tr("Apr"),
            self.tr("Mei"),
            self.tr("Jun"),
            self.tr("Jul"),
            self.tr("Agu"),
            self.tr("Sep"),
            self.tr("Okt"),
            self.tr("Nov"),
            self.tr("Des"),
        ]
        return names[int(month) - 1] if short else f"{names[int(month) - 1]} {year}"

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if not self._loaded_once:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if self._loading:
            return
        self._loaded_once = True
        self._loading = True
        self.reload_button.setEnabled(False)
        self.status.setText(self.tr("Memuat..."))
        services = self.services
        self.tasks.run(lambda: load_dashboard(services), self._show, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.reload_button.setEnabled(True)
        self.status.setText("")
        self.notice.show_message(
            self.tr("Beranda tidak dapat dimuat: {error}").format(
                error=getattr(error, "message", None) or str(error)
            ),
            "error",
        )

    def _show(self, board: Dashboard) -> None:
        self._loading = False
        self.board = board
        self.reload_button.setEnabled(True)
        self.notice.clear_message()
        for key, tile in self.tiles.items():
            value = getattr(board, key)
            tile.set_value(
                show_rupiah(value) if key == "savings_balance" else f"{value:,}".replace(",", ".")
            )
        self.expiring.set_rows(board.expiring)
        self.follow_ups.set_rows(board.follow_ups)
        self.silent.set_rows(board.silent)
        self.arrears.set_rows(board.arrears)
        self.consent.set_rows(board.without_consent_rows)
        self._name_tabs()
        self._draw_migration(board)
        self._draw_cases(board)
        self.status.setText(self.tr("Diperbarui {date}").format(date=show_date(board.today)))
        self.loaded.emit()

    # -- charts ------------------------------------------------------------------------------

    def _reset(self, chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _draw_migration(self, board: Dashboard) -> None:
        chart = self.migration_chart
        self._reset(chart)
        chart.setTitle(
            self.tr("Keberangkatan dan kepulangan per bulan ({first} - {last})").format(
                first=self._month_name(board.months[0], short=False),
                last=self._month_name(board.months[-1], short=False),
            )
        )
        departures = QBarSet(self.tr("Berangkat"))
        departures.append([float(v) for v in board.departures])
        departures.setColor(QColor(DEPARTURE_COLOUR))
        returns = QBarSet(self.tr("Pulang"))
        returns.append([float(v) for v in board.returns])
        returns.setColor(QColor(RETURN_COLOUR))
        series = QBarSeries()
        series.append(departures)
        series.append(returns)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([self._month_name(m) for m in board.months])
        small = months.labelsFont()
        small.setPointSizeF(max(6.0, small.pointSizeF() - 2))
        months.setLabelsFont(small)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        counts = count_axis(max([*board.departures, *board.returns]))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        chart.legend().setVisible(True)

    def _draw_cases(self, board: Dashboard) -> None:
        chart = self.cases_chart
        self._reset(chart)
        types = case_type_labels()
        shown = list(reversed(board.cases_by_type[:8]))  # the most frequent on top
        cases = QBarSet(self.tr("Kasus"))
        cases.append([float(count) for _type, count in shown])
        cases.setColor(QColor(CASE_COLOUR))
        series = QHorizontalBarSeries()
        series.append(cases)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([types.get(kind, kind) for kind, _count in shown] or [self.tr("belum ada")])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        counts = count_axis(max([count for _type, count in shown], default=0))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)
        chart.legend().setVisible(False)
