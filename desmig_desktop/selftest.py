"""``desmig self-test``: is this installation able to work?

Run by operators after installing and by CI on the frozen build: it checks what a
missing file or a broken wheel would break, and names what is wrong.
"""

from __future__ import annotations

import os
from collections.abc import Callable

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
        "selftest.no_store": {
            "id": "belum ada penyimpanan di {path} (boleh)",
            "en": "no store yet at {path} (fine)",
        },
        "selftest.qt": {"id": "Qt {version}", "en": "Qt {version}"},
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

        def store_probe() -> None:
            from sqlalchemy import text

            from .store.db import Store

            with Store.open(store_path) as store, store.read() as session:
                result = session.execute(text("PRAGMA quick_check")).scalar()
                if result != "ok":
                    raise RuntimeError(str(result))

        check(lambda: i18n.t("selftest.store", path=store_path), store_probe)
    else:
        say(f"{i18n.t('selftest.ok')}: {i18n.t('selftest.no_store', path=store_path)}")

    def qt_probe() -> None:
        # Without a display (CI, a service account) Qt still has to load its plugins.
        if (
            not os.environ.get("DISPLAY")
            and os.name != "nt"
            and not os.environ.get("QT_QPA_PLATFORM")
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication.instance() or QApplication([])
        QLabel("Desmigratif")
        app.processEvents()

    def qt_version() -> str:
        try:
            from PySide6 import QtCore

            return QtCore.qVersion()
        except Exception:  # noqa: BLE001
            return "?"

    check(lambda: i18n.t("selftest.qt", version=qt_version()), qt_probe)

    if failures:
        say(i18n.t("selftest.summary_fail", n=failures))
        return False
    say(i18n.t("selftest.summary_ok", version=__version__))
    return True
