"""The frozen app's cold start against the source app's (issue: at most 1.2x).

Both start as new processes on the same store and stop at the main window's first paint
(``desmig gui-probe --first-paint``, offscreen): the source app as ``python -m
desmig_desktop.cli``, the frozen one as ``dist/desmig/desmig`` (build it with ``make
dist``; without it the figure says so). Wall time from spawn to exit, median of runs,
alternating the two so a busy moment of the machine hits both alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "desmig" / "desmig"
RUNS = 5
RATIO_TARGET = 1.2


def _start(command: list[str], folder: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESMIG_DATA_DIR=str(folder))
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "gui-probe", "--first-paint"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0 or "first paint" not in done.stdout:
        raise RuntimeError((done.stderr or done.stdout).strip().splitlines()[-1:])
    return time.perf_counter() - started


def figures(store: Path, folder: Path) -> list[Any]:
    """``store``: the bench's store, which both apps open (through a link named as the
    data folder's store, so neither makes a throwaway centre)."""
    from bench.run import Figure

    name = f"frozen app cold start / source app (median of {RUNS})"
    if not FROZEN.exists():
        return [Figure(name, None, "x", RATIO_TARGET, note="no dist/desmig: run make dist")]
    built = FROZEN.stat().st_mtime
    if any(path.stat().st_mtime > built for path in (ROOT / "desmig_desktop").rglob("*.py")):
        # An older build cannot open a store of a newer schema, and would not measure
        # this code anyway.
        return [Figure(name, None, "x", RATIO_TARGET, note="dist/desmig is older: make dist")]
    store_folder = folder / "cold-start"
    store_folder.mkdir(exist_ok=True)
    link = store_folder / "desmig.sqlite3"
    if not link.exists():
        link.symlink_to(store)
    source_app = Path(sys.executable).parent / "desmig"  # the console script users run
    source: list[float] = []
    frozen: list[float] = []
    try:
        for _ in range(RUNS):
            source.append(_start([str(source_app)], store_folder))
            frozen.append(_start([str(FROZEN)], store_folder))
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        return [Figure(name, None, "x", RATIO_TARGET, note=f"failed: {error}")]
    source_s, frozen_s = statistics.median(source), statistics.median(frozen)
    return [
        Figure(
            name,
            frozen_s / source_s,
            "x",
            RATIO_TARGET,
            note=f"{frozen_s:.2f} s / {source_s:.2f} s",
        )
    ]
