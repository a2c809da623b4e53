"""Company files, backups, restored files, copies and recovery keys are the owner's only (0600);
a server URL in DUEBOOK_DB is a URL, and no error prints its password (issue 20, item 11)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.cli.conftest import Runner

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_every_file_holding_the_books_is_private(duebook: Runner, company_file: Path, tmp_path: Path,
                                                 memory_keyring: object) -> None:
    old = os.umask(0o022)
    try:
        assert duebook("init", "--company", "Test Co", "--currency", "CNY").code == 0
        assert _mode(company_file) == 0o600
        made = duebook("backup", "create", "--dest", str(tmp_path / "b"))
        assert made.code == 0, made.err
        bak = Path(made.out.strip())
        assert _mode(bak) == 0o600
        (tmp_path / "pass").write_text("a long passphrase", encoding="utf-8")
        assert duebook("backup", "recovery-key", "--out", str(tmp_path / "key.age"),
                       "--passphrase-file", str(tmp_path / "pass")).code == 0
        assert _mode(tmp_path / "key.age") == 0o600
        assert duebook("backup", "restore", str(bak), "--to", str(tmp_path / "restored.duebook")).code == 0
        assert _mode(tmp_path / "restored.duebook") == 0o600
        assert duebook("transfer", "--from", str(company_file), "--to", str(tmp_path / "copy.duebook")).code == 0
        assert _mode(tmp_path / "copy.duebook") == 0o600
    finally:
        os.umask(old)


def test_a_server_url_in_duebook_db_is_a_url_and_its_password_is_never_shown(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DUEBOOK_DB", "postgresql+psycopg://app:TopSecret99@127.0.0.1:1/books")
    capsys.readouterr()
    assert main(["customers"]) == 1
    err = capsys.readouterr().err
    assert "TopSecret99" not in err and len(err.strip().splitlines()) == 1
    assert "127.0.0.1" in err and "not found" not in err
