"""Shared fixtures: a real store file per test, created through the services."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desmig_desktop import i18n, paths  # noqa: E402
from desmig_desktop.services import Actor, Services, create_centre, login  # noqa: E402
from desmig_desktop.store.db import Store  # noqa: E402
from desmig_desktop.store.keyfile import keyfile_path  # noqa: E402

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


@pytest.fixture(scope="session")
def template_centre(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Actor]:
    """One centre made through the services, and its admin logged in once.

    Each test gets a copy of its file: creating a store (migrations, an argon2 hash) and
    logging in (argon2 again) cost most of a second, which hundreds of tests would repeat.
    """
    path = tmp_path_factory.mktemp("template") / "desmig.sqlite3"
    created = create_centre(
        path,
        village_code=VILLAGE_CODE,
        centre_name="Pusat Layanan Desmigratif Uji",
        admin_user=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    actor = login(created, ADMIN, ADMIN_PASSWORD)
    created.checkpoint()
    created.close()
    assert created.key is not None
    TEMPLATE_KEYS[path] = created.key
    return path, actor


# The template's store key, so each copy opens without another argon2 unlock.
TEMPLATE_KEYS: dict[Path, bytes] = {}


def copy_template(template: Path, target: Path) -> bytes:
    """Copy the template store and its key file to ``target``; returns its store key."""
    shutil.copyfile(template, target)
    shutil.copyfile(keyfile_path(template), keyfile_path(target))
    return TEMPLATE_KEYS[template]


@pytest.fixture
def store(data_dir: Path, template_centre: tuple[Path, Actor]) -> Iterator[Store]:
    """A real store file of a fresh centre, in this test's data folder."""
    key = copy_template(template_centre[0], paths.store_path())
    opened = Store.open(paths.store_path(), key)
    yield opened
    opened.close()


@pytest.fixture
def services(store: Store, template_centre: tuple[Path, Actor]) -> Services:
    """Services acting for the centre's admin."""
    return Services(store, template_centre[1])
