"""Opening an attached scan (a document's, a consent form's) in the system's viewer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices

from .. import paths
from ..store.db import Store
from .tasks import TaskManager
from .widgets import MessageLabel


def show_attachment(
    owner: QObject, tasks: TaskManager, notice: MessageLabel, store: Store, name: str
) -> None:
    """Open the attachment ``name``. It is kept sealed, so the viewer gets a plain copy in
    a temporary folder (made off the GUI thread); a file attached on another laptop and
    not here is said so in ``notice``."""
    from ..store.attachments import viewable_copy

    if not (paths.attachments_dir() / name).exists():
        notice.show_message(
            QCoreApplication.translate(
                "Attachments",
                "Berkas lampiran {name} tidak ada di folder lampiran laptop ini. Mungkin dilampirkan di laptop lain.",
            ).format(name=name)
        )
        return
    tasks.run(
        lambda: viewable_copy(store, name),
        lambda copy: QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))),
        lambda error: notice.show_message(
            QCoreApplication.translate(
                "Attachments", "Lampiran tidak dapat dibuka: {error}"
            ).format(error=error),
            "error",
        ),
        owner=owner,
    )
