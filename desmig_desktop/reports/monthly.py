"""Laporan bulanan: a centre's monthly report, per pillar, made offline from the store.

The figures are counted here, once, and the PDF and XLSX writers only lay them out, so
both always say the same. What each figure counts (the month is the calendar month asked
for, "end" its last day):

- Layanan Migrasi: information sessions held and their participants (the headcount the
  officer entered, which includes people not in the registry), consultations, people
  served (distinct registered people in a session or a consultation), journeys registered
  (their registration date, or the day the record was made when none was entered),
  departures (procedural or not; cancelled journeys left out), returns by reason, and
  documents verified (status ``terverifikasi`` and last changed in the month).
- Perlindungan: cases reported and cases closed in the month, by type; cases still open
  at the end of the month.
- Usaha Produktif: enterprises active at the end of the month and started in it,
  enterprise and BLK trainings held and their participants, certificates issued, and
  the revenue and workers the enterprises reported for the month.
- Parenting: children enrolled at the end of the month and newly enrolled, sessions held,
  and the attendance rate (latest mark per child and session, as the register keeps it).
- Koperasi: members at the end of the month, the savings balance, principal and interest
  still owed on loans, repayments in the month (reversals net them out), and loans in
  arrears at the end of the month (instalments due by then and not paid).
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import distinct, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from .. import i18n, regions
from ..domain import (
    Centre,
    CompetencyCertificate,
    Consultation,
    CoopLoan,
    CoopMember,
    DocumentItem,
    Enterprise,
    EnterpriseReport,
    EnterpriseTraining,
    EnterpriseTrainingParticipant,
    InfoSession,
    InfoSessionParticipant,
    LoanRepayment,
    MigrationEpisode,
    ParentingAttendance,
    ParentingChild,
    ParentingSession,
    ProtectionCase,
    SavingsEntry,
    VocationalParticipant,
    VocationalTraining,
)
from ..domain.enums import (
    CaseStatus,
    CaseType,
    DocumentStatus,
    EnterpriseStatus,
    JourneyStage,
    LoanStatus,
    ReturnReason,
    Role,
    SavingsDirection,
)
from ..services.base import Service
from ..services.cooperative import schedule_for
from ..services.errors import ValidationFailed
from ..validation import Problem
from .labels import MONTHS  # noqa: F401  (registers the report's texts)

TREND_MONTHS = 12
# Case statuses that end a case (one closed without a date still counts as closed).
CLOSED_STATUSES = (CaseStatus.RESOLVED.value, CaseStatus.CLOSED.value)


@dataclass(frozen=True)
class Line:
    """One figure of a section: a stable key (for tests and spreadsheets), its label in
    the report's language, its value, and how to show it."""

    key: str
    label: str
    value: int | float
    unit: str = ""  # "" (a count), "rupiah" or "percent"


@dataclass(frozen=True)
class Breakdown:
    """A small table of a section, e.g. returns by reason."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass
class Section:
    key: str
    title: str
    lines: list[Line] = field(default_factory=list)
    breakdowns: list[Breakdown] = field(default_factory=list)

    def value(self, key: str) -> int | float:
        for line in self.lines:
            if line.key == key:
                return line.value
        raise KeyError(key)

    def breakdown(self, key: str) -> Breakdown:
        for table in self.breakdowns:
            if table.key == key:
                return table
        raise KeyError(key)


@dataclass
class MonthlyReport:
    month: str  # YYYY-MM
    month_label: str  # "November 2026"
    centre_name: str
    village_code: str
    place: str  # "Desa Kesugihan, Kec. ..., Kab. ..., Prov. ..."
    made_at: datetime
    made_by: str
    sections: list[Section]
    # (YYYY-MM, departures, returns) for the 12 months up to the report's.
    trend: list[tuple[str, int, int]]

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def summary(self) -> list[Line]:
        """The key figures of every pillar, for the first page and the summary sheet."""
        picks = (
            ("migration", ("served", "registered", "departures", "returns")),
            ("protection", ("cases_opened", "cases_closed", "cases_open")),
            ("enterprise", ("enterprises_active", "enterprises_new", "revenue")),
            ("parenting", ("children", "sessions", "attendance_rate")),
            ("cooperative", ("members", "savings_balance", "loans_outstanding", "arrears")),
        )
        lines: list[Line] = []
        for section_key, keys in picks:
            section = self.section(section_key)
            lines.extend(line for line in section.lines if line.key in keys)
        return lines


def parse_month(text: str) -> tuple[date, date]:
    """The first and last day of ``YYYY-MM``; ValidationFailed with a clear message if not."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        first = date(year, month, 1)
    except (ValueError, TypeError):
        raise ValidationFailed(
            [Problem("month", "report.month", i18n.t("report.month", month=text), "error")]
        ) from None
    last = date(year, month, calendar.monthrange(year, month)[1])
    return first, last


def month_label(first: date) -> str:
    return f"{i18n.t(f'report.month.{first.month}')} {first.year}"


def _shift_month(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class ReportService(Service):
    """Reports of this centre. Running them is a supervisor's task (the figures cover
    every person and every rupiah of the centre)."""

    def monthly(self, month: str, *, now: datetime | None = None) -> MonthlyReport:
        self.check_role(Role.SUPERVISOR, i18n.t("report.action"))
        return self._build(month, now)

    def key_figures(self, month: str) -> dict[str, float]:
        """The report's key figures (its summary and the departures' split), for the
        central page: sent by sync whoever is logged in, as they name no one."""
        report = self._build(month, None)
        figures = {line.key: float(line.value) for line in report.summary()}
        migration = report.section("migration")
        figures["departures_non_procedural"] = float(migration.value("departures_non_procedural"))
        return figures

    def _build(self, month: str, now: datetime | None) -> MonthlyReport:
        first, last = parse_month(month)
        with self.store.read() as session:
            centre = session.get(Centre, self.actor.centre_id)
            counter = _Counter(session, self.actor.centre_id, first, last)
            sections = [
                counter.migration(),
                counter.protection(),
                counter.enterprise(),
                counter.parenting(),
                counter.cooperative(),
            ]
            trend = [
                (
                    start.strftime("%Y-%m"),
                    *_Counter(session, self.actor.centre_id, start, _month_end(start)).moves(),
                )
                for start in (_shift_month(first, -k) for k in range(TREND_MONTHS - 1, -1, -1))
            ]
        village_code = centre.village_code if centre is not None else ""
        return MonthlyReport(
            month=first.strftime("%Y-%m"),
            month_label=month_label(first),
            centre_name=centre.name if centre is not None else "",
            village_code=village_code,
            place=_place(village_code),
            made_at=now or datetime.now(UTC),
            made_by=self.actor.username,
            sections=sections,
            trend=trend,
        )


def _month_end(first: date) -> date:
    return date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])


def _place(village_code: str) -> str:
    return regions.full_name(village_code) or village_code


class _Counter:
    """The figures of one month, counted in one read transaction."""

    def __init__(self, session: Session, centre_id: Any, first: date, last: date) -> None:
        self.s = session
        self.centre_id = centre_id
        self.first = first
        self.last = last
        # Record times are UTC instants; the month is the centre's (Western Indonesia, UTC+7).
        wib = timedelta(hours=7)
        self.start_at = datetime.combine(first, time(), UTC) - wib
        self.end_at = datetime.combine(last + timedelta(days=1), time(), UTC) - wib

    def live(self, model: Any) -> list[Any]:
        return [model.centre_id == self.centre_id, model.deleted == False]  # noqa: E712

    def count(self, model: Any, *conditions: Any) -> int:
        statement = select(func.count()).select_from(model).where(*self.live(model), *conditions)
        return int(self.s.exec(statement).one())

    def in_month(self, column: Any) -> Any:
        return col(column).between(self.first, self.last)

    # -- pillar 1 ------------------------------------------------------------------------

    def moves(self) -> tuple[int, int]:
        """Departures and returns of the month (for the trend chart)."""
        departures = self.count(
            MigrationEpisode,
            self.in_month(MigrationEpisode.departure_date),
            MigrationEpisode.stage != JourneyStage.CANCELLED.value,
        )
        returns = self.count(MigrationEpisode, self.in_month(MigrationEpisode.return_date))
        return departures, returns

    def migration(self) -> Section:
        t = i18n.t
        sessions = self.count(InfoSession, self.in_month(InfoSession.held_on))
        headcount = self.s.exec(
            select(func.coalesce(func.sum(InfoSession.participants_count), 0)).where(
                *self.live(InfoSession), self.in_month(InfoSession.held_on)
            )
        ).one()
        consultations = self.count(Consultation, self.in_month(Consultation.held_on))
        in_sessions = (
            select(InfoSessionParticipant.person_id)
            .join(InfoSession, col(InfoSession.id) == col(InfoSessionParticipant.session_id))
            .where(
                *self.live(InfoSessionParticipant),
                *self.live(InfoSession),
                self.in_month(InfoSession.held_on),
            )
        )
        consulted = select(Consultation.person_id).where(
            *self.live(Consultation), self.in_month(Consultation.held_on)
        )
        people = in_sessions.union(consulted).subquery()
        served = self.s.exec(select(func.count(distinct(people.c.person_id)))).one()
        registered = self.count(
            MigrationEpisode,
            or_(
                self.in_month(MigrationEpisode.registered_on),
                col(MigrationEpisode.registered_on).is_(None)
                & col(MigrationEpisode.created_at).between(self.start_at, self.end_at),
            ),
        )
        departed = self.s.exec(
            select(MigrationEpisode.procedural, func.count())
            .where(
                *self.live(MigrationEpisode),
                self.in_month(MigrationEpisode.departure_date),
                MigrationEpisode.stage != JourneyStage.CANCELLED.value,
            )
            .group_by(col(MigrationEpisode.procedural))
        ).all()
        by_procedure = {bool(procedural): int(n) for procedural, n in departed}
        returns = Counter(
            {
                reason or ReturnReason.OTHER.value: int(n)
                for reason, n in self.s.exec(
                    select(MigrationEpisode.return_reason, func.count())
                    .where(
                        *self.live(MigrationEpisode), self.in_month(MigrationEpisode.return_date)
                    )
                    .group_by(col(MigrationEpisode.return_reason))
                ).all()
            }
        )
        verified = self.count(
            DocumentItem,
            DocumentItem.status == DocumentStatus.VERIFIED.value,
            col(DocumentItem.updated_at) >= self.start_at,
            col(DocumentItem.updated_at) < self.end_at,
        )
        departures = by_procedure.get(True, 0) + by_procedure.get(False, 0)
        return Section(
            "migration",
            t("report.section.migration"),
            [
                Line("info_sessions", t("report.info_sessions"), sessions),
                Line("info_participants", t("report.info_participants"), int(headcount)),
                Line("consultations", t("report.consultations"), consultations),
                Line("served", t("report.served"), int(served)),
                Line("registered", t("report.registered"), registered),
                Line("departures", t("report.departures"), departures),
                Line(
                    "departures_procedural",
                    t("report.departures_procedural"),
                    by_procedure.get(True, 0),
                ),
                Line(
                    "departures_non_procedural",
                    t("report.departures_non_procedural"),
                    by_procedure.get(False, 0),
                ),
                Line("returns", t("report.returns"), sum(returns.values())),
                Line("documents_verified", t("report.documents_verified"), verified),
            ],
            [
                Breakdown(
                    "returns_by_reason",
                    t("report.returns_by_reason"),
                    (t("report.column.reason"), t("report.column.count")),
                    tuple(
                        (t(f"report.return_reason.{reason.value}"), returns.get(reason.value, 0))
                        for reason in ReturnReason
                        if returns.get(reason.value)
                    ),
                )
            ],
        )

    # -- protection ----------------------------------------------------------------------

    def protection(self) -> Section:
        t = i18n.t

        def by_type(*conditions: Any) -> Counter[str]:
            rows = self.s.exec(
                select(ProtectionCase.case_type, func.count())
                .where(*self.live(ProtectionCase), *conditions)
                .group_by(col(ProtectionCase.case_type))
            ).all()
            return Counter({kind: int(n) for kind, n in rows})

        opened = by_type(self.in_month(ProtectionCase.reported_on))
        closed = by_type(self.in_month(ProtectionCase.closed_on))
        still_open = self.count(
            ProtectionCase,
            col(ProtectionCase.reported_on) <= self.last,
            or_(
                col(ProtectionCase.closed_on).is_(None)
                & col(ProtectionCase.status).not_in(CLOSED_STATUSES),
                col(ProtectionCase.closed_on) > self.last,
            ),
        )
        kinds = [
            kind.value for kind in CaseType if opened.get(kind.value) or closed.get(kind.value)
        ]
        return Section(
            "protection",
            t("report.section.protection"),
            [
                Line("cases_opened", t("report.cases_opened"), sum(opened.values())),
                Line("cases_closed", t("report.cases_closed"), sum(closed.values())),
                Line("cases_open", t("report.cases_open"), still_open),
            ],
            [
                Breakdown(
                    "cases_by_type",
                    t("report.cases_by_type"),
                    (
                        t("report.column.case_type"),
                        t("report.column.opened"),
                        t("report.column.closed"),
                    ),
                    tuple(
                        (t(f"report.case_type.{kind}"), opened.get(kind, 0), closed.get(kind, 0))
                        for kind in kinds
                    ),
                )
            ],
        )

    # -- pillar 2 ------------------------------------------------------------------------

    def enterprise(self) -> Section:
        t = i18n.t
        active = self.count(
            Enterprise,
            Enterprise.status == EnterpriseStatus.ACTIVE.value,
            or_(col(Enterprise.started_on).is_(None), col(Enterprise.started_on) <= self.last),
        )
        started = self.count(Enterprise, self.in_month(Enterprise.started_on))
        trainings = self.count(EnterpriseTraining, self.in_month(EnterpriseTraining.held_on))
        trained = self.s.exec(
            select(func.count())
            .select_from(EnterpriseTrainingParticipant)
            .join(
                EnterpriseTraining,
                col(EnterpriseTraining.id) == col(EnterpriseTrainingParticipant.training_id),
            )
            .where(
                *self.live(EnterpriseTrainingParticipant),
                *self.live(EnterpriseTraining),
                self.in_month(EnterpriseTraining.held_on),
            )
        ).one()
        blk = self.count(VocationalTraining, self.in_month(VocationalTraining.starts_on))
        blk_people = self.s.exec(
            select(func.count())
            .select_from(VocationalParticipant)
            .join(
                VocationalTraining,
                col(VocationalTraining.id) == col(VocationalParticipant.training_id),
            )
            .where(
                *self.live(VocationalParticipant),
                *self.live(VocationalTraining),
                self.in_month(VocationalTraining.starts_on),
            )
        ).one()
        certificates = self.count(
            CompetencyCertificate, self.in_month(CompetencyCertificate.issued_on)
        )
        revenue, workers, reports = self.s.exec(
            select(
                func.coalesce(func.sum(EnterpriseReport.revenue), 0),
                func.coalesce(func.sum(EnterpriseReport.workers), 0),
                func.count(),
            ).where(
                *self.live(EnterpriseReport),
                EnterpriseReport.period == self.first.strftime("%Y-%m"),
            )
        ).one()
        return Section(
            "enterprise",
            t("report.section.enterprise"),
            [
                Line("enterprises_active", t("report.enterprises_active"), active),
                Line("enterprises_new", t("report.enterprises_new"), started),
                Line("trainings", t("report.trainings"), trainings),
                Line("trainees", t("report.trainees"), int(trained)),
                Line("vocational_trainings", t("report.vocational_trainings"), blk),
                Line("vocational_trainees", t("report.vocational_trainees"), int(blk_people)),
                Line("certificates", t("report.certificates"), certificates),
                Line("enterprise_reports", t("report.enterprise_reports"), int(reports)),
                Line("revenue", t("report.revenue"), int(revenue), "rupiah"),
                Line("workers", t("report.workers"), int(workers)),
            ],
        )

    # -- pillar 3 ------------------------------------------------------------------------

    def parenting(self) -> Section:
        t = i18n.t
        children = self.count(
            ParentingChild,
            col(ParentingChild.enrolled_on) <= self.last,
            or_(col(ParentingChild.left_on).is_(None), col(ParentingChild.left_on) >= self.first),
        )
        new = self.count(ParentingChild, self.in_month(ParentingChild.enrolled_on))
        sessions = self.count(ParentingSession, self.in_month(ParentingSession.held_on))
        # SQLAlchemy's select: sqlmodel's is typed for at most four columns.
        marks = self.s.execute(
            sa_select(
                col(ParentingAttendance.session_id),
                col(ParentingAttendance.child_id),
                col(ParentingAttendance.present),
                col(ParentingAttendance.created_at),
                col(ParentingAttendance.id),
            )
            .join(ParentingSession, col(ParentingSession.id) == col(ParentingAttendance.session_id))
            .where(
                *self.live(ParentingAttendance),
                *self.live(ParentingSession),
                self.in_month(ParentingSession.held_on),
            )
        ).all()
        latest: dict[tuple[Any, Any], tuple[Any, Any, bool]] = {}
        for session_id, child_id, present, created_at, mark_id in marks:
            key = (session_id, child_id)
            if key not in latest or (created_at, mark_id) > latest[key][:2]:
                latest[key] = (created_at, mark_id, bool(present))
        present = sum(1 for *_, here in latest.values() if here)
        rate = round(100 * present / len(latest), 1) if latest else 0.0
        return Section(
            "parenting",
            t("report.section.parenting"),
            [
                Line("children", t("report.children"), children),
                Line("children_new", t("report.children_new"), new),
                Line("sessions", t("report.sessions"), sessions),
                Line("attendance_marks", t("report.attendance_marks"), len(latest)),
                Line("attendance_present", t("report.attendance_present"), present),
                Line("attendance_rate", t("report.attendance_rate"), rate, "percent"),
            ],
        )

    # -- pillar 4 ------------------------------------------------------------------------

    def cooperative(self) -> Section:
        t = i18n.t
        members = self.count(
            CoopMember,
            col(CoopMember.joined_on) <= self.last,
            or_(col(CoopMember.left_on).is_(None), col(CoopMember.left_on) > self.last),
        )
        new_members = self.count(CoopMember, self.in_month(CoopMember.joined_on))
        signed = func.sum(
            func.iif(
                SavingsEntry.direction == SavingsDirection.DEPOSIT.value,
                SavingsEntry.amount,
                -col(SavingsEntry.amount),
            )
        )
        balance = self.s.exec(
            select(func.coalesce(signed, 0)).where(
                *self.live(SavingsEntry), col(SavingsEntry.entry_date) <= self.last
            )
        ).one()
        deposits = self.s.exec(
            select(func.coalesce(signed, 0)).where(
                *self.live(SavingsEntry), self.in_month(SavingsEntry.entry_date)
            )
        ).one()
        loans = self.s.exec(
            select(CoopLoan).where(
                *self.live(CoopLoan),
                col(CoopLoan.disbursed_on) <= self.last,
                CoopLoan.status != LoanStatus.WRITTEN_OFF.value,
            )
        ).all()
        repayments = self.s.exec(
            select(
                col(LoanRepayment.loan_id),
                col(LoanRepayment.paid_on),
                col(LoanRepayment.principal_amount) + col(LoanRepayment.interest_amount),
            ).where(*self.live(LoanRepayment), col(LoanRepayment.paid_on) <= self.last)
        ).all()
        paid_by_loan: Counter[Any] = Counter()
        repaid_in_month = 0
        for loan_id, paid_on, amount in repayments:
            paid_by_loan[loan_id] += int(amount)
            if paid_on >= self.first:
                repaid_in_month += int(amount)
        outstanding = 0
        in_arrears = 0
        overdue = 0
        new_loans = 0
        for loan in loans:
            schedule = schedule_for(loan)
            paid = paid_by_loan.get(loan.id, 0)
            owed = sum(i.total for i in schedule) - paid
            outstanding += max(owed, 0)
            due = sum(i.total for i in schedule if i.due_on <= self.last)
            if due > paid:
                in_arrears += 1
                overdue += due - paid
            if loan.disbursed_on >= self.first:
                new_loans += 1
        return Section(
            "cooperative",
            t("report.section.cooperative"),
            [
                Line("members", t("report.members"), members),
                Line("members_new", t("report.members_new"), new_members),
                Line("savings_balance", t("report.savings_balance"), int(balance), "rupiah"),
                Line("savings_net", t("report.savings_net"), int(deposits), "rupiah"),
                Line("loans_new", t("report.loans_new"), new_loans),
                Line("loans_outstanding", t("report.loans_outstanding"), outstanding, "rupiah"),
                Line("repayments", t("report.repayments"), repaid_in_month, "rupiah"),
                Line("arrears", t("report.arrears"), in_arrears),
                Line("arrears_amount", t("report.arrears_amount"), overdue, "rupiah"),
            ],
        )
