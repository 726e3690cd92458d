"""HTTP to the central server over poor links: gzip, timeouts, retries with backoff.

2G links drop every few hundred kilobytes and answer in 300-800 ms, so a failed request
is the normal case: it is retried with exponential backoff and jitter, honouring
``Retry-After``, without waiting for a new local edit (rule 8).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import random
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests

from .. import i18n
from .protocol import CLIENT_VERSION, MIN_SERVER_VERSION, version_tuple

i18n.register(
    {
        "sync.unreachable": {
            "id": "Server {server} tidak bisa dihubungi ({detail}). Periksa sambungan internet lalu coba lagi; data tetap aman di laptop.",
            "en": "Cannot reach the server {server} ({detail}). Check the connection and try again; the data stays safe on this laptop.",
        },
        "sync.refused": {
            "id": "Server menolak permintaan ({status}): {detail}",
            "en": "The server refused the request ({status}): {detail}",
        },
        "sync.unauthorised": {
            "id": "Laptop ini tidak lagi diizinkan oleh server (token dicabut atau salah). Minta kode pendaftaran baru ke operator kabupaten.",
            "en": "The server no longer accepts this laptop (its token was revoked or is wrong). Ask the regency operator for a new enrolment code.",
        },
        "sync.client_too_old": {
            "id": "Versi aplikasi ini terlalu lama untuk server. Pasang versi terbaru; perubahan yang belum terkirim tetap tersimpan.",
            "en": "This version of the app is too old for the server. Install the latest version; unsent changes are kept.",
        },
        "sync.server_too_old": {
            "id": "Server memakai versi {version} yang terlalu lama untuk aplikasi ini. Hubungi operator server.",
            "en": "The server runs version {version}, too old for this app. Contact the server's operator.",
        },
        "sync.plain_http": {
            "id": "Alamat server harus memakai https:// (http:// hanya untuk server di laptop ini sendiri).",
            "en": "The server address must use https:// (http:// only for a server on this laptop).",
        },
    }
)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class SyncError(Exception):
    """A sync step that could not be done; ``message`` is for the officer."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        body: dict[str, Any] | None = None,
        retry_after: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.body = body or {}
        # The server's Retry-After, when it said how long to wait before asking again.
        self.retry_after = retry_after

    @property
    def server_busy(self) -> bool:
        """The server could not answer now (busy, restarting, a process of it stopped):
        the same request may be sent again after a wait."""
        return self.status in RETRY_STATUSES


class Transport:
    """Requests to one server, with one device token."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: float = 30.0,
        attempts: int = 6,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        allow_plain_http: bool = False,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        parts = urlsplit(self.base_url)
        local = parts.hostname in {"localhost", "127.0.0.1", "::1"}
        if parts.scheme == "http" and not local and not allow_plain_http:
            raise SyncError(i18n.t("sync.plain_http"))
        self.token = token
        self.timeout = timeout
        self.attempts = attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.sleep = sleep
        self.http = requests.Session()
        self.bytes_sent = 0
        self.bytes_received = 0
        # The newest app version the server knows of, from its last answer.
        self.latest_client_version: str | None = None

    def close(self) -> None:
        self.http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, Any] | None = None,
        attempts: int | None = None,
    ) -> dict[str, Any]:
        """The JSON answer of the server; retried on what a poor link causes.

        ``attempts`` overrides the transport's count for this request (a caller that can
        make its request smaller asks for fewer tries of the same body)."""
        return self._answer(self._send(method, path, body=body, params=params, attempts=attempts))

    def request_bytes(
        self, method: str, path: str, *, params: dict[str, Any] | None = None
    ) -> bytes:
        """The body of a successful answer as it came (after gzip); errors as
        :meth:`request`. For pull pages, whose checksum is over the bytes of their
        ``changes`` as sent (see ``sync/client.py``, ``decode_page``)."""
        response = self._send(method, path, params=params)
        if response.status_code >= 400:
            self._answer(response)  # raises the refusal
        self._check_headers(response)
        return response.content

    def _send(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, Any] | None = None,
        attempts: int | None = None,
    ) -> requests.Response:
        attempts = attempts or self.attempts
        headers = {"Accept-Encoding": "gzip", "X-Desmig-Client-Version": CLIENT_VERSION}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data: bytes | None = None
        if body is not None:
            data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
            if len(data) > 1024:
                data = gzip.compress(data, compresslevel=6)
                headers["Content-Encoding"] = "gzip"
        last_error = ""
        for attempt in range(attempts):
            try:
                response = self.http.request(
                    method,
                    self.base_url + path,
                    data=data,
                    params=params,
                    headers=headers,
                    timeout=self.timeout,
                )
            except (
                requests.ConnectionError,
                requests.Timeout,
                # The link dropped in the middle of the answer's body (urllib3's
                # IncompleteRead, a truncated gzip): as much a network error as a refusal.
                requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError,
            ) as error:
                last_error = type(error).__name__
                self._wait(attempt, None, attempts)
                continue
            self.bytes_sent += len(data or b"")
            self.bytes_received += len(response.content)
            if response.status_code in RETRY_STATUSES and attempt + 1 < attempts:
                last_error = f"HTTP {response.status_code}"
                self._wait(attempt, response.headers.get("Retry-After"), attempts)
                continue
            return response
        raise SyncError(i18n.t("sync.unreachable", server=self.base_url, detail=last_error))

    def pause(self, attempt: int, retry_after: str | None = None) -> None:
        """The backoff before try number ``attempt + 1`` (with jitter, and at least the
        server's ``Retry-After``), for callers that retry themselves."""
        self._wait(attempt, retry_after, attempt + 2)

    def _wait(self, attempt: int, retry_after: str | None, attempts: int | None = None) -> None:
        if attempt + 1 >= (attempts or self.attempts):
            return
        delay = min(self.max_backoff, self.backoff * 2**attempt)
        delay = random.uniform(delay / 2, delay)  # jitter: laptops that failed together retry apart
        if retry_after:
            with contextlib.suppress(ValueError):
                delay = max(delay, float(retry_after))
        self.sleep(delay)

    def _check_headers(self, response: requests.Response) -> None:
        self.latest_client_version = (
            response.headers.get("X-Desmig-Latest-Client-Version") or self.latest_client_version
        )
        server_version = response.headers.get("X-Desmig-Server-Version")
        if server_version and version_tuple(server_version) < version_tuple(MIN_SERVER_VERSION):
            raise SyncError(
                i18n.t("sync.server_too_old", version=server_version), status=response.status_code
            )

    def _answer(self, response: requests.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError:
            body = {"detail": response.text[:200]}
        if not isinstance(body, dict):
            body = {"detail": str(body)}
        self._check_headers(response)
        status = response.status_code
        if status < 400:
            return body
        detail = str(body.get("detail", ""))
        if status == 401:
            raise SyncError(i18n.t("sync.unauthorised"), status=status, body=body)
        if status == 426:
            raise SyncError(i18n.t("sync.client_too_old"), status=status, body=body)
        raise SyncError(
            i18n.t("sync.refused", status=status, detail=detail),
            status=status,
            body=body,
            retry_after=response.headers.get("Retry-After"),
        )
