"""Letters printed to PDF from the templates in ``resources/letters/``, filled from the
record, under the village's letterhead (kop surat).

Four letters: the village's recommendation for a prospective migrant worker, the family
consent letter (surat izin keluarga, signed by the family member and acknowledged by the
village head), a referral letter for a protection case, and a cooperative member's
savings statement. Letters are official Indonesian documents, so they are written in
Bahasa Indonesia whatever the interface language.
"""

from __future__ import annotations

import string
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from .. import i18n, paths, regions
from ..domain import (
    CaseReferral,
    Centre,
    Cooperative,
    CoopMember,
    Household,
    MigrationEpisode,
    Person,
    ProtectionCase,
)
from ..domain.enums import Role
from ..services.base import Service
from ..services.cooperative import CooperativeService
from ..services.errors import ValidationFailed
from ..validation import Problem
from .labels import CASE_TYPES, MONTHS

i18n.register(
    {
        "letter.action": {"id": "mengubah kop surat", "en": "change the letterhead"},
        "letter.centre_name": {"id": "Nama pusat layanan", "en": "Centre name"},
        "letter.template_missing": {
            "id": "Templat surat {file} tidak ditemukan. Pasang ulang aplikasi.",
            "en": "The letter template {file} is missing. Reinstall the app.",
        },
        "letter.consenter_required": {
            "id": "Isi nama dan hubungan keluarga yang memberi izin.",
            "en": "Enter the name and family relationship of the person giving consent.",
        },
    }
)

KINDS = ("rekomendasi", "izin_keluarga", "rujukan", "rekening_simpanan")

_SEX = {"L": "Laki-laki", "P": "Perempuan"}
_PARTNERS = {
    "disnaker_ltsa": "Dinas Tenaga Kerja / LTSA",
    "bp3mi": "BP3MI",
    "polisi_satgas_tppo": "Kepolisian / Satgas TPPO",
    "kbri_kjri": "KBRI / KJRI",
    "dinas_sosial": "Dinas Sosial",
    "iom": "IOM",
    "lsm": "Lembaga swadaya masyarakat",
    "lainnya": "Mitra",
}
_KINDS_OF_SAVINGS = {
    "pokok": "Simpanan pokok",
    "wajib": "Simpanan wajib",
    "sukarela": "Simpanan sukarela",
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def long_date(day: date | None) -> str:
    """ "13 April 1997", as Indonesian letters write dates."""
    if day is None:
        return "-"
    return f"{day.day} {MONTHS[day.month][0]} {day.year}"


def rupiah(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")


@dataclass(frozen=True)
class Letterhead:
    """Kop surat: the government levels above the village, the centre and its address."""

    lines: tuple[str, ...]  # PEMERINTAH KABUPATEN ..., KECAMATAN ..., DESA ...
    centre_name: str
    address: str
    place: str  # the village's name, for "Kesugihan, 28 November 2026"
    village_title: str  # "Desa Kesugihan"
    head_of_village: str


@dataclass(frozen=True)
class Signature:
    caption: str  # "Kepala Desa Kesugihan", "Yang memberi izin"
    name: str
    above: str = ""  # "Mengetahui," over the village head's acknowledgement


@dataclass
class Letter:
    kind: str
    title: str
    number: str
    blocks: list[tuple[str, Any]]  # ("paragraph", text) or ("details", [(label, value)])
    letterhead: Letterhead
    signatures: list[Signature]
    dated: date
    table: tuple[tuple[str, ...], list[tuple[str, ...]]] | None = None  # header, rows
    fields: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        """Everything the letter says, as plain text (for tests and previews)."""
        parts = [*self.letterhead.lines, self.title, self.number]
        for kind, content in self.blocks:
            if kind == "paragraph":
                parts.append(content)
            else:
                parts.extend(f"{label}: {value}" for label, value in content)
        return "\n".join(parts)


def _template(kind: str) -> list[str]:
    file = paths.resources_dir() / "letters" / f"{kind}.txt"
    try:
        return file.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ValidationFailed(
            [
                Problem(
                    "template",
                    "letter.template_missing",
                    i18n.t("letter.template_missing", file=file),
                    "error",
                )
            ]
        ) from error


def _fill(kind: str, values: dict[str, str]) -> tuple[str, str, list[tuple[str, Any]]]:
    lines = _template(kind)
    filled = [string.Template(line).safe_substitute(values) for line in lines]
    title, number, body = filled[0], filled[1], filled[2:]
    blocks: list[tuple[str, Any]] = []
    paragraph: list[str] = []
    for line in [*body, ""]:
        if line.startswith("| "):
            if paragraph:
                blocks.append(("paragraph", " ".join(paragraph)))
                paragraph = []
            label, _, value = line[2:].partition(" | ")
            if blocks and blocks[-1][0] == "details":
                blocks[-1][1].append((label.strip(), value.strip() or "-"))
            else:
                blocks.append(("details", [(label.strip(), value.strip() or "-")]))
        elif line.strip():
            paragraph.append(line.strip())
        elif paragraph:
            blocks.append(("paragraph", " ".join(paragraph)))
            paragraph = []
    return title, number, blocks


class LetterService(Service):
    """Letters of this centre, and its letterhead."""

    # -- letterhead ------------------------------------------------------------------

    def letterhead(self) -> Letterhead:
        with self.store.read() as session:
            return self._letterhead(session)

    def set_letterhead(
        self, *, centre_name: str, address: str | None, head_of_village: str | None
    ) -> Centre:
        """The centre's name, address and village head, as its letters show them (admins)."""
        self.check_role(Role.ADMIN, i18n.t("letter.action"))
        if not centre_name.strip():
            raise ValidationFailed(
                [
                    Problem(
                        "name",
                        "field.required",
                        i18n.t("field.required", field=i18n.t("letter.centre_name")),
                        "error",
                    )
                ]
            )
        with self.store.write(self.actor.username) as session:
            centre = self.get(session, Centre, self.actor.centre_id)
            return self.change(
                session,
                centre,
                name=centre_name.strip(),
                address=(address or "").strip() or None,
                head_of_village=(head_of_village or "").strip() or None,
            )

    def _letterhead(self, session: Session) -> Letterhead:
        centre = self.get(session, Centre, self.actor.centre_id)
        village = regions.village(centre.village_code)
        chain = regions.ancestors(centre.village_code)
        lines = []
        for region in chain:
            if region.level == "regency":
                lines.append(f"PEMERINTAH {region.name.upper()}")
            elif region.level == "district":
                lines.append(f"KECAMATAN {region.name.upper()}")
        kind = {"kelurahan": "Kelurahan", "desa_adat": "Desa Adat"}.get(
            (village.village_kind if village else None) or "", "Desa"
        )
        village_name = village.name if village else centre.village_code
        lines.append(f"{kind.upper()} {village_name.upper()}")
        return Letterhead(
            lines=tuple(lines),
            centre_name=centre.name,
            address=centre.address or "",
            place=village_name,
            village_title=f"{kind} {village_name}",
            head_of_village=centre.head_of_village or "",
        )

    # -- the letters -----------------------------------------------------------------

    def recommendation(self, episode_id: uuid.UUID, *, today: date | None = None) -> Letter:
        """Surat rekomendasi of the village for a prospective migrant worker's journey."""
        with self.store.read() as session:
            head = self._letterhead(session)
            episode = self.get(session, MigrationEpisode, episode_id)
            values = self._person_values(session, episode.person_id, head)
            values.update(self._journey_values(episode))
        return self._letter(
            "rekomendasi",
            values,
            head,
            [Signature(f"Kepala {head.village_title}", head.head_of_village)],
            today,
        )

    def family_consent(
        self,
        episode_id: uuid.UUID,
        *,
        consenter_name: str,
        consenter_relationship: str,
        today: date | None = None,
    ) -> Letter:
        """Surat izin keluarga: signed by the family member, acknowledged by the village head."""
        if not consenter_name.strip() or not consenter_relationship.strip():
            raise ValidationFailed(
                [
                    Problem(
                        "consenter",
                        "letter.consenter_required",
                        i18n.t("letter.consenter_required"),
                        "error",
                    )
                ]
            )
        with self.store.read() as session:
            head = self._letterhead(session)
            episode = self.get(session, MigrationEpisode, episode_id)
            values = self._person_values(session, episode.person_id, head)
            values.update(self._journey_values(episode))
        values.update(
            consenter_name=consenter_name.strip(),
            consenter_relationship=consenter_relationship.strip(),
        )
        return self._letter(
            "izin_keluarga",
            values,
            head,
            [
                Signature("Yang memberi izin", values["consenter_name"]),
                Signature("Calon Pekerja Migran", values["name"]),
                Signature(
                    f"Kepala {head.village_title}", head.head_of_village, above="Mengetahui,"
                ),
            ],
            today,
        )

    def referral(self, referral_id: uuid.UUID, *, today: date | None = None) -> Letter:
        """Surat rujukan of a protection case to the partner it is referred to."""
        with self.store.read() as session:
            head = self._letterhead(session)
            referral = self.get(session, CaseReferral, referral_id)
            case = self.get(session, ProtectionCase, referral.case_id)
            values = self._person_values(session, case.person_id, head)
            episode = session.get(MigrationEpisode, case.episode_id) if case.episode_id else None
            values.update(
                partner=_PARTNERS.get(referral.partner, referral.partner),
                partner_detail=referral.partner_detail or "",
                case_type=CASE_TYPES.get(case.case_type, (case.case_type,))[0],
                reported_on=long_date(case.reported_on),
                red_flags=", ".join(f for f in case.red_flags.split(",") if f).replace("_", " ")
                or "-",
                description=case.description or "-",
                destination=(episode.destination_country if episode else None) or "-",
            )
        return self._letter(
            "rujukan",
            values,
            head,
            [
                Signature(
                    f"Petugas Pusat Layanan Desmigratif {head.village_title}", self._officer_name()
                )
            ],
            today,
        )

    def savings_statement(self, member_id: uuid.UUID, *, today: date | None = None) -> Letter:
        """Rekening koran simpanan: the member's ledger with running balances."""
        lines = CooperativeService(self.store, self.actor).member_statement(member_id)
        with self.store.read() as session:
            head = self._letterhead(session)
            member = self.get(session, CoopMember, member_id)
            cooperative = session.get(Cooperative, member.cooperative_id)
            values = self._person_values(session, member.person_id, head)
        day = today or date.today()
        values.update(
            member_no=member.member_no,
            cooperative=cooperative.name if cooperative else "-",
            joined_on=long_date(member.joined_on),
            as_of=long_date(day),
            balance=rupiah(lines[-1].balance if lines else 0),
        )
        rows: list[tuple[str, ...]] = [
            (
                long_date(line.entry_date),
                _KINDS_OF_SAVINGS.get(line.kind, line.kind),
                rupiah(line.amount) if line.direction == "setor" else "",
                rupiah(line.amount) if line.direction != "setor" else "",
                rupiah(line.balance),
                ("Koreksi. " if line.reverses_id else "") + (line.note or ""),
            )
            for line in lines
        ]
        letter = self._letter(
            "rekening_simpanan",
            values,
            head,
            [Signature("Pengurus Koperasi", self._officer_name())],
            today,
        )
        letter.table = (("Tanggal", "Jenis", "Setor", "Tarik", "Saldo", "Keterangan"), rows)
        return letter

    # -- helpers ----------------------------------------------------------------------

    def _officer_name(self) -> str:
        from ..domain import UserAccount

        with self.store.read() as session:
            account = session.get(UserAccount, self.actor.user_id)
            return (account.full_name if account else "") or self.actor.username

    def _person_values(
        self, session: Session, person_id: uuid.UUID, head: Letterhead
    ) -> dict[str, str]:
        person = self.get(session, Person, person_id, include_deleted=True)
        household = session.get(Household, person.household_id) if person.household_id else None
        address_parts = []
        if household is not None:
            if household.address:
                address_parts.append(household.address)
            if household.rt or household.rw:
                address_parts.append(f"RT {household.rt or '-'}/RW {household.rw or '-'}")
            if household.dusun:
                address_parts.append(f"Dusun {household.dusun}")
        address_parts.append(head.village_title)
        return {
            "name": person.name,
            "nik": person.nik or "-",
            "birth": ", ".join(
                part
                for part in (
                    person.birth_place,
                    long_date(person.birth_date) if person.birth_date else None,
                )
                if part
            )
            or "-",
            "sex": _SEX.get(person.sex, person.sex),
            "address": ", ".join(address_parts),
            "village_title": head.village_title,
        }

    @staticmethod
    def _journey_values(episode: MigrationEpisode) -> dict[str, str]:
        job = " / ".join(part for part in (episode.job_title, episode.sector) if part)
        return {
            "destination": episode.destination_country or "-",
            "job": job or "-",
            "agency": episode.placement_agency or "-",
        }

    def _letter(
        self,
        kind: str,
        values: dict[str, str],
        head: Letterhead,
        signatures: list[Signature],
        today: date | None,
    ) -> Letter:
        day = today or date.today()
        # The number is written in by hand from the village's register of letters.
        values.setdefault("number", f"........../Desmig/{_ROMAN[day.month - 1]}/{day.year}")
        title, number, blocks = _fill(kind, values)
        return Letter(kind, title, number, blocks, head, signatures, day, fields=values)


def write_letter_pdf(letter: Letter, path: Path) -> Path:
    from .pdf import write_letter

    return write_letter(letter, path)
