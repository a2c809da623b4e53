"""The aging report (账龄分析) as a landscape PDF in the company's language.

``write_aging_pdf(report, company, path)``: letterhead, title with the as-of
date, a row per customer (code, name, buckets, unapplied, total), a totals row,
the header repeated on every page and "Page X of Y".
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.services.documents import pdf
from app.services.documents.pdf import date_text, label, money_text, para
from app.services.documents.statement_pdf import bucket_label
from app.services.dto import AgingReport, CompanyInfo

TITLE = ("Aging report as of {date}", "账龄分析表（截至 {date}）")
SUMMARY = ("{n} customers · currency {cur} · by {basis}", "客户数 {n} · 币种 {cur} · 按{basis}")
BASIS = {"due_date": ("due date", "到期日"), "invoice_date": ("invoice date", "开票日")}
NONE = ("No customer has an open balance on this date.", "该日期没有客户有未结余额。")


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if pdf.is_zh(lang) else pair[0]


def aging_story(report: AgingReport, company: CompanyInfo, lang: str) -> list[Flowable]:
    width = pdf.content_width(landscape_page=True)
    s = pdf.styles()
    d = company.minor_digits
    story: list[Flowable] = list(pdf.letterhead(company, lang, width))
    story.append(para(_pick(TITLE, lang).format(date=date_text(report.as_of)), s["title"]))
    basis = _pick(BASIS.get(report.basis, (report.basis, report.basis)), lang)
    story.append(para(_pick(SUMMARY, lang).format(n=len(report.rows), cur=report.currency, basis=basis),
                      s["small"]))
    story.append(Spacer(1, 4 * mm))
    keys = list(report.bucket_keys)
    head = [label("code", lang), label("customer", lang)] + [bucket_label(k, lang) for k in keys]
    head += [label("unapplied", lang), label("total", lang)]
    money_cols = list(range(2, len(head)))
    money_w = 25 * mm
    code_w = 24 * mm
    widths = [code_w, width - code_w - money_w * len(money_cols)] + [money_w] * len(money_cols)
    rows: list[list[str]] = []
    for r in report.rows:
        rows.append([r.code, r.name, *(money_text(a, d) for a in r.amounts),
                     money_text(r.unapplied, d), money_text(r.total, d)])
    rows.append([label("total", lang), "", *(money_text(a, d) for a in report.totals),
                 money_text(report.total_unapplied, d), money_text(report.total, d)])
    story.append(pdf.RowTable(head, rows, widths, right=money_cols,
                              row_styles={-1: {"bg": pdf.GREY, "size": 8.5, "line_above": True}}))
    if not report.rows:
        story += [Spacer(1, 3 * mm), para(_pick(NONE, lang), s["small"])]
    return story


def write_aging_pdf(report: AgingReport, company: CompanyInfo, path: str | Path,
                    language: str | None = None) -> Path:
    """Write the aging report as PDF (language: the company's unless given); returns the path."""
    lang = "zh_CN" if pdf.is_zh(language or company.locale) else "en"
    title = _pick(TITLE, lang).format(date=date_text(report.as_of))
    return pdf.build_pdf(path, aging_story(report, company, lang), company=company, lang=lang, title=title,
                         landscape_page=True)
