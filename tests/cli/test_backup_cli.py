"""`duebook backup ...` on a machine without an OS keyring (as on a headless server)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.cli import main
from app.services.company import create_company

PASSPHRASE = "a long passphrase"


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def company(tmp_path: Path) -> str:
    db = create_company(str(tmp_path / "shop.duebook"), "Corner Shop", "CNY", "en")
    path = db.path or ""
    db.close()
    return path


def test_create_verify_and_restore_from_the_command_line(company: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "backups"
    assert main(["--db", company, "backup", "create", "--dest", str(dest)]) == 0
    out = capsys.readouterr()
    made = Path(out.out.strip())
    assert made.parent == dest and made.name.startswith("duebook-Corner_Shop-") and made.suffix == ".duebak"
    assert "no OS keyring" in out.err  # said plainly, not silently

    assert main(["--db", company, "backup", "verify", str(made), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["ok"] and rep["integrity"] == "ok" and rep["company"] == "Corner Shop"
    assert rep["row_counts"]["company"] == 1 and rep["check"] == "quick_check"
    assert main(["--db", company, "backup", "verify", str(made), "--full", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["check"] == "integrity_check"

    target = tmp_path / "restored" / "shop.duebook"
    assert main(["--db", company, "backup", "restore", str(made), "--to", str(target)]) == 0
    assert target.exists() and "restored Corner Shop" in capsys.readouterr().out

    assert main(["--db", company, "backup", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["file"] == str(made)


def test_the_recovery_key_restores_on_another_machine(company: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    key = tmp_path / "recovery-key.age"
    assert main(["--db", company, "backup", "recovery-key", "--out", str(key), "--passphrase-file", str(pw)]) == 0
    assert main(["--db", company, "backup", "create", "--dest", str(tmp_path)]) == 0
    made = capsys.readouterr().out.strip().splitlines()[-1]
    from app.services import identity as backup_identity

    for f in backup_identity.keys_dir().glob("*.key"):
        f.unlink()  # the machine is gone, with its key file
    assert main(["backup", "verify", made]) == 1
    assert "recovery key" in capsys.readouterr().err
    target = tmp_path / "new" / "shop.duebook"
    assert main(["backup", "restore", made, "--to", str(target), "--identity", str(key),
                 "--passphrase-file", str(pw)]) == 0
    assert target.exists()
    bad = tmp_path / "bad.txt"
    bad.write_text("wrong passphrase!", encoding="utf-8")
    assert main(["backup", "verify", made, "--identity", str(key), "--passphrase-file", str(bad)]) == 1
    assert "wrong passphrase" in capsys.readouterr().err


def test_damaged_and_foreign_backups_fail_with_one_clear_line(company: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", company, "backup", "create", "--dest", str(tmp_path)]) == 0
    made = Path(capsys.readouterr().out.strip())
    data = bytearray(made.read_bytes())
    data[-100] ^= 0xFF
    flipped = tmp_path / "flipped.duebak"
    flipped.write_bytes(bytes(data))
    before = Path(company).read_bytes()
    assert main(["--db", company, "backup", "restore", str(flipped), "--to", company]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err
    assert Path(company).read_bytes() == before

    other = create_company(str(tmp_path / "other.duebook"), "Other Co", "CNY", "en")
    other_path = other.path or ""
    other.close()
    assert main(["--db", other_path, "backup", "create", "--dest", str(tmp_path / "o")]) == 0
    theirs = capsys.readouterr().out.strip()
    assert main(["--db", company, "backup", "verify", theirs]) == 1
    assert "another company" in capsys.readouterr().err
    assert main(["--db", company, "backup", "restore", theirs, "--to", company]) == 1
    assert "another company" in capsys.readouterr().err
    assert Path(company).read_bytes() == before


def test_audit_verify_passes_on_an_untouched_file(company: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", company, "audit", "verify", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
