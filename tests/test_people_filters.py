"""Filters of the people list (status, dusun, sex, age) on a seeded store, answered the
same by every plan the search may choose."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import col, select

from desmig_desktop.domain import Household, MigrationEpisode, Person
from desmig_desktop.seed import seed
from desmig_desktop.services import Services
from desmig_desktop.services import people as people_module
from desmig_desktop.services.people import STATUS_STAGES, PeopleFilter, PeopleStatus

TODAY = date(2026, 11, 28)


def expected(services: Services, query: str, filters: PeopleFilter) -> list[str]:
    """The answer worked out in Python from every live person."""
    with services.store.read() as session:
        people = session.exec(select(Person).where(Person.deleted == False)).all()  # noqa: E712
        households = {h.id: h for h in session.exec(select(Household)).all()}
        latest: dict[object, MigrationEpisode] = {}
        episodes = session.exec(
            select(MigrationEpisode)
            .where(MigrationEpisode.deleted == False)  # noqa: E712
            .order_by(col(MigrationEpisode.registered_on), col(MigrationEpisode.id))
        ).all()
        for episode in episodes:
            latest[episode.person_id] = episode
    names = []
    for person in people:
        household = households.get(person.household_id) if person.household_id else None
        if query.isdigit():
            numbers = (person.nik or "", (household.no_kk or "") if household else "")
            if not any(number.startswith(query) for number in numbers):
                continue
        elif query and query.lower() not in person.name.lower():
            continue
        if filters.status:
            episode = latest.get(person.id)
            if episode is None or episode.stage not in STATUS_STAGES[filters.status]:
                continue
        if filters.dusun and (household is None or household.dusun != filters.dusun):
            continue
        if filters.sex and person.sex != filters.sex:
            continue
        if filters.age_min is not None or filters.age_max is not None:
            if person.birth_date is None:
                continue
            born = person.birth_date
            age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
            if filters.age_min is not None and age < filters.age_min:
                continue
            if filters.age_max is not None and age > filters.age_max:
                continue
        names.append((person.name, person.id.bytes))
    return [name for name, _id in sorted(names)]


def found(
    services: Services, query: str, filters: PeopleFilter, limit: int = 100_000, offset: int = 0
) -> list[str]:
    with services.store.read() as session:
        rows = people_module.search_people(
            session,
            services.actor.centre_id,
            query,
            limit=limit,
            offset=offset,
            filters=filters,
            today=TODAY,
        )
    return [row.name for row in rows]


# Every plan the search may take: from a filter's index (few candidates); the walk in
# name order over a window that fills the page, or going on after it; the filters'
# indexes together.
@pytest.mark.parametrize(
    ("many", "window", "walk_limit"),
    [(2000, 3000, 4), (3, 3000, 4), (3, 1, 10**9), (3, 1, 0)],
)
def test_each_filter_and_their_combinations_narrow_the_list(
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    many: int,
    window: int,
    walk_limit: int,
) -> None:
    seed(services, 150, seed=7, today=TODAY)
    monkeypatch.setattr(people_module, "_MANY", many)
    monkeypatch.setattr(people_module, "_WINDOW", window)
    monkeypatch.setattr(people_module, "_WALK_LIMIT", walk_limit)
    dusun = services.people.dusuns()[0]
    cases = [
        PeopleFilter(status=PeopleStatus.ABROAD),
        PeopleFilter(status=PeopleStatus.PROSPECTIVE),
        PeopleFilter(status=PeopleStatus.RETURNED),
        PeopleFilter(dusun=dusun),
        PeopleFilter(sex="P"),
        PeopleFilter(age_min=18, age_max=35),
        PeopleFilter(age_max=12),
        PeopleFilter(status=PeopleStatus.ABROAD, sex="P", dusun=dusun),
        PeopleFilter(status=PeopleStatus.RETURNED, age_min=30),
    ]
    everyone = found(services, "", PeopleFilter())
    for filters in cases:
        for query in ("", "a", "sri", "33"):
            answer = expected(services, query, filters)
            assert found(services, query, filters) == answer, (filters, query)
            pages = found(services, query, filters, 3) + found(services, query, filters, 3, 3)
            assert pages == answer[:6], (filters, query)
        assert 0 < len(found(services, "", filters)) < len(everyone), filters


def test_the_service_pages_a_filtered_list_and_lists_the_dusun(services: Services) -> None:
    seed(services, 80, seed=3, today=TODAY)
    dusuns = services.people.dusuns()
    assert dusuns and dusuns == sorted(dusuns, key=str.casefold)
    filters = PeopleFilter(sex="L")
    first = services.people.search("", limit=10, filters=filters)
    second = services.people.search("", limit=10, offset=10, filters=filters)
    assert len(first) == 10 and {r.sex for r in first + second} == {"L"}
    assert not {r.id for r in first} & {r.id for r in second}
    assert not PeopleFilter() and PeopleFilter(age_min=0)
