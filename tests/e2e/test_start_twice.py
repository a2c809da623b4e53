"""The real program, started as a user starts it, again and again on the same data folder.

``python -m app --demo`` makes the demo company on the first start and must open it on every
start after that; a start without ``--demo`` opens the last company. ``--smoke`` quits once the
window is up and exits 1 when an error dialog was shown; a traceback on stderr fails too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.context import resource_dir

ROOT = Path(__file__).resolve().parents[2]


def start(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DUEBOOK_HOME=str(home), DUEBOOK_NO_AUTO_BACKUP="1",
               PYTHONPATH=str(ROOT))
    env.pop("XDG_CONFIG_HOME", None)
    env.pop("XDG_DATA_HOME", None)
    return subprocess.run([sys.executable, "-m", "app", "--smoke", *args, "-platform", "offscreen"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def assert_clean(r: subprocess.CompletedProcess[str], what: str) -> None:
    assert r.returncode == 0, f"{what}: exit {r.returncode}\n{r.stderr[-3000:]}"
    assert "Traceback" not in r.stderr, f"{what}:\n{r.stderr[-3000:]}"
    assert "smoke: error shown" not in r.stderr, f"{what}:\n{r.stderr[-3000:]}"
    assert "unexpected error" not in r.stderr, f"{what}:\n{r.stderr[-3000:]}"


@pytest.mark.slow
def test_the_demo_starts_the_first_time_the_second_time_and_without_demo(tmp_path: Path) -> None:
    assert (resource_dir() / "i18n").is_dir()
    home = tmp_path / "home"
    first = start(home, "--demo", "--lang", "zh_CN")
    assert_clean(first, "first start with --demo")
    demo = home / "data" / "demo.duebook"
    assert demo.exists() and demo.stat().st_size > 0
    made = demo.stat().st_mtime_ns

    second = start(home, "--demo")
    assert_clean(second, "second start with --demo")
    assert demo.stat().st_size > 0

    plain = start(home)
    assert_clean(plain, "start without --demo (the last company)")
    assert demo.stat().st_mtime_ns >= made


def test_smoke_fails_when_the_start_shows_an_error(tmp_path: Path) -> None:
    """The check above can fail: a company file that is no company shows an error, and --smoke says so."""
    bad = tmp_path / "not-a-company.duebook"
    bad.write_bytes(b"this is not a database" * 100)
    r = start(tmp_path / "home", "--db", str(bad))
    assert r.returncode == 1
    assert "smoke: error shown" in r.stderr
