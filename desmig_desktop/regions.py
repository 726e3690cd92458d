"""Indonesia's administrative regions with their Kemendagri codes.

The 91,599 provinces, regencies, districts and villages ship in
``resources/regions/wilayah.txt.gz`` (built by ``tools/build_regions.py``). They are loaded
once, on first use, from any thread; :func:`preload` lets the application do that in the
background at start-up.

Codes are dotted (``33.01.02.2003``); NIK and KK numbers carry the district code without
dots (``330102``), so every function that takes a code also accepts the undotted form.

File format (UTF-8 text, gzip-compressed)::

    desmig-regions <TAB> 1 <TAB> sha256=<digest of the source CSV>
    then, for each level in the order province, regency, district, village:
    <level> <TAB> <rows> <TAB> <groups>
    <groups> lines  <parent code> <TAB> <how many children follow>  (parent empty for
                    provinces)
    <rows> lines    the last segment of each code (01, 2003), in code order
    <rows> lines    the names, in the same order

Writing each parent once and only the last segment of each code keeps the codes at
~30 KB compressed instead of ~220 KB; keeping columns (not ``code,name`` rows) lets the
loader split and join text at C speed instead of parsing 91,599 rows in Python.
"""

from __future__ import annotations

import gzip
import operator
import re
import threading
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from . import paths

LEVELS: tuple[str, ...] = ("province", "regency", "district", "village")
DATA_FILE_NAME = "wilayah.txt.gz"
FORMAT_MAGIC = "desmig-regions"
FORMAT_VERSION = "1"

_LEVEL_BY_DEPTH = dict(enumerate(LEVELS, start=1))
# [0-9], not \d: \d would take other scripts' digits, which no code contains.
_DOTTED = re.compile(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?")
_UNDOTTED_LENGTHS = {2: 1, 4: 2, 6: 3, 10: 4}
_WHITESPACE = re.compile(r"\s+")
# A query that is only digits and dots is a code (or the start of one), not a name.
_CODE_QUERY = re.compile(r"[0-9][0-9.]*")
# "~" sorts after digits and dots, so prefix + "~" bounds the codes starting with prefix.
_AFTER_CODES = "~"


@dataclass(frozen=True, slots=True)
class Region:
    """One province, regency (kabupaten/kota), district (kecamatan) or village."""

    code: str
    name: str
    level: str

    @property
    def parent_code(self) -> str | None:
        """The code of the region this one belongs to (``None`` for a province)."""
        parent = self.code.rpartition(".")[0]
        return parent or None

    @property
    def digits(self) -> str:
        """The code without dots, as it appears at the start of a NIK or KK number."""
        return self.code.replace(".", "")

    @property
    def village_kind(self) -> str | None:
        """``kelurahan``, ``desa`` or ``desa_adat`` for a village, else ``None``.

        The first digit of the village part says which (1, 2 or 3).
        """
        if self.level != "village":
            return None
        return {"1": "kelurahan", "2": "desa", "3": "desa_adat"}.get(self.code[9])

    def parent(self) -> Region | None:
        """The region this one belongs to."""
        parent = self.parent_code
        return get(parent) if parent else None

    def __str__(self) -> str:
        return self.name


class _Table:
    """All regions of one level, in code order; the search index is built on first use.

    Checking NIKs (import, sync) needs only the codes, so the ~25 ms and ~10 MB of the
    village search index are not spent until someone searches (or :func:`preload` runs).
    """

    __slots__ = ("level", "codes", "names", "_index")

    def __init__(self, level: str, codes: list[str], names: list[str]) -> None:
        self.level = level
        self.codes = codes
        self.names = names
        self._index: _Index | None = None

    def index(self) -> _Index:
        index = self._index
        if index is None:
            with _index_lock:
                if self._index is None:
                    self._index = _Index(self.names)
                index = self._index
        return index

    def find(self, code: str) -> int | None:
        """The position of ``code``; bisecting the sorted codes spares a 91,599-key dict."""
        i = bisect_left(self.codes, code)
        return i if i < len(self.codes) and self.codes[i] == code else None

    def region(self, i: int) -> Region:
        # Some source names end with a space; nobody wants to see or compare it.
        return Region(self.codes[i], self.names[i].strip(), self.level)

    def span(self, prefix: str) -> tuple[int, int]:
        """The index range of the codes that start with ``prefix``."""
        return bisect_left(self.codes, prefix), bisect_left(self.codes, prefix + _AFTER_CODES)


class _Index:
    """The folded names of one level as one text, for ``str.find`` to search at C speed."""

    __slots__ = ("blob", "lines", "starts")

    def __init__(self, names: list[str]) -> None:
        # Folding the names as one text works in C instead of 83,762 Python calls; the
        # newlines survive folding, so the lines still align with the codes. Each line
        # starts with a space so that " word" finds a word start, the first one included.
        self.blob = "\n " + _fold("\n".join(names)).replace("\n", "\n ") + "\n"
        self.lines = self.blob[1:-1].split("\n")
        if len(self.lines) != len(names):
            raise ValueError("region names contain line breaks")
        # Where each line starts in the blob (line + newline = len + 1); the last entry is
        # the end of the blob, so bisecting any position inside it finds its line.
        self.starts = list(accumulate(map((1).__add__, map(len, self.lines)), initial=1))


class _Data:
    __slots__ = ("tables", "source_sha256")

    def __init__(self, tables: dict[str, _Table], source_sha256: str) -> None:
        self.tables = tables
        self.source_sha256 = source_sha256


_lock = threading.Lock()
_index_lock = threading.Lock()
_data: _Data | None = None


def data_file() -> Path:
    """The shipped region file."""
    return paths.resources_dir() / "regions" / DATA_FILE_NAME


def preload() -> None:
    """Load the regions and their search index now, so the first search is as quick as the next.

    Meant for a background thread at start-up; safe to repeat.
    """
    for table in _dataset().tables.values():
        table.index()


def _dataset() -> _Data:
    global _data
    data = _data
    if data is None:
        with _lock:
            if _data is None:
                _data = _load(data_file())
            data = _data
    return data


def _load(path: Path) -> _Data:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(
            f"region data {path} is missing; rebuild it with tools/build_regions.py"
        ) from None
    lines = gzip.decompress(raw).decode("utf-8").split("\n")
    header = lines[0].split("\t")
    if header[:2] != [FORMAT_MAGIC, FORMAT_VERSION]:
        raise ValueError(f"{path} is not a version {FORMAT_VERSION} region file")
    sha = header[2].removeprefix("sha256=") if len(header) > 2 else ""
    tables: dict[str, _Table] = {}
    pos = 1
    for level in LEVELS:
        name, rows, groups = lines[pos].split("\t")
        if name != level:
            raise ValueError(f"{path}: expected level {level}, found {name!r}")
        n_rows, n_groups = int(rows), int(groups)
        prefixes: list[str] = []
        for group in lines[pos + 1 : pos + 1 + n_groups]:
            parent, size = group.split("\t")
            prefixes += [f"{parent}." if parent else ""] * int(size)
        pos += 1 + n_groups
        codes = list(map(operator.add, prefixes, lines[pos : pos + n_rows]))
        pos += n_rows
        names = lines[pos : pos + n_rows]
        pos += n_rows
        if len(prefixes) != n_rows or len(names) != n_rows:
            raise ValueError(f"{path}: level {level} is truncated")
        tables[level] = _Table(level, codes, names)
    return _Data(tables, sha)


# ---------------------------------------------------------------------------- folding

# Apostrophes vanish rather than split words: "Ma'rang" is typed "marang" as often as not.
_APOSTROPHES = "'\u2018\u2019\u02bc`\u00b4"
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SEPARATORS = re.compile(r"(?:[^\w\n]|_)+")
_LINE_EDGE_SPACES = re.compile(r"^ | $", re.MULTILINE)
# The same separators for ASCII text: str.translate does in 1 ms what the regex does in 40.
_ASCII_SEPARATORS = {i: " " for i in range(128) if not chr(i).isalnum() and chr(i) != "\n"}


def _fold(text: str) -> str:
    """Lower case, without accents, apostrophes or punctuation, single-spaced per line.

    Works on a single query or on many names joined by newlines (line by line).
    """
    for mark in _APOSTROPHES:
        # Testing first is cheap; replacing copies the 1 MB text of all village names.
        if mark in text:
            text = text.replace(mark, "")
    if not text.isascii():
        # Only queries and a handful of names get here, so the slow path is affordable.
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()
    if not text.isascii():
        return _LINE_EDGE_SPACES.sub("", _SEPARATORS.sub(" ", text))
    text = text.lower().translate(_ASCII_SEPARATORS)
    while "  " in text:
        text = text.replace("  ", " ")
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    return text.strip(" ")


# ------------------------------------------------------------------------------ codes


def normalise_code(code: str | None) -> str | None:
    """The dotted form of a region code, or ``None`` when it is not one.

    Accepts ``33.01.02.2003`` or ``3301022003`` (and ``330102`` for a district), with
    stray spaces. Only the shape is checked: the region may not exist.
    """
    if not code:
        return None
    text = _WHITESPACE.sub("", code)
    if "." in text:
        return text if _DOTTED.fullmatch(text) else None
    depth = _UNDOTTED_LENGTHS.get(len(text))
    if depth is None or not text.isascii() or not text.isdigit():
        return None
    return _dot(text)


def _dot(digits: str) -> str:
    """Dots inserted into (a prefix of) an undotted code: ``33010`` -> ``33.01.0``."""
    parts = [digits[0:2], digits[2:4], digits[4:6], digits[6:]]
    return ".".join(part for part in parts if part)


def _level_of(code: str) -> str:
    return _LEVEL_BY_DEPTH[code.count(".") + 1]


def _check_level(level: str | None) -> None:
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown region level {level!r}; choose one of {LEVELS}")


def get(code: str | None) -> Region | None:
    """The region with this code (dotted or not), or ``None``."""
    dotted = normalise_code(code)
    if dotted is None:
        return None
    table = _dataset().tables[_level_of(dotted)]
    i = table.find(dotted)
    return None if i is None else table.region(i)


def village(code: str | None) -> Region | None:
    """The village with this code, or ``None`` (also when the code is of another level)."""
    region = get(code)
    return region if region is not None and region.level == "village" else None


def district_exists(six_digit_code: str | None) -> bool:
    """Whether a district has this code, as written at the start of a NIK (``330102``)."""
    dotted = normalise_code(six_digit_code)
    if dotted is None or _level_of(dotted) != "district":
        return False
    return _dataset().tables["district"].find(dotted) is not None


def ancestors(code: str | None) -> list[Region]:
    """The known regions above ``code``: province first, parent last."""
    dotted = normalise_code(code)
    if dotted is None:
        return []
    parts = dotted.split(".")
    found = (get(".".join(parts[:depth])) for depth in range(1, len(parts)))
    return [region for region in found if region is not None]


def children(code: str | None = None) -> list[Region]:
    """The regions directly under ``code`` in code order; the provinces when ``None``.

    This is what cascading pickers (province, regency, district, village) need.
    """
    tables = _dataset().tables
    if code is None:
        table = tables["province"]
        return [table.region(i) for i in range(len(table.codes))]
    dotted = normalise_code(code)
    if dotted is None:
        return []
    depth = dotted.count(".") + 1
    if depth >= len(LEVELS):
        return []
    table = tables[LEVELS[depth]]
    lo, hi = table.span(dotted + ".")
    return [table.region(i) for i in range(lo, hi)]


def codes(level: str) -> tuple[str, ...]:
    """Every dotted code of one level, in order (for pickers, reports and tests)."""
    _check_level(level)
    return tuple(_dataset().tables[level].codes)


def count(level: str | None = None) -> int:
    """How many regions there are of ``level`` (of all levels when ``None``)."""
    _check_level(level)
    tables = _dataset().tables
    if level is None:
        return sum(len(table.codes) for table in tables.values())
    return len(tables[level].codes)


def full_name(code: str | None) -> str | None:
    """A readable address, e.g. ``Desa X, Kec. Y, Kabupaten Z, Provinsi W``.

    Kelurahan are written ``Kel.``; regencies keep their own ``Kabupaten``/``Kota``.
    ``None`` when the region is unknown.
    """
    region = get(code)
    if region is None:
        return None
    chain = [region, *reversed(ancestors(region.code))]
    return ", ".join(_titled(r) for r in chain)


def _titled(region: Region) -> str:
    if region.level == "province":
        return f"Provinsi {region.name}"
    if region.level == "district":
        return f"Kec. {region.name}"
    if region.level == "village":
        title = {"kelurahan": "Kel.", "desa_adat": "Desa Adat"}.get(
            region.village_kind or "", "Desa"
        )
        return f"{title} {region.name}"
    return region.name


# ----------------------------------------------------------------------------- search


def search(
    text: str, level: str | None = None, limit: int = 50, *, within: str | None = None
) -> list[Region]:
    """Regions whose name contains every word of ``text``, best matches first.

    Case, accents, apostrophes and punctuation are ignored, and the words may come in any
    order. Ranking: the whole name equals the query, then names starting with it, then
    names where every word starts a word, then the rest; within a rank, provinces come
    before regencies, districts and villages, each in code order.

    A query of digits and dots (``3301``, ``33.01.02``) finds the codes that start with
    it. A code of four or more digits inside a longer query narrows the name search to
    that area (``sukamaju 3201``); ``within`` does the same for a picker's scope.
    ``level`` restricts the result to one level.
    """
    _check_level(level)
    if limit <= 0 or not text:
        return []
    tables = _dataset().tables
    levels = [level] if level else list(LEVELS)

    scope = ""
    if within is not None:
        scope = normalise_code(within) or ""
        if not scope:
            return []

    query = text.strip()
    results: list[Region] = []
    seen: dict[str, set[int]] = {lvl: set() for lvl in levels}
    compact = _WHITESPACE.sub("", query)
    if _CODE_QUERY.fullmatch(compact):
        prefix = _narrow(scope, compact if "." in compact else _dot(compact))
        if prefix is None:
            return []
        for lvl in levels:
            table = tables[lvl]
            lo, hi = table.span(prefix)
            for i in range(lo, min(hi, lo + limit - len(results))):
                seen[lvl].add(i)
                results.append(table.region(i))
            if len(results) >= limit:
                return results
        # Some names carry numbers ("Blok 15"): fall through to a name search too.

    words: list[str] = []
    for token in query.split():
        if _CODE_QUERY.fullmatch(token) and sum(ch.isdigit() for ch in token) >= 4:
            narrowed = _narrow(scope, token if "." in token else _dot(token))
            if narrowed is None:
                return results
            scope = narrowed
        else:
            words.extend(_fold(token).split())
    if not words:
        return results

    phrase = " ".join(words)
    tiers: list[tuple[Callable[[str], str], Callable[[str], bool] | None]] = [
        (lambda _w: f"\n {phrase}\n", None),
        (lambda _w: f"\n {phrase}", None),
        (lambda w: f" {w}", lambda line: all(f" {w}" in line for w in words)),
        (lambda w: w, lambda line: all(w in line for w in words)),
    ]
    for needle_of, check in tiers:
        for lvl in levels:
            _scan(tables[lvl], scope, words, needle_of, check, limit, results, seen[lvl])
            if len(results) >= limit:
                return results
    return results


def _narrow(scope: str, prefix: str) -> str | None:
    """The tighter of two code prefixes, or ``None`` when they cannot both hold."""
    if prefix.startswith(scope):
        return prefix
    if scope.startswith(prefix):
        return scope
    return None


def _scan(
    table: _Table,
    scope: str,
    words: list[str],
    needle_of: Callable[[str], str],
    check: Callable[[str], bool] | None,
    limit: int,
    results: list[Region],
    seen: set[int],
) -> None:
    """Append the lines of ``table`` that match one rank, in code order, up to ``limit``.

    The blob is searched with ``str.find`` (C speed) for the needle of the rarest word,
    and only those lines are checked in Python, so a rare word costs one pass over the
    text and a common one stops as soon as ``limit`` is reached.
    """
    index = table.index()
    starts, blob = index.starts, index.blob
    if scope:
        lo, hi = table.span(scope)
        if lo >= hi:
            return
        begin, end = starts[lo] - 1, min(starts[hi], len(blob))
    else:
        begin, end = 0, len(blob)
    if check is not None and len(words) > 1:
        needle = min((needle_of(w) for w in words), key=lambda n: blob.count(n, begin, end))
    else:
        needle, check = needle_of(words[0]), None
    # A needle opening with the newline before a line belongs to that line.
    shift = 1 if needle.startswith("\n") else 0
    lines = index.lines
    pos = blob.find(needle, begin, end)
    while pos != -1:
        i = bisect_right(starts, pos + shift) - 1
        if i not in seen and (check is None or check(lines[i])):
            seen.add(i)
            results.append(table.region(i))
            if len(results) >= limit:
                return
        # Resume at the newline that ends line i: one hit per line is enough.
        pos = blob.find(needle, starts[i + 1] - 1, end)
