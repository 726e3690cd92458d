"""The person's right of access: everything held about one person, found through the
store's references, written as readable JSON."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from desmig_desktop.cli import main
from desmig_desktop.domain import (
    CaseFollowUp,
    Cooperative,
    CoopMember,
    DocumentItem,
    Household,
    InfoSession,
    InfoSessionParticipant,
    MigrationEpisode,
    Person,
    ProtectionCase,
)
from desmig_desktop.domain.enums import Role
from desmig_desktop.services import NotFound, PermissionDenied, Services, login
from desmig_desktop.services.privacy import PrivacyService
from desmig_desktop.store.changes import insert_rows
from desmig_desktop.store.db import Store

NIK = "3301024507950001"


def _add(store: Store, centre: uuid.UUID, model: Any, **row: Any) -> uuid.UUID:
    with store.write("admin") as session:
        return insert_rows(session, model, [{"centre_id": centre, **row}])[0]


@pytest.fixture
def siti(services: Services, store: Store) -> dict[str, uuid.UUID]:
    c = services.actor.centre_id
    home = _add(store, c, Household, no_kk="3301020101080001", dusun="Krajan")
    person = _add(store, c, Person, name="Siti Aminah", sex="P", nik=NIK, household_id=home)
    neighbour = _add(store, c, Person, name="Tetangga Sebelah", sex="L", household_id=home)
    episode = _add(
        store, c, MigrationEpisode, person_id=person, stage="seleksi", destination_country="Taiwan"
    )
    _add(
        store,
        c,
        DocumentItem,
        episode_id=episode,
        doc_type="paspor",
        status="diproses",
        number="C1234567",
    )
    case = _add(
        store,
        c,
        ProtectionCase,
        person_id=person,
        case_type="gaji_tidak_dibayar",
        status="dibuka",
        reported_on=date(2026, 10, 2),
    )
    _add(store, c, CaseFollowUp, case_id=case, action="Telepon agensi", due_on=date(2026, 10, 9))
    session_id = _add(store, c, InfoSession, held_on=date(2026, 9, 1), topic="Migrasi aman")
    _add(store, c, InfoSessionParticipant, session_id=session_id, person_id=person)
    _add(store, c, InfoSessionParticipant, session_id=session_id, person_id=neighbour)
    coop = _add(store, c, Cooperative, name="Koperasi Sejahtera", kind="koperasi")
    _add(
        store,
        c,
        CoopMember,
        cooperative_id=coop,
        person_id=neighbour,
        member_no="B-1",
        joined_on=date(2026, 1, 1),
    )
    return {"person": person, "neighbour": neighbour}  # fmt: skip


def test_everything_about_the_person_and_nothing_about_the_neighbour(
    services: Services, siti: dict[str, uuid.UUID]
) -> None:
    services.people.update_person(siti["person"], phone="+6281234567890")
    export = PrivacyService(services.store, services.actor).export_person(NIK)
    data = export.as_json()
    assert data["penduduk"]["name"] == "Siti Aminah"
    records = data["catatan"]
    assert [r["destination_country"] for r in records["migration_episode"]] == ["Taiwan"]
    assert [r["number"] for r in records["document_item"]] == ["C1234567"]
    assert [r["action"] for r in records["case_follow_up"]] == ["Telepon agensi"]
    assert len(records["info_session_participant"]) == 1
    assert "coop_member" not in records  # the neighbour's membership
    assert [r["topic"] for r in data["konteks"]["info_session"]] == ["Migrasi aman"]
    assert [r["dusun"] for r in data["konteks"]["household"]] == ["Krajan"]
    text = json.dumps(data, ensure_ascii=False)
    assert "Tetangga Sebelah" not in text and str(siti["neighbour"]) not in text
    changed = [h for h in data["riwayat_perubahan"] if h["perubahan"] == "update"]
    assert changed and changed[0]["nilai"]["phone"] == "+6281234567890"
    assert export.record_count == 1 + 5


def test_command_line_and_roles(
    services: Services,
    store: Store,
    siti: dict[str, uuid.UUID],
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.accounts.add_user(
        username="petugas", role=Role.OFFICER.value, password="rahasia-petugas-1"
    )
    with pytest.raises(PermissionDenied):
        PrivacyService(store, login(store, "petugas", "rahasia-petugas-1")).export_person(NIK)
    with pytest.raises(NotFound):
        PrivacyService(store, services.actor).export_person("3301020000000000")
    store.close()
    password = tmp_path / "pw"
    password.write_text("rahasia-admin-1\n", encoding="utf-8")
    wrong = tmp_path / "wrong"
    wrong.write_text("bukan-sandinya\n", encoding="utf-8")
    out = tmp_path / "siti.json"
    base = ["--data-dir", str(data_dir), "--user", "admin"]
    assert (
        main([*base, "--password-file", str(wrong), "export-person", NIK, "--out", str(out)]) != 0
    )
    assert not out.exists()
    assert (
        main([*base, "--password-file", str(password), "export-person", NIK, "--out", str(out)])
        == 0
    )
    assert "Siti Aminah" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["penduduk"]["nik"] == NIK


def _files_text(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_erasure_empties_the_person_everywhere_in_the_store_and_is_recorded(
    services: Services, store: Store, siti: dict[str, uuid.UUID], data_dir: Path
) -> None:
    from desmig_desktop.domain import PersonErasure
    from desmig_desktop.services.privacy import ErasureService
    from desmig_desktop.store.local import ChangeEntry

    services.people.update_person(siti["person"], phone="+6281234567890")
    services.accounts.add_user(
        username="petugas", role=Role.SUPERVISOR.value, password="rahasia-petugas-1"
    )
    with pytest.raises(PermissionDenied):
        ErasureService(store, login(store, "petugas", "rahasia-petugas-1")).erase_person(NIK)

    result = ErasureService(store, services.actor).erase_person(NIK, "Permintaan yang bersangkutan")
    assert result.records >= 4 and result.history_entries >= 3
    with store.read() as session:
        person = session.get(Person, siti["person"])
        assert person is not None
        assert (person.name, person.nik, person.phone, person.household_id) == (
            "[dihapus]",
            None,
            None,
            None,
        )
        assert person.sex == "P"  # kept for statistics
        erasure = session.exec(select(PersonErasure)).one()
        assert (erasure.person_id, erasure.erased_by) == (siti["person"], "admin")
        assert erasure.reason == "Permintaan yang bersangkutan"
        texts = [e.changes + (e.previous or "") for e in session.exec(select(ChangeEntry))]
    assert not any(
        NIK in t or "Siti Aminah" in t or "+6281234567890" in t or "C1234567" in t for t in texts
    )
    # Neither the name nor the NIK is anywhere in the store's files any more (WAL included,
    # after a checkpoint; the search index is rebuilt from the emptied name).
    store.checkpoint()
    with store.write("admin") as session:
        session.execute(text("INSERT INTO person_search(person_search) VALUES ('optimize')"))
    store.checkpoint()
    raw = _files_text(data_dir)
    assert NIK.encode() not in raw
    assert "Tetangga Sebelah" in services.people.search("tetangga")[0].name  # others untouched
    with pytest.raises(NotFound):
        PrivacyService(store, services.actor).export_person(NIK)


def test_the_audit_trail_names_logins_exports_erasures_and_role_changes(
    services: Services, store: Store, siti: dict[str, uuid.UUID], data_dir: Path, tmp_path: Path
) -> None:
    from desmig_desktop.services import AuthenticationFailed
    from desmig_desktop.services.audit import AuditService
    from desmig_desktop.services.privacy import ErasureService

    services.accounts.add_user(
        username="petugas", role=Role.OFFICER.value, password="rahasia-petugas-1"
    )
    with pytest.raises(AuthenticationFailed):
        login(store, "petugas", "salah-sekali")
    officer = login(store, "petugas", "rahasia-petugas-1")
    services.accounts.set_role("petugas", Role.SUPERVISOR.value)
    PrivacyService(store, services.actor).export_person(NIK)
    ErasureService(store, services.actor).erase_person(NIK, "permintaan")
    with pytest.raises(PermissionDenied):
        AuditService(store, officer).events()
    events = AuditService(store, services.actor).events()
    actions = [(e.user, e.action) for e in reversed(events)]
    for expected in [
        ("admin", "user_added"),
        ("petugas", "login_failed"),
        ("petugas", "login"),
        ("admin", "role_changed"),
        ("admin", "export_person"),
        ("admin", "erase_person"),
    ]:
        assert expected in actions, expected
    text = " ".join(e.detail for e in events)
    assert "salah-sekali" not in text and "rahasia" not in text and NIK not in text
