"""Hybrid logical clock stamps.

Client clocks never decide what wins on the server (the server's sequence orders
changes); stamps only break ties and keep a device's own history in order even when its
wall clock goes backwards.
"""

from __future__ import annotations

import time
import uuid


def next_stamp(
    last_ms: int, last_counter: int, device_id: uuid.UUID, now_ms: int | None = None
) -> tuple[str, int, int]:
    """The next stamp after ``(last_ms, last_counter)``: ``(text, ms, counter)``.

    The text sorts in time order: milliseconds, a counter for changes within the same
    millisecond (or while the wall clock lags behind the last stamp), then the device.
    """
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    if wall > last_ms:
        ms, counter = wall, 0
    else:
        ms, counter = last_ms, last_counter + 1
    return format_stamp(ms, counter, device_id), ms, counter


def format_stamp(ms: int, counter: int, device_id: uuid.UUID) -> str:
    return f"{ms:015d}-{counter:05d}-{device_id.hex[:12]}"


def parse_stamp(stamp: str) -> tuple[int, int]:
    """``(ms, counter)`` of a stamp (to advance the clock past a received one)."""
    ms, counter, _ = stamp.split("-", 2)
    return int(ms), int(counter)
