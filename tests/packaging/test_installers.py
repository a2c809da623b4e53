"""The installers name only what the bundle holds; the Linux desktop files pass the freedesktop validators;
the icon set covers 16–512 px."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from installer import layout

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
LINUX = INSTALLER / "linux"
ISS = (INSTALLER / "windows.iss").read_text(encoding="utf-8")
APP_ID = "org.duebook.Duebook"


def iss_section(name: str) -> list[str]:
    m = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.M | re.S)
    return [ln for ln in (m.group(1).splitlines() if m else []) if ln.strip() and not ln.startswith(";")]


def iss_value(line: str, key: str) -> str:
    m = re.search(rf'\b{key}: "((?:[^"]|"")*)"', line)
    assert m, f"{key} missing in {line}"
    return m.group(1).replace('""', '"')


def installed_files() -> set[str]:
    """What [Files] puts into {app} (Windows names), as {app}-relative paths."""
    out: set[str] = set()
    for line in iss_section("Files"):
        source, dest = iss_value(line, "Source"), iss_value(line, "DestDir")
        name = source.rsplit("\\", 1)[-1]
        out.add((dest.removeprefix("{app}").strip("\\") + "\\" + name).lstrip("\\"))
    return out


def test_every_file_the_windows_installer_takes_is_in_the_bundle_layout_or_the_sources() -> None:
    bundle_files = {layout.gui_executable("win32"), layout.cli_executable("win32"), f"{layout.INTERNAL}\\*"}
    sources = [iss_value(line, "Source") for line in iss_section("Files")]
    assert sources
    for source in sources:
        if source.startswith("{#Bundle}\\"):
            assert source.removeprefix("{#Bundle}\\") in bundle_files, source
        else:
            assert (INSTALLER / source.replace("\\", "/")).resolve().is_file(), source
    assert {s.removeprefix("{#Bundle}\\") for s in sources if s.startswith("{#Bundle}")} == bundle_files
    assert re.search(r'^#define Bundle "\.\.\\dist\\' + layout.BUNDLE + '"$', ISS, re.M)
    icon = re.search(r"^SetupIconFile=(.*)$", ISS, re.M)
    assert icon and (INSTALLER / icon.group(1).replace("\\", "/")).resolve().is_file()


def test_every_program_the_windows_installer_starts_or_links_is_installed() -> None:
    installed = installed_files()
    named = set(re.findall(r"\{app\}\\([\w.\-]+)", "\n".join(iss_section("Icons") + iss_section("Registry")
                                                            + iss_section("Run") + iss_section("Setup"))))
    assert named and named <= installed, named - installed


def test_the_windows_installer_is_per_user_associates_both_file_types_and_keeps_the_data() -> None:
    assert re.search(r"^PrivilegesRequired=lowest$", ISS, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}", ISS, re.M)
    registry = "\n".join(iss_section("Registry"))
    for ext in (".duebook", ".duebak"):
        assert f'Subkey: "Software\\Classes\\{ext}"' in registry
    assert registry.count("shell\\open\\command") == 2 and all(ln.startswith("Root: HKA;") for ln in iss_section("Registry"))
    assert any("{group}" in ln and layout.gui_executable("win32") in ln for ln in iss_section("Icons"))
    assert iss_section("UninstallDelete") == [] and iss_section("InstallDelete") == []


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_file_is_valid() -> None:
    r = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == "", r.stdout + r.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_the_appstream_metadata_is_valid() -> None:
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_desktop_entry_opens_both_file_types_with_the_program_and_its_icon() -> None:
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    mime = (LINUX / f"{APP_ID}.mime.xml").read_text(encoding="utf-8")
    assert f"Exec={layout.gui_executable('linux')} %f" in desktop and f"Icon={APP_ID}" in desktop
    for mtype, glob in (("application/x-duebook", "*.duebook"), ("application/x-duebook-backup", "*.duebak")):
        assert mtype in desktop and f'<mime-type type="{mtype}">' in mime and f'<glob pattern="{glob}"/>' in mime


def test_the_icon_set_has_every_size_from_16_to_512_pixels() -> None:
    sizes = []
    for png in (ROOT / "app" / "resources" / "icons").glob("duebook-*.png"):
        img = QImage(str(png))
        assert not img.isNull() and img.width() == img.height() == int(png.stem.split("-")[1])
        sizes.append(img.width())
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256, 512]
    assert (ROOT / "app" / "resources" / "icons" / "duebook.ico").stat().st_size > 0


def test_the_linux_tarball_unpacks_and_installs_a_menu_entry_that_validates(tmp_path: Path) -> None:
    from installer import package_linux

    bundle = tmp_path / "dist" / layout.BUNDLE  # a stand-in for PyInstaller's folder: the two programs
    (bundle / layout.INTERNAL).mkdir(parents=True)
    gui = bundle / layout.gui_executable("linux")
    gui.write_text("#!/bin/sh\necho duebook-gui \"$@\"\n")
    gui.chmod(0o755)
    (bundle / layout.cli_executable("linux")).symlink_to(gui.name)
    tarball = package_linux.pack(bundle, tmp_path / "out")
    assert tarball.name.endswith("-linux-x86_64.tar.gz")
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    subprocess.run(["tar", "xzf", str(tarball), "-C", str(unpacked)], check=True)
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(home / ".local/share")}
    subprocess.run(["sh", str(unpacked / "Duebook" / "install.sh")], check=True, env=env, capture_output=True)
    share = home / ".local" / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{unpacked}/Duebook/duebook-gui" %f' in entry.read_text(encoding="utf-8")
    for size in (16, 32, 48, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (home / ".local" / "bin" / "duebook").resolve() == (unpacked / "Duebook" / "duebook-gui").resolve()
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert r.returncode == 0, r.stdout
    subprocess.run(["sh", str(unpacked / "Duebook" / "install.sh"), "--remove"], check=True, env=env,
                   capture_output=True)
    assert not entry.exists() and not (home / ".local" / "bin" / "duebook").exists()
