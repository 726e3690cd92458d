"""A list exported from the GUI goes into the audit trail, like the command line's exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desmig_desktop.services import Services
from desmig_desktop.services.audit import AuditService
from desmig_desktop.ui.lists import ExportBar
from desmig_desktop.ui.tasks import TaskManager
from desmig_desktop.ui.widgets import MessageLabel

from .conftest import WAIT_MS


def test_a_list_export_is_audited(
    qtbot, services: Services, tasks: TaskManager, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Nama", "NIK"])
    model.appendRow([QStandardItem("Siti Aminah"), QStandardItem("3301024507950001")])
    # The window an export bar sits in is the one that knows who is logged in.
    window = QWidget()
    window.services = services  # type: ignore[attr-defined]
    notice = MessageLabel()
    bar = ExportBar(tasks, model, "penduduk", notice, window)
    QVBoxLayout(window).addWidget(bar)
    qtbot.addWidget(window)
    target = tmp_path / "penduduk.csv"
    with qtbot.waitSignal(bar.exported, timeout=WAIT_MS):
        bar.export_to(target)
    assert "Siti Aminah" in target.read_text(encoding="utf-8-sig")
    [event] = [
        e for e in AuditService(services.store, services.actor).events() if e.action == "export"
    ]
    assert event.user == "admin" and "penduduk: 1" in event.detail and str(target) in event.detail
