"""Sync of a whole centre over a poor link (``python -m bench.sync --poor-link``).

For each run: a fresh `desmig-server` process on loopback (SQLite, or PostgreSQL with
``--backend postgresql`` and ``DESMIG_TEST_DATABASE_URL``), a first laptop enrolled
directly and seeded with N people (``desmig_desktop.seed``, about 5.5 records a person),
then, through the fault proxy of the tests (``tests/sync/proxy.py``: latency added to
every 16 KiB chunk in both directions, the link cut every K bytes):

- **push**: the first laptop sends its whole change log (``SyncClient.push``);
- **pull**: a second laptop enrols through the same link and downloads the centre.

Each phase is measured as wall time, bytes on the wire (both directions, as the proxy
carried them, gzip included), HTTP requests (a request cut mid-way and sent again counts
again) and cuts. The client is the real one with its real backoff. Prints the medians
over the runs (default 3) and writes them to ``bench/out/sync-latest.txt``.

    python -m bench.sync --poor-link [--people 10000] [--runs 3] [--latency 0.3] [--cut-every 204800]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from desmig_desktop.seed import seed
from desmig_desktop.services import login
from desmig_desktop.sync.client import SyncClient, enrol, pending_count
from desmig_desktop.sync.transport import Transport
from tests.sync.conftest import PASSWORD, enrol_laptop, make_server
from tests.sync.proxy import FaultProxy, Stats


@dataclass
class Phase:
    seconds: float
    bytes_up: int
    bytes_down: int
    requests: int
    cuts: int
    changes: int


def _requests(stats: Stats, prefix: bytes) -> int:
    return sum(1 for chunk in stats.requests if chunk.startswith(prefix))


def one_run(people: int, latency: float, cut_every: int, backend: str, folder: Path) -> dict:
    (folder / "server").mkdir(parents=True)
    server, cleanup = make_server(folder / "server", backend)
    try:
        a = enrol_laptop(server, folder / "laptops", "a", code=server.code)  # type: ignore[attr-defined]
        started = time.monotonic()
        seed(a.services, people, seed=1)
        seeded = time.monotonic() - started
        changes = pending_count(a.store)
        with FaultProxy(server.port, latency=latency, cut_every=cut_every, lifetime=3600) as proxy:
            token = a.store.device().device_token
            client = SyncClient(a.store, transport=Transport(proxy.url, token))
            try:
                client.reconcile()
                proxy.stats = Stats()
                started = time.monotonic()
                client.push()
                push = Phase(
                    time.monotonic() - started,
                    proxy.stats.bytes_up,
                    proxy.stats.bytes_down,
                    _requests(proxy.stats, b"POST /api/v1/push"),
                    proxy.stats.cuts,
                    changes,
                )
            finally:
                client.close()
            assert pending_count(a.store) == 0, "push did not finish"
            head = int(server.query("SELECT max(server_seq) FROM sync_change")[0][0])

            proxy.stats = Stats()
            code = server.new_code()
            started = time.monotonic()
            b = enrol(
                folder / "laptops" / "b.sqlite3",
                server_url=proxy.url,
                code=code,
                admin_user="admin",
                admin_password=PASSWORD,
                transport=Transport(proxy.url),
            )
            pull = Phase(
                time.monotonic() - started,
                proxy.stats.bytes_up,
                proxy.stats.bytes_down,
                _requests(proxy.stats, b"GET /api/v1/pull"),
                proxy.stats.cuts,
                head,
            )
        assert b.device().pull_cursor == head, "pull did not reach the head"
        login(b, "admin", PASSWORD)  # the centre's admin arrived with the data
        with b.read() as session:
            people_b = int(session.execute(text("SELECT count(*) FROM person")).scalar_one())
        b.close()
        a.close()
        return {"seed": seeded, "push": push, "pull": pull, "people_b": people_b}
    finally:
        cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.3, help="seconds per chunk")
    parser.add_argument("--cut-every", type=int, default=200 * 1024, help="bytes")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args(argv)

    results = []
    for number in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="desmig-bench-sync-") as tmp:
            result = one_run(args.people, args.latency, args.cut_every, args.backend, Path(tmp))
        results.append(result)
        push, pull = result["push"], result["pull"]
        print(
            f"run {number + 1}: push {push.seconds:.1f} s {push.requests} requests "
            f"{push.cuts} cuts; pull {pull.seconds:.1f} s {pull.requests} requests "
            f"{pull.cuts} cuts",
            file=sys.stderr,
            flush=True,
        )

    def median(phase: str, name: str) -> float:
        return statistics.median(getattr(r[phase], name) for r in results)

    lines = [
        f"desmig sync bench {datetime.now().isoformat(timespec='seconds')} "
        f"({platform.python_implementation()} {platform.python_version()}, {args.backend})",
        f"{args.people} people, latency {args.latency * 1000:.0f} ms per 16 KiB chunk each way, "
        f"link cut every {args.cut_every // 1024} KiB; medians of {args.runs} runs",
        "",
        f"{'phase':<6} {'changes':>8} {'time s':>8} {'MB up':>8} {'MB down':>8} "
        f"{'requests':>9} {'cuts':>5}",
    ]
    for phase in ("push", "pull"):
        lines.append(
            f"{phase:<6} {median(phase, 'changes'):>8.0f} {median(phase, 'seconds'):>8.1f} "
            f"{median(phase, 'bytes_up') / 1e6:>8.2f} {median(phase, 'bytes_down') / 1e6:>8.2f} "
            f"{median(phase, 'requests'):>9.0f} {median(phase, 'cuts'):>5.0f}"
        )
    lines.append("")
    lines.append(
        f"seeding {statistics.median(r['seed'] for r in results):.1f} s; "
        f"people on the second laptop: {results[0]['people_b']}"
    )
    text = "\n".join(lines)
    print(text)
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    (out / "sync-latest.txt").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
