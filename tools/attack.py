"""Attack a company as a hostile colleague would, with the command line and a text editor, and count
per class how many cases were tried and how many Duebook handled (issue 20's closing note).

    python -m tools.attack            # every case (about two minutes: the kills take the time)
    python -m tools.attack --quick    # a few kills only (what tests/e2e/test_attack.py runs)

Classes: ``sqlite3 edits`` (figures and the trail changed in the file: ``audit verify`` must name
them), ``truncation and replay`` (older copies, cut files, forged or unsigned backups), ``hostile
strings`` (direction overrides, look-alikes, control characters, formulas), ``oversized amounts``
(and dates out of range), ``killed processes`` (SIGKILL during import, backup, restore, posting: the
books and the trail stay whole, no unencrypted copy is left), ``rights`` (what a clerk or a viewer may
not do). Handled means: refused (or detected) with one clear line and exit 1, nothing written, no
traceback; or, for a legitimate act (a restore through Duebook), no false alarm.

Everything runs in a temporary folder with its own home (keys) and no OS keyring: nothing of the
user's is touched.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Outcome:
    code: int
    out: str
    err: str


@dataclass
class Tally:
    tried: dict[str, int] = field(default_factory=dict)
    handled: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def case(self, klass: str, name: str, ok: bool, note: str = "") -> None:
        self.tried[klass] = self.tried.get(klass, 0) + 1
        if ok:
            self.handled[klass] = self.handled.get(klass, 0) + 1
        else:
            self.failures.append(f"{klass}: {name}: {note.strip()[:400]}")

    def table(self) -> str:
        lines = [f"{'class':<24}{'tried':>7}{'handled':>9}"]
        for k in self.tried:
            lines.append(f"{k:<24}{self.tried[k]:>7}{self.handled.get(k, 0):>9}")
        lines.append(f"{'total':<24}{sum(self.tried.values()):>7}{sum(self.handled.values()):>9}")
        return "\n".join(lines)


def run(db: Path, *args: str, user: tuple[str, Path] | None = None) -> Outcome:
    """The command line in this process, as a script sees it."""
    from app.cli import main

    argv = ["--db", str(db)]
    if user is not None:
        argv += ["--user", user[0], "--password-file", str(user[1])]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([*argv, *args])
        except SystemExit as e:
            code = int(e.code or 0)
    return Outcome(code, out.getvalue(), err.getvalue())


def refused(o: Outcome, *words: str) -> bool:
    """Exit 1, one line on stderr (no traceback), with every one of ``words`` in it."""
    text = o.err.strip()
    return (o.code == 1 and "Traceback" not in o.err and len(text.splitlines()) >= 1
            and all(w in o.err for w in words))


def sql(db: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(db)
    try:
        for s in statements:
            conn.execute(s, params if "?" in s else ())
        conn.commit()
    finally:
        conn.close()


def write_csvs(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return folder


CUSTOMERS = "code,name,credit_limit\n" + "".join(f"C{i},Customer {i} Ltd,{100000 + i}\n" for i in range(40))
INVOICES = "number,customer_code,issue_date,amount\n" + "".join(
    f"I{i},C{i % 40},2026-01-{1 + i % 28:02d},{100 + i}.25\n" for i in range(400))
PAYMENTS = "reference,customer_code,date,amount,invoice_number\n" + "".join(
    f"P{i},C{i % 40},2026-02-10,50.00,I{i}\n" for i in range(0, 400, 9))


class Office:
    """A company made through the command line: imported books, a hand-posted invoice, a credit limit
    set by hand, a backup (which makes the company's key)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.db = root / "books.duebook"
        assert run(self.db, "init", "--company", "Harbor Trading", "--currency", "CNY").code == 0
        data = write_csvs(root / "data", customers=CUSTOMERS, invoices=INVOICES, payments=PAYMENTS)
        o = run(self.db, "import", str(data))
        assert o.code == 0, o.err
        o = run(self.db, "post-invoice", "C1", "--date", "2026-03-01", "--amount", "1200.00", "--number", "H1")
        assert o.code == 0, o.err
        o = run(self.db, "backup", "create", "--dest", str(root / "backups"))
        assert o.code == 0, o.err
        self.backup = next((root / "backups").glob("*.duebak"))
        self.pristine = root / "pristine.duebook"
        shutil.copy(self.db, self.pristine)

    def fresh(self) -> Path:
        """The company as made (the key side remembers it: every case starts from the newest state)."""
        for side in ("-wal", "-shm"):
            Path(str(self.db) + side).unlink(missing_ok=True)
        shutil.copy(self.pristine, self.db)
        return self.db

    def settle(self) -> None:
        """What the company is now becomes the starting point (after a case that committed)."""
        self.pristine = self.root / f"state-{len(list(self.root.glob('state-*')))}.duebook"
        shutil.copy(self.db, self.pristine)

    def verify_names(self, *words: str) -> tuple[bool, str]:
        o = run(self.db, "audit", "verify")
        return refused(o, "audit trail broken", *words), o.err + o.out


# ---------------------------------------------------------------- class 1: sqlite3 edits

def _rehash_from(db: Path, first_id: int) -> None:
    import datetime as dt

    from app.services import audit

    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT id, at, user, action, entity, entity_id, before, after, prev_hash "
                            "FROM audit_log ORDER BY id").fetchall()
        prev = next((r[8] for r in rows if r[0] == first_id), audit.GENESIS)
        for r in rows:
            if r[0] < first_id:
                continue
            h = audit.entry_hash(prev, dt.datetime.fromisoformat(str(r[1])), r[2], r[3], r[4], r[5], r[6], r[7])
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, r[0]))
            prev = h
        conn.commit()
    finally:
        conn.close()


def _append_valid(db: Path) -> None:
    import datetime as dt

    from app.services import audit

    conn = sqlite3.connect(db)
    try:
        last_id, last_hash = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        at = dt.datetime(2026, 3, 1, 12, 0, 0)
        after = '{"amount": "1.00"}'
        h = audit.entry_hash(last_hash, at, "eve", "note", "customer", "C1", "", after)
        conn.execute("INSERT INTO audit_log (id, at, user, action, entity, entity_id, before, after, prev_hash, hash) "
                     "VALUES (?, ?, 'eve', 'note', 'customer', 'C1', '', ?, ?, ?)",
                     (last_id + 1, at.isoformat(sep=" "), after, last_hash, h))
        conn.commit()
    finally:
        conn.close()


def _edit_audited_amount_and_rehash(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        first = conn.execute("SELECT id FROM audit_log WHERE after LIKE '%1200.00%' ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("UPDATE audit_log SET after = replace(after, '1200.00', '12.00') WHERE id = ?", (first,))
        conn.execute("UPDATE documents SET amount = 1200, open_amount = 1200 WHERE number = 'H1'")
        conn.commit()
    finally:
        conn.close()
    _rehash_from(db, int(first))


def sqlite_edits(office: Office, tally: Tally) -> None:
    k = "sqlite3 edits"
    cases: list[tuple[str, Callable[[Path], None], tuple[str, ...]]] = [
        ("hand-posted invoice amount", lambda p: sql(p, "UPDATE documents SET amount = 100 WHERE number = 'H1'"),
         ("invoice H1",)),
        ("imported invoice amount", lambda p: sql(p, "UPDATE documents SET amount = amount + 1 WHERE number = 'I333'"),
         ("invoice I333",)),
        ("imported invoice amount and open amount together",
         lambda p: sql(p, "UPDATE documents SET amount = 1, open_amount = 1 WHERE number = 'I5'"), ("invoice I5",)),
        ("imported payment amount", lambda p: sql(p, "UPDATE documents SET amount = 1 WHERE number = 'P9'"),
         ("payment P9",)),
        ("imported invoice date", lambda p: sql(p, "UPDATE documents SET date = '2026-12-31' WHERE number = 'I77'"),
         ("invoice I77",)),
        ("imported invoice turned into a credit", lambda p: sql(p, "UPDATE documents SET direction = -1 "
                                                                   "WHERE number = 'I12'"), ("invoice I12",)),
        ("imported invoice renumbered", lambda p: sql(p, "UPDATE documents SET number = 'X1' WHERE number = 'I20'"),
         ("X1",)),
        ("application amount", lambda p: sql(p, "UPDATE applications SET amount = 1 "
                                                 "WHERE id = (SELECT MIN(id) FROM applications)"), ("application",)),
        ("imported credit limit", lambda p: sql(p, "UPDATE customers SET credit_limit = 99999900 WHERE code = 'C17'"),
         ("customer C17",)),
        ("imported warn ratio", lambda p: sql(p, "UPDATE customers SET warn_ratio = 99 WHERE code = 'C3'"),
         ("customer C3",)),
        ("import digests removed", lambda p: sql(p, "DELETE FROM settings WHERE key LIKE 'audit.import.%'"),
         ("row digests",)),
        ("import digests edited", lambda p: sql(p, "UPDATE settings SET value = replace(value, '\"tags\":\"', "
                                                   "'\"tags\":\"00000000') WHERE key LIKE 'audit.import.%'"),
         ("row digests",)),
        ("an entry edited, not re-hashed", lambda p: sql(p, "UPDATE audit_log SET user = 'eve' "
                                                         "WHERE id = (SELECT MIN(id) + 3 FROM audit_log)"),
         ("contents were changed",)),
        ("an entry in the middle deleted", lambda p: sql(p, "DELETE FROM audit_log "
                                                         "WHERE id = (SELECT MIN(id) + 2 FROM audit_log)"), ()),
        ("the last entries deleted", lambda p: sql(p, "DELETE FROM audit_log "
                                                   "WHERE id > (SELECT MAX(id) - 3 FROM audit_log)"), ()),
        ("the trail emptied", lambda p: sql(p, "DELETE FROM audit_log"), ()),
        ("an entry appended with a valid hash", _append_valid, ()),
        ("a figure and its entry edited, the rest re-hashed", _edit_audited_amount_and_rehash, ()),
        ("an imported invoice moved to another customer", lambda p: sql(
            p, "UPDATE documents SET customer_id = (SELECT id FROM customers WHERE code = 'C2') WHERE number = 'I41'"),
         ("invoice I41",)),
        ("a hand-posted invoice moved to another customer", lambda p: sql(
            p, "UPDATE documents SET customer_id = (SELECT id FROM customers WHERE code = 'C2') WHERE number = 'H1'"),
         ("invoice H1 belongs to customer C2",)),
        ("an imported invoice voided in the file", lambda p: sql(p, "UPDATE documents SET status = 'voided' "
                                                                    "WHERE number = 'I8'"), ("invoice I8",)),
        ("a hand-posted invoice deleted", lambda p: sql(p, "DELETE FROM applications WHERE debit_id = (SELECT id "
                                                           "FROM documents WHERE number = 'H1')",
                                                        "DELETE FROM documents WHERE number = 'H1'"),
         ("invoice H1 is in the audit trail but not in the books",)),
        ("an imported invoice deleted", lambda p: sql(p, "DELETE FROM documents WHERE number = 'I398'"),
         ("missing from the books",)),
        ("an imported customer's limit removed", lambda p: sql(p, "UPDATE customers SET credit_limit = NULL "
                                                                  "WHERE code = 'C30'"), ("customer C30",)),
        ("a hand-posted invoice shown as paid (open amount 0)",
         lambda p: sql(p, "UPDATE documents SET open_amount = 0, settled_on = '2026-03-02' WHERE number = 'H1'"),
         ("invoice H1 is open for 0.00",)),
        ("an imported invoice shown as paid (open amount 0)",
         lambda p: sql(p, "UPDATE documents SET open_amount = 0 WHERE number = 'I250'"), ("invoice I250",)),
        ("a payment's application undone by hand", lambda p: sql(
            p, "UPDATE applications SET undone_at = '2026-03-01 00:00:00' "
               "WHERE id = (SELECT MIN(id) FROM applications)"), ("which is not its amount",)),
        ("an application removed", lambda p: sql(p, "DELETE FROM applications "
                                                    "WHERE id = (SELECT MAX(id) FROM applications)"), ()),
        ("the sealed head deleted", lambda p: sql(p, "DELETE FROM settings WHERE key = 'audit.head'"), ()),
        ("the sealed head rewritten", lambda p: sql(
            p, "UPDATE settings SET value = json_set(value, '$.count', json_extract(value, '$.count') - 1) "
               "WHERE key = 'audit.head'"), ()),
    ]
    for name, attack, words in cases:
        attack(office.fresh())
        ok, said = office.verify_names(*words)
        tally.case(k, name, ok, said)


# ---------------------------------------------------------------- class 2: truncation and replay

def _unsigned_copy(office: Office, out: Path) -> Path:
    import gzip
    import json
    import tarfile

    import pyrage
    from pyrage import x25519

    from app.services import identity

    conn = sqlite3.connect(office.db)
    recipient = conn.execute("SELECT backup_recipient FROM company").fetchone()[0]
    conn.close()
    ident = identity.load_identity(recipient)
    assert ident is not None
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(pyrage.decrypt(office.backup.read_bytes(), [ident])))) as t:
        fh, mf = t.extractfile("company.db"), t.extractfile("manifest.json")
        assert fh is not None and mf is not None
        data, manifest = fh.read(), json.loads(mf.read())
    manifest.pop("mac", None)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name, blob in (("company.db", data), ("manifest.json", json.dumps(manifest).encode())):
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            t.addfile(info, io.BytesIO(blob))
    out.write_bytes(pyrage.encrypt(gzip.compress(buf.getvalue()), [x25519.Recipient.from_str(recipient)]))
    return out


def truncation_and_replay(office: Office, tally: Tally) -> None:
    k = "truncation and replay"
    db = office.fresh()
    older = office.root / "older.duebook"
    shutil.copy(db, older)
    conn = sqlite3.connect(db)
    count0, head0 = conn.execute("SELECT (SELECT COUNT(*) FROM audit_log), value FROM settings "
                                 "WHERE key = 'audit.head'").fetchone()
    conn.close()
    for n in range(3):
        assert run(db, "post-invoice", "C2", "--date", "2026-03-02", "--amount", "5.00", "--number", f"L{n}").code == 0
    newest = office.root / "newest.duebook"
    shutil.copy(db, newest)
    office.pristine = newest  # every later case starts from here (the key side has seen it)

    shutil.copy(older, db)
    ok, said = office.verify_names("rolled back")
    tally.case(k, "the whole file rolled back to an older copy", ok, said)

    office.fresh()
    sql(db, f"DELETE FROM audit_log WHERE id > (SELECT MIN(id) - 1 + {int(count0)} FROM audit_log)",
        "DELETE FROM applications WHERE credit_id IN (SELECT id FROM documents WHERE number LIKE 'L%') "
        "OR debit_id IN (SELECT id FROM documents WHERE number LIKE 'L%')",
        "DELETE FROM documents WHERE number LIKE 'L%'",
        "UPDATE settings SET value = ? WHERE key = 'audit.head'", params=(head0,))
    ok, said = office.verify_names("rolled back")
    tally.case(k, "an older sealed head put back with a matching truncation", ok, said)

    office.fresh()
    sql(db, "UPDATE settings SET value = ? WHERE key = 'audit.head'", params=(head0,))
    ok, said = office.verify_names()
    tally.case(k, "an older sealed head put back alone", ok, said)

    for frac in (0.5, 0.0):
        office.fresh()
        size = db.stat().st_size
        with open(db, "r+b") as fh:
            fh.truncate(int(size * frac))
        o = run(db, "customers")
        o2 = run(db, "audit", "verify")
        tally.case(k, f"the company file cut to {int(frac * 100)} %",
                   o.code == 1 and "Traceback" not in o.err + o2.err and o2.code == 1, o.err + o2.err)

    office.fresh()
    cut = office.root / "cut.duebak"
    cut.write_bytes(office.backup.read_bytes()[: office.backup.stat().st_size // 2])
    o = run(db, "backup", "verify", str(cut))
    tally.case(k, "a backup cut in half", refused(o), o.err)
    flipped = office.root / "flipped.duebak"
    data = bytearray(office.backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    o = run(db, "backup", "verify", str(flipped))
    tally.case(k, "a backup with one bit flipped", refused(o), o.err)
    empty = office.root / "empty.duebak"
    empty.write_bytes(b"")
    o = run(db, "backup", "verify", str(empty))
    tally.case(k, "an empty backup", refused(o), o.err)

    unsigned = _unsigned_copy(office, office.root / "unsigned.duebak")
    target = office.root / "restored.duebook"
    o = run(db, "backup", "restore", str(unsigned), "--to", str(target))
    tally.case(k, "an unsigned backup restored without --allow-unsigned", refused(o, "not signed")
               and not target.exists(), o.err)

    # a legitimate restore of an older backup: no false alarm afterwards; the file from before, put back: reported
    o = run(db, "backup", "restore", str(office.backup), "--to", str(db))
    o2 = run(db, "audit", "verify")
    tally.case(k, "an older backup restored through Duebook (no false alarm)", o.code == 0 and o2.code == 0,
               o.err + o2.err)
    kept = sorted(office.root.glob("books.duebook.before-restore-*"))
    kept = [p for p in kept if not p.name.endswith(("-wal", "-shm"))]
    if kept:
        after_restore = office.root / "after-restore.duebook"
        shutil.copy(db, after_restore)
        shutil.copy(kept[-1], db)
        for side in ("-wal", "-shm"):
            Path(str(db) + side).unlink(missing_ok=True)
        ok, said = office.verify_names("rolled back")
        tally.case(k, "the file from before a restore put back by hand", ok, said)
        office.pristine = after_restore
    else:
        tally.case(k, "the file from before a restore put back by hand", False, "no file was kept aside")
    office.fresh()


# ---------------------------------------------------------------- class 3: hostile strings

def hostile_strings(office: Office, tally: Tally) -> None:
    k = "hostile strings"
    db = office.fresh()
    rlo, zw = "\u202e", "\u200b"

    def imp(name: str, csv_name: str, text: str, *words: str) -> None:
        folder = office.root / f"hostile-{len(tally.failures)}-{sum(tally.tried.values())}"
        write_csvs(folder, **{csv_name: text})
        o = run(db, "import", str(folder))
        tally.case(k, name, refused(o, *words), o.err)

    imp("a customer name with a right-to-left override (import)", "customers", f"code,name\nN1,Harbor {rlo}dtL\n",
        "reverses or hides")
    imp("a customer code with a NUL (import)", "customers", "code,name\nN\x001,Harbor\n", "control")
    imp("a customer code with an escape sequence (import)", "customers", "code,name\n\x1b[31mN1,Harbor\n", "control")
    imp("a look-alike of an existing customer code (import)", "customers", f"code,name\nC1{zw},Fake Ltd\n")
    imp("two invoice numbers that look the same (import)", "invoices",
        f"number,customer_code,issue_date,amount\nJ1,C1,2026-01-01,10\nJ1{zw},C1,2026-01-01,10\n")
    imp("a look-alike of an existing invoice number (import)", "invoices",
        "number,customer_code,issue_date,amount\nＩ１,C1,2026-01-01,10\n")
    imp("an unterminated quote (import)", "customers", 'code,name\nN1,"Harbor\nN2,Second\n', "never closed")

    def cli(name: str, *args: str, words: tuple[str, ...] = ()) -> None:
        o = run(db, *args)
        tally.case(k, name, refused(o, *words), o.err or o.out)

    cli("an invoice number with a right-to-left override", "post-invoice", "C1", "--date", "2026-03-01",
        "--amount", "1.00", "--number", f"H{rlo}9", words=("reverses or hides",))
    cli("a look-alike of an existing invoice number", "post-invoice", "C1", "--date", "2026-03-01", "--amount",
        "1.00", "--number", f"H1{zw}", words=("already",))
    cli("a full-width look-alike of an existing invoice number", "post-invoice", "C1", "--date", "2026-03-01",
        "--amount", "1.00", "--number", "Ｈ１", words=("already",))
    cli("an order number with a right-to-left override", "order", "create", "C1", "--date", "2026-03-01",
        "--amount", "1.00", "--number", f"O{rlo}1", words=("reverses or hides",))
    cli("a contract number with an isolate", "contract", "add", "C1", "--number", "\u2066K1", "--start",
        "2026-01-01", "--end", "2026-12-31", "--value", "10.00", words=("reverses or hides",))
    cli("a bank account named with a zero-width space", "bank", "profile", "--account", f"Ma{zw}in",
        "--from-json", str(ROOT / "tests" / "data" / "bank" / "icbc_profile.json"), words=("reverses or hides",))
    cli("a log entry holding an escape sequence", "log", "add", "C1", "--summary", "called \x1b]0;owned\x07",
        words=("control",))
    cli("a company name with an override", "company", "set", "--name", f"Harbor {rlo}gnidarT",
        words=("reverses or hides",))

    imp("a tag with a right-to-left override (import)", "customers", f"code,name,tags\nN3,Tagged Ltd,vip{rlo}\n",
        "reverses or hides")
    imp("a customer name hiding a zero-width space (import)", "customers", f"code,name\nN4,Harbor{zw} Trading\n",
        "reverses or hides")
    imp("a contact name with an override (import)", "customers", f"code,name,contact_name\nN5,Harbor,Ann{rlo}\n",
        "reverses or hides")
    imp("a payment reference that looks like an existing one (import)", "payments",
        f"reference,customer_code,date,amount\nP9{zw},C9,2026-02-11,1.00\n")
    cli("a promise note with a NUL", "promise", "add", "I3", "--date", "2026-04-01", "--amount", "1.00", "--note",
        "pay\x00later", words=("control",))
    cli("an order's notes with an escape sequence", "order", "create", "C1", "--date", "2026-03-01", "--amount",
        "1.00", "--notes", "\x1b[2J", words=("control",))

    # formulas in data never become formula cells or CSV fields that start with = + - @
    folder = write_csvs(office.root / "formula", customers="code,name\n=2+5,=HYPERLINK(\"http://x\")\n")
    run(db, "import", str(folder))
    out = office.root / "audit.csv"
    o = run(db, "audit", "list", "--csv", str(out))
    fields = [f for line in out.read_text(encoding="utf-8").splitlines() for f in line.split(",")] if out.exists() else []
    tally.case(k, "formulas in codes and names, audit CSV", o.code == 0 and fields != [] and not any(
        f.lstrip('"').startswith(("=", "+", "@")) for f in fields), o.err)
    xlsx = office.root / "aging.xlsx"
    o = run(db, "aging", "--xlsx", str(xlsx))
    tally.case(k, "formulas in codes and names, aging workbook", o.code == 0 and _no_formula_cells(xlsx), o.err)
    run(db, "post-invoice", "=2+5", "--date", "2026-03-01", "--amount", "1.00", "--number", "@SUM(1)")
    ledger_csv = office.root / "ledger.csv"
    o = run(db, "export-ledger", str(ledger_csv))
    fields = ([f for line in ledger_csv.read_text(encoding="utf-8").splitlines() for f in line.split(",")]
              if ledger_csv.exists() else [])
    tally.case(k, "formulas in codes and numbers, ledger CSV", o.code == 0 and fields != [] and not any(
        f.lstrip('"').startswith(("=", "+", "@")) for f in fields), o.err)
    ledger_xlsx = office.root / "ledger.xlsx"
    o = run(db, "export-ledger", str(ledger_xlsx))
    tally.case(k, "formulas in codes and numbers, ledger workbook", o.code == 0 and _no_formula_cells(ledger_xlsx),
               o.err)
    office.settle()


def _no_formula_cells(path: Path) -> bool:
    import zipfile

    if not path.exists():
        return False
    with zipfile.ZipFile(path) as z:
        return not any("<f>" in z.read(n).decode("utf-8", "replace") or "<f " in z.read(n).decode("utf-8", "replace")
                       for n in z.namelist() if n.startswith("xl/worksheets/"))


# ---------------------------------------------------------------- class 4: oversized amounts and dates

def oversized(office: Office, tally: Tally) -> None:
    k = "oversized amounts"
    db = office.fresh()
    for amount in ("99999999999999999999", "92233720368547758.08", "10000000000000.01", "1e20", "-5.00", "0",
                   "NaN", "Infinity", "1.001", "12,34.5"):
        o = run(db, "post-invoice", "C1", "--date", "2026-03-01", "--amount", amount)
        tally.case(k, f"post-invoice --amount {amount}", refused(o) or (o.code == 2 and "Traceback" not in o.err),
                   o.err)
    for date in ("9999-12-31", "1899-12-31", "2026-02-30"):
        o = run(db, "post-invoice", "C1", "--date", date, "--amount", "1.00")
        tally.case(k, f"post-invoice --date {date}", o.code in (1, 2) and "Traceback" not in o.err, o.err)
    for amount in ("90000000000000000", "1e30"):
        folder = write_csvs(office.root / f"big-{amount}",
                            invoices=f"number,customer_code,issue_date,amount\nB1,C1,2026-01-01,{amount}\n"
                                     f"B2,C1,2026-01-01,{amount}\n")
        o = run(db, "import", str(folder))
        tally.case(k, f"import two invoices of {amount}", refused(o, "invoices.csv:2:amount"), o.err)
    folder = write_csvs(office.root / "big-limit", customers="code,name,credit_limit\nN9,Big Ltd,1e20\n")
    o = run(db, "import", str(folder))
    tally.case(k, "import a credit limit of 1e20", refused(o, "credit_limit"), o.err)
    o = run(db, "write-off", "C1", "--amount", "99999999999999", "--date", "2026-03-01", "--reason", "x")
    tally.case(k, "write-off of 99999999999999", (refused(o) or o.code == 2) and "Traceback" not in o.err, o.err)
    for name, args in (
            ("order create --amount 1e20", ("order", "create", "C1", "--date", "2026-03-01", "--amount", "1e20")),
            ("contract add --value 10000000000000.01", ("contract", "add", "C1", "--number", "K9", "--start",
                                                        "2026-01-01", "--end", "2026-12-31", "--value",
                                                        "10000000000000.01")),
            ("promise add --amount 99999999999999999", ("promise", "add", "I3", "--date", "2026-04-01", "--amount",
                                                         "99999999999999999")),
            ("promise add --date 9999-12-31", ("promise", "add", "I3", "--date", "9999-12-31", "--amount", "1.00")),
            ("post-payment --amount 1e16", ("post-payment", "C1", "--date", "2026-03-01", "--amount", "1e16")),
            ("contract add --end 3000-01-01", ("contract", "add", "C1", "--number", "K8", "--start", "2026-01-01",
                                               "--end", "3000-01-01", "--value", "1.00")),
            ("log add --follow-up 0001-01-01", ("log", "add", "C1", "--summary", "x", "--follow-up", "0001-01-01")),
            ("a name of a million characters", ("order", "create", "C1", "--date", "2026-03-01", "--amount", "1.00",
                                                "--number", "N" * 1_000_000))):
        o = run(db, *args)
        tally.case(k, name, o.code in (1, 2) and "Traceback" not in o.err and len(o.err) < 2000, o.err[:300])
    after = [run(db, c, *a) for c, a in (("customers", ()), ("balance", ("C1",)), ("aging", ()), ("credit", ("C1",)))]
    tally.case(k, "the books still read afterwards", all(x.code == 0 for x in after), " ".join(x.err for x in after))
    o = run(db, "audit", "verify")
    tally.case(k, "the trail intact afterwards", o.code == 0, o.err)


# ---------------------------------------------------------------- class 5: killed processes

def _spawn(db: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DUEBOOK_NO_AUTO_BACKUP": "1"}
    return subprocess.Popen([sys.executable, "-m", "app.cli", "--db", str(db), *args], env=env, cwd=str(ROOT),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def killed(office: Office, tally: Tally, kills: int, seed: int = 20) -> None:
    k = "killed processes"
    rng = random.Random(seed)
    big = office.root / "big"
    n = 6000
    write_csvs(big, customers="code,name\n" + "".join(f"K{i},Kill {i} Ltd\n" for i in range(200)),
               invoices="number,customer_code,issue_date,amount\n" + "".join(
                   f"KI{i},K{i % 200},2026-01-{1 + i % 28:02d},{10 + i % 90}.50\n" for i in range(n)))
    jobs: list[tuple[str, list[str]]] = [
        ("import", ["import", str(big)]),
        ("backup create", ["backup", "create", "--dest", str(office.root / "kill-backups")]),
        ("restore", ["backup", "restore", str(office.backup), "--to", str(office.db)]),
        ("posting", ["post-invoice", "C5", "--date", "2026-03-03", "--amount", "7.00"]),
    ]
    for i in range(kills):
        name, args = jobs[i % len(jobs)]
        db = office.fresh()
        p = _spawn(db, *args)
        time.sleep(rng.uniform(0.3, 2.5))
        p.send_signal(signal.SIGKILL)
        p.wait()
        # the next start: the company opens, its trail verifies, its file checks, no unencrypted copy is left
        chk = run(db, "check", "--full")
        ver = run(db, "audit", "verify")
        cust = run(db, "customers", "--json")
        import json as _json

        counts_ok = True
        with contextlib.suppress(Exception):
            codes = {c["code"] for c in _json.loads(cust.out)}
            counts_ok = ("K0" in codes) == ("K199" in codes)  # an import is all or nothing
        left = [p.name for p in office.root.rglob("*") if p.name.endswith((".part", ".tmp"))
                or "duebook-verify-" in p.name]
        ok = chk.code == 0 and ver.code == 0 and cust.code == 0 and counts_ok and not left
        tally.case(k, f"SIGKILL during {name} (#{i + 1})", ok,
                   f"check={chk.code} {chk.err} verify={ver.code} {ver.err} {ver.out} left={left}")
        office.settle()  # the state the key side saw last
        for extra in office.root.glob("books.duebook.before-restore-*"):
            extra.unlink()


# ---------------------------------------------------------------- class 6: rights

def rights(office: Office, tally: Tally) -> None:
    k = "rights"
    db = office.fresh()
    pw = office.root / "pw"
    for name, secret in (("boss", "pw-boss-secret"), ("cleo", "pw-cleo-secret"), ("vic", "pw-vic-secret")):
        (office.root / f"pw-{name}").write_text(secret, encoding="utf-8")
    assert run(db, "users", "enable", "--admin", "boss", "--admin-password-file", str(office.root / "pw-boss")).code == 0
    boss = ("boss", office.root / "pw-boss")
    for name, role in (("cleo", "clerk"), ("vic", "viewer")):
        o = run(db, "users", "add", name, "--role", role, "--new-password-file", str(office.root / f"pw-{name}"),
                user=boss)
        assert o.code == 0, o.err
    cleo, vic = ("cleo", office.root / "pw-cleo"), ("vic", office.root / "pw-vic")
    cases = [
        ("a clerk exports the aging", cleo, ["aging", "--xlsx", str(office.root / "r1.xlsx")], "export data"),
        ("a viewer exports a report", vic, ["report", "dso", "--from", "2026-01-01", "--to", "2026-06-30", "--xlsx",
                                            str(office.root / "r2.xlsx")], "export data"),
        ("a viewer exports the ledger", vic, ["export-ledger", str(office.root / "l.csv")], "export data"),
        ("a clerk puts a customer on hold", cleo, ["hold", "C1", "--reason", "x"], "credit"),
        ("a viewer posts an invoice", vic, ["post-invoice", "C1", "--date", "2026-03-01", "--amount", "1.00"], "post"),
        ("a clerk exports the backup key", cleo, ["backup", "recovery-key", "--out", str(office.root / "k.age"),
                                                  "--passphrase-file", str(pw)], "backup key"),
    ]
    pw.write_text("a long passphrase", encoding="utf-8")
    o = run(db, "users", "add", "ｂｏｓｓ", "--role", "viewer", "--new-password-file", str(office.root / "pw-vic"),
            user=boss)
    tally.case(k, "a user whose name looks like the administrator's (full-width)", refused(o, "already"), o.err)
    for name, who, args, words in cases:
        o = run(db, *args, user=who)
        tally.case(k, name, refused(o, "may not", words), o.err)
    before = run(db, "balance", "C1", user=boss).out
    o = run(db, "write-off", "C1", "--amount", "10.00", "--date", "2026-03-01", "--reason", "will not pay", user=cleo)
    after = run(db, "balance", "C1", user=boss).out
    tally.case(k, "a clerk writes off a debt (it only waits for an approver)",
               o.code == 0 and "waits for an approver" in o.out and before == after, o.err or o.out)
    office.settle()


def attack(root: Path, kills: int = 12) -> Tally:
    """Every class against a company made in ``root``."""
    tally = Tally()
    office = Office(root)
    sqlite_edits(office, tally)
    truncation_and_replay(office, tally)
    hostile_strings(office, tally)
    oversized(office, tally)
    killed(office, tally, kills)
    rights(office, tally)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="four kills instead of twenty")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    import keyring
    from keyring.backends import fail

    work = Path(tempfile.mkdtemp(prefix="attack-"))
    os.environ["DUEBOOK_HOME"] = str(work / "home")
    os.environ["DUEBOOK_NO_AUTO_BACKUP"] = "1"
    keyring.set_keyring(fail.Keyring())  # the backup key in a file of the temporary home, never the user's keyring
    try:
        tally = attack(work / "office", kills=4 if args.quick else 20)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(tally.table())
    for f in tally.failures:
        print("NOT HANDLED:", f)
    return 0 if not tally.failures else 1


if __name__ == "__main__":
    sys.exit(main())
