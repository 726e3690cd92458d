"""Likely duplicates: the name key for Indonesian spelling variants, and the look-up."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desmig_desktop.services import Services
from desmig_desktop.services.duplicates import name_key, similar_names

# Valid NIKs of Kec. Kesugihan (33.01.02): a woman born 12-03-1990, a man born 05-07-1985.
NIK_SARI = "3301025203900001"
NIK_BUDI = "3301020507850002"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Nur Aini", "Nuraini"),
        ("NUR AINI", "nur  aini"),
        ("Nur Aini", "Nuraeni"),
        ("Noor Aini", "Nur Aini"),
        ("Mohammad Ridwan", "Muhammad Ridwan"),
        ("Moh. Ridwan", "Muhammad Ridwan"),
        ("Mohd Ridwan", "Muhamad Ridwan"),
        ("Mochammad Ridwan", "Muh. Ridwan"),
        ("M. Ridwan", "M Ridwan"),
        ("Soekarno", "Sukarno"),
        ("Djoko Santoso", "Joko Santoso"),
        ("Tjipto", "Cipto"),
        ("Sjahrir", "Syahrir"),
        ("Njoman", "Nyoman"),
        ("Achmad Fauzi", "Ahmad Fauzi"),
        ("Akhmad Fauzi", "Ahmad Fauzi"),
        ("Fathimah", "Fatimah"),
        ("Ramadhan", "Ramadan"),
        ("Qomariyah", "Komariah"),
        ("Zaenal Arifin", "Zainal Arifin"),
        ("Rachmawaty", "Rahmawati"),
        ("Siti Ma'rufah", "Siti Marufah"),
        ("Siti Aminah", "Sití Amínah"),
        ("Anna", "Ana"),
    ],
)
def test_spelling_variants_share_a_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)
    assert similar_names(one, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ani", "Ana"),  # short names must be equal
        ("M. Ridwan", "Muhammad Ridwan"),  # a lone M. could be any M- name
        ("Siti Aminah", "Siti Aminah Rahayu"),
        ("Budi Santoso", "Budi Susanto"),
        ("Pitri", "Fitri"),
        ("", "Siti"),
    ],
)
def test_different_names_do_not_match(one: str, other: str) -> None:
    assert not similar_names(one, other)


def test_one_letter_apart_matches_only_long_names() -> None:
    assert similar_names("Sri Wahyuni", "Sri Wahyumi")
    assert similar_names("Sri Wahyuni", "Sri Wahyuniy")  # y -> i, doubled letters go
    assert not similar_names("Dewi", "Dewa")


words = st.lists(
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8), min_size=1, max_size=4
)
MUHAMMAD_LIKE = {"moh", "mohd", "muh", "muhd", "mhd", "md"}


@given(words)
def test_case_accents_and_punctuation_do_not_change_the_key(parts: list[str]) -> None:
    name = " ".join(parts)
    assert name_key(name.upper()) == name_key(name)
    assert name_key(". ".join(parts)) == name_key(name)
    assert name_key("  ".join(p.replace("e", "é") for p in parts)) == name_key(name)


@given(words)
def test_spaces_between_words_do_not_change_the_key(parts: list[str]) -> None:
    # Except around a word that is a form of Muhammad on its own ("Moh Ali", not "Mohali").
    if any(name_key(p) in {name_key("Muhammad")} | MUHAMMAD_LIKE for p in parts):
        return
    if name_key("".join(parts)) == name_key("Muhammad"):
        return
    assert name_key(" ".join(parts)) == name_key("".join(parts))


def test_same_nik_or_similar_name_with_same_birth_date(services: Services) -> None:
    people = services.people
    nur, _ = people.add_person(name="Nur Aini", sex="P", birth_date=date(1990, 3, 12))
    sari, _ = people.add_person(name="Sari Dewi", sex="P", nik=NIK_SARI)
    people.add_person(name="Nur Aini", sex="P", birth_date=date(1991, 3, 12))  # other date
    people.add_person(name="Nur Hasanah", sex="P", birth_date=date(1990, 3, 12))

    found = people.likely_duplicates("Nuraini", date(1990, 3, 12), None)
    assert [(c.person.id, c.same_nik, c.similar_name) for c in found] == [(nur.id, False, True)]

    found = people.likely_duplicates("Someone Else", None, "3301-0252-0390-0001")
    assert [(c.person.id, c.same_nik, c.similar_name) for c in found] == [(sari.id, True, False)]

    # Both reasons for one person, listed once; the same-NIK match comes first.
    people.update_person(nur.id, nik=NIK_SARI.replace("0001", "0002"))
    found = people.likely_duplicates(
        "Nur Aini", date(1990, 3, 12), NIK_SARI.replace("0001", "0002")
    )
    assert [(c.person.name, c.same_nik, c.similar_name) for c in found] == [
        ("Nur Aini", True, True)
    ]
    # Editing a record does not warn about the record itself.
    assert people.likely_duplicates("Nur Aini", date(1990, 3, 12), None, exclude_id=nur.id) == []
    # Deleted people are not candidates.
    people.delete_person(sari.id)
    assert people.likely_duplicates("", None, NIK_SARI) == []


def test_the_look_up_reads_by_birth_date_from_an_index(services: Services) -> None:
    # Over 100,000 people a scan per registration would be felt; the index keeps it to a
    # handful of rows.
    with services.store.read() as session:
        plan = session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM person p"
            " WHERE p.birth_date = '1990-03-12' AND +p.centre_id = x'00' AND p.deleted = 0"
        )
        details = " ".join(str(row[-1]) for row in plan)
    assert "ix_person_birth_date" in details
