"""The outbox at scale (PRODUCT §14, §8b): statements rendered and queued, and sending speed.

    .venv/bin/python benchmarks/outbox_bench.py [--customers 1000] [--invoices 20000] [--keep DIR]

Builds a demo company of ``--customers`` customers (each with an e-mail address), then:

* 1,000 statements rendered and queued (< 90 s): ``mail_statements`` for every customer, a
  balance-forward statement of the year as PDF, the message text from the templates, all
  written to the outbox in the company file;
* sending to a local SMTP server (>= 20 messages/s): aiosmtpd on loopback in its own process,
  with STARTTLS (a trustme certificate) and login, one connection, every queued message with its
  PDF attached; one commit per message (it is marked "check" before its data in the same commit
  that records the previous one as sent).

Prints a table with the figure, its target, what was measured, and the load average (the
machine is shared: the CPU seconds are printed beside the wall time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from app.models import Customer
from app.services.company import create_company
from app.services.demo.sample import fill_demo
from app.services.outbox import settings as st
from app.services.outbox import sources, store, transport

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--customers", type=int, default=1000)
    ap.add_argument("--invoices", type=int, default=20000)
    ap.add_argument("--keep", type=Path, help="build the company file in this folder (kept)")
    a = ap.parse_args()

    import keyring

    from tests.conftest import MemoryKeyring
    from tests.mailserver import PASSWORD, USER

    keyring.set_keyring(MemoryKeyring())
    folder = a.keep or Path(tempfile.mkdtemp(prefix="duebook-outbox-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "outbox-bench.duebook"
    for p in folder.glob(path.name + "*"):
        p.unlink()
    t = time.perf_counter()
    db = create_company(str(path), "Bench Outbox Trading", "CNY", "en")
    end = dt.date(2026, 6, 30)
    fill_demo(db, customers=a.customers, invoices=a.invoices, seed=11, end=end)
    with db.uow() as uow:
        for c in uow.session.execute(select(Customer)).scalars():
            if not c.email:
                c.email = f"ar-{c.code.lower()}@example.com"
        uow.commit()
        codes = sorted(uow.session.execute(select(Customer.code)).scalars())
    print(f"(demo company with {len(codes)} customers built in {time.perf_counter() - t:.1f} s)", file=sys.stderr)

    rows: list[tuple[str, str, str]] = []
    c0, t0 = time.process_time(), time.perf_counter()
    res = sources.mail_statements(db.uow(), codes, dt.date(2026, 1, 1), end)
    queue_s, queue_cpu = time.perf_counter() - t0, time.process_time() - c0
    rows.append((f"{len(res.queued):,} statements rendered and queued", "< 90 s",
                 f"{queue_s:.1f} s ({queue_cpu:.1f} s CPU, {queue_s / max(1, len(res.queued)) * 1000:.0f} ms each)"))
    size = path.stat().st_size + sum(p.stat().st_size for p in folder.glob(path.name + "-wal"))
    rows.append(("company file with the queued messages", "-", f"{size / 1e6:.0f} MB"))

    # The server runs in its own process, as a real one would (not competing for this one's GIL).
    server = subprocess.Popen([sys.executable, "-m", "tests.mailserver", str(folder)], cwd=ROOT,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdin is not None and server.stdout is not None
    port, ca_file = server.stdout.readline().split()
    st.save_smtp(db.uow(), st.SmtpSettings(host="127.0.0.1", port=int(port), security="starttls",
                                           sender="ar@bench.example", user=USER, ca_file=ca_file), PASSWORD)
    c0, t0 = time.process_time(), time.perf_counter()
    report = transport.send_due(db.uow())
    send_s, send_cpu = time.perf_counter() - t0, time.process_time() - c0
    server.stdin.close()
    received = int(server.stdout.readline())
    _pid, _status, usage = os.wait4(server.pid, 0)  # the server's own CPU: whose side is the time on?
    server_cpu = usage.ru_utime + usage.ru_stime
    n = len(report.sent)
    rows.append((f"sending {n:,} messages to a local SMTP server (STARTTLS, login)", ">= 20 messages/s",
                 f"{n / send_s:.1f} messages/s ({send_s:.1f} s; CPU {send_cpu:.1f} s here, "
                 f"{server_cpu:.1f} s in the test server; server got {received})"))
    assert not report.failed and store.waiting_count(db.uow()) == 0
    db.close()

    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'target':<17}  measured")
    print(f"{'-' * width}  {'-' * 17}  {'-' * 40}")
    for fig, target, got in rows:
        print(f"{fig:<{width}}  {target:<17}  {got}")
    print(f"load average (1, 5, 15 min): {load}; {os.cpu_count()} CPUs, shared with other sessions")


if __name__ == "__main__":
    main()
