"""Centres, codes and devices at the crud level: what HTTP cannot time precisely."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.engine import Engine

from desmig_server import crud
from desmig_server.core.db import begin_write, new_session

from .conftest import create_centre


def test_two_laptops_racing_with_one_code_cannot_both_enrol(engine: Engine) -> None:
    _, code = create_centre(engine)
    outcomes: list[str] = []

    def second_laptop() -> None:
        with new_session(engine) as session:
            begin_write(session)
            try:
                crud.enrol_device(
                    session=session, enrolment_code=code, device_name="Kedua", client_version=None
                )
                session.commit()
                outcomes.append("enrolled")
            except crud.EnrolmentRefused as refusal:
                session.rollback()
                outcomes.append(str(refusal))

    with new_session(engine) as first:
        begin_write(first)
        crud.enrol_device(
            session=first, enrolment_code=code, device_name="Pertama", client_version=None
        )
        # The second laptop checks the code while the first has not committed yet.
        thread = threading.Thread(target=second_laptop)
        thread.start()
        thread.join(0.5)
        first.commit()
    thread.join(30)
    assert len(outcomes) == 1 and "already used" in outcomes[0]


def test_an_unnamed_laptop_gets_a_name_the_operator_can_tell_apart(engine: Engine) -> None:
    _, code = create_centre(engine)
    with new_session(engine) as session:
        device, _, _ = crud.enrol_device(
            session=session, enrolment_code=code, device_name="  ", client_version=None
        )
        assert device.name == f"laptop-{device.id.hex[:8]}"
    _, code = create_centre(engine, "33.01.02.2004")
    with new_session(engine) as session, pytest.raises(crud.CrudError, match="longer than"):
        crud.enrol_device(
            session=session, enrolment_code=code, device_name="x" * 121, client_version=None
        )
