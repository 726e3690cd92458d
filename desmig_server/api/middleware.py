"""ASGI middleware: version headers (rule 10) and request bodies (gzip, size limit)."""

from __future__ import annotations

import zlib

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..core.security import version_at_least

SERVER_VERSION_HEADER = "X-Desmig-Server-Version"
MIN_CLIENT_VERSION_HEADER = "X-Desmig-Min-Client-Version"
CLIENT_VERSION_HEADER = "X-Desmig-Client-Version"
LATEST_CLIENT_VERSION_HEADER = "X-Desmig-Latest-Client-Version"
# A body this many times over the limit is refused without reading the rest of it.
_DRAIN_FACTOR = 8


class VersionMiddleware:
    """Says the server's version and the oldest client it accepts on every response,
    and answers ``426`` to an API request from an older (or unnamed) client.

    The client keeps its queue on a 426; the message tells the officer to update.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        server_version: str,
        min_client_version: str,
        latest_client_version: str = "",
    ) -> None:
        self.app = app
        self.min_client_version = min_client_version
        self.extra_headers = [
            (SERVER_VERSION_HEADER.lower().encode(), server_version.encode()),
            (MIN_CLIENT_VERSION_HEADER.lower().encode(), min_client_version.encode()),
        ]
        if latest_client_version:
            # The newest installer the operators hand out: laptops tell their officer.
            self.extra_headers.append(
                (LATEST_CLIENT_VERSION_HEADER.lower().encode(), latest_client_version.encode())
            )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_versions(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *self.extra_headers]}
            await send(message)

        if scope["path"].startswith("/api/"):
            client = Headers(scope=scope).get(CLIENT_VERSION_HEADER)
            if not client or not version_at_least(client, self.min_client_version):
                shown = client or "unknown"
                response = JSONResponse(
                    {
                        "detail": f"client version {shown} is older than {self.min_client_version}, "
                        "the oldest this server accepts; update Desmigratif Desktop "
                        "(unsent changes stay on the laptop)",
                        "min_client_version": self.min_client_version,
                    },
                    status_code=426,
                )
                await response(scope, receive, send_with_versions)
                return
        await self.app(scope, receive, send_with_versions)


class RequestBodyMiddleware:
    """Reads request bodies whole, gunzips ``Content-Encoding: gzip`` ones, and refuses
    (``413``) a body over ``max_bytes`` after decompression, so a small gzip cannot
    expand into a huge document."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "gzip", ""):
            await _error(
                scope, receive, send, 415, f"unsupported Content-Encoding {encoding!r}; use gzip"
            )
            return

        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total <= self.max_bytes:
                chunks.append(chunk)
            elif total > _DRAIN_FACTOR * self.max_bytes:
                await self._too_large(scope, receive, send)
                return
            else:
                # Read the rest, so the client gets the 413 instead of a broken pipe.
                chunks.clear()
            if not message.get("more_body", False):
                break
        if total > self.max_bytes:
            await self._too_large(scope, receive, send)
            return
        body = b"".join(chunks)

        if encoding == "gzip":
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                body = inflater.decompress(body, self.max_bytes + 1)
            except zlib.error:
                await _error(scope, receive, send, 400, "the request body is not valid gzip")
                return
            if len(body) > self.max_bytes or inflater.unconsumed_tail:
                await self._too_large(scope, receive, send)
                return
            if not inflater.eof or inflater.unused_data:
                await _error(
                    scope,
                    receive,
                    send,
                    400,
                    "the gzip request body is truncated or has trailing data",
                )
                return

        new_headers = [
            (name, value)
            for name, value in scope["headers"]
            if name not in (b"content-encoding", b"content-length", b"transfer-encoding")
        ]
        new_headers.append((b"content-length", str(len(body)).encode()))
        scope = {**scope, "headers": new_headers}
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _error(
            scope,
            receive,
            send,
            413,
            f"the request body is larger than {self.max_bytes} bytes (after decompression); "
            "send fewer changes per request",
        )


async def _error(scope: Scope, receive: Receive, send: Send, status: int, detail: str) -> None:
    await JSONResponse({"detail": detail}, status_code=status)(scope, receive, send)
