"""A backup or a restore killed at any moment leaves no unencrypted copy of the books behind once
Duebook starts again: temporary copies live in the target's own folder, privately, named with the
process that made them, and the next start removes those of processes that are gone (issue 20,
item 10)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from app.cli import main
from app.services import company as backup_company
from app.services.company import open_company
from app.services.safety import backup
from tests.cli.conftest import Runner
from tests.services.ledger_helpers import customer, invoice

ROOT = Path(__file__).resolve().parents[2]


def _leftovers(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for p in folder.rglob("*"):
            if p.name.startswith(".duebook-tmp-") or p.name.endswith((".part", ".restoring")) \
                    or p.name == "company.db":
                found.append(p)
    return found


def _kill_at_random(argv: list[str], rng: random.Random) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", *argv], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    time.sleep(rng.uniform(0.2, 2.5))  # somewhere in start-up, snapshot, archive or rename
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_no_unencrypted_copy_survives_a_killed_backup_or_restore(duebook: Runner, company_file: Path,
                                                                 tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert duebook("init", "--company", "Test Co", "--currency", "CNY").code == 0
    db = open_company(str(company_file))
    try:
        customer(db, "A", "Harbor Trading Ltd")
        for i in range(30):
            invoice(db, "A", "2026-01-05", "10.00", number=f"I{i}")
        made = backup.create_backup(db)
        dest = backup_company.default_dest(db)
    finally:
        db.close()
    system_tmp = Path(tempfile.gettempdir())
    before = set(system_tmp.glob("duebook-*"))
    rng = random.Random(20)
    for _ in range(4):
        _kill_at_random(["--db", str(company_file), "backup", "create"], rng)
    for _ in range(3):
        _kill_at_random(["--db", str(company_file), "backup", "restore", made.path, "--to",
                         str(tmp_path / "restored.duebook")], rng)
    # the next start
    capsys.readouterr()
    assert main(["--db", str(company_file), "backup", "status"]) == 0
    assert _leftovers(tmp_path, dest) == []
    assert set(system_tmp.glob("duebook-*")) - before == set()  # nothing of ours in the system's temp
