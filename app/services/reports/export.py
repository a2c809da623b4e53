"""Reports as files: an Excel workbook and a PDF, both showing what the screen shows.

The summary figures print with translated labels (:data:`SUMMARY_LABELS`), never their
keys; in a workbook each figure is a number cell (money, count, percentage, days).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.documents.excel import Typed, write_table
from app.services.dto import CompanyInfo
from app.services.progress import Progress
from app.services.reports.analysis import Group, Report, cell_text

_XLSX_KIND = {"money": "money", "int": "int", "ratio": "percent", "days": "number", "date": "date",
              "text": "text", "bool": "text"}


def _period(report: Report, language: str) -> str:
    if report.name in ("utilization", "top_overdue"):
        return ("截至 " if language.startswith("zh") else "as of ") + report.date_to.isoformat()
    return f"{report.date_from.isoformat()} – {report.date_to.isoformat()}"


SUMMARY_LABELS: dict[str, tuple[str, str]] = {
    "total_revenue": ("Total revenue", "总收入"), "customers": ("Customers", "客户数"),
    "class_a": ("Class A customers", "A 类客户"), "class_b": ("Class B customers", "B 类客户"),
    "class_c": ("Class C customers", "C 类客户"),
    "customers_without_revenue": ("Customers without revenue", "无收入客户"),
    "invoicing_customers": ("Invoicing customers", "开票客户"), "inactive_customers": ("Inactive customers", "不活跃客户"),
    "invoices": ("Invoices", "发票数"), "months": ("Months", "月数"),
    "invoices_per_month": ("Invoices per month", "月均发票数"), "inactive_days": ("Inactive after (days)", "不活跃天数"),
    "opening_receivable": ("Receivable at start", "期初应收"), "billed": ("Billed", "本期开票"),
    "collected": ("Collected", "本期回款"), "closing_receivable": ("Receivable at end", "期末应收"),
    "collection_rate": ("Collection rate", "回款率"), "receivable": ("Receivable at end", "期末应收"),
    "days": ("Days in period", "期间天数"), "dso": ("DSO (days)", "应收账款周转天数（DSO）"),
    "avg_days_to_pay": ("Average days to pay", "平均回款天数"), "avg_days_late": ("Average days late", "平均逾期天数"),
    "credit_limit": ("Credit limits", "信用额度合计"), "exposure": ("Exposure", "信用占用"),
    "utilization": ("Utilization", "额度使用率"), "over": ("Over the limit", "超额客户"),
    "warn": ("Near the limit", "预警客户"), "hold": ("On hold", "冻结客户"),
    "customers_overdue": ("Customers overdue", "逾期客户"), "total_overdue": ("Total overdue", "逾期总额"),
    "shown": ("Customers shown", "显示客户数"), "shown_overdue": ("Overdue of those shown", "所示客户逾期额"),
}
_SUMMARY_XLSX = {"money": "money", "int": "int", "ratio": "percent", "days": "number"}


# --- groups ---
SUMMARY_LABELS.update({
    "revenue_share": ("Share of revenue", "收入占比"), "overdue_share": ("Share of overdue", "逾期占比"),
})
# Words of a grouped report's files: (en, zh).
GROUP_WORDS: dict[str, tuple[str, str]] = {
    "grouped": ("Grouped by %1", "按%1分组"), "subtotal": ("Subtotal: %1", "小计：%1"),
    "customers": ("%1 (%2 customers)", "%1（%2 位客户）"),
    "category": ("category", "客户类别"), "industry": ("industry", "行业"), "region": ("region", "区域"),
    "grade": ("grade", "信用等级"), "value_class": ("value class", "价值等级"), "stage": ("lifecycle stage", "生命周期阶段"),
    "tag": ("tag", "标签"),
}


def group_word(key: str, language: str) -> str:
    en, zh = GROUP_WORDS[key]
    return zh if language.startswith("zh") else en


def _label_column(report: Report) -> int:
    """Where a subtotal row says what it is: the name column, else the first column."""
    keys = [c.key for c in report.columns]
    return keys.index("name") if "name" in keys else 0


def _group_lines(report: Report, language: str) -> list[tuple[str, Group | None, dict[str, Any]]]:
    """A grouped report's table as lines: ("head", group, {}), ("row", group, row), ("subtotal", group, sums)."""
    out: list[tuple[str, Group | None, dict[str, Any]]] = []
    for g in report.groups:
        out.append(("head", g, {}))
        out += [("row", g, r) for r in g.rows]
        out.append(("subtotal", g, g.subtotal))
    return out


def _grouping_title(report: Report, language: str) -> list[str]:
    if not report.group_by:
        return []
    lines = [group_word("grouped", language).replace("%1", group_word(report.group_by, language))]
    note = report.group_note[1] if language.startswith("zh") else report.group_note[0]
    return [*lines, note] if note else lines


def summary_label(key: str, language: str) -> str:
    """The words for a summary figure (a key no table knows reads as words, never with underscores)."""
    en, zh = SUMMARY_LABELS.get(key, (key.replace("_", " ").capitalize(),) * 2)
    return zh if language.startswith("zh") else en


def _summary_lines(report: Report, language: str) -> list[tuple[str, str]]:
    return [(summary_label(k, language), cell_text(v, report.summary_kinds.get(k, ""), report.digits))
            for k, v in report.summary.items()]


def _summary_rows(report: Report, language: str) -> list[list[Any]]:
    out: list[list[Any]] = []
    for k, v in report.summary.items():
        kind = report.summary_kinds.get(k, "")
        value: Any = Typed(v, _SUMMARY_XLSX[kind]) if kind in _SUMMARY_XLSX and v is not None else v
        out.append([summary_label(k, language), value])
    return out


def _yes(language: str) -> str:
    return "是" if language.startswith("zh") else "yes"


def _xlsx_value(value: Any, kind: str, language: str = "en") -> Any:
    if kind == "bool":
        return _yes(language) if value else ""
    return value


def export_xlsx(report: Report, path: str | Path, language: str = "en", company: str = "",
                progress: Progress | None = None) -> Path:
    """The report as a workbook: a title, the period, the summary, then the table.

    Money, ratios (as percentages), day figures and dates are real cells; text
    is always text (a value starting with = + - @ never becomes a formula).
    """
    title = report.title_zh if language.startswith("zh") else report.title
    headers = [c.heading(language) for c in report.columns]
    kinds = [c.kind for c in report.columns]
    rows: Any = ([_xlsx_value(r.get(c.key), c.kind, language) for c in report.columns] for r in report.rows)
    total = len(report.rows)
    if report.groups:
        rows = (_xlsx_group_line(report, kind, g, r, language) for kind, g, r in _group_lines(report, language))
        total = sum(len(g.rows) + 2 for g in report.groups)
    title_rows: list[list[Any]] = [[title], [_period(report, language)]]
    title_rows += [[line] for line in _grouping_title(report, language)]
    title_rows += _summary_rows(report, language)
    return write_table(path, headers, rows, [_XLSX_KIND.get(k, "text") for k in kinds], title=title,
                       sheet_name=report.name, digits=report.digits, company=company, title_rows=title_rows,
                       progress=progress, total=total, language=language)


def _xlsx_group_line(report: Report, kind: str, group: Group | None, row: dict[str, Any],
                     language: str) -> list[Any]:
    assert group is not None
    if kind == "head":
        label = group_word("customers", language).replace("%1", group.heading(language))
        return [label.replace("%2", str(len(group.rows)))] + [None] * (len(report.columns) - 1)
    out = [_xlsx_value(row.get(c.key), c.kind, language) for c in report.columns]
    if kind == "subtotal":
        out[_label_column(report)] = group_word("subtotal", language).replace("%1", group.heading(language))
    return out


def export_pdf(report: Report, path: str | Path, company: CompanyInfo, language: str = "en",
               max_rows: int = 5000) -> Path:
    """The report as a PDF (landscape A4): letterhead, title, period, summary, chart values as a table."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.services.documents import pdf

    zh = language.startswith("zh")
    title = report.title_zh if zh else report.title
    width = pdf.content_width(True)
    story: list[Any] = [*pdf.letterhead(company, language, width), pdf.para(title, "title"),
                        pdf.para(_period(report, language), "normal")]
    story += [pdf.para(line, "normal") for line in _grouping_title(report, language)]
    story.append(Spacer(1, 3 * mm))
    lines = _summary_lines(report, language)
    if lines:
        rows = [[pdf.para(k, "cell"), pdf.para(v, "cell_right")] for k, v in lines]
        per_col = (len(rows) + 1) // 2  # two label/figure pairs a row: a compact block
        grid = [[*rows[i], *(rows[i + per_col] if i + per_col < len(rows) else ["", ""])] for i in range(per_col)]
        summary = pdf.data_table(grid, [width * 0.2, width * 0.12, width * 0.2, width * 0.12], money_cols=(1, 3),
                                 repeat_rows=0)
        summary.hAlign = "LEFT"
        story.append(summary)
    story.append(Spacer(1, 4 * mm))
    cols = list(report.columns)
    if len(cols) > 12:  # the 12-month trend columns make the table too wide for a page: keep the main ones
        cols = cols[:6] + cols[-6:]
    weights = [3.0 if c.key == "name" else 1.0 for c in cols]
    unit = width / sum(weights)
    widths = [w * unit for w in weights]
    cell = pdf.styles()["cell"]
    right = pdf.styles()["cell_right"]
    numeric = {i for i, c in enumerate(cols) if c.kind in ("money", "int", "ratio", "days")}
    data: list[list[Any]] = [[pdf.para(c.heading(language), right if i in numeric else cell)
                              for i, c in enumerate(cols)]]
    extra: list[tuple[Any, ...]] = []
    table_lines: list[tuple[str, Group | None, dict[str, Any]]] = (
        _group_lines(report, language) if report.groups else [("row", None, r) for r in report.rows])
    bold = ParagraphStyle("cell_group", parent=cell, textColor=pdf.styles()["bold"].textColor)
    label_at = next((i for i, c in enumerate(cols) if c.key == "name"), 0)
    for kind, g, r in table_lines[:max_rows]:
        n = len(data)
        if kind == "head" and g is not None:
            label = group_word("customers", language).replace("%1", g.heading(language))
            data.append([pdf.para(label.replace("%2", str(len(g.rows))), bold)] + [""] * (len(cols) - 1))
            extra += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), "#e3ecf7")]
            continue
        line = [pdf.para(_yes(language) if c.kind == "bool" and r.get(c.key) else
                         cell_text(r.get(c.key), c.kind, report.digits), right if i in numeric else cell)
                for i, c in enumerate(cols)]
        if kind == "subtotal" and g is not None:
            line[label_at] = pdf.para(group_word("subtotal", language).replace("%1", g.heading(language)), bold)
            extra += [("BACKGROUND", (0, n), (-1, n), "#f1f4f8"), ("LINEABOVE", (0, n), (-1, n), 0.6, "#555555")]
        data.append(line)
    story.append(pdf.data_table(data, widths, money_cols=numeric, extra=extra))
    if len(table_lines) > max_rows:
        more = len(table_lines) - max_rows
        story.append(pdf.para(f"…另有 {more} 行，请见 Excel 导出" if zh else f"… {more} more rows in the Excel export",
                              "small"))
    return pdf.build_pdf(path, story, company=company, lang=language, title=title, landscape_page=True)
