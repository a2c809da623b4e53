"""The wheel works on its own: built from the sources, installed into a fresh virtual environment and
run from another folder, it makes a Chinese statement with the font embedded and starts in Chinese.

The fresh environment gets only the wheel (``--no-deps``); the third-party libraries are the ones
this test run uses, reached through a ``.pth`` line (site-packages of a directory named in a
``.pth`` file are not processed, so the source tree's editable install stays invisible). A check
asserts that ``app`` is imported from the fresh environment, never from the source tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@dataclass
class Installed:
    bin: Path
    wheel: Path
    work: Path
    env: dict[str, str]

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), cwd=self.work, env=self.env, capture_output=True, text=True,
                              timeout=300, check=check)


def build_wheel(dest: Path) -> Path:
    """``pip wheel`` of a clean copy of the sources (no stale build/ folder, no .qm built by make)."""
    src = dest / "src"
    shutil.copytree(ROOT / "app", src / "app", ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    out = dest / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
                    "-w", str(out), str(src)], check=True, capture_output=True, timeout=600)
    (wheel,) = out.glob("duebook-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    wheel = build_wheel(base)
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # The wheel first, into the empty environment (pip must not see the tested libraries' own duebook).
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps", "--no-index",
                    "--force-reinstall", str(wheel)], check=True, capture_output=True, timeout=300)
    assert (venv / "bin" / "duebook").exists() and (venv / "bin" / "duebook-gui").exists()
    Path(purelib, "tested_libraries.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    work = base / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DUEBOOK_DB", "VIRTUAL_ENV")}
    env.update(DUEBOOK_HOME=str(base / "home"), QT_QPA_PLATFORM="offscreen", DUEBOOK_NO_AUTO_BACKUP="1",
               HOME=str(base / "home"))
    return Installed(venv / "bin", wheel, work, env)


def test_the_wheel_carries_fonts_and_compiled_translations(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    assert "app/resources/fonts/wqy-microhei.ttc" in names
    assert "app/resources/i18n/duebook_zh_CN.qm" in names
    ts = {p.stem for p in (ROOT / "app/resources/i18n").glob("*.ts")}
    assert {n.rsplit("/", 1)[1][:-3] for n in names if n.startswith("app/resources/i18n/") and n.endswith(".qm")} == ts
    assert not any(n.startswith(("tests/", "benchmarks/", "tools/")) for n in names)


def test_the_installed_program_runs_from_the_wheel_not_the_sources(installed: Installed) -> None:
    where = installed.run(str(installed.bin / "python"), "-c", "import app; print(app.__file__)").stdout.strip()
    assert Path(where).is_relative_to(installed.bin.parent), where
    assert not Path(where).is_relative_to(ROOT)
    assert installed.run(str(installed.bin / "duebook"), "--version").stdout.strip() == "duebook 0.1.0"
    assert installed.run(str(installed.bin / "duebook-gui"), "--version").stdout.strip() == "duebook-gui 0.1.0"


def test_a_chinese_statement_from_the_installed_wheel_embeds_the_font(installed: Installed) -> None:
    duebook = str(installed.bin / "duebook")
    db = "books.duebook"
    installed.run(duebook, "--db", db, "init", "--company", "示例贸易有限公司")
    installed.run(duebook, "--db", db, "demo", "--customers", "6", "--invoices", "60")
    rows = json.loads(installed.run(duebook, "--db", db, "customers", "--json").stdout)
    chinese = next(r for r in rows if any("\u4e00" <= ch <= "\u9fff" for ch in r["name"]))
    installed.run(duebook, "--db", db, "statement", chinese["code"], "--from", "2020-01-01", "--to", "2030-12-31",
                  "--pdf", "statement.pdf")
    pdf = installed.work / "statement.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    font_lines = fonts.splitlines()[2:]
    assert font_lines and all("WenQuanYi" in ln for ln in font_lines), fonts
    assert all(ln.split()[-5] == "yes" for ln in font_lines), fonts  # the "emb" column
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert chinese["name"] in text


def test_the_installed_desktop_program_starts_in_chinese(installed: Installed) -> None:
    duebook = str(installed.bin / "duebook")
    installed.run(duebook, "--db", "gui.duebook", "init", "--company", "界面测试公司")
    installed.run(duebook, "--db", "gui.duebook", "demo", "--customers", "3", "--invoices", "20")
    shot = installed.work / "window.png"
    r = installed.run(str(installed.bin / "duebook-gui"), "--smoke", "--lang", "zh_CN", "--db", "gui.duebook",
                      "--screenshot", str(shot))
    line = r.stdout.strip().splitlines()[-1]
    assert "界面测试公司" in line and "文件" in line and "帮助" in line, line
    assert "page(s)" in line and not line.endswith(": 0 page(s)")
    assert shot.stat().st_size > 10_000
