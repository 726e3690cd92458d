"""Checks of identity numbers, dates and phone numbers (pure functions, no Qt, no store).

The services, the spreadsheet import and sync all validate through these functions, so a
record is judged the same way wherever it comes from. Each check returns a list of
:class:`Problem`: an *error* blocks saving; a *warning* lets the record be kept but flags
it for verification (``Person.flags`` stores the warning codes).

Messages are in the user's language at the moment the problem is found, and each says
what is wrong and how to put it right. They never repeat a whole NIK or KK number: they
end up in logs and reports, and those numbers are personal data (UU 27/2022).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Literal, NamedTuple

from . import i18n, regions

Severity = Literal["error", "warning"]

NIK_LENGTH = 16
KK_LENGTH = 16
MIN_DEPARTURE_AGE = 18  # UU 18/2017 art. 5
MAX_AGE = 120
# Women's NIKs carry the day of birth plus 40.
FEMALE_DAY_OFFSET = 40


class Problem(NamedTuple):
    """Something wrong with one field: ``code`` is stable, ``message`` is for people."""

    field: str
    code: str
    message: str
    severity: Severity


# Catalogue keys are "validation." + the problem code, so that the stable codes stay
# short while the shared catalogue cannot collide with another module's keys.
MESSAGES: dict[str, dict[str, str]] = {
    "validation.nik.missing": {
        "id": "NIK belum diisi. Isi dari KTP atau KK bila sudah ada; boleh kosong sementara, "
        "tetapi jangan mengarang NIK.",
        "en": "The NIK is empty. Fill it in from the KTP or family card when there is one; "
        "it may stay empty for now, but never make one up.",
    },
    "validation.nik.digits": {
        "id": "NIK hanya boleh berisi angka; periksa kembali KTP (huruf O dan angka 0, "
        "huruf I dan angka 1 mudah tertukar).",
        "en": "A NIK contains digits only; check the KTP again (the letter O and the "
        "digit 0, the letter I and the digit 1 are easily confused).",
    },
    "validation.nik.length": {
        "id": "NIK harus 16 angka, yang tertulis {length} angka; periksa kembali KTP.",
        "en": "A NIK has 16 digits, this one has {length}; check the KTP again.",
    },
    "validation.nik.province": {
        "id": "Dua angka pertama NIK ({code}) bukan kode provinsi; periksa kembali KTP.",
        "en": "The first two digits of the NIK ({code}) are not a province code; "
        "check the KTP again.",
    },
    "validation.nik.district": {
        "id": "Enam angka pertama NIK ({code}) tidak ada dalam daftar kecamatan; "
        "periksa kembali KTP dan ketik ulang angkanya.",
        "en": "The first six digits of the NIK ({code}) are not a known district code; "
        "check the KTP and type the digits again.",
    },
    "validation.nik.date": {
        "id": "Angka ke-7 sampai ke-12 NIK harus tanggal lahir HHBBTT (tanggal ditambah 40 "
        "untuk perempuan), tetapi bukan tanggal yang ada; periksa kembali KTP.",
        "en": "Digits 7 to 12 of a NIK are the birth date DDMMYY (with 40 added to the day "
        "for women), but these are not a real date; check the KTP again.",
    },
    "validation.nik.serial": {
        "id": "Empat angka terakhir NIK tidak mungkin 0000; periksa kembali KTP.",
        "en": "The last four digits of a NIK are never 0000; check the KTP again.",
    },
    "validation.nik.birth_date_mismatch": {
        "id": "Tanggal lahir {birth_date} tidak sama dengan tanggal di NIK ({nik_date}). "
        "Data disimpan tetapi ditandai: cocokkan dengan KTP dan akta lahir, lalu "
        "perbaiki yang salah.",
        "en": "The birth date {birth_date} differs from the date in the NIK ({nik_date}). "
        "The record is kept but flagged: compare with the KTP and birth certificate, "
        "then correct whichever is wrong.",
    },
    "validation.nik.sex_mismatch": {
        "id": "Jenis kelamin {sex} tidak sesuai dengan NIK, yang menunjukkan {nik_sex}. "
        "Data disimpan tetapi ditandai: periksa kembali KTP.",
        "en": "The sex {sex} does not match the NIK, which says {nik_sex}. The record is "
        "kept but flagged: check the KTP again.",
    },
    "validation.kk.missing": {
        "id": "Nomor KK belum diisi. Isi dari Kartu Keluarga bila sudah ada.",
        "en": "The family card (KK) number is empty. Fill it in from the card when there is one.",
    },
    "validation.kk.digits": {
        "id": "Nomor KK hanya boleh berisi angka; periksa kembali Kartu Keluarga.",
        "en": "A family card (KK) number contains digits only; check the card again.",
    },
    "validation.kk.length": {
        "id": "Nomor KK harus 16 angka, yang tertulis {length} angka; periksa kembali "
        "Kartu Keluarga.",
        "en": "A family card (KK) number has 16 digits, this one has {length}; check the "
        "card again.",
    },
    "validation.kk.province": {
        "id": "Dua angka pertama nomor KK ({code}) bukan kode provinsi; periksa kembali "
        "Kartu Keluarga.",
        "en": "The first two digits of the family card number ({code}) are not a province "
        "code; check the card again.",
    },
    "validation.kk.district": {
        "id": "Enam angka pertama nomor KK ({code}) tidak ada dalam daftar kecamatan; "
        "periksa kembali Kartu Keluarga dan ketik ulang angkanya.",
        "en": "The first six digits of the family card number ({code}) are not a known "
        "district code; check the family card and type the digits again.",
    },
    "validation.birth_date.future": {
        "id": "Tanggal lahir {date} belum terjadi; periksa kembali tanggal, bulan dan tahunnya.",
        "en": "The birth date {date} is in the future; check the day, month and year.",
    },
    "validation.birth_date.too_old": {
        "id": "Tanggal lahir {date} berarti umur lebih dari 120 tahun; periksa kembali tahunnya.",
        "en": "The birth date {date} means an age over 120 years; check the year.",
    },
    "validation.phone.letters": {
        "id": "Nomor telepon hanya boleh berisi angka (boleh diawali +); hapus huruf atau "
        "tanda lain, misalnya 0812-3456-7890.",
        "en": "A phone number contains digits only (it may start with +); remove letters "
        "and other signs, e.g. 0812-3456-7890.",
    },
    "validation.phone.length": {
        "id": "Nomor telepon harus 8 sampai 15 angka, yang tertulis {digits} angka; "
        "periksa kembali, misalnya 0812-3456-7890.",
        "en": "A phone number has 8 to 15 digits, this one has {digits}; check it again, "
        "e.g. 0812-3456-7890.",
    },
    "validation.departure.underage": {
        "id": "Pada tanggal keberangkatan umurnya baru {age} tahun, padahal UU 18/2017 "
        "mensyaratkan paling sedikit 18 tahun. Keberangkatan paling cepat {earliest}.",
        "en": "On the departure date the person is only {age}, but UU 18/2017 requires at "
        "least 18 years. The earliest possible departure is {earliest}.",
    },
    "validation.date.format": {
        "id": "Tanggal '{text}' tidak dikenali; tulis sebagai HH-BB-TTTT, HH/BB/TTTT atau "
        "TTTT-BB-HH, misalnya 17-08-1990.",
        "en": "The date '{text}' is not understood; write it as DD-MM-YYYY, DD/MM/YYYY or "
        "YYYY-MM-DD, e.g. 17-08-1990.",
    },
    "validation.date.invalid": {
        "id": "Tanggal '{text}' tidak ada di kalender; periksa tanggal dan bulannya.",
        "en": "The date '{text}' does not exist; check the day and the month.",
    },
    "validation.sex.L": {"id": "laki-laki", "en": "male"},
    "validation.sex.P": {"id": "perempuan", "en": "female"},
}
i18n.register(MESSAGES)


def _problem(field: str, code: str, severity: Severity = "error", /, **params: object) -> Problem:
    return Problem(field, code, i18n.t(f"validation.{code}", **params), severity)


def has_errors(problems: Iterable[Problem]) -> bool:
    """Whether any of ``problems`` blocks saving."""
    return any(p.severity == "error" for p in problems)


def _show(d: date) -> str:
    # Day first, as Indonesians write dates and as the officers read them on the KTP.
    return d.strftime("%d-%m-%Y")


def _as_date(d: date) -> date:
    # A datetime is a date, but comparing one with a date raises TypeError.
    return d.date() if isinstance(d, datetime) else d


# ------------------------------------------------------------------------- NIK and KK

_ID_SEPARATORS = re.compile(r"[\s.\-]+")


def normalise_nik(s: str | None) -> str:
    """A NIK (or KK number) without the spaces, dots and dashes people type into it."""
    return _ID_SEPARATORS.sub("", s or "")


def _is_digits(s: str) -> bool:
    # str.isdigit accepts other scripts' digits and superscripts; a NIK is ASCII.
    return s.isascii() and s.isdigit()


def _nik_date_parts(nik: str) -> tuple[int, int, int, str] | None:
    """``(day, month, yy, sex)`` from a normalised NIK, or ``None`` if not 16 digits."""
    if len(nik) != NIK_LENGTH or not _is_digits(nik):
        return None
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = "L"
    if day > FEMALE_DAY_OFFSET:
        day -= FEMALE_DAY_OFFSET
        sex = "P"
    return day, month, yy, sex


def nik_birth_date(nik: str | None, today: date | None = None) -> date | None:
    """The birth date encoded in a NIK, or ``None`` when it encodes no real date.

    A NIK holds only two digits of the year; the century is the latest that does not put
    the birth in the future (so ``...010190...`` is 1990, ``...010120...`` is 2020).
    """
    parts = _nik_date_parts(normalise_nik(nik))
    if parts is None:
        return None
    day, month, yy, _ = parts
    today = _as_date(today or date.today())
    for year in (2000 + yy, 1900 + yy):
        try:
            born = date(year, month, day)
        except ValueError:
            # 29 February exists in 2000 and not in 1900; any other failure repeats.
            continue
        if born <= today:
            return born
    return None


def nik_sex(nik: str | None) -> Literal["L", "P"] | None:
    """``L`` or ``P`` as encoded in the NIK's day of birth, or ``None`` if it has no date."""
    parts = _nik_date_parts(normalise_nik(nik))
    if parts is None or nik_birth_date(nik) is None:
        return None
    return "P" if parts[3] == "P" else "L"


def _check_region_prefix(number: str, kind: str, field: str) -> list[Problem]:
    """The district code at the start of a NIK or KK number must be in the region data.

    Regions are sometimes split and renumbered (Merauke was 91.01 until Papua Selatan was
    formed in 2022), so a genuine old number can fail this; the message says to check the
    card, and the rule stays strict because a typo in these six digits is far more common.
    """
    if regions.district_exists(number[:6]):
        return []
    if regions.get(number[:2]) is None:
        return [_problem(field, f"{kind}.province", code=number[:2])]
    return [_problem(field, f"{kind}.district", code=number[:6])]


def check_nik(
    nik: str | None,
    *,
    birth_date: date | None = None,
    sex: str | None = None,
    field: str = "nik",
    today: date | None = None,
) -> list[Problem]:
    """Problems with a NIK, and with how it agrees with the person's birth date and sex.

    A missing NIK is a warning (some people have none yet; never invent one). The shape
    (16 digits, a known district, a real date of birth, a serial other than 0000) gives
    errors.
    When ``birth_date`` or ``sex`` disagree with the NIK, that is a warning: the record
    is kept and flagged for someone to compare with the KTP.
    """
    value = normalise_nik(nik)
    if not value:
        return [_problem(field, "nik.missing", "warning")]
    if not _is_digits(value):
        return [_problem(field, "nik.digits")]
    if len(value) != NIK_LENGTH:
        return [_problem(field, "nik.length", length=len(value))]
    problems = _check_region_prefix(value, "nik", field)
    encoded = nik_birth_date(value, today)
    if encoded is None:
        problems.append(_problem(field, "nik.date"))
    if value.endswith("0000"):
        problems.append(_problem(field, "nik.serial"))
    if encoded is None:
        return problems
    if birth_date is not None:
        born = _as_date(birth_date)
        # Only day, month and two-digit year are in the NIK; the century is a guess.
        if (born.day, born.month, born.year % 100) != (
            encoded.day,
            encoded.month,
            encoded.year % 100,
        ):
            problems.append(
                _problem(
                    field,
                    "nik.birth_date_mismatch",
                    "warning",
                    birth_date=_show(born),
                    nik_date=_show(encoded),
                )
            )
    given_sex = normalise_sex(sex)
    encoded_sex = nik_sex(value)
    if given_sex is not None and encoded_sex is not None and given_sex != encoded_sex:
        problems.append(
            _problem(
                field,
                "nik.sex_mismatch",
                "warning",
                sex=i18n.t(f"validation.sex.{given_sex}"),
                nik_sex=i18n.t(f"validation.sex.{encoded_sex}"),
            )
        )
    return problems


def check_kk(no_kk: str | None, *, field: str = "no_kk") -> list[Problem]:
    """Problems with a family card (KK) number: 16 digits starting with a district code.

    A missing number is a warning, as for the NIK.
    """
    value = normalise_nik(no_kk)
    if not value:
        return [_problem(field, "kk.missing", "warning")]
    if not _is_digits(value):
        return [_problem(field, "kk.digits")]
    if len(value) != KK_LENGTH:
        return [_problem(field, "kk.length", length=len(value))]
    return _check_region_prefix(value, "kk", field)


# ---------------------------------------------------------------------------- dates


def check_birth_date(
    d: date | None, today: date | None = None, *, field: str = "birth_date"
) -> list[Problem]:
    """Problems with a birth date: in the future, or more than 120 years ago.

    ``None`` is not checked here; whether the date is required is the caller's rule.
    """
    if d is None:
        return []
    d = _as_date(d)
    today = _as_date(today or date.today())
    if d > today:
        return [_problem(field, "birth_date.future", date=_show(d))]
    if age_on(d, today) > MAX_AGE:
        return [_problem(field, "birth_date.too_old", date=_show(d))]
    return []


def age_on(birth_date: date, on_date: date) -> int:
    """Age in whole years on ``on_date`` (negative if ``on_date`` is before the birth).

    Someone born on 29 February turns a year older on 1 March in a common year.
    """
    birth_date, on_date = _as_date(birth_date), _as_date(on_date)
    years = on_date.year - birth_date.year
    if (on_date.month, on_date.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def _birthday(birth_date: date, age: int) -> date:
    """The day someone born on ``birth_date`` reaches ``age``."""
    try:
        return birth_date.replace(year=birth_date.year + age)
    except ValueError:  # born 29 February, the target year is a common year
        return date(birth_date.year + age, 3, 1)


def check_departure_age(
    birth_date: date | None, departure_date: date | None, *, field: str = "departure_date"
) -> list[Problem]:
    """An error unless the worker is at least 18 on the departure date (UU 18/2017).

    Nothing to check while either date is unknown.
    """
    if birth_date is None or departure_date is None:
        return []
    age = age_on(birth_date, departure_date)
    if age >= MIN_DEPARTURE_AGE:
        return []
    earliest = _birthday(_as_date(birth_date), MIN_DEPARTURE_AGE)
    return [_problem(field, "departure.underage", age=max(age, 0), earliest=_show(earliest))]


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DAY_FIRST_DATE = re.compile(r"([0-9]{1,2})([-/])([0-9]{1,2})\2([0-9]{4})")


def parse_date(text: str) -> date:
    """A date written ``YYYY-MM-DD``, ``DD-MM-YYYY`` or ``DD/MM/YYYY``.

    Single-digit days and months (``1/2/1990``, as spreadsheets export them) are
    accepted. Raises ``ValueError`` with a message for the user otherwise.
    """
    value = (text or "").strip()
    if match := _ISO_DATE.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST_DATE.fullmatch(value):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    else:
        raise ValueError(i18n.t("validation.date.format", text=value))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(i18n.t("validation.date.invalid", text=value)) from None


# ---------------------------------------------------------------------- phone and sex

_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]+")
_PHONE_SHAPE = re.compile(r"\+?[0-9]*")
MIN_PHONE_DIGITS = 8
MAX_PHONE_DIGITS = 15  # the longest number E.164 allows


def normalise_phone(s: str | None) -> str:
    """An Indonesian number in international form (``+628123456789``).

    ``0812-3456-789``, ``+62 812 3456 789``, ``62812...``, ``812...`` and ``00 62 ...`` all
    become ``+62...``; a ``(0)`` after the country code is dropped. Other international
    numbers keep their ``+`` and digits. Text that is not a number is returned stripped
    but otherwise unchanged, for :func:`check_phone` to reject. Applying it twice changes
    nothing.
    """
    text = (s or "").strip()
    compact = _PHONE_SEPARATORS.sub("", text)
    if not _PHONE_SHAPE.fullmatch(compact):
        return text
    digits = compact.lstrip("+")
    international = compact.startswith("+")
    if not international and digits.startswith("00"):
        international, digits = True, digits[2:]
    elif not international and digits.startswith("62"):
        international = True
    elif not international and digits.startswith(("0", "8")):
        # A domestic number: the trunk 0 gives way to the country code.
        international, digits = True, "62" + digits.removeprefix("0")
    if not international:
        return digits
    if digits.startswith("62"):
        # "+62 (0)812..." and "+62 0812..." are common ways of writing +62 812...
        digits = "62" + digits[2:].lstrip("0")
    return "+" + digits if digits else ""


def check_phone(s: str | None, *, field: str = "phone") -> list[Problem]:
    """An error when ``s`` cannot be a phone number (letters, under 8 or over 15 digits).

    An empty value is not checked; whether a phone is required is the caller's rule.
    """
    text = (s or "").strip()
    if not text:
        return []
    if not _PHONE_SHAPE.fullmatch(_PHONE_SEPARATORS.sub("", text)):
        return [_problem(field, "phone.letters")]
    digits = len(normalise_phone(text).lstrip("+"))
    if not MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS:
        return [_problem(field, "phone.length", digits=digits)]
    return []


_SEXES: dict[str, Literal["L", "P"]] = {
    **dict.fromkeys(("l", "lk", "laki", "laki-laki", "laki laki", "lakilaki", "pria"), "L"),
    **dict.fromkeys(("m", "male", "man"), "L"),
    **dict.fromkeys(("p", "pr", "perempuan", "wanita", "f", "female", "woman"), "P"),
}


def normalise_sex(s: str | None) -> Literal["L", "P"] | None:
    """``L`` (laki-laki) or ``P`` (perempuan) from the ways people write them, else ``None``.

    Accepts L/P, laki-laki/perempuan, pria/wanita, M/F and male/female in any case.
    """
    if not s:
        return None
    return _SEXES.get(" ".join(s.split()).casefold())


# ---------------------------------------------------------------------------- consent

i18n.register(
    {
        "validation.consent.giver_name_required": {
            "id": "Nama {giver} yang memberi persetujuan wajib diisi, sesuai tanda tangan di formulir.",
            "en": "The name of the {giver} who gave consent is required, as signed on the form.",
        },
        "validation.consent.giver_name_self": {
            "id": "Nama pemberi persetujuan hanya diisi bila persetujuan diberikan oleh orang lain (orang tua, wali, suami/istri, keluarga).",
            "en": "The consenting person's name is only filled in when someone else gave the consent (parent, guardian, spouse, family).",
        },
        "validation.consent.scope_empty": {
            "id": "Pilih paling sedikit satu tujuan yang disetujui.",
            "en": "Choose at least one purpose that was agreed to.",
        },
        "validation.consent.withdrawn_before_given": {
            "id": "Tanggal pencabutan ({withdrawn}) tidak boleh sebelum tanggal persetujuan ({given}).",
            "en": "The withdrawal date ({withdrawn}) cannot be before the date consent was given ({given}).",
        },
        "validation.consent.reason_required": {
            "id": "Alasan pencabutan persetujuan wajib diisi.",
            "en": "The reason for withdrawing consent is required.",
        },
        "validation.consent.reason_without_withdrawal": {
            "id": "Alasan pencabutan hanya diisi bersama tanggal pencabutan.",
            "en": "A withdrawal reason only goes with a withdrawal date.",
        },
        "validation.consent.attachment_name": {
            "id": "Lampiran harus berupa nama berkas di folder lampiran (misalnya persetujuan-siti.jpg), bukan alamat folder.",
            "en": "An attachment must be a file name in the attachments folder (e.g. consent-siti.jpg), not a folder path.",
        },
        "validation.consent.giver.sendiri": {"id": "yang bersangkutan", "en": "person"},
        "validation.consent.giver.orang_tua": {"id": "orang tua", "en": "parent"},
        "validation.consent.giver.wali": {"id": "wali", "en": "guardian"},
        "validation.consent.giver.suami_istri": {"id": "suami/istri", "en": "spouse"},
        "validation.consent.giver.keluarga": {"id": "anggota keluarga", "en": "family member"},
    }
)

CONSENT_SELF = "sendiri"  # enums.ConsentGiver.SELF


def is_attachment_name(name: str) -> bool:
    """A bare file name inside the attachments folder (the data folder moves between
    laptops and backups, so a path would point nowhere on the next one)."""
    return not any(c in name for c in "/\\:") and name not in {".", ".."}


def _day(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def check_consent(
    *,
    given_on: date | str | None,
    given_by: str | None,
    giver_name: str | None,
    scope: str | None,
    withdrawn_on: date | str | None = None,
    withdrawn_reason: str | None = None,
    attachment: str | None = None,
) -> list[Problem]:
    """Problems with a consent record as stored (``scope`` comma-separated codes, dates
    as dates or ISO text): the rules that hold whatever the purposes and givers known.

    Shared by the consent service and the server, which checks what a laptop pushes. The
    codes themselves are checked only where they are entered (a newer laptop may know a
    purpose the server does not yet, see domain/enums.py).
    """
    problems: list[Problem] = []
    if given_by and given_by != CONSENT_SELF and not (giver_name or "").strip():
        giver = i18n.t(f"validation.consent.giver.{given_by}")
        if giver.startswith("validation."):
            giver = given_by
        problems.append(_problem("giver_name", "consent.giver_name_required", giver=giver))
    if given_by == CONSENT_SELF and (giver_name or "").strip():
        problems.append(_problem("giver_name", "consent.giver_name_self"))
    if not [code for code in (scope or "").split(",") if code.strip()]:
        problems.append(_problem("scope", "consent.scope_empty"))
    given, withdrawn = _day(given_on), _day(withdrawn_on)
    if withdrawn is not None:
        if given is not None and withdrawn < given:
            problems.append(
                _problem(
                    "withdrawn_on",
                    "consent.withdrawn_before_given",
                    withdrawn=_show(withdrawn),
                    given=_show(given),
                )
            )
        if not (withdrawn_reason or "").strip():
            problems.append(_problem("withdrawn_reason", "consent.reason_required"))
    elif (withdrawn_reason or "").strip():
        problems.append(_problem("withdrawn_reason", "consent.reason_without_withdrawal"))
    if attachment is not None and not is_attachment_name(attachment):
        problems.append(_problem("attachment", "consent.attachment_name"))
    return problems
