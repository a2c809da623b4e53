"""A receipt (收据) for a payment, as a PDF in the customer's language.

Received from, the amount in figures and, on a Chinese receipt in yuan, in capital numerals
(大写, :func:`app.services.documents.numerals.capital_amount`); the method and reference; the
invoices the payment settled and what stays unapplied on account; a line for the signature
and the company's seal.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.services.documents import pdf
from app.services.documents.data import ReceiptDocument
from app.services.documents.numerals import capital_amount
from app.services.documents.output import Target, save
from app.services.documents.pdf import date_text, kind_label, label, money_text

TEXT: dict[str, tuple[str, str]] = {
    "title": ("Receipt", "收据"),
    "receipt_no": ("Receipt no.", "收据号"),
    "date": ("Date received", "收款日期"),
    "received_from": ("Received from", "今收到"),
    "amount": ("Amount", "金额（小写）"),
    "capital": ("Amount in words", "人民币（大写）"),
    "method": ("Method", "付款方式"),
    "reference": ("Reference", "摘要"),
    "for": ("Applied to", "用于结算"),
    "number": ("Number", "单号"),
    "doc_date": ("Date", "日期"),
    "doc_amount": ("Document amount", "单据金额"),
    "applied": ("Applied", "本次结算"),
    "unapplied": ("Unapplied, kept on account", "未核销余额（预收）"),
    "nothing_applied": ("Not applied to any invoice yet; kept on account.", "尚未结算任何单据，作为预收款保留。"),
    "total": ("Total", "合计"),
    "received_by": ("Received by (signature)", "收款人（签字）"),
    "seal": ("Company seal", "单位盖章"),
    "voided": ("VOIDED — this payment was reversed.", "已作废 — 本笔收款已冲销。"),
    "thanks": ("Thank you for your payment.", "谢谢惠付。"),
}

METHODS: dict[str, tuple[str, str]] = {
    "bank_transfer": ("Bank transfer", "银行转账"), "cash": ("Cash", "现金"), "card": ("Card", "刷卡"),
    "cheque": ("Cheque", "支票"), "other": ("Other", "其他"),
}


def t(key: str, lang: str, **kw: object) -> str:
    en, zh = TEXT[key]
    s = zh if pdf.is_zh(lang) else en
    return s.format(**kw) if kw else s


def method_text(method: str, lang: str) -> str:
    pair = METHODS.get(method)
    if pair is None:
        return method
    return pair[1] if pdf.is_zh(lang) else pair[0]


def shows_capital(rc: ReceiptDocument, lang: str) -> bool:
    """Capital numerals (元角分) on a Chinese receipt in yuan."""
    return pdf.is_zh(lang) and rc.company.currency == "CNY"


def _head(rc: ReceiptDocument, lang: str, width: float) -> Flowable:
    d = rc.company.minor_digits
    c = rc.customer
    rows: list[list[object]] = [
        [t("received_from", lang), pdf.cell(f"{c.name}（{c.code}）" if pdf.is_zh(lang) else f"{c.name} ({c.code})",
                                          width - 40 * mm)],
        [t("amount", lang), f"{rc.company.currency} {money_text(rc.amount, d)}"],
    ]
    strong = [1]
    if shows_capital(rc, lang):
        rows.append([t("capital", lang), capital_amount(rc.amount)])
        strong.append(2)
    if rc.method:
        rows.append([t("method", lang), method_text(rc.method, lang)])
    ref = rc.memo or rc.reference
    if ref and ref != rc.number:
        rows.append([t("reference", lang), pdf.cell(ref, width - 40 * mm)])
    tbl = Table(rows, colWidths=[40 * mm, width - 40 * mm])
    style: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), pdf.FONT, 9.5),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#5b6875")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d5dae0")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    for r in strong:
        style.append(("FONT", (1, r), (1, r), pdf.FONT, 12))
    tbl.setStyle(TableStyle(style))
    return tbl


def _settled(rc: ReceiptDocument, lang: str, width: float) -> list[Flowable]:
    d = rc.company.minor_digits
    out: list[Flowable] = [pdf.TextBlock([(t("for", lang), "heading")], width, space_before=6, space_after=3)]
    if not rc.settled:
        out.append(pdf.TextBlock([(t("nothing_applied", lang), "normal")], width))
        return out
    head = [label("kind", lang), t("number", lang), t("doc_date", lang), t("doc_amount", lang), t("applied", lang)]
    widths = [24 * mm, 0.0, 24 * mm, 34 * mm, 34 * mm]
    widths[1] = width - sum(widths)
    rows = [[kind_label(s.kind, lang), s.number, date_text(s.date), money_text(s.amount, d), money_text(s.applied, d)]
            for s in rc.settled]
    applied = sum((s.applied for s in rc.settled), rc.amount - rc.amount)
    rows.append(["", t("total", lang), "", "", money_text(applied, d)])
    styles: dict[int, dict[str, object]] = {-1: {"bg": pdf.GREY, "line_above": True}}
    spans = {len(rows) - 1: (1, 3)}
    if rc.unapplied:
        rows.append(["", t("unapplied", lang), "", "", money_text(rc.unapplied, d)])
        spans[len(rows) - 1] = (1, 3)
        styles = {len(rows) - 2: {"bg": pdf.GREY, "line_above": True}, -1: {"size": 9}}
    out.append(pdf.RowTable(head, rows, widths, right=(3, 4), row_styles=styles, spans=spans))
    return out


def _signature(rc: ReceiptDocument, lang: str, width: float) -> Flowable:
    line = "_" * 26
    tbl = Table([[f"{t('received_by', lang)}: {line}", f"{t('seal', lang)}: {line}"],
                 [rc.company.name, f"{t('doc_date', lang)}: {date_text(rc.date)}"]],
                colWidths=[width / 2, width / 2])
    tbl.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), pdf.FONT, 9.5),
                             ("FONT", (0, 1), (-1, 1), pdf.FONT, 8),
                             ("TEXTCOLOR", (0, 1), (-1, 1), colors.HexColor("#5b6875")),
                             ("TOPPADDING", (0, 0), (-1, 0), 18), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([tbl])


def receipt_story(rc: ReceiptDocument, lang: str) -> list[Flowable]:
    width = pdf.content_width()
    story: list[Flowable] = list(pdf.letterhead(rc.company, lang, width))
    title = Table([[t("title", lang), f"{t('receipt_no', lang)}: {rc.number}\n{t('date', lang)}: {date_text(rc.date)}"]],
                  colWidths=[width * 0.5, width * 0.5])
    title.setStyle(TableStyle([("FONT", (0, 0), (0, 0), pdf.FONT, 16), ("TEXTCOLOR", (0, 0), (0, 0), pdf.DARK),
                               ("FONT", (1, 0), (1, 0), pdf.FONT, 9), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(title)
    story.append(Spacer(1, 4 * mm))
    if rc.status == "voided":
        story.append(pdf.TextBlock([(t("voided", lang), "heading")], width, space_after=4))
    story.append(_head(rc, lang, width))
    story += _settled(rc, lang, width)
    story.append(Spacer(1, 8 * mm))
    story.append(_signature(rc, lang, width))
    story.append(pdf.TextBlock([(t("thanks", lang), "small")], width, space_before=10))
    return story


def receipt_language(rc: ReceiptDocument, language: str | None = None) -> str:
    lang = language or rc.customer.language or rc.company.locale or "en"
    return "zh_CN" if pdf.is_zh(lang) else "en"


def receipt_pdf_bytes(rc: ReceiptDocument, language: str | None = None) -> bytes:
    lang = receipt_language(rc, language)
    return pdf.build_pdf_bytes(receipt_story(rc, lang), company=rc.company, lang=lang,
                               title=f"{t('title', lang)} {rc.number}")


def write_receipt_pdf(rc: ReceiptDocument, target: Target, language: str | None = None) -> Path | None:
    """Write the receipt to a path or a binary stream, in ``language`` (default: the customer's)."""
    return save(receipt_pdf_bytes(rc, language), target)
