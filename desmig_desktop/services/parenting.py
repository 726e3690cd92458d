"""Rumah Pintar / community parenting: children whose parents work abroad, the activities
and parenting classes held for them and their guardians, and attendance.

Attendance is append-only (sync rule 6): taking attendance inserts marks, a correction
inserts a newer mark for the same session and child, and the latest mark counts. Two
officers correcting the same register offline therefore never conflict; the later mark
wins everywhere once synced.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col

from .. import i18n
from ..domain import ParentingAttendance, ParentingChild, ParentingSession, Person
from ..domain.enums import ParentAbroad, ParentingSessionKind
from ..validation import Problem
from .base import choice, require, required
from .errors import ValidationFailed
from .pillar import PillarService, show_date

i18n.register(
    {
        "parenting.already_enrolled": {
            "id": "{name} sudah terdaftar sebagai anak asuh sejak {since}. Buka data itu; daftar ulang hanya setelah tanggal keluar diisi.",
            "en": "{name} has been enrolled since {since}. Open that record; enrol again only after a leaving date is set.",
        },
        "parenting.same_person": {
            "id": "{field} tidak boleh orang yang sama dengan anaknya. Pilih orang lain.",
            "en": "{field} cannot be the child. Choose another person.",
        },
        "parenting.left_before_enrolled": {
            "id": "Tanggal keluar ({left}) tidak boleh sebelum tanggal masuk ({enrolled}).",
            "en": "The leaving date ({left}) cannot be before the enrolment date ({enrolled}).",
        },
        "parenting.present_yes_no": {
            "id": "Kehadiran harus diisi hadir atau tidak hadir.",
            "en": "Attendance must be present or absent.",
        },
        "parenting.not_enrolled_then": {
            "id": "{name} tidak terdaftar pada tanggal kegiatan ({held}): terdaftar {enrolled} sampai {left}. Periksa tanggal kegiatan atau tanggal masuk/keluar anak.",
            "en": "{name} was not enrolled on the date of the session ({held}): enrolled {enrolled} to {left}. Check the session date or the child's enrolment dates.",
        },
        "parenting.session_date_orphans_marks": {
            "id": "Tanggal kegiatan tidak bisa diubah ke {held}: {names} tidak terdaftar pada tanggal itu, padahal kehadirannya sudah dicatat.",
            "en": "The session date cannot become {held}: {names} were not enrolled then, but their attendance is recorded.",
        },
        "parenting.label.child_id": {"id": "Anak", "en": "Child"},
        "parenting.label.guardian_id": {"id": "Wali / pengasuh", "en": "Guardian"},
        "parenting.label.parent_id": {"id": "Orang tua di luar negeri", "en": "Parent abroad"},
        "parenting.label.parent_abroad": {
            "id": "Orang tua yang bekerja di luar negeri",
            "en": "Parent working abroad",
        },
        "parenting.label.enrolled_on": {"id": "Tanggal masuk", "en": "Enrolment date"},
        "parenting.label.left_on": {"id": "Tanggal keluar", "en": "Leaving date"},
        "parenting.label.school": {"id": "Sekolah", "en": "School"},
        "parenting.label.held_on": {"id": "Tanggal kegiatan", "en": "Session date"},
        "parenting.label.kind": {"id": "Jenis kegiatan", "en": "Kind of session"},
        "parenting.label.topic": {"id": "Topik", "en": "Topic"},
        "parenting.label.facilitator": {"id": "Fasilitator", "en": "Facilitator"},
    }
)

CHILD_FIELDS = ("guardian_id", "parent_abroad", "parent_id", "enrolled_on", "left_on", "school")
SESSION_FIELDS = ("held_on", "kind", "topic", "facilitator")


def _problem(field: str, code: str, /, **params: object) -> Problem:
    return Problem(field, code, i18n.t(code, **params), "error")


@dataclass(frozen=True)
class EnrolledChild:
    """One line of the children list: the enrolment and the names behind it."""

    id: uuid.UUID  # the enrolment (ParentingChild), which attendance refers to
    child_id: uuid.UUID
    child_name: str
    guardian_name: str | None
    parent_abroad: str
    enrolled_on: date
    left_on: date | None


def _enrolled_on(child: ParentingChild, day: date) -> bool:
    return child.enrolled_on <= day and (child.left_on is None or day <= child.left_on)


class ParentingService(PillarService):
    """Anak asuh, kegiatan and kehadiran."""

    label_prefix = "parenting"

    # -- children (anak asuh) ---------------------------------------------------------

    def enrol_child(
        self, child_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> ParentingChild:
        """Enrol a child (a person) whose parent works abroad, with the guardian raising them.

        A child has one current enrolment at a time.
        """
        clean, problems = self.clean(ParentingChild, fields, CHILD_FIELDS)
        problems += choice(
            "parent_abroad",
            clean.get("parent_abroad"),
            ParentAbroad,
            label=self.label("parent_abroad"),
        )
        problems += self.is_date(
            "enrolled_on", clean.get("enrolled_on"), optional=False
        ) + self.is_date("left_on", clean.get("left_on"))
        require(problems)
        with self.writing(session) as s:
            child = self.person(s, child_id)
            self._check_people(s, child_id, clean)
            self._check_dates(clean["enrolled_on"], clean.get("left_on"))
            current = s.exec(
                self.active(ParentingChild).where(
                    ParentingChild.child_id == child_id, col(ParentingChild.left_on).is_(None)
                )
            ).first()
            if current is not None:
                raise ValidationFailed(
                    [
                        _problem(
                            "child_id",
                            "parenting.already_enrolled",
                            name=child.name,
                            since=show_date(current.enrolled_on),
                        )
                    ]
                )
            return self.add(s, ParentingChild, child_id=child_id, **clean)

    def _check_people(self, session: Session, child_id: uuid.UUID, clean: dict[str, Any]) -> None:
        for name in ("guardian_id", "parent_id"):
            other = clean.get(name)
            if other is None:
                continue
            if other == child_id:
                raise ValidationFailed(
                    [_problem(name, "parenting.same_person", field=self.label(name))]
                )
            self.person(session, other)

    def _check_dates(self, enrolled_on: date, left_on: date | None) -> None:
        if left_on is not None and left_on < enrolled_on:
            raise ValidationFailed(
                [
                    _problem(
                        "left_on",
                        "parenting.left_before_enrolled",
                        left=show_date(left_on),
                        enrolled=show_date(enrolled_on),
                    )
                ]
            )

    def update_child(
        self, enrolment_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> ParentingChild:
        """Change an enrolment: guardian, parent abroad, school, dates (leaving: ``left_on``)."""
        clean, problems = self.clean(ParentingChild, fields, CHILD_FIELDS)
        if "parent_abroad" in clean:
            problems += choice(
                "parent_abroad",
                clean["parent_abroad"],
                ParentAbroad,
                label=self.label("parent_abroad"),
            )
        if "enrolled_on" in clean:
            problems += self.is_date("enrolled_on", clean["enrolled_on"], optional=False)
        problems += self.is_date("left_on", clean.get("left_on"))
        require(problems)
        with self.writing(session) as s:
            enrolment = self.get(s, ParentingChild, enrolment_id)
            self._check_people(s, enrolment.child_id, clean)
            self._check_dates(
                clean.get("enrolled_on", enrolment.enrolled_on),
                clean.get("left_on", enrolment.left_on),
            )
            self.set_fields(s, enrolment, clean)
            return enrolment

    def leave(
        self, enrolment_id: uuid.UUID, left_on: date, session: Session | None = None
    ) -> ParentingChild:
        """A child leaves the programme (e.g. the parent came home) on ``left_on``."""
        require(self.is_date("left_on", left_on, optional=False))
        return self.update_child(enrolment_id, session, left_on=left_on)

    def children(self, *, on: date | None = None) -> list[EnrolledChild]:
        """Enrolled children by name; with ``on``, only those enrolled on that day."""
        with self.store.read() as s:
            rows = s.exec(self.active(ParentingChild))
            enrolments = [r for r in rows if on is None or _enrolled_on(r, on)]
            ids = {e.child_id for e in enrolments} | {
                e.guardian_id for e in enrolments if e.guardian_id
            }
            names = (
                {p.id: p.name for p in s.exec(self.active(Person).where(col(Person.id).in_(ids)))}
                if ids
                else {}
            )
            lines = [
                EnrolledChild(
                    id=e.id,
                    child_id=e.child_id,
                    child_name=names.get(e.child_id, ""),
                    guardian_name=names.get(e.guardian_id) if e.guardian_id else None,
                    parent_abroad=e.parent_abroad,
                    enrolled_on=e.enrolled_on,
                    left_on=e.left_on,
                )
                for e in enrolments
            ]
            return sorted(lines, key=lambda line: (line.child_name.casefold(), line.enrolled_on))

    # -- sessions (kegiatan) ------------------------------------------------------------

    def add_session(self, session: Session | None = None, **fields: Any) -> ParentingSession:
        """Record a children's activity or a parenting class (kelas pengasuhan)."""
        clean, problems = self.clean(ParentingSession, fields, SESSION_FIELDS)
        problems += self.is_date("held_on", clean.get("held_on"), optional=False)
        problems += choice(
            "kind", clean.get("kind"), ParentingSessionKind, label=self.label("kind")
        )
        problems += required("topic", clean.get("topic"), self.label("topic"))
        require(problems)
        with self.writing(session) as s:
            return self.add(s, ParentingSession, **clean)

    def update_session(
        self, session_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> ParentingSession:
        clean, problems = self.clean(ParentingSession, fields, SESSION_FIELDS)
        if "held_on" in clean:
            problems += self.is_date("held_on", clean["held_on"], optional=False)
        if "kind" in clean:
            problems += choice(
                "kind", clean["kind"], ParentingSessionKind, label=self.label("kind")
            )
        if "topic" in clean:
            problems += required("topic", clean["topic"], self.label("topic"))
        require(problems)
        with self.writing(session) as s:
            record = self.get(s, ParentingSession, session_id)
            if "held_on" in clean and clean["held_on"] != record.held_on:
                # Marks already taken must still belong to children enrolled on the new date.
                marked = self._latest(s, record.id)
                stray = [
                    c
                    for c in (self.get(s, ParentingChild, cid) for cid in marked)
                    if not _enrolled_on(c, clean["held_on"])
                ]
                if stray:
                    names = ", ".join(self.get(s, Person, c.child_id).name for c in stray)
                    raise ValidationFailed(
                        [
                            _problem(
                                "held_on",
                                "parenting.session_date_orphans_marks",
                                held=show_date(clean["held_on"]),
                                names=names,
                            )
                        ]
                    )
            self.set_fields(s, record, clean)
            return record

    def sessions(self, *, kind: str | None = None) -> list[ParentingSession]:
        with self.store.read() as s:
            statement = self.active(ParentingSession)
            if kind is not None:
                statement = statement.where(ParentingSession.kind == kind)
            return list(
                s.exec(
                    statement.order_by(
                        col(ParentingSession.held_on).desc(), col(ParentingSession.id)
                    )
                )
            )

    # -- attendance (kehadiran) --------------------------------------------------------

    def take_attendance(
        self, session_id: uuid.UUID, marks: Mapping[uuid.UUID, bool], session: Session | None = None
    ) -> list[ParentingAttendance]:
        """Record who was present at a session: ``{enrolment id: present}``.

        Each mark is a new row; a child whose latest mark already says the same is skipped
        (saving the same register twice adds nothing to sync). Children not enrolled on
        the session's date are refused, naming them. Returns the marks inserted.
        """
        if any(not isinstance(present, bool) for present in marks.values()):
            raise ValidationFailed([_problem("present", "parenting.present_yes_no")])
        with self.writing(session) as s:
            record = self.get(s, ParentingSession, session_id)
            problems: list[Problem] = []
            for enrolment_id in marks:
                child = self.get(s, ParentingChild, enrolment_id)
                if not _enrolled_on(child, record.held_on):
                    person = self.get(s, Person, child.child_id)
                    problems.append(
                        _problem(
                            "child_id",
                            "parenting.not_enrolled_then",
                            name=person.name,
                            held=show_date(record.held_on),
                            enrolled=show_date(child.enrolled_on),
                            left=show_date(child.left_on),
                        )
                    )
            require(problems)
            latest = self._latest(s, record.id)
            inserted = []
            for enrolment_id, present in marks.items():
                if latest.get(enrolment_id) is present:
                    continue
                inserted.append(
                    self.add(
                        s,
                        ParentingAttendance,
                        session_id=record.id,
                        child_id=enrolment_id,
                        present=present,
                    )
                )
            return inserted

    def _latest(self, session: Session, session_id: uuid.UUID) -> dict[uuid.UUID, bool]:
        """The latest mark per child of one session (the model's rule: created_at, then id)."""
        statement = (
            self.active(ParentingAttendance)
            .where(ParentingAttendance.session_id == session_id)
            .order_by(col(ParentingAttendance.created_at), col(ParentingAttendance.id))
        )
        latest: dict[uuid.UUID, bool] = {}
        for mark in session.exec(statement):
            latest[mark.child_id] = mark.present  # later rows overwrite earlier ones
        return latest

    def attendance(self, session_id: uuid.UUID) -> dict[uuid.UUID, bool]:
        """Who was present at a session: the latest mark per enrolled child."""
        with self.store.read() as s:
            self.get(s, ParentingSession, session_id)
            return self._latest(s, session_id)

    def attendance_rate(
        self, enrolment_id: uuid.UUID, *, since: date | None = None, until: date | None = None
    ) -> float | None:
        """Share (0..1) of the sessions a child was marked for where the child was present,
        between ``since`` and ``until`` inclusive; ``None`` when there is no mark yet.

        Sessions without a mark for the child are left out rather than counted absent:
        an unmarked register says nothing about the child.
        """
        with self.store.read() as s:
            self.get(s, ParentingChild, enrolment_id)
            statement = (
                self.active(ParentingAttendance)
                .join(ParentingSession, col(ParentingSession.id) == ParentingAttendance.session_id)
                .where(
                    ParentingAttendance.child_id == enrolment_id,
                    ParentingSession.deleted == False,  # noqa: E712
                )
                .order_by(col(ParentingAttendance.created_at), col(ParentingAttendance.id))
            )
            if since is not None:
                statement = statement.where(ParentingSession.held_on >= since)
            if until is not None:
                statement = statement.where(ParentingSession.held_on <= until)
            latest: dict[uuid.UUID, bool] = {}
            for mark in s.exec(statement):
                latest[mark.session_id] = mark.present
            if not latest:
                return None
            return sum(latest.values()) / len(latest)
