"""Fixtures of the GUI tests: a task manager that is drained after each test, and quick
ways to fill the store through the services."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desmig_desktop.services import Services
from desmig_desktop.ui.tasks import TaskManager

# Every wait in these tests is bounded; a GUI test that hangs is a failed test.
WAIT_MS = 10_000
# The admin of the ``store`` fixture (tests/conftest.py).
ADMIN, ADMIN_PASSWORD = "admin", "rahasia-admin-1"


@pytest.fixture
def tasks(qapp: QApplication) -> Iterator[TaskManager]:
    """The app's worker helper; every job is finished before the store closes.

    Request it after ``store``/``services`` so that it is torn down first.
    """
    manager = TaskManager()
    yield manager
    assert manager.shutdown(WAIT_MS), "a background job did not finish"
    manager.deleteLater()


def add_people(services: Services, people: Iterable[dict]) -> None:
    """Register people through the service, in one unit of work (fast)."""
    with services.store.write(services.actor.username) as session:
        for fields in people:
            services.people.add_person(session, **fields)


def numbered_people(count: int, prefix: str = "Warga") -> list[dict]:
    return [
        {"name": f"{prefix} {number:04d}", "sex": "L" if number % 2 else "P"}
        for number in range(count)
    ]


def new_centre_in_data_folder() -> Any:
    """A centre made in the data folder's store, as the first-run wizard makes it (its
    ``recovery_key`` is shown once); the caller closes it."""
    from desmig_desktop import paths
    from desmig_desktop.services import create_centre

    return create_centre(
        paths.store_path(),
        village_code="33.01.02.2003",
        centre_name="Pusat Uji",
        admin_user=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
