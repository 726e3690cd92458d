"""Closed vocabularies of the domain, stored as their string values.

Stored as plain strings (not database enums) on purpose: a laptop running an older
version must still store and sync a value a newer version introduced, rather than fail.
The services validate values against these lists when a person enters them.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """Peran akun petugas."""

    OFFICER = "officer"  # petugas: records
    SUPERVISOR = "supervisor"  # pengawas/operator: also syncs, conflicts, reports
    ADMIN = "admin"  # admin: also users and restore


class Sex(StrEnum):
    """Jenis kelamin, as on the KTP."""

    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


class Education(StrEnum):
    """Pendidikan terakhir."""

    NONE = "tidak_sekolah"
    SD = "sd"
    SMP = "smp"
    SMA = "sma"
    D1_D3 = "diploma"
    S1 = "s1"
    S2_S3 = "pascasarjana"


class MaritalStatus(StrEnum):
    """Status perkawinan."""

    SINGLE = "belum_kawin"
    MARRIED = "kawin"
    DIVORCED = "cerai_hidup"
    WIDOWED = "cerai_mati"


class HouseholdRelationship(StrEnum):
    """Hubungan dalam keluarga (as on the KK)."""

    HEAD = "kepala_keluarga"
    SPOUSE = "istri_suami"
    CHILD = "anak"
    CHILD_IN_LAW = "menantu"
    GRANDCHILD = "cucu"
    PARENT = "orang_tua"
    PARENT_IN_LAW = "mertua"
    OTHER_FAMILY = "famili_lain"
    OTHER = "lainnya"


class JourneyStage(StrEnum):
    """Tahapan perjalanan calon pekerja migran, in the order of the journey."""

    REGISTRATION = "pendaftaran"  # registration and data verification at the village
    COUNSELLING = "informasi"  # job information / counselling
    LTSA = "ltsa"  # registration at the regency one-roof service
    SELECTION = "seleksi"
    MEDICAL = "pemeriksaan_kesehatan"  # medical and psychological tests
    TRAINING = "pelatihan"  # competency training and certificate
    PLACEMENT_AGREEMENT = "perjanjian_penempatan"
    SOCIAL_SECURITY = "bpjs"  # BPJS Ketenagakerjaan
    PASSPORT = "paspor"
    VISA = "visa_kerja"
    ORIENTATION = "opp"  # pre-departure orientation (OPP/PAP)
    CONTRACT = "perjanjian_kerja"  # employment contract
    DEPARTED = "berangkat"
    WORKING = "bekerja"  # working abroad
    RETURNED = "pulang"
    REINTEGRATED = "reintegrasi"  # reintegration and empowerment
    CANCELLED = "batal"  # withdrew or failed to depart


JOURNEY_ORDER: tuple[JourneyStage, ...] = tuple(
    s for s in JourneyStage if s != JourneyStage.CANCELLED
)
ABROAD_STAGES = frozenset({JourneyStage.DEPARTED, JourneyStage.WORKING})
RETURNED_STAGES = frozenset({JourneyStage.RETURNED, JourneyStage.REINTEGRATED})


class ReturnReason(StrEnum):
    """Alasan kepulangan (UU 18/2017 pasal 27)."""

    CONTRACT_ENDED = "kontrak_berakhir"
    LEAVE = "cuti"
    DISMISSAL = "phk"
    ACCIDENT_ILLNESS = "kecelakaan_sakit"
    ABUSE = "kekerasan"
    WAR_DISASTER_EPIDEMIC = "perang_bencana_wabah"
    DEPORTATION = "deportasi"
    DEATH = "meninggal"
    OTHER = "lainnya"


class DocumentType(StrEnum):
    """Dokumen calon pekerja migran (UU 18/2017 pasal 13 and the placement process)."""

    KTP = "ktp"
    KK = "kk"
    BIRTH_CERTIFICATE = "akta_lahir"  # or diploma (ijazah)
    AK1 = "ak1"  # kartu pencari kerja
    MARITAL_STATUS_LETTER = "surat_status_perkawinan"
    MARRIAGE_BOOK = "buku_nikah"
    FAMILY_CONSENT = "surat_izin_keluarga"  # acknowledged by the village head
    COMPETENCY_CERTIFICATE = "sertifikat_kompetensi"
    HEALTH_CERTIFICATE = "surat_keterangan_sehat"
    PASSPORT = "paspor"
    WORK_VISA = "visa_kerja"
    PLACEMENT_AGREEMENT = "perjanjian_penempatan"
    EMPLOYMENT_CONTRACT = "perjanjian_kerja"
    BPJS = "bpjs_ketenagakerjaan"
    OPP_CERTIFICATE = "sertifikat_opp"


# Documents that must be verified before a departure counts as procedural (UU 18/2017
# art. 13 and the placement process). The marriage book is only asked of married people.
DEPARTURE_DOCUMENTS: tuple[DocumentType, ...] = (
    DocumentType.KTP,
    DocumentType.KK,
    DocumentType.MARITAL_STATUS_LETTER,
    DocumentType.FAMILY_CONSENT,
    DocumentType.COMPETENCY_CERTIFICATE,
    DocumentType.HEALTH_CERTIFICATE,
    DocumentType.PASSPORT,
    DocumentType.WORK_VISA,
    DocumentType.PLACEMENT_AGREEMENT,
    DocumentType.EMPLOYMENT_CONTRACT,
    DocumentType.BPJS,
    DocumentType.OPP_CERTIFICATE,
)


# Documents a worker still depends on while abroad (their expiry must be seen coming).
DOCUMENTS_ABROAD: tuple[DocumentType, ...] = (
    DocumentType.PASSPORT,
    DocumentType.WORK_VISA,
    DocumentType.EMPLOYMENT_CONTRACT,
    DocumentType.BPJS,
)


class DocumentStatus(StrEnum):
    """Status dokumen."""

    MISSING = "belum_ada"
    IN_PROGRESS = "diproses"
    SUBMITTED = "diserahkan"
    VERIFIED = "terverifikasi"
    REJECTED = "ditolak"


class CaseType(StrEnum):
    """Jenis kasus perlindungan (national complaint statistics)."""

    WANTS_TO_GO_HOME = "ingin_dipulangkan"
    UNPAID_WAGES = "gaji_tidak_dibayar"
    DEPORTED = "dideportasi"
    FAILED_TO_DEPART = "gagal_berangkat"
    DIED_ABROAD = "meninggal_di_luar_negeri"
    JOB_FRAUD = "penipuan_peluang_kerja"
    ILLNESS = "sakit"
    TRAFFICKING = "tppo"
    SOCIAL_SECURITY = "masalah_jaminan_sosial"
    LOST_CONTACT = "hilang_kontak"
    WORK_NOT_AS_CONTRACTED = "pekerjaan_tidak_sesuai_perjanjian"
    EMPLOYER_VIOLENCE = "kekerasan_majikan"
    MENTAL_ILLNESS = "gangguan_jiwa"
    PASSPORT_WITHHELD = "paspor_ditahan"
    OVERCHARGING = "biaya_berlebih"
    SEXUAL_HARASSMENT = "pelecehan_seksual"
    OVERSTAY = "overstay"
    OTHER = "lainnya"


class RedFlag(StrEnum):
    """Tanda bahaya seen at the village."""

    TOURIST_OR_UMRAH_VISA = "visa_turis_umrah"
    RECRUITER = "calo"
    UNCLEAR_PURPOSE = "tujuan_tidak_jelas"
    DEBT_BONDAGE = "jeratan_utang"
    CONFISCATED_PASSPORT = "paspor_disita"


class CaseStatus(StrEnum):
    """Status kasus."""

    OPEN = "dibuka"
    REFERRED = "dirujuk"
    IN_PROGRESS = "ditangani"
    RESOLVED = "selesai"
    CLOSED = "ditutup"


class ReferralPartner(StrEnum):
    """Mitra rujukan."""

    DISNAKER = "disnaker_ltsa"
    BP3MI = "bp3mi"
    POLICE = "polisi_satgas_tppo"
    EMBASSY = "kbri_kjri"
    SOCIAL_AFFAIRS = "dinas_sosial"
    IOM = "iom"
    NGO = "lsm"
    OTHER = "lainnya"


class EnterpriseSector(StrEnum):
    """Sektor usaha."""

    AGRICULTURE = "pertanian"
    LIVESTOCK = "peternakan"
    FISHERIES = "perikanan"
    FOOD = "makanan_minuman"
    CRAFT = "kerajinan"
    TRADE = "perdagangan"
    SERVICES = "jasa"
    OTHER = "lainnya"


class CapitalSource(StrEnum):
    """Sumber modal."""

    REMITTANCE = "remitansi"
    OWN_SAVINGS = "tabungan_sendiri"
    COOPERATIVE_LOAN = "pinjaman_koperasi"
    BANK_LOAN = "pinjaman_bank"  # e.g. KUR
    GOVERNMENT_AID = "bantuan_pemerintah"
    OTHER = "lainnya"


class EnterpriseStatus(StrEnum):
    PLANNED = "rencana"
    ACTIVE = "aktif"
    PAUSED = "berhenti_sementara"
    CLOSED = "tutup"


class ParentAbroad(StrEnum):
    """Orang tua yang bekerja di luar negeri."""

    FATHER = "ayah"
    MOTHER = "ibu"
    BOTH = "keduanya"


class ParentingSessionKind(StrEnum):
    CHILDREN = "kegiatan_anak"  # learning and play for the children
    PARENTING_CLASS = "kelas_pengasuhan"  # for the grandparents/relatives raising them


class CooperativeKind(StrEnum):
    COOPERATIVE = "koperasi"
    BUMDES = "bumdes"


class SavingsKind(StrEnum):
    """Jenis simpanan."""

    POKOK = "pokok"  # one-off membership saving
    WAJIB = "wajib"  # compulsory periodic saving
    SUKARELA = "sukarela"  # voluntary saving


class SavingsDirection(StrEnum):
    DEPOSIT = "setor"
    WITHDRAWAL = "tarik"


class LoanStatus(StrEnum):
    ACTIVE = "berjalan"
    PAID = "lunas"
    WRITTEN_OFF = "dihapusbukukan"


class VocationalResult(StrEnum):
    ENROLLED = "terdaftar"
    COMPLETED = "lulus"
    FAILED = "tidak_lulus"
    DROPPED = "mengundurkan_diri"


class Pillar(StrEnum):
    MIGRATION = "layanan_migrasi"
    ENTERPRISE = "usaha_produktif"
    PARENTING = "parenting"
    COOPERATIVE = "koperasi"


class ConsentGiver(StrEnum):
    """Siapa yang memberi persetujuan: the person, or someone who may consent for them
    (a child's parent or guardian; family when the person is abroad or cannot sign)."""

    SELF = "sendiri"  # yang bersangkutan
    PARENT = "orang_tua"  # orang tua
    GUARDIAN = "wali"  # wali
    SPOUSE = "suami_istri"  # suami/istri
    FAMILY = "keluarga"  # anggota keluarga lain


class ConsentPurpose(StrEnum):
    """Tujuan pemrosesan yang disetujui (UU 27/2022 art. 20-22: consent names its
    purposes; each can be agreed or refused on its own)."""

    SERVICE = "layanan"  # pendaftaran, pendataan, pendampingan dan penanganan kasus
    GOVERNMENT = "instansi"  # rujukan ke Disnaker/LTSA, BP3MI, polisi/Satgas TPPO, KBRI
    PARTNERS = "mitra"  # berbagi dengan P3MI, fasilitas kesehatan, IOM, LSM
    DOCUMENTS = "dokumen"  # foto/pindaian dokumen (KTP, KK, paspor...)
    STATISTICS = "statistik"  # laporan statistik tanpa identitas
