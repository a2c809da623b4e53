"""Pack the Linux bundle (``dist/Duebook`` from PyInstaller) into ``dist/duebook-<version>-linux-x86_64.tar.gz``.

    python -m installer.package_linux [--bundle dist/Duebook] [--out dist]

The tarball unpacks to ``Duebook/``: ``duebook-gui`` (the desktop program: start it from there), ``duebook``
(the command line), ``_internal/``, ``install.sh`` (puts Duebook in the user's menu with its icon and
opens ``.duebook``/``.duebak`` files with it; ``--remove`` takes that away again, keeping the data) and
``share/`` (the ``.desktop`` file, MIME types, AppStream metadata, icons 16–512 px).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tarfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "installer" / "linux"
ICONS = ROOT / "app" / "resources" / "icons"
APP_ID = "org.duebook.Duebook"


def add_share(bundle: Path) -> None:
    """Copy the desktop integration files and the installer script into the bundle folder."""
    share = bundle / "share"
    (share / "icons").mkdir(parents=True, exist_ok=True)
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.mime.xml", f"{APP_ID}.metainfo.xml"):
        shutil.copy2(LINUX / name, share / name)
    for png in ICONS.glob("duebook-*.png"):
        shutil.copy2(png, share / "icons" / png.name)
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def pack(bundle: Path, out: Path) -> Path:
    add_share(bundle)
    out.mkdir(parents=True, exist_ok=True)
    tarball = out / f"duebook-{metadata.version('duebook')}-linux-x86_64.tar.gz"
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname="Duebook")
    return tarball


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Duebook")
    p.add_argument("--out", type=Path, default=ROOT / "dist")
    args = p.parse_args(argv)
    if not (args.bundle / "duebook-gui").exists():
        print(f"{args.bundle} is not a Linux bundle: run make bundle", file=sys.stderr)
        return 1
    print(pack(args.bundle, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
