"""A hostile colleague with the command line and a text editor (tools/attack.py): every case of every
class is handled: figures and the trail changed in the file are named by ``audit verify``, rolled-back
files and forged backups are reported, hostile strings and oversized amounts are refused with one line,
killed processes leave whole books, and rights hold."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from tools.attack import attack


def test_every_attack_case_is_handled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # the backup key in the test's own home
    try:
        tally = attack(tmp_path / "office", kills=2)
    finally:
        keyring.set_keyring(previous)
    print(tally.table())
    assert tally.failures == []
    assert set(tally.tried) == {"sqlite3 edits", "truncation and replay", "hostile strings", "oversized amounts",
                                "killed processes", "rights"}
    assert sum(tally.tried.values()) >= 80
