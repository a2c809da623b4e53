"""Settings > Automation: the rules (on/off, days, last and next run, what the next run sends)
and the message templates per kind and language, with a preview."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.outbox import schedule, templates
from app.services.outbox import settings as st
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.widgets import fit_to_screen


class AutomationDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("automationDialog")
        self.setWindowTitle(self.tr("Automation"))
        tabs = QTabWidget()
        tabs.addTab(self._rules_tab(), self.tr("Rules"))
        tabs.addTab(self._templates_tab(), self.tr("Message templates"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(tabs, 1)
        lay.addWidget(buttons)
        fit_to_screen(self, 980, 660)
        self.load_rules()
        self.load_template()

    # ---- rules -----------------------------------------------------------------------------------
    def rule_title(self, name: str) -> str:
        return {
            "remind_before": self.tr("Remind before the due date (days)"),
            "remind_due": self.tr("Remind on the due date"),
            "remind_after": self.tr("Remind after the due date (days)"),
            "promise_confirm": self.tr("Confirm promises to pay"),
            "contract_notice": self.tr("Contract ends: notice (days before)"),
            "dunning": self.tr("Dunning run by e-mail on"),
            "statements": self.tr("Monthly statements on day"),
            "report_pack": self.tr("Report pack to the owner"),
        }[name]

    def _rules_tab(self) -> QWidget:
        w = QWidget()
        grid = QGridLayout()
        self.rule_rows: dict[str, tuple[QCheckBox, QWidget | None, QLabel]] = {}
        grid.addWidget(QLabel(self.tr("Rule")), 0, 0)
        grid.addWidget(QLabel(self.tr("When")), 0, 1)
        grid.addWidget(QLabel(self.tr("Last run / next run")), 0, 2)
        weekdays = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                    self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        for i, name in enumerate(schedule.RULE_NAMES, 1):
            box = QCheckBox(self.rule_title(name))
            box.setObjectName(f"rule_{name}")
            editor: QWidget | None = None
            if name in ("remind_before", "remind_after", "contract_notice"):
                spin = QSpinBox()
                spin.setRange(1, 365)
                editor = spin
            elif name == "dunning":
                combo = QComboBox()
                combo.addItems(weekdays)
                editor = combo
            elif name == "statements":
                spin = QSpinBox()
                spin.setRange(1, 28)
                editor = spin
            elif name == "report_pack":
                combo = QComboBox()
                combo.addItem(self.tr("monthly"), "monthly")
                combo.addItem(self.tr("quarterly"), "quarterly")
                editor = combo
            if editor is not None:
                editor.setObjectName(f"rule_{name}_value")
            info = QLabel()
            self.rule_rows[name] = (box, editor, info)
            grid.addWidget(box, i, 0)
            if editor is not None:
                grid.addWidget(editor, i, 1)
            grid.addWidget(info, i, 2)
        grid.setColumnStretch(2, 1)
        self.excluded = QLineEdit()
        self.excluded.setObjectName("autoMailExcluded")
        self.excluded.setPlaceholderText(self.tr("customer codes, e.g. C000001, C000002"))
        row_ex = len(schedule.RULE_NAMES) + 1
        grid.addWidget(QLabel(self.tr("Kept out of automatic mail")), row_ex, 0)
        grid.addWidget(self.excluded, row_ex, 1, 1, 2)
        self.save_rules_btn = QPushButton(self.tr("Save rules"))
        self.save_rules_btn.setObjectName("saveRules")
        self.save_rules_btn.clicked.connect(self.save_rules)
        self.preview_btn = QPushButton(self.tr("What would the next run send?"))
        self.preview_btn.setObjectName("previewRun")
        self.preview_btn.clicked.connect(self.preview_run)
        self.preview_label = QLabel()
        self.preview = QTableWidget(0, 4)
        self.preview.setObjectName("runPreview")
        self.preview.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Kind"), self.tr("Customer"), self.tr("To")])
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.save_rules_btn)
        row.addWidget(self.preview_btn)
        row.addWidget(self.preview_label, 1)
        lay = QVBoxLayout(w)
        lay.addLayout(grid)
        lay.addLayout(row)
        lay.addWidget(self.preview, 1)
        return w

    def load_rules(self) -> None:
        assert self.ctx.db is not None
        today = self.ctx.today()
        self.excluded.setText(", ".join(sorted(st.excluded_customers(self.ctx.db.uow()))))
        for r in schedule.rules(self.ctx.db.uow()):
            box, editor, info = self.rule_rows[r.name]
            box.setChecked(r.enabled)
            if isinstance(editor, QSpinBox):
                editor.setValue(r.day if r.name == "statements" else max(1, r.days))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(r.weekday if r.name == "dunning" else max(0, editor.findData(r.every)))
            nxt = schedule.next_run_date(r, today) if r.enabled else None
            info.setText(self.tr("last: %1 · next: %2").replace("%1", self.ctx.date(r.last_run) if r.last_run
                                                                 else self.tr("never"))
                         .replace("%2", self.ctx.date(nxt) if nxt else "—"))

    def rules_from_form(self) -> list[schedule.Rule]:
        out = []
        for name, (box, editor, _info) in self.rule_rows.items():
            r = schedule.Rule(name, enabled=box.isChecked(), days=schedule.DEFAULT_RULES[name].days)
            if isinstance(editor, QSpinBox):
                r = schedule.Rule(name, enabled=box.isChecked(), day=editor.value()) if name == "statements" else \
                    schedule.Rule(name, enabled=box.isChecked(), days=editor.value())
            elif isinstance(editor, QComboBox) and name == "dunning":
                r = schedule.Rule(name, enabled=box.isChecked(), weekday=editor.currentIndex())
            elif isinstance(editor, QComboBox):
                r = schedule.Rule(name, enabled=box.isChecked(), every=str(editor.currentData()))
            out.append(r)
        return out

    def save_rules(self) -> None:
        wanted = self.rules_from_form()
        codes = {c.strip() for c in self.excluded.text().replace(";", ",").split(",") if c.strip()}

        def save_all(uow: object) -> None:
            for r in wanted:
                schedule.save_rule(uow, r)  # type: ignore[arg-type]
            before = st.excluded_customers(uow)  # type: ignore[arg-type]
            for code in sorted(codes - before):
                st.set_auto_mail_excluded(uow, code, True)  # type: ignore[arg-type]
            for code in sorted(before - codes):
                st.set_auto_mail_excluded(uow, code, False)  # type: ignore[arg-type]

        self.ctx.call(save_all, on_done=lambda _r: self.load_rules(), on_error=lambda e: show_error(self, e),
                      write=True)

    def preview_run(self) -> None:
        def show(run: schedule.ScheduleRun) -> None:
            self.preview.setRowCount(len(run.queued))
            for i, q in enumerate(run.queued):
                kind = self.kind_title(q.kind) if q.kind in templates.TEMPLATE_KINDS else q.kind
                for j, text in enumerate((self.rule_title(q.rule), kind, q.customer, q.to)):
                    self.preview.setItem(i, j, QTableWidgetItem(text))
            self.preview.resizeColumnsToContents()
            text = self.tr("%1 message(s) on %2").replace("%1", str(len(run.queued))).replace("%2", self.ctx.date(run.as_of))
            if run.to_print:
                text += " · " + self.tr("to print: %1").replace("%1", ", ".join(c for _r, c in run.to_print))
            self.preview_label.setText(text)

        self.ctx.call(schedule.preview_next, self.ctx.today(), on_done=show, on_error=lambda e: show_error(self, e))

    # ---- templates -------------------------------------------------------------------------------
    def kind_title(self, kind: str) -> str:
        return {
            "statement": self.tr("Statement"), "dunning": self.tr("Dunning letter"),
            "reminder_before": self.tr("Reminder before due"), "reminder_due": self.tr("Reminder on the due date"),
            "reminder_after": self.tr("Reminder after due"), "promise": self.tr("Promise to pay confirmation"),
            "contract": self.tr("Contract expiry notice"), "report_pack": self.tr("Report pack"),
            "invoice": self.tr("Invoice"), "receipt": self.tr("Receipt"), "signature": self.tr("Signature"),
        }[kind]

    def _templates_tab(self) -> QWidget:
        w = QWidget()
        self.kind = QComboBox()
        self.kind.setObjectName("templateKind")
        for k in templates.TEMPLATE_KINDS:
            self.kind.addItem(self.kind_title(k), k)
        self.language = QComboBox()
        self.language.setObjectName("templateLanguage")
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh_CN")
        self.subject = QLineEdit()
        self.subject.setObjectName("templateSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.preview_view = QTextBrowser()
        self.preview_view.setObjectName("templatePreview")
        hint = QLabel(self.tr("Placeholders: %1").replace("%1", " ".join("{" + p + "}" for p in templates.PLACEHOLDERS)))
        hint.setWordWrap(True)
        save = QPushButton(self.tr("Save template"))
        save.setObjectName("saveTemplate")
        save.clicked.connect(self.save_template)
        reset = QPushButton(self.tr("Back to the default"))
        reset.clicked.connect(self.reset_template)
        self.kind.currentIndexChanged.connect(lambda _i: self.load_template())
        self.language.currentIndexChanged.connect(lambda _i: self.load_template())
        self.subject.textChanged.connect(lambda _t: self.update_preview())
        self.body.textChanged.connect(self.update_preview)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(reset)
        top.addWidget(save)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Subject")))
        left.addWidget(self.subject)
        left.addWidget(QLabel(self.tr("Text")))
        left.addWidget(self.body, 1)
        left.addWidget(hint)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview")))
        right.addWidget(self.preview_view, 1)
        panes = QHBoxLayout()
        panes.addLayout(left, 1)
        panes.addLayout(right, 1)
        lay = QVBoxLayout(w)
        lay.addLayout(top)
        lay.addLayout(panes, 1)
        return w

    def load_template(self) -> None:
        assert self.ctx.db is not None
        t = templates.get_template(self.ctx.db.uow(), str(self.kind.currentData()), str(self.language.currentData()))
        self.subject.blockSignals(True)
        self.body.blockSignals(True)
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self.subject.blockSignals(False)
        self.body.blockSignals(False)
        self.subject.setEnabled(t.kind != "signature")
        self.update_preview()

    def update_preview(self) -> None:
        assert self.ctx.db is not None
        kind, lang = str(self.kind.currentData()), str(self.language.currentData())
        problems = templates.check_template(self.subject.text(), self.body.toPlainText())
        if problems:
            self.preview_view.setPlainText("\n".join(p.message for p in problems))
            return
        r = templates.preview(self.ctx.db.uow(), kind, lang, self.subject.text(), self.body.toPlainText())
        self.preview_view.setHtml(f"<p><b>{html.escape(r.subject)}</b></p><hr>" + r.html)

    def save_template(self) -> None:
        self.ctx.call(templates.save_template, str(self.kind.currentData()), str(self.language.currentData()),
                      self.subject.text(), self.body.toPlainText(), on_error=lambda e: show_error(self, e), write=True,
                      on_done=lambda _t: self.ctx.status_message.emit(self.tr("Template saved.")))

    def reset_template(self) -> None:
        self.ctx.call(templates.reset_template, str(self.kind.currentData()), str(self.language.currentData()),
                      on_error=lambda e: show_error(self, e), write=True, on_done=lambda _t: self.load_template())


