"""A customer's credit report as PDF (PRODUCT §4): the figures, 12 months of payment
index and grade, overdue items, holds and dunning history. For internal use, so it
is written in the company's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.services.collections import dunning
from app.services.collections.dunning import LetterInfo
from app.services.company import company_info
from app.services.credit import figures as credit
from app.services.credit.figures import CreditFigures, GradePoint, HoldInfo
from app.services.documents import pdf
from app.services.dto import CompanyInfo, OpenItem
from app.services.ledger import postings as ledger
from app.services.lifecycle.grade_rules import rule_text
from app.services.unit_of_work import UnitOfWork

_L = {
    "title": ("Credit report", "信用报告"),
    "as_of": ("As of {date}", "截至 {date}"),
    "figures": ("Credit figures", "信用指标"),
    "credit_limit": ("Credit limit", "信用额度"),
    "no_limit": ("no limit", "无额度限制"),
    "exposure": ("Exposure", "风险敞口"),
    "available": ("Available", "可用额度"),
    "utilization": ("Utilization", "额度使用率"),
    "status": ("Status", "状态"),
    "payment_index": ("Payment index", "付款指数"),
    "grade": ("Grade", "信用等级"),
    "grade_manual": ("{grade} (set by hand: {reason}; computed {computed})",
                     "{grade}（手工设定：{reason}；计算值 {computed}）"),
    "overdue": ("Overdue", "逾期金额"),
    "hold": ("Hold", "信用冻结"),
    "history": ("Payment index and grade, last 12 months", "近 12 个月付款指数与等级"),
    "month": ("Month end", "月末"),
    "items": ("Overdue items", "逾期明细"),
    "none": ("None.", "无。"),
    "number": ("Number", "单号"),
    "due_date": ("Due date", "到期日"),
    "days": ("Days overdue", "逾期天数"),
    "amount": ("Amount", "金额"),
    "open": ("Open", "未付金额"),
    "dunning": ("Dunning history", "催收记录"),
    "date": ("Date", "日期"),
    "level": ("Level", "级别"),
    "fee": ("Fee", "费用"),
    "interest": ("Interest", "利息"),
    "total": ("Total", "合计"),
    "holds": ("Credit holds", "信用冻结记录"),
    "reason": ("Reason", "原因"),
    "from": ("From", "开始"),
    "until": ("Until", "截止"),
    "released": ("Released", "解除"),
    "ok": ("ok", "正常"),
    "warn": ("warning", "预警"),
    "over": ("over the limit", "超额"),
    # --- groups ---
    "rule_changes": ("Grade changes by rule", "按规则调整的信用等级"),
    "rule": ("Rule", "规则"),
}


def _t(key: str, lang: str, **kw: object) -> str:
    en, zh = _L[key]
    text = zh if pdf.is_zh(lang) else en
    return text.format(**kw) if kw else text


@dataclass(frozen=True)
class CreditReport:
    company: CompanyInfo
    figures: CreditFigures
    history: tuple[GradePoint, ...]
    overdue: tuple[OpenItem, ...]
    letters: tuple[LetterInfo, ...]
    holds: tuple[HoldInfo, ...]
    rule_changes: tuple[GradePoint, ...] = ()  # --- groups ---: grade changes made by the grade rules


def credit_report(uow: UnitOfWork, code: str, as_of: dt.date | None = None) -> CreditReport:
    """Everything the credit report shows, as data."""
    as_of = as_of or dt.date.today()
    figures = credit.credit_figures(uow, code, as_of)
    items = [o for o in ledger.open_items(uow, code, as_of) if o.days_overdue >= 1]
    rules = tuple(p for p in credit.grade_history(uow, code) if p.source == "rule" and p.as_of <= as_of)
    return CreditReport(company_info(uow), figures, tuple(credit.index_history(uow, code, as_of)),
                        tuple(items), tuple(dunning.history(uow, code)), tuple(credit.holds(uow, code)), rules)


def _status_text(f: CreditFigures, lang: str) -> str:
    if f.status == "hold":
        return f"{_t('hold', lang)}: {f.hold_reason}"
    return _t(f.status, lang)


def report_story(r: CreditReport) -> list[Flowable]:
    lang = r.company.locale
    f = r.figures
    d = r.company.minor_digits
    w = pdf.content_width()
    st = pdf.styles()
    cur = r.company.currency

    def money(v: object) -> str:
        return "" if v is None else f"{cur} {pdf.money_text(v, d)}"  # type: ignore[arg-type]

    story: list[Flowable] = pdf.letterhead(r.company, lang, w)
    colon = "：" if pdf.is_zh(lang) else ": "
    story.append(pdf.para(f"{_t('title', lang)}{colon}{f.name} ({f.customer})", st["title"]))
    story.append(pdf.para(_t("as_of", lang, date=f.as_of.isoformat()), "normal"))
    story.append(pdf.para(_t("figures", lang), st["heading"]))
    grade = f.grade if f.grade == f.computed_grade else _t(
        "grade_manual", lang, grade=f.grade, reason=f.grade_override_reason, computed=f.computed_grade)
    rows = [
        [_t("credit_limit", lang), money(f.credit_limit) if f.credit_limit is not None else _t("no_limit", lang)],
        [_t("exposure", lang), money(f.exposure)],
        [_t("available", lang), money(f.available)],
        [_t("utilization", lang), "" if f.utilization is None else f"{f.utilization * 100:.2f} %"],
        [_t("status", lang), _status_text(f, lang)],
        [_t("payment_index", lang), "" if f.payment_index is None else str(f.payment_index)],
        [_t("grade", lang), grade],
        [_t("overdue", lang), money(f.overdue)],
    ]
    figures = pdf.data_table([[pdf.para(a, "cell"), pdf.para(b, "cell_right")] for a, b in rows],
                             [0.3 * w, 0.3 * w], repeat_rows=0)  # the figures right-aligned, like every amount
    figures.hAlign = "LEFT"
    story.append(figures)
    story.append(pdf.para(_t("history", lang), st["heading"]))
    hist = [[_t("month", lang), _t("payment_index", lang), _t("grade", lang)]]
    hist += [[p.as_of.isoformat(), "" if p.payment_index is None else str(p.payment_index), p.grade]
             for p in r.history]
    story.append(pdf.data_table(hist, [0.3 * w, 0.35 * w, 0.35 * w], money_cols=(1,)))
    if r.rule_changes:  # --- groups ---
        story.append(pdf.para(_t("rule_changes", lang), st["heading"]))
        rules = [[_t("date", lang), _t("grade", lang), _t("rule", lang)]]
        rules += [[p.as_of.isoformat(), p.grade, pdf.para(rule_text(p.reason, lang), "cell")] for p in r.rule_changes]
        story.append(pdf.data_table(rules, [0.25 * w, 0.2 * w, 0.55 * w]))
    story.append(pdf.para(_t("items", lang), st["heading"]))
    if r.overdue:
        rows2 = [[_t("number", lang), _t("due_date", lang), _t("days", lang), _t("amount", lang), _t("open", lang)]]
        rows2 += [[o.number, o.due_date.isoformat(), str(o.days_overdue), pdf.money_text(o.amount, d),
                   pdf.money_text(o.open_amount, d)] for o in r.overdue]
        story.append(pdf.data_table(rows2, [w * x for x in (0.24, 0.18, 0.16, 0.21, 0.21)], money_cols=(2, 3, 4)))
    else:
        story.append(pdf.para(_t("none", lang)))
    story.append(pdf.para(_t("dunning", lang), st["heading"]))
    if r.letters:
        rows3 = [[_t("date", lang), _t("level", lang), _t("overdue", lang), _t("fee", lang), _t("interest", lang),
                  _t("total", lang)]]
        rows3 += [[lt.as_of.isoformat(), str(lt.level), pdf.money_text(lt.overdue_amount, d),
                   pdf.money_text(lt.fee, d), pdf.money_text(lt.interest, d), pdf.money_text(lt.total, d)]
                  for lt in r.letters]
        story.append(pdf.data_table(rows3, [w * x for x in (0.18, 0.1, 0.2, 0.16, 0.16, 0.2)],
                                    money_cols=(1, 2, 3, 4, 5)))
    else:
        story.append(pdf.para(_t("none", lang)))
    story.append(pdf.para(_t("holds", lang), st["heading"]))
    if r.holds:
        rows4 = [[_t("from", lang), _t("until", lang), _t("released", lang), _t("reason", lang)]]
        rows4 += [[h.start_on.isoformat(), h.until_on.isoformat() if h.until_on else "",
                   h.released_on.isoformat() if h.released_on else "", pdf.para(h.reason, "cell")] for h in r.holds]
        story.append(pdf.data_table(rows4, [w * x for x in (0.16, 0.16, 0.16, 0.52)]))
    else:
        story.append(pdf.para(_t("none", lang)))
    story.append(Spacer(1, 4 * mm))
    return story


def credit_report_pdf(uow: UnitOfWork, code: str, as_of: dt.date | None = None,
                      path: str | Path | None = None) -> bytes:
    """The credit report as PDF bytes (also written to ``path`` when given)."""
    r = credit_report(uow, code, as_of)
    title = f"{_t('title', r.company.locale)} {r.figures.customer}"
    data = pdf.build_pdf_bytes(report_story(r), company=r.company, lang=r.company.locale, title=title)
    if path is not None:
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    return data
