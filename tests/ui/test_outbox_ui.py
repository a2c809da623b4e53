"""E-mail in the program, driven as a person would, against a real SMTP server on loopback:
setting up the mail server with a test message, e-mailing a statement from the ledger, and
retrying a failed message on the Outbox page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.customers import communication
from app.services.outbox import store, transport
from app.services.unit_of_work import Database
from app.ui.dialogs.mail_statement import MailStatementDialog
from app.ui.dialogs.smtp_settings import SmtpSettingsDialog
from app.ui.main_window import MainWindow
from app.ui.views.ledger import LedgerPage
from app.ui.views.mail_settings import MailSettingsGroup
from app.ui.views.outbox import OutboxPage
from tests.conftest import MemoryKeyring
from tests.mailserver import PASSWORD, USER, MailServer, mail_server
from tests.services.ledger_helpers import customer, d, invoice
from tests.services.outbox_helpers import use_server
from tests.ui.conftest import wait_jobs


@pytest.fixture
def server(tmp_path: Path) -> Iterator[MailServer]:
    with mail_server(tmp_path) as srv:
        yield srv


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_mail_server_set_up_in_settings_sends_a_test_message(qtbot, window: MainWindow, server: MailServer,  # type: ignore[no-untyped-def]
                                                            memory_keyring: MemoryKeyring) -> None:
    window.go("settings")
    group = window.pages["settings"].findChild(MailSettingsGroup)
    assert group is not None
    dlg = group.open_server()
    assert isinstance(dlg, SmtpSettingsDialog)
    qtbot.keyClicks(dlg.host, "127.0.0.1")
    dlg.port.setValue(server.port)
    dlg.security.setCurrentIndex(dlg.security.findData("starttls"))
    qtbot.keyClicks(dlg.sender_edit, "ar@harbor.example")
    qtbot.keyClicks(dlg.user, USER)
    dlg.password.insert(PASSWORD)  # QTest cannot type Chinese; a person pastes it
    qtbot.keyClicks(dlg.ca_file, str(server.ca_file))
    qtbot.keyClicks(dlg.test_to, "me@example.com")
    _click(qtbot, dlg.test_button)
    qtbot.waitUntil(lambda: "accepted" in dlg.outcome.text(), timeout=15000)
    assert "250" in dlg.outcome.text()
    assert [str(m["To"]) for m in server.received] == ["me@example.com"]
    assert dlg.password.text() == ""  # the typed password went to the keyring, not back on screen
    assert PASSWORD in memory_keyring.secrets.values()
    dlg.close()


def test_a_statement_emailed_from_the_ledger_arrives_and_is_logged(qtbot, window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                                  server: MailServer,
                                                                  memory_keyring: MemoryKeyring) -> None:
    customer(db, "C1", "上海华东贸易有限公司", email="caiwu@huadong.example", language="zh_CN")
    invoice(db, "C1", "2026-03-01", "1200.00", "INV-1", due="2026-03-31")
    use_server(db, server)
    window.go("ledger")
    page = window.pages["ledger"]
    assert isinstance(page, LedgerPage)
    page.open_item(1)
    wait_jobs(qtbot, window.ctx)
    assert page.mail_button.isEnabled()
    _click(qtbot, page.mail_button)
    dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MailStatementDialog) and w.isVisible())
    assert dlg.to.text() == "caiwu@huadong.example"
    _click(qtbot, dlg.send_btn)
    qtbot.waitUntil(lambda: "Sent to" in dlg.outcome.text(), timeout=15000)
    [msg] = server.received
    assert "对账单" in msg["Subject"] and "上海华东贸易有限公司" in msg.get_body(("plain",)).get_content()
    assert next(a.get_filename() for a in msg.iter_attachments()).startswith("对账单_C1_")
    log = communication.entries_for(db.uow(), "C1")
    assert [e.channel for e in log] == ["email"]
    dlg.close()


def test_the_outbox_page_retries_a_failed_message(qtbot, window: MainWindow, db: Database,  # type: ignore[no-untyped-def]
                                                 server: MailServer, memory_keyring: MemoryKeyring) -> None:
    use_server(db, server)
    server.handler.refuse["typo@example.con"] = "no such domain"
    mid = store.queue(db.uow(), store.Draft("test", ("typo@example.con",), "Hello", "Hi")).id
    assert transport.send_due(db.uow()).failed
    server.handler.refuse.clear()  # the server is fixed (or the address), the bookkeeper retries
    window.go("outbox")
    page = window.pages["outbox"]
    assert isinstance(page, OutboxPage)
    page.status.setCurrentIndex(page.status.findData("failed"))
    wait_jobs(qtbot, window.ctx)
    assert [m.id for m in page.model.rows] == [mid]
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None and page.retry_btn.isEnabled())
    assert "no such domain" in page.head.text()
    _click(qtbot, page.retry_btn)
    qtbot.waitUntil(lambda: store.get_message(db.uow(), mid).info.status == "sent", timeout=15000)
    wait_jobs(qtbot, window.ctx)
    assert [str(m["To"]) for m in server.received] == ["typo@example.con"]
    page.status.setCurrentIndex(page.status.findData("sent"))
    wait_jobs(qtbot, window.ctx)
    assert [m.id for m in page.model.rows] == [mid]
    assert window.outbox_runner.label.text() == ""  # nothing waiting any more


def test_automation_rules_are_saved_and_previewed_and_a_template_edited(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                        db: Database) -> None:
    from app.services.outbox import schedule, templates
    from app.services.outbox import settings as st
    from app.ui.dialogs.automation import AutomationDialog

    customer(db, "C1", "Alder Supplies", email="a@example.com", language="en")
    today = window.ctx.today()
    invoice(db, "C1", today.isoformat(), "250.00", "INV-9", due=today.isoformat())
    window.go("settings")
    group = window.pages["settings"].findChild(MailSettingsGroup)
    dlg = group.open_rules()
    assert isinstance(dlg, AutomationDialog)
    customer(db, "C3", "Cypress Ltd", email="c@example.com", language="en")
    invoice(db, "C3", today.isoformat(), "90.00", "INV-10", due=today.isoformat())
    box, _editor, _info = dlg.rule_rows["remind_due"]
    box.setChecked(True)
    qtbot.keyClicks(dlg.excluded, "C3")  # C3 asked not to get automatic mail
    _click(qtbot, dlg.save_rules_btn)
    qtbot.waitUntil(lambda: {r.name: r for r in schedule.rules(db.uow())}["remind_due"].enabled)
    qtbot.waitUntil(lambda: st.excluded_customers(db.uow()) == {"C3"})
    wait_jobs(qtbot, window.ctx)
    _click(qtbot, dlg.preview_btn)
    qtbot.waitUntil(lambda: dlg.preview.rowCount() == 1)
    assert dlg.preview.item(0, 2).text() == "C1" and dlg.preview.item(0, 3).text() == "a@example.com"
    assert store.list_messages(db.uow()) == []  # a preview queues nothing
    dlg.tabs.setCurrentIndex(1)
    dlg.kind.setCurrentIndex(dlg.kind.findData("reminder_due"))
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.subject.clear()
    qtbot.keyClicks(dlg.subject, "Due today: {reference}")
    assert "Due today: INV-000123" in dlg.preview_view.toPlainText()
    qtbot.keyClicks(dlg.subject, " {nonsense}")
    assert "unknown placeholder {nonsense}" in dlg.preview_view.toPlainText()
    dlg.subject.setText("Due today: {reference}")
    _click(qtbot, dlg.findChild(type(dlg.save_rules_btn), "saveTemplate"))
    qtbot.waitUntil(lambda: templates.get_template(db.uow(), "reminder_due", "en").subject == "Due today: {reference}")
    dlg.close()


def test_a_batch_of_statements_is_emailed_from_the_statement_batch_dialog(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                         db: Database) -> None:
    from app.ui.dialogs.statement_batch import StatementBatchDialog

    customer(db, "C1", "Alder Supplies", email="a@example.com", language="en")
    customer(db, "C2", "Birch Works", language="en")  # no address: to print
    invoice(db, "C1", "2026-03-01", "100.00", "I1")
    invoice(db, "C2", "2026-03-01", "200.00", "I2")
    dlg = StatementBatchDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.date_from.setDate(dlg.date_from.date().fromString("2026-03-01", "yyyy-MM-dd"))
    dlg.date_to.setDate(dlg.date_to.date().fromString("2026-03-31", "yyyy-MM-dd"))
    _click(qtbot, dlg.mail_btn)
    qtbot.waitUntil(lambda: "in the Outbox" in dlg.status.text(), timeout=15000)
    assert "1 statement(s)" in dlg.status.text() and "C2" in dlg.status.text()
    [m] = store.list_messages(db.uow())
    assert (m.customer, m.kind, m.status) == ("C1", "statement", "queued")


def test_the_dunning_wizard_emails_letters_and_names_the_rest_to_print(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                       db: Database) -> None:
    from PySide6.QtWidgets import QMessageBox, QWizard

    from app.services.collections import dunning
    from app.services.outbox import settings as st
    from app.ui.dialogs.dunning_wizard import DunningWizard

    dunning.save_levels(db.uow(), [dunning.LevelInfo(1, 7, title="Reminder")])
    st.save_smtp(db.uow(), st.SmtpSettings(host="mail.example", port=25, security="none", sender="ar@example.com"))
    customer(db, "C1", "Alder Supplies", email="a@example.com", language="en")
    customer(db, "C2", "Birch Works", language="en")
    invoice(db, "C1", "2025-01-01", "100.00", "I1", due="2025-01-31")
    invoice(db, "C2", "2025-01-01", "200.00", "I2", due="2025-01-31")
    wiz = DunningWizard(window.ctx, window)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.as_of_page.as_of.set_date(d("2025-03-02"))
    _click(qtbot, wiz.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.proposals_page, timeout=10000)
    wait_jobs(qtbot, window.ctx)
    _click(qtbot, wiz.button(QWizard.WizardButton.NextButton))
    _click(qtbot, wiz.button(QWizard.WizardButton.NextButton))
    assert wiz.currentPage() is wiz.commit_page and wiz.commit_page.mail.isChecked()
    _click(qtbot, wiz.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: len(store.list_messages(db.uow())) == 1, timeout=15000)
    [m] = store.list_messages(db.uow())
    assert (m.customer, m.kind, m.to) == ("C1", "dunning", "a@example.com")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "dunningMailResult") is not None)
    box = window.findChild(QMessageBox, "dunningMailResult")
    assert "C2" in box.text()
    box.close()
