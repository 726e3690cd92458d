"""Letters printed from the pages: a journey's recommendation and family consent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desmig_desktop.services import Services
from desmig_desktop.ui.letters import ConsenterDialog, LetterPrinter
from desmig_desktop.ui.migration_page import MigrationPage
from desmig_desktop.ui.tasks import TaskManager

from .conftest import WAIT_MS
from .test_ui_migration import select_name


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    # The offscreen platform has no PDF viewer to open the letter with.
    monkeypatch.setattr(LetterPrinter, "open_after_writing", False)


def _text(path: str) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_recommendation_and_consent_letters_from_a_journey(
    qtbot, services: Services, tasks: TaskManager, tmp_path: Path
) -> None:
    person, _ = services.people.add_person(name="Sri Wahyuni", sex="P", birth_date=date(1995, 4, 2))
    services.migration.register_episode(person.id, destination_country="Hong Kong")
    page = MigrationPage(services, tasks)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert not page.letters_button.isEnabled()
    select_name(qtbot, page, "Sri Wahyuni")
    assert page.letters_button.isEnabled()

    page.recommendation_of_selected()
    dialog = page.letters.dialog
    assert dialog is not None and "surat-rekomendasi-sri-wahyuni" in dialog.selectedFiles()[0]
    dialog.close()
    with qtbot.waitSignal(page.letters.written, timeout=WAIT_MS) as written:
        page.letters.write(
            tmp_path / "rekomendasi.pdf", lambda s: s.recommendation(page.selected().episode.id)
        )
    text = _text(written.args[0])
    assert "SURAT REKOMENDASI" in text and "Sri Wahyuni" in text and "Hong Kong" in text
    assert "tersimpan" in page.notice.text()

    page.consent_of_selected()
    consent = page.dialog
    assert isinstance(consent, ConsenterDialog)
    qtbot.keyClicks(consent.name, "Budi Santoso")
    qtbot.keyClicks(consent.relationship, "Suami")
    consent.accept()
    files = page.letters.dialog
    assert files is not None
    with qtbot.waitSignal(page.letters.written, timeout=WAIT_MS) as written:
        files.fileSelected.emit(str(tmp_path / "izin.pdf"))
    files.close()
    text = _text(written.args[0])
    assert "SURAT IZIN KELUARGA" in text and "Budi Santoso" in text and "Suami" in text
