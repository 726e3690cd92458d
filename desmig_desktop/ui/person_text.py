"""How a person's coded values read in the interface, shared by the form, the person page
and the merge dialog.

Translated in the "PersonDialog" context, where the form's choices were first written, so
one translation serves every window that shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.profile import PersonProfile
from .table_model import show_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonDialog", text)


def sex_labels() -> dict[str, str]:
    return {"L": _tr("Laki-laki (L)"), "P": _tr("Perempuan (P)")}


def education_labels() -> dict[str, str]:
    return {
        "tidak_sekolah": _tr("Tidak/belum sekolah"),
        "sd": _tr("SD/sederajat"),
        "smp": _tr("SMP/sederajat"),
        "sma": _tr("SMA/SMK/sederajat"),
        "diploma": _tr("Diploma (D1-D3)"),
        "s1": _tr("Sarjana (S1/D4)"),
        "pascasarjana": _tr("Pascasarjana (S2/S3)"),
    }


def marital_labels() -> dict[str, str]:
    return {
        "belum_kawin": _tr("Belum kawin"),
        "kawin": _tr("Kawin"),
        "cerai_hidup": _tr("Cerai hidup"),
        "cerai_mati": _tr("Cerai mati"),
    }


def relationship_labels() -> dict[str, str]:
    return {
        "kepala_keluarga": _tr("Kepala keluarga"),
        "istri_suami": _tr("Istri/suami"),
        "anak": _tr("Anak"),
        "menantu": _tr("Menantu"),
        "cucu": _tr("Cucu"),
        "orang_tua": _tr("Orang tua"),
        "mertua": _tr("Mertua"),
        "famili_lain": _tr("Famili lain"),
        "lainnya": _tr("Lainnya"),
    }


def identity_lines(profile: PersonProfile) -> list[tuple[str, str]]:
    """The identity of a person as (label, text) lines, empty values as "-"."""
    person = profile.person
    household = profile.household

    def coded(labels: dict[str, str], value: str | None) -> str:
        return labels.get(value, value) if value else ""

    lines = [
        (_tr("Nama"), person.name),
        (_tr("NIK"), person.nik or ""),
        (_tr("Jenis kelamin"), coded(sex_labels(), person.sex)),
        (_tr("Tempat lahir"), person.birth_place or ""),
        (_tr("Tanggal lahir"), show_date(person.birth_date)),
        (_tr("No. HP"), person.phone or ""),
        (_tr("Pendidikan terakhir"), coded(education_labels(), person.education)),
        (_tr("Status perkawinan"), coded(marital_labels(), person.marital_status)),
        (_tr("Hubungan dalam keluarga"), coded(relationship_labels(), person.relationship)),
        (_tr("No. KK"), (household.no_kk or "") if household else ""),
        (_tr("Dusun"), (household.dusun or "") if household else ""),
        (_tr("Alamat"), (household.address or "") if household else ""),
    ]
    return [(label, text or "-") for label, text in lines]


def pillar_counts(profile: PersonProfile) -> list[tuple[str, int]]:
    """How many records of each pillar hang on the person (what a merge moves)."""
    return [
        (_tr("Perjalanan migrasi"), len(profile.journeys)),
        (_tr("Kasus perlindungan"), len(profile.cases)),
        (_tr("Pelatihan dan sosialisasi"), len(profile.trainings)),
        (_tr("Usaha"), len(profile.enterprises)),
        (_tr("Anak (parenting)"), len(profile.children)),
        (_tr("Keanggotaan koperasi"), len(profile.memberships)),
    ]
