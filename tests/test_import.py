"""The people import: real CSV and XLSX files, real stores, every kind of row.

Each row of a file is imported, imported with warnings, or rejected with its reason;
nothing is imported twice; the whole file is one transaction with a savepoint per row.
"""

from __future__ import annotations

import csv
import os
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlmodel import func, select

from desmig_desktop import i18n, regions, validation
from desmig_desktop.domain import Household, Person
from desmig_desktop.io import people_import
from desmig_desktop.io.people_import import (
    COLUMNS,
    REPORT_HEADER,
    ImportFileError,
    ImportResult,
    RowStatus,
    import_people,
)
from desmig_desktop.services import Services
from desmig_desktop.store.local import ChangeEntry, DeviceState

# Valid NIKs of district 33.01.02 (the test centre's): district, DDMMYY (+40 for women), serial.
BUDI_NIK = "3301021708900001"  # laki-laki, 17-08-1990
SITI_NIK = "3301024102950002"  # perempuan, 01-02-1995
ANI_NIK = "3301025212880003"  # perempuan, 12-12-1988
KK_1 = "3301020101200001"
KK_2 = "3301020101200002"


def budi(**cells: str) -> dict[str, str]:
    row = {
        "nik": BUDI_NIK,
        "no_kk": KK_1,
        "nama": "Budi Santoso",
        "jenis_kelamin": "L",
        "tempat_lahir": "Cilacap",
        "tanggal_lahir": "17-08-1990",
        "alamat": "Jl. Mawar 1",
        "rt": "1",
        "rw": "2",
        "dusun": "Krajan",
        "telepon": "0812-3456-7890",
    }
    row.update(cells)
    return row


def siti(**cells: str) -> dict[str, str]:
    row = {
        "nik": SITI_NIK,
        "no_kk": KK_1,
        "nama": "Siti Aminah",
        "jenis_kelamin": "P",
        "tanggal_lahir": "1995-02-01",
    }
    row.update(cells)
    return row


def ani(**cells: str) -> dict[str, str]:
    row = {
        "nik": ANI_NIK,
        "nama": "Ani Rahayu",
        "jenis_kelamin": "P",
        "tanggal_lahir": "12/12/1988",
    }
    row.update(cells)
    return row


def write_csv(
    path: Path,
    rows: list[dict[str, str]],
    *,
    header: list[str] | tuple[str, ...] = COLUMNS,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.DictWriter(
            out, fieldnames=list(header), delimiter=delimiter, restval="", extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(rows)
    return path


def stored_people(services: Services) -> list[Person]:
    with services.store.read() as session:
        return list(session.exec(select(Person).order_by(Person.name)))


def count(services: Services, model: type) -> int:
    with services.store.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def person_by_nik(services: Services, nik: str) -> Person:
    with services.store.read() as session:
        person = session.exec(select(Person).where(Person.nik == nik)).one()
        return person


def household_of(services: Services, person: Person) -> Household:
    with services.store.read() as session:
        household = session.get(Household, person.household_id)
        assert household is not None
        return household


def statuses(result: ImportResult) -> dict[int, RowStatus]:
    return {outcome.row: outcome.status for outcome in result.rows}


# -- good rows ------------------------------------------------------------------------------


def test_good_rows_are_imported_with_their_households(services: Services, tmp_path: Path) -> None:
    file = write_csv(tmp_path / "penduduk.csv", [budi(), siti(alamat="", rt=""), ani()])

    result = import_people(services, file)

    assert result.summary() == "imported: 3, updated: 0, warnings: 0, rejected: 0, duplicates: 0"
    assert statuses(result) == {2: RowStatus.IMPORTED, 3: RowStatus.IMPORTED, 4: RowStatus.IMPORTED}
    b, s, a = (
        person_by_nik(services, BUDI_NIK),
        person_by_nik(services, SITI_NIK),
        person_by_nik(services, ANI_NIK),
    )
    # The three accepted date formats.
    assert (b.birth_date, s.birth_date, a.birth_date) == (
        date(1990, 8, 17),
        date(1995, 2, 1),
        date(1988, 12, 12),
    )
    assert b.phone == "+6281234567890" and b.sex == "L" and b.birth_place == "Cilacap"
    # Same KK, same household; the address is the household's, written by the first row.
    assert b.household_id == s.household_id is not None
    household = household_of(services, b)
    assert (household.no_kk, household.address, household.rt, household.rw, household.dusun) == (
        KK_1,
        "Jl. Mawar 1",
        "001",
        "002",
        "Krajan",
    )
    # No KK and no address: no household.
    assert a.household_id is None
    assert count(services, Household) == 1
    # Every record went through change capture.
    with services.store.read() as session:
        tables = [
            e.table_name
            for e in session.exec(select(ChangeEntry).where(ChangeEntry.op == "insert"))
        ]
    assert tables.count("person") == 3 and tables.count("household") == 1


def test_an_existing_household_is_reused(services: Services, tmp_path: Path) -> None:
    existing = services.people.add_household(no_kk=KK_2, address="Jl. Lama 5")
    file = write_csv(tmp_path / "p.csv", [budi(no_kk=KK_2, alamat="Jl. Lain 9")])

    import_people(services, file)

    person = person_by_nik(services, BUDI_NIK)
    assert person.household_id == existing.id
    assert household_of(services, person).address == "Jl. Lama 5"  # reused, not rewritten
    assert count(services, Household) == 1


def test_header_names_are_case_insensitive_and_trimmed(services: Services, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "p.csv",
        [{" NIK ": BUDI_NIK, "Nama": "Budi", "JENIS_KELAMIN ": "l", "Tanggal Lahir": "17-08-1990"}],
        header=[" NIK ", "Nama", "JENIS_KELAMIN ", "Tanggal Lahir"],
    )

    result = import_people(services, file)

    assert result.imported == 1, result.rows
    assert person_by_nik(services, BUDI_NIK).birth_date == date(1990, 8, 17)


# -- bad rows -------------------------------------------------------------------------------

NEXT_YEAR = (date.today() + timedelta(days=366)).strftime("%d-%m-%Y")
UNKNOWN_DISTRICT_NIK = "3301991708900003"


def _district_outcome() -> RowStatus:
    # Whether an unknown district blocks the record is validation's rule (an old NIK of a
    # region since split is genuine); the import must follow it either way.
    problems = validation.check_nik(UNKNOWN_DISTRICT_NIK, birth_date=date(1990, 8, 17), sex="L")
    return RowStatus.REJECTED if validation.has_errors(problems) else RowStatus.WARNING


BAD_ROWS = {
    "NIK of 15 digits": (
        ani(nik="330102521288003"),
        RowStatus.REJECTED,
        "nik.length",
        {"length": 15},
    ),
    "NIK with letters": (ani(nik="33010252128800O3"), RowStatus.REJECTED, "nik.digits", {}),
    "unknown district": (
        ani(nik=UNKNOWN_DISTRICT_NIK, nama="Dodi", jenis_kelamin="L", tanggal_lahir="17-08-1990"),
        None,
        "nik.district",
        {"code": "330199"},
    ),
    "impossible date in the NIK": (ani(nik="3301023213880003"), RowStatus.REJECTED, "nik.date", {}),
    "serial 0000": (ani(nik="3301025212880000"), RowStatus.REJECTED, "nik.serial", {}),
    "impossible birth date": (
        ani(tanggal_lahir="31-02-1988"),
        RowStatus.REJECTED,
        "date.invalid",
        {"text": "31-02-1988"},
    ),
    "unreadable birth date": (
        ani(tanggal_lahir="12 Des 1988"),
        RowStatus.REJECTED,
        "date.format",
        {"text": "12 Des 1988"},
    ),
    "future birth date": (
        ani(nik="", tanggal_lahir=NEXT_YEAR),
        RowStatus.REJECTED,
        "birth_date.future",
        {"date": NEXT_YEAR},
    ),
    "missing name": (ani(nama=""), RowStatus.REJECTED, None, "Nama wajib diisi."),
    "bad sex": (
        ani(jenis_kelamin="X"),
        RowStatus.REJECTED,
        None,
        "Jenis kelamin: 'X' bukan pilihan",
    ),
    "phone with letters": (ani(telepon="0812-abc-7890"), RowStatus.REJECTED, "phone.letters", {}),
    "phone too short": (ani(telepon="0812"), RowStatus.REJECTED, "phone.length", {"digits": 5}),
    "bad RT": (ani(no_kk=KK_2, rt="12a"), RowStatus.REJECTED, None, "RT harus berupa angka"),
    "RT of four digits": (
        ani(no_kk=KK_2, rt="1234"),
        RowStatus.REJECTED,
        None,
        "RT harus berupa angka",
    ),
    "bad KK": (ani(no_kk="33010201012"), RowStatus.REJECTED, "kk.length", {"length": 11}),
    "birth date not the NIK's": (
        ani(tanggal_lahir="13-12-1988"),
        RowStatus.WARNING,
        "nik.birth_date_mismatch",
        None,
    ),
    "sex not the NIK's": (ani(jenis_kelamin="L"), RowStatus.WARNING, "nik.sex_mismatch", None),
}


@pytest.mark.parametrize("case", list(BAD_ROWS), ids=list(BAD_ROWS))
def test_each_bad_row_is_rejected_or_flagged_alone(
    services: Services, tmp_path: Path, case: str
) -> None:
    row, expected, code, detail = BAD_ROWS[case]
    expected = expected or _district_outcome()
    file = write_csv(tmp_path / "p.csv", [budi(), row, siti()])

    result = import_people(services, file)

    outcome = result.rows[1]
    assert outcome.row == 3  # as the spreadsheet shows it: the header is row 1
    assert outcome.status == expected, outcome
    # The reason is the validation's own message, in the user's language.
    if code is None:
        assert detail in outcome.message
    elif detail is not None:
        assert i18n.t(f"validation.{code}", **detail) in outcome.message
    else:
        assert outcome.message  # a mismatch message carries the dates or sexes
    # The rows around it are not affected.
    assert result.rows[0].status == result.rows[2].status == RowStatus.IMPORTED
    niks = {p.nik for p in stored_people(services)}
    assert {BUDI_NIK, SITI_NIK} <= niks
    if expected == RowStatus.REJECTED:
        assert len(niks) == 2 and result.rejected == 1
        # A rejected row leaves nothing behind, not even its household.
        assert count(services, Household) == 1
    else:
        assert result.warnings == 1 and result.imported == 2
        flagged = [p for p in stored_people(services) if p.nik not in (BUDI_NIK, SITI_NIK)]
        assert len(flagged) == 1 and code is not None and code in flagged[0].flags


def test_rejection_messages_follow_the_language(services: Services, tmp_path: Path) -> None:
    i18n.set_language("en")
    file = write_csv(tmp_path / "p.csv", [ani(nama="")])

    result = import_people(services, file)

    assert result.rows[0].status == RowStatus.REJECTED
    assert "Name is required." in result.rows[0].message
    assert result.lines() == ["Row 2: rejected: Name is required."]


def test_a_row_the_database_refuses_is_rejected_alone(services: Services, tmp_path: Path) -> None:
    # A failure below the service (a constraint, a full disk) must cost one row, not the
    # file; the row's savepoint takes back its household and its change entries too.
    with services.store.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON person WHEN NEW.name = 'Ani Rahayu'"
            " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    file = write_csv(tmp_path / "p.csv", [budi(), ani(no_kk=KK_2), siti()])

    result = import_people(services, file)

    assert statuses(result) == {2: RowStatus.IMPORTED, 3: RowStatus.REJECTED, 4: RowStatus.IMPORTED}
    assert "refused by the test" in result.rows[1].message
    assert {p.nik for p in stored_people(services)} == {BUDI_NIK, SITI_NIK}
    with services.store.read() as session:
        assert session.exec(select(Household).where(Household.no_kk == KK_2)).first() is None
        entries = list(session.exec(select(ChangeEntry).order_by(ChangeEntry.seq)))
        device = session.get(DeviceState, 1)
    assert device is not None
    # Change numbers stay gapless: the refused row's numbers were given back.
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert device.next_seq == len(entries) + 1
    assert sum(1 for e in entries if e.table_name == "person") == 2


def test_a_crash_half_way_stores_nothing(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = people_import._Importer.row
    seen: list[int] = []

    def crash_on_third(self: people_import._Importer, number: int, cells: dict[str, str]) -> object:
        seen.append(number)
        if len(seen) == 3:
            raise RuntimeError("power cut")
        return original(self, number, cells)

    monkeypatch.setattr(people_import._Importer, "row", crash_on_third)
    entries_before = count(services, ChangeEntry)
    file = write_csv(tmp_path / "p.csv", [budi(), siti(), ani()])

    with pytest.raises(RuntimeError):
        import_people(services, file)

    assert stored_people(services) == []
    assert count(services, Household) == 0
    assert count(services, ChangeEntry) == entries_before


# -- duplicates and re-imports ----------------------------------------------------------------


def test_a_nik_twice_in_the_file_is_imported_once(services: Services, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "p.csv", [budi(), siti(), budi(nama="Budi Kedua", nik="3301-0217-0890-0001")]
    )

    result = import_people(services, file)

    assert statuses(result) == {
        2: RowStatus.IMPORTED,
        3: RowStatus.IMPORTED,
        4: RowStatus.DUPLICATE,
    }
    assert result.rows[2].message == i18n.t("import.duplicate_nik_in_file", row=2)
    assert result.duplicates == 1
    assert [p.name for p in stored_people(services)] == ["Budi Santoso", "Siti Aminah"]


def test_a_nik_already_stored_is_a_duplicate(services: Services, tmp_path: Path) -> None:
    services.people.add_person(
        nik=BUDI_NIK, name="Budi Terdaftar", sex="L", birth_date=date(1990, 8, 17)
    )
    file = write_csv(tmp_path / "p.csv", [budi(), siti()])

    result = import_people(services, file)

    assert statuses(result) == {2: RowStatus.DUPLICATE, 3: RowStatus.IMPORTED}
    assert "Budi Terdaftar" in result.rows[0].message
    assert person_by_nik(services, BUDI_NIK).name == "Budi Terdaftar"  # untouched without --update
    assert count(services, Person) == 2


def test_reimporting_a_file_imports_nothing_twice(services: Services, tmp_path: Path) -> None:
    rows = [
        budi(),
        siti(),
        {
            "nama": "Joko Widodo",
            "jenis_kelamin": "L",
            "tanggal_lahir": "21-06-1961",
            "alamat": "Jl. Melati 3",
        },
        {"nama": "Tanpa Tanggal", "jenis_kelamin": "P"},
    ]
    file = write_csv(tmp_path / "p.csv", rows)
    first = import_people(services, file)
    assert first.imported == 4
    people_before, households_before = count(services, Person), count(services, Household)

    second = import_people(services, file)

    assert second.summary() == "imported: 0, updated: 0, warnings: 0, rejected: 0, duplicates: 4"
    assert (count(services, Person), count(services, Household)) == (
        people_before,
        households_before,
    )

    # Without NIK the match is on folded name, birth date and sex: case, spacing and how the
    # date or sex is written do not matter; another birth date is another person.
    retyped = write_csv(
        tmp_path / "retyped.csv",
        [
            {
                "nama": "  JOKO   widodo ",
                "jenis_kelamin": "laki-laki",
                "tanggal_lahir": "1961-06-21",
            },
            {"nama": "tanpa tanggal", "jenis_kelamin": "p"},
            {"nama": "Joko Widodo", "jenis_kelamin": "L", "tanggal_lahir": "22-06-1961"},
        ],
    )
    third = import_people(services, retyped)
    assert [o.status for o in third.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.IMPORTED,
    ]
    assert "Joko Widodo" in third.rows[0].message


def test_a_person_without_nik_twice_in_the_file_is_imported_once(
    services: Services, tmp_path: Path
) -> None:
    row = {"nama": "Joko", "jenis_kelamin": "L", "tanggal_lahir": "21-06-1961"}
    file = write_csv(tmp_path / "p.csv", [row, {**row, "nama": "joko"}])

    result = import_people(services, file)

    assert statuses(result) == {2: RowStatus.IMPORTED, 3: RowStatus.DUPLICATE}
    assert result.rows[1].message == i18n.t("import.duplicate_person_in_file", row=2)
    assert count(services, Person) == 1
    assert stored_people(services)[0].flags == "nik.missing"


# -- --update -------------------------------------------------------------------------------


def test_update_changes_only_the_filled_in_cells(services: Services, tmp_path: Path) -> None:
    import_people(services, write_csv(tmp_path / "first.csv", [budi(), siti()]))
    before = person_by_nik(services, BUDI_NIK)
    update = write_csv(
        tmp_path / "update.csv",
        [
            {"nik": BUDI_NIK, "telepon": "0857 1111 2222", "alamat": "Jl. Kenanga 7"},
            siti(),  # the same values as stored
            {"nik": ANI_NIK, "telepon": "081234567890"},  # unknown and no name: cannot be added
            ani(),  # unknown, with name and sex: added
            {"nik": "", "telepon": "081234567890"},
        ],
    )

    result = import_people(services, update, update=True)

    assert statuses(result) == {
        2: RowStatus.UPDATED,
        3: RowStatus.UNCHANGED,
        4: RowStatus.REJECTED,
        5: RowStatus.IMPORTED,
        6: RowStatus.REJECTED,
    }
    assert result.summary() == "imported: 1, updated: 1, warnings: 0, rejected: 2, duplicates: 0"
    assert result.rows[2].message == i18n.t("import.update_unknown_nik")
    assert result.rows[4].message == i18n.t("import.update_without_nik")
    assert result.rows[0].message == i18n.t("import.updated_columns", columns="telepon, alamat")
    after = person_by_nik(services, BUDI_NIK)
    assert after.phone == "+6285711112222"
    # Empty cells said nothing: the rest is as it was.
    assert (after.name, after.sex, after.birth_date, after.birth_place, after.household_id) == (
        before.name,
        before.sex,
        before.birth_date,
        before.birth_place,
        before.household_id,
    )
    household = household_of(services, after)
    assert (household.address, household.no_kk, household.rt, household.dusun) == (
        "Jl. Kenanga 7",
        KK_1,
        "001",
        "Krajan",
    )
    assert count(services, Person) == 3


def test_update_with_only_the_nik_column(services: Services, tmp_path: Path) -> None:
    import_people(services, write_csv(tmp_path / "first.csv", [budi(), siti()]))
    only_nik = write_csv(
        tmp_path / "nik.csv", [{"nik": BUDI_NIK}, {"nik": SITI_NIK}], header=["nik"]
    )

    result = import_people(services, only_nik, update=True)

    assert [o.status for o in result.rows] == [RowStatus.UNCHANGED, RowStatus.UNCHANGED]
    assert result.summary() == "imported: 0, updated: 0, warnings: 0, rejected: 0, duplicates: 0"

    phones = write_csv(
        tmp_path / "phones.csv",
        [{"nik": SITI_NIK, "telepon": "+62 812 9999 0000"}],
        header=["nik", "telepon"],
    )
    result = import_people(services, phones, update=True)
    assert result.updated == 1
    assert person_by_nik(services, SITI_NIK).phone == "+6281299990000"


def test_update_moves_a_person_to_the_household_of_a_new_kk(
    services: Services, tmp_path: Path
) -> None:
    import_people(services, write_csv(tmp_path / "first.csv", [budi(), siti()]))
    old_household = person_by_nik(services, SITI_NIK).household_id
    moved = write_csv(
        tmp_path / "move.csv", [{"nik": SITI_NIK, "no_kk": KK_2, "alamat": "Jl. Baru 1"}]
    )

    result = import_people(services, moved, update=True)

    assert result.updated == 1, result.rows
    siti_now = person_by_nik(services, SITI_NIK)
    assert siti_now.household_id != old_household
    household = household_of(services, siti_now)
    assert (household.no_kk, household.address) == (KK_2, "Jl. Baru 1")
    # Budi's household keeps its address.
    assert household_of(services, person_by_nik(services, BUDI_NIK)).address == "Jl. Mawar 1"


def test_update_gives_a_household_without_kk_its_card_number(
    services: Services, tmp_path: Path
) -> None:
    import_people(services, write_csv(tmp_path / "first.csv", [ani(alamat="Jl. Dahlia 4")]))
    household_id = person_by_nik(services, ANI_NIK).household_id
    assert household_id is not None
    file = write_csv(tmp_path / "kk.csv", [{"nik": ANI_NIK, "no_kk": KK_2}])

    result = import_people(services, file, update=True)

    assert result.updated == 1 and result.rows[0].message == i18n.t(
        "import.updated_columns", columns="no_kk"
    )
    person = person_by_nik(services, ANI_NIK)
    assert person.household_id == household_id
    assert (household_of(services, person).no_kk, household_of(services, person).address) == (
        KK_2,
        "Jl. Dahlia 4",
    )
    assert count(services, Household) == 1
    # Someone else of that card now joins the same household.
    import_people(services, write_csv(tmp_path / "next.csv", [siti(no_kk=KK_2)]))
    assert person_by_nik(services, SITI_NIK).household_id == household_id


def test_an_update_that_breaks_a_rule_is_rejected(services: Services, tmp_path: Path) -> None:
    import_people(services, write_csv(tmp_path / "first.csv", [budi()]))
    bad = write_csv(tmp_path / "bad.csv", [{"nik": BUDI_NIK, "telepon": "12", "rt": "abc"}])

    result = import_people(services, bad, update=True)

    assert result.rows[0].status == RowStatus.REJECTED
    assert i18n.t("validation.phone.length", digits=2) in result.rows[0].message
    assert person_by_nik(services, BUDI_NIK).phone == "+6281234567890"


def test_an_update_that_contradicts_the_nik_is_kept_with_a_warning(
    services: Services, tmp_path: Path
) -> None:
    import_people(services, write_csv(tmp_path / "first.csv", [budi()]))
    file = write_csv(tmp_path / "u.csv", [{"nik": BUDI_NIK, "tanggal_lahir": "18-08-1990"}])

    result = import_people(services, file, update=True)

    assert result.summary() == "imported: 0, updated: 0, warnings: 1, rejected: 0, duplicates: 0"
    assert result.rows[0].action == RowStatus.UPDATED
    person = person_by_nik(services, BUDI_NIK)
    assert person.birth_date == date(1990, 8, 18)
    assert "nik.birth_date_mismatch" in person.flags


# -- the file itself ------------------------------------------------------------------------------


def test_a_missing_required_column_is_a_usage_error(services: Services, tmp_path: Path) -> None:
    file = write_csv(tmp_path / "p.csv", [budi()], header=["nik", "nama", "tanggal_lahir"])

    with pytest.raises(ImportFileError) as error:
        import_people(services, file)

    assert "jenis_kelamin" in str(error.value) and "Kolom wajib" in str(error.value)
    assert count(services, Person) == 0

    i18n.set_language("en")
    with pytest.raises(ImportFileError, match="required column jenis_kelamin"):
        import_people(services, file)
    # With --update only the NIK is required.
    with pytest.raises(ImportFileError, match="required column nik"):
        import_people(
            services,
            write_csv(tmp_path / "u.csv", [budi()], header=["nama", "telepon"]),
            update=True,
        )


def test_unknown_columns_are_ignored_with_a_note(services: Services, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "p.csv", [{**budi(), "pekerjaan": "Petani"}], header=[*COLUMNS, "pekerjaan", ""]
    )

    result = import_people(services, file)

    assert result.imported == 1
    assert result.notes == [i18n.t("import.note_unknown_columns", columns="pekerjaan")]
    assert result.lines()[0] == result.notes[0]


def test_xlsx_first_sheet_is_imported(services: Services, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["NIK", " Nama ", "Jenis_Kelamin", "tanggal_lahir", "no_kk", "RT", "telepon"])
    sheet.append([BUDI_NIK, "Budi Santoso", "L", date(1990, 8, 17), KK_1, 3, "081234567890"])
    # Numbers as a spreadsheet stores them: NIK, KK and RT typed as numbers.
    sheet.append([int(SITI_NIK), "Siti Aminah", "P", "01/02/1995", int(KK_1), 3.0, 81234567891])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append([None, "", "L", None, None, None, None])
    workbook.create_sheet("catatan").append(["nik", "nama", "jenis_kelamin"])
    file = tmp_path / "penduduk.xlsx"
    workbook.save(file)

    result = import_people(services, file)

    assert statuses(result) == {2: RowStatus.IMPORTED, 3: RowStatus.IMPORTED, 5: RowStatus.REJECTED}
    b, s = person_by_nik(services, BUDI_NIK), person_by_nik(services, SITI_NIK)
    assert (b.birth_date, s.birth_date) == (date(1990, 8, 17), date(1995, 2, 1))
    assert s.phone == "+6281234567891"
    assert b.household_id == s.household_id
    assert household_of(services, b).rt == "003"


def test_excel_csv_with_bom_and_semicolons(services: Services, tmp_path: Path) -> None:
    file = tmp_path / "excel.csv"
    write_csv(
        file,
        [budi(alamat="Jl. Mawar; Gang 2"), siti(nama="Siti Ñurhaliza")],
        delimiter=";",
        encoding="utf-8-sig",
    )
    assert file.read_bytes().startswith(b"\xef\xbb\xbfnik;")

    result = import_people(services, file)

    assert result.imported == 2, result.rows
    assert person_by_nik(services, SITI_NIK).name == "Siti Ñurhaliza"
    assert household_of(services, person_by_nik(services, BUDI_NIK)).address == "Jl. Mawar; Gang 2"


def test_blank_lines_are_skipped_but_keep_the_row_numbers(
    services: Services, tmp_path: Path
) -> None:
    file = tmp_path / "p.csv"
    file.write_text(
        f"nik,nama,jenis_kelamin\n{BUDI_NIK},Budi,L\n,,\n\n{SITI_NIK},Siti,P\n", encoding="utf-8"
    )

    result = import_people(services, file)

    assert statuses(result) == {2: RowStatus.IMPORTED, 5: RowStatus.IMPORTED}


def _zip_that_is_not_a_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("catatan.txt", "bukan buku kerja")


FOREIGN_FILES = {
    "picture": (
        "foto.csv",
        lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(500)),
        "bukan CSV atau XLSX",
    ),
    "binary garbage": (
        "acak.csv",
        lambda p: p.write_bytes(bytes(range(1, 32)) * 8 + bytes(range(128, 256))),
        "bukan CSV atau XLSX",
    ),
    "latin-1 text": (
        "latin.csv",
        lambda p: p.write_bytes("nik,nama,jenis_kelamin\n,José,L\n".encode("latin-1")),
        "bukan teks UTF-8",
    ),
    "utf-16 text": (
        "utf16.csv",
        lambda p: p.write_text("nik,nama,jenis_kelamin\n", encoding="utf-16"),
        "bukan teks UTF-8",
    ),
    "old excel": (
        "lama.xls",
        lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)),
        "XLS",
    ),
    "zip": ("arsip.xlsx", _zip_that_is_not_a_workbook, "bukan CSV atau XLSX"),
    "text named xlsx": (
        "teks.xlsx",
        lambda p: p.write_text("nik,nama,jenis_kelamin\n", encoding="utf-8"),
        "bukan CSV atau XLSX",
    ),
    "empty": ("kosong.csv", lambda p: p.write_bytes(b""), "kosong"),
    "missing": ("tidak-ada.csv", lambda p: None, "tidak bisa dibuka"),
}


@pytest.mark.parametrize("kind", list(FOREIGN_FILES), ids=list(FOREIGN_FILES))
def test_foreign_or_unreadable_files_are_usage_errors(
    services: Services, tmp_path: Path, kind: str
) -> None:
    name, make, message = FOREIGN_FILES[kind]
    file = tmp_path / name
    make(file)
    report = tmp_path / "laporan.csv"

    with pytest.raises(ImportFileError, match=message):
        import_people(services, file, report_path=report)

    assert count(services, Person) == 0
    assert not report.exists()


def test_the_report_has_one_line_per_row(services: Services, tmp_path: Path) -> None:
    services.people.add_person(nik=SITI_NIK, name="Siti Aminah", sex="P")
    file = write_csv(
        tmp_path / "p.csv", [budi(), siti(), ani(tanggal_lahir="13-12-1988"), ani(nama="", nik="")]
    )
    report = tmp_path / "hasil" / "laporan.csv"

    result = import_people(services, file, report_path=report)

    with report.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == list(REPORT_HEADER) == ["row", "status", "nik", "nama", "message"]
    assert [line[:4] for line in lines[1:]] == [
        ["2", "imported", BUDI_NIK, "Budi Santoso"],
        ["3", "duplicate", SITI_NIK, "Siti Aminah"],
        ["4", "warning", ANI_NIK, "Ani Rahayu"],
        ["5", "rejected", "", ""],
    ]
    assert [line[4] for line in lines[1:]] == [o.message for o in result.rows]
    assert lines[1][4] == ""
    assert "Siti Aminah" in lines[2][4]
    assert "13-12-1988" in lines[3][4]
    assert lines[4][4] == "Nama wajib diisi."
    assert not list(report.parent.glob(".*partial"))


def test_an_unwritable_report_stops_the_import_before_it_starts(
    services: Services, tmp_path: Path
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    file = write_csv(tmp_path / "p.csv", [budi()])

    with pytest.raises(ImportFileError):
        import_people(services, file, report_path=blocker / "laporan.csv")

    assert count(services, Person) == 0


def test_summary_line_and_printed_lines(services: Services, tmp_path: Path) -> None:
    services.people.add_person(nik=SITI_NIK, name="Siti Aminah", sex="P")
    file = write_csv(
        tmp_path / "p.csv",
        [budi(), siti(), ani(jenis_kelamin="L"), {"nama": "Tanpa Jenis Kelamin"}, budi()],
    )

    result = import_people(services, file)

    assert result.summary() == "imported: 1, updated: 0, warnings: 1, rejected: 1, duplicates: 2"
    assert (
        result.imported,
        result.updated,
        result.warnings,
        result.rejected,
        result.duplicates,
    ) == (1, 0, 1, 1, 2)
    lines = result.lines()
    assert len(lines) == 4  # every row but the plain import
    assert lines[0].startswith("Baris 3: ganda: ")
    assert lines[1].startswith("Baris 4: peringatan: ")
    assert lines[2] == "Baris 5: ditolak: Jenis kelamin wajib diisi."
    assert lines[3] == "Baris 6: ganda: " + i18n.t("import.duplicate_nik_in_file", row=2)


def test_the_unknown_district_fixture_is_really_unknown() -> None:
    # The bad-row cases rely on it; a region update could make it a real district.
    assert not regions.district_exists(UNKNOWN_DISTRICT_NIK[:6])
    assert regions.district_exists(BUDI_NIK[:6])


def test_progress_is_reported_and_can_abandon_the_import(
    services: Services, tmp_path: Path
) -> None:
    rows = [{"nama": f"Warga {i}", "jenis_kelamin": "L"} for i in range(250)]
    file = write_csv(tmp_path / "p.csv", rows)
    calls: list[tuple[int, int]] = []

    def stop_half_way(done: int, total: int) -> None:
        calls.append((done, total))
        if done >= 200:
            raise KeyboardInterrupt  # the officer pressed Batal

    with pytest.raises(KeyboardInterrupt):
        import_people(services, file, progress=stop_half_way)
    assert calls == [(100, 250), (200, 250)]
    assert count(services, Person) == 0

    calls.clear()
    result = import_people(services, file, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(100, 250), (200, 250), (250, 250)]
    assert result.imported == 250
