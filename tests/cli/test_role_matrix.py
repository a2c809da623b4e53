"""Every command x every role: with users on, each command is allowed or refused exactly as the
permission table says (a refusal is exit 1 naming what the user may not do, and writes nothing).

A new command (bank, orders, outbox, ...) adds a row to COMMANDS: its arguments and the action
its strictest step needs; test_every_command_is_in_the_matrix fails until it does.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.services import credit, permissions, users
from app.services.company import create_company
from tests.services.ledger_helpers import customer, invoice

ROLES = {"boss": "administrator", "ann": "accountant", "cleo": "clerk", "vic": "viewer"}
D1, D2 = "2026-01-01", "2026-06-30"

#: command -> (arguments after the command name, the action it needs). {dir} is the test's folder.
COMMANDS: dict[str, tuple[list[str], str]] = {
    "import": (["{dir}/in"], "import"),
    "customers": ([], "read"),
    "balance": (["A"], "read"),
    "aging": ([], "read"),
    "aging --xlsx": (["--xlsx", "{dir}/aging.xlsx"], "export"),
    "statement": (["A", "--from", D1, "--to", D2], "read"),
    "demo": (["--customers", "2", "--invoices", "3"], "import"),
    "statements": (["--from", D1, "--to", D2, "--out", "{dir}/st"], "read"),
    "export-ledger": (["{dir}/ledger.csv"], "export"),
    "credit": (["A"], "read"),
    "hold": (["A", "--reason", "cheque bounced"], "credit.manage"),
    "release": (["A"], "credit.manage"),
    "dunning": (["--as-of", D2], "read"),
    "dunning --commit": (["--as-of", D2, "--commit"], "dunning.commit"),
    "reminders": ([], "read"),
    "grades": ([], "credit.manage"),
    "post-invoice": (["B", "--date", "2026-02-01", "--amount", "10.00"], "document.post"),
    "backup create": (["--dest", "{dir}/b"], "backup.create"),
    "backup verify": (["{backup}"], "read"),
    "backup restore": (["{backup}", "--to", "{company}"], "backup.restore"),
    "backup recovery-key": (["--out", "{dir}/key.age", "--passphrase-file", "{dir}/pass"], "backup.key"),
    "backup status": ([], "read"),
    "audit verify": ([], "audit.view"),
    "audit list": ([], "audit.view"),
    "audit list --csv": (["--csv", "{dir}/audit.csv"], "export"),
    "users enable": (["--admin", "boss", "--admin-password-file", "{dir}/pw-boss"], "users.manage"),
    "users add": (["zed", "--role", "viewer", "--new-password-file", "{dir}/pw-vic"], "users.manage"),
    "users list": ([], "read"),
    "report": (["dso", "--from", D1, "--to", D2], "read"),
    "report --xlsx": (["dso", "--from", D1, "--to", D2, "--xlsx", "{dir}/r.xlsx"], "export"),
    "value-classes": ([], "customer.write"),
    "duplicates": ([], "read"),
    "merge": (["A", "B"], "customer.delete"),
    "transfer": (["--from", "{company}", "--to", "{dir}/copy.duebook"], "export"),
    # --- groups ---
    "stages": ([], "credit.manage"),
    "feedback add": (["A", "--score", "4", "--note", "quick delivery"], "customer.write"),
    "feedback list": (["A"], "read"),
}
#: Commands that do not open an existing company as a user: they make a new one or read the raw file.
NO_COMPANY = {"init", "check"}


def _commands_in_parser() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    names: set[str] = set()
    for name, sp in sub.choices.items():  # type: ignore[union-attr]
        inner = [a for a in sp._actions if isinstance(getattr(a, "choices", None), dict)]
        names |= {f"{name} {s}" for s in inner[0].choices} if inner else {name}
    return names


def test_every_command_is_in_the_matrix() -> None:
    covered = {k.split(" --")[0] for k in COMMANDS} | NO_COMPANY
    assert sorted(_commands_in_parser() - covered) == []


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A company with users on (one user per role) and a backup of it; its home (the backup key) beside."""
    from argon2 import PasswordHasher

    root = tmp_path_factory.mktemp("office")
    mp = pytest.MonkeyPatch()
    mp.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    mp.setenv("DUEBOOK_HOME", str(root / "home"))
    try:
        from app.services import backup

        db = create_company(str(root / "books.duebook"), "Test Trading Co", "CNY", "en")
        customer(db, "A", "Harbor Trading Ltd", limit="1000.00")
        customer(db, "B", "Harbor Trading Limited")
        invoice(db, "A", "2026-01-05", "100.00", number="I1")
        credit.hold(db.uow(), "A", "cheque bounced")
        made = backup.create_backup(db, root / "backups")
        Path(made.path).rename(root / "books.duebak")
        users.enable_users(db.uow(), "boss", "pw-boss-secret")
        for name, role in ROLES.items():
            if name != "boss":
                users.add_user(db.uow(), name, f"pw-{name}-secret", role)
        db.close()
        yield root, root / "books.duebak"
    finally:
        mp.undo()


@pytest.mark.parametrize("role", list(ROLES.values()))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_each_command_is_allowed_or_refused_by_role(command: str, role: str, office: tuple[Path, Path],
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from argon2 import PasswordHasher

    root, bak = office
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    shutil.copytree(root / "home", tmp_path / "home")
    monkeypatch.setenv("DUEBOOK_HOME", str(tmp_path / "home"))
    company = tmp_path / "books.duebook"
    shutil.copy(root / "books.duebook", company)
    backup_file = tmp_path / "books.duebak"
    shutil.copy(bak, backup_file)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "customers.csv").write_text("code,name\nN1,New Customer Ltd\n", encoding="utf-8")
    (tmp_path / "pass").write_text("a long passphrase", encoding="utf-8")
    for name in ROLES:
        (tmp_path / f"pw-{name}").write_text(f"pw-{name}-secret", encoding="utf-8")
    user = next(n for n, r in ROLES.items() if r == role)
    argv, action = COMMANDS[command]
    words = command.split(" --")[0].split()
    args = [a.format(dir=tmp_path, backup=backup_file, company=company) for a in argv]
    inode = company.stat().st_ino
    capsys.readouterr()
    code = main(["--db", str(company), "--user", user, "--password-file", str(tmp_path / f"pw-{user}"),
                 *words, *args])
    err = capsys.readouterr().err
    if permissions.allowed(role, action):
        if command == "users enable":  # allowed, and refused for its own reason: users are on already
            assert code == 1 and "may not" not in err
            return
        assert code == 0, err
    else:
        assert code == 1 and "may not" in err, err
        for out in ("aging.xlsx", "ledger.csv", "key.age", "audit.csv", "r.xlsx", "copy.duebook", "b", "st"):
            assert not (tmp_path / out).exists(), out
        if command.startswith("backup restore"):  # the file is not replaced, nothing is set aside
            assert company.stat().st_ino == inode
            assert not list(tmp_path.glob("books.duebook.before-restore-*"))


def _no_login(office: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    root, bak = office
    shutil.copytree(root / "home", tmp_path / "home")
    monkeypatch.setenv("DUEBOOK_HOME", str(tmp_path / "home"))
    shutil.copy(root / "books.duebook", tmp_path / "protected.duebook")
    shutil.copy(bak, tmp_path / "books.duebak")
    other = create_company(str(tmp_path / "other.duebook"), "Other Co", "CNY", "en")  # users off
    other.close()
    capsys.readouterr()
    code = main(["--db", str(tmp_path / "other.duebook"),
                 *[a.format(dir=tmp_path) for a in argv]])
    return code, capsys.readouterr().err


def test_restoring_over_a_protected_file_needs_a_login_to_that_file(
        office: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "protected.duebook"
    code, err = _no_login(office, tmp_path, monkeypatch, capsys,
                          "backup", "restore", "{dir}/books.duebak", "--to", "{dir}/protected.duebook")
    assert code == 1 and "users are on" in err
    assert not list(tmp_path.glob("protected.duebook.before-restore-*")) and target.exists()


def test_copying_a_protected_company_elsewhere_needs_a_login(
        office: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _no_login(office, tmp_path, monkeypatch, capsys,
                          "transfer", "--from", "{dir}/protected.duebook", "--to", "{dir}/copy.duebook")
    assert code == 1 and "users are on" in err
    assert not (tmp_path / "copy.duebook").exists()
