"""Shared fixtures: a real store file per test, created through the services."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desmig_desktop import i18n, paths  # noqa: E402
from desmig_desktop.services import Services, create_centre, login  # noqa: E402
from desmig_desktop.store.db import Store  # noqa: E402

VILLAGE_CODE = "33.01.02.2003"  # a real desa (Cilacap), see resources/regions
ADMIN = "admin"
ADMIN_PASSWORD = "rahasia-admin-1"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """Every test gets its own data folder, and Indonesian messages."""
    folder = tmp_path / "data"
    paths.set_data_dir(folder)
    paths.ensure_data_dir()
    i18n.set_language("id")
    yield folder
    paths.set_data_dir(None)
    i18n.set_language("id")


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    created = create_centre(
        paths.store_path(),
        village_code=VILLAGE_CODE,
        centre_name="Pusat Layanan Desmigratif Uji",
        admin_user=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    yield created
    created.close()


@pytest.fixture
def services(store: Store) -> Services:
    """Services acting for the centre's admin."""
    return Services(store, login(store, ADMIN, ADMIN_PASSWORD))
