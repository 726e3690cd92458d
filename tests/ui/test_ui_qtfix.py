"""The guard against PySide6 losing references to ``None`` (see ``ui/qtfix.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# 50,000 calls of a Qt function that returns nothing: on an affected PySide6 (6.12 on
# CPython 3.11) this aborts the process unless the guard is on.
CALLS = """
import sys
from PySide6.QtWidgets import QApplication, QLineEdit
from desmig_desktop.ui.qtfix import guard_none_refcount
app = QApplication([])
if sys.argv[1] == "guard":
    guard_none_refcount()
line = QLineEdit()
for _ in range(50_000):
    line.setText("x")
print("survived")
"""


def run(mode: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", CALLS, mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_guard_keeps_a_long_session_alive() -> None:
    guarded = run("guard")
    assert guarded.returncode == 0, guarded.stderr[-500:]
    assert "survived" in guarded.stdout


def test_the_guard_is_only_applied_where_needed() -> None:
    from desmig_desktop.ui.qtfix import pyside_drops_none

    unguarded = run("none")
    if pyside_drops_none():
        # The fault is real here: without the guard the process dies.
        assert unguarded.returncode != 0 and "deallocating None" in unguarded.stderr
    else:
        assert unguarded.returncode == 0
