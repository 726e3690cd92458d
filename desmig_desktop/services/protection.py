"""Perlindungan: protection cases of migrant workers and their families, referrals to
partners, and the follow-ups the centre owes.

A case moves open (dibuka) -> referred (dirujuk) -> in progress (ditangani) -> resolved
(selesai) -> closed (ditutup). Steps may be skipped (the village handles many cases
itself, without a referral) but never undone, except that a resolved case may be taken
up again when the problem comes back. A closed case is final: a new problem is a new case.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from .. import i18n
from ..domain import CaseFollowUp, CaseReferral, MigrationEpisode, Person, ProtectionCase
from ..domain.enums import CaseStatus, CaseType, RedFlag, ReferralPartner
from ..validation import Problem
from .base import choice, require, required
from .errors import ValidationFailed
from .pillar import PillarService, show_date

i18n.register(
    {
        "protection.red_flag_unknown": {
            "id": "Tanda bahaya '{value}' tidak dikenal. Pilih dari: {choices}.",
            "en": "Red flag '{value}' is not known. Choose from: {choices}.",
        },
        "protection.episode_other_person": {
            "id": "Perjalanan migrasi yang dipilih milik orang lain. Pilih perjalanan orang yang kasusnya dicatat.",
            "en": "The chosen migration journey belongs to someone else. Choose a journey of the person the case is about.",
        },
        "protection.status_by_transition": {
            "id": "Status kasus diubah lewat 'Ubah status' atau 'Rujuk', bukan lewat edit data.",
            "en": "A case's status is changed with 'Change status' or 'Refer', not by editing the record.",
        },
        "protection.refer_to_refer": {
            "id": "Kasus menjadi Dirujuk dengan mencatat rujukannya (mitra dan tanggal) lewat 'Rujuk'.",
            "en": "A case becomes Referred by recording its referral (partner and date) with 'Refer'.",
        },
        "protection.same_status": {
            "id": "Kasus ini sudah berstatus {status}.",
            "en": "This case is already {status}.",
        },
        "protection.closed": {
            "id": "Kasus ini sudah ditutup ({closed}). Bila masalahnya muncul lagi, buka kasus baru.",
            "en": "This case was closed ({closed}). If the problem comes back, open a new case.",
        },
        "protection.no_way_back": {
            "id": "Status kasus tidak bisa mundur dari {current} ke {target}. Hanya kasus yang selesai yang bisa ditangani lagi.",
            "en": "A case cannot go back from {current} to {target}. Only a resolved case can be taken up again.",
        },
        "protection.before_report": {
            "id": "{what} ({when}) tidak boleh sebelum kasus dilaporkan ({reported}). Periksa kembali tanggalnya.",
            "en": "{what} ({when}) cannot be before the case was reported ({reported}). Check the date again.",
        },
        "protection.refer_finished": {
            "id": "Kasus yang sudah {status} tidak bisa dirujuk lagi. Bila masalahnya belum tuntas, ubah statusnya menjadi Ditangani dulu.",
            "en": "A case that is {status} cannot be referred again. If the problem is not solved, set it back to In progress first.",
        },
        "protection.partner_detail_required": {
            "id": "Untuk mitra 'lainnya', tulis nama lembaganya di Keterangan mitra.",
            "en": "For an 'other' partner, write the organisation's name in Partner detail.",
        },
        "protection.follow_up_closed": {
            "id": "Kasus yang sudah ditutup tidak diberi tindak lanjut baru.",
            "en": "A closed case gets no new follow-ups.",
        },
        "protection.already_done": {
            "id": "Tindak lanjut ini sudah selesai pada {done}.",
            "en": "This follow-up was already done on {done}.",
        },
        "protection.label.person_id": {"id": "Orang", "en": "Person"},
        "protection.label.episode_id": {"id": "Perjalanan migrasi", "en": "Migration journey"},
        "protection.label.case_type": {"id": "Jenis kasus", "en": "Case type"},
        "protection.label.red_flags": {"id": "Tanda bahaya", "en": "Red flags"},
        "protection.label.status": {"id": "Status kasus", "en": "Case status"},
        "protection.label.reported_on": {"id": "Tanggal laporan", "en": "Report date"},
        "protection.label.reported_by": {"id": "Pelapor", "en": "Reported by"},
        "protection.label.description": {"id": "Uraian", "en": "Description"},
        "protection.label.closed_on": {"id": "Tanggal ditutup", "en": "Closing date"},
        "protection.label.partner": {"id": "Mitra rujukan", "en": "Referral partner"},
        "protection.label.partner_detail": {"id": "Keterangan mitra", "en": "Partner detail"},
        "protection.label.referred_on": {"id": "Tanggal rujukan", "en": "Referral date"},
        "protection.label.reference_no": {"id": "Nomor rujukan", "en": "Reference number"},
        "protection.label.outcome": {"id": "Hasil rujukan", "en": "Referral outcome"},
        "protection.label.action": {"id": "Tindakan", "en": "Action"},
        "protection.label.due_on": {"id": "Batas waktu", "en": "Due date"},
        "protection.label.done_on": {"id": "Tanggal selesai", "en": "Date done"},
        "protection.label.notes": {"id": "Catatan", "en": "Notes"},
        "protection.status.dibuka": {"id": "Dibuka", "en": "Open"},
        "protection.status.dirujuk": {"id": "Dirujuk", "en": "Referred"},
        "protection.status.ditangani": {"id": "Ditangani", "en": "In progress"},
        "protection.status.selesai": {"id": "Selesai", "en": "Resolved"},
        "protection.status.ditutup": {"id": "Ditutup", "en": "Closed"},
    }
)

CASE_FIELDS = ("case_type", "red_flags", "reported_on", "reported_by", "description", "episode_id")
REFERRAL_FIELDS = ("partner", "partner_detail", "referred_on", "reference_no", "outcome")
STATUS_ORDER: tuple[CaseStatus, ...] = tuple(CaseStatus)


def status_label(status: str) -> str:
    return i18n.t(f"protection.status.{status}")


def _problem(field: str, code: str, /, **params: object) -> Problem:
    return Problem(field, code, i18n.t(code, **params), "error")


def red_flags_text(flags: Iterable[str] | str | None) -> tuple[str, list[Problem]]:
    """Red flags as stored (known values, comma-separated, in RedFlag order, no repeats)
    and the problems with the ones given."""
    if flags is None:
        return "", []
    if isinstance(flags, str):
        flags = flags.split(",")
    given = {f.strip() for f in flags if f and f.strip()}
    known = {f.value for f in RedFlag}
    problems = [
        _problem(
            "red_flags",
            "protection.red_flag_unknown",
            value=value,
            choices=", ".join(sorted(known)),
        )
        for value in sorted(given - known)
    ]
    return ",".join(f.value for f in RedFlag if f.value in given), problems


def red_flags_of(case: ProtectionCase) -> list[RedFlag]:
    """The red flags of a case, as enum members."""
    return [RedFlag(f) for f in case.red_flags.split(",") if f]


@dataclass(frozen=True)
class DueFollowUp:
    """One line of the follow-ups due list."""

    follow_up_id: uuid.UUID
    case_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    case_type: str
    action: str
    due_on: date
    days_overdue: int  # 0 when due today


class ProtectionService(PillarService):
    """Kasus perlindungan, rujukan and tindak lanjut."""

    label_prefix = "protection"

    # -- cases -----------------------------------------------------------------------

    def open_case(
        self, person_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> ProtectionCase:
        """Open a case (kasus dibuka) for a person: its type, red flags and report date."""
        clean, problems = self._clean_case(fields, partial=False)
        require(problems)
        with self.writing(session) as s:
            self.person(s, person_id)
            self._check_episode(s, person_id, clean.get("episode_id"))
            return self.add(
                s, ProtectionCase, person_id=person_id, status=CaseStatus.OPEN.value, **clean
            )

    def _clean_case(
        self, fields: dict[str, Any], *, partial: bool
    ) -> tuple[dict[str, Any], list[Problem]]:
        if "status" in fields or "closed_on" in fields:
            raise ValidationFailed([_problem("status", "protection.status_by_transition")])
        fields = dict(fields)
        has_flags = "red_flags" in fields
        flags = fields.pop("red_flags", None)
        clean, problems = self.clean(ProtectionCase, fields, CASE_FIELDS)
        if not partial or has_flags:
            clean["red_flags"], flag_problems = red_flags_text(flags)
            problems += flag_problems
        if not partial or "case_type" in clean:
            problems += choice(
                "case_type", clean.get("case_type"), CaseType, label=self.label("case_type")
            )
        if not partial or "reported_on" in clean:
            problems += self.is_date("reported_on", clean.get("reported_on"), optional=False)
        return clean, problems

    def _check_episode(
        self, session: Session, person_id: uuid.UUID, episode_id: uuid.UUID | None
    ) -> None:
        if episode_id is None:
            return
        episode = self.get(session, MigrationEpisode, episode_id)
        if episode.person_id != person_id:
            raise ValidationFailed([_problem("episode_id", "protection.episode_other_person")])

    def update_case(
        self, case_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> ProtectionCase:
        """Correct a case's type, red flags, reporter, description or journey."""
        clean, problems = self._clean_case(fields, partial=True)
        require(problems)
        with self.writing(session) as s:
            case = self.get(s, ProtectionCase, case_id)
            if "episode_id" in clean:
                self._check_episode(s, case.person_id, clean["episode_id"])
            if "reported_on" in clean:
                self._check_after_report(s, case, clean["reported_on"])
            self.set_fields(s, case, clean)
            return case

    def _check_after_report(
        self, session: Session, case: ProtectionCase, reported_on: date
    ) -> None:
        """A corrected report date may not come after what was already done on the case."""
        dates = [r.referred_on for r in self._referrals(session, case.id)]
        if case.closed_on is not None:
            dates.append(case.closed_on)
        earliest = min(dates, default=None)
        if earliest is not None and earliest < reported_on:
            raise ValidationFailed(
                [
                    _problem(
                        "reported_on",
                        "protection.before_report",
                        what=self.label("referred_on"),
                        when=show_date(earliest),
                        reported=show_date(reported_on),
                    )
                ]
            )

    def set_status(
        self,
        case_id: uuid.UUID,
        status: str,
        *,
        on: date | None = None,
        session: Session | None = None,
    ) -> ProtectionCase:
        """Move a case to ``status``; closing sets the closing date (``on``, default today).

        Forward moves may skip steps; the only way back is resolved -> in progress.
        """
        require(
            choice("status", status, CaseStatus, label=self.label("status"))
            + self.is_date("closed_on", on)
        )
        target = CaseStatus(status)
        with self.writing(session) as s:
            case = self.get(s, ProtectionCase, case_id)
            current = CaseStatus(case.status)
            if target == CaseStatus.REFERRED:
                # A referred case without a partner would say nothing about where it went.
                raise ValidationFailed([_problem("status", "protection.refer_to_refer")])
            if current == target:
                raise ValidationFailed(
                    [_problem("status", "protection.same_status", status=status_label(current))]
                )
            if current == CaseStatus.CLOSED:
                raise ValidationFailed(
                    [_problem("status", "protection.closed", closed=show_date(case.closed_on))]
                )
            reopening = current == CaseStatus.RESOLVED and target == CaseStatus.IN_PROGRESS
            if STATUS_ORDER.index(target) < STATUS_ORDER.index(current) and not reopening:
                raise ValidationFailed(
                    [
                        _problem(
                            "status",
                            "protection.no_way_back",
                            current=status_label(current),
                            target=status_label(target),
                        )
                    ]
                )
            changes: dict[str, Any] = {"status": target.value}
            if target == CaseStatus.CLOSED:
                closed_on = on or date.today()
                if closed_on < case.reported_on:
                    raise ValidationFailed(
                        [
                            _problem(
                                "closed_on",
                                "protection.before_report",
                                what=self.label("closed_on"),
                                when=show_date(closed_on),
                                reported=show_date(case.reported_on),
                            )
                        ]
                    )
                changes["closed_on"] = closed_on
            self.change(s, case, **changes)
            return case

    def case(self, case_id: uuid.UUID) -> ProtectionCase:
        with self.store.read() as s:
            return self.get(s, ProtectionCase, case_id)

    def cases(
        self, *, status: str | None = None, person_id: uuid.UUID | None = None
    ) -> list[ProtectionCase]:
        """Cases of the centre, the most recently reported first."""
        with self.store.read() as s:
            statement = self.active(ProtectionCase)
            if status is not None:
                statement = statement.where(ProtectionCase.status == status)
            if person_id is not None:
                statement = statement.where(ProtectionCase.person_id == person_id)
            return list(
                s.exec(
                    statement.order_by(
                        col(ProtectionCase.reported_on).desc(), col(ProtectionCase.id).desc()
                    )
                )
            )

    # -- referrals (rujukan) -----------------------------------------------------------

    def refer(
        self,
        case_id: uuid.UUID,
        partner: str,
        referred_on: date,
        session: Session | None = None,
        **fields: Any,
    ) -> CaseReferral:
        """Refer a case to a partner; an open case becomes referred (dirujuk).

        A case already in progress may be referred to a further partner without changing
        its status; a resolved or closed case may not.
        """
        clean, problems = self.clean(
            CaseReferral, fields, ("partner_detail", "reference_no", "outcome")
        )
        problems += choice("partner", partner, ReferralPartner, label=self.label("partner"))
        problems += self.is_date("referred_on", referred_on, optional=False)
        if partner == ReferralPartner.OTHER and not clean.get("partner_detail"):
            problems.append(_problem("partner_detail", "protection.partner_detail_required"))
        require(problems)
        with self.writing(session) as s:
            case = self.get(s, ProtectionCase, case_id)
            if case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
                raise ValidationFailed(
                    [
                        _problem(
                            "status",
                            "protection.refer_finished",
                            status=status_label(case.status).lower(),
                        )
                    ]
                )
            if referred_on < case.reported_on:
                raise ValidationFailed(
                    [
                        _problem(
                            "referred_on",
                            "protection.before_report",
                            what=self.label("referred_on"),
                            when=show_date(referred_on),
                            reported=show_date(case.reported_on),
                        )
                    ]
                )
            referral = self.add(
                s, CaseReferral, case_id=case.id, partner=partner, referred_on=referred_on, **clean
            )
            if case.status == CaseStatus.OPEN:
                self.change(s, case, status=CaseStatus.REFERRED.value)
            return referral

    def update_referral(
        self, referral_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> CaseReferral:
        """Record what came of a referral (outcome, reference number, partner detail)."""
        clean, problems = self.clean(
            CaseReferral, fields, ("partner_detail", "reference_no", "outcome")
        )
        require(problems)
        with self.writing(session) as s:
            referral = self.get(s, CaseReferral, referral_id)
            if (
                referral.partner == ReferralPartner.OTHER
                and "partner_detail" in clean
                and not clean["partner_detail"]
            ):
                raise ValidationFailed(
                    [_problem("partner_detail", "protection.partner_detail_required")]
                )
            self.set_fields(s, referral, clean)
            return referral

    def _referrals(self, session: Session, case_id: uuid.UUID) -> list[CaseReferral]:
        statement = self.active(CaseReferral).where(CaseReferral.case_id == case_id)
        return list(
            session.exec(statement.order_by(col(CaseReferral.referred_on), col(CaseReferral.id)))
        )

    def referrals(self, case_id: uuid.UUID) -> list[CaseReferral]:
        with self.store.read() as s:
            self.get(s, ProtectionCase, case_id)
            return self._referrals(s, case_id)

    # -- follow-ups (tindak lanjut) ------------------------------------------------------

    def add_follow_up(
        self,
        case_id: uuid.UUID,
        action: str,
        due_on: date,
        *,
        notes: str | None = None,
        session: Session | None = None,
    ) -> CaseFollowUp:
        """Plan an action on a case, due on ``due_on``."""
        clean, problems = self.clean(
            CaseFollowUp, {"action": action, "notes": notes}, ("action", "notes")
        )
        problems += required("action", clean["action"], self.label("action"))
        problems += self.is_date("due_on", due_on, optional=False)
        require(problems)
        with self.writing(session) as s:
            case = self.get(s, ProtectionCase, case_id)
            if case.status == CaseStatus.CLOSED:
                raise ValidationFailed([_problem("case_id", "protection.follow_up_closed")])
            return self.add(s, CaseFollowUp, case_id=case.id, due_on=due_on, **clean)

    def mark_done(
        self,
        follow_up_id: uuid.UUID,
        *,
        done_on: date | None = None,
        notes: str | None = None,
        session: Session | None = None,
    ) -> CaseFollowUp:
        """Mark a follow-up done (``done_on``, default today)."""
        done_on = done_on or date.today()
        clean, problems = self.clean(
            CaseFollowUp, {"notes": notes} if notes is not None else {}, ("notes",)
        )
        require(problems + self.is_date("done_on", done_on))
        with self.writing(session) as s:
            follow_up = self.get(s, CaseFollowUp, follow_up_id)
            if follow_up.done_on is not None:
                raise ValidationFailed(
                    [
                        _problem(
                            "done_on", "protection.already_done", done=show_date(follow_up.done_on)
                        )
                    ]
                )
            case = self.get(s, ProtectionCase, follow_up.case_id)
            if done_on < case.reported_on:
                raise ValidationFailed(
                    [
                        _problem(
                            "done_on",
                            "protection.before_report",
                            what=self.label("done_on"),
                            when=show_date(done_on),
                            reported=show_date(case.reported_on),
                        )
                    ]
                )
            self.change(s, follow_up, done_on=done_on, **clean)
            return follow_up

    def follow_ups(self, case_id: uuid.UUID) -> list[CaseFollowUp]:
        with self.store.read() as s:
            self.get(s, ProtectionCase, case_id)
            statement = self.active(CaseFollowUp).where(CaseFollowUp.case_id == case_id)
            return list(s.exec(statement.order_by(col(CaseFollowUp.due_on), col(CaseFollowUp.id))))

    def follow_ups_due(self, today: date | None = None) -> list[DueFollowUp]:
        """Follow-ups not done and due on or before ``today``, oldest first.

        Those of closed cases are left out: closing a case ends what the centre owes on it.
        """
        today = today or date.today()
        with self.store.read() as s:
            statement = (
                select(CaseFollowUp, ProtectionCase, Person)
                .join(ProtectionCase, col(ProtectionCase.id) == CaseFollowUp.case_id)
                .join(Person, col(Person.id) == ProtectionCase.person_id)
                .where(
                    CaseFollowUp.centre_id == self.actor.centre_id,
                    CaseFollowUp.deleted == False,  # noqa: E712
                    ProtectionCase.deleted == False,  # noqa: E712
                    Person.deleted == False,  # noqa: E712
                    ProtectionCase.status != CaseStatus.CLOSED.value,
                    col(CaseFollowUp.done_on).is_(None),
                    CaseFollowUp.due_on <= today,
                )
                .order_by(col(CaseFollowUp.due_on), col(Person.name))
            )
            return [
                DueFollowUp(
                    follow_up_id=follow_up.id,
                    case_id=case.id,
                    person_id=person.id,
                    person_name=person.name,
                    case_type=case.case_type,
                    action=follow_up.action,
                    due_on=follow_up.due_on,
                    days_overdue=(today - follow_up.due_on).days,
                )
                for follow_up, case, person in s.exec(statement)
            ]
