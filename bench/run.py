"""Speed and size of a store seeded with N people (``make bench``).

Creates a centre in a temporary folder, seeds it (``desmig_desktop.seed``) and measures,
in one run:

- seeding time;
- the store file's size after a WAL checkpoint;
- opening the store (``Store.open`` and its first query), median of 7;
- people search (``services.people.search_people``) over ~200 queries: name fragments
  of 3-5 letters, two-word fragments, short 1-2 letter words, NIK prefixes; and a
  quarter of them again with the list's filters (status, dusun, sex, age) in turn;
- JSON export of the whole store;
- the monthly report (``desmig report``), counted and written as PDF and as XLSX.
- then the GUI on the same store (``bench/gui.py``, child processes on Qt's offscreen
  platform): cold start against a bare PySide6 window, the people page's first rows, a
  search keystroke, resident memory after every page. ``--no-gui`` leaves them out.

Prints a table (figure, value, target, ratio value/target, ok/FAIL) and writes it to
``bench/out/latest.txt``. ``BENCH_PEOPLE`` (default 100000) or ``--people N`` sets the
size. Run as ``python -m bench.run`` or ``python bench/run.py``.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from desmig_desktop import paths
from desmig_desktop.seed import seed
from desmig_desktop.services import Services, create_centre, login
from desmig_desktop.services.people import PeopleFilter, PeopleStatus, search_people
from desmig_desktop.store.db import Store

VILLAGE_CODE = "33.01.02.2003"  # Desa Kesugihan, Cilacap
ADMIN = "admin"
PASSWORD = "bench-password-1"
ENCRYPTION_RATIO = 1.25  # issue 5: the encrypted store's costs, at most 1.25x the plain one's
OUT_FILE = Path(__file__).resolve().parent / "out" / "latest.txt"

OPEN_RUNS = 7
SEARCH_QUERIES = 200
SEARCH_WARMUP = 20

# Targets (upper bounds) for 100,000 people on the reference 2-core laptop.
SEED_TARGET_S = 60.0
SIZE_TARGET_MB = 200.0
OPEN_TARGET_S = 0.3
SEARCH_P95_TARGET_MS = 30.0


@dataclass
class Figure:
    name: str
    value: float | None  # None: could not be measured
    unit: str
    target: float | None = None  # an upper bound; None: for information only
    note: str = ""
    at_least: bool = False  # the real value is higher: a measurement was cut short

    def cells(self) -> list[str]:
        if self.value is None:
            return [self.name, self.note or "not available", self._target(), "-", "n/a"]
        digits = 3 if self.value < 1 else 2 if self.value < 100 else 1
        more = ">= " if self.at_least else ""
        value = f"{more}{self.value:,.{digits}f} {self.unit}".strip()
        if self.note:
            value += f" ({self.note})"
        if self.target is None:
            return [self.name, value, "-", "-", "info"]
        ratio = self.value / self.target
        # A value cut short below its target says nothing either way.
        result = "FAIL" if ratio > 1 else "n/a" if self.at_least else "ok"
        return [self.name, value, self._target(), f"{more}{ratio:.2f}", result]

    def _target(self) -> str:
        return "-" if self.target is None else f"<= {self.target:g} {self.unit}".strip()


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    rank = max(1, round(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def search_queries(names: list[str], niks: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """About 200 (kind, query) pairs drawn from the seeded people, as officers type them."""

    def fragment(word: str) -> str:
        length = rng.randint(3, min(5, len(word)))
        start = rng.randint(0, len(word) - length)
        return word[start : start + length]

    words_of = [[w for w in name.split() if w.isalpha()] for name in names]
    long_words = [[w for w in ws if len(w) >= 3] for ws in words_of]
    single = [ws for ws in long_words if ws]
    double = [ws for ws in long_words if len(ws) >= 2]
    queries: list[tuple[str, str]] = []
    for _ in range(100):
        queries.append(("name fragment", fragment(rng.choice(rng.choice(single)))))
    for _ in range(40):
        first, second = rng.sample(rng.choice(double), 2)
        queries.append(("two fragments", f"{fragment(first)} {fragment(second)}"))
    for index in range(30):
        short = rng.choice(rng.choice(single))[: rng.randint(1, 2)]
        if index % 2:
            # A short word with a longer one, e.g. "a sur" for "A. Suryadi".
            longer = fragment(rng.choice(rng.choice(single)))
            queries.append(("short word", f"{short} {longer}"))
        else:
            queries.append(("short word", short))
    for _ in range(SEARCH_QUERIES - len(queries)):
        nik = rng.choice(niks)
        queries.append(("NIK prefix", nik[: rng.choice((4, 6, 8, 10, 12, 14, 16))]))
    rng.shuffle(queries)
    return queries


@contextmanager
def time_limit(session: Session, seconds: float) -> Iterator[None]:
    """Interrupt the session's SQLite statements once ``seconds`` have passed.

    A bad query plan can take minutes per search over 100,000 people; the bench must
    still finish, and say so, rather than hang.
    """
    connection = session.connection().connection.dbapi_connection
    assert connection is not None
    deadline = time.perf_counter() + seconds
    connection.set_progress_handler(lambda: int(time.perf_counter() > deadline), 10_000)
    try:
        yield
    finally:
        connection.set_progress_handler(None, 0)


def filter_choices(dusuns: list[str]) -> list[PeopleFilter]:
    """Filters of the people list as officers set them: one at a time, and together."""
    first, last = (dusuns[0], dusuns[-1]) if dusuns else (None, None)
    return [
        PeopleFilter(status=PeopleStatus.ABROAD),
        PeopleFilter(status=PeopleStatus.PROSPECTIVE),
        PeopleFilter(status=PeopleStatus.RETURNED),
        PeopleFilter(dusun=first),
        PeopleFilter(sex="P"),
        PeopleFilter(age_min=18, age_max=35),
        PeopleFilter(status=PeopleStatus.ABROAD, sex="P", dusun=last),
        PeopleFilter(status=PeopleStatus.RETURNED, age_min=30, age_max=40, dusun=first),
    ]


def measure_search(
    store: Store,
    queries: list[tuple[str, str]],
    cap: float,
    filters: list[PeopleFilter] | None = None,
    warmup: bool = True,
) -> list[tuple[str, str, float, bool]]:
    """(kind, query, seconds, cut) of each query, each in its own read session as the app
    does. A search still running after ``cap`` seconds is cut and counted as ``cap``.
    With ``filters``, the queries take them in turn, as a page of 200 (the list's)."""
    centre_id = store.centre_id()
    assert centre_id is not None
    turns = itertools.cycle(filters or [PeopleFilter()])

    def one(query: str) -> tuple[float, bool]:
        chosen = next(turns)
        start = time.perf_counter()
        with store.search_read() as session, time_limit(session, cap):
            try:
                if chosen:
                    search_people(session, centre_id, query, limit=200, filters=chosen)
                else:
                    search_people(session, centre_id, query)
            except OperationalError as error:
                if "interrupted" not in str(error):
                    raise
                return cap, True
        return time.perf_counter() - start, False

    for _, query in queries[:SEARCH_WARMUP] if warmup else []:
        one(query)
    return [(kind, query, *one(query)) for kind, query in queries]


def search_figures(
    timed: list[tuple[str, str, float, bool]], cap: float
) -> tuple[list[Figure], str]:
    """Median and p95 over every search, p95 per kind of query, and the slowest ones."""

    def figure(
        name: str, times: list[tuple[float, bool]], pct: float, target: float | None
    ) -> Figure:
        ms = [seconds * 1000 for seconds, _ in times]
        value = statistics.median(ms) if pct == 50 else percentile(ms, pct)
        cut = sum(was_cut for _, was_cut in times)
        note = f"{cut} cut at {cap:g} s" if cut else ""
        return Figure(name, value, "ms", target, note=note, at_least=value >= cap * 1000)

    every = [(seconds, cut) for _, _, seconds, cut in timed]
    figures = [
        figure(f"search median ({len(every)} queries)", every, 50, None),
        figure("search p95", every, 95, SEARCH_P95_TARGET_MS),
    ]
    for kind in dict.fromkeys(kind for kind, *_ in timed):
        mine = [(seconds, cut) for k, _, seconds, cut in timed if k == kind]
        figures.append(figure(f"  p95 {kind} ({len(mine)} queries)", mine, 95, None))
    slowest = sorted(timed, key=lambda item: item[2], reverse=True)[:6]
    note = "slowest searches: " + ", ".join(
        f"{query!r} {'>= ' if cut else ''}{seconds * 1000:.0f} ms"
        for _, query, seconds, cut in slowest
    )
    return figures, note


def measure_export(store: Store, folder: Path) -> Figure:
    try:
        from desmig_desktop.io.export import export_json
    except ImportError as error:
        return Figure("JSON export, whole store", None, "s", note=f"not available ({error})")
    target = folder / "export.json"
    start = time.perf_counter()
    export_json(store, target)
    elapsed = time.perf_counter() - start
    size = target.stat().st_size / 1e6
    return Figure("JSON export, whole store", elapsed, "s", note=f"{size:,.0f} MB file")


REPORT_TARGET_S = 3.0
REPORT_RUNS = 5


def measure_reports(store: Store, folder: Path) -> list[Figure]:
    """The monthly report of the last full month (the seed fills the months before today),
    counted and written: median of a few runs per format."""
    from desmig_desktop.reports import ReportService, write_report

    actor = login(store, ADMIN, PASSWORD)
    today = datetime.now().date().replace(day=1)
    month = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    figures = []
    for fmt in ("pdf", "xlsx"):
        times = []
        for _ in range(REPORT_RUNS):
            start = time.perf_counter()
            report = ReportService(store, actor).monthly(month)
            write_report(report, fmt, folder / f"report.{fmt}")
            times.append(time.perf_counter() - start)
        figures.append(
            Figure(
                f"monthly report {month} ({fmt.upper()}, median of {REPORT_RUNS})",
                statistics.median(times),
                "s",
                REPORT_TARGET_S,
            )
        )
    return figures


def table(figures: list[Figure]) -> str:
    header = ["figure", "value", "target", "ratio", "result"]
    rows = [header] + [f.cells() for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for index, row in enumerate(rows):
        cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r  seeding: {done:,}/{total:,} rows")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _largest(path: Path, key: bytes | None) -> str | None:
    """The biggest tables and indexes of the store file (None without SQLite's dbstat)."""
    from desmig_desktop.store.db import Error, connect

    with closing(connect(path, key)) as connection:
        try:
            biggest = connection.execute(
                "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 6"
            ).fetchall()
        except Error:
            return None
    return "largest: " + ", ".join(f"{name} {size / 1e6:.0f} MB" for name, size in biggest)


def run(
    people: int, seed_value: int, folder: Path, search_cap: float = 1.0, gui: bool = True
) -> tuple[list[Figure], list[str]]:
    paths.set_data_dir(folder)
    path = folder / "bench.sqlite3"
    store = create_centre(
        path,
        village_code=VILLAGE_CODE,
        centre_name="Desmigratif Bench",
        admin_user=ADMIN,
        admin_password=PASSWORD,
    )
    services = Services(store, login(store, ADMIN, PASSWORD))
    key = store.key
    assert key is not None
    # The GUI's child processes open the store with its key, as after a login (the
    # password's key derivation, like its check, is not part of their figures).
    os.environ["DESMIG_BENCH_STORE_KEY"] = key.hex()
    os.environ["DESMIG_BENCH_PASSWORD"] = PASSWORD
    figures: list[Figure] = []
    notes: list[str] = []

    start = time.perf_counter()
    counts = seed(services, people, seed=seed_value, progress=_progress)
    seeding = time.perf_counter() - start
    rows = sum(counts.values())
    figures.append(Figure(f"seeding {people:,} people", seeding, "s", SEED_TARGET_S))
    notes.append(
        f"seeded {rows:,} rows in {len(counts)} tables, each with its change entry "
        f"({rows / seeding:,.0f} rows/s)"
    )
    notes.append("rows: " + ", ".join(f"{name} {count:,}" for name, count in counts.items()))

    store.checkpoint()
    store.close()
    size_mb = path.stat().st_size / 1e6
    figures.append(Figure("store file after WAL checkpoint", size_mb, "MB", SIZE_TARGET_MB))
    notes.append(f"store size per 1,000 people: {size_mb / max(people, 1) * 1000:.2f} MB")
    largest = _largest(path, key)
    if largest:
        notes.append(largest)

    opens = []
    for _ in range(OPEN_RUNS):
        start = time.perf_counter()
        opened = Store.open(path, key)
        opened.centre_id()  # the engine connects lazily: count the first query too
        opens.append(time.perf_counter() - start)
        opened.close()
    median_open = statistics.median(opens)
    figures.append(Figure(f"open store (median of {OPEN_RUNS})", median_open, "s", OPEN_TARGET_S))

    store = Store.open(path, key)
    encrypted_search: list[float] = []
    try:
        with store.read() as session:
            names = sorted(n for (n,) in session.execute(text("SELECT name FROM person")))
            niks = sorted(
                n for (n,) in session.execute(text("SELECT nik FROM person WHERE nik IS NOT NULL"))
            )
        if names and niks:
            queries = search_queries(names, niks, random.Random(seed_value))
            timed = measure_search(store, queries, search_cap)
            encrypted_search = [seconds for *_, seconds, _cut in timed]
            found, slowest = search_figures(timed, search_cap)
            figures += found
            notes.append(slowest)
            dusuns = Services(store, login(store, ADMIN, PASSWORD)).people.dusuns()
            filtered = measure_search(store, queries[::4], search_cap, filter_choices(dusuns))
            ms = [seconds * 1000 for _, _, seconds, _ in filtered]
            figures.append(
                Figure(f"search with filters p95 ({len(ms)} queries)", percentile(ms, 95), "ms")
            )
        else:
            figures.append(
                Figure("search p95", None, "ms", SEARCH_P95_TARGET_MS, note="no people to search")
            )
        figures.append(measure_export(store, folder))
        figures += measure_reports(store, folder)
    finally:
        store.close()
    if encrypted_search:
        figures += encryption_figures(
            people, seed_value, folder, (path, key), seeding, queries, search_cap
        )
    if gui:
        from bench import gui as gui_bench

        gui_figures, gui_notes = gui_bench.figures(path, folder)
        figures += gui_figures
        notes += gui_notes
        from bench import frozen

        figures += frozen.figures(path, folder)
    return figures, notes


def encryption_figures(
    people: int,
    seed_value: int,
    folder: Path,
    encrypted: tuple[Path, bytes],
    encrypted_seeding: float,
    queries: list[tuple[str, str]],
    search_cap: float,
) -> list[Figure]:
    """The encrypted store's costs against a plain one seeded the same way in this run:
    seeding, opening and search p95, as ratios (encrypted / plain). Opening and searching
    alternate between the two stores, so both see the same machine."""
    path = folder / "plain.sqlite3"
    store = create_centre(
        path,
        village_code=VILLAGE_CODE,
        centre_name="Desmigratif Bench (plain)",
        admin_user=ADMIN,
        admin_password=PASSWORD,
        encrypt=False,
    )
    services = Services(store, login(store, ADMIN, PASSWORD))
    start = time.perf_counter()
    seed(services, people, seed=seed_value)
    seeding = time.perf_counter() - start
    store.checkpoint()
    store.close()
    stores = {"encrypted": encrypted, "plain": (path, None)}
    opens: dict[str, list[float]] = {name: [] for name in stores}
    for _ in range(OPEN_RUNS * 3):
        for name, (file, key) in stores.items():
            start = time.perf_counter()
            opened = Store.open(file, key)
            opened.centre_id()
            opens[name].append(time.perf_counter() - start)
            opened.close()
    p95: dict[str, float] = {}
    with Store.open(*stores["encrypted"]) as enc, Store.open(path) as plain:
        timed: dict[str, list[float]] = {"encrypted": [], "plain": []}
        # Query by query, one store then the other (each warmed first as measure_search does).
        for opened in (enc, plain):
            measure_search(opened, queries[:SEARCH_WARMUP], search_cap)
        for query in queries:
            for name, opened in (("encrypted", enc), ("plain", plain)):
                answer = measure_search(opened, [query], search_cap, warmup=False)
                timed[name] += [seconds for *_, seconds, _cut in answer]
        p95 = {name: percentile(values, 95) for name, values in timed.items()}
    open_median = {name: statistics.median(values) for name, values in opens.items()}
    return [
        Figure(f"plain store: seeding {people:,} people", seeding, "s"),
        Figure("encrypted/plain seeding", encrypted_seeding / seeding, "x", ENCRYPTION_RATIO),
        Figure(
            f"encrypted/plain open (medians of {OPEN_RUNS * 3}, alternating)",
            open_median["encrypted"] / open_median["plain"],
            "x",
            ENCRYPTION_RATIO,
            note=f"{open_median['encrypted'] * 1000:.1f} ms / {open_median['plain'] * 1000:.1f} ms",
        ),
        Figure(
            "encrypted/plain search p95 (alternating)",
            p95["encrypted"] / p95["plain"],
            "x",
            ENCRYPTION_RATIO,
            note=f"{p95['encrypted'] * 1000:.1f} ms / {p95['plain'] * 1000:.1f} ms",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench.run", description="Speed and size of a seeded store."
    )
    parser.add_argument(
        "--people", type=int, default=int(os.environ.get("BENCH_PEOPLE", "100000")),
        help="people to seed (default: $BENCH_PEOPLE or 100000)",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=1, help="seed of the demo data (default 1)")
    parser.add_argument("--out", type=Path, default=OUT_FILE, help="where to write the table")
    parser.add_argument(
        "--search-cap", type=float, default=1.0,
        help="seconds after which one search is cut and counted as that long (default 1)",
    )  # fmt: skip
    parser.add_argument("--no-gui", action="store_true", help="leave out the GUI figures")
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when a figure misses its target"
    )
    args = parser.parse_args(argv)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    try:
        with tempfile.TemporaryDirectory(prefix="desmig-bench-") as tmp:
            figures, notes = run(
                args.people, args.seed, Path(tmp), args.search_cap, gui=not args.no_gui
            )
    finally:
        paths.set_data_dir(None)
    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    machine = (
        f"Python {platform.python_version()}, SQLite {sqlcipher3.sqlite_version} (SQLCipher), "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    )
    if load is not None and load_after is not None:
        # Other work on the machine slows every figure; say how busy it was.
        machine += f", load average {load:.1f} before / {load_after:.1f} after"
    header = [
        f"Desmigratif bench, {datetime.now():%Y-%m-%d %H:%M}: {args.people:,} people, seed {args.seed}",
        machine,
        "",
    ]
    notes_text = "\n".join(f"- {note}" for note in notes)
    report = "\n".join(header) + table(figures) + "\n\n" + notes_text + "\n"
    print(report, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    failed = any(figure.cells()[-1] == "FAIL" for figure in figures)
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
