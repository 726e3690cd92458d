"""Every core message exists in Indonesian and English, with the same placeholders."""

from __future__ import annotations

import importlib
import pkgutil
import string

import desmig_desktop
from desmig_desktop import i18n


def _load_every_core_module() -> None:
    for module in pkgutil.walk_packages(desmig_desktop.__path__, "desmig_desktop."):
        if ".ui" in module.name or ".migrations" in module.name or module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_in_both_languages_with_the_same_placeholders() -> None:
    _load_every_core_module()
    messages = i18n.all_messages()
    assert len(messages) > 50
    for key, texts in messages.items():
        assert texts["id"].strip() and texts["en"].strip(), key
        assert _fields(texts["id"]) == _fields(texts["en"]), f"{key}: placeholders differ"


def test_language_switch_changes_messages() -> None:
    _load_every_core_module()
    indonesian = i18n.t("service.login_failed")
    i18n.set_language("en")
    try:
        assert i18n.t("service.login_failed") != indonesian
        assert "password" in i18n.t("service.login_failed")
    finally:
        i18n.set_language("id")
    assert i18n.t("service.login_failed") == indonesian
