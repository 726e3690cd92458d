"""Competency training at vocational centres (pelatihan BLK/LPK) and the LSP/BNSP
competency certificates (sertifikat kompetensi) that end it, a placement document."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from .. import i18n
from ..domain import CompetencyCertificate, Person, VocationalParticipant, VocationalTraining
from ..domain.enums import VocationalResult
from ..validation import Problem
from .base import choice, require, required
from .errors import ValidationFailed
from .pillar import PillarService, show_date

i18n.register(
    {
        "vocational.ends_before_start": {
            "id": "Tanggal selesai ({ends}) tidak boleh sebelum tanggal mulai ({starts}).",
            "en": "The end date ({ends}) cannot be before the start date ({starts}).",
        },
        "vocational.already_enrolled": {
            "id": "{name} sudah terdaftar sebagai peserta pelatihan ini.",
            "en": "{name} is already a participant of this training.",
        },
        "vocational.not_a_participant": {
            "id": "{name} tidak tercatat sebagai peserta pelatihan ini. Daftarkan sebagai peserta dulu, atau kosongkan pelatihannya.",
            "en": "{name} is not recorded as a participant of this training. Enrol them first, or leave the training empty.",
        },
        "vocational.did_not_pass": {
            "id": "Hasil {name} di pelatihan ini '{result}', bukan lulus. Perbarui hasilnya dulu bila sudah lulus.",
            "en": "{name}'s result in this training is '{result}', not passed. Update the result first if they have passed.",
        },
        "vocational.issued_before_training": {
            "id": "Sertifikat tidak mungkin terbit ({issued}) sebelum pelatihannya mulai ({starts}).",
            "en": "The certificate cannot be issued ({issued}) before its training started ({starts}).",
        },
        "vocational.expiry_not_after_issue": {
            "id": "Tanggal habis berlaku ({expires}) harus sesudah tanggal terbit ({issued}).",
            "en": "The expiry date ({expires}) must be after the issue date ({issued}).",
        },
        "vocational.label.title": {"id": "Nama pelatihan", "en": "Training title"},
        "vocational.label.institution": {"id": "BLK / LPK", "en": "Training centre (BLK / LPK)"},
        "vocational.label.skill": {"id": "Kejuruan", "en": "Skill"},
        "vocational.label.starts_on": {"id": "Tanggal mulai", "en": "Start date"},
        "vocational.label.ends_on": {"id": "Tanggal selesai", "en": "End date"},
        "vocational.label.result": {"id": "Hasil pelatihan", "en": "Result"},
        "vocational.label.training_id": {"id": "Pelatihan", "en": "Training"},
        "vocational.label.scheme": {"id": "Skema sertifikasi", "en": "Certification scheme"},
        "vocational.label.issuer": {"id": "LSP penerbit", "en": "Issuing LSP"},
        "vocational.label.number": {"id": "Nomor sertifikat", "en": "Certificate number"},
        "vocational.label.issued_on": {"id": "Tanggal terbit", "en": "Issue date"},
        "vocational.label.expires_on": {"id": "Tanggal habis berlaku", "en": "Expiry date"},
        "vocational.result.terdaftar": {"id": "terdaftar", "en": "enrolled"},
        "vocational.result.lulus": {"id": "lulus", "en": "passed"},
        "vocational.result.tidak_lulus": {"id": "tidak lulus", "en": "failed"},
        "vocational.result.mengundurkan_diri": {"id": "mengundurkan diri", "en": "withdrew"},
    }
)

TRAINING_FIELDS = ("title", "institution", "skill", "starts_on", "ends_on")
CERTIFICATE_FIELDS = ("training_id", "scheme", "issuer", "number", "issued_on", "expires_on")


def _problem(field: str, code: str, /, **params: object) -> Problem:
    return Problem(field, code, i18n.t(code, **params), "error")


class VocationalService(PillarService):
    """Pelatihan BLK, their participants and results, and sertifikat kompetensi."""

    label_prefix = "vocational"

    # -- trainings -------------------------------------------------------------------

    def _check_training(self, clean: dict[str, Any], *, partial: bool) -> list[Problem]:
        problems: list[Problem] = []
        for name in ("title", "institution"):
            if not partial or name in clean:
                problems += required(name, clean.get(name), self.label(name))
        if not partial or "starts_on" in clean:
            problems += self.is_date("starts_on", clean.get("starts_on"), optional=False)
        problems += self.is_date("ends_on", clean.get("ends_on"))
        return problems

    def _check_order(self, starts_on: date, ends_on: date | None) -> None:
        if ends_on is not None and ends_on < starts_on:
            raise ValidationFailed(
                [
                    _problem(
                        "ends_on",
                        "vocational.ends_before_start",
                        ends=show_date(ends_on),
                        starts=show_date(starts_on),
                    )
                ]
            )

    def add_training(self, session: Session | None = None, **fields: Any) -> VocationalTraining:
        """Record a training at a BLK/LPK (the end date may follow later)."""
        clean, problems = self.clean(VocationalTraining, fields, TRAINING_FIELDS)
        require(problems + self._check_training(clean, partial=False))
        self._check_order(clean["starts_on"], clean.get("ends_on"))
        with self.writing(session) as s:
            return self.add(s, VocationalTraining, **clean)

    def update_training(
        self, training_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> VocationalTraining:
        clean, problems = self.clean(VocationalTraining, fields, TRAINING_FIELDS)
        require(problems + self._check_training(clean, partial=True))
        with self.writing(session) as s:
            training = self.get(s, VocationalTraining, training_id)
            self._check_order(
                clean.get("starts_on", training.starts_on), clean.get("ends_on", training.ends_on)
            )
            self.set_fields(s, training, clean)
            return training

    def training(self, training_id: uuid.UUID) -> VocationalTraining:
        with self.store.read() as s:
            return self.get(s, VocationalTraining, training_id)

    def trainings(self) -> list[VocationalTraining]:
        with self.store.read() as s:
            return list(
                s.exec(
                    self.active(VocationalTraining).order_by(
                        col(VocationalTraining.starts_on).desc()
                    )
                )
            )

    # -- participants ------------------------------------------------------------------

    def enrol(
        self,
        training_id: uuid.UUID,
        person_id: uuid.UUID,
        *,
        result: str = VocationalResult.ENROLLED.value,
        session: Session | None = None,
    ) -> VocationalParticipant:
        """Enrol a person in a training (once), with a result (default: terdaftar)."""
        require(choice("result", result, VocationalResult, label=self.label("result")))
        with self.writing(session) as s:
            training = self.get(s, VocationalTraining, training_id)
            person = self.person(s, person_id)
            if self._participant(s, training.id, person_id) is not None:
                raise ValidationFailed(
                    [_problem("person_id", "vocational.already_enrolled", name=person.name)]
                )
            return self.add(
                s,
                VocationalParticipant,
                training_id=training.id,
                person_id=person_id,
                result=result,
            )

    def _participant(
        self, session: Session, training_id: uuid.UUID, person_id: uuid.UUID
    ) -> VocationalParticipant | None:
        statement = self.active(VocationalParticipant).where(
            VocationalParticipant.training_id == training_id,
            VocationalParticipant.person_id == person_id,
        )
        return session.exec(statement).first()

    def set_result(
        self, participant_id: uuid.UUID, result: str, session: Session | None = None
    ) -> VocationalParticipant:
        """Record a participant's result: lulus, tidak lulus, mengundurkan diri."""
        require(choice("result", result, VocationalResult, label=self.label("result")))
        with self.writing(session) as s:
            participant = self.get(s, VocationalParticipant, participant_id)
            self.set_fields(s, participant, {"result": result})
            return participant

    def participants(self, training_id: uuid.UUID) -> list[tuple[VocationalParticipant, Person]]:
        """A training's participants with their people, by name."""
        with self.store.read() as s:
            self.get(s, VocationalTraining, training_id)
            statement = (
                select(VocationalParticipant, Person)
                .join(Person, col(Person.id) == VocationalParticipant.person_id)
                .where(
                    VocationalParticipant.centre_id == self.actor.centre_id,
                    VocationalParticipant.training_id == training_id,
                    VocationalParticipant.deleted == False,  # noqa: E712
                )
                .order_by(col(Person.name))
            )
            return [(participant, person) for participant, person in s.exec(statement)]

    def trainings_of(
        self, person_id: uuid.UUID
    ) -> list[tuple[VocationalTraining, VocationalParticipant]]:
        """The trainings a person took part in, the latest first, with their results."""
        with self.store.read() as s:
            rows = s.exec(
                self.active(VocationalParticipant).where(
                    VocationalParticipant.person_id == person_id
                )
            )
            pairs = [
                (self.get(s, VocationalTraining, p.training_id, include_deleted=True), p)
                for p in rows
            ]
            return sorted(pairs, key=lambda pair: pair[0].starts_on, reverse=True)

    # -- competency certificates (sertifikat kompetensi) ----------------------------

    def add_certificate(
        self, person_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> CompetencyCertificate:
        """Record a person's LSP/BNSP certificate (scheme, issuer, number, dates).

        When it names a training, the person must have passed it (lulus): a certificate
        is a placement document, and a wrong link would vouch for a skill not shown.
        """
        clean, problems = self.clean(CompetencyCertificate, fields, CERTIFICATE_FIELDS)
        problems += required("scheme", clean.get("scheme"), self.label("scheme"))
        problems += self.is_date(
            "issued_on", clean.get("issued_on"), optional=False
        ) + self.is_date("expires_on", clean.get("expires_on"))
        require(problems)
        with self.writing(session) as s:
            person = self.person(s, person_id)
            self._check_certificate(
                s, person, clean["issued_on"], clean.get("expires_on"), clean.get("training_id")
            )
            return self.add(s, CompetencyCertificate, person_id=person_id, **clean)

    def update_certificate(
        self, certificate_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> CompetencyCertificate:
        clean, problems = self.clean(CompetencyCertificate, fields, CERTIFICATE_FIELDS)
        if "scheme" in clean:
            problems += required("scheme", clean["scheme"], self.label("scheme"))
        if "issued_on" in clean:
            problems += self.is_date("issued_on", clean["issued_on"], optional=False)
        problems += self.is_date("expires_on", clean.get("expires_on"))
        require(problems)
        with self.writing(session) as s:
            certificate = self.get(s, CompetencyCertificate, certificate_id)
            person = self.get(s, Person, certificate.person_id)
            self._check_certificate(
                s,
                person,
                clean.get("issued_on", certificate.issued_on),
                clean.get("expires_on", certificate.expires_on),
                clean.get("training_id", certificate.training_id),
            )
            self.set_fields(s, certificate, clean)
            return certificate

    def _check_certificate(
        self,
        session: Session,
        person: Person,
        issued_on: date,
        expires_on: date | None,
        training_id: uuid.UUID | None,
    ) -> None:
        if expires_on is not None and expires_on <= issued_on:
            raise ValidationFailed(
                [
                    _problem(
                        "expires_on",
                        "vocational.expiry_not_after_issue",
                        expires=show_date(expires_on),
                        issued=show_date(issued_on),
                    )
                ]
            )
        if training_id is None:
            return
        training = self.get(session, VocationalTraining, training_id)
        participant = self._participant(session, training.id, person.id)
        if participant is None:
            raise ValidationFailed(
                [_problem("training_id", "vocational.not_a_participant", name=person.name)]
            )
        if participant.result != VocationalResult.COMPLETED.value:
            raise ValidationFailed(
                [
                    _problem(
                        "training_id",
                        "vocational.did_not_pass",
                        name=person.name,
                        result=i18n.t(f"vocational.result.{participant.result}"),
                    )
                ]
            )
        if issued_on < training.starts_on:
            raise ValidationFailed(
                [
                    _problem(
                        "issued_on",
                        "vocational.issued_before_training",
                        issued=show_date(issued_on),
                        starts=show_date(training.starts_on),
                    )
                ]
            )

    def certificates(self, person_id: uuid.UUID | None = None) -> list[CompetencyCertificate]:
        """Certificates, the latest issued first; of one person when ``person_id`` is given."""
        with self.store.read() as s:
            statement = self.active(CompetencyCertificate)
            if person_id is not None:
                statement = statement.where(CompetencyCertificate.person_id == person_id)
            return list(s.exec(statement.order_by(col(CompetencyCertificate.issued_on).desc())))
