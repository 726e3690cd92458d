"""A supervisor reviews the conflicts of two laptops and decides: keep the current value,
take the other, enter a third, delete after all. Each decision is a normal write that
syncs; the server marks the conflicts resolved and every laptop learns it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desmig_desktop.services import PermissionDenied, Services, ValidationFailed, login
from desmig_desktop.services.conflicts import KEEP, OTHER, VALUE
from desmig_desktop.sync.client import open_conflicts

from .conftest import ServerProcess, assert_exactly_once

NIKS = ["3301024507950001", "3301021708900001"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_supervisor_resolves_conflicts_and_the_resolution_syncs(
    backend: str, start_server, laptops, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server(backend)
    a = laptops(server, "a", code=server.code)  # type: ignore[attr-defined]
    b = laptops(server, "b")
    siti, _ = a.services.people.add_person(name="Siti Aminah", sex="P", nik=NIKS[0])
    budi, _ = a.services.people.add_person(name="Budi Santoso", sex="L", nik=NIKS[1])
    assert a.sync().complete and b.sync().complete

    a.services.people.update_person(
        siti.id, phone="081111111111", birth_place="Cilacap", name="Siti A."
    )
    a.services.people.delete_person(budi.id)
    b.services.people.update_person(
        siti.id, phone="082222222222", birth_place="Banyumas", name="Siti Aminah K."
    )
    b.services.people.update_person(budi.id, phone="083333333333")
    assert b.sync().complete and a.sync().complete and b.sync().complete

    # a pushed last: its values are kept, b's kept as conflicts; a's delete was refused.
    views = {(v.table, v.field): v for v in a.services.conflicts.list_open()}
    assert set(views) == {
        ("person", "phone"),
        ("person", "birth_place"),
        ("person", "name"),
        ("person", "deleted"),
    }
    phone = views[("person", "phone")]
    assert (phone.current, phone.other) == ("+6281111111111", "+6282222222222")
    assert phone.record == "Siti A."
    assert {phone.kept_user, phone.lost_user} == {"admin"}
    assert views[("person", "deleted")].kind == "delete_vs_edit"
    assert a.services.people.person(budi.id).phone == "+6283333333333"  # the edit survived

    # An officer may look but not decide.
    a.services.accounts.add_user("tono", role="officer", password="sandi-tono-1")
    officer = Services(a.store, login(a.store, "tono", "sandi-tono-1"))
    assert len(officer.conflicts.list_open()) == 4
    with pytest.raises(PermissionDenied):
        officer.conflicts.resolve(phone.id, KEEP)
    with pytest.raises(ValidationFailed):  # a third value goes through the person's rules
        a.services.conflicts.resolve(views[("person", "name")].id, VALUE, "")

    a.services.conflicts.resolve(phone.id, OTHER)
    a.services.conflicts.resolve(views[("person", "birth_place")].id, KEEP)
    a.services.conflicts.resolve(views[("person", "name")].id, VALUE, "Siti Aminah Binti Karta")
    a.services.conflicts.resolve(views[("person", "deleted")].id, OTHER)  # delete after all
    assert a.services.conflicts.list_open() == []
    with pytest.raises(ValidationFailed):
        a.services.conflicts.resolve(phone.id, KEEP)  # decided once

    for laptop in (a, b, a):
        assert laptop.sync().complete
    open_on_server = server.query("SELECT count(*) FROM conflict WHERE resolved_at IS NULL")
    assert int(open_on_server[0][0]) == 0
    assert open_conflicts(b.store) == [] and open_conflicts(a.store) == []
    for laptop in (a, b):
        person = laptop.services.people.person(siti.id)
        assert person.phone == "+6282222222222"
        assert person.birth_place == "Cilacap"
        assert person.name == "Siti Aminah Binti Karta"
        assert laptop.services.people.search("budi") == []
        assert_exactly_once(server, laptop)
    assert a.export(tmp_path) == b.export(tmp_path)


def test_a_duplicate_username_is_kept_or_renamed_not_swapped(start_server, laptops) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server()
    a = laptops(server, "a", code=server.code)  # type: ignore[attr-defined]
    b = laptops(server, "b")
    a.services.accounts.add_user("siti", role="officer", password="sandi-siti-aaa")
    b.services.accounts.add_user("siti", role="officer", password="sandi-siti-bbb")
    for laptop in (a, b, a):
        assert laptop.sync().complete
    (view,) = b.services.conflicts.list_open()
    assert (view.kind, view.current, view.other) == ("duplicate", "siti-2", "siti")
    with pytest.raises(ValidationFailed):
        b.services.conflicts.resolve(view.id, OTHER)  # "siti" is someone else's
    with pytest.raises(ValidationFailed):
        b.services.conflicts.resolve(view.id, VALUE, "admin")  # taken too
    b.services.conflicts.resolve(view.id, VALUE, "siti.bbb")
    for laptop in (b, a):
        assert laptop.sync().complete
    assert login(a.store, "siti.bbb", "sandi-siti-bbb").username == "siti.bbb"
    assert open_conflicts(a.store) == []
