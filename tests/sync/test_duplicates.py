"""Two laptops of a centre create, offline, the same username, the same NIK and the same
cooperative member number. The server keeps everything: the later account is renamed
(`<name>-2`), the NIK and the member number are kept twice and flagged; every replica
converges and the conflicts of kind "duplicate" reach both laptops."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desmig_desktop.services import Services, login
from desmig_desktop.sync.client import open_conflicts

from .conftest import ServerProcess, assert_exactly_once

NIK = "3301024507950001"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_same_username_nik_and_member_number_on_two_laptops(
    backend: str, start_server, laptops, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server: ServerProcess = start_server(backend)
    a = laptops(server, "a", code=server.code)  # type: ignore[attr-defined]
    b = laptops(server, "b")
    coop = a.services.cooperative.add_cooperative(name="KUD Sejahtera", kind="koperasi")
    assert a.sync().complete and b.sync().complete

    # Offline, on both laptops.
    a.services.accounts.add_user("siti", role="officer", password="sandi-siti-aaa")
    b.services.accounts.add_user("siti", role="supervisor", password="sandi-siti-bbb")
    pa, _ = a.services.people.add_person(name="Siti Aminah", sex="P", nik=NIK)
    pb, _ = b.services.people.add_person(name="Siti Aminah", sex="P", nik=NIK)
    other_a, _ = a.services.people.add_person(name="Budi Santoso", sex="L")
    other_b, _ = b.services.people.add_person(name="Dewi Lestari", sex="P")
    a.services.cooperative.add_member(coop.id, other_a.id, "001", date(2026, 1, 5))
    b.services.cooperative.add_member(coop.id, other_b.id, "001", date(2026, 2, 5))

    for laptop in (a, b, a, b):
        assert laptop.sync().complete
    for laptop in (a, b):
        assert_exactly_once(server, laptop)
    assert a.export(tmp_path) == b.export(tmp_path)

    names = sorted(
        json.loads(row[0])["username"]
        for row in server.query("SELECT data FROM record WHERE table_name = 'user_account'")
    )
    assert names == ["admin", "siti", "siti-2"]
    # a pushed first, so b's account is the later one: renamed, and b can log in with it.
    b_login = login(b.store, "siti-2", "sandi-siti-bbb")
    assert b_login.role == "supervisor"
    assert login(a.store, "siti", "sandi-siti-aaa").role == "officer"
    assert login(a.store, "siti-2", "sandi-siti-bbb").role == "supervisor"

    # Both people with the NIK are kept (only a person can merge them), both members too.
    assert {p.id for p in Services(a.store, a.services.actor).people.search("aminah")} == {
        pa.id,
        pb.id,
    }
    assert len(a.services.cooperative.members(coop.id)) == 2

    for laptop in (a, b):
        found = {
            (c.table_name, c.field, c.kind, c.lost_value, c.kept_value)
            for c in open_conflicts(laptop.store)
        }
        assert found == {
            ("user_account", "username", "duplicate", '"siti"', '"siti-2"'),
            ("person", "nik", "duplicate", f'"{NIK}"', f'"{NIK}"'),
            ("coop_member", "member_no", "duplicate", '"001"', '"001"'),
        }
    kinds = server.query("SELECT kind, field, resolved_at FROM conflict ORDER BY field")
    assert [(k, f) for k, f, _ in kinds] == [
        ("duplicate", "member_no"),
        ("duplicate", "nik"),
        ("duplicate", "username"),
    ]

    # Fixing the duplicate NIK on b (a typo) resolves its conflict everywhere.
    b.services.people.update_person(pb.id, nik="3301025708900002")
    for laptop in (b, a):
        assert laptop.sync().complete
    for laptop in (a, b):
        assert {c.field for c in open_conflicts(laptop.store)} == {"username", "member_no"}
    assert a.export(tmp_path) == b.export(tmp_path)

    # A third laptop enrolled later gets the same state, without breaking on the names.
    c = laptops(server, "c")
    assert c.export(tmp_path) == a.export(tmp_path)
    assert login(c.store, "siti-2", "sandi-siti-bbb").username == "siti-2"
