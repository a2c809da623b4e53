"""Packaging step that pyproject.toml cannot say: translations are compiled into the wheel.

The ``.ts`` sources live in ``app/resources/i18n``; ``build_py`` runs ``pyside6-lrelease`` (from
PySide6-Essentials, a build requirement) on each and writes the ``.qm`` next to them in the build
folder, so a wheel always carries translations that match its sources. An editable install uses
the ``.qm`` files ``make translations`` builds in the source tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

I18N = Path("app", "resources", "i18n")


def lrelease() -> str:
    here = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials in the build environment")
    return found


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        out = Path(self.build_lib) / I18N
        out.mkdir(parents=True, exist_ok=True)
        tool = lrelease()
        for ts in sorted(I18N.glob("*.ts")):
            subprocess.run([tool, "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
