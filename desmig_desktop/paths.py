"""Every path the application uses is built here, and nowhere else.

Data lives in the platformdirs user data folder of ``desmig``. It can be moved with
``--data-dir`` (command line) or ``DESMIG_DATA_DIR``; tests and portable installs use that.
Resources (region data, translations, templates) are found beside the source tree, or in
the PyInstaller bundle when frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "desmig"
_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` as the data folder for this process (``None`` restores the default)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


PORTABLE_MARKER = "desmig-portable.txt"


def portable_data_dir() -> Path | None:
    """``data/`` beside the app when the app folder holds ``desmig-portable.txt``.

    Portable mode is for a copy of the app carried on a USB stick with its data. It is
    opt-in by that file (the Windows installer never writes it), so an installed app
    never writes into Program Files.
    """
    if not getattr(sys, "frozen", False):
        return None
    folder = Path(sys.executable).resolve().parent
    if (folder / PORTABLE_MARKER).is_file():
        return folder / "data"
    return None


def data_dir() -> Path:
    """The data folder: the override, else ``DESMIG_DATA_DIR``, else the portable folder
    beside the app (opt-in), else the platform's."""
    if _override is not None:
        return _override
    env = os.environ.get("DESMIG_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def store_path() -> Path:
    """The local SQLite store."""
    return data_dir() / "desmig.sqlite3"


def backups_dir() -> Path:
    """Automatic backups (and the copy kept before a migration or a restore)."""
    return data_dir() / "backups"


def attachments_dir() -> Path:
    """Scans and photos attached to documents."""
    return data_dir() / "attachments"


def logs_dir() -> Path:
    return data_dir() / "logs"


def settings_path() -> Path:
    """Per-laptop settings that are not domain data (language, idle lock)."""
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """The ``resources/`` folder: in the frozen bundle, or at the top of the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def ensure_data_dir() -> Path:
    """Create the data folder (and its subfolders) if needed and return it."""
    root = data_dir()
    for folder in (root, backups_dir(), attachments_dir(), logs_dir()):
        folder.mkdir(parents=True, exist_ok=True)
    return root
