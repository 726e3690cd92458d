"""Identity numbers, dates, phones and sexes as the services, import and sync check them."""

from __future__ import annotations

import string
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desmig_desktop import i18n, regions, validation
from desmig_desktop.validation import Problem

TODAY = date.today()
# Two-digit years are only unambiguous within the last hundred years.
OLDEST_ROUND_TRIP = date(TODAY.year - 99, 1, 1)

districts = st.sampled_from([code.replace(".", "") for code in regions.codes("district")])
birth_dates = st.dates(min_value=OLDEST_ROUND_TRIP, max_value=TODAY)
sexes = st.sampled_from(["L", "P"])
serials = st.integers(min_value=1, max_value=9999)


@pytest.fixture(autouse=True)
def indonesian() -> Iterator[None]:
    i18n.set_language("id")
    yield
    i18n.set_language("id")


def make_nik(district: str, born: date, sex: str, serial: int) -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"{district}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def errors(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems if p.severity == "error"]


# --------------------------------------------------------------------------------- NIK


@settings(deadline=None)
@given(districts, birth_dates, sexes, serials)
def test_a_well_formed_nik_validates_and_round_trips(
    district: str, born: date, sex: str, serial: int
) -> None:
    nik = make_nik(district, born, sex, serial)
    assert validation.check_nik(nik) == []
    assert validation.check_nik(nik, birth_date=born, sex=sex) == []
    assert validation.nik_birth_date(nik) == born
    assert validation.nik_sex(nik) == sex
    # People type NIKs with spaces, dots and dashes.
    spaced = f"{nik[:6]} {nik[6:12]}.{nik[12:]}-"
    assert validation.check_nik(spaced) == []
    assert validation.normalise_nik(spaced) == nik


@settings(deadline=None)
@given(districts, birth_dates, sexes, serials, st.integers(min_value=0, max_value=24))
def test_a_nik_of_any_other_length_is_an_error(
    district: str, born: date, sex: str, serial: int, length: int
) -> None:
    assume(length != 16)
    nik = make_nik(district, born, sex, serial)
    mutated = (nik * 2)[:length]
    problems = validation.check_nik(mutated)
    if length == 0:
        assert codes(problems) == ["nik.missing"]
        assert problems[0].severity == "warning"
    else:
        assert errors(problems) == ["nik.length"]
        assert str(length) in problems[0].message


@settings(deadline=None)
@given(districts, birth_dates, sexes)
def test_a_zero_serial_is_an_error(district: str, born: date, sex: str) -> None:
    nik = make_nik(district, born, sex, 0)
    assert errors(validation.check_nik(nik)) == ["nik.serial"]


@settings(deadline=None)
@given(districts, birth_dates, sexes, serials, birth_dates)
def test_a_different_birth_date_is_only_a_warning(
    district: str, born: date, sex: str, serial: int, claimed: date
) -> None:
    assume(
        (claimed.day, claimed.month, claimed.year % 100) != (born.day, born.month, born.year % 100)
    )
    problems = validation.check_nik(make_nik(district, born, sex, serial), birth_date=claimed)
    assert codes(problems) == ["nik.birth_date_mismatch"]
    assert problems[0].severity == "warning"


def test_birth_date_compared_by_two_digit_year() -> None:
    nik = make_nik("330102", date(1990, 8, 15), "L", 1)
    # The NIK cannot tell 1890 from 1990; that is not a disagreement.
    assert validation.check_nik(nik, birth_date=date(1890, 8, 15)) == []
    assert validation.check_nik(nik, birth_date=datetime(1990, 8, 15, 10, 30)) == []


@pytest.mark.parametrize(("claimed", "encoded"), [("L", "P"), ("perempuan", "L"), ("Male", "P")])
def test_a_different_sex_is_only_a_warning(claimed: str, encoded: str) -> None:
    nik = make_nik("330102", date(1990, 8, 15), encoded, 1)
    problems = validation.check_nik(nik, sex=claimed)
    assert codes(problems) == ["nik.sex_mismatch"]
    assert problems[0].severity == "warning"
    assert validation.check_nik(nik, sex=encoded) == []
    assert validation.check_nik(nik, sex="unknown") == []


@pytest.mark.parametrize(
    "date_part",
    [
        "000190",  # day 0
        "320190",  # day 32
        "400190",  # day 40: neither a man's nor a woman's day
        "720190",  # day 72 = 32 for a woman
        "150090",  # month 0
        "151390",  # month 13
        "300290",  # 30 February
        "700290",  # 30 February, for a woman
        "290201",  # 29 February 2001 / 1901
    ],
)
def test_a_nik_without_a_real_birth_date_is_an_error(date_part: str) -> None:
    nik = f"330102{date_part}0001"
    assert errors(validation.check_nik(nik)) == ["nik.date"]
    assert validation.nik_birth_date(nik) is None
    assert validation.nik_sex(nik) is None


def test_nik_century_is_the_latest_not_in_the_future() -> None:
    today = date(2025, 6, 1)
    assert validation.nik_birth_date("3301021505250001", today) == date(2025, 5, 15)
    assert validation.nik_birth_date("3301021507250001", today) == date(1925, 7, 15)
    assert validation.nik_birth_date("3301025502000001", today) == date(2000, 2, 15)
    assert validation.nik_birth_date("3301026902000001", today) == date(2000, 2, 29)
    assert validation.nik_sex("3301026902000001") == "P"


@pytest.mark.parametrize(
    "nik", ["3301O21508900001", "330102150890000l", "33010215089000\u0661\u0662"]
)
def test_letters_in_a_nik_are_an_error(nik: str) -> None:
    assert codes(validation.check_nik(nik)) == ["nik.digits"]
    assert validation.nik_birth_date(nik) is None


def test_nik_region_prefix() -> None:
    born = date(1990, 8, 15)
    # A district code that is not in the region data (a typo, or a retired code) is refused.
    old = validation.check_nik(make_nik("910101", born, "L", 1))
    assert codes(old) == ["nik.district"] and old[0].severity == "error"
    assert "910101" in old[0].message
    unknown_province = validation.check_nik(make_nik("990101", born, "L", 1))
    assert errors(unknown_province) == ["nik.province"]


def test_missing_nik_is_flagged_not_refused() -> None:
    for empty in (None, "", "  ", " - . "):
        problems = validation.check_nik(empty)
        assert codes(problems) == ["nik.missing"]
        assert problems[0].severity == "warning"
        assert problems[0].field == "nik"
    assert validation.check_nik(None, field="spouse_nik")[0].field == "spouse_nik"


def test_messages_never_repeat_the_whole_number() -> None:
    nik = "3301023213900000"
    for problem in validation.check_nik(nik):
        assert nik not in problem.message


# ---------------------------------------------------------------------------------- KK


def test_check_kk() -> None:
    assert validation.check_kk("3301021203150004") == []
    assert validation.check_kk("3301 0212 0315 0004") == []
    assert codes(validation.check_kk("330102120315")) == ["kk.length"]
    assert codes(validation.check_kk("33010212031500A4")) == ["kk.digits"]
    assert codes(validation.check_kk("9901021203150004")) == ["kk.province"]
    old = validation.check_kk("9101011203150004")
    assert codes(old) == ["kk.district"] and old[0].severity == "error"
    missing = validation.check_kk(None)
    assert codes(missing) == ["kk.missing"] and missing[0].field == "no_kk"


# ------------------------------------------------------------------------------- dates


@given(st.dates(min_value=TODAY + timedelta(days=1)))
def test_a_future_birth_date_is_an_error(d: date) -> None:
    assert errors(validation.check_birth_date(d)) == ["birth_date.future"]


@given(st.dates(min_value=date(TODAY.year - 120, 1, 1), max_value=TODAY))
def test_a_plausible_birth_date_passes(d: date) -> None:
    assume(validation.age_on(d, TODAY) <= 120)
    assert validation.check_birth_date(d) == []


def test_birth_date_limits() -> None:
    today = date(2025, 6, 1)
    # 120 years and 364 days is still 120.
    assert validation.check_birth_date(date(1904, 6, 2), today) == []
    assert codes(validation.check_birth_date(date(1904, 6, 1), today)) == ["birth_date.too_old"]
    assert codes(validation.check_birth_date(date(2025, 6, 2), today)) == ["birth_date.future"]
    assert validation.check_birth_date(None) == []
    assert validation.check_birth_date(datetime(2000, 1, 1, 12, 0), today) == []


def test_age_on() -> None:
    born = date(2000, 8, 17)
    assert validation.age_on(born, date(2018, 8, 16)) == 17
    assert validation.age_on(born, date(2018, 8, 17)) == 18
    leap = date(2004, 2, 29)
    assert validation.age_on(leap, date(2022, 2, 28)) == 17
    assert validation.age_on(leap, date(2022, 3, 1)) == 18
    assert validation.age_on(leap, date(2024, 2, 29)) == 20


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)), st.integers(-1000, 20000)
)
def test_departure_age_is_refused_exactly_under_18(born: date, days: int) -> None:
    departure = born + timedelta(days=days)
    problems = validation.check_departure_age(born, departure)
    if validation.age_on(born, departure) >= 18:
        assert problems == []
    else:
        assert errors(problems) == ["departure.underage"]


def test_departure_age_boundary_and_message() -> None:
    born = date(2008, 2, 29)
    assert codes(validation.check_departure_age(born, date(2026, 2, 28))) == ["departure.underage"]
    assert validation.check_departure_age(born, date(2026, 3, 1)) == []
    message = validation.check_departure_age(born, date(2026, 2, 28))[0].message
    assert "17" in message and "01-03-2026" in message
    assert validation.check_departure_age(None, date(2026, 1, 1)) == []
    assert validation.check_departure_age(born, None) == []


@given(st.dates(min_value=date(1000, 1, 1)))
def test_parse_date_reads_the_three_formats(d: date) -> None:
    assert validation.parse_date(d.isoformat()) == d
    assert validation.parse_date(d.strftime("%d-%m-%Y")) == d
    assert validation.parse_date(f"  {d.day}/{d.month}/{d.year:04d} ") == d


@pytest.mark.parametrize(
    "text", ["", "17.08.1990", "1990/08/17", "17-08-90", "17-08/1990", "kemarin", "1990-8-17x"]
)
def test_parse_date_refuses_other_shapes(text: str) -> None:
    with pytest.raises(ValueError, match="HH-BB-TTTT"):
        validation.parse_date(text)


def test_parse_date_refuses_dates_not_in_the_calendar() -> None:
    with pytest.raises(ValueError, match="tidak ada di kalender"):
        validation.parse_date("31-02-2000")
    i18n.set_language("en")
    with pytest.raises(ValueError, match="does not exist"):
        validation.parse_date("2001-02-29")


# ------------------------------------------------------------------------------- phone


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0812-3456-789", "+628123456789"),
        ("+62 812 3456 789", "+628123456789"),
        ("628123456789", "+628123456789"),
        ("8123456789", "+628123456789"),
        ("+62 (0)812 3456 789", "+628123456789"),
        ("0062 812-3456-789", "+628123456789"),
        ("(021) 555 1234", "+62215551234"),
        ("+60 12-345 6789", "+60123456789"),
        ("+852.9123.4567", "+85291234567"),
        ("  ", ""),
        (None, ""),
        ("0812 34S6 789", "0812 34S6 789"),
    ],
)
def test_normalise_phone(raw: str | None, expected: str) -> None:
    assert validation.normalise_phone(raw) == expected


@given(st.text(alphabet=string.digits + " +-.()/abcO", max_size=24))
def test_normalise_phone_is_idempotent(raw: str) -> None:
    once = validation.normalise_phone(raw)
    assert validation.normalise_phone(once) == once


@given(st.text(max_size=24))
def test_normalise_phone_is_idempotent_on_any_text(raw: str) -> None:
    once = validation.normalise_phone(raw)
    assert validation.normalise_phone(once) == once


@given(st.text(alphabet=string.digits, min_size=8, max_size=11))
def test_ways_of_writing_a_mobile_agree(subscriber: str) -> None:
    number = "8" + subscriber
    forms = [
        "0" + number,
        "62" + number,
        "+62 " + number,
        number,
        f"0{number[:3]}-{number[3:7]}-{number[7:]}",
    ]
    assert {validation.normalise_phone(form) for form in forms} == {"+62" + number}
    assert all(validation.check_phone(form) == [] for form in forms)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("0812-3456-789", None),
        ("+60 12-345 6789", None),
        ("", None),
        (None, None),
        ("0812 34S6 789", "phone.letters"),
        ("call me", "phone.letters"),
        ("12345", "phone.length"),
        ("+1234567890123456", "phone.length"),
        ("+", "phone.length"),
    ],
)
def test_check_phone(raw: str | None, problem: str | None) -> None:
    assert codes(validation.check_phone(raw)) == ([problem] if problem else [])


# --------------------------------------------------------------------------------- sex


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("L", "L"),
        ("p", "P"),
        ("Laki-laki", "L"),
        ("LAKI LAKI", "L"),
        ("perempuan", "P"),
        (" Wanita ", "P"),
        ("pria", "L"),
        ("M", "L"),
        ("f", "P"),
        ("Male", "L"),
        ("FEMALE", "P"),
        ("x", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_sex(raw: str | None, expected: str | None) -> None:
    assert validation.normalise_sex(raw) == expected


# ---------------------------------------------------------------------------- messages


def test_every_message_exists_in_both_languages_with_the_same_fields() -> None:
    registered = i18n.all_messages()
    formatter = string.Formatter()
    assert validation.MESSAGES
    for key, texts in validation.MESSAGES.items():
        assert key.startswith("validation.")
        assert registered[key] == texts
        assert texts.get("id") and texts.get("en"), key
        fields = [
            {name for _, name, _, _ in formatter.parse(texts[lang]) if name}
            for lang in ("id", "en")
        ]
        assert fields[0] == fields[1], key


def test_every_problem_code_has_a_message() -> None:
    nik = make_nik("330102", date(1990, 8, 15), "L", 1)
    problems = [
        *validation.check_nik(None),
        *validation.check_nik("12"),
        *validation.check_nik("x" * 16),
        *validation.check_nik("9901013213900000"),
        *validation.check_nik(make_nik("910101", date(1990, 8, 15), "L", 1)),
        *validation.check_nik(nik, birth_date=date(1991, 1, 1), sex="P"),
        *validation.check_kk(None),
        *validation.check_kk("12"),
        *validation.check_kk("x"),
        *validation.check_kk("9901021203150004"),
        *validation.check_kk("9101011203150004"),
        *validation.check_birth_date(TODAY + timedelta(days=1)),
        *validation.check_birth_date(date(1800, 1, 1)),
        *validation.check_phone("abc"),
        *validation.check_phone("1"),
        *validation.check_departure_age(date(2010, 1, 1), date(2020, 1, 1)),
    ]
    assert len({p.code for p in problems}) == 19
    for problem in problems:
        assert f"validation.{problem.code}" in validation.MESSAGES
        assert problem.message != f"validation.{problem.code}"
        assert "{" not in problem.message


def test_switching_language_changes_the_message() -> None:
    indonesian = validation.check_nik("123")[0]
    assert "NIK harus 16 angka" in indonesian.message
    i18n.set_language("en")
    english = validation.check_nik("123")[0]
    assert english.code == indonesian.code == "nik.length"
    assert "A NIK has 16 digits" in english.message
    assert english.message != indonesian.message
    i18n.set_language("id")
    assert validation.check_nik("123")[0].message == indonesian.message


def test_has_errors() -> None:
    assert not validation.has_errors(validation.check_nik(None))
    assert validation.has_errors(validation.check_nik("123"))
    assert not validation.has_errors([])
