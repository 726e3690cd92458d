"""The person page: every pillar's lines about one person, in tabs, and merging from it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.services import Services
from desmig_desktop.ui.person_page import TABS, PersonPage
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS

BIRTH = date(1990, 3, 12)


def column(page: PersonPage, tab: str, number: int) -> list[str]:
    model = page.models[tab]
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_tabs_show_the_household_journey_documents_and_history(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    people = services.people
    household = people.add_household(no_kk="3301021203150001", dusun="Krajan")
    sari, _ = people.add_person(
        name="Sari Dewi", sex="P", birth_date=BIRTH, household_id=household.id
    )
    people.add_person(name="Budi Santoso", sex="L", household_id=household.id)
    people.add_person(name="Orang Lain", sex="L")
    episode = services.migration.register_episode(sari.id, registered_on=date(2024, 1, 5))
    services.migration.update_episode(episode.id, destination_country="Taiwan")
    services.protection.open_case(
        sari.id, case_type="gaji_tidak_dibayar", reported_on=date(2024, 3, 1)
    )

    page = PersonPage(services, tasks, sari.id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.profile is not None, timeout=WAIT_MS)
    assert page.tabs.count() == len(TABS)
    assert page.heading.text() == "Sari Dewi"
    assert "Calon pekerja migran" in page.summary.text()
    assert sorted(column(page, "household", 0)) == ["Budi Santoso", "Sari Dewi"]
    assert column(page, "journeys", 2) == ["Taiwan"]
    assert page.tabs.tabText(TABS.index("journeys")) == "Perjalanan (1)"
    assert "Paspor" in column(page, "documents", 0)
    assert column(page, "cases", 1) == ["Gaji tidak dibayar"]
    assert page.tabs.tabText(TABS.index("enterprises")) == "Usaha"  # none: no count
    qtbot.waitUntil(lambda: page.history.model.rowCount() > 0, timeout=WAIT_MS)
    assert "Sari Dewi" in [line.new for line in page.history.model.rows()]


def test_merge_with_another_record_from_the_person_page(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    people = services.people
    keep, _ = people.add_person(name="Nur Aini", sex="P", birth_date=BIRTH)
    duplicate, _ = people.add_person(name="Nuraini", sex="P", birth_date=BIRTH)
    services.migration.register_episode(duplicate.id, registered_on=date(2024, 1, 5))
    page = PersonPage(services, tasks, keep.id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.merge_button.isEnabled, timeout=WAIT_MS)
    assert page.models["journeys"].rowCount() == 0

    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    picker = page.pick_dialog
    assert picker is not None
    qtbot.keyClicks(picker.picker.search, "nuraini")
    qtbot.waitUntil(lambda: picker.picker.results.count() == 1, timeout=WAIT_MS)
    assert picker.next_button.isEnabled()
    qtbot.mouseClick(picker.next_button, Qt.MouseButton.LeftButton)
    merge = page.merge_dialog
    assert merge is not None and merge.duplicate_id == duplicate.id
    qtbot.waitUntil(lambda: merge.table.rowCount() > 0, timeout=WAIT_MS)
    qtbot.keyClicks(merge.reason, "Data ganda")
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        qtbot.mouseClick(merge.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.models["journeys"].rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: any(line.field == "merged_from" for line in page.history.model.rows()),
        timeout=WAIT_MS,
    )
    assert [row.id for row in services.people.search("aini")] == [keep.id]


def test_the_page_itself_cannot_be_picked_for_a_merge(
    qtbot, services: Services, tasks: TaskManager
) -> None:
    keep, _ = services.people.add_person(name="Nur Aini", sex="P", birth_date=BIRTH)
    page = PersonPage(services, tasks, keep.id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.merge_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    picker = page.pick_dialog
    qtbot.keyClicks(picker.picker.search, "aini")
    qtbot.waitUntil(lambda: picker.picker.results.count() == 1, timeout=WAIT_MS)
    assert not picker.next_button.isEnabled()
    assert "sedang dibuka" in picker.message.text()


def test_the_person_s_rights_from_the_person_page(
    qtbot, services: Services, tasks: TaskManager, tmp_path
) -> None:
    import json

    sari, _ = services.people.add_person(
        name="Sari Dewi", sex="P", nik="3301024507950001", birth_date=BIRTH
    )
    page = PersonPage(services, tasks, sari.id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.privacy_button.isEnabled(), timeout=WAIT_MS)

    with qtbot.waitSignal(page.privacyDone, timeout=WAIT_MS):
        page.export_to(tmp_path / "sari.json")
    assert (
        json.loads((tmp_path / "sari.json").read_text("utf-8"))["penduduk"]["name"] == "Sari Dewi"
    )
    assert "tidak dilindungi" in page.notice.text()

    page.ask_erase()
    dialog = page.erase_dialog
    assert (
        dialog is not None
        and "tidak bisa dibatalkan" in dialog.findChildren(type(page.heading))[0].text()
    )
    qtbot.keyClicks(dialog.reason, "Permintaan yang bersangkutan")
    with qtbot.waitSignal(page.privacyDone, timeout=WAIT_MS):
        dialog.accept()
    qtbot.waitUntil(lambda: page.heading.text() == "[dihapus]", timeout=WAIT_MS)
    assert services.people.person(sari.id).nik is None
