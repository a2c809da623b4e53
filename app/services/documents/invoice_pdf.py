"""The invoice as the customer receives it (commercial invoice / 销售单), as a PDF.

Letterhead and logo, bill-to with address and tax ID, number and dates, the lines (quantity,
unit price, tax rate, net, tax, amount) or the single amount, tax summed per rate, the total,
what was paid and what is still due when printed after a payment, the due date and the
payment instructions with the company's bank details, in the customer's language.

It is not a tax invoice. China's 增值税发票 is issued by the tax system; the Chinese invoice
says so, and prints that fapiao's number and date when the bookkeeper has recorded them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.services.documents import pdf
from app.services.documents.data import InvoiceDocument
from app.services.documents.output import Target, save
from app.services.documents.pdf import date_text, label, money_text
from app.services.dto import LineInfo

TEXT: dict[str, tuple[str, str]] = {
    "title": ("Invoice", "销售单"),
    "not_fapiao": ("", "本销售单为商业单据，不是增值税发票；增值税发票由税务系统另行开具。"),
    "fapiao": ("VAT invoice (fapiao) no. {number}, issued {date}", "对应增值税发票号码：{number}，开票日期：{date}"),
    "bill_to": ("Bill to", "购货单位"),
    "invoice_no": ("Invoice no.", "单号"),
    "invoice_date": ("Invoice date", "开单日期"),
    "due_date": ("Due date", "付款到期日"),
    "order": ("Order", "订单号"),
    "contract": ("Contract", "合同号"),
    "printed": ("Printed", "打印日期"),
    "no": ("#", "序号"),
    "item": ("Description", "品名及摘要"),
    "qty": ("Qty", "数量"),
    "unit_price": ("Unit price", "单价"),
    "tax_rate": ("Tax rate", "税率"),
    "net": ("Net", "金额"),
    "tax": ("Tax", "税额"),
    "amount": ("Amount", "价税合计"),
    "tax_summary": ("Tax by rate", "按税率汇总"),
    "net_total": ("Net total", "金额合计"),
    "tax_total": ("Tax total", "税额合计"),
    "total": ("Total", "价税合计"),
    "paid": ("Paid so far", "已付金额"),
    "due": ("Amount due", "应付余额"),
    "pay_by": ("Please pay {amount} by {date} to:", "请于 {date} 前支付 {amount} 至："),
    "pay_to": ("Please pay {amount} to:", "请支付 {amount} 至："),
    "reference": ("Reference: invoice {number}", "付款附言：单号 {number}"),
    "paid_in_full": ("Paid in full. Thank you.", "本单已全额付清，谢谢。"),
    "voided": ("VOIDED — this invoice was cancelled and is not payable.", "已作废 — 本单已取消，无需付款。"),
    "draft": ("DRAFT — not yet issued.", "草稿 — 尚未开出。"),
    "account_name": ("Account name", "户名"),
    "thanks": ("Thank you for your business.", "感谢惠顾。"),
}


def t(key: str, lang: str, **kw: object) -> str:
    en, zh = TEXT[key]
    s = zh if pdf.is_zh(lang) else en
    return s.format(**kw) if kw else s


def quantity_text(q: Decimal) -> str:
    """``Decimal('2.500')`` -> ``'2.5'``, ``Decimal('1200')`` -> ``'1,200'`` (exact)."""
    n = q.normalize()
    if n == n.to_integral_value():
        return f"{n.to_integral_value():,}"
    return f"{n:,f}"


def price_text(p: Decimal, digits: int) -> str:
    """A unit price with at least the currency's digits, more when it has them (12.3456)."""
    exponent = p.normalize().as_tuple().exponent
    places = max(digits, -exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return f"{p:,.{min(places, 6)}f}"


def rate_text(r: Decimal) -> str:
    """``Decimal('0.13')`` -> ``'13%'``; ``0.065`` -> ``'6.5%'``."""
    pct = (r * 100).normalize()
    return (f"{pct.to_integral_value()}" if pct == pct.to_integral_value() else f"{pct:f}") + "%"


def tax_by_rate(lines: Sequence[LineInfo]) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(rate, net, tax) summed per rate, lowest rate first."""
    out: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for ln in lines:
        net, tax = out.get(ln.tax_rate.normalize(), (Decimal(0), Decimal(0)))
        out[ln.tax_rate.normalize()] = (net + ln.net, tax + ln.tax)
    return [(r, n, x) for r, (n, x) in sorted(out.items())]


def _header(inv: InvoiceDocument, lang: str, width: float) -> Flowable:
    c = inv.customer
    d = inv.company.minor_digits
    items = [(t("bill_to", lang), "small"), (c.name, "bold")]
    if c.address:
        items.append((c.address, "normal"))
    items.append((f"{label('code', lang)}: {c.code}", "normal"))
    if c.tax_id:
        items.append((f"{label('tax_id', lang)}: {c.tax_id}", "normal"))
    right_w = 80 * mm
    left = pdf.TextBlock(items, width - right_w - 6)
    rows = [[t("invoice_no", lang), inv.number], [t("invoice_date", lang), date_text(inv.date)]]
    if inv.due_date:
        rows.append([t("due_date", lang), date_text(inv.due_date)])
    if inv.orders:
        rows.append([t("order", lang), ", ".join(inv.orders)])
    if inv.contract_ref:
        rows.append([t("contract", lang), inv.contract_ref])
    rows.append([label("currency", lang), inv.company.currency])
    rows.append([t("due", lang), money_text(inv.due if inv.status != "voided" else inv.amount - inv.amount, d)])
    rt = Table([[a, pdf.cell(b, 46 * mm)] for a, b in rows], colWidths=[34 * mm, 46 * mm])
    last = len(rows) - 1
    rt.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 8.5),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#5b6875")),
        ("FONT", (0, last), (-1, last), pdf.FONT, 10),
        ("LINEABOVE", (0, last), (-1, last), 0.6, pdf.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    outer = Table([[left, rt]], colWidths=[width - right_w, right_w])
    outer.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), pdf.FONT, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _lines(inv: InvoiceDocument, lang: str, width: float) -> list[Flowable]:
    d = inv.company.minor_digits
    if not inv.lines:  # one amount
        head = [t("no", lang), t("item", lang), t("amount", lang)]
        widths = [10 * mm, width - 10 * mm - 32 * mm, 32 * mm]
        desc = inv.description or t("title", lang)
        rows = [["1", desc, money_text(inv.amount, d)],
                ["", t("total", lang), money_text(inv.amount, d)]]
        return [pdf.RowTable(head, rows, widths, right=(2,), row_styles={-1: {"bg": pdf.GREY, "size": 9,
                                                                            "line_above": True}})]
    head = [t("no", lang), t("item", lang), t("qty", lang), t("unit_price", lang), t("tax_rate", lang),
            t("net", lang), t("tax", lang), t("amount", lang)]
    fixed = [9, 0, 17, 22, 15, 24, 20, 25]
    widths = [x * mm for x in fixed]
    widths[1] = width - sum(widths)
    rows = [[str(i), ln.description, quantity_text(ln.quantity), price_text(ln.unit_price, d),
             rate_text(ln.tax_rate), money_text(ln.net, d), money_text(ln.tax, d), money_text(ln.total, d)]
            for i, ln in enumerate(inv.lines, 1)]
    net = sum((ln.net for ln in inv.lines), Decimal(0))
    tax = sum((ln.tax for ln in inv.lines), Decimal(0))
    rows.append(["", t("total", lang), "", "", "", money_text(net, d), money_text(tax, d), money_text(inv.amount, d)])
    table = pdf.RowTable(head, rows, widths, right=(0, 2, 3, 4, 5, 6, 7),
                         row_styles={-1: {"bg": pdf.GREY, "size": 8.5, "line_above": True}}, spans={-1: (1, 4)})
    return [table]


def _totals(inv: InvoiceDocument, lang: str, width: float) -> Flowable:
    d = inv.company.minor_digits
    left: Flowable | list[Flowable]
    if inv.lines:
        head = [t("tax_rate", lang), t("net", lang), t("tax", lang)]
        rows = [[rate_text(r), money_text(n, d), money_text(x, d)] for r, n, x in tax_by_rate(inv.lines)]
        lw = width * 0.5
        left = [pdf.TextBlock([(t("tax_summary", lang), "small")], lw, space_after=2),
                pdf.RowTable(head, rows, [lw * 0.3, lw * 0.35, lw * 0.35], right=(0, 1, 2))]
    else:
        left = Spacer(1, 1)
    net = sum((ln.net for ln in inv.lines), Decimal(0))
    tax = sum((ln.tax for ln in inv.lines), Decimal(0))
    rows2: list[list[str]] = []
    if inv.lines:
        rows2 += [[t("net_total", lang), money_text(net, d)], [t("tax_total", lang), money_text(tax, d)]]
    rows2.append([t("total", lang), f"{inv.company.currency} {money_text(inv.amount, d)}"])
    strong = [len(rows2) - 1]
    if inv.status == "posted" and inv.paid:
        rows2.append([t("paid", lang), money_text(inv.paid, d)])
        rows2.append([t("due", lang), f"{inv.company.currency} {money_text(inv.due, d)}"])
        strong.append(len(rows2) - 1)
    rw = 74 * mm
    rt = Table(rows2, colWidths=[rw * 0.45, rw * 0.55])
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for r in strong:
        style += [("FONT", (0, r), (-1, r), pdf.FONT, 10.5), ("LINEABOVE", (0, r), (-1, r), 0.6, pdf.RULE),
                  ("BACKGROUND", (0, r), (-1, r), pdf.GREY)]
    rt.setStyle(TableStyle(style))
    outer = Table([[left, rt]], colWidths=[width - rw, rw])
    outer.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), pdf.FONT, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _payment(inv: InvoiceDocument, lang: str, width: float) -> Flowable:
    co = inv.company
    d = co.minor_digits
    amount = f"{co.currency} {money_text(inv.due, d)}"
    if inv.status == "voided":
        return pdf.TextBlock([(t("voided", lang), "heading")], width)
    if inv.status == "posted" and inv.due <= 0:
        return pdf.TextBlock([(t("paid_in_full", lang), "bold")], width)
    first = (t("pay_by", lang, amount=amount, date=date_text(inv.due_date)) if inv.due_date
             else t("pay_to", lang, amount=amount))
    items = [(first, "bold"), (f"{t('account_name', lang)}: {co.name}", "normal")]
    if co.bank_name:
        items.append((f"{label('bank', lang)}: {co.bank_name}", "normal"))
    if co.bank_account:
        items.append((f"{label('account', lang)}: {co.bank_account}", "normal"))
    if co.bank_details:
        items.append((co.bank_details, "normal"))
    items.append((t("reference", lang, number=inv.number), "normal"))
    box = Table([[pdf.TextBlock(items, width - 14)]], colWidths=[width])
    box.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), pdf.FONT, 9), ("BOX", (0, 0), (-1, -1), 0.4, pdf.RULE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return box


def invoice_story(inv: InvoiceDocument, lang: str) -> list[Flowable]:
    width = pdf.content_width()
    story: list[Flowable] = list(pdf.letterhead(inv.company, lang, width))
    story.append(pdf.TextBlock([(t("title", lang), "title")], width, space_before=2, space_after=4))
    if inv.status == "draft":
        story.append(pdf.TextBlock([(t("draft", lang), "heading")], width, space_after=4))
    story.append(_header(inv, lang, width))
    story.append(Spacer(1, 5 * mm))
    if inv.description and inv.lines:
        story.append(pdf.TextBlock([(inv.description, "normal")], width, space_after=4))
    story += _lines(inv, lang, width)
    story.append(Spacer(1, 4 * mm))
    story.append(_totals(inv, lang, width))
    story.append(Spacer(1, 6 * mm))
    story.append(KeepTogether([_payment(inv, lang, width)]))
    notes: list[tuple[str, str]] = []
    if inv.tax_invoice_number:
        notes.append((t("fapiao", lang, number=inv.tax_invoice_number, date=date_text(inv.tax_invoice_date)),
                      "small"))
    if pdf.is_zh(lang):
        notes.append((t("not_fapiao", lang), "muted"))
    notes.append((t("thanks", lang), "small"))
    story.append(pdf.TextBlock(notes, width, space_before=8))
    return story


def invoice_language(inv: InvoiceDocument, language: str | None = None) -> str:
    lang = language or inv.customer.language or inv.company.locale or "en"
    return "zh_CN" if pdf.is_zh(lang) else "en"


def invoice_title(inv: InvoiceDocument, lang: str) -> str:
    return f"{t('title', lang)} {inv.number}"


def write_invoice_pdf(inv: InvoiceDocument, target: Target, language: str | None = None) -> Path | None:
    """Write the invoice to a path or a binary stream, in ``language`` (default: the customer's)."""
    return save(invoice_pdf_bytes(inv, language), target)


def invoice_pdf_bytes(inv: InvoiceDocument, language: str | None = None) -> bytes:
    lang = invoice_language(inv, language)
    return pdf.build_pdf_bytes(invoice_story(inv, lang), company=inv.company, lang=lang,
                               title=invoice_title(inv, lang))
