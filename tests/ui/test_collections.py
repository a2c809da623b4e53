"""The collections page, the dunning wizard and the credit override dialog, driven as a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from app.services import company as company_svc
from app.services.collections import dunning, letters
from app.services.collections.dunning import LevelInfo
from app.services.errors import CreditRefused
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.dialogs.dunning_wizard import DunningWizard
from app.ui.dialogs.override import OverrideDialog, ask_override_reason
from app.ui.views.collections import CollectionsPage
from tests.services.credit_helpers import A, D, customer, invoice
from tests.ui.conftest import wait_jobs


@pytest.fixture
def ctx(qtbot, db: Database) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    dunning.save_levels(db.uow(), [LevelInfo(1, 7, A("0"), A("0"), "Reminder", A("10.00")),
                                   LevelInfo(2, 30, A("20.00"), A("0.08"), "Second notice", A("10.00"))])
    customer(db, "C1", name="Harbor Trading Ltd")
    customer(db, "C2", name="上海宏达贸易有限公司", language="zh_CN")
    invoice(db, "C1", "I1", "2025-01-01", "1000.00", due="2025-01-31")
    invoice(db, "C2", "I2", "2025-01-01", "500.00", due="2025-02-10")
    c = AppContext()
    c.set_language("en", save=False)
    c.today_override = D("2025-03-02")
    c.set_database(db, company_svc.company_info(db.uow()))
    yield c
    c.jobs.wait(10000)
    c.db = None


def test_dunning_wizard_from_proposals_to_committed_history(qtbot, ctx: AppContext, db: Database,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    wiz = DunningWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.as_of_page.as_of.value() == D("2025-03-02")
    wiz.as_of_page.post_charges.setChecked(True)
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.proposals_page)
    table = wiz.proposals_page.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["C1", "C2"]
    assert table.item(1, 1).text() == "上海宏达贸易有限公司"
    # the bookkeeper leaves C2 out of this run
    table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert "1 of 2" in wiz.proposals_page.summary.text()
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wiz.currentPage() is wiz.letters_page
    wiz.letters_dir = tmp_path / "letters"
    qtbot.mouseClick(wiz.letters_page.write_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    assert sorted(p.name for p in (tmp_path / "letters").iterdir()) == ["C1.pdf", "all.pdf"]
    assert wiz.letters_page.preview_button.isEnabled()
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wiz.currentPage() is wiz.commit_page
    assert "1 letter dated" in wiz.commit_page.summary.text()
    assert "charges" in wiz.commit_page.summary.text()
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, ctx)
    qtbot.waitUntil(lambda: not wiz.isVisible())
    assert [p.customer for p in wiz.result_proposals or []] == ["C1"]
    hist = dunning.history(db.uow(), "C1")
    assert [(h.as_of, h.level) for h in hist] == [(D("2025-03-02"), 1)]
    assert dunning.history(db.uow(), "C2") == []


def test_override_dialog_needs_a_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    exc = CreditRefused("exposure 1200.00 would exceed the credit limit 1000.00", customer="C1")
    dlg = OverrideDialog(exc)
    qtbot.addWidget(dlg)
    dlg.show()
    assert "C1" in dlg.message.text() and "1,000.00" in dlg.message.text()
    assert not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.reason, "   ")
    assert not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.reason, "owner approved the order")
    assert dlg.ok.isEnabled()
    assert dlg.reason_text() == "owner approved the order"


def test_ask_override_reason_returns_the_typed_reason_or_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    exc = CreditRefused("customer is on credit hold (legal)", customer="C1")

    def answer(text: str) -> None:
        dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OverrideDialog) and w.isVisible())
        if text:
            qtbot.keyClicks(dlg.reason, text)
            qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
        else:
            dlg.reject()

    QTimer.singleShot(50, lambda: answer("paid in cash at the counter"))
    assert ask_override_reason(None, exc) == "paid in cash at the counter"
    QTimer.singleShot(50, lambda: answer(""))
    assert ask_override_reason(None, exc) == ""


def test_collections_page_shows_proposals_reminders_and_edits_letters(qtbot, ctx: AppContext,  # type: ignore[no-untyped-def]
                                                                      db: Database) -> None:
    page = CollectionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    wait_jobs(qtbot, ctx)
    assert [p.customer for p in page.dunning_tab.model.rows] == ["C1", "C2"]
    assert "2 letters" in page.dunning_tab.summary.text()
    kinds = [i.kind for i in page.reminders_tab.model.rows]
    assert kinds == ["overdue", "overdue"]
    assert page.levels_tab.levels.rowCount() == 2
    assert page.levels_tab.levels.item(1, 3).text() == "8"  # the yearly interest in percent
    # typed as a percentage, kept as a rate
    page.levels_tab.levels.item(1, 3).setText("8.5 %")
    page.levels_tab.save_levels()
    wait_jobs(qtbot, ctx)
    assert dunning.list_levels(db.uow())[1].annual_interest_rate == A("0.085")
    assert page.levels_tab.levels.item(1, 3).text() == "8.5"
    # a level that does not escalate is refused before anything is written
    page.levels_tab.levels.item(1, 1).setText("5")
    page.levels_tab.save_levels()
    assert "more than the level before" in page.levels_tab.levels_message.text()
    # the letter text of level 1 in Chinese, edited and saved
    page.levels_tab.t_lang.setCurrentIndex(1)
    wait_jobs(qtbot, ctx)
    assert page.levels_tab.t_subject.text() == "付款提醒"
    page.levels_tab.t_subject.setText("请付款：{customer_name}")
    page.levels_tab.save_template()
    wait_jobs(qtbot, ctx)
    assert letters.get_template(db.uow(), 1, "zh_CN").subject == "请付款：{customer_name}"
    page.levels_tab.t_body.setPlainText("{oops}")
    page.levels_tab.save_template()
    assert "{oops}" in page.levels_tab.t_message.text()
