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
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, func, select

from .. import i18n, validation
from ..domain import Household, Person
from ..domain.enums import Education, HouseholdRelationship, MaritalStatus, Sex
from ..text import fold
from ..validation import Problem
from .base import Service, choice, require, required
from .errors import ValidationFailed

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

    def search(self, query: str, *, limit: int = 50, offset: int = 0) -> list[PersonRow]:
        """People whose name holds every word of ``query`` (any fragment, any order, case
        and accents ignored), or whose NIK or KK number starts with the digits typed."""
        with self.store.read() as session:
            return search_people(session, self.actor.centre_id, query, limit=limit, offset=offset)

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


# Ids bound per query when reading given people (SQLite allows far more; this keeps each
# statement short and its plan a simple walk of the primary key).
_IDS_PER_QUERY = 500
_ROW_COLUMNS = (
    "p.id, p.nik, p.name, p.sex, p.birth_date, h.no_kk, h.dusun, p.flags "
    "FROM person p LEFT JOIN household h ON h.id = p.household_id "
)


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


def _many(session: Session, candidates: str, params: dict[str, Any]) -> bool:
    """Whether the ``candidates`` query yields more than ``_MANY`` rows (it stops counting
    there, so the question costs a millisecond whatever the answer)."""
    count = f"SELECT count(*) FROM ({candidates} LIMIT {_MANY + 1})"
    return bool(session.execute(text(count), params).scalar_one() > _MANY)


def search_people(
    session: Session, centre_id: uuid.UUID, query: str, *, limit: int = 50, offset: int = 0
) -> list[PersonRow]:
    """The search behind :meth:`PeopleService.search` (shared with the benchmarks).

    A query that few people match starts from an index (trigram, NIK, KK) and sorts what
    it finds; one that many match walks people in name order until the page is full. Both
    answer in milliseconds over 100,000 people, where one plan for all takes seconds.
    """
    centre = centre_id.bytes
    folded = fold(query)
    params: dict[str, Any] = {"centre": centre, "limit": limit, "offset": offset}
    # "+" keeps SQLite off ix_person_centre_id: every row of a store has the same centre,
    # so that index narrows nothing, yet without statistics the planner takes it for a
    # selective one and visits every person for every query.
    live = "+p.centre_id = :centre AND p.deleted = 0"
    page = " ORDER BY p.name, p.id LIMIT :limit OFFSET :offset"
    by_name = f"SELECT {_ROW_COLUMNS}"
    compact = folded.replace(" ", "").replace(".", "")
    if not folded:
        sql = f"{by_name} WHERE {live}{page}"
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
            sql = f"{by_name} WHERE {live} AND ((+p.nik >= :low AND +p.nik < :high) OR ({in_kk})){page}"
        else:
            sql = (
                f"{by_name} WHERE {live} AND (({in_nik})"
                " OR p.household_id IN (SELECT id FROM household WHERE no_kk >= :low AND no_kk < :high))"
                f"{page}"
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
        with_text = f"{by_name} JOIN person_search_text t ON t.person_id = p.id"
        if long_words:
            # The trigram index finds candidates for words of three letters or more.
            params["match"] = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
            matching = "SELECT rowid FROM person_search WHERE person_search MATCH :match"
            candidates = (
                "SELECT 1 FROM person_search s CROSS JOIN person_search_text t ON t.id = s.rowid"
                f" WHERE person_search MATCH :match{like_sql}"
            )
            if _many(session, candidates, params):
                # "+": the matches become a filter on the walk, not a loop per person.
                sql = f"{with_text} WHERE +t.id IN ({matching}) AND {live}{like_sql}{page}"
            else:
                # CROSS JOIN fixes the order: from the index's matches to their people.
                sql = (
                    f"SELECT {_PERSON_COLUMNS} FROM person_search s"
                    " CROSS JOIN person_search_text t ON t.id = s.rowid"
                    f" CROSS JOIN person p ON p.id = t.person_id{_HOUSEHOLD_JOIN}"
                    f" WHERE person_search MATCH :match AND {live}{like_sql}{page}"
                )
        else:
            # Only words of one or two letters, too short for the trigram index.
            matching = f"SELECT 1 FROM person_search_text t WHERE {' AND '.join(likes)}"
            if _many(session, matching, params):
                sql = f"{with_text} WHERE {live}{like_sql}{page}"
            else:
                sql = (
                    f"SELECT {_PERSON_COLUMNS} FROM person_search_text t"
                    f" CROSS JOIN person p ON p.id = t.person_id{_HOUSEHOLD_JOIN}"
                    f" WHERE {live}{like_sql}{page}"
                )
    return [_row(values) for values in session.execute(text(sql), params)]
