"""A fault-injecting TCP proxy on loopback, between a laptop and the real server process.

Faults (all settable while the proxy runs, all off by default):

- ``latency``: seconds added before every chunk forwarded, in both directions;
- ``delay``: a one-way propagation delay in seconds, pipelined: the first chunk after a
  direction was idle waits ``delay``, chunks already queued behind it are not delayed
  again (so a request and its answer cost one round trip of ``2 * delay`` whatever their
  size, unlike ``latency``, which is paid again by every chunk);
- ``bandwidth``: a cap in bytes per second on each direction of each connection;
- ``cut_after``: close a connection once it has carried this many bytes (both
  directions counted), so every connection dies after K bytes;
- ``cut_every``: close whichever connection carries the byte that crosses the next
  multiple of K, counted over all connections together (a link that drops every K bytes);
- ``drop_responses``: the next N requests whose first line starts with
  ``drop_prefix`` (default ``POST /api/v1/push``) are forwarded whole to the server, the
  server's answer is read (so the server has committed) and the laptop's socket is closed
  without a byte of it; with ``stall=True`` the socket is held open silent instead, until
  the laptop gives up (a timeout).

Bounded: only loopback addresses, at most ``lifetime`` seconds (then it stops by itself),
daemon threads, and every socket is closed by :meth:`close`.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
CHUNK = 16 * 1024
IDLE = 0.002  # a recv that waited longer found nothing queued
METHODS = (b"GET ", b"POST ", b"PUT ", b"PATCH ", b"DELETE ", b"HEAD ")


@dataclass
class Stats:
    connections: int = 0
    cuts: int = 0
    dropped: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    # Bytes (both directions) of the requests a cut interrupted, counted from the first
    # byte of the request to the cut: what had to be sent again.
    bytes_cut: int = 0
    requests: list[bytes] = field(default_factory=list)


class FaultProxy:
    """Listens on ``127.0.0.1:<free port>`` and forwards to ``target_port`` on loopback."""

    def __init__(
        self,
        target_port: int,
        *,
        target_host: str = "127.0.0.1",
        latency: float = 0.0,
        delay: float = 0.0,
        bandwidth: int | None = None,
        cut_after: int | None = None,
        cut_every: int | None = None,
        lifetime: float = 300.0,
    ) -> None:
        if target_host not in LOOPBACK:
            raise ValueError("the fault proxy only forwards to loopback")
        self.target = (target_host, target_port)
        self.latency = latency
        self.delay = delay
        self.bandwidth = bandwidth
        self.cut_after = cut_after
        self.cut_every = cut_every
        self.drop_prefix = b"POST /api/v1/push"
        self.drop_responses = 0
        self.stall = False
        self.stats = Stats()
        self._lock = threading.Lock()
        self._total = 0  # bytes over all connections, for cut_every
        self._deadline = time.monotonic() + lifetime
        self._closed = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)
        self._thread.start()

    # -- control ---------------------------------------------------------------------

    def clear(self) -> None:
        """Every fault off (connections already open keep running)."""
        with self._lock:
            self.latency = 0.0
            self.delay = 0.0
            self.bandwidth = None
            self.cut_after = None
            self.cut_every = None
            self.drop_responses = 0
            self.stall = False

    def drop_next(
        self, count: int = 1, *, prefix: bytes | None = None, stall: bool = False
    ) -> None:
        """Swallow the answers to the next ``count`` matching requests (see the module)."""
        with self._lock:
            self.drop_responses = count
            self.stall = stall
            if prefix is not None:
                self.drop_prefix = prefix

    def close(self) -> None:
        self._closed.set()
        self._thread.join(2)
        self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _close(sock)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- forwarding ------------------------------------------------------------------

    def _alive(self) -> bool:
        return not self._closed.is_set() and time.monotonic() < self._deadline

    def _accept(self) -> None:
        while self._alive():
            try:
                client, address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if address[0] not in LOOPBACK:
                _close(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self.stats.connections += 1
                self._sockets.update((client, upstream))
            Connection(self, client, upstream).start()
        self._closed.set()


class Connection:
    """One laptop connection and its server connection, pumped by two threads."""

    def __init__(self, proxy: FaultProxy, client: socket.socket, upstream: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.upstream = upstream
        self.carried = 0
        self.exchange = 0  # bytes since the current request's first byte
        self.dropping = False  # the answer now coming from the server is swallowed
        self.done = threading.Event()
        for sock in (client, upstream):
            sock.settimeout(0.5)

    def start(self) -> None:
        for source, sink, up in (
            (self.client, self.upstream, True),
            (self.upstream, self.client, False),
        ):
            threading.Thread(target=self._pump, args=(source, sink, up), daemon=True).start()

    def _shut(self) -> None:
        self.done.set()
        _close(self.client)
        _close(self.upstream)
        with self.proxy._lock:
            self.proxy._sockets.discard(self.client)
            self.proxy._sockets.discard(self.upstream)

    def _pump(self, source: socket.socket, sink: socket.socket, up: bool) -> None:
        proxy = self.proxy
        try:
            while proxy._alive() and not self.done.is_set():
                waiting = time.monotonic()
                try:
                    data = source.recv(CHUNK)
                except TimeoutError:
                    continue
                if not data:
                    break
                # Nothing was queued: this chunk starts a new flight across the link.
                idle = time.monotonic() - waiting > IDLE
                if up:
                    with proxy._lock:
                        if data.startswith(METHODS):
                            self.exchange = 0
                        proxy.stats.requests.append(data[:80])
                        if proxy.drop_responses > 0 and data.startswith(proxy.drop_prefix):
                            proxy.drop_responses -= 1
                            proxy.stats.dropped += 1
                            self.dropping = True
                elif self.dropping:
                    # The server answered, so it committed: the laptop never hears of it.
                    while proxy.stall and proxy._alive() and not self.done.is_set():
                        time.sleep(0.05)  # silent until the laptop hangs up
                    break
                if proxy.latency:
                    time.sleep(proxy.latency)
                if proxy.delay and idle:
                    time.sleep(proxy.delay)
                if not self._send(sink, data, up):
                    break
        except OSError:
            pass
        finally:
            self._shut()

    def _send(self, sink: socket.socket, data: bytes, up: bool) -> bool:
        """Forward ``data``; False when a cut closed the connection."""
        proxy = self.proxy
        view = memoryview(data)
        while view:
            with proxy._lock:
                allowed = len(view)
                cut = False
                if proxy.cut_after is not None:
                    left = proxy.cut_after - self.carried
                    if left <= allowed:
                        allowed, cut = max(0, left), True
                if proxy.cut_every is not None:
                    left = proxy.cut_every - proxy._total % proxy.cut_every
                    if left <= allowed:
                        allowed, cut = left, True
                step = allowed
                if proxy.bandwidth:
                    step = min(step, max(1, proxy.bandwidth // 20))
                    cut = cut and step == allowed
                self.carried += step
                self.exchange += step
                proxy._total += step
                if up:
                    proxy.stats.bytes_up += step
                else:
                    proxy.stats.bytes_down += step
                if cut:
                    proxy.stats.cuts += 1
                    proxy.stats.bytes_cut += self.exchange
            if step:
                sink.sendall(view[:step])
                if proxy.bandwidth:
                    time.sleep(step / proxy.bandwidth)
            view = view[step:]
            if cut:
                return False
        return True


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
