"""`duebook check [--full]`: SQLite's integrity check of the company file, exit 1 naming the problem."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.services.company import create_company


@pytest.fixture
def company(tmp_path: Path) -> str:
    db = create_company(str(tmp_path / "shop.duebook"), "Corner Shop", "CNY", "en")
    path = db.path or ""
    db.close()
    return path


def test_a_sound_file_passes(company: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", company, "check"]) == 0
    assert capsys.readouterr().out.strip() == f"{company}: ok (quick_check)"
    assert main(["--db", company, "check", "--full", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"file": company, "check": "integrity_check", "ok": True, "problems": []}


def test_a_damaged_file_fails_with_one_clear_line(company: str, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(company)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='number_sequences'").fetchone()[0]
    conn.close()
    with open(company, "r+b") as fh:  # garbage over a b-tree page, with plain file I/O
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)
    assert main(["--db", company, "check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert company in err and "quick_check" in err and "duebook backup restore" in err
    assert main(["--db", company, "check", "--json"]) == 1
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["ok"] is False and out["problems"] and out["check"] == "quick_check"
    assert captured.err.startswith("duebook: ")


def test_a_missing_file_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "nothing.duebook"), "check"]) == 1
    assert "nothing.duebook" in capsys.readouterr().err
    assert not (tmp_path / "nothing.duebook").exists()


def test_the_suggested_restore_replaces_a_damaged_file_refused_on_open(
        company: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import keyring
    from keyring.backends import fail

    from app.services.company import open_company

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert main(["--db", company, "backup", "create", "--dest", str(tmp_path / "bk")]) == 0
        made = capsys.readouterr().out.strip().splitlines()[-1]
        conn = sqlite3.connect(company)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.close()
        with open(company, "r+b") as fh:  # every page but the first is garbage
            fh.seek(page_size)
            fh.write(b"\x5a" * page_size * (pages - 1))
        Path(company + ".lock").write_text('{"pid": 2147483000, "host": "gone", "since": "2026-11-22"}',
                                           encoding="utf-8")  # the last session never closed it
        assert main(["--db", company, "customers"]) == 1
        assert "duebook backup restore" in capsys.readouterr().err
        assert main(["--db", company, "backup", "restore", made, "--to", company]) == 0
        out = capsys.readouterr()
        assert "is damaged" in out.err and "kept as" in out.out
    finally:
        keyring.set_keyring(previous)
    open_company(company).close()  # the restored file opens, with no check (closed properly)
    assert main(["--db", company, "check"]) == 0
