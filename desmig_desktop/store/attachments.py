"""Scans and photos attached to records: kept sealed under the store key.

An attachment is a file in the data folder's ``attachments/`` named in its record (never
a path: the data folder moves between laptops). On an encrypted store its content is
sealed (``crypto.seal_file_bytes``); to be looked at it is opened into a plain copy in a
temporary folder outside the data folder, removed when the app closes.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import uuid
from pathlib import Path

from .. import paths
from . import crypto
from .db import Store

_viewing: list[Path] = []


def save_attachment(store: Store, source: Path, kind: str) -> str:
    """Copy ``source`` into the attachments folder (sealed if the store is encrypted)
    under a new unique name; returns that name."""
    folder = paths.attachments_dir()
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{kind}-{uuid.uuid4().hex[:16]}{source.suffix.lower()}"
    data = Path(source).read_bytes()
    if store.key is not None:
        data = crypto.seal_file_bytes(data, store.key)
    partial = folder / (name + ".partial")
    partial.write_bytes(data)
    partial.replace(folder / name)
    return name


def read_attachment(store: Store, name: str) -> bytes:
    data = (paths.attachments_dir() / name).read_bytes()
    if store.key is None:
        return data
    return crypto.open_file_bytes(data, store.key)


def viewable_copy(store: Store, name: str) -> Path:
    """A plain copy of the attachment ``name`` for a viewer, in a private temporary
    folder that is emptied when the app exits."""
    if not _viewing:
        folder = Path(tempfile.mkdtemp(prefix="desmig-view-"))
        _viewing.append(folder)
        atexit.register(shutil.rmtree, folder, True)
    target = _viewing[0] / Path(name).name
    target.write_bytes(read_attachment(store, name))
    return target
