"""The demo data: every table and vocabulary present, valid by the services' own rules,
deterministic per seed, and written with its change entries."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, inspect
from sqlmodel import select

from desmig_desktop import validation
from desmig_desktop.domain import (
    SYNCED_MODELS,
    CoopLoan,
    CoopMember,
    DocumentItem,
    Household,
    MigrationEpisode,
    Person,
    ProtectionCase,
    SavingsEntry,
)
from desmig_desktop.domain.enums import (
    CaseType,
    DocumentStatus,
    JourneyStage,
    LoanStatus,
    RedFlag,
    ReturnReason,
    SavingsDirection,
    SavingsKind,
)
from desmig_desktop.seed import seed
from desmig_desktop.services import Services, create_centre, login
from desmig_desktop.services.people import clean_household, clean_person
from desmig_desktop.store.local import ChangeEntry

PEOPLE = 300
SEED = 7
# One "today" for every store of the run, so two seedings cannot straddle midnight.
TODAY = date.today()
VILLAGE_CODE = "33.01.02.2003"  # the conftest store's village, Kesugihan (Cilacap)
DISTRICT = VILLAGE_CODE.replace(".", "")[:6]


@pytest.fixture
def seeded(services: Services) -> tuple[Services, dict[str, int]]:
    return services, seed(services, PEOPLE, seed=SEED, today=TODAY)


def _other_store(folder: Path, seed_value: int) -> tuple[Services, dict[str, int]]:
    store = create_centre(
        folder / "desmig.sqlite3",
        village_code=VILLAGE_CODE,
        centre_name="Pusat Layanan Desmigratif Uji",
        admin_user="admin",
        admin_password="rahasia-admin-2",
    )
    services = Services(store, login(store, "admin", "rahasia-admin-2"))
    return services, seed(services, PEOPLE, seed=seed_value, today=TODAY)


def _people(services: Services) -> Counter[tuple[str | None, str, date | None]]:
    with services.store.read() as session:
        return Counter(session.exec(select(Person.nik, Person.name, Person.birth_date)).all())


def _all(services: Services, model):  # type: ignore[no-untyped-def]
    with services.store.read() as session:
        return list(session.exec(select(model)))


def test_every_synced_table_has_rows(seeded: tuple[Services, dict[str, int]]) -> None:
    services, counts = seeded
    assert services.accounts.centre().village_code == VILLAGE_CODE
    with services.store.read() as session:
        for model in SYNCED_MODELS:
            stored = session.exec(select(func.count()).select_from(model)).one()
            assert stored > 0, f"{model.__tablename__} has no rows"
            if model.__tablename__ in counts:
                assert stored == counts[model.__tablename__], model.__tablename__
    assert counts["person"] == PEOPLE


def test_every_vocabulary_is_shown(seeded: tuple[Services, dict[str, int]]) -> None:
    services, _ = seeded
    episodes = _all(services, MigrationEpisode)
    assert {e.stage for e in episodes} == {s.value for s in JourneyStage}
    assert {e.return_reason for e in episodes if e.return_date} == {r.value for r in ReturnReason}
    non_procedural = [e for e in episodes if not e.procedural]
    assert non_procedural and all(
        e.non_procedural_reason and e.departure_date for e in non_procedural
    )

    cases = _all(services, ProtectionCase)
    assert {c.case_type for c in cases} == {t.value for t in CaseType}
    flags = {flag for c in cases for flag in c.red_flags.split(",") if flag}
    assert flags == {f.value for f in RedFlag}

    entries = _all(services, SavingsEntry)
    assert {e.kind for e in entries} == {k.value for k in SavingsKind}
    assert {e.direction for e in entries} == {d.value for d in SavingsDirection}
    by_id = {e.id: e for e in entries}
    reversals = [e for e in entries if e.reverses_id is not None]
    assert reversals
    for reversal in reversals:
        original = by_id[reversal.reverses_id]
        assert (original.kind, original.amount) == (reversal.kind, reversal.amount)
        assert original.direction != reversal.direction
    assert {loan.status for loan in _all(services, CoopLoan)} == {s.value for s in LoanStatus}


def test_identity_numbers_are_valid(seeded: tuple[Services, dict[str, int]]) -> None:
    services, _ = seeded
    # The one villager whose data was erased on request has no identity left.
    people = [p for p in _all(services, Person) if p.name != "[dihapus]"]
    with_nik = [p for p in people if p.nik]
    for person in with_nik:
        problems = validation.check_nik(person.nik, birth_date=person.birth_date, sex=person.sex)
        assert problems == [], (person.nik, person.birth_date, person.sex, problems)
        assert person.flags == ""
    assert len({p.nik for p in with_nik}) == len(with_nik), "NIKs repeat"
    # Most were registered in the village's own district; spouses may come from nearby.
    assert sum(p.nik.startswith(DISTRICT) for p in with_nik) > 0.8 * len(with_nik)  # type: ignore[union-attr]
    assert all(p.nik[:4] == DISTRICT[:4] for p in with_nik)  # type: ignore[index]
    without = [p for p in people if not p.nik]
    assert 0 < len(without) < 0.1 * len(people)
    assert all(p.flags == "nik.missing" for p in without)

    households = _all(services, Household)
    for household in households:
        assert validation.check_kk(household.no_kk) == []
        assert household.no_kk.startswith(DISTRICT)  # type: ignore[union-attr]
    assert len({h.no_kk for h in households}) == len(households)
    sizes = Counter(p.household_id for p in people)
    assert set(sizes.values()) <= {2, 3, 4, 5, 6}


def test_people_pass_the_people_service_checks(seeded: tuple[Services, dict[str, int]]) -> None:
    services, _ = seeded
    fields = ("nik", "name", "sex", "birth_place", "birth_date", "phone", "education",
              "marital_status", "relationship")  # fmt: skip
    for person in _all(services, Person):
        clean, problems = clean_person({name: getattr(person, name) for name in fields})
        assert problems == [], (person.name, problems)
        assert clean["phone"] == person.phone  # stored already normalised
    for household in _all(services, Household):
        clean, problems = clean_household(
            {"no_kk": household.no_kk, "rt": household.rt, "rw": household.rw}
        )
        assert problems == []
        assert (clean["rt"], clean["rw"]) == (household.rt, household.rw)


def test_text_fits_its_column(seeded: tuple[Services, dict[str, int]]) -> None:
    # The server's PostgreSQL refuses what SQLite stores silently.
    services, _ = seeded
    for model in SYNCED_MODELS:
        limits = {
            c.key: c.type.length for c in inspect(model).columns if getattr(c.type, "length", None)
        }
        for row in _all(services, model):
            for name, length in limits.items():
                value = getattr(row, name)
                assert not isinstance(value, str) or len(value) <= length, (
                    model.__tablename__,
                    name,
                    value,
                )


def test_journeys_follow_the_migration_rules(seeded: tuple[Services, dict[str, int]]) -> None:
    services, _ = seeded
    people = {p.id: p for p in _all(services, Person)}
    episodes = _all(services, MigrationEpisode)
    open_journeys = Counter(
        e.person_id
        for e in episodes
        if e.stage not in {JourneyStage.RETURNED, JourneyStage.REINTEGRATED, JourneyStage.CANCELLED}
    )
    assert max(open_journeys.values()) == 1, "a person has two journeys in progress"
    for episode in episodes:
        dates = [
            d for d in (episode.registered_on, episode.departure_date, episode.return_date) if d
        ]
        assert dates == sorted(dates) and dates[-1] <= TODAY
        if episode.departure_date:
            born = people[episode.person_id].birth_date
            assert validation.check_departure_age(born, episode.departure_date) == []
    departed = [e for e in episodes if e.stage == JourneyStage.DEPARTED and e.procedural]
    assert departed
    with services.store.read() as session:
        for episode in departed:
            assert (
                services.migration.departure_problems(session, episode, episode.departure_date)
                == []
            )
    documents = _all(services, DocumentItem)
    assert {d.status for d in documents} == {s.value for s in DocumentStatus}
    expiring = services.migration.documents_expiring(90, today=TODAY)
    assert any(0 <= line.days_left <= 90 and line.doc_type == "paspor" for line in expiring)


def test_follow_ups_and_loans_need_attention(seeded: tuple[Services, dict[str, int]]) -> None:
    services, _ = seeded
    assert any(line.days_overdue > 0 for line in services.protection.follow_ups_due(TODAY))
    assert services.cooperative.loans_in_arrears(TODAY)
    for loan in _all(services, CoopLoan):
        outstanding = services.cooperative.outstanding(loan.id)
        if loan.status == LoanStatus.PAID:
            assert outstanding.total == 0
        assert outstanding.principal >= 0 and outstanding.interest >= 0
    for member in _all(services, CoopMember):
        assert min(services.cooperative.balances(member.id).values()) >= 0


def test_same_seed_same_data_other_seed_other_data(
    seeded: tuple[Services, dict[str, int]], tmp_path: Path
) -> None:
    services, counts = seeded
    again, again_counts = _other_store(tmp_path / "again", SEED)
    other, other_counts = _other_store(tmp_path / "other", SEED + 1)
    try:
        assert again_counts == counts
        assert _people(again) == _people(services)
        assert _people(other) != _people(services)
    finally:
        again.store.close()
        other.store.close()


def test_every_row_has_its_insert_change_entry(seeded: tuple[Services, dict[str, int]]) -> None:
    services, counts = seeded
    with services.store.read() as session:
        inserts = set(
            session.exec(
                select(ChangeEntry.table_name, ChangeEntry.row_id).where(ChangeEntry.op == "insert")
            )
        )
        for model in SYNCED_MODELS:
            ids = session.exec(select(model.id)).all()
            missing = [i for i in ids if (model.__tablename__, i) not in inserts]
            assert missing == [], (
                f"{len(missing)} {model.__tablename__} rows without a change entry"
            )
        seqs = session.exec(select(ChangeEntry.seq).order_by(ChangeEntry.seq)).all()
    assert seqs == list(range(1, len(seqs) + 1)), "change sequence numbers have gaps"
    assert len(seqs) >= sum(counts.values())


def test_progress_reaches_the_total(services: Services) -> None:
    calls: list[tuple[int, int]] = []
    counts = seed(
        services, 120, seed=3, progress=lambda done, total: calls.append((done, total)), today=TODAY
    )
    total = sum(counts.values())
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_a_failed_seed_leaves_the_store_untouched(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desmig_desktop.seed as seed_module

    real = seed_module.insert_rows
    calls = 0

    def failing(session, model, rows):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("disk full")
        return real(session, model, rows)

    monkeypatch.setattr(seed_module, "insert_rows", failing)
    with pytest.raises(RuntimeError):
        seed(services, 100, seed=1, today=TODAY)
    with services.store.read() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 0
        assert (
            session.exec(select(func.count()).select_from(ChangeEntry)).one() == 2
        )  # centre and admin
