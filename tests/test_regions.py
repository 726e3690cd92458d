"""The shipped region list: faithful to its source, quick to load, quick and right to search."""

from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.util
import re
import threading
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desmig_desktop import regions
from desmig_desktop.regions import Region

ROOT = Path(__file__).resolve().parent.parent
SOURCE_CSV = Path("/work/shared/data/wilayah.csv")
needs_source = pytest.mark.skipif(not SOURCE_CSV.exists(), reason="source wilayah.csv absent")

EXPECTED_COUNTS = {"province": 38, "regency": 514, "district": 7285, "village": 83762}


def test_counts_per_level() -> None:
    assert {level: regions.count(level) for level in regions.LEVELS} == EXPECTED_COUNTS
    assert regions.count() == sum(EXPECTED_COUNTS.values()) == 91599
    with pytest.raises(ValueError):
        regions.count("kecamatan")


def test_shipped_file_is_small() -> None:
    assert regions.data_file().stat().st_size < 700_000


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3301022003", "33.01.02.2003"),
        ("33.01.02.2003", "33.01.02.2003"),
        (" 33 01 02 2003 ", "33.01.02.2003"),
        ("330102", "33.01.02"),
        ("3301", "33.01"),
        ("33", "33"),
        ("33.01", "33.01"),
        ("", None),
        (None, None),
        ("330", None),
        ("33010", None),
        ("33010220031", None),
        ("33.1.02", None),
        ("33.01.02.200", None),
        ("3301a2", None),
        ("33..01", None),
        ("\u0663\u0663", None),  # Arabic-Indic digits are not a code
        ("\u0663\u0663.\u0660\u0661", None),
    ],
)
def test_normalise_code(raw: str | None, expected: str | None) -> None:
    assert regions.normalise_code(raw) == expected


def test_get_and_village() -> None:
    village = regions.get("3301022003")
    assert village == regions.get("33.01.02.2003")
    assert village is not None
    assert village.level == "village"
    assert village.parent_code == "33.01.02"
    assert village.digits == "3301022003"
    assert village.village_kind == "desa"
    parent = village.parent()
    assert parent is not None and parent.code == "33.01.02" and parent.level == "district"
    assert regions.village("3301022003") == village
    assert regions.village("330102") is None  # a district, not a village
    assert regions.get("33.01.02.9999") is None
    assert regions.get("not a code") is None
    province = regions.get("33")
    assert province == Region("33", "Jawa Tengah", "province")
    assert province.parent_code is None and province.parent() is None
    assert province.village_kind is None


def test_names_are_stripped_of_stray_spaces() -> None:
    # The source has "Kota Administrasi Jakarta Utara " with a trailing space.
    region = regions.get("31.72")
    assert region is not None and region.name == "Kota Administrasi Jakarta Utara"


def test_district_exists_takes_the_nik_prefix() -> None:
    assert regions.district_exists("330102")
    assert regions.district_exists("33.01.02")
    assert not regions.district_exists("330199")
    assert not regions.district_exists("3301")  # a regency
    assert not regions.district_exists("3301022003")  # a village
    assert not regions.district_exists("")
    # Merauke moved from 91.01 to 93.01 when Papua Selatan was formed.
    assert not regions.district_exists("910101")
    assert regions.district_exists("930101")


def test_ancestors_and_full_name() -> None:
    assert [r.code for r in regions.ancestors("3301022003")] == ["33", "33.01", "33.01.02"]
    assert regions.ancestors("33") == []
    assert regions.ancestors("garbage") == []
    assert (
        regions.full_name("3301022003")
        == "Desa Kesugihan, Kec. Kesugihan, Kabupaten Cilacap, Provinsi Jawa Tengah"
    )
    assert regions.full_name("33.01") == "Kabupaten Cilacap, Provinsi Jawa Tengah"
    assert regions.full_name("33.01.99") is None
    kelurahan = next(c for c in regions.codes("village") if c[9] == "1")
    name = regions.full_name(kelurahan)
    assert name is not None and name.startswith("Kel. ")


def test_children_cover_every_level() -> None:
    provinces = regions.children()
    assert len(provinces) == 38 and all(p.level == "province" for p in provinces)
    regencies = [r for p in provinces for r in regions.children(p.code)]
    assert len(regencies) == 514
    districts = regions.children("3301")
    assert districts and all(
        d.code.startswith("33.01.") and d.level == "district" for d in districts
    )
    assert [d.code for d in districts] == sorted(d.code for d in districts)
    assert regions.children("3301022003") == []
    assert regions.children("bad") == []


def test_codes_are_sorted_and_shaped() -> None:
    shapes = {
        "province": r"\d{2}",
        "regency": r"\d{2}\.\d{2}",
        "district": r"\d{2}\.\d{2}\.\d{2}",
        "village": r"\d{2}\.\d{2}\.\d{2}\.\d{4}",
    }
    for level, shape in shapes.items():
        codes = regions.codes(level)
        assert list(codes) == sorted(set(codes))
        assert all(re.fullmatch(shape, code) for code in codes)


@needs_source
def test_matches_the_source_exactly() -> None:
    with SOURCE_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))[1:]
    assert len(rows) == regions.count()
    for code, name in rows:
        region = regions.get(code)
        assert region is not None, code
        assert region.name == name.strip()
        assert region.level == regions.LEVELS[code.count(".")]
    # The raw names, trailing spaces included, survive in the file.
    raw = {code: name for code, name in rows}
    table = regions._dataset().tables["village"]
    assert all(raw[c] == n for c, n in zip(table.codes, table.names, strict=True))
    header = gzip.decompress(regions.data_file().read_bytes()).split(b"\n", 1)[0].decode()
    assert header.endswith("sha256=" + hashlib.sha256(SOURCE_CSV.read_bytes()).hexdigest())


@needs_source
def test_build_is_reproducible(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_regions", ROOT / "tools" / "build_regions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(SOURCE_CSV, tmp_path / "wilayah.txt.gz")
    assert built.read_bytes() == regions.data_file().read_bytes(), "rebuild the shipped file"


def test_build_rejects_bad_input(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_regions", ROOT / "tools" / "build_regions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bad = tmp_path / "bad.csv"
    bad.write_text("kode,nama\n11,Aceh\n11.01.01,Orphan\n", encoding="utf-8")
    with pytest.raises(ValueError, match="without a parent"):
        module.read_regions(bad)
    bad.write_text("kode,nama\n1x,Aceh\n", encoding="utf-8")
    with pytest.raises(ValueError, match="malformed code"):
        module.read_regions(bad)


def test_load_happens_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real_load = regions._load

    def counting_load(path: Path) -> regions._Data:
        calls.append(path)
        time.sleep(0.05)  # widen the window in which a racing thread would load again
        return real_load(path)

    monkeypatch.setattr(regions, "_data", None)
    monkeypatch.setattr(regions, "_load", counting_load)
    barrier = threading.Barrier(8)
    seen: list[object] = []

    def worker() -> None:
        barrier.wait()
        seen.append(regions._dataset())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert len(seen) == 8 and all(data is seen[0] for data in seen)


# ------------------------------------------------------------------------------ search


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _reference_fold(text: str) -> list[str]:
    """An independent, slow statement of what search ignores."""
    text = re.sub(r"['\u2018\u2019\u02bc`\u00b4]", "", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return "".join(ch if ch.isalnum() else " " for ch in text).split()


@pytest.fixture(scope="module")
def everything() -> list[tuple[Region, str]]:
    return [
        (region, " ".join(_reference_fold(region.name)))
        for level in regions.LEVELS
        for region in (regions.get(code) for code in regions.codes(level))
        if region is not None
    ]


def _reference_search(
    everything: list[tuple[Region, str]], text: str, level: str | None, limit: int
) -> list[str]:
    words = _reference_fold(text)
    phrase = " ".join(words)
    ranked = []
    for region, folded in everything:
        if level and region.level != level:
            continue
        name_words = folded.split()
        if folded == phrase:
            rank = 0
        elif folded.startswith(phrase):
            rank = 1
        elif all(any(nw.startswith(w) for nw in name_words) for w in words):
            rank = 2
        elif all(w in folded for w in words):
            rank = 3
        else:
            continue
        ranked.append((rank, regions.LEVELS.index(region.level), region.code))
    return [code for *_, code in sorted(ranked)[:limit]]


@pytest.mark.parametrize(
    ("text", "level", "limit"),
    [
        ("sari", None, 50),
        ("sari", "village", 400),
        ("Kampung Baru", None, 50),
        ("baru kampung", "village", 200),
        ("MA'RANG", None, 50),
        ("tanjung-priok", None, 50),
        ("ng a", None, 80),
        ("a", "district", 50),
        ("kota", "regency", 200),
        ("bandung", None, 50),
        ("Bandúng  kota", None, 50),
        ("sumber rejo", None, 300),
        ("blok 15", None, 50),
        ("jaya makmur", "village", 50),
        ("qxzv", None, 50),
    ],
)
def test_search_agrees_with_a_brute_force_reference(
    everything: list[tuple[Region, str]], text: str, level: str | None, limit: int
) -> None:
    found = [r.code for r in regions.search(text, level=level, limit=limit)]
    assert found == _reference_search(everything, text, level, limit)


def test_search_ignores_case_accents_and_word_order() -> None:
    plain = regions.search("kampung baru")
    assert plain
    assert regions.search("KAMPUNG BARU") == plain
    assert regions.search("kámpúng bârû") == plain
    reversed_order = regions.search("baru kampung", limit=500)
    assert {r.code for r in plain} <= {r.code for r in reversed_order}


def test_search_ranks_exact_names_first() -> None:
    results = regions.search("bandung", limit=10)
    assert results[0].name == "Bandung"
    city = regions.search("kota bandung")
    assert [r.name for r in city] == ["Kota Bandung"]


def test_search_by_code_prefix() -> None:
    results = regions.search("3301")
    assert results[0] == regions.get("33.01")
    assert all(r.code.startswith("33.01") for r in results)
    assert len(results) == 50
    assert regions.search("33.01.02.2003") == [regions.get("3301022003")]
    assert regions.search("3301022003")[0].code == "33.01.02.2003"
    villages = regions.search("330102", level="village")
    assert villages and all(
        r.level == "village" and r.code.startswith("33.01.02.") for r in villages
    )


def test_search_level_limit_and_scope() -> None:
    assert all(r.level == "district" for r in regions.search("sari", level="district"))
    assert len(regions.search("a", limit=7)) == 7
    assert regions.search("a", limit=0) == []
    assert regions.search("   ") == []
    scoped = regions.search("sukamaju", within="32.01")
    assert scoped and all(r.code.startswith("32.01") for r in scoped)
    assert regions.search("sukamaju 3201") == scoped
    assert regions.search("sukamaju", within="nonsense") == []
    with pytest.raises(ValueError):
        regions.search("sari", level="desa")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(regions.codes("village")))
def test_every_village_is_findable_by_name_and_code(code: str) -> None:
    village = regions.get(code)
    assert village is not None
    district = village.parent_code
    assert village in regions.search(village.name, within=district, limit=1000)
    assert regions.search(code, level="village")[0] == village


def test_first_search_builds_the_index_once_and_quickly(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = regions._load(regions.data_file())
    monkeypatch.setattr(regions, "_data", fresh)
    villages = fresh.tables["village"]
    barrier = threading.Barrier(4)
    built: list[object] = []

    def worker() -> None:
        barrier.wait()
        built.append(villages.index())

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 4 and all(index is built[0] for index in built)

    monkeypatch.setattr(regions, "_data", regions._load(regions.data_file()))
    assert regions.search("e i o")
