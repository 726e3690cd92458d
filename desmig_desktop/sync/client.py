"""One laptop's sync with the central server: enrolment, push, pull, status.

The order of a round is fixed: push every local change, then pull to the server's head.
Every acknowledgement and every pulled page is stored in its own local transaction,
with the cursor it advances (rule 4), so a round killed at any moment resumes where it
stopped: nothing is lost and nothing is applied twice.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import bindparam, func, select, text, update
from sqlmodel import col

from .. import i18n
from ..domain import Centre, UserAccount
from ..domain.enums import Role
from ..services.accounts import hash_password, password_matches, user_key_fields
from ..store.crypto import new_user_keys
from ..store.db import Store
from ..store.local import ChangeEntry, ChangeOrigin, DeviceState, SyncConflict, from_device
from .apply import apply_page, prepare_page, store_conflict
from .protocol import CLIENT_VERSION, checksum, to_wire, version_tuple
from .transport import SyncError, Transport

log = logging.getLogger(__name__)

i18n.register(
    {
        "sync.not_enrolled": {
            "id": "Laptop ini belum terdaftar ke server pusat. Daftarkan dulu dengan 'desmig enrol'.",
            "en": "This laptop is not enrolled with a central server. Enrol it first with 'desmig enrol'.",
        },
        "sync.checksum": {
            "id": "Data dari server rusak di jalan (checksum tidak cocok). Coba sinkronisasi lagi.",
            "en": "Data from the server was damaged on the way (checksum mismatch). Try syncing again.",
        },
        "sync.newer_version": {
            "id": "Versi baru Desmigratif Desktop ({version}) sudah tersedia. Minta penginstalnya kepada operator kabupaten.",
            "en": "A newer Desmigratif Desktop ({version}) is available. Ask the regency operator for its installer.",
        },
        "sync.pending": {
            "id": "Belum selesai: {pending} perubahan belum diterima server. Jalankan sinkronisasi lagi.",
            "en": "Not finished: {pending} changes not yet accepted by the server. Run sync again.",
        },
        "sync.enrol_user_password": {
            "id": "Pengguna {user} sudah ada di pusat layanan ini dengan kata sandi lain. Gunakan kata sandi yang sama dengan di laptop lain.",
            "en": "User {user} already exists in this centre with another password. Use the same password as on the other laptop.",
        },
        "sync.progress_push": {
            "id": "mengirim {done}/{total} perubahan",
            "en": "sending {done}/{total} changes",
        },
        "sync.progress_pull": {
            "id": "menerima perubahan (posisi {cursor} dari {head})",
            "en": "receiving changes ({cursor} of {head})",
        },
        "sync.never": {"id": "belum pernah", "en": "never"},
        "sync.enrol_store_exists": {
            "id": "Sudah ada data di {path}; pendaftaran dibatalkan dan data itu tidak diubah.",
            "en": "A store already exists at {path}; enrolment stopped and that store was not touched.",
        },
        "sync.enrol_refused": {
            "id": "Kode pendaftaran ditolak server ({detail}). Periksa kodenya atau minta kode baru ke operator kabupaten. Tidak ada data yang dibuat di laptop ini.",
            "en": "The server refused the enrolment code ({detail}). Check the code or ask the regency operator for a new one. Nothing was created on this laptop.",
        },
        "sync.enrol_failed_after_code": {
            "id": "Pendaftaran gagal: {error} Tidak ada data yang disimpan di laptop ini. Kode pendaftaran sudah terpakai; minta kode baru ke operator kabupaten lalu daftar lagi.",
            "en": "Enrolment failed: {error} Nothing was kept on this laptop. The enrolment code is used up; ask the regency operator for a new one and enrol again.",
        },
    }
)

Progress = Callable[[str], None]

# Pull pages: at most 1 MiB of JSON (about 120 KB on the wire), fewer pages and local
# transactions for a fresh laptop on a good link; the first asks for 128 KiB.
PULL_BYTES = 1024 * 1024
FIRST_PULL_BYTES = 128 * 1024


@dataclass
class RoundResult:
    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    pending: int = 0
    complete: bool = False
    newer_version: str | None = None  # a newer app the server's operators hand out


@dataclass
class SyncStatus:
    enrolled: bool
    server_url: str | None
    pending: int
    quarantined: int
    conflicts: int
    last_sync_at: datetime | None
    last_error: str | None


def _own_pending(device_id: uuid.UUID) -> Any:
    return from_device(device_id) & col(ChangeEntry.sync_status).is_(None)


class SyncClient:
    """Sync of one store with its server."""

    def __init__(
        self,
        store: Store,
        *,
        server_url: str | None = None,
        transport: Transport | None = None,
        progress: Progress | None = None,
        batch_bytes: int = 256 * 1024,
    ) -> None:
        self.store = store
        device = store.device()
        url = server_url or device.server_url
        if not url or not device.device_token:
            raise SyncError(i18n.t("sync.not_enrolled"))
        if server_url and server_url != device.server_url:
            with store.write("sync") as session:
                state = session.get(DeviceState, 1)
                assert state is not None
                state.server_url = server_url
        self.transport = transport or Transport(url, device.device_token)
        self.progress = progress or (lambda message: None)
        self.batch_bytes = batch_bytes

    def close(self) -> None:
        self.transport.close()

    # -- the round -------------------------------------------------------------------

    def sync(self) -> RoundResult:
        """Push everything, then pull to the head. ``complete`` only when both finished."""
        result = RoundResult()
        try:
            self.reconcile()
            result.pushed, result.rejected = self.push()
            result.pulled = self.pull()
        except SyncError as error:
            self._remember(error=error.message)
            result.pending = self.pending_count()
            raise
        finally:
            # Accounts made, re-keyed or disabled on other laptops of the centre take
            # effect on this laptop's key file now, not at the next login.
            from ..services.keys import refresh_keyfile

            refresh_keyfile(self.store)
        self.send_figures()
        latest = self.transport.latest_client_version
        if latest and version_tuple(latest) > version_tuple(CLIENT_VERSION):
            result.newer_version = latest
        result.pending = self.pending_count()
        result.complete = result.pending == 0
        self._remember(
            error=None if result.complete else i18n.t("sync.pending", pending=result.pending)
        )
        return result

    def reconcile(self) -> None:
        """Compare what the server holds of this laptop with what it believes (rule 9).

        After a server restore the server may lack changes it once acknowledged, or hold a
        shorter history than this laptop's cursor: those changes are queued again and the
        pull starts over (applying a change twice is harmless, it is skipped).

        After this laptop was restored from an older backup of its own, the server holds
        more of its changes than the laptop remembers making. The changes it made since
        the restore would reuse sequence numbers the server already has, and be skipped as
        repeats: they are numbered after the server's last instead, and the pull starts
        over, which brings back this laptop's lost changes (and deletions) with the rest."""
        status = self.transport.request("GET", "/api/v1/status")
        device = self.store.device()
        server_last = int(status.get("last_seq") or 0)
        epoch = status.get("epoch")
        head = int(status.get("head") or 0)
        new_epoch = device.server_epoch is not None and epoch != device.server_epoch
        with self.store.write("sync") as session:
            state = session.get(DeviceState, 1)
            assert state is not None
            session.execute(
                update(ChangeEntry)
                .where(
                    from_device(state.device_id),
                    col(ChangeEntry.seq) > server_last,  # type: ignore[arg-type]
                    col(ChangeEntry.sync_status).is_not(None),
                )
                .values(sync_status=None, server_seq=None, sync_reason=None)
            )
            if server_last >= state.next_seq:
                waiting = (
                    session.execute(
                        select(ChangeEntry)
                        .where(
                            from_device(state.device_id),
                            col(ChangeEntry.sync_status).is_(None),
                        )
                        .order_by(col(ChangeEntry.seq))
                    )
                    .scalars()
                    .all()
                )
                # Every own sequence here is below next_seq, so below server_last + 1:
                # the new numbers cannot collide with any.
                for offset, entry in enumerate(waiting, start=1):
                    entry.seq = server_last + offset
                state.next_seq = server_last + len(waiting) + 1
                state.pull_cursor = 0
            if new_epoch or head < state.pull_cursor:
                state.pull_cursor = 0
            state.server_epoch = epoch

    def push(self) -> tuple[int, int]:
        """Send every unacknowledged local change; returns (accepted, rejected).

        Batches are sized by bytes and adapt to the link (rule 11): halved after a 413, a
        timeout or a connection cut mid-way, doubled again after successes. A batch whose
        answer was lost is sent again, whole or in part: the server answers the changes it
        already applied as ``duplicate`` (rule 3), so nothing is applied twice."""
        device = self.store.device()
        total = self.pending_count()
        done = accepted = rejected = 0
        batch_bytes = self.batch_bytes
        failures = 0  # network failures in a row
        refusals = 0  # answers of a busy server in a row (503 and the like)
        calm = True  # no failure since the last growth
        successes = 0
        ceiling = MAX_PUSH_BYTES  # below the body size the server last refused
        while True:
            wire, size = self._next_batch(device.device_id, min(batch_bytes, ceiling))
            if not wire:
                return accepted, rejected
            batch = wire
            started = time.monotonic()
            try:
                answer = self.transport.request(
                    "POST",
                    "/api/v1/push",
                    body={
                        "epoch": device.server_epoch,
                        "changes": wire,
                        "checksum": checksum(wire),
                    },
                    # A batch that can still be halved gets one try: a smaller one is
                    # likelier to get through a link that drops (a single change gets the
                    # transport's every try, with backoff).
                    attempts=1 if len(batch) > 1 else None,
                )
            except SyncError as error:
                if error.status is None and len(batch) > 1:
                    # Timeout or cut: the link cannot carry this much at once (rule 11).
                    batch_bytes = max(1, min(batch_bytes, size) // 2)  # fewer changes, at least one
                    if failures:
                        self.transport.pause(min(failures - 1, 2))
                    failures += 1
                    calm = False
                    successes = 0
                    continue
                if error.status == 413 and len(batch) > 1:
                    # The server's limit is below this size: never grow to it again.
                    ceiling = max(1, size - 1)
                    batch_bytes = max(1, min(batch_bytes, size) // 2)  # fewer changes, at least one
                    calm = False
                    successes = 0
                    continue
                if error.status == 409 and "last_seq" in error.body:
                    self._requeue_after(device.device_id, int(error.body["last_seq"]))
                    continue
                if error.server_busy and refusals + 1 < self.transport.attempts:
                    # Not the batch's fault nor the link's: the same batch again, after the
                    # wait the server asks for, as the transport retries a single change.
                    self.transport.pause(refusals, error.retry_after)
                    refusals += 1
                    continue
                raise
            elapsed = time.monotonic() - started
            failures = refusals = 0
            successes += 1
            # Aim for a few seconds per request: grow on a fast link (after a failure only
            # every second success, so a flaky link is probed gently), shrink on a slow one.
            if elapsed > 5.0:
                batch_bytes = max(MIN_PUSH_BYTES, batch_bytes // 2)
            elif elapsed < 3.0 and size * 2 > batch_bytes and (calm or successes >= 2):
                batch_bytes = min(MAX_PUSH_BYTES, batch_bytes * 2)
                successes = 0
            a, r = self._acknowledge(answer.get("results") or [])
            accepted += a
            rejected += r
            done += len(batch)
            self.progress(i18n.t("sync.progress_push", done=min(done, total), total=total))

    def _next_batch(self, device_id: uuid.UUID, max_bytes: int) -> tuple[list[dict[str, Any]], int]:
        """The oldest pending changes, in their wire form, up to ``max_bytes`` of JSON
        (at least one), and that size.

        Measured on the JSON that is sent, not estimated: the server refuses a body over
        its limit whole (413), and every refused body is sent again."""
        # Rows, not ORM objects, and about as many as can fit: building thousands of
        # entries to send a few hundred cost more than sending them.
        limit = max(1, min(5000, max_bytes // 120))
        with self.store.read() as session:
            # Origin by origin (a device has one, in practice), each read in its (origin,
            # seq) index's order: over several at once SQLite would sort every pending one.
            origins = (
                session.execute(
                    select(col(ChangeOrigin.id)).where(col(ChangeOrigin.device_id) == device_id)
                )
                .scalars()
                .all()
            )
            rows: list[Any] = []
            for origin in origins:
                rows += session.execute(
                    select(*_WIRE_COLUMNS)
                    .where(
                        col(ChangeEntry.origin) == origin, col(ChangeEntry.sync_status).is_(None)
                    )
                    .order_by(col(ChangeEntry.seq))
                    .limit(limit)
                ).all()
        rows = sorted(rows, key=lambda row: row.seq)[:limit]
        batch: list[dict[str, Any]] = []
        size = 2  # the brackets of the list
        for row in rows:
            item = to_wire(cast(ChangeEntry, row))  # a row has the entry's attributes
            grown = (
                size + len(json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode()) + 1
            )
            if batch and grown > max_bytes:
                break
            batch.append(item)
            size = grown
        return batch, size

    def _acknowledge(self, results: list[dict[str, Any]]) -> tuple[int, int]:
        device = self.store.device()
        answered = [
            {
                "b_device": device.device_id,
                "b_seq": int(result["seq"]),
                "v_status": result.get("status"),
                "v_server_seq": result.get("server_seq"),
                "v_reason": result.get("reason"),
            }
            for result in results
            if result.get("status") in ("applied", "duplicate", "rejected")
        ]
        if answered:
            with self.store.write("sync") as session:
                # One statement for the whole answer: a batch of thousands of changes is
                # acknowledged in the time one change took, each row by its own values.
                session.execute(_ACKNOWLEDGE, answered)
        rejected = sum(1 for item in answered if item["v_status"] == "rejected")
        return len(answered) - rejected, rejected

    def _requeue_after(self, device_id: uuid.UUID, server_last: int) -> None:
        with self.store.write("sync") as session:
            session.execute(
                update(ChangeEntry)
                .where(from_device(device_id), col(ChangeEntry.seq) > server_last)
                .values(sync_status=None, server_seq=None, sync_reason=None)
            )

    def pull(self, max_bytes: int = PULL_BYTES) -> int:
        """Fetch and apply the centre's changes after the cursor, page by page.

        The next page is fetched on a thread of its own while this one is applied, so
        the link does not wait for the laptop's disk nor the disk for the link. Each page
        is still applied, and the cursor moved past it, in one local transaction of its
        own (rule 4): a page fetched ahead is only ever applied after the one before."""
        device = self.store.device()
        with self.store.read() as session:
            # Our own changes are all here, numbered 1 to the last without a gap: the
            # server need not send them back (after a large push, the pull would download
            # it all again). With a gap (this store was restored from an older backup, and
            # reconcile numbered the changes made since after the server's last), the
            # server sends them all, and the ones lost with the restore come back.
            first, last, count = session.execute(
                select(
                    func.min(col(ChangeEntry.seq)),
                    func.max(col(ChangeEntry.seq)),
                    func.count(),
                ).where(from_device(device.device_id))
            ).one()
        mine = int(last) if first == 1 and count == last else 0
        pages = _PageFetcher(self.transport, max_bytes, self.store.engine.dialect, mine=mine)
        ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desmig-pull")
        applied = 0
        try:
            cursor = device.pull_cursor
            coming = ahead.submit(pages.fetch, cursor)
            while True:
                page = coming.result()
                more = bool(page.get("more"))
                following = int(page.get("next") or cursor)
                if more:
                    coming = ahead.submit(pages.fetch, following)
                with self.store.write("sync") as session:
                    session.execute(DEFER_FOREIGN_KEYS)
                    state = session.get(DeviceState, 1)
                    assert state is not None
                    applied += apply_page(session, state, page.get("changes") or [])
                    for conflict in page.get("conflicts") or []:
                        store_conflict(session, conflict)
                    state.pull_cursor = max(state.pull_cursor, following)
                    if page.get("epoch"):
                        state.server_epoch = page["epoch"]
                    cursor = state.pull_cursor
                head = int(page.get("head") or 0)
                self.progress(i18n.t("sync.progress_pull", cursor=cursor, head=head))
                if not more:
                    return applied
        finally:
            # A page still on its way after a failure is not waited for: it is dropped.
            ahead.shutdown(wait=False, cancel_futures=True)

    # -- status ----------------------------------------------------------------------

    def pending_count(self) -> int:
        return pending_count(self.store)

    def send_figures(self, today: date | None = None) -> bool:
        """This month's and last month's key figures of the centre, for the server's
        central page. Counted here, by the monthly report's own code, after the pull (so
        with the other laptops' work). Best effort: a failure never fails the round, the
        next round sends them again."""
        from ..reports.monthly import ReportService
        from ..services.base import Actor

        device = self.store.device()
        if device.centre_id is None:
            return False
        day = today or date.today()
        last_month = (day.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        actor = Actor(device.device_id, "sync", Role.SUPERVISOR, device.centre_id)
        reports = ReportService(self.store, actor)
        try:
            for month in (last_month, day.strftime("%Y-%m")):
                figures = reports.key_figures(month)
                self.transport.request(
                    "POST", "/api/v1/summary", body={"month": month, "figures": figures}
                )
        except SyncError as error:
            log.warning("monthly figures not sent: %s", error.message)
            return False
        return True

    def _remember(self, *, error: str | None) -> None:
        with self.store.write("sync") as session:
            state = session.get(DeviceState, 1)
            assert state is not None
            if error is None:
                state.last_sync_at = datetime.now(UTC)
            state.last_sync_error = error


MIN_PULL_BYTES = 16 * 1024
# What a pull page aims to take on the link (see _PageFetcher).
PAGE_SECONDS = 5.0
_LOG = ChangeEntry.__table__  # type: ignore[attr-defined]
_ACKNOWLEDGE = (
    update(_LOG)
    .where(from_device(bindparam("b_device")), _LOG.c.seq == bindparam("b_seq"))
    .values(
        sync_status=bindparam("v_status"),
        server_seq=bindparam("v_server_seq"),
        sync_reason=bindparam("v_reason"),
    )
)
_CHANGES_PREFIX = '{"changes":'
_decoder = json.JSONDecoder()


def decode_page(body: bytes) -> tuple[dict[str, Any], bool]:
    """A pull page and whether its checksum holds.

    The server writes ``changes`` first, as canonical JSON: the checksum is then checked
    over the bytes as received, not over the page encoded once more (which took as long
    as decoding it). A body laid out otherwise is checked the long way."""
    text = body.decode("utf-8")
    if text.startswith(_CHANGES_PREFIX):
        changes, end = _decoder.raw_decode(text, len(_CHANGES_PREFIX))
        rest = text[end:].lstrip()
        page = json.loads("{" + rest[1:]) if rest.startswith(",") else {}
        page["changes"] = changes
        sent = page.get("checksum")
        if not sent:
            return page, True
        if hashlib.sha256(text[len(_CHANGES_PREFIX) : end].encode("utf-8")).hexdigest() == sent:
            return page, True
        # Not byte for byte canonical (another server's layout): compare the values.
        return page, checksum(changes) == sent
    page = json.loads(text)
    if not isinstance(page, dict):
        return {}, False
    return page, not page.get("checksum") or checksum(page.get("changes") or []) == page["checksum"]


class _PageFetcher:
    """Fetches pull pages one at a time, sized to the link (rule 11): each page asks for
    about what the link carried in :data:`PAGE_SECONDS` on the last one (at most twice
    as much as the page before, at most the size asked first), starting from
    :data:`FIRST_PULL_BYTES`. Halved after the transport gave up on a page (cuts
    mid-way). A page whose checksum fails is fetched again, three times at most.

    On a fast link pages reach the largest size within two requests; on a slow one a
    page takes a few seconds, long enough that the round trip before each is a small
    part of it, short enough that a cut loses little."""

    def __init__(
        self, transport: Transport, max_bytes: int, dialect: Any = None, mine: int = 0
    ) -> None:
        self.transport = transport
        self.dialect = dialect
        self.mine = mine
        self.largest = max_bytes
        self.max_bytes = max(MIN_PULL_BYTES, min(max_bytes, FIRST_PULL_BYTES))

    def fetch(self, after: int) -> dict[str, Any]:
        failures = 0
        while True:
            started = time.monotonic()
            try:
                body = self.transport.request_bytes(
                    "GET",
                    "/api/v1/pull",
                    params={"after": after, "max_bytes": self.max_bytes, "mine": self.mine},
                )
            except SyncError as error:
                # The link keeps dropping before a whole page arrives: ask for smaller
                # pages rather than the same one forever (rule 11).
                if error.status is None and self.max_bytes > MIN_PULL_BYTES:
                    self.max_bytes = max(MIN_PULL_BYTES, self.max_bytes // 2)
                    continue
                raise
            elapsed = max(time.monotonic() - started, 1e-3)
            carried = len(body) / elapsed * PAGE_SECONDS
            self.max_bytes = int(
                max(MIN_PULL_BYTES, min(self.largest, 2 * self.max_bytes, carried))
            )
            try:
                page, intact = decode_page(body)
            except ValueError:
                page, intact = {}, False
            if intact:
                if self.dialect is not None:
                    prepare_page(page.get("changes") or [], self.dialect)
                return page
            failures += 1
            if failures >= 3:
                raise SyncError(i18n.t("sync.checksum"))


MIN_PUSH_BYTES = 1024
# The server's default body limit (2 MiB), less room for the rest of the body: a batch
# that grows past the limit is refused whole and sent again smaller.
MAX_PUSH_BYTES = 2 * 1024 * 1024 - 16 * 1024
_WIRE_COLUMNS = tuple(
    col(getattr(ChangeEntry, name))
    for name in (
        "device_id", "seq", "hlc", "table_name", "row_id", "op", "changes",
        "base_seq", "user", "at", "centre_id",
    )
)  # fmt: skip


# Within a page a child may come before its parent when two laptops' work interleaves;
# the foreign keys are checked when the page commits.
DEFER_FOREIGN_KEYS = text("PRAGMA defer_foreign_keys = ON")


def pending_count(store: Store) -> int:
    device = store.device()
    with store.read() as session:
        return int(
            session.execute(
                select(func.count()).select_from(ChangeEntry).where(_own_pending(device.device_id))
            ).scalar_one()
        )


def status(store: Store) -> SyncStatus:
    device = store.device()
    with store.read() as session:
        quarantined = session.execute(
            select(func.count())
            .select_from(ChangeEntry)
            .where(
                from_device(device.device_id),
                col(ChangeEntry.sync_status) == "rejected",
            )
        ).scalar_one()
        conflicts = session.execute(
            select(func.count())
            .select_from(SyncConflict)
            .where(col(SyncConflict.resolved_at).is_(None))
        ).scalar_one()
    return SyncStatus(
        enrolled=bool(device.device_token),
        server_url=device.server_url,
        pending=pending_count(store),
        quarantined=int(quarantined),
        conflicts=int(conflicts),
        last_sync_at=device.last_sync_at,
        last_error=device.last_sync_error,
    )


def open_conflicts(store: Store) -> list[SyncConflict]:
    with store.read() as session:
        return list(
            session.execute(
                select(SyncConflict)
                .where(col(SyncConflict.resolved_at).is_(None))
                .order_by(col(SyncConflict.created_at))
            ).scalars()
        )


def quarantined(store: Store) -> list[ChangeEntry]:
    device = store.device()
    with store.read() as session:
        return list(
            session.execute(
                select(ChangeEntry)
                .where(
                    from_device(device.device_id),
                    col(ChangeEntry.sync_status) == "rejected",
                )
                .order_by(col(ChangeEntry.seq))
            ).scalars()
        )


def enrol(
    path: Path,
    *,
    server_url: str,
    code: str,
    admin_user: str,
    admin_password: str,
    device_name: str = "",
    progress: Progress | None = None,
    transport: Transport | None = None,
) -> Store:
    """Bind a new store to a centre on the server and download the centre's data.

    A second laptop of a centre gets the centre's records and accounts; if ``admin_user``
    is already one of them, ``admin_password`` must be theirs. The store is built beside
    ``path`` (``<path>.enrolling``) and moved to ``path`` only once the centre's data is in
    it: a failed enrolment leaves nothing at ``path``, and a store already there is never
    touched. A code the server accepted is used up even when the download then fails: the
    message says so (the operator makes a new one).
    """
    from ..services.accounts import _check_password, _check_username
    from ..services.base import require
    from ..services.errors import ServiceError

    if path.exists():
        raise SyncError(i18n.t("sync.enrol_store_exists", path=path))
    require(_check_username(admin_user) + _check_password(admin_password))
    transport = transport or Transport(server_url)
    try:
        answer = transport.request(
            "POST",
            "/api/v1/enrol",
            body={
                "enrolment_code": code.strip(),
                "device_name": device_name,
                "client_version": CLIENT_VERSION,
            },
        )
    except SyncError as error:
        if error.status == 403:
            raise SyncError(
                i18n.t("sync.enrol_refused", detail=error.body.get("detail", "")),
                status=error.status,
                body=error.body,
            ) from error
        raise
    partial = path.with_name(path.name + ".enrolling")
    _remove_store_files(partial)  # left by an enrolment killed half-way: never a real store
    from ..store import crypto
    from ..store.keyfile import keyfile_path

    store_key = crypto.new_store_key()
    store = Store.create(partial, store_key)
    try:
        device_id = uuid.UUID(answer["device_id"])
        centre_id = uuid.UUID(answer["centre_id"])
        with store.write(admin_user) as session:
            state = session.get(DeviceState, 1)
            assert state is not None
            state.device_id = device_id
            state.centre_id = centre_id
            state.server_url = server_url
            state.device_token = answer["device_token"]
            state.server_epoch = answer.get("epoch")
        transport.token = answer["device_token"]
        client = SyncClient(store, transport=transport, progress=progress)
        client.pull()
        _ensure_centre_and_admin(store, centre_id, answer, admin_user, admin_password)
        from ..services.keys import account_keys, new_keyfile

        with store.read() as session:
            recovery = new_keyfile(partial, store_key, account_keys(session, centre_id))
    except BaseException as error:
        store.close()
        _remove_store_files(partial)
        if isinstance(error, SyncError | ServiceError):
            raise SyncError(
                i18n.t("sync.enrol_failed_after_code", error=str(error)),
                status=getattr(error, "status", None),
                body=getattr(error, "body", None),
            ) from error
        raise
    store.close()
    if path.exists():  # another enrolment or a restore got there first: keep theirs
        _remove_store_files(partial)
        raise SyncError(i18n.t("sync.enrol_store_exists", path=path))
    # The key file first: a store under its final name must always find its key.
    keyfile_path(partial).replace(keyfile_path(path))
    partial.replace(path)
    _remove_store_files(partial)
    store = Store.open(path, store_key)
    store.recovery_key = recovery
    # Send the centre's first records now if this is its first laptop; a failure here
    # is fine, the next `desmig sync` sends them.
    client = SyncClient(store, transport=transport, progress=progress)
    with contextlib.suppress(SyncError):
        client.push()
    return store


def _remove_store_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".keys"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _ensure_centre_and_admin(
    store: Store, centre_id: uuid.UUID, answer: dict[str, Any], admin_user: str, admin_password: str
) -> None:
    from ..services.errors import AuthenticationFailed

    with store.write(admin_user) as session:
        if session.get(Centre, centre_id) is None:
            session.add(
                Centre(
                    id=centre_id,
                    centre_id=centre_id,
                    village_code=answer.get("village_code") or "",
                    name=answer.get("centre_name") or "",
                )
            )
            session.flush()
        account = session.execute(
            select(UserAccount).where(
                col(UserAccount.centre_id) == centre_id,
                col(UserAccount.username) == admin_user,
                col(UserAccount.deleted).is_(False),
            )
        ).scalar_one_or_none()
        if account is None:
            keys = new_user_keys(admin_password)
            session.add(
                UserAccount(
                    centre_id=centre_id,
                    username=admin_user,
                    role=Role.ADMIN.value,
                    password_hash=hash_password(admin_password),
                    public_key=keys.public_key,
                    sealed_private_key=keys.sealed_private_key,
                )
            )
        elif not password_matches(account.password_hash, admin_password):
            raise AuthenticationFailed(i18n.t("sync.enrol_user_password", user=admin_user))
        elif not account.public_key:
            # Made by a version before encryption: the known password seals a key pair.
            for name, value in user_key_fields(admin_password).items():
                setattr(account, name, value)
            session.add(account)


def describe(status_: SyncStatus) -> list[str]:
    """The lines of `desmig sync-status`."""
    last = (
        status_.last_sync_at.isoformat(timespec="seconds")
        if status_.last_sync_at
        else i18n.t("sync.never")
    )
    lines = [
        f"server: {status_.server_url or '-'}",
        f"pending: {status_.pending}",
        f"last sync: {last}",
        f"conflicts: {status_.conflicts}",
        f"quarantined: {status_.quarantined}",
    ]
    if status_.last_error:
        lines.append(f"last error: {status_.last_error}")
    return lines


__all__ = [
    "RoundResult",
    "SyncClient",
    "SyncError",
    "SyncStatus",
    "enrol",
    "open_conflicts",
    "quarantined",
    "status",
    "describe",
    "pending_count",
]
