"""Usaha Produktif: businesses of migrant workers' families and returnees (PMI purna),
their monthly reports, and the entrepreneurship trainings the centre runs."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlmodel import Session, col

from .. import i18n
from ..domain import (
    Enterprise,
    EnterpriseReport,
    EnterpriseTraining,
    EnterpriseTrainingParticipant,
    Household,
    Person,
)
from ..domain.enums import CapitalSource, EnterpriseSector, EnterpriseStatus
from ..validation import Problem
from .base import choice, require, required
from .errors import ValidationFailed
from .pillar import PillarService

i18n.register(
    {
        "enterprise.period_format": {
            "id": "Periode '{value}' tidak dikenali. Tulis tahun dan bulan sebagai TTTT-BB, misalnya 2024-07.",
            "en": "Period '{value}' is not understood. Write the year and month as YYYY-MM, e.g. 2024-07.",
        },
        "enterprise.already_enrolled": {
            "id": "{name} sudah terdaftar sebagai peserta pelatihan ini.",
            "en": "{name} is already enrolled in this training.",
        },
        "enterprise.flag_yes_no": {
            "id": "{field} harus diisi ya atau tidak.",
            "en": "{field} must be yes or no.",
        },
        "enterprise.label.name": {"id": "Nama usaha", "en": "Business name"},
        "enterprise.label.owner_id": {"id": "Pemilik", "en": "Owner"},
        "enterprise.label.household_id": {"id": "Keluarga", "en": "Household"},
        "enterprise.label.sector": {"id": "Sektor usaha", "en": "Sector"},
        "enterprise.label.capital_source": {"id": "Sumber modal", "en": "Capital source"},
        "enterprise.label.status": {"id": "Status usaha", "en": "Business status"},
        "enterprise.label.started_on": {"id": "Mulai usaha", "en": "Started on"},
        "enterprise.label.products": {"id": "Produk", "en": "Products"},
        "enterprise.label.exports": {"id": "Ekspor", "en": "Exports"},
        "enterprise.label.period": {"id": "Periode", "en": "Period"},
        "enterprise.label.revenue": {"id": "Omzet", "en": "Revenue"},
        "enterprise.label.workers": {"id": "Tenaga kerja", "en": "Workers"},
        "enterprise.label.notes": {"id": "Catatan", "en": "Notes"},
        "enterprise.label.title": {"id": "Judul pelatihan", "en": "Training title"},
        "enterprise.label.held_on": {"id": "Tanggal pelatihan", "en": "Training date"},
        "enterprise.label.organiser": {"id": "Penyelenggara", "en": "Organiser"},
    }
)

ENTERPRISE_FIELDS = (
    "name",
    "household_id",
    "sector",
    "capital_source",
    "status",
    "started_on",
    "products",
    "exports",
)
TRAINING_FIELDS = ("title", "held_on", "organiser")
_PERIOD = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


def _problem(field: str, code: str, /, **params: object) -> Problem:
    return Problem(field, code, i18n.t(code, **params), "error")


def normalise_period(value: Any) -> str | None:
    """``YYYY-MM`` from what people type ("2024-7", "2024/07", " 2024-07 "), or None.

    Only years 2000-2099 are accepted: the programme began in 2017, and a typo such as
    0224 or 2204 would otherwise become a report nobody finds.
    """
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}"
    if not isinstance(value, str):
        return None
    match = re.fullmatch(r"\s*(\d{4})[-/.](\d{1,2})\s*", value)
    if match is None:
        return None
    period = f"{match[1]}-{int(match[2]):02d}"
    if not _PERIOD.fullmatch(period) or not 2000 <= int(match[1]) <= 2099:
        return None
    return period


class EnterpriseService(PillarService):
    """Usaha: businesses, laporan usaha (monthly) and pelatihan kewirausahaan."""

    label_prefix = "enterprise"

    # -- businesses ------------------------------------------------------------------

    def _check_enterprise(self, clean: dict[str, Any], *, partial: bool) -> list[Problem]:
        problems: list[Problem] = []
        if not partial or "name" in clean:
            problems += required("name", clean.get("name"), self.label("name"))
        for name, enum in (
            ("sector", EnterpriseSector),
            ("capital_source", CapitalSource),
            ("status", EnterpriseStatus),
        ):
            if not partial or name in clean:
                problems += choice(name, clean.get(name), enum, label=self.label(name))
        if "started_on" in clean:
            problems += self.is_date("started_on", clean["started_on"])
        if "exports" in clean and not isinstance(clean["exports"], bool):
            problems.append(
                _problem("exports", "enterprise.flag_yes_no", field=self.label("exports"))
            )
        return problems

    def add_enterprise(
        self, owner_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> Enterprise:
        """Record a business of ``owner_id`` (name, sector, capital source, status...).

        The household defaults to the owner's; the status defaults to active (aktif),
        since the centre mostly records businesses that already run.
        """
        fields.setdefault("status", EnterpriseStatus.ACTIVE.value)
        fields.setdefault("exports", False)
        clean, problems = self.clean(Enterprise, fields, ENTERPRISE_FIELDS)
        require(problems + self._check_enterprise(clean, partial=False))
        with self.writing(session) as s:
            owner = self.person(s, owner_id)
            if clean.get("household_id") is not None:
                self.get(s, Household, clean["household_id"])
            else:
                clean["household_id"] = owner.household_id
            return self.add(s, Enterprise, owner_id=owner_id, **clean)

    def update_enterprise(
        self, enterprise_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> Enterprise:
        """Change a business's details, e.g. its status (aktif, berhenti sementara, tutup)."""
        clean, problems = self.clean(Enterprise, fields, (*ENTERPRISE_FIELDS, "owner_id"))
        require(problems + self._check_enterprise(clean, partial=True))
        with self.writing(session) as s:
            enterprise = self.get(s, Enterprise, enterprise_id)
            if clean.get("owner_id") is not None:
                self.person(s, clean["owner_id"])
            elif "owner_id" in clean:
                raise ValidationFailed(required("owner_id", None, self.label("owner_id")))
            if clean.get("household_id") is not None:
                self.get(s, Household, clean["household_id"])
            self.set_fields(s, enterprise, clean)
            return enterprise

    def enterprise(self, enterprise_id: uuid.UUID) -> Enterprise:
        with self.store.read() as s:
            return self.get(s, Enterprise, enterprise_id)

    def enterprises(
        self, *, status: str | None = None, owner_id: uuid.UUID | None = None
    ) -> list[Enterprise]:
        with self.store.read() as s:
            statement = self.active(Enterprise)
            if status is not None:
                statement = statement.where(Enterprise.status == status)
            if owner_id is not None:
                statement = statement.where(Enterprise.owner_id == owner_id)
            return list(s.exec(statement.order_by(col(Enterprise.name), col(Enterprise.id))))

    # -- periodic reports (laporan usaha) ---------------------------------------------

    def report(
        self,
        enterprise_id: uuid.UUID,
        period: Any,
        *,
        revenue: int,
        workers: int,
        notes: str | None = None,
        session: Session | None = None,
    ) -> EnterpriseReport:
        """Record a month's revenue (omzet, whole rupiah) and workers of a business.

        One report per business and month: reporting the same month again updates the
        first report instead of adding a second, so totals are never counted twice.
        """
        normalised = normalise_period(period)
        clean, problems = self.clean(EnterpriseReport, {"notes": notes}, ("notes",))
        if normalised is None:
            problems.append(_problem("period", "enterprise.period_format", value=period))
        problems += self.whole_rupiah("revenue", revenue) or self.whole_number("revenue", revenue)
        problems += self.whole_number("workers", workers)
        require(problems)
        with self.writing(session) as s:
            self.get(s, Enterprise, enterprise_id)
            existing = s.exec(
                self.active(EnterpriseReport)
                .where(
                    EnterpriseReport.enterprise_id == enterprise_id,
                    EnterpriseReport.period == normalised,
                )
                .order_by(col(EnterpriseReport.created_at), col(EnterpriseReport.id))
            ).first()
            values = {"revenue": revenue, "workers": workers, **clean}
            if existing is not None:
                self.set_fields(s, existing, values)
                return existing
            return self.add(
                s, EnterpriseReport, enterprise_id=enterprise_id, period=normalised, **values
            )

    def reports(self, enterprise_id: uuid.UUID) -> list[EnterpriseReport]:
        """A business's reports, oldest month first; one per month.

        Two laptops may each report the same month while offline; after sync the first
        recorded report of a month is the one shown (and the one :meth:`report` updates),
        so reports never double a month's revenue.
        """
        with self.store.read() as s:
            self.get(s, Enterprise, enterprise_id)
            statement = self.active(EnterpriseReport).where(
                EnterpriseReport.enterprise_id == enterprise_id
            )
            rows = s.exec(
                statement.order_by(
                    col(EnterpriseReport.period),
                    col(EnterpriseReport.created_at),
                    col(EnterpriseReport.id),
                )
            )
            by_period: dict[str, EnterpriseReport] = {}
            for row in rows:
                by_period.setdefault(row.period, row)
            return list(by_period.values())

    # -- entrepreneurship trainings (pelatihan kewirausahaan) ---------------------------

    def add_training(
        self, *, person_ids: Iterable[uuid.UUID] = (), session: Session | None = None, **fields: Any
    ) -> EnterpriseTraining:
        """Record a training; ``person_ids`` are enrolled at once (each once)."""
        clean, problems = self.clean(EnterpriseTraining, fields, TRAINING_FIELDS)
        problems += required("title", clean.get("title"), self.label("title"))
        problems += self.is_date("held_on", clean.get("held_on"), optional=False)
        require(problems)
        with self.writing(session) as s:
            training = self.add(s, EnterpriseTraining, **clean)
            for person_id in dict.fromkeys(person_ids):
                self._enrol(s, training, person_id)
            return training

    def update_training(
        self, training_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> EnterpriseTraining:
        clean, problems = self.clean(EnterpriseTraining, fields, TRAINING_FIELDS)
        if "title" in clean:
            problems += required("title", clean["title"], self.label("title"))
        if "held_on" in clean:
            problems += self.is_date("held_on", clean["held_on"], optional=False)
        require(problems)
        with self.writing(session) as s:
            training = self.get(s, EnterpriseTraining, training_id)
            self.set_fields(s, training, clean)
            return training

    def enrol(
        self, training_id: uuid.UUID, person_id: uuid.UUID, session: Session | None = None
    ) -> EnterpriseTrainingParticipant:
        """Enrol a person in a training; a second enrolment of the same person is refused."""
        with self.writing(session) as s:
            return self._enrol(s, self.get(s, EnterpriseTraining, training_id), person_id)

    def _enrol(
        self, session: Session, training: EnterpriseTraining, person_id: uuid.UUID
    ) -> EnterpriseTrainingParticipant:
        person = self.person(session, person_id)
        taken = session.exec(
            self.active(EnterpriseTrainingParticipant).where(
                EnterpriseTrainingParticipant.training_id == training.id,
                EnterpriseTrainingParticipant.person_id == person_id,
            )
        ).first()
        if taken is not None:
            raise ValidationFailed(
                [_problem("person_id", "enterprise.already_enrolled", name=person.name)]
            )
        return self.add(
            session, EnterpriseTrainingParticipant, training_id=training.id, person_id=person_id
        )

    def withdraw(
        self, training_id: uuid.UUID, person_id: uuid.UUID, session: Session | None = None
    ) -> None:
        """Take a person off a training's list (an enrolment made by mistake)."""
        with self.writing(session) as s:
            self.get(s, EnterpriseTraining, training_id)
            for row in s.exec(
                self.active(EnterpriseTrainingParticipant).where(
                    EnterpriseTrainingParticipant.training_id == training_id,
                    EnterpriseTrainingParticipant.person_id == person_id,
                )
            ):
                self.remove(s, row)

    def trainings(self) -> list[EnterpriseTraining]:
        with self.store.read() as s:
            return list(
                s.exec(
                    self.active(EnterpriseTraining).order_by(col(EnterpriseTraining.held_on).desc())
                )
            )

    def participants(self, training_id: uuid.UUID) -> list[Person]:
        """The people enrolled in a training, by name."""
        with self.store.read() as s:
            self.get(s, EnterpriseTraining, training_id)
            statement = (
                self.active(Person)
                .join(
                    EnterpriseTrainingParticipant,
                    col(EnterpriseTrainingParticipant.person_id) == Person.id,
                )
                .where(
                    EnterpriseTrainingParticipant.training_id == training_id,
                    EnterpriseTrainingParticipant.deleted == False,  # noqa: E712
                )
                .order_by(col(Person.name))
            )
            return list(s.exec(statement))
