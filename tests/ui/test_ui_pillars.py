"""Koperasi, Parenting and Perlindungan driven like an officer."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from desmig_desktop.domain.enums import CaseStatus
from desmig_desktop.services import Services
from desmig_desktop.ui.cooperative_page import CooperativePage, ReverseDialog, SavingsDialog
from desmig_desktop.ui.forms import FormDialog
from desmig_desktop.ui.parenting_page import AttendanceDialog, ParentingPage
from desmig_desktop.ui.protection_page import CaseDialog, ProtectionPage
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS


def show(qtbot, page) -> None:
    qtbot.addWidget(page)
    page.resize(1150, 650)
    page.show()
    qtbot.waitExposed(page)


def person(services: Services, name: str, born: date = date(1990, 1, 1)):
    return services.people.add_person(name=name, sex="P", birth_date=born)[0]


def type_rupiah(qtbot, dialog: FormDialog, key: str, text: str) -> None:
    qtbot.keyClicks(dialog.inputs[key], text)


# -- Koperasi ------------------------------------------------------------------------------


def test_savings_deposit_withdraw_and_a_reversing_entry_instead_of_an_edit(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    coop = services.cooperative.add_cooperative(name="Koperasi Maju", kind="koperasi")
    member_person = person(services, "Ratih Nuraini")
    services.cooperative.add_member(coop.id, member_person.id, "KM-001", date(2025, 1, 2))
    page = CooperativePage(services, tasks)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.members.rowCount() == 1, timeout=WAIT_MS)
    assert not page.deposit_button.isEnabled()
    page.members_table.selectRow(0)
    qtbot.waitUntil(page.deposit_button.isEnabled, timeout=WAIT_MS)

    qtbot.mouseClick(page.deposit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SavingsDialog)
    dialog.inputs["kind"].setCurrentIndex(dialog.inputs["kind"].findData("sukarela"))
    type_rupiah(qtbot, dialog, "amount", "250.000")
    with qtbot.waitSignal(page.memberLoaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.inputs["amount"], Qt.Key.Key_Return)
    assert page.balance_labels["sukarela"].text() == "Rp 250.000"

    # Withdrawing more than the balance is refused inline; the form stays open.
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.inputs["kind"].setCurrentIndex(dialog.inputs["kind"].findData("sukarela"))
    type_rupiah(qtbot, dialog, "amount", "300000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (dialog.problem_text() + dialog.problem_text("amount")) != "", timeout=WAIT_MS
    )
    assert page.dialog is dialog
    dialog.inputs["amount"].clear()
    type_rupiah(qtbot, dialog, "amount", "50000")
    with qtbot.waitSignal(page.memberLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.balance_labels["sukarela"].text() == "Rp 200.000"
    assert page.statement.rowCount() == 2

    # Koreksi: the withdrawal is cancelled by a reversing entry with a reason.
    page.statement_table.selectRow(1)
    assert page.reverse_button.isEnabled()
    qtbot.mouseClick(page.reverse_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReverseDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no reason: refused
    qtbot.waitUntil(lambda: dialog.problem_text("reason") != "", timeout=WAIT_MS)
    qtbot.keyClicks(dialog.inputs["reason"], "Salah ketik jumlah")
    with qtbot.waitSignal(page.memberLoaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.inputs["reason"], Qt.Key.Key_Return)
    assert page.balance_labels["sukarela"].text() == "Rp 250.000"
    assert page.statement.rowCount() == 3
    notes = [page.statement.index(r, 6).data() for r in range(3)]
    assert any("Salah ketik jumlah" in n for n in notes)
    page.statement_table.selectRow(1)
    assert not page.reverse_button.isEnabled()  # a reversed entry is not reversed twice


def test_a_loan_is_granted_repaid_and_shows_its_schedule_and_what_is_owed(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    coop = services.cooperative.add_cooperative(name="Koperasi Maju", kind="koperasi")
    member_person = person(services, "Jayeng Hutasoit")
    services.cooperative.add_member(coop.id, member_person.id, "KM-002", date(2024, 1, 2))
    page = CooperativePage(services, tasks)
    show(qtbot, page)
    qtbot.waitUntil(lambda: page.members.rowCount() == 1, timeout=WAIT_MS)
    page.members_table.selectRow(0)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(page.loan_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(page.loan_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    type_rupiah(qtbot, dialog, "principal", "1200000")
    dialog.inputs["term_months"].setValue(6)
    with qtbot.waitSignal(page.memberLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.loans.rowCount() == 1
    page.loans_table.selectRow(0)
    qtbot.waitUntil(lambda: page.schedule.rowCount() == 6, timeout=WAIT_MS)
    assert page.schedule.index(0, 2).data() == "Rp 200.000"

    qtbot.mouseClick(page.repay_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    type_rupiah(qtbot, dialog, "principal_amount", "200000")
    type_rupiah(qtbot, dialog, "interest_amount", "12000")
    with qtbot.waitSignal(page.loanLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.repayments.rowCount() == 1, timeout=WAIT_MS)
    assert "Rp 1.000.000" in page.outstanding_label.text()


# -- Parenting ------------------------------------------------------------------------------


def test_attendance_is_one_screen_of_tick_boxes_saved_through_the_service(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    parenting = services.parenting
    guardian = person(services, "Nenek Sumi", date(1955, 3, 3))
    kids = [person(services, name, date(2016, 5, 5)) for name in ("Ana", "Bayu", "Citra", "Dimas")]
    enrolments = [
        parenting.enrol_child(
            kid.id, guardian_id=guardian.id, parent_abroad="ibu", enrolled_on=date(2025, 1, 1)
        )
        for kid in kids
    ]
    record = parenting.add_session(
        held_on=date(2025, 6, 1), kind="kegiatan_anak", topic="Belajar membaca"
    )
    page = ParentingPage(services, tasks)
    show(qtbot, page)
    qtbot.waitUntil(
        lambda: page.children.rowCount() == 4 and page.sessions.rowCount() == 1, timeout=WAIT_MS
    )
    page.sessions_table.selectRow(0)
    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AttendanceDialog)
    qtbot.waitUntil(lambda: dialog.children.count() == 4, timeout=WAIT_MS)
    assert "Nenek Sumi" in dialog.children.item(0).text()
    assert "0 dari 4 hadir" in dialog.count.text()

    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    dialog.children.item(1).setCheckState(Qt.CheckState.Unchecked)  # Bayu absent
    assert "3 dari 4 hadir" in dialog.count.text()
    qtbot.keyClick(dialog.children, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    marks = parenting.attendance(record.id)
    assert marks == {
        enrolments[0].id: True,
        enrolments[1].id: False,
        enrolments[2].id: True,
        enrolments[3].id: True,
    }
    assert "disimpan" in page.notice.text()

    # Opened again, the register shows what was saved.
    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.children.count() == 4, timeout=WAIT_MS)
    assert "3 dari 4 hadir" in dialog.count.text()
    dialog.children.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a change not saved: asks first
    assert dialog.discard_box is not None
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT_MS)
    assert parenting.attendance(record.id)[enrolments[1].id] is False


# -- Perlindungan ---------------------------------------------------------------------------


def test_a_case_is_opened_with_red_flags_referred_and_followed_up(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    victim = person(services, "Kamila Hariyah")
    page = ProtectionPage(services, tasks)
    show(qtbot, page)
    qtbot.waitUntil(lambda: "0 kasus" in page.status.text(), timeout=WAIT_MS)

    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CaseDialog)
    qtbot.waitUntil(lambda: dialog.picker.value() is not None, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no case type
    qtbot.waitUntil(lambda: dialog.problem_text("case_type") != "", timeout=WAIT_MS)
    dialog.inputs["case_type"].setCurrentIndex(
        dialog.inputs["case_type"].findData("paspor_ditahan")
    )
    dialog.flags.boxes["calo"].setChecked(True)
    dialog.flags.boxes["paspor_disita"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.cases.rowCount() == 1, timeout=WAIT_MS)
    case = services.protection.cases(person_id=victim.id)[0]
    assert case.red_flags == "calo,paspor_disita"
    assert page.cases.index(0, 4).data() == "Lewat calo, Paspor disita"

    page.table.selectRow(0)
    qtbot.mouseClick(page.refer_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.inputs["partner"].setCurrentIndex(dialog.inputs["partner"].findData("bp3mi"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.referrals.rowCount() == 1, timeout=WAIT_MS)
    assert services.protection.case(case.id).status == CaseStatus.REFERRED

    qtbot.mouseClick(page.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.inputs["action"], "Telepon BP3MI")
    dialog.inputs["due_on"].set_date(date.today() - timedelta(days=2))
    qtbot.keyClick(dialog.inputs["action"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.follow_ups.rowCount() == 1, timeout=WAIT_MS)
    brush = page.follow_ups.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush is not None  # overdue is marked
    page.follow_ups_table.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.follow_ups.rowCount() == 1 and page.follow_ups.row(0).done_on is not None,
        timeout=WAIT_MS,
    )

    page.table.selectRow(0)
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.inputs["status"].setCurrentIndex(dialog.inputs["status"].findData("ditutup"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: services.protection.case(case.id).status == CaseStatus.CLOSED, timeout=WAIT_MS
    )
    page.status_filter.setCurrentIndex(page.status_filter.findData("dibuka"))
    qtbot.waitUntil(lambda: page.cases.rowCount() == 0, timeout=WAIT_MS)
