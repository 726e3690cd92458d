"""Opening an attachment that this laptop does not have says so, in words."""

from __future__ import annotations

from desmig_desktop.services import Services
from desmig_desktop.ui.attachment_view import show_attachment
from desmig_desktop.ui.tasks import TaskManager
from desmig_desktop.ui.widgets import MessageLabel


def test_an_attachment_from_another_laptop_is_explained(
    qtbot, services: Services, tasks: TaskManager
) -> None:  # type: ignore[no-untyped-def]
    notice = MessageLabel()
    qtbot.addWidget(notice)
    show_attachment(notice, tasks, notice, services.store, "ktp-dari-laptop-lain.jpg")
    assert "ktp-dari-laptop-lain.jpg tidak ada di folder lampiran laptop ini" in notice.text()
