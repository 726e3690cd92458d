"""Everything the centre holds about one person, for the person page (read-only, Qt-free).

One read session gathers the record, the household and its members, and the person's
lines in every pillar, so the page fills all its tabs from one worker-thread call.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from ..domain import (
    CompetencyCertificate,
    Cooperative,
    CoopMember,
    DocumentItem,
    Enterprise,
    EnterpriseTraining,
    EnterpriseTrainingParticipant,
    Household,
    InfoSession,
    InfoSessionParticipant,
    MigrationEpisode,
    ParentingChild,
    Person,
    ProtectionCase,
    SavingsEntry,
    VocationalParticipant,
    VocationalTraining,
)
from ..domain.enums import SavingsDirection
from .base import Service


@dataclass(frozen=True)
class DocumentLine:
    """One document of one of the person's journeys."""

    episode_id: uuid.UUID
    doc_type: str
    status: str
    number: str | None
    expires_on: date | None


@dataclass(frozen=True)
class TrainingLine:
    """A training or information session attended, or a certificate held."""

    kind: str  # "blk" | "usaha" | "sosialisasi" | "sertifikat"
    title: str
    on: date | None
    result: str | None = None  # a BLK result, a certificate's number


@dataclass(frozen=True)
class ChildLine:
    """A parenting enrolment the person is part of, as the child, guardian or parent."""

    role: str  # "child" | "guardian" | "parent"
    child_name: str
    guardian_name: str | None
    parent_abroad: str
    enrolled_on: date
    left_on: date | None


@dataclass(frozen=True)
class MembershipLine:
    """A cooperative membership and the savings balance on it."""

    cooperative: str
    member_no: str
    joined_on: date
    left_on: date | None
    savings: int  # rupiah, every kind together


@dataclass
class PersonProfile:
    """One person's record and its lines in every pillar (each list newest first)."""

    person: Person
    household: Household | None
    members: list[Person] = field(default_factory=list)  # of the household, this one too
    journeys: list[MigrationEpisode] = field(default_factory=list)
    documents: list[DocumentLine] = field(default_factory=list)
    cases: list[ProtectionCase] = field(default_factory=list)
    trainings: list[TrainingLine] = field(default_factory=list)
    enterprises: list[Enterprise] = field(default_factory=list)
    children: list[ChildLine] = field(default_factory=list)
    memberships: list[MembershipLine] = field(default_factory=list)
    merged_from: list[Person] = field(default_factory=list)  # records merged into this one


def read_profile(service: Service, session: Session, person_id: uuid.UUID) -> PersonProfile:
    """The profile of ``person_id`` (NotFound if it is not a live person of the centre)."""
    person = service.get(session, Person, person_id)
    active = service.active
    household = (
        session.get(Household, person.household_id) if person.household_id is not None else None
    )
    profile = PersonProfile(person=person, household=household)
    if household is not None:
        profile.members = list(
            session.exec(
                active(Person)
                .where(Person.household_id == household.id)
                .order_by(col(Person.birth_date), col(Person.name))
            )
        )
    profile.journeys = list(
        session.exec(
            active(MigrationEpisode)
            .where(MigrationEpisode.person_id == person_id)
            .order_by(col(MigrationEpisode.registered_on).desc(), col(MigrationEpisode.id).desc())
        )
    )
    for episode in profile.journeys:
        items = session.exec(active(DocumentItem).where(DocumentItem.episode_id == episode.id))
        profile.documents += [
            DocumentLine(episode.id, d.doc_type, d.status, d.number, d.expires_on) for d in items
        ]
    profile.cases = list(
        session.exec(
            active(ProtectionCase)
            .where(ProtectionCase.person_id == person_id)
            .order_by(col(ProtectionCase.reported_on).desc())
        )
    )
    profile.trainings = _trainings(service, session, person_id)
    profile.enterprises = list(
        session.exec(active(Enterprise).where(Enterprise.owner_id == person_id))
    )
    profile.children = _children(service, session, person_id)
    profile.memberships = _memberships(service, session, person_id)
    profile.merged_from = _merged_into(service, session, person_id)
    return profile


def _merged_into(service: Service, session: Session, person_id: uuid.UUID) -> list[Person]:
    # Not active(): every merged record is a tombstone.
    statement = select(Person).where(
        Person.centre_id == service.actor.centre_id, Person.merged_into_id == person_id
    )
    return list(session.exec(statement.order_by(col(Person.updated_at).desc())))


def _trainings(service: Service, session: Session, person_id: uuid.UUID) -> list[TrainingLine]:
    active = service.active
    lines: list[TrainingLine] = []
    for taken in session.exec(
        active(VocationalParticipant).where(VocationalParticipant.person_id == person_id)
    ):
        course = session.get(VocationalTraining, taken.training_id)
        if course is not None:
            lines.append(TrainingLine("blk", course.title, course.starts_on, taken.result))
    for attended in session.exec(
        active(EnterpriseTrainingParticipant).where(
            EnterpriseTrainingParticipant.person_id == person_id
        )
    ):
        training = session.get(EnterpriseTraining, attended.training_id)
        if training is not None:
            lines.append(TrainingLine("usaha", training.title, training.held_on))
    for attended_info in session.exec(
        active(InfoSessionParticipant).where(InfoSessionParticipant.person_id == person_id)
    ):
        info = session.get(InfoSession, attended_info.session_id)
        if info is not None:
            lines.append(TrainingLine("sosialisasi", info.topic, info.held_on))
    for certificate in session.exec(
        active(CompetencyCertificate).where(CompetencyCertificate.person_id == person_id)
    ):
        lines.append(
            TrainingLine(
                "sertifikat", certificate.scheme, certificate.issued_on, certificate.number
            )
        )
    return sorted(lines, key=lambda line: line.on or date.min, reverse=True)


def _name(session: Session, person_id: uuid.UUID | None) -> str | None:
    if person_id is None:
        return None
    person = session.get(Person, person_id)
    return person.name if person is not None else None


def _children(service: Service, session: Session, person_id: uuid.UUID) -> list[ChildLine]:
    lines = []
    for role, column in (
        ("child", ParentingChild.child_id),
        ("guardian", ParentingChild.guardian_id),
        ("parent", ParentingChild.parent_id),
    ):
        for enrolment in session.exec(service.active(ParentingChild).where(column == person_id)):
            lines.append(
                ChildLine(
                    role,
                    _name(session, enrolment.child_id) or "",
                    _name(session, enrolment.guardian_id),
                    enrolment.parent_abroad,
                    enrolment.enrolled_on,
                    enrolment.left_on,
                )
            )
    return sorted(lines, key=lambda line: line.enrolled_on, reverse=True)


def _memberships(service: Service, session: Session, person_id: uuid.UUID) -> list[MembershipLine]:
    lines = []
    for member in session.exec(service.active(CoopMember).where(CoopMember.person_id == person_id)):
        cooperative = session.get(Cooperative, member.cooperative_id)
        savings = 0
        for entry in session.exec(
            service.active(SavingsEntry).where(SavingsEntry.member_id == member.id)
        ):
            sign = -1 if entry.direction == SavingsDirection.WITHDRAWAL.value else 1
            savings += sign * entry.amount
        lines.append(
            MembershipLine(
                cooperative.name if cooperative is not None else "",
                member.member_no,
                member.joined_on,
                member.left_on,
                savings,
            )
        )
    return lines
