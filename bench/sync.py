"""Sync speed, size and load (``make bench-sync``).

Three scenarios, each with a fresh `desmig-server` process on loopback, the real client
(``desmig_desktop.sync``) and the real server; medians over ``--runs`` runs
(``--load-runs``, 3 by default, for the load):

1. **loopback** (SQLite server): a first laptop seeded with ``--people`` (20,000) people
   (``desmig_desktop.seed``) pushes its whole change log; then a fresh second laptop
   enrols and pulls the centre. Figures: push rate (changes / push wall time), initial
   pull rate (server changes / wall time of the whole enrolment, its pull included), and
   push bytes on the wire per change (both directions of every push request, HTTP
   headers and gzip bodies as they travel, divided by every change pushed). The bytes are
   counted by the proxy of the tests (``tests/sync/proxy.py``) passing through without
   any fault.
2. **slow link** (SQLite server): a centre of ``--slow-people`` (5,000) people, pushed
   over loopback; then a fresh laptop enrols through the proxy at 64 kbit/s each way,
   200 ms one-way delay (400 ms round trip, pipelined) and the link cut every 256 KiB,
   with the client's real backoff. Figures: the enrolment's wall time divided by the time
   its useful bytes need at the link's bandwidth ((bytes on the wire - bytes of
   exchanges a cut interrupted) / 8,000 B/s, both directions summed: requests and
   answers alternate), and the share of the bytes on the wire that belonged to an
   exchange a cut interrupted (sent again).
3. **server load** (PostgreSQL, ``DESMIG_TEST_DATABASE_URL``): ``--devices`` (300)
   devices enrolled over HTTP, two in each centre ("one or two laptops each": the
   villages of regency 33.01; codes made with the server's CRUD), run
   ``--concurrency`` (50) at a time in threads, each pushing one batch of ``--batch`` (50)
   person inserts and then pulling its centre from 0 to the head. Each simulated laptop
   (``SimulatedLaptop``) has its batch encoded (JSON, gzip, checksum) before the clock
   starts, speaks HTTP with the standard library, and what it received is checked after
   the clock: the laptops' own work shares the server's two processors here, and in the
   field it runs on the laptops. Figures: p99 latency of those push and pull requests,
   errors (a request answered other than 200 or not answered within 30 s, a push with a
   change not applied, a pull page with a bad checksum, another centre's change or
   without the laptop's own changes) and pushed changes (answered ``applied``) per
   second of the whole phase. Before the clock, four laptops per sync process (in
   centres of their own, not counted) push and pull, a few at a time: a server that has
   been up a while has its connections open, its statements compiled and PostgreSQL's
   caches filled.

Prints one table (figure, value, target, ratio, ok/FAIL) and writes it to
``bench/out/sync-latest.txt``. ``--only loopback,slow,load`` runs some of them.
``--poor-link`` runs the older scenario instead (``bench/sync_poor_link.py``: 10,000
people through 300 ms latency per chunk and a cut every 200 KiB; its options follow).

    python -m bench.sync [--runs 1] [--load-runs 3] [--people 20000] [--slow-people 5000]
                         [--devices 300]
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


from desmig_desktop import regions
from desmig_desktop.seed import seed
from desmig_desktop.sync.client import SyncClient, enrol, pending_count
from desmig_desktop.sync.transport import Transport

OUT_FILE = Path(__file__).resolve().parent / "out" / "sync-latest.txt"

PUSH_RATE_TARGET = 2000.0  # changes/s, at least
PULL_RATE_TARGET = 5000.0  # changes/s, at least
BYTES_PER_CHANGE_TARGET = 120.0  # at most
SLOW_RATIO_TARGET = 1.3  # at most
RESENT_TARGET = 10.0  # % at most
P99_TARGET_MS = 500.0  # at most

BANDWIDTH = 64_000 // 8  # bytes/s each way
ONE_WAY_DELAY = 0.2  # seconds: a 400 ms round trip
CUT_EVERY = 256 * 1024


@dataclass
class Figure:
    name: str
    value: float | None  # None: not measured (``note`` says why)
    unit: str
    target: float | None = None
    at_least: bool = False  # the target is a lower bound
    note: str = ""
    digits: int | None = None  # decimals shown (default: by size)

    def cells(self) -> list[str]:
        target = "-"
        if self.target is not None:
            target = f"{'>=' if self.at_least else '<='} {self.target:,g} {self.unit}".strip()
        if self.value is None:
            return [self.name, self.note or "not measured", target, "-", "n/a"]
        digits = self.digits
        if digits is None:
            digits = 3 if abs(self.value) < 1 else 2 if abs(self.value) < 100 else 0
        value = f"{self.value:,.{digits}f} {self.unit}".strip()
        if self.note:
            value += f" ({self.note})"
        if self.target is None:
            return [self.name, value, "-", "-", "info"]
        if self.target == 0:
            ok = self.value <= 0
            return [self.name, value, target, "-", "ok" if ok else "FAIL"]
        ratio = self.value / self.target
        ok = ratio >= 1 if self.at_least else ratio <= 1
        return [self.name, value, target, f"{ratio:.2f}", "ok" if ok else "FAIL"]


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


def log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def median(runs: list[dict[str, float]], key: str) -> float:
    return float(statistics.median(run[key] for run in runs))


# ----------------------------------------------------------------------- 1. loopback


def seeded_centre(folder: Path, people: int) -> tuple[Any, Callable[[], None], Any, int]:
    """A fresh SQLite server and a first laptop seeded with ``people`` people (nothing
    pushed yet); with the server's clean-up and the laptop's pending changes."""
    from tests.sync.conftest import enrol_laptop, make_server

    (folder / "server").mkdir(parents=True)
    server, cleanup = make_server(folder / "server", "sqlite")
    try:
        laptop = enrol_laptop(server, folder / "laptops", "a", code=server.code)  # type: ignore[attr-defined]
        started = time.monotonic()
        seed(laptop.services, people, seed=1)
        log(f"seeded {people:,} people in {time.monotonic() - started:.1f} s")
    except BaseException:
        cleanup()
        raise
    return server, cleanup, laptop, pending_count(laptop.store)


def loopback_run(people: int, folder: Path) -> dict[str, float]:
    from tests.sync.conftest import PASSWORD
    from tests.sync.proxy import FaultProxy, Stats

    server, cleanup, laptop, changes = seeded_centre(folder, people)
    try:
        with FaultProxy(server.port, lifetime=3600) as proxy:  # counts, no faults
            token = laptop.store.device().device_token
            client = SyncClient(laptop.store, transport=Transport(proxy.url, token))
            try:
                client.reconcile()
                proxy.stats = Stats()
                started = time.monotonic()
                client.push()
                push_s = time.monotonic() - started
                push_stats = proxy.stats
            finally:
                client.close()
            assert pending_count(laptop.store) == 0, "push did not finish"
            head = int(server.query("SELECT max(server_seq) FROM sync_change")[0][0])
            code = server.new_code()
            proxy.stats = Stats()
            started = time.monotonic()
            second = enrol(
                folder / "laptops" / "b.sqlite3",
                server_url=proxy.url,
                code=code,
                admin_user="admin",
                admin_password=PASSWORD,
                transport=Transport(proxy.url),
            )
            pull_s = time.monotonic() - started
            pull_stats = proxy.stats
        assert second.device().pull_cursor == head, "pull did not reach the head"
        second.close()
        laptop.close()
    finally:
        cleanup()
    push_bytes = push_stats.bytes_up + push_stats.bytes_down
    log(
        f"loopback: push {changes:,} changes in {push_s:.1f} s, {push_bytes:,} bytes "
        f"({push_stats.bytes_up:,} up); pull {head:,} changes in {pull_s:.1f} s, "
        f"{pull_stats.bytes_up + pull_stats.bytes_down:,} bytes"
    )
    return {
        "changes": changes,
        "push_s": push_s,
        "push_rate": changes / push_s,
        "push_bytes": push_bytes,
        "bytes_per_change": push_bytes / changes,
        "head": head,
        "pull_s": pull_s,
        "pull_rate": head / pull_s,
        "pull_bytes_per_change": (pull_stats.bytes_up + pull_stats.bytes_down) / head,
    }


def loopback_figures(runs: list[dict[str, float]], people: int) -> list[Figure]:
    changes = f"{median(runs, 'changes'):,.0f} changes"
    return [
        Figure(
            f"loopback push, {people:,} people ({changes})",
            median(runs, "push_rate"),
            "changes/s",
            PUSH_RATE_TARGET,
            at_least=True,
        ),
        Figure(
            f"loopback initial pull, fresh laptop ({median(runs, 'head'):,.0f} changes)",
            median(runs, "pull_rate"),
            "changes/s",
            PULL_RATE_TARGET,
            at_least=True,
        ),
        Figure(
            "push bytes on the wire per change (both ways, gzip, headers)",
            median(runs, "bytes_per_change"),
            "B",
            BYTES_PER_CHANGE_TARGET,
        ),
        Figure(
            "pull bytes on the wire per change (both ways, gzip, headers)",
            median(runs, "pull_bytes_per_change"),
            "B",
        ),
    ]


# ---------------------------------------------------------------------- 2. slow link


def slow_run(people: int, folder: Path) -> dict[str, float]:
    from tests.sync.conftest import PASSWORD
    from tests.sync.proxy import FaultProxy

    server, cleanup, laptop, changes = seeded_centre(folder, people)
    try:
        laptop.sync()  # straight over loopback: not measured
        head = int(server.query("SELECT max(server_seq) FROM sync_change")[0][0])
        code = server.new_code()
        with FaultProxy(
            server.port,
            delay=ONE_WAY_DELAY,
            bandwidth=BANDWIDTH,
            cut_every=CUT_EVERY,
            lifetime=3600,
        ) as proxy:
            started = time.monotonic()
            second = enrol(
                folder / "laptops" / "b.sqlite3",
                server_url=proxy.url,
                code=code,
                admin_user="admin",
                admin_password=PASSWORD,
                transport=Transport(proxy.url),
            )
            seconds = time.monotonic() - started
            stats = proxy.stats
        assert second.device().pull_cursor == head, "pull did not reach the head"
        second.close()
        laptop.close()
    finally:
        cleanup()
    wire = stats.bytes_up + stats.bytes_down
    useful = wire - stats.bytes_cut
    log(
        f"slow link: pull {head:,} changes in {seconds:.1f} s, {wire:,} bytes on the wire "
        f"({stats.bytes_down:,} down), {stats.cuts} cuts, {stats.bytes_cut:,} bytes cut, "
        f"{len(stats.requests)} request chunks"
    )
    return {
        "head": head,
        "seconds": seconds,
        "wire": wire,
        "useful": useful,
        "ratio": seconds / (useful / BANDWIDTH),
        "resent": 100.0 * stats.bytes_cut / wire,
        "cuts": stats.cuts,
    }


def slow_figures(runs: list[dict[str, float]], people: int) -> list[Figure]:
    return [
        Figure(
            f"slow-link pull time / (useful bytes / 8 kB/s), {people:,} people",
            median(runs, "ratio"),
            "",
            SLOW_RATIO_TARGET,
            note=f"{median(runs, 'seconds'):.0f} s for {median(runs, 'useful') / 1e6:.2f} MB, "
            f"{median(runs, 'head'):,.0f} changes",
        ),
        Figure(
            "slow-link bytes sent twice because of cuts",
            median(runs, "resent"),
            "%",
            RESENT_TARGET,
            note=f"{median(runs, 'cuts'):.0f} cuts",
        ),
    ]


# -------------------------------------------------------------------- 3. server load


def _nik(index: int) -> tuple[str, str]:
    """A valid NIK of district 33.01.02 and its birth date, different for every index
    below 16,800."""
    born = date(1950 + (index // 336) % 50, 1 + (index // 28) % 12, 1 + index % 28)
    return f"330102{born:%d%m%y}0001", born.isoformat()


@dataclass
class SimulatedLaptop:
    """A laptop of the load scenario: its push body is made before the clock starts (as
    a laptop has its changes before it reaches the server), it speaks HTTP with the
    standard library's keep-alive connection, and what it received is checked after
    the clock (:meth:`check`). The laptops share the server's two processors, and a
    laptop's own work in the bench's interpreter delayed the others' reading of their
    answers: that is the laptop's time, not the server's."""

    host: str
    port: int
    headers: dict[str, str]
    device_id: str
    centre_id: str
    pushed: list[str]  # the row ids of its batch
    push_body: bytes  # gzip JSON, as desmig_desktop.sync.transport sends it
    mine: int  # its last seq: its own changes are on it (SyncClient.pull says so too)
    answers: list[bytes] = field(default_factory=list)  # push answers, then pull pages
    latencies: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def _request(self, connection: Any, method: str, path: str, body: bytes | None) -> bytes:
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=self.headers)
            response = connection.getresponse()
            data = response.read()
        except Exception as error:
            self.latencies.append(time.monotonic() - started)
            self.problems.append(f"{type(error).__name__}: {error}"[:200])
            raise
        self.latencies.append(time.monotonic() - started)
        if response.status != 200:
            self.problems.append(f"HTTP {response.status} on {path}: {data[:200]!r}")
            raise RuntimeError(self.problems[-1])
        if response.getheader("Content-Encoding") == "gzip":
            data = gzip.decompress(data)
        self.answers.append(data)
        return data

    def run(self) -> None:
        """One push of its batch, then pulls from 0 to the head; failures are counted
        (:attr:`problems`), not raised, so the others go on."""
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            self._request(connection, "POST", "/api/v1/push", self.push_body)
            after = 0
            while True:
                page = json.loads(
                    self._request(
                        connection, "GET", f"/api/v1/pull?after={after}&mine={self.mine}", None
                    )
                )
                after = page["next"]
                if not page["more"]:
                    break
        except Exception:
            pass
        finally:
            connection.close()

    def check(self) -> int:
        """What it received, checked: every change of its batch applied, every page's
        checksum right, only its centre's changes and none of its own (it said it has
        them), the pull past its own changes. The number of its changes applied."""
        from desmig_server.sync import checksum

        if not self.answers:
            return 0
        answer = json.loads(self.answers[0])
        applied = sum(1 for result in answer["results"] if result["status"] == "applied")
        if applied != len(self.pushed):
            wrong = [r for r in answer["results"] if r["status"] != "applied"]
            self.problems.append(f"{len(wrong)} not applied: {wrong[:1]}")
        reached = 0
        for raw in self.answers[1:]:
            page = json.loads(raw)
            if page["checksum"] != checksum(page["changes"]):
                self.problems.append("a pull page with a wrong checksum")
            for change in page["changes"]:
                if change["centre_id"] != self.centre_id:
                    self.problems.append(f"change {change['server_seq']} of another centre")
                if change["device_id"] == self.device_id:
                    self.problems.append(f"its own change {change['seq']} sent back")
            reached = page["next"]
        own = [r["server_seq"] for r in answer["results"] if r["status"] == "applied"]
        if self.answers[1:] and own and reached < max(own):
            self.problems.append(f"the pull stopped at {reached}, before its own changes")
        return applied


def load_run(
    devices: int, concurrency: int, batch: int, workers: int, folder: Path
) -> dict[str, float]:
    from desmig_server import crud
    from desmig_server.core.db import begin_write, make_engine, new_session
    from desmig_server.sync import checksum
    from tests.server.conftest import CLIENT_VERSION, Api, Laptop
    from tests.sync.conftest import make_server

    # "Hundreds to thousands of village centres, one or two laptops each" (issue 4): two
    # laptops per centre, in the villages of one regency.
    per_centre = 2
    villages = [
        village.code
        for district in regions.children("33.01")
        for village in regions.children(district.code)
    ]
    # A server that has been up a while has its database connections open, its statements
    # compiled and PostgreSQL's caches filled: these laptops (in centres of their own, not
    # counted) push and pull before the clock, a few at a time.
    warm_up = 4 * workers
    centres = -(-(devices + warm_up) // per_centre)
    (folder / "server").mkdir(parents=True)
    server, cleanup = make_server(
        folder / "server",
        "postgresql",
        DESMIG_ENROLMENT_ATTEMPTS_PER_MINUTE="1000000",
        DESMIG_WORKERS=str(workers),
    )
    try:
        engine = make_engine(server.database_url)
        codes: list[str] = []
        with new_session(engine) as session:
            begin_write(session)
            for number in range(centres):
                village = villages[(number + 3) % len(villages)]  # the first is made already
                centre = crud.get_centre_by_village(session=session, village_code=village)
                if centre is None:
                    centre = crud.create_centre(
                        session=session, village_code=village, name=f"Bench {number}"
                    )
                left = min(per_centre, devices + warm_up - len(codes))
                codes += [
                    crud.create_enrolment_code(session=session, centre=centre) for _ in range(left)
                ]
            session.commit()
        engine.dispose()
        laptops: list[Any] = []
        for number, code in enumerate(codes):
            response = Api(server.url).enrol(code, f"bench-{number}")
            assert response.status_code == 200, response.text
            body = response.json()
            laptops.append(body)
        log(
            f"load: {devices} devices enrolled, and {warm_up} to warm the server up, "
            f"in {centres} centres"
        )

        # Each laptop's batch is made and encoded before the clock starts.
        host, port = urlsplit(server.url).hostname, urlsplit(server.url).port
        assert host is not None and port is not None
        prepared: list[SimulatedLaptop] = []
        for index, body in enumerate(laptops):
            device = Laptop(
                api=None,
                device_id=uuid.UUID(body["device_id"]),
                centre_id=uuid.UUID(body["centre_id"]),
                token=body["device_token"],
                epoch=body["epoch"],
            )
            made = []
            for number in range(batch):
                nik, born = _nik(index * batch + number)
                made.append(
                    device.insert_person(nik=nik, birth_date=born, name=f"Warga {index} {number}")
                )
            document = {"epoch": device.epoch, "changes": made, "checksum": checksum(made)}
            prepared.append(
                SimulatedLaptop(
                    host=host,
                    port=port,
                    headers={
                        "Authorization": f"Bearer {device.token}",
                        "X-Desmig-Client-Version": CLIENT_VERSION,
                        "Accept-Encoding": "gzip",
                        "Content-Type": "application/json",
                        "Content-Encoding": "gzip",
                    },
                    device_id=str(device.device_id),
                    centre_id=str(device.centre_id),
                    pushed=[change["row_id"] for change in made],
                    mine=made[-1]["seq"],
                    push_body=gzip.compress(
                        json.dumps(document, ensure_ascii=False).encode("utf-8"), compresslevel=6
                    ),
                )
            )

        warming, prepared = prepared[-warm_up:], prepared[:-warm_up]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for _ in pool.map(SimulatedLaptop.run, warming):
                pass
        warmed = sum(laptop.check() for laptop in warming)
        assert not [problem for laptop in warming for problem in laptop.problems]

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            for _ in pool.map(SimulatedLaptop.run, prepared):
                pass
        seconds = time.monotonic() - started
        pushed = sum(laptop.check() for laptop in prepared)
        total = int(server.query("SELECT count(*) FROM sync_change")[0][0]) - warmed
    finally:
        cleanup()
    latencies = [seconds for laptop in prepared for seconds in laptop.latencies]
    errors = [problem for laptop in prepared for problem in laptop.problems]
    latencies.sort()
    p99 = latencies[max(0, int(len(latencies) * 0.99 + 0.5) - 1)] * 1000
    log(
        f"load: {pushed:,} changes pushed in {seconds:.1f} s, {len(latencies)} requests, "
        f"p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, p99 {p99:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms, {len(errors)} errors, "
        f"{total:,} changes on the server"
    )
    for error in errors[:5]:
        log(f"  error: {error}")
    return {
        "p99": p99,
        "p50": latencies[len(latencies) // 2] * 1000,
        "requests": len(latencies),
        "errors": len(errors),
        "rate": pushed / seconds,
        "seconds": seconds,
    }


def load_figures(
    runs: list[dict[str, float]], devices: int, concurrency: int, batch: int
) -> list[Figure]:
    where = f"{devices} devices, {concurrency} at a time, PostgreSQL"
    return [
        Figure(
            f"push+pull request latency p99 ({where})",
            median(runs, "p99"),
            "ms",
            P99_TARGET_MS,
            note=(
                f"p50 {median(runs, 'p50'):.0f} ms, {median(runs, 'requests'):,.0f} requests"
                + (
                    f", runs {min(run['p99'] for run in runs):,.0f}-"
                    f"{max(run['p99'] for run in runs):,.0f} ms"
                    if len(runs) > 1
                    else ""
                )
            ),
        ),
        Figure(
            "errors under load (failed requests, changes not applied)",
            max(run["errors"] for run in runs),
            "",
            0,
            digits=0,
        ),
        Figure(
            f"changes pushed per second under load ({batch} per device)",
            median(runs, "rate"),
            "changes/s",
            note=f"{median(runs, 'seconds'):.1f} s",
        ),
    ]


# ---------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--poor-link" in argv:
        from bench import sync_poor_link

        argv.remove("--poor-link")
        return sync_poor_link.main(argv)
    parser = argparse.ArgumentParser(prog="bench.sync", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs of each scenario (median)")
    parser.add_argument("--people", type=int, default=20_000, help="loopback centre size")
    parser.add_argument("--slow-people", type=int, default=5_000, help="slow-link centre size")
    parser.add_argument(
        "--load-runs",
        type=int,
        default=3,
        help="runs of the load scenario (median; a run's p99 moves by a third between runs "
        "on a shared machine, and a run takes twenty seconds)",
    )
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--batch", type=int, default=50, help="changes each device pushes")
    parser.add_argument(
        "--server-workers",
        type=int,
        default=(os.cpu_count() or 1) + 1,
        help="sync processes of the server under load (DESMIG_WORKERS; one per "
        "processor and one more, as the README advises)",
    )
    parser.add_argument("--only", default="loopback,slow,load", help="scenarios to run")
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure fails")
    parser.add_argument("--poor-link", action="store_true", help="the older scenario instead")
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",")}
    load_before = os.getloadavg()[0]
    started = time.monotonic()

    def runs_of(
        name: str, run: Callable[[Path], dict[str, float]], count: int | None = None
    ) -> list[dict[str, float]]:
        count = count or args.runs
        results = []
        for number in range(count):
            log(f"{name}: run {number + 1} of {count}")
            with tempfile.TemporaryDirectory(prefix=f"desmig-bench-sync-{name}-") as tmp:
                results.append(run(Path(tmp)))
        return results

    figures: list[Figure] = []
    if "loopback" in only:
        runs = runs_of("loopback", lambda folder: loopback_run(args.people, folder))
        figures += loopback_figures(runs, args.people)
    if "slow" in only:
        runs = runs_of("slow", lambda folder: slow_run(args.slow_people, folder))
        figures += slow_figures(runs, args.slow_people)
    if "load" in only:
        if not os.environ.get("DESMIG_TEST_DATABASE_URL"):
            figures.append(
                Figure(
                    "server load (PostgreSQL)",
                    None,
                    "",
                    note="DESMIG_TEST_DATABASE_URL is not set (bash tests/postgres.sh)",
                )
            )
        else:
            runs = runs_of(
                "load",
                lambda folder: load_run(
                    args.devices, args.concurrency, args.batch, args.server_workers, folder
                ),
                max(args.runs, args.load_runs),
            )
            figures += load_figures(runs, args.devices, args.concurrency, args.batch)

    header = [
        f"desmig sync bench {datetime.now():%Y-%m-%d %H:%M}: medians of {args.runs} run(s), "
        f"{(time.monotonic() - started) / 60:.1f} min",
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {load_before:.1f} before / "
        f"{os.getloadavg()[0]:.1f} after",
        "slow link: 64 kbit/s each way, 400 ms round trip, cut every 256 KiB",
        "",
    ]
    report = "\n".join(header) + table(figures) + "\n"
    print(report, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    failed = any(figure.cells()[-1] == "FAIL" for figure in figures)
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
