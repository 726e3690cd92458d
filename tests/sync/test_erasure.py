"""An erasure made on one laptop reaches the server's history and the centre's other
laptops: none of them keeps the person's name or NIK anywhere, on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from desmig_desktop.domain import Person
from desmig_desktop.services.privacy import ErasureService
from desmig_desktop.store.local import ChangeEntry

NIK = "3301024507950001"
NAME = "Siti Aminah"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_erasure_empties_every_copy(backend: str, start_server, laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = start_server(backend)
    a = laptops(server, "a", code=server.code)
    b = laptops(server, "b")
    siti, _ = a.services.people.add_person(name=NAME, sex="P", nik=NIK)
    a.services.people.update_person(siti.id, phone="081234567890")
    a.services.people.add_person(name="Budi Santoso", sex="L", nik="3301021708900001")
    assert a.sync().complete and b.sync().complete
    with b.store.read() as session:
        assert any(NIK in e.changes for e in session.exec(select(ChangeEntry)))

    ErasureService(a.store, a.services.actor).erase_person(NIK, "permintaan ybs")
    assert a.sync().complete and b.sync().complete

    on_server = server.query("SELECT changes FROM sync_change")
    assert not any(NIK in str(row[0]) or NAME in str(row[0]) for row in on_server)
    records = server.query("SELECT data FROM record WHERE table_name = 'person'")
    assert not any(NIK in str(row[0]) for row in records)
    for laptop in (a, b):
        with laptop.store.read() as session:
            texts = [e.changes + (e.previous or "") for e in session.exec(select(ChangeEntry))]
            person = session.get(Person, siti.id)
        assert not any(NIK in t or NAME in t for t in texts), laptop.name
        assert person is not None and person.nik is None and person.name == "[dihapus]"
    assert a.export(tmp_path) == b.export(tmp_path)
    c = laptops(server, "c")  # a laptop enrolled after the erasure never sees the values
    with c.store.read() as session:
        assert not any(NIK in e.changes for e in session.exec(select(ChangeEntry)))
    assert "Budi Santoso" in c.export(tmp_path).decode("utf-8")
