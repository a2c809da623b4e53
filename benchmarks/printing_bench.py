"""Printing invoices and receipts (PRODUCT §8a, issue 15), on a scratch company of its own:

* one invoice PDF of 50 lines (< 100 ms): the invoice read from the books and rendered;
* 1,000 receipts as one merged PDF for printing (< 60 s): each payment applied to three
  invoices with a remainder, Chinese receipts with capital numerals.

    .venv/bin/python benchmarks/documents_bench.py --printing-only [--receipts 1000] [--repeat 5]

``documents_bench.py COMPANY`` runs it too, after the figures of the data set.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from app.services import documents
from app.services.company import create_company
from app.services.dto import LineInput
from app.services.interchange.importing import import_path
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database


def scratch_company(folder: Path, receipts: int) -> Database:
    """50-line invoice INV-LINES; ``receipts`` customers with three invoices and a payment each (imported)."""
    db = create_company(str(folder / "printing.duebook"), "上海明达贸易有限公司", "CNY", "zh_CN",
                        address="上海市黄浦区南京东路88号", tax_id="91310000MA1FL1234X",
                        bank_name="招商银行上海分行", bank_account="6225 8888 1234 5678")
    data = folder / "set"
    data.mkdir()
    cust = ["code,name,language,address"]
    inv = ["number,customer_code,issue_date,amount"]
    pay = ["reference,customer_code,date,amount,method"]
    for i in range(receipts):
        code = f"C{i:05d}"
        cust.append(f"{code},客户{i}贸易有限公司,{'zh_CN' if i % 2 else 'en'},上海市某区某路{i}号")
        for k in range(3):
            inv.append(f"INV-{i:05d}-{k},{code},2026-03-0{k + 1},{100 + i % 50 + k}.25")
        pay.append(f"PAY-{i:05d},{code},2026-03-20,{400 + i % 50 * 3 + 3 + 12}.80,bank_transfer")
    (data / "customers.csv").write_text("\n".join(cust) + "\n", encoding="utf-8")
    (data / "invoices.csv").write_text("\n".join(inv) + "\n", encoding="utf-8")
    (data / "payments.csv").write_text("\n".join(pay) + "\n", encoding="utf-8")
    import_path(db, data)
    lines = [LineInput(f"商品 {n:02d} Product line with a longer description", Decimal(n % 7 + 1),
                       Decimal("123.45") + n, Decimal("0.13") if n % 3 else Decimal("0.06")) for n in range(50)]
    ledger.post_invoice(db.uow(), "C00000", dt.date(2026, 3, 5), lines=lines, number="INV-LINES")
    return db


def printing_rows(receipts: int = 1000, repeat: int = 5, out: Path | None = None) -> list[tuple[str, str, str, str]]:
    folder = out or Path(tempfile.mkdtemp(prefix="duebook-printbench-"))
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    db = scratch_company(folder, receipts)
    setup = time.perf_counter() - t0
    rows = []
    try:
        times, cpu = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            documents.render_invoice_pdf(db.read_uow(), "INV-LINES", folder / "invoice-50.pdf")
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        size = (folder / "invoice-50.pdf").stat().st_size / 1024
        rows.append(("invoice PDF, 50 lines", f"{times[0] * 1000:.0f} ms first / {min(times) * 1000:.0f} ms best "
                     f"(CPU {min(cpu) * 1000:.0f} ms)", "< 100 ms", f"{size:.0f} KB, read and rendered"))
        print(rows[-1], flush=True)
        ids = documents.payment_ids(db.read_uow(), dt.date(2026, 3, 1), dt.date(2026, 3, 31))
        t0, c0 = time.perf_counter(), time.process_time()
        batch = documents.print_receipts(db, ids, folder / "receipts.pdf")
        secs, c = time.perf_counter() - t0, time.process_time() - c0
        mb = (folder / "receipts.pdf").stat().st_size / 2**20
        rows.append((f"{batch.count} receipts, one merged PDF", f"{secs:.1f} s (CPU {c:.1f} s)", "< 60 s",
                     f"{batch.pages} pages, {mb:.1f} MB; scratch company made in {setup:.0f} s"))
        print(rows[-1], flush=True)
    finally:
        db.close()
    load = os.getloadavg()
    rows.append(("load average (shared machine)", f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}", "", ""))
    return rows
