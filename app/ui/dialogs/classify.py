"""Rules about customers: the classification rules (the list, adding one, and the preview of what
they would set, applied only when the user presses Apply; nothing is written on Cancel) and the
grade rules beside the payment index."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.classify import rules
from app.services.classify.rules import Proposal, RuleInfo
from app.services.lifecycle import grade_rules
from app.services.lifecycle.grade_rules import GradeRuleSettings
from app.ui.context import AppContext
from app.ui.errors import QT_TRANSLATE_NOOP, error_text
from app.ui.widgets import Column, ListModel, fit_columns, fit_to_screen, make_table

FIELD_SOURCES = {
    "category": QT_TRANSLATE_NOOP("Classify", "Category"),
    "industry": QT_TRANSLATE_NOOP("Classify", "Industry"),
    "region": QT_TRANSLATE_NOOP("Classify", "Region"),
    "size": QT_TRANSLATE_NOOP("Classify", "Size"),
}
KIND_SOURCES = {
    "name_keywords": QT_TRANSLATE_NOOP("Classify", "Name contains one of the keywords"),
    "address_keywords": QT_TRANSLATE_NOOP("Classify", "Address contains one of the keywords"),
    "address_province": QT_TRANSLATE_NOOP("Classify", "Province named in the address"),
    "limit_range": QT_TRANSLATE_NOOP("Classify", "Credit limit within a range"),
}
PATTERN_HINTS = {
    "name_keywords": QT_TRANSLATE_NOOP("Classify", "Keywords separated by |, e.g. 局|委员会|政府"),
    "address_keywords": QT_TRANSLATE_NOOP("Classify", "Keywords separated by |, e.g. 开发区|工业园"),
    "address_province": QT_TRANSLATE_NOOP("Classify", "Nothing to enter: the province is found in the address"),
    "limit_range": QT_TRANSLATE_NOOP("Classify", "From..to, either side may be empty, e.g. 100000.."),
}


MENU_TEXT = QT_TRANSLATE_NOOP("Classify", "Classification rules…")
NEW_CUSTOMERS_TEXT = QT_TRANSLATE_NOOP("Classify", "Classify the %1 new customers by the rules…")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Classify", text)


def menu_text() -> str:
    return _tr(MENU_TEXT)


def classify_new_text(count: str) -> str:
    """The import wizard's offer, once an import added customers the rules would classify."""
    return _tr(NEW_CUSTOMERS_TEXT).replace("%1", count)


def field_name(field: str) -> str:
    return _tr(FIELD_SOURCES.get(field, field))


class ClassifyPreviewDialog(QDialog):
    """What the rules would set on these customers (all when ``codes`` is None); Apply writes it."""

    def __init__(self, ctx: AppContext, codes: Sequence[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.codes = None if codes is None else list(codes)
        self.shown: list[Proposal] = []
        self.rule_words: dict[int, str] = {}
        self.setObjectName("classifyPreviewDialog")
        self.setWindowTitle(self.tr("What the classification rules would set"))
        fit_to_screen(self, 980, 560)
        self.model: ListModel[Proposal] = ListModel([
            Column(self.tr("Customer"), lambda p: f"{p.code} {p.name}"),
            Column(self.tr("Field"), lambda p: field_name(p.field)),
            Column(self.tr("Now"), lambda p: rules.value_label(p.field, p.before, self.ctx.language) or "—"),
            Column(self.tr("Would be"), lambda p: rules.value_label(p.field, p.after, self.ctx.language)),
            Column(self.tr("Rule"), lambda p: self.rule_words.get(p.rule_id, p.rule),
                   tip=lambda p: self.rule_words.get(p.rule_id, p.rule)),
        ], self)
        self.view = make_table(self.model, stretch=4)
        self.view.setObjectName("classifyPreview")
        fit_columns(self.view, [26, 8, 12, 12, 0])
        self.info = QLabel(self.tr("Looking at the customers…"))
        self.info.setObjectName("classifyInfo")
        self.info.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Nothing is written until you press Apply. A rule fills an empty field "
                                     "only, unless it is set to overwrite.")))
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        def rules_read(found: list[RuleInfo]) -> None:
            self.rule_words = {r.id: r.text(self.ctx.language) for r in found}
            self.ctx.call(rules.preview, self.codes, read=True, on_done=self._show,
                          on_error=lambda e: self.info.setText(error_text(e)))

        self.ctx.call(rules.list_rules, read=True, on_done=rules_read,
                      on_error=lambda e: self.info.setText(error_text(e)))

    def _show(self, proposals: list[Proposal]) -> None:
        self.shown = proposals
        self.model.set_rows(proposals)
        customers = len({p.code for p in proposals})
        if proposals:
            self.info.setText(self.tr("%1 fields of %2 customers would change.")
                              .replace("%1", self.ctx.number(len(proposals))).replace("%2", self.ctx.number(customers)))
        else:
            self.info.setText(self.tr("The rules would change nothing."))
        self.apply_button.setEnabled(bool(proposals))

    def apply(self) -> None:
        self.apply_button.setEnabled(False)

        def done(written: list[Proposal]) -> None:
            self.info.setText(self.tr("Set %1 fields.").replace("%1", self.ctx.number(len(written))))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.info.setText(error_text(exc))
            self.reload()

        self.ctx.call(rules.apply, self.codes, self.shown, write=True, on_done=done, on_error=failed)


class ClassifyRulesDialog(QDialog):
    """The rules in the order they are tried; add, switch off, remove; preview over every customer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("classifyRulesDialog")
        self.setWindowTitle(self.tr("Classification rules"))
        fit_to_screen(self, 900, 600)
        self.model: ListModel[RuleInfo] = ListModel([
            Column(self.tr("No."), lambda r: str(r.position)),
            Column(self.tr("On"), lambda r: self.tr("yes") if r.enabled else self.tr("no")),
            Column(self.tr("Rule"), lambda r: r.text(self.ctx.language), tip=lambda r: r.text(self.ctx.language)),
            Column(self.tr("Overwrites"), lambda r: self.tr("yes") if r.overwrite else ""),
        ], self)
        self.view = make_table(self.model, stretch=2)
        self.view.setObjectName("rulesTable")
        fit_columns(self.view, [5, 5, 0, 9])
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._chosen())
        self.field = QComboBox()
        self.field.setObjectName("ruleField")
        for key in rules.FIELDS:
            self.field.addItem(field_name(key), key)
        self.kind = QComboBox()
        self.kind.setObjectName("ruleKind")
        for key in rules.KINDS:
            self.kind.addItem(_tr(KIND_SOURCES[key]), key)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.pattern = QLineEdit()
        self.pattern.setObjectName("rulePattern")
        self.value = QLineEdit()
        self.value.setObjectName("ruleValue")
        self.overwrite = QCheckBox(self.tr("Also replace a value already there"))
        self.overwrite.setObjectName("ruleOverwrite")
        add = QPushButton(self.tr("Add rule"))
        add.setObjectName("addRule")
        add.clicked.connect(self.add_rule)
        form = QFormLayout()
        form.addRow(self.tr("Set"), self.field)
        form.addRow(self.tr("When"), self.kind)
        form.addRow(self.tr("Keywords or range"), self.pattern)
        form.addRow(self.tr("To the value"), self.value)
        form.addRow("", self.overwrite)
        form.addRow("", add)
        self.toggle_button = QPushButton(self.tr("Switch off"))
        self.toggle_button.setObjectName("toggleRule")
        self.toggle_button.clicked.connect(self.toggle)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeRule")
        self.remove_button.clicked.connect(self.remove)
        preview = QPushButton(self.tr("Preview on all customers…"))
        preview.setObjectName("previewRules")
        preview.clicked.connect(self.preview_all)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.toggle_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(preview)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Rules are tried in order; for each field the first rule that matches a "
                                     "customer gives the value.")))
        lay.addWidget(self.view, 1)
        lay.addLayout(row)
        lay.addLayout(form)
        lay.addLayout(bottom)
        self._kind_changed()
        self._chosen()
        self.reload()

    def reload(self) -> None:
        self.ctx.call(rules.list_rules, read=True, on_done=self._show,
                      on_error=lambda e: self.message.setText(error_text(e)))

    def _show(self, found: list[RuleInfo]) -> None:
        self.model.set_rows(found)
        self._chosen()

    def current(self) -> RuleInfo | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _chosen(self) -> None:
        r = self.current()
        self.toggle_button.setEnabled(r is not None)
        self.remove_button.setEnabled(r is not None)
        self.toggle_button.setText(self.tr("Switch on") if r is not None and not r.enabled else self.tr("Switch off"))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.pattern.setPlaceholderText(_tr(PATTERN_HINTS[kind]))
        self.pattern.setEnabled(kind != "address_province")
        self.value.setPlaceholderText(self.tr("Empty: the province itself") if kind == "address_province" else "")

    def _done(self, message: str) -> None:
        self.message.setText(message)
        self.reload()

    def add_rule(self) -> None:
        self.ctx.call(rules.add_rule, self.field.currentData(), self.kind.currentData(), self.pattern.text(),
                      self.value.text(), self.overwrite.isChecked(), write=True,
                      on_done=lambda r: self._done(self.tr("Added: %1").replace("%1", r.text(self.ctx.language))),
                      on_error=lambda e: self.message.setText(error_text(e)))

    def toggle(self) -> None:
        r = self.current()
        if r is not None:
            self.ctx.call(rules.set_rule_enabled, r.id, not r.enabled, write=True,
                          on_done=lambda _r: self._done(""), on_error=lambda e: self.message.setText(error_text(e)))

    def remove(self) -> None:
        r = self.current()
        if r is not None:
            self.ctx.call(rules.remove_rule, r.id, write=True, on_done=lambda _r: self._done(self.tr("Removed.")),
                          on_error=lambda e: self.message.setText(error_text(e)))

    def preview_all(self) -> None:
        ClassifyPreviewDialog(self.ctx, None, self).open()


def open_rules(ctx: AppContext, parent: QWidget | None) -> ClassifyRulesDialog:
    dlg = ClassifyRulesDialog(ctx, parent)
    dlg.open()
    return dlg


GRADE_RULES_MENU_TEXT = QT_TRANSLATE_NOOP("Classify", "Grade rules…")


def grade_rules_menu_text() -> str:
    return _tr(GRADE_RULES_MENU_TEXT)


class GradeRulesDialog(QDialog):
    """Which grade rules move a customer's grade beside the payment index, and their figures."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("gradeRulesDialog")
        self.setWindowTitle(self.tr("Grade rules"))
        self.on_time = QCheckBox(self.tr("Raise the grade one step after whole months with every invoice paid on time"))
        self.on_time.setObjectName("onTime")
        self.months = QSpinBox()
        self.months.setObjectName("onTimeMonths")
        self.months.setRange(1, 12)
        self.months.setSuffix(self.tr(" months"))
        self.late = QCheckBox(self.tr("Lower the grade one step when a payment is more than this many days late"))
        self.late.setObjectName("late")
        self.days = QSpinBox()
        self.days.setObjectName("lateDays")
        self.days.setRange(1, 365)
        self.days.setSuffix(self.tr(" days"))
        self.promise = QCheckBox(self.tr("Lower the grade one step when a promise to pay is broken"))
        self.promise.setObjectName("promiseBroken")
        form = QFormLayout()
        form.addRow(self.on_time)
        form.addRow(self.tr("Months in a row"), self.months)
        form.addRow(self.late)
        form.addRow(self.tr("Days late"), self.days)
        form.addRow(self.promise)
        self.message = QLabel(self.tr("Each change a rule makes is kept in the grade history and shown in the "
                                      "credit report."))
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.save_button.setEnabled(False)
        self.ctx.call(grade_rules.grade_rule_settings, read=True, on_done=self._show,
                      on_error=lambda e: self.message.setText(error_text(e)))

    def _show(self, current: GradeRuleSettings) -> None:
        self.on_time.setChecked(current.on_time)
        self.months.setValue(current.on_time_months)
        self.late.setChecked(current.late)
        self.days.setValue(current.late_days)
        self.promise.setChecked(current.promise_broken)
        self.save_button.setEnabled(True)

    def save(self) -> None:
        wanted = GradeRuleSettings(self.on_time.isChecked(), self.months.value(), self.late.isChecked(),
                                   self.days.value(), self.promise.isChecked())
        self.save_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.message.setText(error_text(exc))
            self.save_button.setEnabled(True)

        self.ctx.call(grade_rules.set_grade_rule_settings, wanted, write=True, on_done=lambda _s: self.accept(),
                      on_error=failed)


def open_grade_rules(ctx: AppContext, parent: QWidget | None) -> GradeRulesDialog:
    dlg = GradeRulesDialog(ctx, parent)
    dlg.open()
    return dlg
