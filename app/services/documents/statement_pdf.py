"""A customer statement (对账单) as PDF, in the customer's language.

``write_statement_pdf(st, path, language=None)`` writes one statement:
letterhead, customer block, period and statement date, then either the
balance-forward table (opening balance, every document with a running balance,
totals, closing balance) or, when ``st.open_item``, the items open at the end of
the period with their days overdue; then the aging summary and a remittance
slip with the company's bank details. The table header repeats on every page
and each page says "Page X of Y". ``statement_story`` gives the flowables so a
batch can reuse them.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.services.documents import pdf
from app.services.documents.pdf import date_text, kind_label, label, money_text, para
from app.services.dto import Statement

TEXT: dict[str, tuple[str, str]] = {
    "title": ("Statement of account", "对账单"),
    "title_open": ("Statement of open items", "未结清项目对账单"),
    "period": ("Period", "对账期间"),
    "statement_date": ("Statement date", "对账日期"),
    "bill_to": ("Statement for", "客户"),
    "brought_forward": ("Balance brought forward", "上期结余"),
    "period_total": ("Totals for the period", "本期合计"),
    "closing": ("Closing balance", "期末余额"),
    "amount_due": ("Amount due", "应付金额"),
    "open_items": ("Items open on {date}", "截至 {date} 未结清项目"),
    "no_open": ("No open items.", "没有未结清项目。"),
    "no_lines": ("No documents in this period.", "本期没有往来记录。"),
    "unapplied_row": ("Unapplied payments and credits", "未核销的收款和贷项"),
    "aging": ("Aging summary on {date}", "账龄汇总（截至 {date}）"),
    "remit": ("Remittance advice — please return with your payment", "汇款回执 — 请随付款一并寄回"),
    "pay_to": ("Please pay to", "请汇款至"),
    "enclosed": ("Amount enclosed", "本次付款金额"),
    "thanks": ("Please check this statement and tell us of any difference within 15 days.",
               "请核对本对账单，如有差异请于 15 日内告知我方。"),
    "days": ("d", "天"),
    "reference": ("Reference", "付款备注"),
    "confirm": ("Customer confirmation", "客户确认"),
    "confirm_text": ("The balance shown above: □ is correct   □ differs (please give details):",
                     "上述余额：□ 核对无误   □ 有差异（请列明差异）："),
    "stamp": ("Customer stamp", "客户（盖章）"),
    "signature": ("Signed by", "经办人（签字）"),
    "signed_on": ("Date", "日期"),
    "date_blank": ("____-__-__", "____年__月__日"),
}


def t(key: str, lang: str, **kw: object) -> str:
    en, zh = TEXT[key]
    s = zh if pdf.is_zh(lang) else en
    return s.format(**kw) if kw else s


def bucket_label(key: str, lang: str) -> str:
    if key == "not_due":
        return label("not_due", lang)
    if key == "unapplied":
        return label("unapplied", lang)
    rest = key[1:]
    if rest.endswith("_plus"):
        low = rest[: -len("_plus")]
        return f"{low}+ {t('days', lang)}" if pdf.is_zh(lang) else f"{low}+ days"
    low, _, high = rest.partition("_")
    return f"{low}-{high} {t('days', lang)}" if pdf.is_zh(lang) else f"{low}-{high} days"




def _header_block(st: Statement, lang: str, width: float) -> Flowable:
    c = st.customer
    items = [(t("bill_to", lang), "small"), (c.name, "bold")]
    if c.billing_address:
        items.append((c.billing_address, "normal"))
    items.append((f"{label('code', lang)}: {c.code}", "normal"))
    if c.tax_id:
        items.append((f"{label('tax_id', lang)}: {c.tax_id}", "normal"))
    left = pdf.TextBlock(items, width - 74 * mm - 6)
    right_rows = [
        [t("statement_date", lang), date_text(st.date_to)],
        [t("period", lang), f"{date_text(st.date_from)} – {date_text(st.date_to)}"],
        [label("currency", lang), st.company.currency],
        [t("amount_due", lang), money_text(st.closing_balance, st.company.minor_digits)],
    ]
    rt = Table(right_rows, colWidths=[30 * mm, 42 * mm])
    rt.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 8.5),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#5b6875")),
        ("FONT", (0, 3), (-1, 3), pdf.FONT, 10),
        ("LINEABOVE", (0, 3), (-1, 3), 0.6, pdf.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    outer = Table([[left, rt]], colWidths=[width - 74 * mm, 74 * mm])
    outer.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), pdf.FONT, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _balance_forward(st: Statement, lang: str, width: float) -> list[Flowable]:
    d = st.company.minor_digits
    head = [label("date", lang), label("kind", lang), label("number", lang), label("description", lang),
            label("due_date", lang), label("debit", lang), label("credit", lang), label("balance", lang)]
    fixed = [18, 16, 22, 0, 18, 21, 21, 22]
    widths = [x * mm for x in fixed]
    widths[3] = width - sum(widths)
    rows: list[list[str]] = [[date_text(st.date_from), t("brought_forward", lang), "", "", "", "", "",
                              money_text(st.opening_balance, d)]]
    kinds = {k: kind_label(k, lang) for k in {ln.kind for ln in st.lines}}
    for ln in st.lines:
        rows.append([
            date_text(ln.date), kinds[ln.kind], ln.number, ln.description,
            date_text(ln.due_date) if ln.kind == "invoice" else "",
            money_text(ln.debit, d) if ln.debit else "", money_text(ln.credit, d) if ln.credit else "",
            money_text(ln.balance, d),
        ])
    rows.append(["", t("period_total", lang), "", "", "", money_text(st.total_debit, d),
                 money_text(st.total_credit, d), ""])
    rows.append(["", t("closing", lang), "", "", "", "", "", money_text(st.closing_balance, d)])
    table = pdf.RowTable(head, rows, widths, right=(5, 6, 7),
                         row_styles={0: {"bg": colors.HexColor("#f5f6f8")}, -2: {"line_above": True},
                                     -1: {"bg": pdf.GREY, "size": 9}},
                         spans={0: (1, 4), -2: (1, 4), -1: (1, 6)})
    out: list[Flowable] = [table]
    if not st.lines:
        out += [Spacer(1, 2 * mm), para(t("no_lines", lang), "small")]
    return out


def _open_items(st: Statement, lang: str, width: float) -> list[Flowable]:
    d = st.company.minor_digits
    s = pdf.styles()
    head = [label("date", lang), label("kind", lang), label("number", lang), label("due_date", lang),
            label("days_overdue", lang), label("amount", lang), label("open_amount", lang)]
    fixed = [18, 0, 26, 18, 18, 25, 25]
    widths = [x * mm for x in fixed]
    widths[1] = width - sum(widths)
    rows: list[list[str]] = []
    total_open = Decimal(0)
    for it in st.open_items:
        total_open += it.open_amount
        rows.append([date_text(it.date), kind_label(it.kind, lang), it.number, date_text(it.due_date),
                     str(it.days_overdue) if it.days_overdue > 0 else "",
                     money_text(it.amount, d), money_text(it.open_amount, d)])
    rows.append(["", label("total", lang), "", "", "", "", money_text(total_open, d)])
    first_total = len(rows) - 1
    if st.aging.unapplied:
        rows.append(["", t("unapplied_row", lang), "", "", "", "", money_text(st.aging.unapplied, d)])
    rows.append(["", t("amount_due", lang), "", "", "", "", money_text(st.closing_balance, d)])
    table = pdf.RowTable(head, rows, widths, right=(4, 5, 6),
                         row_styles={first_total: {"line_above": True}, -1: {"bg": pdf.GREY, "size": 9}},
                         spans={first_total: (1, 4), len(rows) - 1: (1, 5)})
    out: list[Flowable] = [para(t("open_items", lang, date=date_text(st.date_to)), s["heading"]), table]
    if not st.open_items:
        out += [Spacer(1, 2 * mm), para(t("no_open", lang), "small")]
    return out


def aging_table(keys: list[str], amounts: list[Decimal], unapplied: Decimal, total: Decimal, digits: int,
                lang: str, width: float) -> Table:
    head = [bucket_label(k, lang) for k in keys] + [label("unapplied", lang), label("total", lang)]
    vals = [money_text(a, digits) for a in amounts] + [money_text(unapplied, digits), money_text(total, digits)]
    n = len(head)
    t_ = pdf.data_table([head, vals], [width / n] * n, money_cols=range(n))
    return t_


def _remittance(st: Statement, lang: str, width: float) -> Flowable:
    co = st.company
    c = st.customer
    d = co.minor_digits
    left = pdf.TextBlock([
        (t("remit", lang), "bold"),
        (f"{label('customer', lang)}: {c.name}", "normal"),
        (f"{label('code', lang)}: {c.code}", "normal"),
        (f"{t('statement_date', lang)}: {date_text(st.date_to)}", "normal"),
        (f"{t('amount_due', lang)}: {co.currency} {money_text(st.closing_balance, d)}", "bold"),
        ("", "small"),
        (f"{t('enclosed', lang)}: ______________________", "normal"),
        (f"{t('reference', lang)}: {c.code}", "small"),
    ], width * 0.52 - 12)
    items = [(t("pay_to", lang), "small"), (co.name, "bold")]
    if co.bank_name:
        items.append((f"{label('bank', lang)}: {co.bank_name}", "normal"))
    if co.bank_account:
        items.append((f"{label('account', lang)}: {co.bank_account}", "normal"))
    if co.bank_details:
        items.append((co.bank_details, "normal"))
    if co.address:
        items.append((co.address, "small"))
    right = pdf.TextBlock(items, width * 0.48 - 14)
    tbl = Table([[left, right]], colWidths=[width * 0.52, width * 0.48])
    tbl.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("BOX", (1, 0), (1, 0), 0.4, pdf.RULE),
        ("LEFTPADDING", (1, 0), (1, 0), 6),
    ]))
    return KeepTogether([pdf.rule(width, dashed=True), Spacer(1, 3 * mm), tbl])


def confirmation_block(lang: str, width: float) -> Flowable:
    """The customer's confirmation (客户确认 / 盖章): tick, stamp, signature and date, in a box."""
    st = pdf.styles()
    line = "_" * 24
    rows = [
        [pdf.para(t("confirm", lang), "bold"), "", ""],
        [pdf.para(f"{t('confirm_text', lang)} {line}", st["normal"]), "", ""],
        [f"{t('stamp', lang)}：" if pdf.is_zh(lang) else f"{t('stamp', lang)}:",
         f"{t('signature', lang)}：" if pdf.is_zh(lang) else f"{t('signature', lang)}:",
         f"{t('signed_on', lang)}：{t('date_blank', lang)}" if pdf.is_zh(lang)
         else f"{t('signed_on', lang)}: {t('date_blank', lang)}"],
    ]
    tbl = Table(rows, colWidths=[width * 0.38, width * 0.32, width * 0.30], rowHeights=[None, None, 22 * mm])
    tbl.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 9),
        ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
        ("BOX", (0, 0), (-1, -1), 0.6, pdf.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return tbl


def statement_story(st: Statement, lang: str) -> list[Flowable]:
    width = pdf.content_width()
    story: list[Flowable] = list(pdf.letterhead(st.company, lang, width))
    story.append(pdf.TextBlock([(t("title_open" if st.open_item else "title", lang), "title")], width,
                               space_before=4, space_after=6))
    story.append(_header_block(st, lang, width))
    story.append(Spacer(1, 5 * mm))
    body = _open_items(st, lang, width) if st.open_item else _balance_forward(st, lang, width)
    k = max(i for i, f in enumerate(body) if isinstance(f, pdf.RowTable))
    story += body[:k]
    tail: list[Flowable] = [*body[k + 1:], Spacer(1, 5 * mm)]
    keys = [b.key for b in st.buckets]
    tail += [
        pdf.TextBlock([(t("aging", lang, date=date_text(st.date_to)), "heading")], width, space_before=8,
                      space_after=4),
        aging_table(keys, list(st.aging.amounts), st.aging.unapplied, st.aging.total,
                    st.company.minor_digits, lang, width),
        Spacer(1, 3 * mm),
        pdf.TextBlock([(t("thanks", lang), "small")], width),
    ]
    if pdf.is_zh(lang):
        tail += [Spacer(1, 4 * mm), confirmation_block(lang, width)]
    tail += [Spacer(1, 6 * mm), _remittance(st, lang, width)]
    # the slip and the summary go with the table's last rows: never a page holding only the slip
    story.append(pdf.TableWithTail(body[k], tail, keep_rows=5))
    return story


def statement_language(st: Statement, language: str | None = None) -> str:
    lang = language or st.customer.language or st.company.locale or "en"
    return "zh_CN" if pdf.is_zh(lang) else "en"


def statement_title(st: Statement, lang: str) -> str:
    return f"{t('title', lang)} {st.customer.code} {date_text(st.date_from)} – {date_text(st.date_to)}"


def write_statement_pdf(st: Statement, path: str | Path, language: str | None = None) -> Path:
    """Write the statement as a PDF in ``language`` (default: the customer's); returns the path."""
    lang = statement_language(st, language)
    return pdf.build_pdf(path, statement_story(st, lang), company=st.company, lang=lang,
                         title=statement_title(st, lang))


def statement_pdf_bytes(st: Statement, language: str | None = None) -> bytes:
    lang = statement_language(st, language)
    return pdf.build_pdf_bytes(statement_story(st, lang), company=st.company, lang=lang,
                               title=statement_title(st, lang))
