"""What can be sent: statements (one or a batch), dunning letters, and the report pack.

Each source renders its attachment with the document services (a function returning PDF
bytes) and writes a message to the outbox; the message text comes from ``templates`` in the
customer's language, and the attachment is named in that language too.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Customer
from app.services.collections.dunning import Proposal
from app.services.company import load_company
from app.services.customers.records import find_customer
from app.services.documents import pdf
from app.services.errors import ValidationError
from app.services.outbox.errors import NoEmailAddress
from app.services.outbox.settings import smtp_in, split_addresses
from app.services.outbox.store import Attachment, Draft, MessageInfo, message_info, queue_in
from app.services.outbox.templates import norm_language, render_in
from app.services.permissions import require
from app.services.progress import NoProgress, Progress, check
from app.services.reports.analysis import balances_at
from app.services.unit_of_work import UnitOfWork

NAMES = {"statement": ("Statement", "对账单"), "dunning": ("Payment_reminder", "催款函"),
         "report": ("Receivables_report", "应收账款报告"), "invoice": ("Invoice", "销售单"),
         "receipt": ("Receipt", "收据")}
BATCH_COMMIT = 50


def file_name(kind: str, lang: str, *parts: str) -> str:
    en, zh = NAMES[kind]
    stem = "_".join([zh if norm_language(lang) == "zh_CN" else en, *parts])
    return re.sub(r"[^\w\-.]+", "_", stem, flags=re.UNICODE) + ".pdf"


def customer_address(c: Customer) -> str:
    """The customer's e-mail address, or the first contact's ("" when there is none)."""
    if c.email.strip():
        return c.email.strip()
    for x in c.contacts:
        if x.email.strip():
            return x.email.strip()
    return ""


def money(value: Decimal, currency: str, digits: int) -> str:
    return f"{currency} {pdf.money_text(value, digits)}"


def period_text(d1: dt.date, d2: dt.date, lang: str) -> str:
    return f"{d1.isoformat()} 至 {d2.isoformat()}" if norm_language(lang) == "zh_CN" else \
        f"{d1.isoformat()} – {d2.isoformat()}"


def statement_draft(uow: UnitOfWork, c: Customer, d1: dt.date, d2: dt.date, *, open_item: bool = False,
                    run_ref: str = "") -> Draft:
    """One customer's statement as a message (inside the caller's unit of work)."""
    from app.services.documents.statement_pdf import statement_language, statement_pdf_bytes
    from app.services.ledger.postings import open_items_in
    from app.services.ledger.statements import statement_in

    s = uow.session
    to = customer_address(c)
    if not to:
        raise NoEmailAddress(customer=c.code)
    st = statement_in(uow, c, d1, d2, open_item)
    lang = statement_language(st)
    data = statement_pdf_bytes(st, lang)
    digits = st.company.minor_digits
    items = st.open_items if open_item else tuple(open_items_in(s, c.id, d2))
    rows = [(i.number, i.due_date.isoformat(), str(max(i.days_overdue, 0)) if i.days_overdue > 0 else "",
             pdf.money_text(i.open_amount, digits)) for i in items]
    values = {"customer": c.name, "company": st.company.name,
              "amount": money(st.closing_balance, st.company.currency, digits), "period": period_text(d1, d2, lang),
              "as_of": d2.isoformat(), "due_by": d2.isoformat(), "level": "", "reference": ""}
    r = render_in(s, "statement", lang, values, rows)
    return Draft("statement", (to,), r.subject, r.text, r.html, customer_id=c.id, language=lang,
                 attachments=(Attachment(file_name("statement", lang, c.code, d2.strftime("%Y-%m")), data),),
                 document_ref=f"statement:{c.code}:{d1.isoformat()}:{d2.isoformat()}", run_ref=run_ref)


def mail_statement(uow: UnitOfWork, code: str, d1: dt.date, d2: dt.date, open_item: bool = False) -> MessageInfo:
    """Queue one statement to the customer's address (NoEmailAddress when there is none)."""
    require(uow, "mail.send")
    if d2 < d1:
        raise ValidationError("to", "the period ends before it starts", code="order")
    with uow:
        c = find_customer(uow.session, code)
        m = queue_in(uow.session, uow.user, statement_draft(uow, c, d1, d2, open_item=open_item))
        info = message_info(uow.session, m)
        uow.commit()
        return info


@dataclass(frozen=True)
class BatchMail:
    queued: tuple[MessageInfo, ...]
    no_address: tuple[str, ...]  # customer codes to print for instead


def codes_owing(uow: UnitOfWork, as_of: dt.date) -> list[str]:
    """The codes of the customers whose balance at ``as_of`` is not zero (the statements to mail)."""
    with uow:
        owing = [cid for cid, units in balances_at(uow.session, as_of).items() if units]
        return sorted(uow.session.execute(select(Customer.code).where(Customer.id.in_(owing or [-1]))).scalars())


def mail_statements(uow: UnitOfWork, codes: Sequence[str | int], d1: dt.date, d2: dt.date, *,
                    open_item: bool = False, progress: Progress | None = None) -> BatchMail:
    """Queue a statement for each customer (code or id) with an address; the others are listed for printing."""
    require(uow, "mail.send")
    if d2 < d1:
        raise ValidationError("to", "the period ends before it starts", code="order")
    progress = progress or NoProgress()
    queued: list[MessageInfo] = []
    missing: list[str] = []
    for start in range(0, len(codes), BATCH_COMMIT):
        with uow:
            s = uow.session
            for n, code in enumerate(codes[start:start + BATCH_COMMIT], start):
                check(progress, n, len(codes))
                c = find_customer(s, code)
                if not customer_address(c):
                    missing.append(c.code)
                    continue
                m = queue_in(s, uow.user, statement_draft(uow, c, d1, d2, open_item=open_item))
                queued.append(message_info(s, m, (c.code, c.name)))
            uow.commit()
    progress.update(len(codes), len(codes))
    return BatchMail(tuple(queued), tuple(missing))


# ---- invoices and receipts -----------------------------------------------------------------------

def document_draft(uow: UnitOfWork, kind: str, number: str) -> Draft:
    """An invoice (kind ``invoice``) or a payment's receipt (``receipt``) as a message to the customer,
    the PDF made by the documents wing in the customer's language. Reads on its own snapshot."""
    from app.services.documents import data
    from app.services.documents.invoice_pdf import invoice_language, invoice_pdf_bytes
    from app.services.documents.receipt_pdf import receipt_language, receipt_pdf_bytes

    if kind == "invoice":
        inv = data.invoice_document(uow.db.read_uow(), number)
        party, company, ref = inv.customer, inv.company, inv.number
        lang = invoice_language(inv, None)
        pdf_bytes = invoice_pdf_bytes(inv, lang)
        amount, as_of, due_by = inv.amount, inv.date, inv.due_date or inv.date
        rows = [(inv.number, (inv.due_date or inv.date).isoformat(), "", pdf.money_text(inv.due, company.minor_digits))]
    else:
        rc = data.receipt_document(uow.db.read_uow(), number)
        party, company, ref = rc.customer, rc.company, rc.number
        lang = receipt_language(rc, None)
        pdf_bytes = receipt_pdf_bytes(rc, lang)
        amount, as_of, due_by = rc.amount, rc.date, rc.date
        rows = []
    with uow:
        s = uow.session
        c = find_customer(s, party.code)
        to = customer_address(c)
        if not to:
            raise NoEmailAddress(customer=c.code)
        values = {"customer": party.name, "company": company.name,
                  "amount": money(amount, company.currency, company.minor_digits), "period": "",
                  "as_of": as_of.isoformat(), "due_by": due_by.isoformat(), "level": "", "reference": ref}
        r = render_in(s, kind, lang, values, rows)
        customer_id = c.id
    return Draft(kind, (to,), r.subject, r.text, r.html, customer_id=customer_id, language=lang,
                 attachments=(Attachment(file_name(kind, lang, ref), pdf_bytes),),
                 document_ref=f"{kind}:{ref}")


def mail_document(uow: UnitOfWork, kind: str, number: str) -> MessageInfo:
    """Queue invoice ``number`` or the receipt of payment ``number`` to the customer's address
    (NoEmailAddress when there is none)."""
    require(uow, "mail.send")
    if kind not in ("invoice", "receipt"):
        raise ValidationError("kind", "invoice or receipt", code="choice")
    draft = document_draft(uow, kind, number)
    with uow:
        m = queue_in(uow.session, uow.user, draft)
        info = message_info(uow.session, m)
        uow.commit()
        return info


# ---- dunning letters -----------------------------------------------------------------------------

def dunning_drafts(uow: UnitOfWork, as_of: dt.date, proposals: Sequence[Proposal], run_ref: str = "",
                   excluded: set[str] | None = None) -> tuple[list[Draft], list[str]]:
    """A message with the letter for each proposal whose customer has an address; the rest to print."""
    from app.services.collections.letters import DEFAULT_DUE_DAYS, letter_pdf

    excluded = excluded or set()
    with uow:
        s = uow.session
        company = load_company(s)
        addresses = {c.code: customer_address(c) for c in s.execute(
            select(Customer).where(Customer.code.in_([p.customer for p in proposals] or [""]))).scalars()}
        currency, digits, company_name = company.currency, company.minor_digits, company.name
    drafts, to_print = [], []
    due_by = as_of + dt.timedelta(days=DEFAULT_DUE_DAYS)
    for p in proposals:
        to = addresses.get(p.customer, "")
        if not to or p.customer in excluded:
            to_print.append(p.customer)
            continue
        data = letter_pdf(uow, p, as_of)
        lang = norm_language(p.language)
        rows = [(i.number, i.due_date.isoformat(), str(i.days_overdue), pdf.money_text(i.open_amount, digits))
                for i in p.invoices]
        values = {"customer": p.name, "company": company_name, "amount": money(p.total, currency, digits),
                  "due_by": due_by.isoformat(), "as_of": as_of.isoformat(), "level": str(p.level),
                  "period": "", "reference": ""}
        with uow:
            r = render_in(uow.session, "dunning", lang, values, rows)
        drafts.append(Draft("dunning", (to,), r.subject, r.text, r.html, customer_id=p.customer_id, language=lang,
                            attachments=(Attachment(file_name("dunning", lang, p.customer, as_of.isoformat()), data),),
                            document_ref=f"dunning:{p.customer}:{as_of.isoformat()}:{p.level}", run_ref=run_ref))
    return drafts, to_print


def mail_dunning(uow: UnitOfWork, as_of: dt.date, proposals: Sequence[Proposal]) -> BatchMail:
    """E-mail the letters of committed proposals to customers with an address; list the rest to print."""
    require(uow, "mail.send")
    drafts, to_print = dunning_drafts(uow, as_of, proposals)
    with uow:
        queued = [message_info(uow.session, queue_in(uow.session, uow.user, d)) for d in drafts]
        uow.commit()
    return BatchMail(tuple(queued), tuple(to_print))


# ---- the report pack ----------------------------------------------------------------------------

PACK_TITLE = ("Receivables report {period}", "应收账款报告 {period}")


def report_pack_files(uow: UnitOfWork, d1: dt.date, d2: dt.date) -> tuple[bytes, bytes, str, Decimal]:
    """(PDF, workbook, language, total receivable): aging at ``d2``, top overdue, collection rate, DSO."""
    from pypdf import PdfWriter

    from app.services.company import company_info
    from app.services.documents import aging_pdf
    from app.services.documents.excel import Column, XlsxWriter
    from app.services.ledger import aging
    from app.services.reports import analysis as reports
    from app.services.reports import export as report_export

    company = company_info(uow)
    lang = norm_language(company.locale)
    zh = lang == "zh_CN"
    ag = aging.aging(uow, d2)
    from app.services.alerts.detect import alerts_report

    parts = [reports.top_overdue(uow, d1, d2), reports.collection(uow, d1, d2), reports.dso(uow, d1, d2),
             alerts_report(uow, d1, d2, lang)]
    with tempfile.TemporaryDirectory(prefix="duebook-pack-") as tmp:
        folder = Path(tmp)
        files = [aging_pdf.write_aging_pdf(ag, company, folder / "aging.pdf", lang)]
        for i, rep in enumerate(parts):
            files.append(report_export.export_pdf(rep, folder / f"r{i}.pdf", company, lang))
        merged = PdfWriter()
        for f in files:
            merged.append(str(f))
        with open(folder / "pack.pdf", "wb") as fh:
            merged.write(fh)
        merged.close()
        pdf_bytes = (folder / "pack.pdf").read_bytes()
        kinds = {"money": "money", "int": "int", "ratio": "percent", "days": "number", "date": "date"}
        with XlsxWriter(folder / "pack.xlsx", digits=company.minor_digits, company=company.name) as book:
            from app.services.documents.statement_pdf import bucket_label

            head = [Column("客户编号" if zh else "Code"), Column("客户" if zh else "Customer")]
            head += [Column(bucket_label(k, lang), "money") for k in ag.bucket_keys]
            head += [Column(bucket_label("unapplied", lang), "money"), Column("合计" if zh else "Total", "money")]
            sh = book.sheet("账龄" if zh else "Aging", head,
                            title_rows=[[f"账龄分析（截至 {d2.isoformat()}）" if zh else f"Aging as of {d2.isoformat()}"]])
            for r in ag.rows:
                sh.append([r.code, r.name, *r.amounts, r.unapplied, r.total])
            sh.append(["合计" if zh else "Total", "", *ag.totals, ag.total_unapplied, ag.total])
            for rep in parts:
                cols = [Column(c.heading(lang), kinds.get(c.kind, "text")) for c in rep.columns]
                title = rep.title_zh if zh else rep.title
                sh = book.sheet(title, cols, title_rows=[[title], [f"{d1.isoformat()} – {d2.isoformat()}"]])
                for row in rep.rows:
                    sh.append([("yes" if row.get(c.key) else "") if c.kind == "bool" else row.get(c.key)
                               for c in rep.columns])
        xlsx_bytes = (folder / "pack.xlsx").read_bytes()
    return pdf_bytes, xlsx_bytes, lang, ag.total


def report_pack_draft(uow: UnitOfWork, d1: dt.date, d2: dt.date, to: Sequence[str], run_ref: str = "") -> Draft:
    pdf_bytes, xlsx_bytes, lang, total = report_pack_files(uow, d1, d2)
    with uow:
        s = uow.session
        company = load_company(s)
        values = {"customer": "", "company": company.name, "amount": money(total, company.currency,
                                                                           company.minor_digits),
                  "period": period_text(d1, d2, lang), "as_of": d2.isoformat(), "due_by": "", "level": "",
                  "reference": ""}
        r = render_in(s, "report_pack", lang, values)
    stem = file_name("report", lang, d1.isoformat(), d2.isoformat())[:-4]
    return Draft("report_pack", tuple(to), r.subject, r.text, r.html, language=lang, attachments=(
        Attachment(stem + ".pdf", pdf_bytes),
        Attachment(stem + ".xlsx", xlsx_bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        document_ref=f"report_pack:{d1.isoformat()}:{d2.isoformat()}", run_ref=run_ref)


def owner_addresses(session: Session) -> list[str]:
    return split_addresses(smtp_in(session).owner)


def mail_report_pack(uow: UnitOfWork, d1: dt.date, d2: dt.date, to: Sequence[str] = ()) -> MessageInfo:
    """Queue the report pack to ``to`` (default: the owner's addresses in the mail settings)."""
    require(uow, "mail.send")
    if d2 < d1:
        raise ValidationError("to", "the period ends before it starts", code="order")
    with uow:
        recipients = list(to) or owner_addresses(uow.session)
    if not recipients:
        raise ValidationError("report_to", "no address to send the report pack to", code="required")
    draft = report_pack_draft(uow, d1, d2, recipients)
    with uow:
        info = message_info(uow.session, queue_in(uow.session, uow.user, draft))
        uow.commit()
        return info
