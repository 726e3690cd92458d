"""What the Beranda (dashboard) shows, read through the services' public methods.

Qt-free on purpose: it runs on a worker thread and is tested without a window.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..domain.enums import (
    ABROAD_STAGES,
    RETURNED_STAGES,
    CaseStatus,
    EnterpriseStatus,
    JourneyStage,
)
from ..services import Services
from ..services.cooperative import LoanInArrears
from ..services.migration import ExpiringDocument
from ..services.people import PeopleFilter, PersonRow
from ..services.protection import DueFollowUp

EXPIRY_DAYS = 90
NO_CONTACT_MONTHS = 6
CHART_MONTHS = 12
CONSENT_ROWS = 100  # the reminder lists the first people by name; the tab counts them all

_ABROAD = frozenset(s.value for s in ABROAD_STAGES)
_RETURNED = frozenset(s.value for s in RETURNED_STAGES)
_NOT_PROSPECTIVE = _ABROAD | _RETURNED | {JourneyStage.CANCELLED.value}
_CLOSED_CASES = frozenset({CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value})


@dataclass(frozen=True)
class SilentAbroad:
    """Someone abroad with no contact recorded for :data:`NO_CONTACT_MONTHS` months."""

    episode_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    country: str
    last_heard: date | None  # last contact, else the departure date
    days_silent: int | None


@dataclass
class Dashboard:
    """Counts per pillar, the reminders due, and what the charts draw."""

    today: date
    people: int = 0
    prospective: int = 0
    abroad: int = 0
    returned: int = 0
    open_cases: int = 0
    active_enterprises: int = 0
    enrolled_children: int = 0
    coop_members: int = 0
    savings_balance: int = 0
    expiring: list[ExpiringDocument] = field(default_factory=list)
    follow_ups: list[DueFollowUp] = field(default_factory=list)
    silent: list[SilentAbroad] = field(default_factory=list)
    arrears: list[LoanInArrears] = field(default_factory=list)
    # People with no consent in force (UU 27/2022): how many, and the first by name.
    without_consent: int = 0
    without_consent_rows: list[PersonRow] = field(default_factory=list)
    months: list[str] = field(default_factory=list)  # "YYYY-MM", oldest first
    departures: list[int] = field(default_factory=list)
    returns: list[int] = field(default_factory=list)
    cases_by_type: list[tuple[str, int]] = field(default_factory=list)  # most first


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), on the month's last day if shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def last_months(today: date, count: int = CHART_MONTHS) -> list[str]:
    """The ``count`` months up to and including ``today``'s, oldest first, as YYYY-MM."""
    first = add_months(today.replace(day=1), -(count - 1))
    return [f"{add_months(first, n):%Y-%m}" for n in range(count)]


def load_dashboard(services: Services, today: date | None = None) -> Dashboard:
    """Everything the Beranda shows (worker thread)."""
    today = today or date.today()
    board = Dashboard(today=today)
    board.people = services.people.count()

    # Counted by SQLite: the journeys themselves (tens of thousands) are never read.
    for stage, count in services.migration.stage_counts().items():
        if stage in _ABROAD:
            board.abroad += count
        elif stage in _RETURNED:
            board.returned += count
        elif stage not in _NOT_PROSPECTIVE:
            board.prospective += count
    board.months = last_months(today)
    departed, returned = services.migration.departures_and_returns(
        date.fromisoformat(f"{board.months[0]}-01")
    )
    departures = Counter(f"{day:%Y-%m}" for day in departed)
    returns = Counter(f"{day:%Y-%m}" for day in returned)
    board.departures = [departures[m] for m in board.months]
    board.returns = [returns[m] for m in board.months]

    cases = services.protection.cases()
    board.open_cases = sum(1 for c in cases if c.status not in _CLOSED_CASES)
    board.cases_by_type = Counter(c.case_type for c in cases).most_common()

    board.active_enterprises = len(
        services.enterprise.enterprises(status=EnterpriseStatus.ACTIVE.value)
    )
    board.enrolled_children = len(services.parenting.children(on=today))

    coop = services.cooperative
    for cooperative in coop.cooperatives():
        for member in coop.members(cooperative.id):
            if member.left_on is None or member.left_on > today:
                board.coop_members += 1
        board.savings_balance += coop.savings_total(cooperative.id)

    board.expiring = services.migration.documents_expiring(EXPIRY_DAYS, today=today)
    board.follow_ups = services.protection.follow_ups_due(today=today)
    board.arrears = coop.loans_in_arrears(today=today)
    board.silent = silent_abroad(services, today)
    board.without_consent = services.consent.without_consent_count()
    board.without_consent_rows = services.people.search(
        "", limit=CONSENT_ROWS, filters=PeopleFilter(without_consent=True)
    )
    return board


def silent_abroad(services: Services, today: date) -> list[SilentAbroad]:
    """People abroad not heard from for six months (never heard: since departure), the
    longest silence first."""
    limit = add_months(today, -NO_CONTACT_MONTHS)
    quiet = []
    for episode in services.migration.abroad():
        heard = episode.last_contact_on or episode.departure_date
        if heard is None or heard <= limit:
            quiet.append((episode, heard))
    if not quiet:
        return []
    people = services.people.rows(episode.person_id for episode, _heard in quiet)
    names = {person_id: row.name for person_id, row in people.items()}
    lines = [
        SilentAbroad(
            episode_id=episode.id,
            person_id=episode.person_id,
            person_name=names.get(episode.person_id, "?"),
            country=episode.destination_country or "",
            last_heard=heard,
            days_silent=(today - heard).days if heard else None,
        )
        for episode, heard in quiet
    ]
    return sorted(lines, key=lambda s: (s.last_heard or date.min, s.person_name))
