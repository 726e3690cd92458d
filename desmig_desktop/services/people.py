"""Penduduk: households and people, with the identity rules of the domain.

A NIK is checked (length, district, encoded date and sex, serial) when it is entered,
whoever enters it: the GUI, an import or, later, sync. A NIK that disagrees with the
birth date or sex is stored but flagged for verification; a person without a NIK is
stored and flagged; a made-up NIK is never stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, func, select

from .. import i18n, validation
from ..domain import (
    CompetencyCertificate,
    Consent,
    Consultation,
    CoopMember,
    Enterprise,
    EnterpriseTrainingParticipant,
    Household,
    InfoSessionParticipant,
    MigrationEpisode,
    ParentingChild,
    Person,
    PersonErasure,
    ProtectionCase,
    SyncedRecord,
    VocationalParticipant,
)
from ..domain.enums import (
    ABROAD_STAGES,
    RETURNED_STAGES,
    Education,
    HouseholdRelationship,
    MaritalStatus,
    Role,
    Sex,
)
from ..text import fold
from ..validation import Problem
from .base import Service, choice, require, required
from .consent import WITHOUT_CONSENT_DRIVER, WITHOUT_CONSENT_SQL
from .duplicates import similar_names
from .errors import ValidationFailed
from .migration import FINISHED_STAGES, PRE_DEPARTURE_STAGES
from .profile import PersonProfile, read_profile

i18n.register(
    {
        "person.nik_taken": {
            "id": "NIK {nik} sudah terdaftar atas nama {name}. Buka data orang itu, jangan membuat data ganda.",
            "en": "NIK {nik} is already registered to {name}. Open that person's record instead of creating a duplicate.",
        },
        "label.name": {"id": "Nama", "en": "Name"},
        "label.sex": {"id": "Jenis kelamin", "en": "Sex"},
        "label.education": {"id": "Pendidikan", "en": "Education"},
        "label.marital_status": {"id": "Status perkawinan", "en": "Marital status"},
        "label.relationship": {"id": "Hubungan dalam keluarga", "en": "Relationship in household"},
        "label.rt": {"id": "RT", "en": "RT"},
        "label.rw": {"id": "RW", "en": "RW"},
        "person.merge_self": {
            "id": "Data tidak dapat digabung dengan dirinya sendiri. Pilih data orang yang lain.",
            "en": "A record cannot be merged with itself. Choose another person's record.",
        },
        "person.merge_gone": {
            "id": "Data {name} sudah digabung atau dihapus, jadi tidak dapat digabung lagi. Muat ulang daftar.",
            "en": "The record of {name} was already merged or deleted, so it cannot be merged again. Reload the list.",
        },
        "person.merge_erased": {
            "id": "Data pribadi salah satu orang ini sudah dihapus atas permintaannya, jadi datanya tidak dapat digabung.",
            "en": "The personal data of one of these people was erased at their request, so the records cannot be merged.",
        },
        "person.merge_two_journeys": {
            "id": "Kedua data punya perjalanan migrasi yang masih berjalan. Selesaikan atau batalkan salah satu dulu, lalu gabungkan.",
            "en": "Both records have a migration journey in progress. Finish or cancel one of them first, then merge.",
        },
        "person.merge_reason_long": {
            "id": "Alasan penggabungan paling panjang {length} huruf.",
            "en": "The reason for merging can be at most {length} characters.",
        },
        "action.merge_people": {
            "id": "menggabungkan data ganda",
            "en": "merging duplicate records",
        },
        "label.merge_reason": {"id": "Alasan penggabungan", "en": "Reason for merging"},
        "label.merged_into_id": {"id": "Digabung ke", "en": "Merged into"},
        "label.merged_from": {"id": "Digabung dari", "en": "Merged from"},
        "household.rt_rw": {
            "id": "{field} harus berupa angka 1 sampai 3 digit, misalnya 003.",
            "en": "{field} must be a number of 1 to 3 digits, e.g. 003.",
        },
    }
)

PERSON_FIELDS = (
    "household_id",
    "nik",
    "name",
    "sex",
    "birth_place",
    "birth_date",
    "phone",
    "education",
    "marital_status",
    "relationship",
)


@dataclass(frozen=True)
class PersonRow:
    """One line of the people list (what search returns)."""

    id: uuid.UUID
    nik: str | None
    name: str
    sex: str
    birth_date: date | None
    no_kk: str | None
    dusun: str | None
    flags: str


class PeopleStatus(StrEnum):
    """Where a person stands, from their latest journey (the people list's filter)."""

    PROSPECTIVE = "calon"  # registered, not departed yet
    ABROAD = "luar_negeri"  # departed or working abroad
    RETURNED = "purna"  # back home (returned, reintegrated)


STATUS_STAGES: dict[str, frozenset[str]] = {
    PeopleStatus.PROSPECTIVE: frozenset(s.value for s in PRE_DEPARTURE_STAGES),
    PeopleStatus.ABROAD: frozenset(s.value for s in ABROAD_STAGES),
    PeopleStatus.RETURNED: frozenset(s.value for s in RETURNED_STAGES),
}


@dataclass(frozen=True)
class PeopleFilter:
    """What the people list is narrowed to, besides the search text (None: any)."""

    status: str | None = None  # PeopleStatus
    dusun: str | None = None
    sex: str | None = None  # Sex
    age_min: int | None = None  # whole years, today
    age_max: int | None = None
    without_consent: bool = False  # only people with no consent in force (UU 27/2022)

    def __bool__(self) -> bool:
        return self.without_consent or any(
            value not in (None, "")
            for value in (self.status, self.dusun, self.sex, self.age_min, self.age_max)
        )


@dataclass(frozen=True)
class DuplicateCandidate:
    """A registered person who may be the one being entered, and why."""

    person: PersonRow
    same_nik: bool
    similar_name: bool  # a similar name (services/duplicates.py) and the same birth date


# Every link from a record to a person, except the participations below: a merge moves
# each onto the kept person (tests check that no link to person.id is missing here).
PERSON_LINKS: tuple[tuple[type[SyncedRecord], str], ...] = (
    (MigrationEpisode, "person_id"),
    (Consultation, "person_id"),
    (ProtectionCase, "person_id"),
    (Enterprise, "owner_id"),
    (ParentingChild, "child_id"),
    (ParentingChild, "guardian_id"),
    (ParentingChild, "parent_id"),
    (CoopMember, "person_id"),
    (CompetencyCertificate, "person_id"),
    (Consent, "person_id"),
)
# Attendance of an event (person column, event column): a person attends an event once,
# so the duplicate's attendance is dropped when the kept person attended the same event.
PERSON_PARTICIPATIONS: tuple[tuple[type[SyncedRecord], str, str], ...] = (
    (InfoSessionParticipant, "person_id", "session_id"),
    (EnterpriseTrainingParticipant, "person_id", "training_id"),
    (VocationalParticipant, "person_id", "training_id"),
)
MERGE_REASON_LENGTH = 300


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def clean_household(fields: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Normalised household fields and the problems found."""
    clean = {k: _blank_to_none(v) for k, v in fields.items()}
    problems: list[Problem] = []
    if clean.get("no_kk"):
        clean["no_kk"] = validation.normalise_nik(clean["no_kk"])
        problems += validation.check_kk(clean["no_kk"])
    for key in ("rt", "rw"):
        value = clean.get(key)
        if value is not None:
            if not str(value).isdigit() or len(str(value)) > 3:
                label = i18n.t(f"label.{key}")
                problems.append(
                    Problem(key, "household.rt_rw", i18n.t("household.rt_rw", field=label), "error")
                )
            else:
                clean[key] = f"{int(value):03d}"
    return clean, problems


def clean_person(
    fields: dict[str, Any], *, partial: bool = False
) -> tuple[dict[str, Any], list[Problem]]:
    """Normalised person fields and every problem (errors and warnings).

    With ``partial`` (an update), only the fields given are checked, except that the NIK
    is checked against the birth date and sex given with it.
    """
    clean = {k: _blank_to_none(v) for k, v in fields.items()}
    problems: list[Problem] = []
    if not partial or "name" in clean:
        problems += required("name", clean.get("name"), i18n.t("label.name"))
        if clean.get("name"):
            clean["name"] = " ".join(clean["name"].split())
    if not partial or "sex" in clean:
        sex = validation.normalise_sex(clean.get("sex") or "")
        if sex is None:
            problems += choice("sex", clean.get("sex"), Sex, label=i18n.t("label.sex"))
        else:
            clean["sex"] = sex
    if clean.get("birth_date") is not None:
        problems += validation.check_birth_date(clean["birth_date"])
    if clean.get("nik"):
        clean["nik"] = validation.normalise_nik(clean["nik"])
        problems += validation.check_nik(
            clean["nik"], birth_date=clean.get("birth_date"), sex=clean.get("sex")
        )
    if clean.get("phone"):
        phone_problems = validation.check_phone(clean["phone"])
        problems += phone_problems
        if not phone_problems:
            clean["phone"] = validation.normalise_phone(clean["phone"])
    problems += choice(
        "education",
        clean.get("education"),
        Education,
        optional=True,
        label=i18n.t("label.education"),
    )
    problems += choice(
        "marital_status",
        clean.get("marital_status"),
        MaritalStatus,
        optional=True,
        label=i18n.t("label.marital_status"),
    )
    problems += choice(
        "relationship",
        clean.get("relationship"),
        HouseholdRelationship,
        optional=True,
        label=i18n.t("label.relationship"),
    )
    return clean, problems


def flags_for(nik: str | None, warnings: list[Problem]) -> str:
    """The verification flags of a person: a missing NIK and every warning's code."""
    codes = {w.code for w in warnings}
    if not nik:
        codes.add("nik.missing")
    return ",".join(sorted(codes))


class PeopleService(Service):
    """Households and people of the centre."""

    # -- households ------------------------------------------------------------------

    def add_household(self, session: Session | None = None, **fields: Any) -> Household:
        clean, problems = clean_household(fields)
        require(problems)
        if session is not None:
            return self.add(session, Household, **clean)
        with self.store.write(self.actor.username) as own:
            return self.add(own, Household, **clean)

    def household_by_kk(self, session: Session, no_kk: str) -> Household | None:
        return session.exec(self.active(Household).where(Household.no_kk == no_kk)).first()

    # -- people ----------------------------------------------------------------------

    def add_person(
        self, session: Session | None = None, **fields: Any
    ) -> tuple[Person, list[Problem]]:
        """Register a person; returns the record and the warnings it was flagged with."""
        unknown = set(fields) - set(PERSON_FIELDS)
        if unknown:
            raise ValidationFailed(
                [
                    Problem(f, "field.unknown", i18n.t("field.unknown", field=f), "error")
                    for f in sorted(unknown)
                ]
            )
        clean, problems = clean_person(fields)
        warnings = require(problems)
        if session is None:
            with self.store.write(self.actor.username) as own:
                return self._insert_person(own, clean, warnings), warnings
        return self._insert_person(session, clean, warnings), warnings

    def _insert_person(
        self, session: Session, clean: dict[str, Any], warnings: list[Problem]
    ) -> Person:
        if clean.get("nik"):
            self._check_nik_free(session, clean["nik"], None)
        if clean.get("household_id") is not None:
            self.get(session, Household, clean["household_id"])
        return self.add(session, Person, flags=flags_for(clean.get("nik"), warnings), **clean)

    def update_person(
        self, person_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> tuple[Person, list[Problem]]:
        """Change some fields of a person; the flags are worked out again."""
        unknown = set(fields) - set(PERSON_FIELDS)
        if unknown:
            raise ValidationFailed(
                [
                    Problem(f, "field.unknown", i18n.t("field.unknown", field=f), "error")
                    for f in sorted(unknown)
                ]
            )
        if session is None:
            with self.store.write(self.actor.username) as own:
                return self._update_person(own, person_id, fields)
        return self._update_person(session, person_id, fields)

    def _update_person(
        self, session: Session, person_id: uuid.UUID, fields: dict[str, Any]
    ) -> tuple[Person, list[Problem]]:
        person = self.get(session, Person, person_id)
        merged = {name: getattr(person, name) for name in PERSON_FIELDS}
        merged.update(fields)
        # Check the whole record as it will be, so a new NIK meets the stored birth date.
        clean, problems = clean_person(merged)
        warnings = require(problems)
        if clean.get("nik") and clean["nik"] != person.nik:
            self._check_nik_free(session, clean["nik"], person.id)
        if clean.get("household_id") is not None and clean["household_id"] != person.household_id:
            self.get(session, Household, clean["household_id"])
        changed = {k: v for k, v in clean.items() if getattr(person, k) != v}
        changed["flags"] = flags_for(clean.get("nik"), warnings)
        self.change(session, person, **changed)
        return person, warnings

    def delete_person(self, person_id: uuid.UUID) -> None:
        with self.store.write(self.actor.username) as session:
            self.remove(session, self.get(session, Person, person_id))

    def _check_nik_free(self, session: Session, nik: str, own_id: uuid.UUID | None) -> None:
        other = self.by_nik(session, nik)
        if other is not None and other.id != own_id:
            raise ValidationFailed(
                [
                    Problem(
                        "nik",
                        "person.nik_taken",
                        i18n.t("person.nik_taken", nik=nik, name=other.name),
                        "error",
                    )
                ]
            )

    def by_nik(self, session: Session, nik: str) -> Person | None:
        return session.exec(self.active(Person).where(Person.nik == nik)).first()

    def person(self, person_id: uuid.UUID) -> Person:
        with self.store.read() as session:
            return self.get(session, Person, person_id)

    def profile(self, person_id: uuid.UUID) -> PersonProfile:
        """Everything about one person, for the person page's tabs (one read)."""
        with self.store.read() as session:
            return read_profile(self, session, person_id)

    # -- duplicates ----------------------------------------------------------------------

    def likely_duplicates(
        self,
        name: str | None,
        birth_date: date | None,
        nik: str | None,
        exclude_id: uuid.UUID | None = None,
    ) -> list[DuplicateCandidate]:
        """Registered people who may be the person being entered: the same NIK, or a
        similar name (Indonesian spelling variants) and the same birth date.

        Both come from an index (NIK, birth date), so this answers in a millisecond over
        100,000 people; ``exclude_id`` leaves out the record being edited.
        """
        with self.store.read() as session:
            return find_duplicates(
                session,
                self.actor.centre_id,
                name=name,
                birth_date=birth_date,
                nik=nik,
                exclude_id=exclude_id,
            )

    def merge_people(self, keep_id: uuid.UUID, duplicate_id: uuid.UUID, reason: str) -> Person:
        """Merge the record ``duplicate_id`` into ``keep_id``, in one unit of work.

        Every record linked to the duplicate (journeys, cases, enterprises, children and
        guardians, memberships, certificates, attendance) moves to the kept person; the
        kept person's empty fields (household included) are filled from the duplicate;
        the duplicate becomes a tombstone with ``merged_into_id`` and the reason. Each
        step is an ordinary captured write, so the merge syncs and shows in history.
        """
        self.check_role(Role.OFFICER, i18n.t("action.merge_people"))
        reason = " ".join((reason or "").split())
        problems = required("merge_reason", reason, i18n.t("label.merge_reason"))
        if len(reason) > MERGE_REASON_LENGTH:
            problems.append(_merge_problem("person.merge_reason_long", length=MERGE_REASON_LENGTH))
        require(problems)
        if keep_id == duplicate_id:
            raise ValidationFailed([_merge_problem("person.merge_self")])
        with self.store.write(self.actor.username) as session:
            keep = self.get(session, Person, keep_id, include_deleted=True)
            duplicate = self.get(session, Person, duplicate_id, include_deleted=True)
            for person in (keep, duplicate):
                if person.deleted or person.merged_into_id is not None:
                    raise ValidationFailed([_merge_problem("person.merge_gone", name=person.name)])
            # An erasure stays with the record it emptied: such a record is not merged.
            erased = session.exec(
                select(PersonErasure).where(
                    col(PersonErasure.person_id).in_([keep_id, duplicate_id])
                )
            ).first()
            if erased is not None:
                raise ValidationFailed([_merge_problem("person.merge_erased")])
            self._check_one_open_journey(session, keep_id, duplicate_id)
            self._move_links(session, keep_id, duplicate_id)
            fills = {
                name: getattr(duplicate, name)
                for name in PERSON_FIELDS
                if getattr(keep, name) in (None, "") and getattr(duplicate, name) not in (None, "")
            }
            self.change(session, duplicate, merged_into_id=keep_id, merge_reason=reason)
            self.remove(session, duplicate)
            # After the tombstone, so the duplicate's NIK is free for the kept record.
            kept, _warnings = self._update_person(session, keep_id, fills)
            return kept

    def _check_one_open_journey(
        self, session: Session, keep_id: uuid.UUID, duplicate_id: uuid.UUID
    ) -> None:
        finished = [stage.value for stage in FINISHED_STAGES]
        open_for = {
            episode.person_id
            for episode in session.exec(
                self.active(MigrationEpisode).where(
                    col(MigrationEpisode.person_id).in_([keep_id, duplicate_id]),
                    col(MigrationEpisode.stage).not_in(finished),
                )
            )
        }
        if len(open_for) == 2:
            raise ValidationFailed([_merge_problem("person.merge_two_journeys")])

    def _move_links(self, session: Session, keep_id: uuid.UUID, duplicate_id: uuid.UUID) -> None:
        for model, column in PERSON_LINKS:
            field = getattr(model, column)
            for record in session.exec(self.active(model).where(field == duplicate_id)).all():
                self.change(session, record, **{column: keep_id})
        for model, column, event in PERSON_PARTICIPATIONS:
            person = getattr(model, column)
            attended = {
                getattr(record, event)
                for record in session.exec(self.active(model).where(person == keep_id))
            }
            for record in session.exec(self.active(model).where(person == duplicate_id)).all():
                if getattr(record, event) in attended:
                    self.remove(session, record)
                else:
                    self.change(session, record, **{column: keep_id})
                    attended.add(getattr(record, event))
        # Records merged earlier into the duplicate now point at the survivor, so a
        # tombstone never leads to another tombstone.
        earlier = select(Person).where(
            Person.centre_id == self.actor.centre_id, Person.merged_into_id == duplicate_id
        )
        for record in session.exec(earlier).all():
            self.change(session, record, merged_into_id=keep_id)

    def count(self) -> int:
        with self.store.read() as session:
            return session.exec(
                select(func.count())
                .select_from(Person)
                .where(
                    Person.centre_id == self.actor.centre_id,
                    Person.deleted == False,  # noqa: E712
                )
            ).one()

    # -- search ------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        offset: int = 0,
        filters: PeopleFilter | None = None,
    ) -> list[PersonRow]:
        """People whose name holds every word of ``query`` (any fragment, any order, case
        and accents ignored), or whose NIK or KK number starts with the digits typed,
        narrowed by ``filters`` (status, dusun, sex, age)."""
        with self.store.search_read() as session:
            return search_people(
                session,
                self.actor.centre_id,
                query,
                limit=limit,
                offset=offset,
                filters=filters,
            )

    def dusuns(self) -> list[str]:
        """The dusun names the centre's households use, for the list's filter."""
        with self.store.read() as session:
            names = session.exec(
                select(Household.dusun)
                .where(
                    Household.centre_id == self.actor.centre_id,
                    Household.deleted == False,  # noqa: E712
                    col(Household.dusun).is_not(None),
                )
                .distinct()
            )
            return sorted({name for name in names if name}, key=str.casefold)

    def rows(self, person_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PersonRow]:
        """The list rows of the given people, by id (deleted people left out).

        What a pillar's list needs for its names and NIKs: reading only these people,
        not every person of the centre, keeps the list quick and small at 100,000 people.
        """
        wanted = list(dict.fromkeys(person_ids))
        found: dict[uuid.UUID, PersonRow] = {}
        with self.store.read() as session:
            for start in range(0, len(wanted), _IDS_PER_QUERY):
                chunk = wanted[start : start + _IDS_PER_QUERY]
                params: dict[str, Any] = {"centre": self.actor.centre_id.bytes}
                marks = []
                for number, person_id in enumerate(chunk):
                    params[f"i{number}"] = person_id.bytes
                    marks.append(f":i{number}")
                sql = (
                    f"SELECT {_ROW_COLUMNS} WHERE p.id IN ({', '.join(marks)})"
                    " AND +p.centre_id = :centre AND p.deleted = 0"
                )
                for values in session.execute(text(sql), params):
                    row = _row(values)
                    found[row.id] = row
        return found


def _merge_problem(code: str, /, **params: object) -> Problem:
    return Problem("person_id", code, i18n.t(code, **params), "error")


# Ids bound per query when reading given people (SQLite allows far more; this keeps each
# statement short and its plan a simple walk of the primary key).
_IDS_PER_QUERY = 500
_ROW_COLUMNS = (
    "p.id, p.nik, p.name, p.sex, p.birth_date, h.no_kk, h.dusun, p.flags "
    "FROM person p LEFT JOIN household h ON h.id = p.household_id "
)


def find_duplicates(
    session: Session,
    centre_id: uuid.UUID,
    *,
    name: str | None,
    birth_date: date | None,
    nik: str | None,
    exclude_id: uuid.UUID | None = None,
) -> list[DuplicateCandidate]:
    """The look-up behind :meth:`PeopleService.likely_duplicates`, same-NIK first."""
    live = "+p.centre_id = :centre AND p.deleted = 0"
    params: dict[str, Any] = {"centre": centre_id.bytes}
    found: dict[uuid.UUID, DuplicateCandidate] = {}
    nik = validation.normalise_nik(nik) if nik else None
    if nik:
        params["nik"] = nik
        statement = text(f"SELECT {_ROW_COLUMNS} WHERE p.nik = :nik AND {live}")
        for values in session.execute(statement, params):
            row = _row(values)
            found[row.id] = DuplicateCandidate(row, same_nik=True, similar_name=False)
    if birth_date is not None and name and name.strip():
        params["birth_date"] = birth_date.isoformat()
        statement = text(f"SELECT {_ROW_COLUMNS} WHERE p.birth_date = :birth_date AND {live}")
        for values in session.execute(statement, params):
            row = _row(values)
            if similar_names(name, row.name):
                found[row.id] = DuplicateCandidate(row, row.id in found, similar_name=True)
    if exclude_id is not None:
        found.pop(exclude_id, None)
    return sorted(found.values(), key=lambda c: (not c.same_nik, c.person.name, c.person.id))


def _row(values: Any) -> PersonRow:
    birth = values[4]
    return PersonRow(
        id=uuid.UUID(bytes=values[0]),
        nik=values[1],
        name=values[2],
        sex=values[3],
        birth_date=date.fromisoformat(birth) if isinstance(birth, str) else birth,
        no_kk=values[5],
        dusun=values[6],
        flags=values[7],
    )


# Above this many candidates, walking people in name order (ix_person_name) and stopping
# at the end of the page is cheaper than sorting every candidate; below it, the reverse.
_MANY = 2000
_PERSON_COLUMNS = "p.id, p.nik, p.name, p.sex, p.birth_date, h.no_kk, h.dusun, p.flags"
_HOUSEHOLD_JOIN = " LEFT JOIN household h ON h.id = p.household_id"


def _many(
    session: Session, candidates: str, params: dict[str, Any], more_than: int | None = None
) -> bool:
    """Whether the ``candidates`` query yields more than ``more_than`` (default
    :data:`_MANY`) rows. It stops counting there, so the question costs a millisecond
    whatever the answer when the candidates come from an index."""
    bound = _MANY if more_than is None else more_than
    count = f"SELECT count(*) FROM ({candidates} LIMIT {bound + 1})"
    return bool(session.execute(text(count), params).scalar_one() > bound)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def _filter_sql(
    filters: PeopleFilter, params: dict[str, Any], today: date
) -> tuple[list[str], list[str], list[str]]:
    """The filters as SQL: conditions for a walk in name order (written so SQLite keeps
    walking), the same conditions for a plan driven by an index, and the drivers
    (subqueries of people's rowids, each read from an index) that a filter offers."""
    walk: list[str] = []
    indexed: list[str] = []
    drivers: list[str] = []
    if filters.status:
        stages = STATUS_STAGES[filters.status]
        marks = []
        for index, stage in enumerate(sorted(stages)):
            params[f"st{index}"] = stage
            marks.append(f":st{index}")
        in_stages = ", ".join(marks)
        # The person's latest journey (by registration, then key) decides. Written as
        # "a journey at one of these stages, and none later" rather than as the stage of
        # the latest one: most people have no journey, and for them this is one look-up
        # in ix_migration_episode_person_id, where a sorted subquery sets up a sorter.
        # "+" keeps it on that index: by stage and person it would be a look-up per stage.
        later = (
            "SELECT 1 FROM migration_episode l WHERE l.person_id = p.id AND l.deleted = 0"
            " AND (coalesce(l.registered_on, '') > coalesce(e.registered_on, '')"
            " OR (coalesce(l.registered_on, '') = coalesce(e.registered_on, '') AND l.id > e.id))"
        )
        latest = (
            "EXISTS (SELECT 1 FROM migration_episode e WHERE e.person_id = p.id"
            f" AND e.deleted = 0 AND +e.stage IN ({in_stages}) AND NOT EXISTS ({later}))"
        )
        walk.append(latest)
        indexed.append(latest)
        # Drivers yield people's rowids from indexes alone; what they let through too
        # (a deleted journey, a deleted household) the conditions above take out.
        drivers.append(
            "SELECT DISTINCT p.rowid AS rid FROM migration_episode e"
            f" CROSS JOIN person p ON p.id = e.person_id WHERE e.stage IN ({in_stages})"
        )
    if filters.age_min is not None or filters.age_max is not None:
        # Age in whole years today: born after the day (max + 1) years ago, and on or
        # before the day min years ago.
        born_after = _years_before(today, (filters.age_max or 150) + 1)
        born_by = _years_before(today, filters.age_min or 0)
        params.update(born_after=born_after.isoformat(), born_by=born_by.isoformat())
        between = "p.birth_date > :born_after AND p.birth_date <= :born_by"
        walk.append("+p.birth_date > :born_after AND +p.birth_date <= :born_by")
        indexed.append(between)
        drivers.append(f"SELECT p.rowid AS rid FROM person p WHERE {between}")
    if filters.dusun:
        params["dusun"] = filters.dusun
        walk.append("h.dusun = :dusun")
        indexed.append("h.dusun = :dusun")
        drivers.append(
            "SELECT p.rowid AS rid FROM household h CROSS JOIN person p ON p.household_id = h.id"
            " WHERE h.dusun = :dusun"
        )
    if filters.sex:
        params["sex"] = filters.sex
        walk.append("p.sex = :sex")
        indexed.append("p.sex = :sex")
    if filters.without_consent:
        # The people the store's triggers list as having no consent in force (0009).
        walk.append(WITHOUT_CONSENT_SQL)
        indexed.append(WITHOUT_CONSENT_SQL)
        drivers.append(WITHOUT_CONSENT_DRIVER)
    return walk, indexed, drivers


# With filters, the walk in name order is first tried over this many people (at least):
# when the page fills there, the filters are broad and that was the whole cost; when it
# does not, they are narrow together, and their indexes' intersection is smaller.
_WINDOW = 3000
# A walk expected to go further than this many windows loses to the filters' indexes.
_WALK_LIMIT = 4


def search_people(
    session: Session,
    centre_id: uuid.UUID,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    filters: PeopleFilter | None = None,
    today: date | None = None,
) -> list[PersonRow]:
    """The search behind :meth:`PeopleService.search` (shared with the benchmarks).

    A query that few people match starts from an index (trigram, NIK, KK) and sorts what
    it finds; one that many match walks people in name order until the page is full. Both
    answer in milliseconds over 100,000 people, where one plan for all takes seconds.

    Filters follow the same rule. A filter that few people pass (a rare status, a narrow
    age range, a small dusun) starts the search from its own index. Otherwise the walk is
    tried over the first people in name order (:data:`_WINDOW`); if the page does not
    fill there, the filters are narrow together, and the search starts from the people
    every filter's index yields.
    """
    centre = centre_id.bytes
    folded = fold(query)
    params: dict[str, Any] = {"centre": centre, "limit": limit, "offset": offset}
    walk_filters, indexed_filters, drivers = _filter_sql(
        filters or PeopleFilter(), params, today or date.today()
    )
    walk_sql = "".join(f" AND {condition}" for condition in walk_filters)
    indexed_sql = "".join(f" AND {condition}" for condition in indexed_filters)
    # "+" keeps SQLite off ix_person_centre_id: every row of a store has the same centre,
    # so that index narrows nothing, yet without statistics the planner takes it for a
    # selective one and visits every person for every query.
    live = "+p.centre_id = :centre AND p.deleted = 0"
    page = " ORDER BY p.name, p.id LIMIT :limit OFFSET :offset"
    by_name = f"SELECT {_ROW_COLUMNS}"

    def driven_by(driver: str) -> str:
        # CROSS JOIN fixes the order: from the filter's people to their rows.
        return (
            f"SELECT {_PERSON_COLUMNS} FROM ({driver}) d"
            f" CROSS JOIN person p ON p.rowid = d.rid{_HOUSEHOLD_JOIN}"
        )

    def few_driver() -> str | None:
        """The first filter whose index yields few people, as the start of a query."""
        for driver in drivers:
            if not _many(session, driver, params):
                return driven_by(driver)
        return None

    def rows(sql: str) -> list[PersonRow]:
        return [_row(values) for values in session.execute(text(sql), params)]

    # What the walk in name order tests for the query's text (when the walk is chosen),
    # and the join that brings the text in.
    walk_where: str | None = None
    text_join = ""
    text_driver: str | None = None
    sql: str | None = None
    compact = folded.replace(" ", "").replace(".", "")
    if not folded:
        driven = few_driver()
        if driven is not None:
            sql = f"{driven} WHERE {live}{indexed_sql}{page}"
        else:
            walk_where = ""
    elif compact.isdigit():
        # NIK or KK prefix.
        params.update(low=compact, high=compact + ":")
        in_nik = "p.nik >= :low AND p.nik < :high"
        in_kk = "h.no_kk >= :low AND h.no_kk < :high"
        candidates = (
            f"SELECT 1 FROM person p WHERE {in_nik}"
            f" UNION ALL SELECT 1 FROM household h CROSS JOIN person p ON p.household_id = h.id WHERE {in_kk}"
        )
        if _many(session, candidates, params):
            # "+": test each person walked in name order, not a loop over the NIK index.
            walk_where = f" AND ((+p.nik >= :low AND +p.nik < :high) OR ({in_kk}))"
        else:
            sql = (
                f"{by_name} WHERE {live} AND (({in_nik})"
                " OR p.household_id IN (SELECT id FROM household WHERE no_kk >= :low AND no_kk < :high))"
                f"{indexed_sql}{page}"
            )
    else:
        words = folded.split()
        long_words = [w for w in words if len(w) >= 3]
        short_words = [w for w in words if len(w) < 3]
        likes = []
        for index, word in enumerate(short_words):
            params[f"w{index}"] = (
                "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
            likes.append(f"t.text LIKE :w{index} ESCAPE '\\'")
        like_sql = "".join(f" AND {clause}" for clause in likes)
        text_join = " CROSS JOIN person_search_text t ON t.person_id = p.id"
        if long_words:
            # The trigram index finds candidates for words of three letters or more.
            params["match"] = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
            matching = "SELECT rowid FROM person_search WHERE person_search MATCH :match"
            candidates = (
                "SELECT 1 FROM person_search s CROSS JOIN person_search_text t ON t.id = s.rowid"
                f" WHERE person_search MATCH :match{like_sql}"
            )
            if not _many(session, candidates, params):
                # CROSS JOIN fixes the order: from the index's matches to their people.
                sql = (
                    f"SELECT {_PERSON_COLUMNS} FROM person_search s"
                    " CROSS JOIN person_search_text t ON t.id = s.rowid"
                    f" CROSS JOIN person p ON p.id = t.person_id{_HOUSEHOLD_JOIN}"
                    f" WHERE person_search MATCH :match AND {live}{like_sql}{indexed_sql}{page}"
                )
            else:
                # "+": the matches become a filter on the walk, not a loop per person.
                walk_where = f" AND +t.id IN ({matching}){like_sql}"
                # Many match the text: its matches join the filters' indexes only when
                # the filters narrow them, and the walk would be long.
                text_driver = (
                    "SELECT p.rowid AS rid FROM person_search s"
                    " CROSS JOIN person_search_text t ON t.id = s.rowid"
                    " CROSS JOIN person p ON p.id = t.person_id"
                    " WHERE person_search MATCH :match"
                )
        else:
            # Only words of one or two letters, too short for the trigram index. No index
            # counts their matches: the count scans the search texts until it has enough,
            # 80,000 rows for a pair of letters in 2.5% of names at _MANY. Walking in name
            # order beats sorting the matches once they are ten times the rows the page
            # needs (the ratio behind _MANY, for pages of 200), so count only that far:
            # the first page of a search as you type asks for 50 rows.
            matching = f"SELECT 1 FROM person_search_text t WHERE {' AND '.join(likes)}"
            if not _many(session, matching, params, more_than=min(_MANY, 10 * (offset + limit))):
                sql = (
                    f"SELECT {_PERSON_COLUMNS} FROM person_search_text t"
                    f" CROSS JOIN person p ON p.id = t.person_id{_HOUSEHOLD_JOIN}"
                    f" WHERE {live}{like_sql}{indexed_sql}{page}"
                )
            else:
                walk_where = like_sql
        if walk_where is not None and (driven := few_driver()) is not None:
            sql = f"{driven}{text_join} WHERE {live}{walk_where}{indexed_sql}{page}"
    if sql is not None:
        return rows(sql)
    assert walk_where is not None
    # JOIN, not CROSS JOIN, for the text: the walk in name order leads.
    walk_join = text_join.replace(" CROSS JOIN ", " JOIN ")
    where = f" WHERE {live}{walk_where}"
    if not walk_filters:
        return rows(f"{by_name}{walk_join}{where}{page}")
    params["window"] = max(_WINDOW, 10 * (offset + limit))
    window = (
        f"SELECT {_PERSON_COLUMNS}"
        " FROM (SELECT * FROM person ORDER BY name, id LIMIT :window) p"
        f"{_HOUSEHOLD_JOIN}{walk_join}{where}{walk_sql}{page}"
    )
    found = rows(window)
    if len(found) == limit:
        return found  # the first pages of the walk: the filters let many people through
    # How far the whole walk would go for this page, judged from the window's matches.
    matched = offset + len(found) if found else 0
    walk_length = (offset + limit) * params["window"] / matched if matched else None
    if drivers and (walk_length is None or walk_length > _WALK_LIMIT * params["window"]):
        starts = drivers + ([text_driver] if text_driver else [])
        every = " INTERSECT ".join(f"SELECT rid FROM ({driver})" for driver in starts)
        return rows(f"{driven_by(every)}{text_join}{where}{indexed_sql}{page}")
    if matched or not offset:
        # The walk goes on after the window rather than again from the start.
        last = session.execute(
            text("SELECT name, id FROM person ORDER BY name, id LIMIT 1 OFFSET :skip"),
            {"skip": params["window"] - 1},
        ).first()
        if last is None:
            return found  # the window held everyone
        params.update(
            last_name=last[0],
            last_id=last[1],
            rest=limit - len(found),
            rest_offset=max(0, offset - matched),
        )
        after = " AND (p.name, p.id) > (:last_name, :last_id)"
        rest = " ORDER BY p.name, p.id LIMIT :rest OFFSET :rest_offset"
        return found + rows(f"{by_name}{walk_join}{where}{after}{walk_sql}{rest}")
    return rows(f"{by_name}{walk_join}{where}{walk_sql}{page}")
