"""Persetujuan: a person's consent to the processing of their personal data (UU 27/2022).

The centre records when consent was given, who gave it (the person, or a parent, guardian
or family member who signs for them), which purposes it covers and the signed form. A
consent is never deleted: when the person withdraws it, the withdrawal (date and reason)
is recorded on it, and the history keeps both states. A person has at most one consent in
force at a time; one whose purposes change withdraws the old one and gives a new one.

People without a consent in force are flagged: on their page, in the people list's
filter (services/people.py) and as a count on the dashboard.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col

from .. import i18n
from ..domain import Consent
from ..domain.enums import ConsentGiver, ConsentPurpose
from ..validation import Problem, check_consent, is_attachment_name
from .base import choice, require
from .errors import ValidationFailed
from .pillar import PillarService, show_date

i18n.register(
    {
        "consent.already_given": {
            "id": "Orang ini sudah memberi persetujuan yang masih berlaku (tanggal {given}). Bila cakupannya berubah, cabut persetujuan itu dulu lalu catat yang baru.",
            "en": "This person already has a consent in force (given {given}). If its purposes change, withdraw that consent first, then record the new one.",
        },
        "consent.in_future": {
            "id": "{field} ({when}) tidak boleh sesudah hari ini.",
            "en": "{field} ({when}) cannot be after today.",
        },
        "consent.already_withdrawn": {
            "id": "Persetujuan ini sudah dicabut pada {withdrawn}. Pencabutan tidak bisa diubah; bila orang ini setuju lagi, catat persetujuan baru.",
            "en": "This consent was already withdrawn on {withdrawn}. A withdrawal cannot be changed; if the person agrees again, record a new consent.",
        },
        "consent.withdrawn_no_attachment": {
            "id": "Persetujuan yang sudah dicabut tidak bisa diberi lampiran lagi.",
            "en": "A withdrawn consent cannot be given a new attachment.",
        },
        "consent.label.person_id": {"id": "Orang", "en": "Person"},
        "consent.label.given_on": {"id": "Tanggal persetujuan", "en": "Date given"},
        "consent.label.recorded_by": {"id": "Dicatat oleh", "en": "Recorded by"},
        "consent.label.given_by": {"id": "Diberikan oleh", "en": "Given by"},
        "consent.label.giver_name": {
            "id": "Nama pemberi persetujuan",
            "en": "Name of the person consenting",
        },
        "consent.label.scope": {"id": "Tujuan yang disetujui", "en": "Purposes agreed"},
        "consent.label.attachment": {"id": "Formulir bertanda tangan", "en": "Signed form"},
        "consent.label.withdrawn_on": {"id": "Tanggal pencabutan", "en": "Withdrawal date"},
        "consent.label.withdrawn_reason": {"id": "Alasan pencabutan", "en": "Withdrawal reason"},
        "consent.purpose.layanan": {
            "id": "Pendaftaran, pendataan dan penanganan kasus",
            "en": "Registration, records and case management",
        },
        "consent.purpose.instansi": {
            "id": "Rujukan ke instansi (Disnaker/LTSA, BP3MI, polisi/Satgas TPPO, KBRI)",
            "en": "Referral to government (Disnaker/LTSA, BP3MI, police/anti-trafficking task force, embassy)",
        },
        "consent.purpose.mitra": {
            "id": "Berbagi dengan mitra (P3MI, fasilitas kesehatan, IOM, LSM)",
            "en": "Sharing with partners (P3MI, health services, IOM, NGOs)",
        },
        "consent.purpose.dokumen": {
            "id": "Foto dan pindaian dokumen (KTP, KK, paspor...)",
            "en": "Photos and scans of documents (KTP, KK, passport...)",
        },
        "consent.purpose.statistik": {
            "id": "Laporan statistik tanpa identitas",
            "en": "Statistics reports without identities",
        },
    }
)

CONSENT_FIELDS = ("given_by", "giver_name", "attachment")

# People without a consent in force, as the store's triggers keep them (migration 0009):
# a test for a person row ``p`` (one probe of a small table's key), and the people's
# rowids from that table alone (where the people list starts when few people lack one).
WITHOUT_CONSENT_SQL = "EXISTS (SELECT 1 FROM person_search_no_consent n WHERE n.person_id = p.id)"
WITHOUT_CONSENT_DRIVER = (
    "SELECT p.rowid AS rid FROM person_search_no_consent n"
    " CROSS JOIN person p ON p.id = n.person_id"
)


def purpose_label(code: str) -> str:
    return i18n.t(f"consent.purpose.{code}")


def giver_label(code: str) -> str:
    return i18n.t(f"validation.consent.giver.{code}")


def scope_codes(scope: str | None) -> list[str]:
    """The purposes of a stored scope, in the order they were stored."""
    return [code for code in (scope or "").split(",") if code]


def in_force(consent: Consent) -> bool:
    """Given and not withdrawn (and not a tombstone, which no service makes)."""
    return consent.withdrawn_on is None and not consent.deleted


class ConsentService(PillarService):
    """Persetujuan: recording and withdrawing consents, and who has none in force."""

    label_prefix = "consent"

    def _scope(self, purposes: Iterable[str]) -> tuple[str, list[Problem]]:
        chosen = set(purposes)
        problems: list[Problem] = []
        for code in sorted(chosen):
            problems += choice("scope", code, ConsentPurpose, label=self.label("scope"))
        # Stored in the enum's order, so the same choice always reads the same.
        return ",".join(p.value for p in ConsentPurpose if p.value in chosen), problems

    def _not_future(self, field: str, day: date | None) -> list[Problem]:
        if day is not None and isinstance(day, date) and day > date.today():
            return [
                Problem(
                    field,
                    "consent.in_future",
                    i18n.t("consent.in_future", field=self.label(field), when=show_date(day)),
                    "error",
                )
            ]
        return []

    def record_consent(
        self,
        person_id: uuid.UUID,
        *,
        given_on: date | None,
        purposes: Iterable[str],
        session: Session | None = None,
        **fields: Any,
    ) -> Consent:
        """Record that ``person_id`` (or someone for them, ``given_by``/``giver_name``)
        agreed on ``given_on`` to the processing of their data for ``purposes``
        (:class:`ConsentPurpose` codes), optionally with the scan of the signed form
        (``attachment``, a file name in the attachments folder).

        Refused while the person has another consent in force."""
        clean, problems = self.clean(Consent, fields, CONSENT_FIELDS)
        clean.setdefault("given_by", ConsentGiver.SELF.value)
        purposes = list(purposes)
        scope, scope_problems = self._scope(purposes)
        problems += (
            self.is_date("given_on", given_on, optional=False)
            + self._not_future("given_on", given_on)
            + choice("given_by", clean["given_by"], ConsentGiver, label=self.label("given_by"))
            + scope_problems
            + check_consent(
                given_on=given_on if isinstance(given_on, date) else None,
                given_by=clean["given_by"],
                giver_name=clean.get("giver_name"),
                # What was chosen, known or not: an unknown purpose is refused once (above).
                scope=",".join(purposes),
                attachment=clean.get("attachment"),
            )
        )
        require(problems)
        with self.writing(session) as s:
            self.person(s, person_id)
            current = self._in_force(s, person_id)
            if current is not None:
                raise ValidationFailed(
                    [
                        Problem(
                            "person_id",
                            "consent.already_given",
                            i18n.t("consent.already_given", given=show_date(current.given_on)),
                            "error",
                        )
                    ]
                )
            return self.add(
                s,
                Consent,
                person_id=person_id,
                given_on=given_on,
                recorded_by=self.actor.username,
                scope=scope,
                **clean,
            )

    def withdraw(
        self,
        consent_id: uuid.UUID,
        *,
        withdrawn_on: date | None,
        reason: str | None,
        session: Session | None = None,
    ) -> Consent:
        """Record that the consent was withdrawn on ``withdrawn_on`` and why. The record
        stays (with what it covered until then); a withdrawal is final."""
        reason = (reason or "").strip() or None
        clean, problems = self.clean(Consent, {"withdrawn_reason": reason}, ["withdrawn_reason"])
        problems += self.is_date("withdrawn_on", withdrawn_on, optional=False) + self._not_future(
            "withdrawn_on", withdrawn_on
        )
        require(problems)
        with self.writing(session) as s:
            consent = self.get(s, Consent, consent_id)
            if consent.withdrawn_on is not None:
                raise ValidationFailed(
                    [
                        Problem(
                            "withdrawn_on",
                            "consent.already_withdrawn",
                            i18n.t(
                                "consent.already_withdrawn",
                                withdrawn=show_date(consent.withdrawn_on),
                            ),
                            "error",
                        )
                    ]
                )
            require(
                check_consent(
                    given_on=consent.given_on,
                    given_by=consent.given_by,
                    giver_name=consent.giver_name,
                    scope=consent.scope,
                    withdrawn_on=withdrawn_on,
                    withdrawn_reason=clean["withdrawn_reason"],
                )
            )
            return self.change(
                s, consent, withdrawn_on=withdrawn_on, withdrawn_reason=clean["withdrawn_reason"]
            )

    def attach(
        self, consent_id: uuid.UUID, attachment: str, *, session: Session | None = None
    ) -> Consent:
        """Link the scan of the signed form (a file already copied into the attachments
        folder) to a consent in force."""
        clean, problems = self.clean(Consent, {"attachment": attachment}, ["attachment"])
        name = clean["attachment"]
        if name is not None and not is_attachment_name(name):
            message = i18n.t("validation.consent.attachment_name")
            problems.append(Problem("attachment", "consent.attachment_name", message, "error"))
        require(problems)
        with self.writing(session) as s:
            consent = self.get(s, Consent, consent_id)
            if consent.withdrawn_on is not None:
                raise ValidationFailed(
                    [
                        Problem(
                            "attachment",
                            "consent.withdrawn_no_attachment",
                            i18n.t("consent.withdrawn_no_attachment"),
                            "error",
                        )
                    ]
                )
            self.set_fields(s, consent, {"attachment": name})
            return consent

    # -- reads -------------------------------------------------------------------------

    def _in_force(self, session: Session, person_id: uuid.UUID) -> Consent | None:
        statement = self.active(Consent).where(
            Consent.person_id == person_id, col(Consent.withdrawn_on).is_(None)
        )
        return session.exec(statement).first()

    def consent(self, consent_id: uuid.UUID) -> Consent:
        with self.store.read() as session:
            return self.get(session, Consent, consent_id)

    def consents_of(self, person_id: uuid.UUID) -> list[Consent]:
        """Every consent of a person, the latest given first (withdrawn ones too)."""
        with self.store.read() as session:
            statement = self.active(Consent).where(Consent.person_id == person_id)
            rows = list(session.exec(statement))
        return sorted(rows, key=lambda c: (c.given_on, c.id), reverse=True)

    def has_consent(self, person_id: uuid.UUID) -> bool:
        """Whether the person has a consent in force."""
        with self.store.read() as session:
            return self._in_force(session, person_id) is not None

    def without_consent_count(self) -> int:
        """How many live people have no consent in force (the dashboard's count)."""
        sql = (
            f"SELECT count(*) FROM ({WITHOUT_CONSENT_DRIVER}) d CROSS JOIN person p"
            " ON p.rowid = d.rid WHERE +p.centre_id = :centre AND p.deleted = 0"
        )
        with self.store.read() as session:
            return int(
                session.execute(text(sql), {"centre": self.actor.centre_id.bytes}).scalar_one()
            )
