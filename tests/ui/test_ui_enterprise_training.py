"""Usaha Produktif and Pelatihan driven like an officer."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desmig_desktop.services import Services
from desmig_desktop.ui.enterprise_page import EnterpriseDialog, EnterprisePage, ReportDialog
from desmig_desktop.ui.forms import FormDialog
from desmig_desktop.ui.tasks import TaskManager
from desmig_desktop.ui.training_page import CertificateDialog, ResultDialog, TrainingPage

from .conftest import WAIT_MS


def show(qtbot, page) -> None:
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    qtbot.waitExposed(page)


def person(services: Services, name: str):
    return services.people.add_person(name=name, sex="P", birth_date=date(1990, 1, 1))[0]


def pick(qtbot, dialog: FormDialog, key: str, name: str) -> None:
    picker = dialog.inputs[key]
    qtbot.keyClicks(picker.search, name)
    qtbot.waitUntil(lambda: picker.value() is not None, timeout=WAIT_MS)


def choose(dialog: FormDialog, key: str, value: object) -> None:
    combo = dialog.inputs[key]
    # findData does not match a uuid.UUID carried as a Python object; compare in Python.
    index = next(i for i in range(combo.count()) if combo.itemData(i) == value)
    combo.setCurrentIndex(index)


def test_a_business_is_recorded_reported_monthly_and_exported(
    qtbot, services: Services, tasks: TaskManager, tmp_path: Path
) -> None:
    person(services, "Ratih Nuraini")
    page = EnterprisePage(services, tasks)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.status.text() == "0 usaha", timeout=WAIT_MS)
    assert not page.report_button.isEnabled()

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, EnterpriseDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing filled: refused
    qtbot.waitUntil(lambda: dialog.problem_text("owner_id") != "", timeout=WAIT_MS)
    pick(qtbot, dialog, "owner_id", "Ratih")
    qtbot.keyClicks(dialog.inputs["name"], "Keripik Ratih")
    choose(dialog, "sector", "makanan_minuman")
    choose(dialog, "capital_source", "remitansi")
    with qtbot.waitSignal(page.enterpriseLoaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.inputs["name"], Qt.Key.Key_Return)
    assert page.enterprises.rowCount() == 1
    assert page.enterprises.index(0, 1).data() == "Ratih Nuraini"
    assert page.enterprises.index(0, 2).data() == "Makanan dan minuman"
    assert page.enterprises.index(0, 4).data() == "Aktif"
    assert page.report_button.isEnabled()

    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReportDialog)
    dialog.inputs["period"].clear()
    qtbot.keyClicks(dialog.inputs["period"], "2025/7")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no revenue: refused
    qtbot.waitUntil(lambda: dialog.problem_text("revenue") != "", timeout=WAIT_MS)
    qtbot.keyClicks(dialog.inputs["revenue"], "2.500.000")
    dialog.inputs["workers"].setValue(3)
    with qtbot.waitSignal(page.enterpriseLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.reports.rowCount() == 1
    assert page.reports.index(0, 0).data() == "2025-07"
    assert page.reports.index(0, 1).data() == "Rp 2.500.000"

    # A period that is not a month is refused inline, the form stays open.
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.inputs["period"].clear()
    qtbot.keyClicks(dialog.inputs["period"], "2025-13")
    qtbot.keyClicks(dialog.inputs["revenue"], "1000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem_text("period") != "", timeout=WAIT_MS)
    assert page.dialog is dialog
    dialog.done(0)

    target = tmp_path / "usaha.csv"
    with qtbot.waitSignal(page.export.exported, timeout=WAIT_MS):
        page.export.export_to(target)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";")) or []
    text = target.read_text(encoding="utf-8-sig")
    assert "Keripik Ratih" in text and "Nama usaha" in text
    assert rows


def test_entrepreneurship_training_participants(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    person(services, "Jayeng Hutasoit")
    services.enterprise.add_training(title="Pemasaran daring", held_on=date(2025, 3, 1))
    page = EnterprisePage(services, tasks)
    show(qtbot, page)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.trainings.rowCount() == 1, timeout=WAIT_MS)
    assert not page.enrol_button.isEnabled()
    with qtbot.waitSignal(page.trainingLoaded, timeout=WAIT_MS):
        page.trainings_table.selectRow(0)
    assert page.enrol_button.isEnabled()
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    pick(qtbot, dialog, "person_id", "Jayeng")
    with qtbot.waitSignal(page.trainingLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.participants.rowCount() == 1
    assert "1 orang" in page.participants_title.text()

    # Enrolling the same person twice is refused inline.
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    pick(qtbot, dialog, "person_id", "Jayeng")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sudah terdaftar" in dialog.problem_text("person_id"), timeout=WAIT_MS)
    dialog.done(0)

    page.participants_table.selectRow(0)
    assert page.withdraw_button.isEnabled()
    with qtbot.waitSignal(page.trainingLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert page.participants.rowCount() == 0


def test_blk_training_results_and_a_certificate(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    person(services, "Kamila Hariyah")
    training = services.vocational.add_training(
        title="Pengelasan SMAW", institution="BLK Cilacap", skill="Las", starts_on=date(2025, 1, 6)
    )
    page = TrainingPage(services, tasks)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.trainings.rowCount() == 1, timeout=WAIT_MS)
    assert page.trainings_status.text() == "1 pelatihan"
    with qtbot.waitSignal(page.participantsLoaded, timeout=WAIT_MS):
        page.trainings_table.selectRow(0)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    pick(qtbot, dialog, "person_id", "Kamila")
    with qtbot.waitSignal(page.participantsLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.participants.index(0, 2).data() == "Terdaftar"

    # A certificate naming the training is refused while the participant has not passed.
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.add_certificate_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CertificateDialog)
    pick(qtbot, dialog, "person_id", "Kamila")
    choose(dialog, "training_id", training.id)
    qtbot.keyClicks(dialog.inputs["scheme"], "Juru las 3G")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lulus" in dialog.problem_text("training_id"), timeout=WAIT_MS)
    dialog.done(0)

    page.tabs.setCurrentIndex(0)
    page.participants_table.selectRow(0)
    qtbot.mouseClick(page.result_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ResultDialog)
    choose(dialog, "result", "lulus")
    with qtbot.waitSignal(page.participantsLoaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.inputs["result"], Qt.Key.Key_Return)
    assert page.participants.index(0, 2).data() == "Lulus"
    assert "1 lulus" in page.participants_title.text()

    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.add_certificate_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    pick(qtbot, dialog, "person_id", "Kamila")
    choose(dialog, "training_id", training.id)
    qtbot.keyClicks(dialog.inputs["scheme"], "Juru las 3G")
    with qtbot.waitSignal(page.certificatesLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.certificates.rowCount() == 1
    assert page.certificates.index(0, 0).data() == "Kamila Hariyah"
    assert page.certificates.index(0, 6).data() == "Pengelasan SMAW"
    assert page.certificates_status.text() == "1 sertifikat"
