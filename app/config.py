"""Where Duebook keeps its files, and the user's settings. No Qt here.

``DUEBOOK_HOME`` (tests, portable installs) puts everything under one folder;
otherwise the per-user folders of the operating system (platformdirs).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

APP = "Duebook"


def data_dir() -> Path:
    home = os.environ.get("DUEBOOK_HOME")
    p = Path(home) / "data" if home else Path(platformdirs.user_data_dir(APP, appauthor=False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def config_dir() -> Path:
    home = os.environ.get("DUEBOOK_HOME")
    p = Path(home) / "config" if home else Path(platformdirs.user_config_dir(APP, appauthor=False))
    p.mkdir(parents=True, exist_ok=True)
    return p


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def default_company_file() -> Path:
    """The company file the command line opens when ``--db`` is not given (INTERCHANGE §4):
    ``company.duebook`` in the per-user data folder, or ``DUEBOOK_DB``."""
    env = os.environ.get("DUEBOOK_DB")
    if env:
        return Path(env)
    return data_dir() / "company.duebook"


def default_company_target() -> str:
    """What the command line opens without ``--db``: the default company file, or ``DUEBOOK_DB`` as
    given (a file path or a postgresql+psycopg:// URL, which a Path would mangle)."""
    env = os.environ.get("DUEBOOK_DB")
    if env and "://" in env:
        return env
    return str(default_company_file())


def demo_company_file() -> Path:
    return data_dir() / "demo.duebook"


@dataclass
class Settings:
    """Per-user settings (not per company): language, recent files, window state."""

    language: str = ""
    last_file: str = ""
    recent_files: list[str] = field(default_factory=list)
    window_geometry: str = ""
    idle_lock_minutes: int = 0

    def add_recent(self, path: str, keep: int = 8) -> None:
        self.recent_files = [path] + [p for p in self.recent_files if p != path]
        del self.recent_files[keep:]
        self.last_file = path


def settings_file() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    try:
        raw = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
    return Settings(**known)


def save_settings(s: Settings) -> None:
    path = settings_file()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(s), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
