"""Names in the one-folder bundle, shared by the PyInstaller spec, the installers and their tests."""

from __future__ import annotations

BUNDLE = "Duebook"  # dist/Duebook
INTERNAL = "_internal"  # PyInstaller's folder of Python, Qt and app/resources


def gui_executable(platform: str) -> str:
    """The desktop program: a windowed Duebook.exe on Windows, duebook-gui elsewhere."""
    return "Duebook.exe" if platform == "win32" else "duebook-gui"


def cli_executable(platform: str) -> str:
    return "duebook.exe" if platform == "win32" else "duebook"


def exe_name(file_name: str) -> str:
    """PyInstaller's ``EXE(name=...)``: the file name without ``.exe``."""
    return file_name.removesuffix(".exe")
