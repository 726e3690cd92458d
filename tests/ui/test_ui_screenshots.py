"""``make screenshots`` draws every main page, small enough for the repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
PAGES = {
    "01-wizard",
    "02-login",
    "03-dashboard",
    "04-people",
    "05-person",
    "06-journey-documents",
    "07-protection-case",
    "08-enterprise",
    "09-parenting-attendance",
    "10-cooperative-member",
    "11-history",
    "12-settings-users",
    "13-settings-backups",
    "14-person-consent",
    "15-recovery-key",
}


def test_every_page_is_drawn_at_the_laptop_size(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "tools.screenshots", "--out", str(tmp_path), "--people", "120"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-800:]
    written = {path.stem: path for path in tmp_path.glob("*.png")}
    assert set(written) == PAGES
    for path in written.values():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768)
        assert path.stat().st_size < 150_000
        # Not a blank picture: a page has text, lines and colours.
        assert image.colorCount() > 16 or image.depth() > 8
