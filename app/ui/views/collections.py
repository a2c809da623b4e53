"""Collections (催收与自动化提醒): the dunning run, the reminders list, and the dunning
levels and letter texts."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.collections import dunning, letters, reminders
from app.services.collections.dunning import DunningRun, LevelInfo
from app.services.collections.reminders import ReminderItem, Reminders
from app.ui.context import AppContext
from app.ui.errors import detail_text, field_label, problem_text
from app.ui.views.dashboard import channel_label, reminder_details
from app.ui.views.reminder_actions import ReminderActions
from app.ui.widgets import RIGHT, Column, ListModel, fit_columns, make_table

if TYPE_CHECKING:
    from app.ui.dialogs.dunning_wizard import DunningWizard


def reminder_kind_label(kind: str) -> str:
    # spelled out in full: lupdate does not see through an alias of QCoreApplication.translate
    return {
        "overdue": QCoreApplication.translate("Collections", "Overdue"),
        "due_soon": QCoreApplication.translate("Collections", "Due soon"),
        "promise_broken": QCoreApplication.translate("Collections", "Promise broken"),
        "promise_due": QCoreApplication.translate("Collections", "Promise due"),
        "contract_ending": QCoreApplication.translate("Collections", "Contract ending"),
        "follow_up": QCoreApplication.translate("Collections", "Follow-up"),
        "order_not_invoiced": QCoreApplication.translate("Collections", "Order not invoiced"),
        "order_late": QCoreApplication.translate("Collections", "Order past delivery"),
    }.get(kind, kind)


class _DunningTab(QWidget):
    """Who is due a letter today, and the button that starts the run."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run: DunningRun | None = None
        c = ctx
        self.model: ListModel = ListModel([
            Column(self.tr("Customer"), lambda p: p.customer),
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Level"), lambda p: str(p.level), key=lambda p: p.level, align=RIGHT),
            Column(self.tr("Invoices"), lambda p: str(len(p.invoices)), key=lambda p: len(p.invoices), align=RIGHT),
            Column(self.tr("Overdue"), lambda p: c.money(p.overdue_amount), key=lambda p: p.overdue_amount,
                   align=RIGHT),
            Column(self.tr("Fee"), lambda p: c.money(p.fee), key=lambda p: p.fee, align=RIGHT),
            Column(self.tr("Interest"), lambda p: c.money(p.interest), key=lambda p: p.interest, align=RIGHT),
            Column(self.tr("Total"), lambda p: c.money(p.total), key=lambda p: p.total, align=RIGHT),
        ], self)
        self.table = make_table(self.model, stretch=1, sortable=True)
        self.table.setObjectName("dunningTable")
        fit_columns(self.table, [10, 0, 6, 8, 13, 10, 10, 13])
        self.start = QPushButton(self.tr("Start a dunning run…"))
        self.start.setObjectName("startDunning")
        self.start.clicked.connect(self.open_wizard)
        self.summary = QLabel("")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Letters due today, by the dunning levels:")))
        top.addStretch(1)
        top.addWidget(self.start)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        self.wizard: DunningWizard | None = None

    def reload(self) -> None:
        self.ctx.call(dunning.propose, self.ctx.today(), on_done=self._loaded, key=f"dunning-{id(self)}")

    def _loaded(self, run: DunningRun) -> None:
        self.run = run
        self.model.set_rows(run.proposals)
        if not run.levels:
            self.summary.setText(self.tr("No dunning levels yet: set them up under Levels and letters."))
        else:
            total = sum((p.total for p in run.proposals), Decimal(0))
            self.summary.setText(self.tr("%Ln letter(s), total due %1", "", len(run.proposals))
                                 .replace("%1", self.ctx.money_cur(total)))

    def open_wizard(self) -> None:
        from app.ui.dialogs.dunning_wizard import DunningWizard

        wiz = DunningWizard(self.ctx, self)
        wiz.committed.connect(lambda _r: self.reload())
        self.wizard = wiz
        wiz.open()


def reminder_reference(item: ReminderItem) -> str:
    """The document or contract number; for a follow-up the channel of its log entry, translated."""
    return channel_label(item.reference) if item.kind == "follow_up" else item.reference


class _RemindersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        c = ctx
        self.days = QSpinBox()
        self.days.setRange(0, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(lambda _v: self.reload())
        self.model: ListModel[ReminderItem] = ListModel([
            Column(self.tr("What"), lambda i: reminder_kind_label(i.kind)),
            Column(self.tr("Date"), lambda i: c.date(i.date), key=lambda i: i.date),
            Column(self.tr("Customer"), lambda i: i.customer),
            Column(self.tr("Name"), lambda i: i.customer_name),
            Column(self.tr("Reference"), reminder_reference),
            Column(self.tr("Amount"), lambda i: c.money(i.amount), key=lambda i: i.amount or Decimal(0),
                   align=RIGHT),
            Column(self.tr("Details"), reminder_details),  # the service's own text is English (the CLI's)
        ], self)
        self.table = make_table(self.model, stretch=6, sortable=True)
        self.table.setObjectName("remindersTable")
        fit_columns(self.table, [14, 11, 10, 24, 12, 13, 0])
        self.reminder_actions = ReminderActions(self, ctx, self.table, self.model)  # double-click / right-click a reminder
        self.summary = QLabel("")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Looking ahead:")))
        top.addWidget(self.days)
        top.addStretch(1)
        top.addWidget(self.summary)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)

    def reload(self) -> None:
        self.ctx.call(reminders.reminders, self.ctx.today(), self.days.value(), on_done=self._loaded,
                      key=f"reminders-{id(self)}")

    def _loaded(self, r: Reminders) -> None:
        self.model.set_rows(r.items)
        counts = {k: len(r.of(k)) for k in reminders.KINDS}
        self.summary.setText("  ".join(f"{reminder_kind_label(k)}: {n}" for k, n in counts.items() if n))


class _LevelsTab(QWidget):
    """The dunning levels (numbered, days overdue, fee, yearly interest, minimum) and the letter texts."""

    COLS = 6

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.levels = QTableWidget(0, self.COLS)
        self.levels.setObjectName("levelsTable")
        self.levels.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Days overdue"), self.tr("Fee"),
                                               self.tr("Yearly interest %"), self.tr("Minimum overdue"),
                                               self.tr("Title")])
        self.levels.verticalHeader().setVisible(False)
        for c in range(5):  # headers whole: "Minimum overdue" is wider than its figures
            self.levels.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.levels.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Add level"))
        add.clicked.connect(self.add_level)
        remove = QPushButton(self.tr("Remove last"))
        remove.clicked.connect(lambda: self.levels.setRowCount(max(0, self.levels.rowCount() - 1)))
        self.save_levels_button = QPushButton(self.tr("Save levels"))
        self.save_levels_button.clicked.connect(self.save_levels)
        self.levels_message = QLabel("")
        self.levels_message.setWordWrap(True)
        self.levels_message.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.save_levels_button)

        self.t_level = QSpinBox()
        self.t_level.setRange(1, 20)
        self.t_lang = QComboBox()
        self.t_lang.addItem("English", "en")
        self.t_lang.addItem("简体中文", "zh_CN")
        self.t_lang.setCurrentIndex(max(0, self.t_lang.findData(ctx.language)))  # the letters of the user's language
        self.t_subject = QLineEdit()
        self.t_body = QPlainTextEdit()
        self.t_body.setObjectName("templateBody")
        self.t_message = QLabel("")
        self.t_message.setWordWrap(True)
        self.t_message.setStyleSheet("color: #b00020;")
        help_text = QLabel(self.tr("Placeholders: ") + " ".join("{" + k + "}" for k in letters.PLACEHOLDERS))
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #666;")
        self.t_save = QPushButton(self.tr("Save letter text"))
        self.t_save.clicked.connect(self.save_template)
        self.t_reset = QPushButton(self.tr("Back to the built-in text"))
        self.t_reset.clicked.connect(self.reset_template)
        self.t_level.valueChanged.connect(lambda _v: self.load_template())
        self.t_lang.currentIndexChanged.connect(lambda _i: self.load_template())
        form = QFormLayout()
        pick = QHBoxLayout()
        pick.addWidget(self.t_level)
        pick.addWidget(self.t_lang)
        pick.addStretch(1)
        form.addRow(self.tr("Letter of level:"), pick)
        form.addRow(self.tr("Subject:"), self.t_subject)
        form.addRow(self.tr("Text:"), self.t_body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.t_reset)
        buttons.addStretch(1)
        buttons.addWidget(self.t_save)

        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Dunning levels")))
        lay.addWidget(self.levels, 1)
        lay.addLayout(row)
        lay.addWidget(self.levels_message)
        lay.addWidget(QLabel(self.tr("Letter texts")))
        lay.addLayout(form, 2)
        lay.addWidget(help_text)
        lay.addWidget(self.t_message)
        lay.addLayout(buttons)

    def reload(self) -> None:
        self.ctx.call(dunning.list_levels, on_done=self._levels_loaded, key=f"levels-{id(self)}")
        self.load_template()

    def _levels_loaded(self, levels: list[LevelInfo]) -> None:
        self.levels.setRowCount(0)
        for lv in levels:
            self._append(lv)

    def _append(self, lv: LevelInfo) -> None:
        r = self.levels.rowCount()
        self.levels.insertRow(r)
        # shown and typed as a percentage: 0.08 is "8"
        rate = lv.annual_interest_rate.scaleb(2).normalize() if lv.annual_interest_rate else Decimal(0)
        for c, text in enumerate([str(lv.level), str(lv.days_overdue), self.ctx.money(lv.fee), f"{rate:f}",
                                  self.ctx.money(lv.min_amount), lv.title]):
            item = QTableWidgetItem(text)
            if c < 5:
                item.setTextAlignment(RIGHT)
            if c == 0:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.levels.setItem(r, c, item)

    def add_level(self) -> None:
        n = self.levels.rowCount() + 1
        prev = self._cell(n - 2, 1) if n > 1 else "0"
        try:
            days = int(prev) + 30 if n > 1 else 7
        except ValueError:
            days = 30 * n
        self._append(LevelInfo(n, days, Decimal(0), Decimal(0), "", Decimal(0)))

    def _cell(self, r: int, c: int) -> str:
        item = self.levels.item(r, c)
        return item.text().strip() if item is not None else ""

    def level_inputs(self) -> tuple[list[LevelInfo], list[str]]:
        out: list[LevelInfo] = []
        problems: list[str] = []
        for r in range(self.levels.rowCount()):
            try:
                days = int(self._cell(r, 1))
            except ValueError:
                problems.append(self.tr("Level %1: days overdue must be a whole number.").replace("%1", str(r + 1)))
                continue
            try:
                fee = self.ctx.parse_money(self._cell(r, 2) or "0")
                minimum = self.ctx.parse_money(self._cell(r, 4) or "0")
            except ValueError as exc:
                problems.append(self.tr("Level %1: %2").replace("%1", str(r + 1)).replace(
                    "%2", detail_text(str(exc)) or str(exc)))
                continue
            try:
                rate = self.ctx.parse_decimal(self._cell(r, 3).rstrip("%％").strip() or "0").scaleb(-2)
            except ValueError:
                problems.append(self.tr("Level %1: the yearly interest is a percentage such as 8.")
                                .replace("%1", str(r + 1)))
                continue
            out.append(LevelInfo(r + 1, days, fee, rate, self._cell(r, 5), minimum))
        return out, problems

    def save_levels(self) -> None:
        levels, problems = self.level_inputs()
        if not problems:
            problems = [problem_text(p.code, p.message, p.field) if not p.field.startswith("levels[")
                        else f"{field_label(p.field)}: {problem_text(p.code, p.message, p.field)}"
                        for p in dunning.check_levels(levels, self.ctx.digits)]
        self.levels_message.setText("\n".join(problems))
        if problems:
            return
        self.ctx.call(dunning.save_levels, levels, write=True, on_done=self._levels_loaded)

    def load_template(self) -> None:
        self.ctx.call(letters.get_template, self.t_level.value(), str(self.t_lang.currentData()),
                      on_done=self._template_loaded, key=f"template-{id(self)}")

    def _template_loaded(self, t: letters.TemplateInfo) -> None:
        self.t_subject.setText(t.subject)
        self.t_body.setPlainText(t.body)
        self.t_message.setText(self.tr("Built-in text") if t.is_default else "")
        self.t_message.setStyleSheet("color: #666;" if t.is_default else "color: #b00020;")

    def save_template(self) -> None:
        subject, body = self.t_subject.text(), self.t_body.toPlainText()
        problems = letters.check_template(subject, body)
        if problems:
            self.t_message.setStyleSheet("color: #b00020;")
            self.t_message.setText("\n".join(f"{field_label(p.field)}: {problem_text(p.code, p.message, p.field)}"
                                              for p in problems))
            return
        self.ctx.call(letters.save_template, self.t_level.value(), str(self.t_lang.currentData()), subject, body,
                      write=True, on_done=self._template_loaded)

    def reset_template(self) -> None:
        self.ctx.call(letters.reset_template, self.t_level.value(), str(self.t_lang.currentData()), write=True,
                      on_done=self._template_loaded)


class CollectionsPage(QWidget):
    """Dunning, reminders, and the levels and letter texts, as tabs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.dunning_tab = _DunningTab(ctx)
        self.reminders_tab = _RemindersTab(ctx)
        self.levels_tab = _LevelsTab(ctx)
        self.tabs.addTab(self.dunning_tab, self.tr("Dunning"))
        self.tabs.addTab(self.reminders_tab, self.tr("Reminders"))
        self.tabs.addTab(self.levels_tab, self.tr("Levels and letters"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        ctx.data_changed.connect(self.reload)
        ctx.company_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        if self.ctx.db is None:
            return
        self.dunning_tab.reload()
        self.reminders_tab.reload()
        self.levels_tab.reload()

