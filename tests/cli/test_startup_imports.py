"""``duebook --help`` and a mistyped command answer at once: parsing imports nothing heavy.

A script that calls ``duebook`` hundreds of times pays the start-up each time. Building the parser
must not import SQLAlchemy, the models, the services, or the PDF, workbook and Qt libraries; each
command imports what it needs when it runs. Each case starts a fresh interpreter the way the
``duebook`` console script does (``app.cli:main``) and lists what it imported.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.commands import choices

ROOT = Path(__file__).resolve().parents[2]

# What parsing may never pull in (each costs from tens to hundreds of milliseconds).
HEAVY = ("sqlalchemy", "alembic", "app.models", "reportlab", "openpyxl", "PySide6", "psycopg", "argon2",
         "importlib.metadata")
# The only service modules a parser may touch: the argparse type for dates checks the range with
# these two, which import the standard library only.
LIGHT_SERVICES = {"app.services", "app.services.dates", "app.services.errors"}

PROBE = """
import json, sys
from app.cli import main
try:
    main(json.loads(sys.argv[1]))
except SystemExit as e:
    code = e.code
else:
    code = "ran"
sys.stderr.write("\\nMODULES " + json.dumps({"code": code, "modules": sorted(sys.modules)}) + "\\n")
"""


def modules_after(*argv: str) -> tuple[object, list[str], str]:
    """Exit code ("ran" when the command returned), the modules imported, and stdout + stderr."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(list(argv))], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)
    tail = done.stderr.rsplit("\nMODULES ", 1)
    assert len(tail) == 2, done.stderr
    data = json.loads(tail[1])
    return data["code"], data["modules"], done.stdout + tail[0]


def heavy_in(modules: list[str]) -> list[str]:
    heavy = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    services = [m for m in modules if m.startswith("app.services") and m not in LIGHT_SERVICES]
    return heavy + services


@pytest.mark.parametrize("argv", [
    ("--help",),
    ("balance", "--help"),
    ("report", "--help"),
    ("bank", "import", "--help"),
    ("post-payment", "--help"),
])
def test_help_imports_nothing_heavy(argv: tuple[str, ...]) -> None:
    code, modules, out = modules_after(*argv)
    assert code == 0
    assert "usage: duebook" in out
    assert heavy_in(modules) == []


def test_a_usage_error_imports_nothing_heavy() -> None:
    code, modules, out = modules_after("--db", "nowhere.duebook", "balance")
    assert code == 2
    assert "the following arguments are required: code" in out
    assert heavy_in(modules) == []


def test_parsing_a_whole_command_line_imports_nothing_heavy() -> None:
    """Every command module registers and a full balance command line is read; nothing runs yet."""
    probe = ("import json, sys\n"
             "from app.cli import build_parser\n"
             "a = build_parser().parse_args(['--db', 'x.duebook', 'balance', 'C1', '--as-of', '2026-01-31', '--json'])\n"
             "print(json.dumps([a.code, str(a.as_of), a.handler.__name__, sorted(sys.modules)]))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=True)
    code, as_of, handler, modules = json.loads(done.stdout)
    assert (code, as_of, handler) == ("C1", "2026-01-31", "cmd_balance")
    assert heavy_in(modules) == []


def test_the_command_runs_with_what_it_imports_itself(tmp_path: Path) -> None:
    """The other side: a command that runs still finds everything it needs (imported on the way in)."""
    db = str(tmp_path / "books.duebook")
    code, modules, out = modules_after("--db", db, "init", "--company", "Acme", "--json")
    assert code == "ran", out
    assert json.loads(out)["company"] == "Acme"
    assert "sqlalchemy" in modules and "app.models" in modules


def test_balance_and_aging_of_a_plain_file_start_without_sqlalchemy(tmp_path: Path) -> None:
    """A company file that needs nothing but opening is read by the quick reader (app.services.quick)."""
    from decimal import Decimal

    from app.services.company import create_company
    from app.services.customers import records as customers
    from app.services.dto import CustomerInput
    from app.services.ledger import postings as ledger

    path = tmp_path / "books.duebook"
    db = create_company(str(path), "Acme", "CNY", "en")
    try:
        customers.create_customer(db.uow(), CustomerInput(code="C1", name="Harbor Trading Ltd"))
        ledger.post_invoice(db.uow(), "C1", dt.date(2026, 1, 5), Decimal("1200.50"))
    finally:
        db.close()
    code, modules, out = modules_after("--db", str(path), "balance", "C1", "--as-of", "2026-01-31")
    assert (code, out) == ("ran", "C1  2026-01-31  1200.50\n")
    assert heavy_in(modules) == ["app.services.quick", "app.services.quick.reader"]
    code, modules, out = modules_after("--db", str(path), "aging", "--json", "--as-of", "2026-03-31")
    assert code == "ran"
    assert json.loads(out)["totals"]["d31_60"] == "1200.50"
    assert heavy_in(modules) == ["app.services.quick", "app.services.quick.reader"]


def test_the_parsers_choices_are_the_services_own() -> None:
    """app.commands.choices copies constants so that parsing imports no model: the copies stay equal."""
    from app.models import ledger
    from app.services.lifecycle import rules
    from app.services.reports import analysis as reports

    assert choices.DEBIT_KINDS == ledger.DEBIT_KINDS
    assert choices.CREDIT_KINDS == ledger.CREDIT_KINDS
    assert choices.KINDS == ledger.KINDS
    assert choices.PAYMENT_METHODS == ledger.PAYMENT_METHODS
    assert choices.REPORT_NAMES == reports.NAMES
    assert choices.GROUP_FIELDS == reports.GROUP_FIELDS
    assert choices.STAGES == rules.STAGES
