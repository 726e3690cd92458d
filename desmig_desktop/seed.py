"""Realistic demo data for a centre's village: households, people and every pillar.

``seed(services, people=N)`` fills the store of the logged-in officer's centre with N
villagers in households, the migration journeys of about 30% of the adults (every stage,
their document checklists, information sessions, consultations), protection cases with
referrals and follow-ups, enterprises with monthly reports and trainings, children in
community parenting with sessions and attendance, a cooperative with members, savings and
loans, and BLK trainings with competency certificates.

It is for demonstrations, training officers and benchmarks, so it has to be

- realistic: Indonesian names (Faker ``id_ID``), KK numbers and NIKs that start with the
  village's district code and agree with the birth date and sex, dates that follow the
  journey (nobody leaves before 18, nobody returns before leaving), some passports and
  contracts about to expire, some follow-ups overdue, some loans in arrears;
- deterministic: the same ``seed`` on the same store start gives the same values (only
  the record keys, UUIDv7 made when the rows are written, differ). Everything random comes
  from one ``random.Random(seed)`` and one seeded Faker, and "today" is a parameter;
- fast: 100,000 people and their ~325,000 records in well under a minute. Rows are built
  as plain dicts and written with :func:`~desmig_desktop.store.changes.insert_rows` (which
  writes their change entries too) in large batches inside one write transaction;
  building ORM objects would cost more than the work;
- consistent with the services: what they would refuse (a procedural departure without
  verified documents, a repayment off the schedule, a withdrawal below zero, a mark for
  a child not enrolled that day) is not generated either.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker
from sqlalchemy import inspect, text

from . import regions
from .domain import (
    SYNCED_MODELS,
    CaseFollowUp,
    CaseReferral,
    Centre,
    CompetencyCertificate,
    Consent,
    Consultation,
    Cooperative,
    CoopLoan,
    CoopMember,
    DocumentItem,
    Enterprise,
    EnterpriseReport,
    EnterpriseTraining,
    EnterpriseTrainingParticipant,
    Household,
    InfoSession,
    InfoSessionParticipant,
    LoanRepayment,
    MigrationEpisode,
    ParentingAttendance,
    ParentingChild,
    ParentingSession,
    Person,
    ProtectionCase,
    SavingsEntry,
    SyncedRecord,
    VocationalParticipant,
    VocationalTraining,
)
from .domain.enums import (
    JOURNEY_ORDER,
    CapitalSource,
    CaseStatus,
    CaseType,
    ConsentGiver,
    ConsentPurpose,
    CooperativeKind,
    DocumentStatus,
    DocumentType,
    Education,
    EnterpriseSector,
    EnterpriseStatus,
    HouseholdRelationship,
    JourneyStage,
    LoanStatus,
    MaritalStatus,
    ParentAbroad,
    ParentingSessionKind,
    RedFlag,
    ReferralPartner,
    ReturnReason,
    SavingsDirection,
    SavingsKind,
    Sex,
    VocationalResult,
)
from .services import Services
from .services.cooperative import schedule_for
from .store.changes import column_names, insert_rows
from .validation import age_on

Row = dict[str, Any]
# A record before it is written: its index in the order rows were made. Keys are made by
# insert_rows when the row is written (UUIDv7, in write order); references between rows
# are resolved to those keys at that moment.
Ref = int
Progress = Callable[[int, int], None]

# Rows per insert_rows call: large enough that per-statement costs vanish, small enough
# that a progress bar moves.
BATCH_ROWS = 5000
# Share of adults with at least one migration journey (the brief of a "migrant village").
MIGRANT_SHARE = 0.30
NAME_POOL = 1500

# --------------------------------------------------------------------- vocabularies

_L, _P = Sex.MALE.value, Sex.FEMALE.value
_R = HouseholdRelationship
_S = JourneyStage
_D = DocumentType

HOUSEHOLD_SIZES = (2, 3, 4, 5, 6)
HOUSEHOLD_SIZE_WEIGHTS = (16, 24, 28, 20, 12)

DUSUN_NAMES = (
    "Krajan",
    "Karanganyar",
    "Sidomulyo",
    "Sukamaju",
    "Mekarsari",
    "Karangrejo",
    "Tegalsari",
    "Sumberejo",
    "Wonorejo",
    "Margasari",
    "Cikalong",
    "Pucung",
    "Kaliwungu",
    "Banjarsari",
    "Sindangsari",
    "Jatisari",
    "Kedungwuni",
    "Sawahan",
)

PHONE_PREFIXES = (
    "811",
    "812",
    "813",
    "821",
    "822",
    "823",
    "852",
    "853",
    "857",
    "858",
    "877",
    "878",
    "881",
    "882",
    "895",
    "896",
    "898",
)

# Weight of each stage among current journeys: most migrants of a village are abroad or
# back; a few are in each step of the process.
STAGE_WEIGHTS: dict[JourneyStage, float] = {
    _S.REGISTRATION: 2,
    _S.COUNSELLING: 1.5,
    _S.LTSA: 1.2,
    _S.SELECTION: 1,
    _S.MEDICAL: 1,
    _S.TRAINING: 1.2,
    _S.PLACEMENT_AGREEMENT: 0.8,
    _S.SOCIAL_SECURITY: 0.8,
    _S.PASSPORT: 1,
    _S.VISA: 0.8,
    _S.ORIENTATION: 0.8,
    _S.CONTRACT: 0.6,
    _S.DEPARTED: 3,
    _S.WORKING: 30,
    _S.RETURNED: 32,
    _S.REINTEGRATED: 14,
    _S.CANCELLED: 4,
}
_DEPARTED_INDEX = JOURNEY_ORDER.index(_S.DEPARTED)

RETURN_WEIGHTS: dict[ReturnReason, float] = {
    ReturnReason.CONTRACT_ENDED: 55,
    ReturnReason.LEAVE: 9,
    ReturnReason.DISMISSAL: 6,
    ReturnReason.ACCIDENT_ILLNESS: 6,
    ReturnReason.ABUSE: 4,
    ReturnReason.WAR_DISASTER_EPIDEMIC: 4,
    ReturnReason.DEPORTATION: 7,
    ReturnReason.DEATH: 2,
    ReturnReason.OTHER: 7,
}

NON_PROCEDURAL_REASONS = (
    "Berangkat lewat calo tanpa dokumen lengkap",
    "Memakai visa turis/umrah untuk bekerja",
    "Diajak kerabat lewat jalur tidak resmi",
    "Tidak tahu prosedur penempatan resmi",
    "Biaya jalur resmi dianggap terlalu mahal",
    "Proses jalur resmi dianggap terlalu lama",
)
CANCEL_REASONS = (
    "Batal: tidak lulus pemeriksaan kesehatan",
    "Batal: tidak mendapat izin keluarga",
    "Batal: mengundurkan diri sebelum seleksi",
    "Batal: lowongan ditutup oleh P3MI",
    "Batal: hamil sebelum keberangkatan",
)

# (country, visa code, weight, [(sector, job title)])
DESTINATIONS: tuple[tuple[str, str, float, tuple[tuple[str, str], ...]], ...] = (
    (
        "Malaysia",
        "MY",
        26,
        (
            ("Perkebunan", "Pekerja kebun sawit"),
            ("Konstruksi", "Tukang bangunan"),
            ("Rumah tangga", "Penata laksana rumah tangga"),
            ("Manufaktur", "Operator produksi"),
        ),
    ),
    (
        "Taiwan",
        "TW",
        24,
        (
            ("Perawatan", "Perawat lansia (caregiver)"),
            ("Manufaktur", "Operator pabrik"),
            ("Perikanan", "Anak buah kapal"),
        ),
    ),
    (
        "Hong Kong",
        "HK",
        18,
        (
            ("Rumah tangga", "Penata laksana rumah tangga"),
            ("Perawatan", "Perawat lansia (caregiver)"),
        ),
    ),
    ("Singapura", "SG", 6, (("Rumah tangga", "Penata laksana rumah tangga"),)),
    (
        "Arab Saudi",
        "SA",
        6,
        (("Rumah tangga", "Penata laksana rumah tangga"), ("Transportasi", "Sopir keluarga")),
    ),
    ("Korea Selatan", "KR", 7, (("Manufaktur", "Operator mesin"), ("Perikanan", "Nelayan"))),
    (
        "Jepang",
        "JP",
        6,
        (
            ("Perawatan", "Perawat (kaigo)"),
            ("Manufaktur", "Pekerja pabrik makanan"),
            ("Pertanian", "Pekerja pertanian"),
        ),
    ),
    (
        "Brunei Darussalam",
        "BN",
        3,
        (("Rumah tangga", "Penata laksana rumah tangga"), ("Konstruksi", "Tukang las")),
    ),
    ("Uni Emirat Arab", "AE", 2, (("Perhotelan", "Petugas kebersihan hotel"),)),
    ("Qatar", "QA", 1, (("Perhotelan", "Pramusaji"),)),
    ("Polandia", "PL", 1, (("Manufaktur", "Pekerja gudang"),)),
)
AGENCY_FIRST = (
    "Mitra",
    "Bina",
    "Karya",
    "Citra",
    "Sinar",
    "Duta",
    "Putra",
    "Graha",
    "Cahaya",
    "Prima",
)
AGENCY_SECOND = (
    "Sejahtera",
    "Mandiri",
    "Abadi",
    "Utama",
    "Nusantara",
    "Jaya",
    "Lestari",
    "Bersama",
    "Sentosa",
    "Perkasa",
)
EMPLOYERS: dict[str, tuple[str, ...]] = {
    "Malaysia": (
        "Ladang Sawit Sdn Bhd",
        "Keluarga Encik Rahman",
        "Syarikat Binaan Maju Sdn Bhd",
        "Kilang Elektronik Penang",
    ),
    "Taiwan": ("Keluarga Chen", "Keluarga Lin", "Hsin Yi Factory Co.", "Kapal Fu Yuan No. 8"),
    "Hong Kong": ("Keluarga Wong", "Keluarga Chan", "Keluarga Leung"),
    "Singapura": ("Keluarga Tan", "Keluarga Lim"),
    "Arab Saudi": ("Keluarga Al-Harbi", "Keluarga Al-Qahtani"),
    "Korea Selatan": ("Daesung Industrial Co.", "Busan Fisheries"),
    "Jepang": ("Sakura Care Home", "Yamato Foods K.K.", "Noka Aoyama"),
    "Brunei Darussalam": ("Keluarga Haji Ahmad", "Syarikat Bina Jaya"),
    "Uni Emirat Arab": ("Dubai Marina Hotel",),
    "Qatar": ("Doha Palace Hotel",),
    "Polandia": ("Logistyka Sp. z o.o.",),
}

# Documents each pre-departure stage brings onto the checklist.
STAGE_DOCUMENTS: dict[JourneyStage, tuple[DocumentType, ...]] = {
    _S.REGISTRATION: (_D.KTP, _D.KK, _D.BIRTH_CERTIFICATE, _D.AK1),
    _S.LTSA: (_D.MARITAL_STATUS_LETTER, _D.MARRIAGE_BOOK, _D.FAMILY_CONSENT),
    _S.MEDICAL: (_D.HEALTH_CERTIFICATE,),
    _S.TRAINING: (_D.COMPETENCY_CERTIFICATE,),
    _S.PLACEMENT_AGREEMENT: (_D.PLACEMENT_AGREEMENT,),
    _S.SOCIAL_SECURITY: (_D.BPJS,),
    _S.PASSPORT: (_D.PASSPORT,),
    _S.VISA: (_D.WORK_VISA,),
    _S.ORIENTATION: (_D.OPP_CERTIFICATE,),
    _S.CONTRACT: (_D.EMPLOYMENT_CONTRACT,),
}
# Documents renewed abroad, with the months each renewal lasts.
RENEWED_ABROAD: dict[DocumentType, int] = {
    _D.PASSPORT: 120,
    _D.WORK_VISA: 24,
    _D.EMPLOYMENT_CONTRACT: 24,
    _D.BPJS: 30,
}
# The index in JOURNEY_ORDER of the stage at which each document is due.
DOCUMENT_STAGE: dict[DocumentType, int] = {
    kind: JOURNEY_ORDER.index(stage) for stage, kinds in STAGE_DOCUMENTS.items() for kind in kinds
}
OPEN_DOC_STATUSES = (
    DocumentStatus.MISSING,
    DocumentStatus.IN_PROGRESS,
    DocumentStatus.SUBMITTED,
    DocumentStatus.REJECTED,
)
OPEN_DOC_WEIGHTS = (30, 35, 25, 10)

INFO_TOPICS = (
    "Migrasi aman dan prosedural",
    "Bahaya calo dan penempatan non-prosedural",
    "Lowongan kerja Taiwan dan Hong Kong",
    "Program G to G Korea Selatan dan Jepang",
    "Hak dan kewajiban pekerja migran (UU 18/2017)",
    "BPJS Ketenagakerjaan bagi pekerja migran",
    "Pencegahan perdagangan orang (TPPO)",
    "Mengelola remitansi untuk usaha keluarga",
    "Persiapan dokumen: paspor, visa, perjanjian kerja",
)
CONSULTATION_TOPICS = (
    ("Cara mendaftar kerja ke luar negeri", "Dijelaskan alur pendaftaran di desa dan LTSA."),
    ("Kelengkapan dokumen", "Diberi daftar dokumen yang masih kurang dan cara mengurusnya."),
    ("Keluarga hilang kontak", "Dicatat data terakhir, dibantu menghubungi P3MI."),
    (
        "Gaji belum dikirim",
        "Disarankan menghubungi P3MI; bila tidak ada tanggapan, dirujuk ke BP3MI.",
    ),
    ("Rencana usaha setelah pulang", "Diarahkan ke pelatihan kewirausahaan dan koperasi desa."),
    ("Klaim BPJS Ketenagakerjaan", "Dijelaskan syarat klaim dan dibantu mengisi formulir."),
    ("Pengasuhan anak yang ditinggal", "Diperkenalkan kegiatan Rumah Pintar desa."),
    ("Tawaran kerja dari calo", "Dijelaskan risiko jalur non-prosedural dan ciri tawaran palsu."),
)

CASE_WEIGHTS: dict[CaseType, float] = {
    CaseType.WANTS_TO_GO_HOME: 18,
    CaseType.UNPAID_WAGES: 12,
    CaseType.DEPORTED: 9,
    CaseType.FAILED_TO_DEPART: 9,
    CaseType.DIED_ABROAD: 4,
    CaseType.JOB_FRAUD: 6,
    CaseType.ILLNESS: 7,
    CaseType.TRAFFICKING: 4,
    CaseType.SOCIAL_SECURITY: 5,
    CaseType.LOST_CONTACT: 7,
    CaseType.WORK_NOT_AS_CONTRACTED: 5,
    CaseType.EMPLOYER_VIOLENCE: 4,
    CaseType.MENTAL_ILLNESS: 2,
    CaseType.PASSPORT_WITHHELD: 3,
    CaseType.OVERCHARGING: 3,
    CaseType.SEXUAL_HARASSMENT: 2,
    CaseType.OVERSTAY: 3,
    CaseType.OTHER: 2,
}
CASE_DESCRIPTIONS: dict[CaseType, str] = {
    CaseType.WANTS_TO_GO_HOME: "Keluarga melaporkan pekerja ingin pulang sebelum kontrak selesai.",
    CaseType.UNPAID_WAGES: "Gaji beberapa bulan belum dibayar majikan.",
    CaseType.DEPORTED: "Dideportasi dan tiba melalui debarkasi tanpa pemberitahuan.",
    CaseType.FAILED_TO_DEPART: "Sudah membayar biaya tetapi tidak jadi diberangkatkan.",
    CaseType.DIED_ABROAD: "Meninggal di negara penempatan; keluarga meminta pemulangan jenazah.",
    CaseType.JOB_FRAUD: "Dijanjikan pekerjaan yang ternyata tidak ada.",
    CaseType.ILLNESS: "Sakit di negara penempatan dan tidak bisa bekerja.",
    CaseType.TRAFFICKING: "Direkrut calo, dokumen dipalsukan, dipekerjakan tanpa upah.",
    CaseType.SOCIAL_SECURITY: "Klaim BPJS Ketenagakerjaan ditolak atau belum dibayar.",
    CaseType.LOST_CONTACT: "Keluarga kehilangan kontak lebih dari tiga bulan.",
    CaseType.WORK_NOT_AS_CONTRACTED: "Pekerjaan dan jam kerja tidak sesuai perjanjian kerja.",
    CaseType.EMPLOYER_VIOLENCE: "Mengalami kekerasan fisik dari majikan.",
    CaseType.MENTAL_ILLNESS: "Mengalami gangguan jiwa setelah bekerja di luar negeri.",
    CaseType.PASSPORT_WITHHELD: "Paspor ditahan majikan atau agen.",
    CaseType.OVERCHARGING: "Dipungut biaya penempatan melebihi ketentuan.",
    CaseType.SEXUAL_HARASSMENT: "Mengalami pelecehan seksual di tempat kerja.",
    CaseType.OVERSTAY: "Tinggal melewati masa berlaku izin tinggal.",
    CaseType.OTHER: "Masalah lain yang dilaporkan keluarga.",
}
CASE_PARTNERS: dict[CaseType, tuple[ReferralPartner, ...]] = {
    CaseType.TRAFFICKING: (ReferralPartner.POLICE, ReferralPartner.IOM, ReferralPartner.NGO),
    CaseType.DIED_ABROAD: (ReferralPartner.BP3MI, ReferralPartner.EMBASSY),
    CaseType.DEPORTED: (ReferralPartner.BP3MI, ReferralPartner.SOCIAL_AFFAIRS),
    CaseType.MENTAL_ILLNESS: (ReferralPartner.SOCIAL_AFFAIRS, ReferralPartner.BP3MI),
    CaseType.JOB_FRAUD: (ReferralPartner.POLICE, ReferralPartner.DISNAKER),
    CaseType.EMPLOYER_VIOLENCE: (
        ReferralPartner.EMBASSY,
        ReferralPartner.BP3MI,
        ReferralPartner.NGO,
    ),
    CaseType.SEXUAL_HARASSMENT: (ReferralPartner.EMBASSY, ReferralPartner.NGO),
    CaseType.FAILED_TO_DEPART: (ReferralPartner.DISNAKER, ReferralPartner.BP3MI),
    CaseType.OVERCHARGING: (ReferralPartner.DISNAKER, ReferralPartner.BP3MI),
    CaseType.OTHER: (ReferralPartner.OTHER, ReferralPartner.DISNAKER),
}
DEFAULT_PARTNERS = (ReferralPartner.BP3MI, ReferralPartner.DISNAKER, ReferralPartner.EMBASSY)
PARTNER_DETAILS: dict[ReferralPartner, str] = {
    ReferralPartner.DISNAKER: "Disnaker / LTSA Kabupaten",
    ReferralPartner.BP3MI: "BP3MI Provinsi",
    ReferralPartner.POLICE: "Polres / Satgas TPPO",
    ReferralPartner.EMBASSY: "KBRI / KJRI",
    ReferralPartner.SOCIAL_AFFAIRS: "Dinas Sosial Kabupaten",
    ReferralPartner.IOM: "IOM Indonesia",
    ReferralPartner.NGO: "SBMI / Migrant CARE",
    ReferralPartner.OTHER: "Pemerintah desa",
}
CASE_STATUS_WEIGHTS: dict[CaseStatus, float] = {
    CaseStatus.OPEN: 15,
    CaseStatus.REFERRED: 20,
    CaseStatus.IN_PROGRESS: 20,
    CaseStatus.RESOLVED: 30,
    CaseStatus.CLOSED: 15,
}
FOLLOW_UP_ACTIONS = (
    "Hubungi keluarga untuk kabar terbaru",
    "Tanyakan perkembangan ke BP3MI",
    "Kirim surat ke P3MI",
    "Kunjungan rumah",
    "Dampingi keluarga ke Disnaker",
    "Lengkapi kronologi kasus",
    "Cek status klaim BPJS",
)

# (sector, products, name pattern, monthly revenue range in thousands of rupiah)
ENTERPRISE_KINDS: tuple[tuple[EnterpriseSector, str, str, tuple[int, int]], ...] = (
    (EnterpriseSector.FOOD, "Keripik singkong dan pisang", "Keripik {n}", (1500, 12000)),
    (EnterpriseSector.FOOD, "Kue basah dan jajanan pasar", "Kue {n}", (1000, 8000)),
    (EnterpriseSector.TRADE, "Sembako dan kebutuhan harian", "Warung {n}", (3000, 30000)),
    (EnterpriseSector.LIVESTOCK, "Kambing dan domba", "Ternak {n}", (2000, 15000)),
    (EnterpriseSector.LIVESTOCK, "Ayam kampung dan telur", "Peternakan Ayam {n}", (1500, 10000)),
    (EnterpriseSector.AGRICULTURE, "Sayuran dan cabai", "Tani {n}", (1000, 9000)),
    (EnterpriseSector.FISHERIES, "Lele dan nila", "Kolam Lele {n}", (1500, 12000)),
    (EnterpriseSector.CRAFT, "Anyaman bambu dan pandan", "Anyaman {n}", (800, 7000)),
    (EnterpriseSector.CRAFT, "Batik tulis", "Batik {n}", (2000, 20000)),
    (EnterpriseSector.SERVICES, "Penjahitan dan permak", "Jahit {n}", (800, 6000)),
    (EnterpriseSector.SERVICES, "Bengkel motor", "Bengkel {n}", (2000, 15000)),
    (EnterpriseSector.OTHER, "Pengiriman barang dan remitansi", "Agen {n}", (1000, 10000)),
)
ENTERPRISE_STATUS_WEIGHTS: dict[EnterpriseStatus, float] = {
    EnterpriseStatus.PLANNED: 8,
    EnterpriseStatus.ACTIVE: 70,
    EnterpriseStatus.PAUSED: 12,
    EnterpriseStatus.CLOSED: 10,
}
CAPITAL_WEIGHTS: dict[CapitalSource, float] = {
    CapitalSource.REMITTANCE: 45,
    CapitalSource.OWN_SAVINGS: 20,
    CapitalSource.COOPERATIVE_LOAN: 12,
    CapitalSource.BANK_LOAN: 10,
    CapitalSource.GOVERNMENT_AID: 8,
    CapitalSource.OTHER: 5,
}
ENTERPRISE_TRAINING_TITLES = (
    "Kewirausahaan bagi PMI purna",
    "Pengemasan dan label produk",
    "Pemasaran daring",
    "Pembukuan usaha sederhana",
    "Pengolahan hasil pertanian",
    "Budidaya lele bioflok",
)
ORGANISERS = ("Disnaker Kabupaten", "BP3MI", "Dinas Koperasi dan UKM", "Bank BRI", "IOM")

CHILD_TOPICS = (
    "Belajar membaca",
    "Mewarnai dan menggambar",
    "Mengaji bersama",
    "Bermain peran",
    "Membantu PR sekolah",
    "Bercerita dan mendongeng",
    "Permainan tradisional",
)
PARENTING_TOPICS = (
    "Pola asuh tanpa kekerasan",
    "Gizi anak",
    "Komunikasi dengan orang tua di luar negeri",
    "Mendampingi anak belajar",
    "Kesehatan remaja",
    "Mengelola kiriman uang",
)

SAVINGS_POKOK = 100_000
SAVINGS_WAJIB = 20_000
LOAN_PRINCIPALS = (
    1_000_000,
    2_000_000,
    3_000_000,
    5_000_000,
    7_500_000,
    10_000_000,
    15_000_000,
    20_000_000,
)
LOAN_RATES = (1.0, 1.25, 1.5, 2.0)
LOAN_TERMS = (6, 10, 12, 18, 24)
LOAN_PURPOSES = (
    "Modal warung",
    "Beli bibit dan pupuk",
    "Tambah ternak",
    "Beli mesin jahit",
    "Renovasi kolam",
    "Modal dagang",
    "Biaya sekolah anak",
)

# (title, skill, certification scheme)
BLK_COURSES = (
    ("Pelatihan Caregiver", "Perawatan lansia", "Caregiver"),
    (
        "Pelatihan Penata Laksana Rumah Tangga",
        "Tata laksana rumah tangga",
        "Penata Laksana Rumah Tangga",
    ),
    ("Bahasa Mandarin untuk PMI", "Bahasa Mandarin", "Komunikasi Bahasa Mandarin"),
    ("Bahasa Korea (EPS-TOPIK)", "Bahasa Korea", "Komunikasi Bahasa Korea"),
    ("Bahasa Jepang N4", "Bahasa Jepang", "Komunikasi Bahasa Jepang"),
    ("Pengelasan SMAW", "Las", "Juru Las SMAW 3G"),
    ("Operator Mesin Produksi", "Manufaktur", "Operator Mesin Produksi"),
    ("Housekeeping Hotel", "Perhotelan", "Room Attendant"),
)
BLK_RESULT_WEIGHTS: dict[VocationalResult, float] = {
    VocationalResult.COMPLETED: 75,
    VocationalResult.FAILED: 12,
    VocationalResult.DROPPED: 8,
    VocationalResult.ENROLLED: 5,
}


# ------------------------------------------------------------------------- helpers


@dataclass(slots=True)
class _Villager:
    id: Ref
    household: int
    sex: str
    born: date
    age: int
    relationship: str
    name: str
    nik: str | None
    marital: str


@dataclass(slots=True)
class _Journey:
    """What later pillars need to know about a current migration episode."""

    id: Ref
    person: _Villager
    stage: JourneyStage
    procedural: bool
    departure: date | None
    returned: date | None


def _add_months(d: date, months: int) -> date:
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(d.day, 28))


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def _pick(rng: random.Random, weights: dict[Any, float]) -> Any:
    return rng.choices(list(weights), list(weights.values()))[0]


class _Seeder:
    """Builds every row in memory, rows referring to each other by :data:`Ref`, then
    writes them table by table, parents first, resolving references to the keys made."""

    def __init__(self, services: Services, seed: int, today: date) -> None:
        self.services = services
        self.rng = random.Random(seed)
        self.fake = Faker("id_ID")
        self.fake.seed_instance(seed)
        self.today = today
        self.centre_id = services.actor.centre_id
        self.officer = services.actor.username
        self.rows: dict[type[SyncedRecord], list[tuple[Ref, Row]]] = {m: [] for m in SYNCED_MODELS}
        self.later: dict[type[SyncedRecord], list[tuple[Ref, Row]]] = {m: [] for m in SYNCED_MODELS}
        self.next_ref = 0

        with services.store.read() as session:
            centre = session.get(Centre, self.centre_id)
            if centre is None:
                raise ValueError("the logged-in officer's centre is not in this store")
            self.used_nik = {
                nik
                for (nik,) in session.execute(text("SELECT nik FROM person WHERE nik IS NOT NULL"))
            }
            self.used_kk = {
                kk
                for (kk,) in session.execute(
                    text("SELECT no_kk FROM household WHERE no_kk IS NOT NULL")
                )
            }
        village = regions.village(centre.village_code)
        self.village_name = village.name.title() if village else centre.name
        code = centre.village_code
        self.district = code.replace(".", "")[:6]
        regency_code = code[:5]
        regency = regions.get(regency_code)
        self.regency_name = (
            regency.name.title().replace("Kabupaten ", "").replace("Kota ", "")
            if regency
            else "Kabupaten"
        )
        self.regency_digits = regency_code.replace(".", "")
        # Spouses who married in often carry a NIK from another district of the regency.
        self.other_districts = [
            r.digits for r in regions.children(regency_code) if r.digits != self.district
        ] or [self.district]
        self.serials: dict[str, int] = {}
        self.counter = 0
        self.villagers: list[_Villager] = []
        self.households: list[list[_Villager]] = []
        self.household_ids: list[Ref] = []
        self.household_kk: list[str] = []
        self.journeys: list[_Journey] = []
        self.abroad: list[_Journey] = []
        self.back: list[_Journey] = []
        self.owners: dict[Ref, Ref] = {}
        self.returns = 0
        self.non_procedural = 0
        self.expiring = 0
        self.missing = 0
        self.departed = 0
        self.open_documents = 0

        rng, fake = self.rng, self.fake
        self.male_names = [
            self._name(fake.first_name_male, fake.last_name_male) for _ in range(NAME_POOL)
        ]
        self.female_names = [
            self._name(fake.first_name_female, fake.last_name_female) for _ in range(NAME_POOL)
        ]
        self.cities = sorted({fake.city() for _ in range(60)})
        self.facilitators = [rng.choice(self.female_names) for _ in range(6)]
        self.agencies = [
            f"PT {a} {b} {rng.choice(('Indonesia', 'Internasional', 'Global', 'Sejati'))}"
            for a in AGENCY_FIRST
            for b in rng.sample(AGENCY_SECOND, 2)
        ]

    def _name(self, first: Callable[[], str], last: Callable[[], str]) -> str:
        roll = self.rng.random()
        if roll < 0.18:  # one name only, common in Java
            return first()
        if roll < 0.28:
            return f"{first()} {first()} {last()}"
        return f"{first()} {last()}"

    def add(self, model: type[SyncedRecord], /, *, later: bool = False, **values: Any) -> Ref:
        """A new row of ``model``; ``later`` rows are written after the others of their
        table (reversals and corrections, which point at rows of the same table)."""
        ref = self.next_ref
        self.next_ref += 1
        values["centre_id"] = self.centre_id
        (self.later if later else self.rows)[model].append((ref, values))
        return ref

    def number(self) -> int:
        self.counter += 1
        return self.counter

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    # -- identity numbers -------------------------------------------------------------

    def nik(self, district: str, born: date, sex: str) -> str:
        day = born.day + (40 if sex == _P else 0)
        stem = f"{district}{day:02d}{born.month:02d}{born.year % 100:02d}"
        serial = self.serials.get(stem, 0) + 1
        while f"{stem}{serial:04d}" in self.used_nik:
            serial += 1
        self.serials[stem] = serial
        nik = f"{stem}{serial:04d}"
        self.used_nik.add(nik)
        return nik

    def kk(self, issued: date) -> str:
        stem = f"{self.district}{issued.day:02d}{issued.month:02d}{issued.year % 100:02d}"
        key = "kk" + stem
        serial = self.serials.get(key, 0) + 1
        while f"{stem}{serial:04d}" in self.used_kk:
            serial += 1
        self.serials[key] = serial
        number = f"{stem}{serial:04d}"
        self.used_kk.add(number)
        return number

    def phone(self) -> str:
        rng = self.rng
        digits = rng.choice((7, 8))
        return f"+62{rng.choice(PHONE_PREFIXES)}{rng.randrange(10 ** (digits - 1), 10**digits)}"

    # -- households and people ---------------------------------------------------------

    def people(self, count: int) -> None:
        rng = self.rng
        dusun = rng.sample(DUSUN_NAMES, rng.randint(4, 7))
        # Each dusun has one to three RW (numbered across the village), each RW some RTs.
        neighbourhoods: list[tuple[str, str, str]] = []
        rw = 0
        for name in dusun:
            for _ in range(rng.randint(1, 3)):
                rw += 1
                for rt_no in range(1, rng.randint(3, 7)):
                    neighbourhoods.append((name, f"{rt_no:03d}", f"{rw:03d}"))
        remaining = count
        while remaining > 0:
            size = min(rng.choices(HOUSEHOLD_SIZES, HOUSEHOLD_SIZE_WEIGHTS)[0], remaining)
            if remaining - size == 1:
                size = size + 1 if size < 6 else size - 1
            name, rt, rw_no = rng.choice(neighbourhoods)
            issued = self.days_ago(30, 365 * 15)
            no_kk = self.kk(issued)
            household_id = self.add(
                Household,
                no_kk=no_kk,
                dusun=name,
                rt=rt,
                rw=rw_no,
                address=f"Dusun {name} RT {rt}/RW {rw_no}, Desa {self.village_name}",
            )
            self.household_ids.append(household_id)
            self.household_kk.append(no_kk)
            self.households.append(self._members(len(self.households), household_id, size))
            remaining -= size

    def _members(self, index: int, household_id: Ref, size: int) -> list[_Villager]:
        rng = self.rng
        members: list[_Villager] = []
        head_sex = _L if rng.random() < 0.86 else _P
        head_age = rng.randint(24, 78)
        if head_sex == _L and size >= 2 and rng.random() < 0.93:
            head_marital = MaritalStatus.MARRIED
        elif head_age < 30 and head_sex == _L:
            head_marital = MaritalStatus.SINGLE
        else:
            head_marital = rng.choice((MaritalStatus.WIDOWED, MaritalStatus.DIVORCED))
        members.append(
            self._villager(index, household_id, head_sex, head_age, _R.HEAD, head_marital)
        )
        youngest_parent = head_age
        if head_marital == MaritalStatus.MARRIED:
            spouse_age = max(18, head_age + rng.randint(-9, 2))
            youngest_parent = min(head_age, spouse_age)
            members.append(
                self._villager(
                    index, household_id, _P, spouse_age, _R.SPOUSE, MaritalStatus.MARRIED
                )
            )
        has_parent = False
        while len(members) < size:
            roll = rng.random()
            if head_age >= 52 and roll < 0.25:
                age = rng.randint(0, head_age - 40)
                rel, marital = _R.GRANDCHILD, MaritalStatus.SINGLE
            elif head_age >= 50 and roll < 0.32:
                age = rng.randint(20, head_age - 22)
                rel, marital = _R.CHILD_IN_LAW, MaritalStatus.MARRIED
            elif head_age <= 48 and not has_parent and roll < 0.12:
                has_parent = True
                age = min(95, head_age + rng.randint(20, 32))
                rel = rng.choice((_R.PARENT, _R.PARENT_IN_LAW))
                marital = rng.choice((MaritalStatus.WIDOWED, MaritalStatus.MARRIED))
            elif youngest_parent >= 19 and roll < 0.97:
                age = rng.randint(0, min(youngest_parent - 18, 40))
                rel = _R.CHILD
                marital = (
                    MaritalStatus.MARRIED
                    if age >= 22 and rng.random() < 0.25
                    else MaritalStatus.SINGLE
                )
            else:
                age = rng.randint(3, 70)
                rel = _R.OTHER_FAMILY if rng.random() < 0.8 else _R.OTHER
                marital = MaritalStatus.SINGLE if age < 20 else rng.choice(list(MaritalStatus))
            sex = _L if rng.random() < 0.5 else _P
            if rel == _R.CHILD_IN_LAW:
                sex = _P if rng.random() < 0.7 else _L
            members.append(self._villager(index, household_id, sex, age, rel, marital))
        return members

    def _villager(
        self,
        index: int,
        household_id: Ref,
        sex: str,
        age: int,
        relationship: str,
        marital: str,
    ) -> _Villager:
        rng = self.rng
        born = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
        age = age_on(born, self.today)
        if age < 17:
            marital = MaritalStatus.SINGLE
        name = rng.choice(self.male_names if sex == _L else self.female_names)
        missing_nik = rng.random() < (0.06 if age < 17 else 0.017) or (
            age < 17 and not self.missing
        )
        self.missing += missing_nik
        nik = None
        if not missing_nik:
            married_in = relationship in (_R.SPOUSE, _R.CHILD_IN_LAW) and rng.random() < 0.3
            district = rng.choice(self.other_districts) if married_in else self.district
            nik = self.nik(district, born, sex)
        person_id = self.add(
            Person,
            household_id=household_id,
            nik=nik,
            name=name,
            sex=sex,
            birth_place=self.regency_name if rng.random() < 0.85 else rng.choice(self.cities),
            birth_date=born,
            phone=self.phone() if age >= 17 and rng.random() < 0.65 else None,
            education=self._education(age, born.year),
            marital_status=marital,
            relationship=relationship,
            # As PeopleService flags it: a missing NIK; the generated ones raise no warning.
            flags="" if nik else "nik.missing",
        )
        villager = _Villager(person_id, index, sex, born, age, relationship, name, nik, marital)
        self.villagers.append(villager)
        return villager

    def _education(self, age: int, year: int) -> str | None:
        rng, e = self.rng, Education
        if age < 7:
            return None
        if age <= 12:
            return e.SD.value
        if age <= 15:
            return e.SMP.value if rng.random() < 0.7 else e.SD.value
        if age <= 18:
            return e.SMA.value if rng.random() < 0.6 else e.SMP.value
        levels = (e.NONE, e.SD, e.SMP, e.SMA, e.D1_D3, e.S1, e.S2_S3)
        if year < 1965:
            weights: tuple[float, ...] = (20, 55, 14, 9, 1, 1, 0)
        elif year < 1985:
            weights = (5, 35, 30, 22, 3, 5, 0.2)
        else:
            weights = (1, 12, 30, 43, 5, 8.5, 0.5)
        return str(rng.choices(levels, weights)[0].value)

    # -- pillar 1: migration ------------------------------------------------------------

    def migration(self) -> None:
        rng = self.rng
        adults = [v for v in self.villagers if v.age >= 18]
        eligible = [v for v in adults if 21 <= v.age <= 58]
        migrants = rng.sample(eligible, min(len(eligible), round(MIGRANT_SHARE * len(adults))))
        # The first ones show every stage; a procedural departure needs a KTP, so a NIK.
        migrants.sort(key=lambda v: v.nik is None)
        stages = list(JourneyStage)
        for index, person in enumerate(migrants):
            # The first migrants cover every stage, so even a small village shows them all.
            stage = stages[index] if index < len(stages) else _pick(rng, STAGE_WEIGHTS)
            journey = self._episode(person, stage)
            self.journeys.append(journey)
            if (
                stage in (_S.WORKING, _S.RETURNED, _S.REINTEGRATED)
                and person.age >= 30
                and rng.random() < 0.2
            ):
                before = journey.departure or self.today
                self._earlier_episode(person, before)
        self.abroad = [j for j in self.journeys if j.stage in (_S.DEPARTED, _S.WORKING)]
        self.back = [j for j in self.journeys if j.stage in (_S.RETURNED, _S.REINTEGRATED)]
        self._info_sessions(adults)
        self._consultations()

    def _place(self) -> tuple[str, str, str, str]:
        country, code, _, jobs = self.rng.choices(DESTINATIONS, [d[2] for d in DESTINATIONS])[0]
        sector, job = self.rng.choice(jobs)
        return country, code, sector, job

    def _departure_after_18(self, person: _Villager, departure: date) -> date:
        earliest = person.born + timedelta(days=18 * 366 + 30)
        if departure < earliest:
            return earliest + timedelta(days=self.rng.randint(0, 120))
        return departure

    def _return_reason(self) -> str:
        reasons = list(ReturnReason)
        reason = (
            reasons[self.returns]
            if self.returns < len(reasons)
            else _pick(self.rng, RETURN_WEIGHTS)
        )
        self.returns += 1
        return str(reason)

    def _episode(self, person: _Villager, stage: JourneyStage) -> _Journey:
        rng = self.rng
        country, code, sector, job = self._place()
        row: Row = {
            "person_id": person.id,
            "stage": stage.value,
            "destination_country": country,
            "sector": sector,
            "job_title": job,
            "procedural": True,
        }
        departure = returned = None
        if stage == _S.CANCELLED:
            row["registered_on"] = self.days_ago(60, 900)
            row["notes"] = rng.choice(CANCEL_REASONS)
            reached = rng.randint(0, 6)
        elif JOURNEY_ORDER.index(stage) < _DEPARTED_INDEX:
            reached = JOURNEY_ORDER.index(stage)
            row["registered_on"] = self.days_ago(7, 30 + 25 * reached)
        else:
            reached = len(JOURNEY_ORDER)
            if stage == _S.DEPARTED:
                departure = self.days_ago(3, 60)
            elif stage == _S.WORKING:
                departure = self.days_ago(61, 1100)
            else:
                returned = (
                    self.days_ago(7, 700) if stage == _S.RETURNED else self.days_ago(180, 1800)
                )
                departure = returned - timedelta(days=rng.randint(300, 1500))
            moved = self._departure_after_18(person, departure)
            if returned is not None and moved != departure:
                returned = min(
                    self.today - timedelta(days=1), moved + timedelta(days=rng.randint(180, 700))
                )
            departure = moved
            row["departure_date"] = departure
            row["registered_on"] = departure - timedelta(days=rng.randint(90, 300))
            if returned is not None:
                row["return_date"] = returned
                row["return_reason"] = self._return_reason()
            else:
                roll = rng.random()
                contact = (
                    rng.randint(0, 30)
                    if roll < 0.7
                    else rng.randint(31, 150)
                    if roll < 0.95
                    else rng.randint(200, 500)
                )
                row["last_contact_on"] = max(departure, self.today - timedelta(days=contact))
            # Without a NIK there is no KTP, so no procedural departure. The first worker
            # abroad left outside the procedure; the first to have just left, inside it.
            if person.nik is None or (
                not (stage == _S.DEPARTED and not self.departed)
                and ((stage == _S.WORKING and not self.non_procedural) or rng.random() < 0.15)
            ):
                self.non_procedural += 1
                row["procedural"] = False
                row["non_procedural_reason"] = rng.choice(NON_PROCEDURAL_REASONS)
        if row["procedural"] and reached >= JOURNEY_ORDER.index(_S.LTSA):
            row["placement_agency"] = rng.choice(self.agencies)
        if reached >= JOURNEY_ORDER.index(_S.PLACEMENT_AGREEMENT):
            row["employer"] = rng.choice(EMPLOYERS[country])
        if "notes" not in row and rng.random() < 0.1:
            row["notes"] = "Dicatat saat kunjungan rumah."
        if stage == _S.DEPARTED and row["procedural"]:
            self.departed += 1
        episode_id = self.add(MigrationEpisode, **row)
        journey = _Journey(episode_id, person, stage, row["procedural"], departure, returned)
        self._documents(journey, reached, code, row["registered_on"])
        return journey

    def _earlier_episode(self, person: _Villager, before: date) -> None:
        rng = self.rng
        country, _, sector, job = self._place()
        returned = before - timedelta(days=rng.randint(120, 900))
        departure = returned - timedelta(days=rng.randint(540, 1100))
        if departure < person.born + timedelta(days=18 * 366 + 30):
            return
        procedural = rng.random() >= 0.25 and person.nik is not None
        self.add(
            MigrationEpisode,
            person_id=person.id,
            stage=_S.RETURNED.value,
            destination_country=country,
            sector=sector,
            job_title=job,
            procedural=procedural,
            non_procedural_reason=None if procedural else rng.choice(NON_PROCEDURAL_REASONS),
            placement_agency=rng.choice(self.agencies) if procedural else None,
            employer=rng.choice(EMPLOYERS[country]),
            registered_on=departure - timedelta(days=rng.randint(60, 240)),
            departure_date=departure,
            return_date=returned,
            return_reason=self._return_reason(),
        )

    def _documents(self, journey: _Journey, reached: int, visa_code: str, registered: date) -> None:
        """The document checklist of a current journey.

        Journeys registered through the centre carry the whole checklist, as
        ``MigrationService.register_episode`` makes it (every document, the marriage book
        only for married people), with statuses that follow the stage reached. A
        procedural departure has every departure document verified and unexpired on the
        day of leaving (``MigrationService.departure_problems``).

        Journeys that left more than a year ago are older than the centre's records:
        the officers entered them afterwards with the documents whose expiry they watch
        (passport, visa, contract, BPJS), and only the passport once the worker is back.
        A full checklist for each of them would more than double the seed's rows.
        """
        rng = self.rng
        person = journey.person
        checklist = [
            kind
            for kind in DocumentType
            if kind != _D.MARRIAGE_BOOK or person.marital == MaritalStatus.MARRIED
        ]
        statuses: dict[DocumentType, DocumentStatus] = {}
        if journey.stage in (_S.RETURNED, _S.REINTEGRATED):
            statuses[_D.PASSPORT] = DocumentStatus.VERIFIED
        elif journey.departure is not None:
            if not journey.procedural:
                kinds = [_D.KTP, _D.KK, _D.PASSPORT]
            elif (self.today - journey.departure).days > 365:
                kinds = [_D.PASSPORT, _D.WORK_VISA, _D.EMPLOYMENT_CONTRACT, _D.BPJS]
            else:
                kinds = checklist
            statuses = dict.fromkeys(kinds, DocumentStatus.VERIFIED)
        else:
            for kind in checklist:
                stage = DOCUMENT_STAGE[kind]
                if stage < reached:
                    statuses[kind] = (
                        DocumentStatus.VERIFIED if rng.random() < 0.92 else DocumentStatus.SUBMITTED
                    )
                elif stage == reached:
                    statuses[kind] = (
                        OPEN_DOC_STATUSES[self.open_documents]
                        if self.open_documents < len(OPEN_DOC_STATUSES)
                        else rng.choices(OPEN_DOC_STATUSES, OPEN_DOC_WEIGHTS)[0]
                    )
                    self.open_documents += 1
                else:
                    statuses[kind] = DocumentStatus.MISSING
        for kind, status in statuses.items():
            if kind == _D.KTP and person.nik is None:
                status = DocumentStatus.IN_PROGRESS
            row: Row = {"episode_id": journey.id, "doc_type": kind.value, "status": status.value}
            if status in (DocumentStatus.VERIFIED, DocumentStatus.SUBMITTED):
                self._document_details(
                    row, kind, person, journey, journey.departure or registered, visa_code
                )
            self.add(DocumentItem, **row)

    def _document_details(
        self,
        row: Row,
        kind: DocumentType,
        person: _Villager,
        journey: _Journey,
        anchor: date,
        visa_code: str,
    ) -> None:
        rng = self.rng
        n = self.number()
        year = anchor.year
        issued: date | None = anchor - timedelta(days=rng.randint(20, 120))
        expires: date | None = None
        if kind == _D.KTP:
            row["number"] = person.nik
            issued = None
        elif kind == _D.KK:
            row["number"] = self.household_kk[person.household]
            issued = None
        elif kind == _D.BIRTH_CERTIFICATE:
            row["number"] = f"{self.regency_digits}-LT-{person.born:%d%m%Y}-{n % 10000:04d}"
            issued = person.born + timedelta(days=rng.randint(7, 700))
        elif kind == _D.AK1:
            row["number"] = f"AK1/{n:06d}/{year}"
            expires = anchor + timedelta(days=730)
        elif kind == _D.PASSPORT:
            row["number"] = f"{rng.choice('CEX')}{rng.randrange(10**6, 10**7)}"
            issued = anchor - timedelta(days=rng.randint(30, 1500))
            expires = _add_months(issued, 60 if issued.year < 2022 else 120)
        elif kind == _D.WORK_VISA:
            row["number"] = f"{visa_code}{rng.randrange(10**7, 10**8)}"
            expires = _add_months(anchor, 24)
        elif kind == _D.EMPLOYMENT_CONTRACT:
            row["number"] = f"PK/{n:05d}/{year}"
            expires = _add_months(anchor, 24)
        elif kind == _D.PLACEMENT_AGREEMENT:
            row["number"] = f"PP/{n:05d}/{year}"
        elif kind == _D.BPJS:
            row["number"] = f"{rng.randrange(10**10, 10**11)}"
            expires = _add_months(anchor, 30)
        elif kind == _D.HEALTH_CERTIFICATE:
            row["number"] = f"MCU/{n:05d}/{year}"
            expires = anchor + timedelta(days=160)
        elif kind == _D.OPP_CERTIFICATE:
            row["number"] = f"OPP/{n:05d}/{year}"
        elif kind == _D.COMPETENCY_CERTIFICATE:
            row["number"] = (
                f"{rng.randrange(10**4, 10**5)} {rng.randrange(1000, 9999)} {n:07d} {year}"
            )
            expires = _add_months(anchor, 36)
        elif kind == _D.MARITAL_STATUS_LETTER:
            row["number"] = f"474.2/{n % 1000:03d}/{year}"
        elif kind == _D.MARRIAGE_BOOK:
            number = f"{rng.randint(1, 999):04d}/{rng.randint(1, 99):03d}/{rng.randint(1, 12):02d}"
            row["number"] = f"{number}/{year - rng.randint(1, 15)}"
            issued = None
        elif kind == _D.FAMILY_CONSENT:
            row["number"] = f"145/{n % 1000:03d}/{year}"
        if kind in RENEWED_ABROAD and journey.stage in (_S.DEPARTED, _S.WORKING):
            # Workers abroad renew their passport, visa, contract and BPJS as they run out;
            # a few let one lapse (the overstay cases the centre must catch).
            assert issued is not None and expires is not None
            while expires <= self.today and rng.random() < 0.95:
                issued, expires = expires, _add_months(expires, RENEWED_ABROAD[kind])
            if kind == _D.PASSPORT and (not self.expiring or rng.random() < 0.06):
                # Some passports are about to run out while their holder works abroad.
                self.expiring += 1
                expires = self.today + timedelta(days=rng.randint(5, 89))
        row["issued_on"] = issued
        row["expires_on"] = expires

    def _info_sessions(self, adults: list[_Villager]) -> None:
        rng = self.rng
        if not adults:
            return
        prospective = [j.person for j in self.journeys if j.departure is None] or adults
        for _ in range(max(6, len(self.villagers) // 500)):
            held = self.days_ago(3, 730)
            attendees = {
                v.id: v for v in rng.sample(prospective, min(len(prospective), rng.randint(4, 20)))
            }
            for v in rng.sample(adults, min(len(adults), rng.randint(4, 20))):
                attendees.setdefault(v.id, v)
            session_id = self.add(
                InfoSession,
                held_on=held,
                topic=rng.choice(INFO_TOPICS),
                location=rng.choice(
                    (
                        f"Balai Desa {self.village_name}",
                        "Kantor Desmigratif",
                        "Posyandu dusun",
                        "Masjid desa",
                    )
                ),
                facilitator=rng.choice((*self.facilitators, f"Disnaker Kab. {self.regency_name}")),
                participants_count=len(attendees) + rng.randint(0, 15),
            )
            for person_id in attendees:
                self.add(InfoSessionParticipant, session_id=session_id, person_id=person_id)

    def _consultations(self) -> None:
        rng = self.rng
        if not self.journeys:
            return
        for _ in range(max(5, len(self.villagers) // 25)):
            journey = rng.choice(self.journeys)
            family = self.households[journey.person.household]
            person = journey.person if rng.random() < 0.5 else rng.choice(family)
            topic, summary = rng.choice(CONSULTATION_TOPICS)
            self.add(
                Consultation,
                person_id=person.id,
                held_on=self.days_ago(0, 720),
                topic=topic,
                summary=summary,
                officer=self.officer,
            )

    # -- protection ---------------------------------------------------------------------

    def protection(self) -> None:
        rng = self.rng
        journeys = [j for j in self.journeys if j.departure is not None] or self.journeys
        if not journeys:
            return
        types = list(CaseType)
        flags = list(RedFlag)
        count = max(len(types) + 2, round(len(self.journeys) * 0.06))
        for index in range(count):
            case_type = types[index] if index < len(types) else _pick(rng, CASE_WEIGHTS)
            if case_type == CaseType.FAILED_TO_DEPART:
                pool = [j for j in self.journeys if j.departure is None] or journeys
            elif index == 0:
                pool = [j for j in self.journeys if j.stage == _S.WORKING] or journeys
            else:
                pool = journeys
            journey = rng.choice(pool)
            chosen: list[RedFlag] = []
            if index < len(flags):
                chosen.append(flags[index])
            if not journey.procedural or case_type in (CaseType.TRAFFICKING, CaseType.JOB_FRAUD):
                chosen += rng.sample(flags, rng.randint(1, 3))
            elif rng.random() < 0.2:
                chosen.append(rng.choice(flags))
            red_flags = ",".join(f.value for f in flags if f in chosen)
            status = _pick(rng, CASE_STATUS_WEIGHTS)
            start = journey.departure or self.today - timedelta(days=400)
            reported = self.days_ago(0, min(700, max(0, (self.today - start).days)))
            if index == 0:  # at least one open case with overdue follow-ups
                status, reported = CaseStatus.OPEN, self.days_ago(30, 60)
            family = self.households[journey.person.household]
            reporter = rng.choice(family)
            # Resolved and closed cases were settled on ``finished``; only closing records
            # the date on the case (ProtectionService.set_status).
            finished = None
            if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
                finished = min(self.today, reported + timedelta(days=rng.randint(7, 180)))
            case_id = self.add(
                ProtectionCase,
                person_id=journey.person.id,
                episode_id=journey.id,
                case_type=case_type.value,
                red_flags=red_flags,
                status=status.value,
                reported_on=reported,
                reported_by=reporter.name
                if reporter is not journey.person
                else "Yang bersangkutan",
                description=CASE_DESCRIPTIONS[case_type],
                closed_on=finished if status == CaseStatus.CLOSED else None,
            )
            if status != CaseStatus.OPEN:
                partners = CASE_PARTNERS.get(case_type, DEFAULT_PARTNERS)
                for partner in rng.sample(partners, rng.randint(1, min(2, len(partners)))):
                    referred = min(self.today, reported + timedelta(days=rng.randint(0, 20)))
                    self.add(
                        CaseReferral,
                        case_id=case_id,
                        partner=partner.value,
                        partner_detail=PARTNER_DETAILS[partner],
                        referred_on=referred,
                        reference_no=f"RUJ/{self.number():05d}/{referred.year}"
                        if rng.random() < 0.6
                        else None,
                        outcome="Ditangani mitra" if finished else None,
                    )
            for step in range(rng.randint(1, 3)):
                due = reported + timedelta(days=7 + 14 * step + rng.randint(0, 10))
                if finished is not None:
                    done: date | None = min(finished, due)
                elif due <= self.today and index > 0 and rng.random() < 0.55:
                    done = due
                else:
                    done = None  # open: overdue when due before today
                self.add(
                    CaseFollowUp,
                    case_id=case_id,
                    action=rng.choice(FOLLOW_UP_ACTIONS),
                    due_on=due,
                    done_on=done,
                    notes=None,
                )

    # -- pillar 2: enterprises -----------------------------------------------------------

    def enterprise(self) -> None:
        rng = self.rng
        adults = [v for v in self.villagers if v.age >= 20]
        if not adults:
            return
        returnees = [j.person for j in self.back]
        families = [
            v
            for j in self.abroad
            for v in self.households[j.person.household]
            if v.age >= 20 and v is not j.person
        ]
        for index in range(max(8, len(self.villagers) // 100)):
            roll = rng.random()
            pool = (
                returnees
                if roll < 0.55 and returnees
                else families
                if roll < 0.9 and families
                else adults
            )
            owner = rng.choice(pool)
            sector, products, pattern, (low, high) = rng.choice(ENTERPRISE_KINDS)
            status = _pick(rng, ENTERPRISE_STATUS_WEIGHTS)
            started = None if status == EnterpriseStatus.PLANNED else self.days_ago(60, 2500)
            enterprise_id = self.add(
                Enterprise,
                name=pattern.format(n=owner.name.split()[0]),
                owner_id=owner.id,
                household_id=self.household_ids[owner.household],
                sector=sector.value,
                capital_source=_pick(rng, CAPITAL_WEIGHTS).value,
                status=status.value,
                started_on=started,
                products=products,
                exports=index == 0 or rng.random() < 0.03,
            )
            self.owners.setdefault(owner.id, enterprise_id)
            if started is None:
                continue
            months = min(12, _months_between(started, self.today))
            if status == EnterpriseStatus.CLOSED:
                months = min(months, 3)
            base = rng.randint(low, high) * 1000
            workers = rng.randint(1, 6)
            for back in range(months, 0, -1):
                period = _add_months(self.today, -back)
                self.add(
                    EnterpriseReport,
                    enterprise_id=enterprise_id,
                    period=f"{period:%Y-%m}",
                    revenue=int(base * rng.uniform(0.6, 1.4)) // 1000 * 1000,
                    workers=max(1, workers + rng.randint(-1, 1)),
                    notes=None,
                )
        candidates = returnees + families or adults
        for _ in range(max(3, len(self.villagers) // 2500)):
            training_id = self.add(
                EnterpriseTraining,
                title=rng.choice(ENTERPRISE_TRAINING_TITLES),
                held_on=self.days_ago(10, 900),
                organiser=rng.choice(ORGANISERS),
            )
            chosen = {
                v.id for v in rng.sample(candidates, min(len(candidates), rng.randint(8, 30)))
            }
            for person_id in chosen:
                self.add(
                    EnterpriseTrainingParticipant, training_id=training_id, person_id=person_id
                )

    # -- pillar 3: community parenting ---------------------------------------------------

    def parenting(self) -> None:
        rng = self.rng
        abroad_ids = {j.person.id for j in self.abroad}
        enrolled: list[tuple[Ref, date, date | None]] = []
        for members in self.households:
            parents = [v for v in members if v.relationship in (_R.HEAD, _R.SPOUSE)]
            away = [v for v in parents if v.id in abroad_ids]
            if not away:
                continue
            for child in members:
                if child.relationship != _R.CHILD or not 3 <= child.age <= 15 or rng.random() > 0.7:
                    continue
                fathers = [v for v in away if v.sex == _L]
                mothers = [v for v in away if v.sex == _P]
                which = (
                    ParentAbroad.BOTH
                    if fathers and mothers
                    else ParentAbroad.FATHER
                    if fathers
                    else ParentAbroad.MOTHER
                )
                home = [
                    v for v in members if v.age >= 18 and v.id not in abroad_ids and v is not child
                ]
                # Grandparents raise most of these children; otherwise the parent at home.
                home.sort(
                    key=lambda v: (v.relationship not in (_R.PARENT, _R.PARENT_IN_LAW), -v.age)
                )
                guardian = home[0].id if home else None
                enrolled.append(self._child(child, guardian, which, (mothers or fathers)[0].id))
        if not enrolled:
            # A small village may have no child of a parent abroad: take any child.
            children = [v for v in self.villagers if 3 <= v.age <= 15]
            for child in children[:3]:
                members = self.households[child.household]
                adults = [v for v in members if v.age >= 18]
                enrolled.append(
                    self._child(child, adults[0].id if adults else None, ParentAbroad.FATHER, None)
                )
        if not enrolled:
            return
        for index in range(max(6, len(self.villagers) // 700)):
            kind = (
                ParentingSessionKind.PARENTING_CLASS
                if index % 4 == 1
                else ParentingSessionKind.CHILDREN
            )
            # The first session is recent, so every child enrolled so far can attend it.
            held = self.days_ago(0, 29) if index == 0 else self.days_ago(0, 365)
            session_id = self.add(
                ParentingSession,
                held_on=held,
                kind=kind.value,
                topic=rng.choice(
                    PARENTING_TOPICS
                    if kind == ParentingSessionKind.PARENTING_CLASS
                    else CHILD_TOPICS
                ),
                facilitator=rng.choice(self.facilitators),
            )
            present = [e for e in enrolled if e[1] <= held and (e[2] is None or e[2] > held)]
            marks = rng.sample(present, min(len(present), rng.randint(10, 30)))
            corrections: list[tuple[Ref, bool]] = []
            for child_id, _, _ in marks:
                here = rng.random() < 0.85
                self.add(
                    ParentingAttendance, session_id=session_id, child_id=child_id, present=here
                )
                if rng.random() < 0.02 or (index == 0 and not corrections):
                    corrections.append((child_id, not here))
            # A correction is a newer mark for the same session and child (append-only).
            for child_id, here in corrections:
                self.add(
                    ParentingAttendance,
                    later=True,
                    session_id=session_id,
                    child_id=child_id,
                    present=here,
                )

    def _child(
        self,
        child: _Villager,
        guardian: Ref | None,
        which: ParentAbroad,
        parent: Ref | None,
    ) -> tuple[Ref, date, date | None]:
        rng = self.rng
        enrolled = max(_add_months(child.born, 36), self.days_ago(30, 1000))
        left = None
        if child.age >= 14 and rng.random() < 0.3:
            left = min(self.today, enrolled + timedelta(days=rng.randint(60, 500)))
        school = (
            f"PAUD {self.village_name}"
            if child.age < 6
            else f"SD Negeri {rng.randint(1, 4)} {self.village_name}"
            if child.age < 13
            else f"SMP Negeri {rng.randint(1, 3)} {self.regency_name}"
        )
        child_id = self.add(
            ParentingChild,
            child_id=child.id,
            guardian_id=guardian,
            parent_abroad=which.value,
            parent_id=parent,
            enrolled_on=enrolled,
            left_on=left,
            school=school,
        )
        return child_id, enrolled, left

    # -- pillar 4: cooperative -------------------------------------------------------------

    def cooperative(self) -> None:
        rng = self.rng
        adults = [v for v in self.villagers if v.age >= 18]
        if not adults:
            return
        founded = self.today - timedelta(days=rng.randint(5 * 365, 8 * 365))
        coop_id = self.add(
            Cooperative,
            name=f"Koperasi Desmigratif {self.village_name}",
            kind=CooperativeKind.COOPERATIVE.value,
            legal_number=f"AHU-{rng.randrange(10**6, 10**7):07d}.AH.01.26.Tahun {founded.year}",
            founded_on=founded,
        )
        preferred = [j.person for j in self.back] + [
            v
            for j in self.abroad
            for v in self.households[j.person.household]
            if v.age >= 18 and v is not j.person
        ]
        pool = list({v.id: v for v in preferred}.values())
        wanted = max(10, len(self.villagers) // 50)
        if len(pool) < wanted:
            extra = [v for v in adults if v.id not in {p.id for p in pool}]
            pool += rng.sample(extra, min(len(extra), wanted - len(pool)))
        members = rng.sample(pool, min(len(pool), wanted))
        for number, person in enumerate(members, start=1):
            # The first members are long-standing ones: their loans show the ledger's
            # cases (arrears, paid off, written off) in a village of any size.
            showcase = number <= 3
            joined = (
                self.days_ago(1000, 1800) if showcase else max(founded, self.days_ago(30, 5 * 365))
            )
            left = (
                self.days_ago(0, max(0, (self.today - joined).days - 30))
                if not showcase and rng.random() < 0.05
                else None
            )
            member_id = self.add(
                CoopMember,
                cooperative_id=coop_id,
                person_id=person.id,
                member_no=f"KDM-{number:05d}",
                joined_on=joined,
                left_on=left,
            )
            self._savings(member_id, joined, left, first=number == 1)
            if left is None and (
                showcase or (rng.random() < 0.25 and (self.today - joined).days > 60)
            ):
                self._loan(member_id, person, joined, showcase=number if showcase else 0)

    def _savings(self, member_id: Ref, joined: date, left: date | None, *, first: bool) -> None:
        rng = self.rng
        end = left or self.today
        deposit, withdrawal = SavingsDirection.DEPOSIT.value, SavingsDirection.WITHDRAWAL.value

        def entry(kind: SavingsKind, direction: str, amount: int, on: date, **extra: Any) -> Ref:
            return self.add(
                SavingsEntry,
                member_id=member_id,
                kind=kind.value,
                direction=direction,
                amount=amount,
                entry_date=on,
                **extra,
            )

        entry(SavingsKind.POKOK, deposit, SAVINGS_POKOK, joined, note="Simpanan pokok")
        wajib = 0
        start = max(_months_between(joined, end) - 12, 1)
        for month in range(start, _months_between(joined, end) + 1):
            if rng.random() < 0.85:
                entry(SavingsKind.WAJIB, deposit, SAVINGS_WAJIB, _add_months(joined, month))
                wajib += SAVINGS_WAJIB
        sukarela = 0
        for _ in range(rng.randint(0, 4)):
            amount = rng.choice((50_000, 100_000, 200_000, 500_000, 1_000_000))
            entry(SavingsKind.SUKARELA, deposit, amount, self._between(joined, end))
            sukarela += amount
        if sukarela and rng.random() < 0.4:
            amount = rng.randrange(1, sukarela // 50_000 + 1) * 50_000
            entry(SavingsKind.SUKARELA, withdrawal, amount, end, note="Penarikan")
            sukarela -= amount
        if first or rng.random() < 0.005:
            # A mistyped deposit, reversed, then entered right: the ledger is never edited.
            on = self._between(joined, end)
            wrong = entry(SavingsKind.SUKARELA, deposit, 1_500_000, on, note="Setoran sukarela")
            entry(
                SavingsKind.SUKARELA,
                withdrawal,
                1_500_000,
                on,
                reverses_id=wrong,
                note="Koreksi: salah ketik jumlah setoran",
                later=True,
            )
            entry(
                SavingsKind.SUKARELA,
                deposit,
                150_000,
                on,
                note="Setoran sukarela (koreksi)",
                later=True,
            )
            sukarela += 150_000
        if left is not None:
            # Leaving members take their savings back.
            entry(
                SavingsKind.POKOK, withdrawal, SAVINGS_POKOK, left, note="Keluar dari keanggotaan"
            )
            if wajib:
                entry(SavingsKind.WAJIB, withdrawal, wajib, left, note="Keluar dari keanggotaan")
            if sukarela:
                entry(
                    SavingsKind.SUKARELA, withdrawal, sukarela, left, note="Keluar dari keanggotaan"
                )

    def _between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def _loan(self, member_id: Ref, person: _Villager, joined: date, *, showcase: int) -> None:
        """A loan with its repayments, instalment by instalment as scheduled by the
        cooperative service (``schedule_for``), so its arrears list agrees with them."""
        rng = self.rng
        principal = rng.choice(LOAN_PRINCIPALS)
        rate = rng.choice(LOAN_RATES)
        term = rng.choice(LOAN_TERMS)
        disbursed = self.days_ago(20, min(900, (self.today - joined).days))
        arrears = rng.random() < 0.15
        if showcase == 1:  # in arrears
            disbursed, term, arrears = self.days_ago(200, 300), 12, True
        elif showcase == 2:  # paid off, with a repayment entered twice and reversed
            disbursed, term, arrears = self.days_ago(400, 600), 10, False
        elif showcase == 3:  # written off
            disbursed, term, arrears = self.days_ago(700, 900), 10, True
        terms = CoopLoan(
            centre_id=self.centre_id,
            member_id=uuid.UUID(int=0),  # the schedule depends on the terms only
            principal=principal,
            interest_rate_pct=rate,
            term_months=term,
            disbursed_on=disbursed,
            status=LoanStatus.ACTIVE.value,
        )
        schedule = schedule_for(terms)
        due = [instalment for instalment in schedule if instalment.due_on <= self.today]
        paid = due[: max(0, len(due) - rng.randint(2, 4))] if arrears else due
        if len(paid) == term:
            status = LoanStatus.PAID
        elif (
            arrears
            and len(due) == term
            and (self.today - schedule[-1].due_on).days > 180
            and (showcase == 3 or rng.random() < 0.5)
        ):
            status = LoanStatus.WRITTEN_OFF
        else:
            status = LoanStatus.ACTIVE
        loan_id = self.add(
            CoopLoan,
            member_id=member_id,
            principal=principal,
            interest_rate_pct=rate,
            term_months=term,
            disbursed_on=disbursed,
            purpose=rng.choice(LOAN_PURPOSES),
            enterprise_id=self.owners.get(person.id),
            status=status.value,
        )
        for instalment in paid:
            on = min(self.today, instalment.due_on + timedelta(days=rng.randint(-3, 5)))
            self.add(
                LoanRepayment,
                loan_id=loan_id,
                paid_on=on,
                principal_amount=instalment.principal,
                interest_amount=instalment.interest,
                note=None,
            )
            if showcase == 2 and instalment.number == 1:
                # Entered twice by mistake; a reversing row (negated amounts) cancels it.
                twice = self.add(
                    LoanRepayment,
                    loan_id=loan_id,
                    paid_on=on,
                    principal_amount=instalment.principal,
                    interest_amount=instalment.interest,
                    note="Tercatat dua kali",
                )
                self.add(
                    LoanRepayment,
                    later=True,
                    loan_id=loan_id,
                    paid_on=on,
                    principal_amount=-instalment.principal,
                    interest_amount=-instalment.interest,
                    reverses_id=twice,
                    note="Pembatalan angsuran ganda",
                )

    # -- BLK ------------------------------------------------------------------------------

    def vocational(self) -> None:
        rng = self.rng
        trained_stages = set(JOURNEY_ORDER[JOURNEY_ORDER.index(_S.TRAINING) :])
        pool = [j.person for j in self.journeys if j.stage in trained_stages] or [
            v for v in self.villagers if v.age >= 18
        ]
        if not pool:
            return
        institutions = (
            f"BLK Kabupaten {self.regency_name}",
            "BLK Luar Negeri Provinsi",
            "LPK Karya Mandiri",
            "LPK Bina Bahasa Nusantara",
        )
        certified = 0
        for index in range(max(3, len(self.villagers) // 2000)):
            title, skill, scheme = rng.choice(BLK_COURSES)
            starts = self.days_ago(14, 1100)
            ends = starts + timedelta(days=rng.randint(21, 90))
            ongoing = ends > self.today
            training_id = self.add(
                VocationalTraining,
                title=title,
                institution=rng.choice(institutions),
                skill=skill,
                starts_on=starts,
                ends_on=ends,
            )
            chosen = {v.id: v for v in rng.sample(pool, min(len(pool), rng.randint(8, 30)))}
            for person_id in chosen:
                result = VocationalResult.ENROLLED if ongoing else _pick(rng, BLK_RESULT_WEIGHTS)
                if index == 0 and certified == 0:
                    result = VocationalResult.COMPLETED
                self.add(
                    VocationalParticipant,
                    training_id=training_id,
                    person_id=person_id,
                    result=result.value,
                )
                if result == VocationalResult.COMPLETED:
                    certified += 1
                    self._certificate(person_id, training_id, scheme, ends)
        for person in rng.sample(pool, max(1, len(pool) // 20)):
            # Certificates earned elsewhere, before the centre kept records.
            title, skill, scheme = rng.choice(BLK_COURSES)
            self._certificate(person.id, None, scheme, self.days_ago(200, 1500))

    def _certificate(
        self, person_id: Ref, training_id: Ref | None, scheme: str, issued: date
    ) -> None:
        rng = self.rng
        self.add(
            CompetencyCertificate,
            person_id=person_id,
            training_id=training_id,
            scheme=f"Skema {scheme}",
            issuer=rng.choice(
                ("LSP P3MI Nusantara", f"LSP BLK {self.regency_name}", "LSP Bahasa Asing")
            ),
            number=f"{rng.randrange(10**4, 10**5)} {rng.randrange(1000, 9999)} {self.number():07d} {issued.year}",
            issued_on=issued,
            expires_on=_add_months(issued, 36),
        )

    # -- consent (UU 27/2022) ------------------------------------------------------------

    def consents(self, seed: int) -> None:
        """Most villagers gave consent (children through a parent or guardian), a few
        withdrew it later, and some have none yet: the demo shows the flag.

        Its own random stream, so the other pillars' values stay as they were."""
        rng = random.Random(f"consent-{seed}")
        withdrawal_reasons = (
            "Tidak ingin datanya dibagikan lagi",
            "Pindah domisili ke luar desa",
            "Permintaan keluarga",
        )
        for villager in self.villagers:
            if rng.random() < 0.12:
                continue
            given_by, giver_name = ConsentGiver.SELF.value, None
            family = self.households[villager.household]
            adults = [v for v in family if v.age >= 18 and v is not villager]
            if villager.age < 18 and adults:
                giver = adults[0]
                given_by = (
                    ConsentGiver.PARENT.value if giver.age < 60 else ConsentGiver.GUARDIAN.value
                )
                giver_name = giver.name
            elif villager.age < 18:
                given_by, giver_name = ConsentGiver.GUARDIAN.value, rng.choice(self.female_names)
            purposes = [ConsentPurpose.SERVICE.value]
            for purpose, share in (
                (ConsentPurpose.GOVERNMENT, 0.85),
                (ConsentPurpose.PARTNERS, 0.55),
                (ConsentPurpose.DOCUMENTS, 0.75),
                (ConsentPurpose.STATISTICS, 0.9),
            ):
                if rng.random() < share:
                    purposes.append(purpose.value)
            given_on = self.today - timedelta(days=rng.randint(0, 900))
            withdrawn_on, reason = None, None
            if rng.random() < 0.03 and given_on < self.today:
                withdrawn_on = given_on + timedelta(
                    days=rng.randint(1, (self.today - given_on).days)
                )
                reason = rng.choice(withdrawal_reasons)
            self.add(
                Consent,
                person_id=villager.id,
                given_on=given_on,
                recorded_by=self.officer,
                given_by=given_by,
                giver_name=giver_name,
                scope=",".join(purposes),
                withdrawn_on=withdrawn_on,
                withdrawn_reason=reason,
            )

    # -- writing ------------------------------------------------------------------------------

    def write(self, progress: Progress | None) -> dict[str, int]:
        """Insert every row, parents first, in one transaction; rows per table."""
        order = [model for model in SYNCED_MODELS if self.rows[model] or self.later[model]]
        total = sum(len(self.rows[model]) + len(self.later[model]) for model in order)
        keys: list[uuid.UUID | None] = [None] * self.next_ref
        done = 0
        counts: dict[str, int] = {}
        if progress:
            progress(0, total)
        with self.services.store.write(self.services.actor.username) as session:
            for model in order:
                references = [
                    column.key
                    for column in inspect(model).columns
                    if column.foreign_keys and column.key != "centre_id"
                ]
                for group in (self.rows[model], self.later[model]):
                    pending = _grouped(model, group)
                    for start in range(0, len(pending), BATCH_ROWS):
                        batch = pending[start : start + BATCH_ROWS]
                        rows = []
                        for _, row in batch:
                            for name in references:
                                value = row.get(name)
                                if type(value) is int:
                                    row[name] = keys[value]
                            rows.append(row)
                        written = insert_rows(session, model, rows)
                        for (ref, _), key in zip(batch, written, strict=True):
                            keys[ref] = key
                        done += len(batch)
                        if progress:
                            progress(done, total)
                counts[str(model.__tablename__)] = len(self.rows[model]) + len(self.later[model])
        return counts


def _grouped(model: type[SyncedRecord], rows: list[tuple[Ref, Row]]) -> list[tuple[Ref, Row]]:
    """``rows`` ordered so that rows with the same empty (NULL) columns are neighbours.

    SQLAlchemy's bulk insert, under ``insert_rows``, leaves NULL columns out of each row's
    INSERT and sends one ``executemany`` per run of consecutive rows with the same
    columns: unsorted, people with and without a phone or NIK alternate and every few
    rows become a statement of their own. The sort is stable.
    """
    names = column_names(model)
    return sorted(rows, key=lambda item: tuple(item[1].get(name) is None for name in names))


def seed(
    services: Services,
    people: int,
    seed: int = 0,
    progress: Progress | None = None,
    *,
    today: date | None = None,
) -> dict[str, int]:
    """Fill the store of ``services``' centre with ``people`` villagers and records of
    every pillar (and, for an admin, one of them erased on request); returns the number
    of rows written per table by the seeding itself.

    Deterministic for a given ``seed``, store start and ``today`` (default: the real
    date). ``progress(done, total)`` is called with rows written so far. Everything is
    written in one transaction: an error leaves the store as it was.
    """
    if people < 0:
        raise ValueError("people cannot be negative")
    seeder = _Seeder(services, seed, today or date.today())
    seeder.people(people)
    seeder.migration()
    seeder.protection()
    seeder.enterprise()
    seeder.parenting()
    seeder.cooperative()
    seeder.vocational()
    seeder.consents(seed)
    counts = seeder.write(progress)
    _erase_one(services, seed)
    return counts


def _erase_one(services: Services, seed: int) -> None:
    """One villager who asked for their data to be erased (UU 27/2022), so the demo
    shows what an erased record looks like. Only an admin may erase; otherwise none."""
    from sqlmodel import col, select

    from .domain import Person
    from .services.errors import PermissionDenied
    from .services.privacy import ErasureService

    with services.store.read() as session:
        ids = list(
            session.exec(
                select(Person.id)
                .where(col(Person.nik).is_not(None))
                .order_by(col(Person.id))
                .limit(50)
            )
        )
    if not ids:
        return
    chosen = ids[random.Random(seed).randrange(len(ids))]
    try:
        ErasureService(services.store, services.actor).erase_person_id(
            chosen, "Contoh: permintaan penghapusan data oleh yang bersangkutan"
        )
    except PermissionDenied:
        return
