"""Classification rules in the program: a rule added in the dialog, the preview that writes nothing
until Apply, and the new customers of an import classified from the wizard's last page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.models import Customer
from app.services.classify import rules
from app.services.unit_of_work import Database
from app.ui.dialogs.classify import ClassifyPreviewDialog, ClassifyRulesDialog
from app.ui.dialogs.import_wizard import ImportWizard
from app.ui.main_window import MainWindow
from tests.services.ledger_helpers import customer
from tests.ui.conftest import wait_jobs


def _fields(db: Database) -> dict[str, tuple[str, str]]:
    with db.read_uow() as uow:
        return {c.code: (c.category, c.region) for c in uow.session.execute(select(Customer)).scalars()}


def test_a_rule_added_in_the_dialog_is_previewed_and_applied_only_on_apply(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                            db: Database) -> None:
    ctx = window.ctx
    customer(db, "G1", "深圳市交通运输局")
    customer(db, "T1", "Harbor Trading Ltd")
    edit = next(a for a in window.menuBar().actions() if a.text() == "&Edit").menu()
    next(a for a in edit.actions() if a.text() == "Classification rules…").trigger()
    wait_jobs(qtbot, ctx)
    dlg = window.findChild(ClassifyRulesDialog)
    assert dlg is not None and dlg.isVisible()
    dlg.field.setCurrentIndex(dlg.field.findData("category"))
    dlg.kind.setCurrentIndex(dlg.kind.findData("name_keywords"))
    dlg.pattern.setText("局|政府")  # typed through an input method (QTest types ASCII only)
    qtbot.keyClicks(dlg.value, "government")
    qtbot.mouseClick(dlg.findChild(type(dlg.toggle_button), "addRule"), Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert dlg.model.rowCount() == 1
    assert dlg.model.data(dlg.model.index(0, 2)) == "category = Government when the name contains 局 or 政府"

    preview = ClassifyPreviewDialog(ctx, None, dlg)
    qtbot.addWidget(preview)
    preview.show()
    wait_jobs(qtbot, ctx)
    assert [(p.code, p.field, p.after) for p in preview.shown] == [("G1", "category", "government")]
    assert "1 fields of 1 customers" in preview.info.text()
    qtbot.mouseClick(preview.findChild(type(preview.apply_button), "cancelButton"), Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert _fields(db)["G1"] == ("", "")  # cancelled: nothing written

    again = ClassifyPreviewDialog(ctx, None, dlg)
    qtbot.addWidget(again)
    again.show()
    wait_jobs(qtbot, ctx)
    qtbot.mouseClick(again.apply_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert _fields(db) == {"G1": ("government", ""), "T1": ("", "")}


def test_the_import_wizard_offers_to_classify_the_new_customers(qtbot, window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    ctx = window.ctx
    customer(db, "OLD", "市政府老客户")  # not part of the import: left alone
    rules.add_rule(db.uow(), "category", "name_keywords", "局|政府", "government")
    rules.add_rule(db.uow(), "region", "address_province")
    path = tmp_path / "customers.csv"
    path.write_text("code,name,address\nN1,广州市税务局,广东省广州市天河区\nN2,Pearl Foods,Nanjing Jiangsu\n",
                    encoding="utf-8")
    w = ImportWizard(ctx, path=str(path))
    qtbot.addWidget(w)
    w.show()
    wait_jobs(qtbot, ctx)
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    qtbot.mouseClick(w.import_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert "2 customers" in w.done_info.text()
    assert w.classify_button.isVisible() and "2 new customers" in w.classify_button.text()
    qtbot.mouseClick(w.classify_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    dlg = w.findChild(ClassifyPreviewDialog)
    assert dlg is not None
    assert {(p.code, p.after) for p in dlg.shown} == {("N1", "government"), ("N1", "广东"), ("N2", "Jiangsu")}
    qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert _fields(db) == {"N1": ("government", "广东"), "N2": ("", "Jiangsu"), "OLD": ("", "")}
    assert not w.classify_button.isVisible()
    assert w.findChild(QLabel, "doneInfo") is not None


def test_grade_rules_are_changed_in_their_dialog(qtbot, window: MainWindow, db: Database) -> None:  # type: ignore[no-untyped-def]
    from app.services.lifecycle.grade_rules import grade_rule_settings
    from app.ui.dialogs.classify import GradeRulesDialog

    ctx = window.ctx
    edit = next(a for a in window.menuBar().actions() if a.text() == "&Edit").menu()
    next(a for a in edit.actions() if a.text() == "Grade rules…").trigger()
    wait_jobs(qtbot, ctx)
    dlg = window.findChild(GradeRulesDialog)
    assert dlg is not None and dlg.days.value() == 60 and dlg.months.value() == 3 and dlg.promise.isChecked()
    dlg.days.setValue(45)
    qtbot.mouseClick(dlg.promise, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    saved = grade_rule_settings(db.uow())
    assert (saved.late_days, saved.promise_broken, saved.on_time_months) == (45, False, 3)
    assert not dlg.isVisible()
