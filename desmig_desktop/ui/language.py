"""The interface language: Qt translators for our catalogue and Qt's own, switched live.

Switching while the app runs swaps the translators and tells the main window to rebuild
its pages (``MainWindow.apply_language``): every page builds its texts in ``__init__``
with ``self.tr()``, so a rebuilt page speaks the new language without a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import i18n, paths

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue for ``language`` and Qt's own, so stock dialogs match.

    Missing ``.qm`` files are fine: our source strings are Indonesian, so without them the
    app simply speaks Indonesian. Qt ships no Indonesian catalogue; ours
    (``resources/translations/qtbase_id.ts``) covers the stock buttons and menus.
    """
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    else:
        # Day first, as the officers write dates, also in English.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"qtbase_{language}", qt_dir),
        (f"qtbase_{language}", str(translations_dir())),
        (f"desmig_{language}", str(translations_dir())),
    ]
    have_qtbase = False
    for name, folder in candidates:
        if name.startswith("qtbase") and have_qtbase:
            continue
        translator = QTranslator(app)
        if not translator.load(name, folder):
            translator.deleteLater()
            continue
        app.installTranslator(translator)
        installed.append(translator)
        have_qtbase = have_qtbase or name.startswith("qtbase")
    return installed


def switch_language(language: str) -> None:
    """Make ``language`` the running language: core messages, Qt translators, locale.

    The translators installed by an earlier call are removed first. Widgets built
    afterwards speak the new language; existing ones must be rebuilt or retranslated.
    """
    app = QCoreApplication.instance()
    i18n.set_language(language)
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _installed.extend(install_translators(app, language))


def remove_translators() -> None:
    """Uninstall what :func:`switch_language` installed (at exit, and between tests)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
