"""The lowest versions pyproject.toml allows still import and run the program.

Every floor is the tested version (see test_dependencies.py) except those below the tested one;
this test installs those at their floor (``pip install --target``, wheels from the package index or
pip's cache) ahead of the environment's copies and runs the command line (a backup made and
verified: pyrage's ``encrypt_io``/``decrypt_io``) and the desktop program's smoke run with them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def floors_below_installed() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for line in project["project"]["dependencies"]:
        req = Requirement(line)
        low = next((s.version for s in req.specifier if s.operator == ">="), None)
        if low is not None and low != metadata.version(req.name):
            out[req.name] = low
    return out


def test_the_minimum_versions_import_and_run_the_program(tmp_path: Path) -> None:
    floors = floors_below_installed()
    assert floors == {"pyrage": "1.2.1"}  # a new floor below the tested version belongs here too
    target = tmp_path / "minimum"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--only-binary", ":all:",
                    "--target", str(target), *(f"{n}=={v}" for n, v in floors.items())],
                   check=True, capture_output=True, timeout=300)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(target), str(ROOT)]), DUEBOOK_HOME=str(tmp_path / "home"),
               QT_QPA_PLATFORM="offscreen", DUEBOOK_NO_AUTO_BACKUP="1")

    def run(*args: str) -> str:
        r = subprocess.run([sys.executable, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr[-3000:]
        return r.stdout

    seen = run("-c", "import importlib.metadata as m, pyrage; "
                     f"print(' '.join(f'{{n}}=={{m.version(n)}}' for n in {sorted(floors)!r}), pyrage.__file__)")
    assert seen.split()[:-1] == [f"{n}=={v}" for n, v in sorted(floors.items())]
    assert seen.split()[-1].startswith(str(target))
    run("-m", "app.cli", "--db", "min.duebook", "init", "--company", "最低版本测试")
    run("-m", "app.cli", "--db", "min.duebook", "demo", "--customers", "3", "--invoices", "20")
    made = run("-m", "app.cli", "--db", "min.duebook", "backup", "create").strip().splitlines()[-1]
    run("-m", "app.cli", "--db", "min.duebook", "backup", "verify", made)
    smoke = run("-m", "app", "--smoke", "--db", "min.duebook")
    assert "最低版本测试" in smoke
