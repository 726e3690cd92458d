"""Translations: the .ts files are complete and in step with the code, they build, and the
interface speaks English once the English catalogue is loaded (Indonesian without it)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desmig_desktop import paths
from desmig_desktop.services import Services
from desmig_desktop.ui import app as ui_app
from desmig_desktop.ui import language
from desmig_desktop.ui.login import LoginForm, LoginThrottle
from desmig_desktop.ui.main_window import MainWindow
from desmig_desktop.ui.tasks import TaskManager

TS_DIR = paths.resources_dir() / "translations"
UI_DIR = Path(ui_app.__file__).resolve().parent
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_english_is_complete() -> None:
    english = messages(TS_DIR / "desmig_en.ts")
    assert len(english) > 150
    for (context, source), message in english.items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in {"unfinished", "obsolete", "vanished"}, (
            context,
            source,
        )
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
        else:
            forms = [translation.text or ""]
        for text in forms:
            assert text.strip(), (context, source)
            # Every {placeholder} the code fills must survive translation.
            assert sorted(set(PLACEHOLDER.findall(text))) == sorted(
                set(PLACEHOLDER.findall(source))
            ), (context, source)


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = tool("pyside6-lupdate")
    for name in ("desmig_id.ts", "desmig_en.ts"):
        copy = tmp_path / name
        shutil.copy(TS_DIR / name, copy)
        subprocess.run(
            [
                lupdate,
                "-silent",
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                str(UI_DIR),
                "-ts",
                str(copy),
            ],
            check=True,
            timeout=120,
        )
        assert set(messages(copy)) == set(messages(TS_DIR / name)), (
            f"{name} is stale: run the lupdate step of make translations"
        )


@pytest.fixture
def built_qm(tmp_path: Path) -> Path:
    lrelease = tool("pyside6-lrelease")
    for name in ("desmig_id", "desmig_en", "qtbase_id"):
        subprocess.run(
            [lrelease, "-silent", str(TS_DIR / f"{name}.ts"), "-qm", str(tmp_path / f"{name}.qm")],
            check=True,
            timeout=120,
        )
        assert (tmp_path / f"{name}.qm").stat().st_size > 0
    return tmp_path


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators installed during a test, removed after it."""
    installed: list[QTranslator] = []
    locale = QLocale()
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_english_after_loading_the_english_translator(
    qtbot,
    services: Services,
    tasks: TaskManager,
    built_qm: Path,
    translators: list[QTranslator],
    monkeypatch,
) -> None:
    monkeypatch.setattr(language, "translations_dir", lambda: built_qm)
    translators += ui_app.install_translators(QCoreApplication.instance(), "en")
    assert translators

    login = LoginForm(services.store, tasks, LoginThrottle())
    qtbot.addWidget(login)
    assert login.login_button.text() == "Log in"
    assert login.show_password.text() == "Show password"

    window = MainWindow(services.store, services.actor, tasks)
    qtbot.addWidget(window)
    assert window.sidebar.item(1).text() == "People"
    assert window.sync_label.text() == "Not synced"
    assert window.page("people").model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    window.close()


def test_indonesian_without_any_catalogue(
    qtbot,
    services: Services,
    tasks: TaskManager,
    tmp_path: Path,
    translators: list[QTranslator],
    monkeypatch,
) -> None:
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)  # no .qm here
    translators += ui_app.install_translators(QCoreApplication.instance(), "id")
    assert not any("desmig" in t.filePath() for t in translators)
    login = LoginForm(services.store, tasks, LoginThrottle())
    qtbot.addWidget(login)
    assert login.login_button.text() == "Masuk"


def test_stock_qt_strings_in_indonesian(built_qm: Path) -> None:
    translator = QTranslator()
    assert translator.load("qtbase_id", str(built_qm))
    assert translator.translate("QPlatformTheme", "Cancel") == "Batal"
    assert translator.translate("QLineEdit", "&Paste") == "&Tempel"
    assert translator.translate("QWizard", "&Next >") == "&Lanjut >"
