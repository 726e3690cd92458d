"""``desmig self-test``: is this installation able to work?

Run by operators after installing and by CI on the frozen build: it checks what a
missing file or a broken wheel would break, and names what is wrong.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from . import __version__, i18n, paths

i18n.register(
    {
        "selftest.ok": {"id": "baik", "en": "ok"},
        "selftest.fail": {"id": "GAGAL", "en": "FAIL"},
        "selftest.regions": {
            "id": "data wilayah ({n} desa/kelurahan)",
            "en": "region data ({n} villages)",
        },
        "selftest.migrations": {
            "id": "skema penyimpanan (revisi {rev})",
            "en": "store schema (revision {rev})",
        },
        "selftest.store": {"id": "penyimpanan {path}", "en": "store {path}"},
        "selftest.store_locked": {
            "id": "terenkripsi; berkas kunci terbaca ({users} pengguna). Berikan --user dan --password-file untuk memeriksa isinya",
            "en": "encrypted; key file readable ({users} users). Give --user and --password-file to check its content",
        },
        "selftest.no_store": {
            "id": "belum ada penyimpanan di {path} (boleh)",
            "en": "no store yet at {path} (fine)",
        },
        "selftest.window": {
            "id": "jendela utama (dibuat tanpa layar, lalu ditutup)",
            "en": "main window (built offscreen, then closed)",
        },
        "selftest.qt_crashed": {
            "id": "Qt tidak dapat berjalan (kode keluar {code}): {detail}",
            "en": "Qt cannot start (exit code {code}): {detail}",
        },
        "selftest.qt_timeout": {
            "id": "jendela utama tidak selesai dalam {seconds} detik",
            "en": "the main window did not finish within {seconds} seconds",
        },
        "selftest.summary_ok": {
            "id": "Instalasi baik (desmig {version}).",
            "en": "Installation is fine (desmig {version}).",
        },
        "selftest.summary_fail": {
            "id": "Ada masalah: {n} pemeriksaan gagal.",
            "en": "Problems found: {n} checks failed.",
        },
    }
)

EXPECTED_VILLAGES = 83_762
GUI_PROBE_TIMEOUT_S = 120


def gui_probe_command() -> list[str]:
    """How to start ``desmig gui-probe``: the frozen executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "gui-probe"]
    return [sys.executable, "-m", "desmig_desktop", "gui-probe"]


def run_gui_probe() -> str:
    """Build the main window offscreen in a child process; its summary, or RuntimeError
    with what went wrong (Qt that cannot start aborts the child, not this process)."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DESMIG_DATA_DIR"] = str(paths.data_dir())
    env["DESMIG_LANG"] = i18n.current_language()
    if not getattr(sys, "frozen", False):
        source = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
    try:
        done = subprocess.run(
            gui_probe_command(),
            env=env,
            capture_output=True,
            text=True,
            timeout=GUI_PROBE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise RuntimeError(i18n.t("selftest.qt_timeout", seconds=GUI_PROBE_TIMEOUT_S)) from error
    except OSError as error:
        raise RuntimeError(i18n.t("selftest.qt_crashed", code="-", detail=error)) from error
    if done.returncode != 0:
        lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        detail = " | ".join(lines[-3:]) or "-"
        raise RuntimeError(i18n.t("selftest.qt_crashed", code=done.returncode, detail=detail))
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def run_self_test(say: Callable[[str], object]) -> bool:
    """Run every check, print one line each, and return whether all passed."""
    failures = 0

    def check(label: Callable[[], str], probe: Callable[[], object]) -> None:
        nonlocal failures
        try:
            result = probe()
            say(
                f"{i18n.t('selftest.ok')}: {label()}"
                + (f" - {result}" if isinstance(result, str) else "")
            )
        except Exception as error:  # noqa: BLE001 - every failure is reported, none stops the others
            failures += 1
            say(f"{i18n.t('selftest.fail')}: {label()} - {error}")

    from . import regions

    def regions_probe() -> None:
        count = regions.count("village")
        if count != EXPECTED_VILLAGES:
            raise RuntimeError(f"{count} != {EXPECTED_VILLAGES}")
        if regions.village("3301022003") is None:
            raise RuntimeError("33.01.02.2003 missing")

    check(lambda: i18n.t("selftest.regions", n=EXPECTED_VILLAGES), regions_probe)

    def migrations_probe() -> None:
        from .store.db import SCHEMA_HEAD
        from .store.migrate import head

        if head() != SCHEMA_HEAD:
            raise RuntimeError(f"head {head()} != {SCHEMA_HEAD}")

    from .store.db import SCHEMA_HEAD

    check(lambda: i18n.t("selftest.migrations", rev=SCHEMA_HEAD), migrations_probe)

    store_path = paths.store_path()
    if store_path.exists():

        def store_probe() -> str | None:
            from sqlalchemy import text

            from .store.db import is_plain_file
            from .store.keyfile import KeyFile, keyfile_path
            from .ui.probe import open_probe_store

            if not is_plain_file(store_path) and not os.environ.get("DESMIG_PASSWORD"):
                # Locked without a password: check what can be checked.
                keys = KeyFile.read(keyfile_path(store_path))
                return i18n.t("selftest.store_locked", users=len(keys.users) + len(keys.legacy))
            with open_probe_store(store_path) as store, store.read() as session:
                result = session.execute(text("PRAGMA quick_check")).scalar()
                if result != "ok":
                    raise RuntimeError(str(result))
            return None

        check(lambda: i18n.t("selftest.store", path=store_path), store_probe)
    else:
        say(f"{i18n.t('selftest.ok')}: {i18n.t('selftest.no_store', path=store_path)}")

    def window_probe() -> str:
        return run_gui_probe()

    check(lambda: i18n.t("selftest.window"), window_probe)

    if failures:
        say(i18n.t("selftest.summary_fail", n=failures))
        return False
    say(i18n.t("selftest.summary_ok", version=__version__))
    return True
