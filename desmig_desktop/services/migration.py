"""Pusat Layanan Migrasi: migration journeys, their documents, information sessions and
consultations.

The journey rules are the centre's duty under UU 18/2017: a departure counts as
procedural only when every placement document is verified and the worker is at least 18
on the departure date. A departure that did not follow the process is still recorded
(the fact matters more than the rule, and most protection cases come from such
departures), but only explicitly, as non-procedural and with a reason.

"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from .. import i18n, validation
from ..domain import (
    Consultation,
    DocumentItem,
    InfoSession,
    InfoSessionParticipant,
    MigrationEpisode,
    Person,
)
from ..domain.enums import (
    ABROAD_STAGES,
    DEPARTURE_DOCUMENTS,
    DOCUMENTS_ABROAD,
    JOURNEY_ORDER,
    DocumentStatus,
    DocumentType,
    JourneyStage,
    MaritalStatus,
    ReturnReason,
)
from ..validation import Problem
from .base import choice, require, required
from .errors import ValidationFailed
from .pillar import PillarService, show_date

i18n.register(
    {
        # -- shared by every pillar service (PillarService) --------------------------------
        # -- journeys ------------------------------------------------------------------------
        "migration.open_episode_exists": {
            "id": "Orang ini masih punya perjalanan migrasi yang berjalan (tahap {stage}, didaftarkan {registered}). Buka perjalanan itu; perjalanan baru baru bisa didaftarkan setelah yang lama pulang atau batal.",
            "en": "This person still has a journey in progress (stage {stage}, registered {registered}). Open that journey; a new one can be registered once the old one has returned or been cancelled.",
        },
        "migration.same_stage": {
            "id": "Perjalanan ini sudah pada tahap {stage}.",
            "en": "This journey is already at the stage {stage}.",
        },
        "migration.stage_by_advance": {
            "id": "Tahap, status prosedural dan tanggal berangkat/pulang diubah lewat 'Pindah tahap', bukan lewat edit data.",
            "en": "The stage, the procedural status and the departure/return dates are changed with 'Move to stage', not by editing the record.",
        },
        "migration.finished": {
            "id": "Perjalanan ini sudah selesai (tahap {stage}) dan tidak bisa dipindah lagi. Bila orang ini berangkat lagi, daftarkan perjalanan baru.",
            "en": "This journey is finished (stage {stage}) and cannot move any more. If the person leaves again, register a new journey.",
        },
        "migration.no_way_back": {
            "id": "Dari tahap {current} tidak bisa kembali ke {target}: setelah berangkat, perjalanan hanya maju (bekerja, pulang, reintegrasi).",
            "en": "From {current} the journey cannot go back to {target}: after departure it only moves forward (working, returned, reintegration).",
        },
        "migration.depart_first": {
            "id": "Catat dulu keberangkatannya (tahap Berangkat, dengan tanggal berangkat) sebelum pindah ke {target}.",
            "en": "Record the departure first (stage Departed, with the departure date) before moving to {target}.",
        },
        "migration.cancel_after_departure": {
            "id": "Perjalanan yang sudah berangkat tidak bisa dibatalkan. Bila orang ini sudah kembali, pindahkan ke tahap Pulang dengan tanggal dan alasan kepulangan.",
            "en": "A journey that has departed cannot be cancelled. If the person has come back, move it to Returned with the return date and reason.",
        },
        "migration.working_needs_departure": {
            "id": "Tahap {target} hanya bisa dicapai dari {allowed}.",
            "en": "The stage {target} can only be reached from {allowed}.",
        },
        "migration.reopen_blocked": {
            "id": "Perjalanan yang batal bisa dibuka lagi hanya ke tahap sebelum berangkat, dan hanya bila orang ini tidak punya perjalanan lain yang berjalan.",
            "en": "A cancelled journey can only be reopened at a stage before departure, and only if the person has no other journey in progress.",
        },
        "migration.departure_date_required": {
            "id": "Tanggal berangkat wajib diisi.",
            "en": "The departure date is required.",
        },
        "migration.return_date_required": {
            "id": "Tanggal pulang wajib diisi.",
            "en": "The return date is required.",
        },
        "migration.before_registration": {
            "id": "{what} ({when}) tidak boleh sebelum tanggal pendaftaran ({registered}). Periksa kembali tanggalnya.",
            "en": "{what} ({when}) cannot be before the registration date ({registered}). Check the date again.",
        },
        "migration.return_before_departure": {
            "id": "Tanggal pulang ({returned}) tidak boleh sebelum tanggal berangkat ({departed}). Periksa kembali tanggalnya.",
            "en": "The return date ({returned}) cannot be before the departure date ({departed}). Check the date again.",
        },
        "migration.documents_not_verified": {
            "id": "Keberangkatan prosedural belum bisa dicatat: dokumen berikut belum terverifikasi: {documents}. Verifikasi dokumen itu dulu; bila orang ini sudah berangkat di luar prosedur, catat sebagai keberangkatan non-prosedural dengan alasannya.",
            "en": "A procedural departure cannot be recorded yet: these documents are not verified: {documents}. Verify them first; if the person has already left outside the procedure, record the departure as non-procedural with its reason.",
        },
        "migration.documents_expired": {
            "id": "Keberangkatan prosedural belum bisa dicatat: dokumen berikut sudah habis masa berlakunya pada tanggal berangkat: {documents}. Perpanjang dokumen itu dan perbarui tanggal berlakunya.",
            "en": "A procedural departure cannot be recorded yet: these documents have expired by the departure date: {documents}. Renew them and update their expiry dates.",
        },
        "migration.birth_date_unknown": {
            "id": "Tanggal lahir orang ini belum diisi, sehingga syarat umur minimal 18 tahun tidak bisa diperiksa. Isi tanggal lahir dari KTP atau akta lahir dulu.",
            "en": "This person's birth date is empty, so the minimum age of 18 cannot be checked. Fill in the birth date from the KTP or birth certificate first.",
        },
        "migration.reason_only_for_departure": {
            "id": "Alasan non-prosedural hanya diisi saat mencatat keberangkatan (tahap Berangkat).",
            "en": "A non-procedural reason is only given when recording the departure (stage Departed).",
        },
        "migration.return_reason_only_for_return": {
            "id": "Alasan kepulangan hanya diisi saat mencatat kepulangan (tahap Pulang).",
            "en": "A return reason is only given when recording the return (stage Returned).",
        },
        "migration.not_departed": {
            "id": "{field} hanya bisa diubah setelah keberangkatan dicatat.",
            "en": "{field} can only be changed once the departure is recorded.",
        },
        "migration.not_returned": {
            "id": "{field} hanya bisa diubah setelah kepulangan dicatat.",
            "en": "{field} can only be changed once the return is recorded.",
        },
        "migration.reason_only_non_procedural": {
            "id": "Alasan non-prosedural hanya untuk keberangkatan non-prosedural.",
            "en": "A non-procedural reason only belongs to a non-procedural departure.",
        },
        # -- documents -----------------------------------------------------------------------
        "migration.document_exists": {
            "id": "Dokumen {document} sudah ada dalam daftar dokumen perjalanan ini. Ubah baris yang sudah ada.",
            "en": "The document {document} is already on this journey's checklist. Edit the existing line.",
        },
        "migration.expiry_not_after_issue": {
            "id": "Tanggal habis berlaku ({expires}) harus sesudah tanggal terbit ({issued}). Periksa kembali tanggal di dokumen.",
            "en": "The expiry date ({expires}) must be after the issue date ({issued}). Check the dates on the document.",
        },
        "migration.attachment_name": {
            "id": "Lampiran harus berupa nama berkas di folder lampiran (misalnya paspor-siti.jpg), bukan alamat folder.",
            "en": "An attachment must be a file name in the attachments folder (e.g. passport-siti.jpg), not a folder path.",
        },
        # -- information sessions -------------------------------------------------------------
        "migration.already_participant": {
            "id": "{name} sudah tercatat sebagai peserta sosialisasi ini.",
            "en": "{name} is already recorded as a participant of this session.",
        },
        "migration.count_below_registered": {
            "id": "Jumlah peserta ({count}) tidak boleh kurang dari peserta yang tercatat namanya ({registered}).",
            "en": "The number of participants ({count}) cannot be less than the participants recorded by name ({registered}).",
        },
        # -- labels --------------------------------------------------------------------------
        "migration.label.person_id": {"id": "Orang", "en": "Person"},
        "migration.label.stage": {"id": "Tahap", "en": "Stage"},
        "migration.label.destination_country": {"id": "Negara tujuan", "en": "Destination country"},
        "migration.label.sector": {"id": "Sektor pekerjaan", "en": "Job sector"},
        "migration.label.job_title": {"id": "Jabatan", "en": "Job title"},
        "migration.label.placement_agency": {
            "id": "Perusahaan penempatan (P3MI)",
            "en": "Placement agency (P3MI)",
        },
        "migration.label.employer": {"id": "Pemberi kerja", "en": "Employer"},
        "migration.label.procedural": {"id": "Prosedural", "en": "Procedural"},
        "migration.label.non_procedural_reason": {
            "id": "Alasan non-prosedural",
            "en": "Non-procedural reason",
        },
        "migration.label.registered_on": {"id": "Tanggal pendaftaran", "en": "Registration date"},
        "migration.label.departure_date": {"id": "Tanggal berangkat", "en": "Departure date"},
        "migration.label.return_date": {"id": "Tanggal pulang", "en": "Return date"},
        "migration.label.return_reason": {"id": "Alasan kepulangan", "en": "Return reason"},
        "migration.label.last_contact_on": {"id": "Kontak terakhir", "en": "Last contact"},
        "migration.label.notes": {"id": "Catatan", "en": "Notes"},
        "migration.label.doc_type": {"id": "Jenis dokumen", "en": "Document type"},
        "migration.label.status": {"id": "Status dokumen", "en": "Document status"},
        "migration.label.number": {"id": "Nomor dokumen", "en": "Document number"},
        "migration.label.issued_on": {"id": "Tanggal terbit", "en": "Issue date"},
        "migration.label.expires_on": {"id": "Tanggal habis berlaku", "en": "Expiry date"},
        "migration.label.attachment": {"id": "Lampiran", "en": "Attachment"},
        "migration.label.held_on": {"id": "Tanggal", "en": "Date"},
        "migration.label.topic": {"id": "Topik", "en": "Topic"},
        "migration.label.location": {"id": "Tempat", "en": "Place"},
        "migration.label.facilitator": {"id": "Narasumber", "en": "Facilitator"},
        "migration.label.participants_count": {
            "id": "Jumlah peserta",
            "en": "Number of participants",
        },
        "migration.label.summary": {"id": "Ringkasan", "en": "Summary"},
        "migration.label.officer": {"id": "Petugas", "en": "Officer"},
        # -- journey stages ------------------------------------------------------------------
        "migration.stage.pendaftaran": {
            "id": "Pendaftaran dan verifikasi data",
            "en": "Registration and data verification",
        },
        "migration.stage.informasi": {
            "id": "Informasi kerja / konseling",
            "en": "Job information / counselling",
        },
        "migration.stage.ltsa": {"id": "Pendaftaran di LTSA", "en": "Registration at the LTSA"},
        "migration.stage.seleksi": {"id": "Seleksi", "en": "Selection"},
        "migration.stage.pemeriksaan_kesehatan": {
            "id": "Pemeriksaan kesehatan dan psikologi",
            "en": "Medical and psychological tests",
        },
        "migration.stage.pelatihan": {
            "id": "Pelatihan dan sertifikasi kompetensi",
            "en": "Competency training and certificate",
        },
        "migration.stage.perjanjian_penempatan": {
            "id": "Perjanjian penempatan",
            "en": "Placement agreement",
        },
        "migration.stage.bpjs": {
            "id": "BPJS Ketenagakerjaan",
            "en": "Social security (BPJS Ketenagakerjaan)",
        },
        "migration.stage.paspor": {"id": "Paspor", "en": "Passport"},
        "migration.stage.visa_kerja": {"id": "Visa kerja", "en": "Work visa"},
        "migration.stage.opp": {
            "id": "Orientasi pra pemberangkatan (OPP)",
            "en": "Pre-departure orientation (OPP)",
        },
        "migration.stage.perjanjian_kerja": {"id": "Perjanjian kerja", "en": "Employment contract"},
        "migration.stage.berangkat": {"id": "Berangkat", "en": "Departed"},
        "migration.stage.bekerja": {"id": "Bekerja di luar negeri", "en": "Working abroad"},
        "migration.stage.pulang": {"id": "Pulang", "en": "Returned"},
        "migration.stage.reintegrasi": {
            "id": "Reintegrasi dan pemberdayaan",
            "en": "Reintegration and empowerment",
        },
        "migration.stage.batal": {"id": "Batal berangkat", "en": "Cancelled"},
        # -- document types ------------------------------------------------------------------
        "migration.doc.ktp": {"id": "KTP", "en": "identity card (KTP)"},
        "migration.doc.kk": {"id": "Kartu Keluarga", "en": "family card (KK)"},
        "migration.doc.akta_lahir": {
            "id": "Akta lahir atau ijazah",
            "en": "birth certificate or diploma",
        },
        "migration.doc.ak1": {"id": "Kartu pencari kerja (AK/I)", "en": "job-seeker card (AK/I)"},
        "migration.doc.surat_status_perkawinan": {
            "id": "Surat keterangan status perkawinan",
            "en": "marital-status letter",
        },
        "migration.doc.buku_nikah": {"id": "Buku nikah", "en": "marriage book"},
        "migration.doc.surat_izin_keluarga": {
            "id": "Surat izin suami/istri, orang tua atau wali",
            "en": "consent letter of spouse, parent or guardian",
        },
        "migration.doc.sertifikat_kompetensi": {
            "id": "Sertifikat kompetensi",
            "en": "competency certificate",
        },
        "migration.doc.surat_keterangan_sehat": {
            "id": "Surat keterangan sehat",
            "en": "health certificate",
        },
        "migration.doc.paspor": {"id": "Paspor", "en": "passport"},
        "migration.doc.visa_kerja": {"id": "Visa kerja", "en": "work visa"},
        "migration.doc.perjanjian_penempatan": {
            "id": "Perjanjian penempatan",
            "en": "placement agreement",
        },
        "migration.doc.perjanjian_kerja": {"id": "Perjanjian kerja", "en": "employment contract"},
        "migration.doc.bpjs_ketenagakerjaan": {
            "id": "Kartu BPJS Ketenagakerjaan",
            "en": "BPJS Ketenagakerjaan card",
        },
        "migration.doc.sertifikat_opp": {"id": "Sertifikat OPP", "en": "OPP certificate"},
    }
)


def stage_label(stage: str) -> str:
    return i18n.t(f"migration.stage.{stage}")


def document_label(doc_type: str) -> str:
    return i18n.t(f"migration.doc.{doc_type}")


PRE_DEPARTURE_STAGES: tuple[JourneyStage, ...] = JOURNEY_ORDER[
    : JOURNEY_ORDER.index(JourneyStage.DEPARTED)
]
# A journey in one of these stages is finished: the person may register a new one.
FINISHED_STAGES = frozenset(
    {JourneyStage.RETURNED, JourneyStage.REINTEGRATED, JourneyStage.CANCELLED}
)
# Documents whose expiry the centre watches only while the journey is still going on.
_WATCHED_STAGES = tuple(s.value for s in JourneyStage if s not in FINISHED_STAGES)

EPISODE_FIELDS = (
    "destination_country",
    "sector",
    "job_title",
    "placement_agency",
    "employer",
    "registered_on",
    "last_contact_on",
    "notes",
)
# Corrections of what advance() recorded; the stage and ``procedural`` never change here.
EPISODE_CORRECTIONS = ("departure_date", "return_date", "return_reason", "non_procedural_reason")
DOCUMENT_FIELDS = ("status", "number", "issued_on", "expires_on", "attachment", "notes")
INFO_SESSION_FIELDS = ("held_on", "topic", "location", "facilitator", "participants_count")
CONSULTATION_FIELDS = ("held_on", "topic", "summary", "officer")


def checklist_for(person: Person) -> list[DocumentType]:
    """The documents a person's journey needs, in the order of the checklist.

    The marriage book is asked for only from married people (UU 18/2017 art. 13); it can
    be added later with :meth:`MigrationService.add_document` if the status changes.
    """
    married = person.marital_status == MaritalStatus.MARRIED.value
    return [d for d in DocumentType if d != DocumentType.MARRIAGE_BOOK or married]


@dataclass(frozen=True, slots=True)
class JourneySummary:
    """What the journeys list shows of one journey: plain values, not a store object
    (the list holds every journey of the centre, some 20,000 for 100,000 people)."""

    id: uuid.UUID
    person_id: uuid.UUID
    stage: str
    destination_country: str | None
    procedural: bool
    registered_on: date | None
    departure_date: date | None
    return_date: date | None


@dataclass(frozen=True)
class ExpiringDocument:
    """One line of the expiring-documents list (already expired ones included)."""

    document_id: uuid.UUID
    episode_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    doc_type: str
    number: str | None
    expires_on: date
    days_left: int  # negative once expired


def _problem(field: str, code: str, /, **params: object) -> Problem:
    return Problem(field, code, i18n.t(code, **params), "error")


class MigrationService(PillarService):
    """Perjalanan migrasi: journeys, document checklists, sosialisasi and konsultasi."""

    label_prefix = "migration"

    # -- journeys ----------------------------------------------------------------------

    def register_episode(
        self,
        person_id: uuid.UUID,
        *,
        registered_on: date | None = None,
        session: Session | None = None,
        **fields: Any,
    ) -> MigrationEpisode:
        """Register a journey (pendaftaran) for a person, with its document checklist.

        The journey starts at the registration stage; every relevant document starts as
        missing (belum ada). A person has one journey in progress at a time, so two
        officers cannot open parallel, half-filled journeys for the same person.
        """
        clean, problems = self.clean(MigrationEpisode, fields, EPISODE_FIELDS)
        clean["registered_on"] = registered_on or date.today()
        problems += self.is_date("registered_on", clean["registered_on"]) + self.is_date(
            "last_contact_on", clean.get("last_contact_on")
        )
        require(problems)
        with self.writing(session) as s:
            person = self.person(s, person_id)
            self._check_no_open_episode(s, person_id, None)
            episode = self.add(
                s,
                MigrationEpisode,
                person_id=person_id,
                stage=JourneyStage.REGISTRATION.value,
                procedural=True,
                **clean,
            )
            for doc_type in checklist_for(person):
                self.add(
                    s,
                    DocumentItem,
                    episode_id=episode.id,
                    doc_type=doc_type.value,
                    status=DocumentStatus.MISSING.value,
                )
            return episode

    def _check_no_open_episode(
        self, session: Session, person_id: uuid.UUID, own_id: uuid.UUID | None
    ) -> None:
        finished = [s.value for s in FINISHED_STAGES]
        statement = self.active(MigrationEpisode).where(
            MigrationEpisode.person_id == person_id, col(MigrationEpisode.stage).not_in(finished)
        )
        if own_id is not None:
            statement = statement.where(MigrationEpisode.id != own_id)
        other = session.exec(statement).first()
        if other is not None:
            raise ValidationFailed(
                [
                    _problem(
                        "person_id",
                        "migration.open_episode_exists",
                        stage=stage_label(other.stage),
                        registered=show_date(other.registered_on),
                    )
                ]
            )

    def update_episode(
        self, episode_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> MigrationEpisode:
        """Change the details of a journey (destination, agency, employer, notes...).

        Dates and the return reason recorded by :meth:`advance` may be corrected here once
        they exist; the departure age rule is checked again against a corrected date.
        """
        if {"stage", "procedural"} & set(fields):
            raise ValidationFailed([_problem("stage", "migration.stage_by_advance")])
        clean, problems = self.clean(MigrationEpisode, fields, EPISODE_FIELDS + EPISODE_CORRECTIONS)
        for name in ("registered_on", "last_contact_on", "departure_date", "return_date"):
            if name in clean:
                problems += self.is_date(name, clean[name], optional=name != "registered_on")
        if "return_reason" in clean:
            problems += choice(
                "return_reason",
                clean["return_reason"],
                ReturnReason,
                label=self.label("return_reason"),
            )
        require(problems)
        with self.writing(session) as s:
            episode = self.get(s, MigrationEpisode, episode_id)
            problems = []
            if "departure_date" in clean:
                if episode.departure_date is None:
                    problems.append(
                        _problem(
                            "departure_date",
                            "migration.not_departed",
                            field=self.label("departure_date"),
                        )
                    )
                elif clean["departure_date"] is None:
                    problems.append(_problem("departure_date", "migration.departure_date_required"))
            for name in ("return_date", "return_reason"):
                if name in clean:
                    if episode.return_date is None:
                        problems.append(
                            _problem(name, "migration.not_returned", field=self.label(name))
                        )
                    elif clean[name] is None:
                        problems += required(name, None, self.label(name))
            if "non_procedural_reason" in clean:
                if episode.procedural:
                    problems.append(
                        _problem("non_procedural_reason", "migration.reason_only_non_procedural")
                    )
                else:
                    problems += required(
                        "non_procedural_reason",
                        clean["non_procedural_reason"],
                        self.label("non_procedural_reason"),
                    )
            require(problems)
            after = {
                name: clean.get(name, getattr(episode, name))
                for name in ("registered_on", "departure_date", "return_date")
            }
            problems = self._date_order(
                after["registered_on"], after["departure_date"], after["return_date"]
            )
            if (
                episode.procedural
                and "departure_date" in clean
                and after["departure_date"] is not None
            ):
                person = self.get(s, Person, episode.person_id)
                problems += validation.check_departure_age(
                    person.birth_date, after["departure_date"]
                )
            require(problems)
            self.set_fields(s, episode, clean)
            return episode

    def _date_order(
        self, registered: date | None, departed: date | None, returned: date | None
    ) -> list[Problem]:
        problems: list[Problem] = []
        if registered is not None and departed is not None and departed < registered:
            problems.append(
                _problem(
                    "departure_date",
                    "migration.before_registration",
                    what=self.label("departure_date"),
                    when=show_date(departed),
                    registered=show_date(registered),
                )
            )
        if departed is not None and returned is not None and returned < departed:
            problems.append(
                _problem(
                    "return_date",
                    "migration.return_before_departure",
                    returned=show_date(returned),
                    departed=show_date(departed),
                )
            )
        return problems

    def advance(
        self,
        episode_id: uuid.UUID,
        to_stage: str,
        *,
        on: date | None = None,
        non_procedural_reason: str | None = None,
        return_reason: str | None = None,
        session: Session | None = None,
    ) -> MigrationEpisode:
        """Move a journey to ``to_stage`` (pindah tahap), checking the journey rules.

        - Before departure, stages may move forward, skip ahead (the village often hears of
          a step at the regency after the fact) or go back (a failed test is retaken).
        - A journey can be cancelled (batal) from any stage before departure, and a
          cancelled journey reopened at a stage before departure.
        - Departure (berangkat, ``on`` = departure date) is procedural only when every
          departure document is verified and unexpired and the person is 18 or older on
          that date; otherwise it is recorded only as non-procedural, with a reason.
        - After departure the journey only moves forward: departed -> working ->
          returned (``on`` = return date, with a ReturnReason) -> reintegration; a
          worker may also be recorded as returned straight from departed.
        """
        require(
            choice("stage", to_stage, JourneyStage, label=self.label("stage"))
            + self.is_date(
                "departure_date" if to_stage == JourneyStage.DEPARTED else "return_date", on
            )
        )
        target = JourneyStage(to_stage)
        reason = (non_procedural_reason or "").strip() or None
        if reason is not None and target != JourneyStage.DEPARTED:
            raise ValidationFailed(
                [_problem("non_procedural_reason", "migration.reason_only_for_departure")]
            )
        if return_reason and target != JourneyStage.RETURNED:
            raise ValidationFailed(
                [_problem("return_reason", "migration.return_reason_only_for_return")]
            )
        with self.writing(session) as s:
            episode = self.get(s, MigrationEpisode, episode_id)
            current = JourneyStage(episode.stage)
            self._check_move(s, episode, current, target)
            if target == JourneyStage.DEPARTED:
                self._depart(s, episode, on, reason)
            elif target == JourneyStage.RETURNED:
                self._return(s, episode, on, return_reason)
            else:
                self.change(s, episode, stage=target.value)
            return episode

    def _check_move(
        self,
        session: Session,
        episode: MigrationEpisode,
        current: JourneyStage,
        target: JourneyStage,
    ) -> None:
        if current == target:
            raise ValidationFailed(
                [_problem("stage", "migration.same_stage", stage=stage_label(current))]
            )
        if current == JourneyStage.REINTEGRATED:
            raise ValidationFailed(
                [_problem("stage", "migration.finished", stage=stage_label(current))]
            )
        if current == JourneyStage.CANCELLED:
            # Reopening undoes a mistaken cancellation without retyping the documents.
            if target not in PRE_DEPARTURE_STAGES:
                raise ValidationFailed([_problem("stage", "migration.reopen_blocked")])
            self._check_no_open_episode(session, episode.person_id, episode.id)
            return
        if current in PRE_DEPARTURE_STAGES:
            if target in PRE_DEPARTURE_STAGES or target in (
                JourneyStage.CANCELLED,
                JourneyStage.DEPARTED,
            ):
                return
            raise ValidationFailed(
                [_problem("stage", "migration.depart_first", target=stage_label(target))]
            )
        # Departed or later: only forward, one of the allowed next steps.
        if target == JourneyStage.CANCELLED:
            raise ValidationFailed([_problem("stage", "migration.cancel_after_departure")])
        if JOURNEY_ORDER.index(target) < JOURNEY_ORDER.index(current):
            raise ValidationFailed(
                [
                    _problem(
                        "stage",
                        "migration.no_way_back",
                        current=stage_label(current),
                        target=stage_label(target),
                    )
                ]
            )
        allowed_from = {
            JourneyStage.WORKING: (JourneyStage.DEPARTED,),
            JourneyStage.RETURNED: (JourneyStage.DEPARTED, JourneyStage.WORKING),
            JourneyStage.REINTEGRATED: (JourneyStage.RETURNED,),
        }[target]
        if current not in allowed_from:
            allowed = ", ".join(stage_label(s) for s in allowed_from)
            raise ValidationFailed(
                [
                    _problem(
                        "stage",
                        "migration.working_needs_departure",
                        target=stage_label(target),
                        allowed=allowed,
                    )
                ]
            )

    def _depart(
        self, session: Session, episode: MigrationEpisode, on: date | None, reason: str | None
    ) -> None:
        if on is None:
            raise ValidationFailed(
                [_problem("departure_date", "migration.departure_date_required")]
            )
        problems = self._date_order(episode.registered_on, on, None)
        if reason is not None:
            problems += self.clean(
                MigrationEpisode, {"non_procedural_reason": reason}, ["non_procedural_reason"]
            )[1]
        else:
            problems += self.departure_problems(session, episode, on)
        require(problems)
        self.change(
            session,
            episode,
            stage=JourneyStage.DEPARTED.value,
            departure_date=on,
            procedural=reason is None,
            non_procedural_reason=reason,
        )

    def departure_problems(
        self, session: Session, episode: MigrationEpisode, on: date
    ) -> list[Problem]:
        """Why a procedural departure on ``on`` cannot be recorded (empty when it can)."""
        items = {
            d.doc_type: d
            for d in session.exec(
                self.active(DocumentItem).where(DocumentItem.episode_id == episode.id)
            )
        }
        unverified: list[str] = []
        expired: list[str] = []
        for doc_type in DEPARTURE_DOCUMENTS:
            item = items.get(doc_type.value)
            if item is None or item.status != DocumentStatus.VERIFIED.value:
                unverified.append(document_label(doc_type))
            elif item.expires_on is not None and item.expires_on <= on:
                expired.append(document_label(doc_type))
        problems: list[Problem] = []
        if unverified:
            problems.append(
                _problem(
                    "documents", "migration.documents_not_verified", documents=", ".join(unverified)
                )
            )
        if expired:
            problems.append(
                _problem("documents", "migration.documents_expired", documents=", ".join(expired))
            )
        person = self.get(session, Person, episode.person_id)
        if person.birth_date is None:
            # Without a birth date the age rule cannot be met, so it is not assumed.
            problems.append(_problem("birth_date", "migration.birth_date_unknown"))
        else:
            problems += validation.check_departure_age(person.birth_date, on)
        return problems

    def _return(
        self,
        session: Session,
        episode: MigrationEpisode,
        on: date | None,
        return_reason: str | None,
    ) -> None:
        problems: list[Problem] = []
        if on is None:
            problems.append(_problem("return_date", "migration.return_date_required"))
        problems += choice(
            "return_reason", return_reason, ReturnReason, label=self.label("return_reason")
        )
        problems += self._date_order(None, episode.departure_date, on)
        require(problems)
        self.change(
            session,
            episode,
            stage=JourneyStage.RETURNED.value,
            return_date=on,
            return_reason=return_reason,
        )

    def episode(self, episode_id: uuid.UUID) -> MigrationEpisode:
        with self.store.read() as s:
            return self.get(s, MigrationEpisode, episode_id)

    def episodes_of(self, person_id: uuid.UUID) -> list[MigrationEpisode]:
        """A person's journeys, the most recent registration first."""
        with self.store.read() as s:
            statement = self.active(MigrationEpisode).where(MigrationEpisode.person_id == person_id)
            return list(
                s.exec(
                    statement.order_by(
                        col(MigrationEpisode.registered_on).desc(), col(MigrationEpisode.id).desc()
                    )
                )
            )

    def episodes(self, *, stage: str | None = None) -> list[MigrationEpisode]:
        """Every journey of the centre, optionally at one stage."""
        with self.store.read() as s:
            statement = self.active(MigrationEpisode)
            if stage is not None:
                statement = statement.where(MigrationEpisode.stage == stage)
            return list(
                s.exec(
                    statement.order_by(
                        col(MigrationEpisode.registered_on).desc(), col(MigrationEpisode.id).desc()
                    )
                )
            )

    def stage_counts(self) -> dict[str, int]:
        """How many of the centre's journeys are at each stage, counted by SQLite: the
        dashboard's figures without reading every journey (20,000 for 100,000 people)."""
        with self.store.read() as s:
            statement = (
                select(MigrationEpisode.stage, func.count())
                .where(
                    MigrationEpisode.centre_id == self.actor.centre_id,
                    MigrationEpisode.deleted == False,  # noqa: E712
                )
                .group_by(MigrationEpisode.stage)
            )
            return dict(s.exec(statement).all())

    def departures_and_returns(self, since: date) -> tuple[list[date], list[date]]:
        """The departure dates, and the return dates, of the centre's journeys from
        ``since`` on (read from their indexes, for the dashboard's chart)."""
        centre = self.actor.centre_id
        with self.store.read() as s:
            departed = s.exec(
                select(col(MigrationEpisode.departure_date)).where(
                    MigrationEpisode.centre_id == centre,
                    MigrationEpisode.deleted == False,  # noqa: E712
                    col(MigrationEpisode.departure_date) >= since,
                )
            ).all()
            returned = s.exec(
                select(col(MigrationEpisode.return_date)).where(
                    MigrationEpisode.centre_id == centre,
                    MigrationEpisode.deleted == False,  # noqa: E712
                    col(MigrationEpisode.return_date) >= since,
                )
            ).all()
        return [d for d in departed if d is not None], [d for d in returned if d is not None]

    def journey_summaries(self, *, stage: str | None = None) -> list[JourneySummary]:
        """Every journey of the centre (or those at one stage), the most recent
        registration first, with only the columns the journeys list shows."""
        episode = MigrationEpisode
        statement = sa_select(
            col(episode.id),
            col(episode.person_id),
            col(episode.stage),
            col(episode.destination_country),
            col(episode.procedural),
            col(episode.registered_on),
            col(episode.departure_date),
            col(episode.return_date),
        ).where(
            col(episode.centre_id) == self.actor.centre_id,
            col(episode.deleted) == False,  # noqa: E712
        )
        if stage is not None:
            statement = statement.where(col(episode.stage) == stage)
        statement = statement.order_by(col(episode.registered_on).desc(), col(episode.id).desc())
        with self.store.read() as s:
            return [JourneySummary(*values) for values in s.execute(statement)]

    def abroad(self) -> list[MigrationEpisode]:
        """Journeys of people abroad now (departed or working)."""
        with self.store.read() as s:
            statement = self.active(MigrationEpisode).where(
                col(MigrationEpisode.stage).in_([st.value for st in ABROAD_STAGES])
            )
            return list(s.exec(statement.order_by(col(MigrationEpisode.departure_date))))

    # -- documents -------------------------------------------------------------------

    def documents(self, episode_id: uuid.UUID) -> list[DocumentItem]:
        """The document checklist of a journey, in the order of DocumentType."""
        order = {d.value: i for i, d in enumerate(DocumentType)}
        with self.store.read() as s:
            self.get(s, MigrationEpisode, episode_id)
            items = s.exec(self.active(DocumentItem).where(DocumentItem.episode_id == episode_id))
            return sorted(items, key=lambda d: (order.get(d.doc_type, len(order)), d.doc_type))

    def add_document(
        self, episode_id: uuid.UUID, doc_type: str, session: Session | None = None
    ) -> DocumentItem:
        """Add a line to a journey's checklist (e.g. the marriage book after a marriage)."""
        require(choice("doc_type", doc_type, DocumentType, label=self.label("doc_type")))
        with self.writing(session) as s:
            self.get(s, MigrationEpisode, episode_id)
            existing = s.exec(
                self.active(DocumentItem).where(
                    DocumentItem.episode_id == episode_id, DocumentItem.doc_type == doc_type
                )
            ).first()
            if existing is not None:
                raise ValidationFailed(
                    [
                        _problem(
                            "doc_type",
                            "migration.document_exists",
                            document=document_label(doc_type),
                        )
                    ]
                )
            return self.add(
                s,
                DocumentItem,
                episode_id=episode_id,
                doc_type=doc_type,
                status=DocumentStatus.MISSING.value,
            )

    def update_document(
        self, document_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> DocumentItem:
        """Record progress on a document: status, number, issue/expiry dates, attachment.

        The expiry must be after the issue date; an attachment is a bare file name in the
        data folder's attachments/ (the data folder moves between laptops).
        """
        clean, problems = self.clean(DocumentItem, fields, DOCUMENT_FIELDS)
        if "status" in clean:
            problems += choice(
                "status", clean["status"], DocumentStatus, label=self.label("status")
            )
        for name in ("issued_on", "expires_on"):
            problems += self.is_date(name, clean.get(name))
        attachment = clean.get("attachment")
        if attachment is not None and (
            any(c in attachment for c in "/\\:") or attachment in {".", ".."}
        ):
            problems.append(_problem("attachment", "migration.attachment_name"))
        require(problems)
        with self.writing(session) as s:
            item = self.get(s, DocumentItem, document_id)
            issued = clean.get("issued_on", item.issued_on)
            expires = clean.get("expires_on", item.expires_on)
            if issued is not None and expires is not None and expires <= issued:
                raise ValidationFailed(
                    [
                        _problem(
                            "expires_on",
                            "migration.expiry_not_after_issue",
                            expires=show_date(expires),
                            issued=show_date(issued),
                        )
                    ]
                )
            self.set_fields(s, item, clean)
            return item

    def documents_expiring(
        self, within_days: int = 90, today: date | None = None
    ) -> list[ExpiringDocument]:
        """Documents of journeys still going on that expire within ``within_days`` of
        ``today``, soonest first. Already expired ones are included: they need action
        even more (a passport expiring abroad leads to overstay). Once a worker has left,
        only the documents that matter abroad are watched: a pre-departure health
        certificate expiring then would only bury the reminders that count."""
        today = today or date.today()
        abroad_stages = tuple(stage.value for stage in ABROAD_STAGES)
        abroad_documents = tuple(doc.value for doc in DOCUMENTS_ABROAD)
        horizon = today + timedelta(days=within_days)
        with self.store.read() as s:
            statement = (
                select(DocumentItem, MigrationEpisode, Person)
                .join(MigrationEpisode, col(MigrationEpisode.id) == DocumentItem.episode_id)
                .join(Person, col(Person.id) == MigrationEpisode.person_id)
                .where(
                    DocumentItem.centre_id == self.actor.centre_id,
                    DocumentItem.deleted == False,  # noqa: E712
                    MigrationEpisode.deleted == False,  # noqa: E712
                    Person.deleted == False,  # noqa: E712
                    col(MigrationEpisode.stage).in_(_WATCHED_STAGES),
                    col(DocumentItem.expires_on).is_not(None),
                    col(DocumentItem.expires_on) <= horizon,
                    col(MigrationEpisode.stage).not_in(abroad_stages)
                    | col(DocumentItem.doc_type).in_(abroad_documents),
                )
                .order_by(col(DocumentItem.expires_on), col(Person.name))
            )
            rows = []
            for item, episode, person in s.exec(statement):
                assert item.expires_on is not None
                rows.append(
                    ExpiringDocument(
                        document_id=item.id,
                        episode_id=episode.id,
                        person_id=person.id,
                        person_name=person.name,
                        doc_type=item.doc_type,
                        number=item.number,
                        expires_on=item.expires_on,
                        days_left=(item.expires_on - today).days,
                    )
                )
            return rows

    # -- information sessions (sosialisasi) ------------------------------------------

    def add_info_session(
        self, *, person_ids: Iterable[uuid.UUID] = (), session: Session | None = None, **fields: Any
    ) -> InfoSession:
        """Record a sosialisasi; ``person_ids`` are the registered people who attended.

        ``participants_count`` includes people not in the registry; it is raised to the
        number of registered participants when lower.
        """
        clean, problems = self.clean(InfoSession, fields, INFO_SESSION_FIELDS)
        problems += required("topic", clean.get("topic"), self.label("topic"))
        problems += self.is_date("held_on", clean.get("held_on"), optional=False)
        count = clean.get("participants_count") or 0
        problems += self.whole_number("participants_count", count)
        require(problems)
        people = list(dict.fromkeys(person_ids))
        clean["participants_count"] = max(count, len(people))
        with self.writing(session) as s:
            info = self.add(s, InfoSession, **clean)
            for person_id in people:
                self.person(s, person_id)
                self.add(s, InfoSessionParticipant, session_id=info.id, person_id=person_id)
            return info

    def update_info_session(
        self, info_session_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> InfoSession:
        clean, problems = self.clean(InfoSession, fields, INFO_SESSION_FIELDS)
        if "topic" in clean:
            problems += required("topic", clean["topic"], self.label("topic"))
        if "held_on" in clean:
            problems += self.is_date("held_on", clean["held_on"], optional=False)
        if "participants_count" in clean:
            problems += self.whole_number("participants_count", clean["participants_count"])
        require(problems)
        with self.writing(session) as s:
            info = self.get(s, InfoSession, info_session_id)
            if "participants_count" in clean:
                registered = len(self._participant_rows(s, info.id))
                if clean["participants_count"] < registered:
                    raise ValidationFailed(
                        [
                            _problem(
                                "participants_count",
                                "migration.count_below_registered",
                                count=clean["participants_count"],
                                registered=registered,
                            )
                        ]
                    )
            self.set_fields(s, info, clean)
            return info

    def add_info_participant(
        self, info_session_id: uuid.UUID, person_id: uuid.UUID, session: Session | None = None
    ) -> InfoSessionParticipant:
        """Add a registered person to a sosialisasi (once)."""
        with self.writing(session) as s:
            info = self.get(s, InfoSession, info_session_id)
            person = self.person(s, person_id)
            if any(p.person_id == person_id for p in self._participant_rows(s, info.id)):
                raise ValidationFailed(
                    [_problem("person_id", "migration.already_participant", name=person.name)]
                )
            participant = self.add(
                s, InfoSessionParticipant, session_id=info.id, person_id=person_id
            )
            registered = len(self._participant_rows(s, info.id))
            if info.participants_count < registered:
                self.change(s, info, participants_count=registered)
            return participant

    def _participant_rows(
        self, session: Session, info_session_id: uuid.UUID
    ) -> list[InfoSessionParticipant]:
        return list(
            session.exec(
                self.active(InfoSessionParticipant).where(
                    InfoSessionParticipant.session_id == info_session_id
                )
            )
        )

    def info_sessions(self) -> list[InfoSession]:
        with self.store.read() as s:
            return list(s.exec(self.active(InfoSession).order_by(col(InfoSession.held_on).desc())))

    def info_participants(self, info_session_id: uuid.UUID) -> list[Person]:
        """The registered people who attended a sosialisasi, by name."""
        with self.store.read() as s:
            self.get(s, InfoSession, info_session_id)
            statement = (
                self.active(Person)
                .join(InfoSessionParticipant, col(InfoSessionParticipant.person_id) == Person.id)
                .where(
                    InfoSessionParticipant.session_id == info_session_id,
                    InfoSessionParticipant.deleted == False,  # noqa: E712
                )
                .order_by(col(Person.name))
            )
            return list(s.exec(statement))

    # -- consultations (konsultasi) ----------------------------------------------------

    def add_consultation(
        self, person_id: uuid.UUID, session: Session | None = None, **fields: Any
    ) -> Consultation:
        """Record a konsultasi; the officer defaults to the one logged in."""
        clean, problems = self.clean(Consultation, fields, CONSULTATION_FIELDS)
        problems += required("topic", clean.get("topic"), self.label("topic"))
        problems += self.is_date("held_on", clean.get("held_on"), optional=False)
        require(problems)
        clean["officer"] = clean.get("officer") or self.actor.username
        with self.writing(session) as s:
            self.person(s, person_id)
            return self.add(s, Consultation, person_id=person_id, **clean)

    def consultations_of(self, person_id: uuid.UUID) -> list[Consultation]:
        with self.store.read() as s:
            statement = self.active(Consultation).where(Consultation.person_id == person_id)
            return list(s.exec(statement.order_by(col(Consultation.held_on).desc())))
