"""Per-laptop settings of the interface, kept as JSON in ``paths.settings_path()``.

They are not domain data (they never sync): the language, the idle lock, the last user
name typed at the login, the minutes between automatic syncs. A missing or damaged file gives the defaults, never a crash.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .. import i18n, paths

log = logging.getLogger(__name__)

DEFAULT_IDLE_LOCK_MINUTES = 10
MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 240
# Automatic sync while the app is open and the laptop is enrolled; 0 turns it off.
DEFAULT_SYNC_INTERVAL_MINUTES = 15
MAX_SYNC_INTERVAL_MINUTES = 24 * 60


@dataclass
class Preferences:
    language: str = i18n.DEFAULT_LANGUAGE
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    last_user: str = ""
    sync_interval_minutes: int = DEFAULT_SYNC_INTERVAL_MINUTES
    # Where the daily backup is copied too when that folder exists ("" for nowhere).
    external_backup_folder: str = ""

    def normalised(self) -> Preferences:
        language = self.language if self.language in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
        try:
            minutes = int(self.idle_lock_minutes)
        except (TypeError, ValueError):
            minutes = DEFAULT_IDLE_LOCK_MINUTES
        minutes = min(max(minutes, MIN_IDLE_LOCK_MINUTES), MAX_IDLE_LOCK_MINUTES)
        try:
            interval = int(self.sync_interval_minutes)
        except (TypeError, ValueError):
            interval = DEFAULT_SYNC_INTERVAL_MINUTES
        interval = min(max(interval, 0), MAX_SYNC_INTERVAL_MINUTES)
        return Preferences(
            language=language,
            idle_lock_minutes=minutes,
            last_user=str(self.last_user or ""),
            sync_interval_minutes=interval,
            external_backup_folder=str(self.external_backup_folder or ""),
        )


def load(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults for whatever is missing or unreadable."""
    path = path or paths.settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as error:
        log.warning("settings file %s unreadable, using defaults: %s", path, error)
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    return Preferences(**{k: v for k, v in raw.items() if k in known}).normalised()


def save(preferences: Preferences, path: Path | None = None) -> None:
    """Write the preferences (whole file replaced, so a power cut leaves the old one)."""
    path = path or paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(asdict(preferences.normalised()), indent=2), encoding="utf-8")
    os.replace(partial, path)


def effective_language(preferences: Preferences) -> str:
    """The language to start in: ``DESMIG_LANG`` (documented in the README) wins over the
    saved choice."""
    env = os.environ.get("DESMIG_LANG", "")
    return env if env in i18n.LANGUAGES else preferences.language
