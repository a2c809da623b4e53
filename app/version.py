"""The program's version and the versions of what it runs on (``--version``, About, crash reports). No Qt."""

from __future__ import annotations

import platform
import sqlite3
import sys
from importlib import metadata


def version() -> str:
    """Duebook's version, from the installed distribution's metadata (a wheel, an editable install or a bundle)."""
    return metadata.version("duebook")


def runtime_versions() -> dict[str, str]:
    """Duebook, Python, SQLite and the operating system, for the About box and crash reports."""
    return {
        "Duebook": version(),
        "Python": sys.version.split()[0],
        "SQLite": sqlite3.sqlite_version,
        "Platform": platform.platform(),
    }
