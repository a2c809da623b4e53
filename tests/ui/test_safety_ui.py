"""Audit viewer, backup dialog and login dialog, driven as a user would."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import company as company_svc
from app.services import users
from app.services.ledger import postings as ledger
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from tests.services.ledger_helpers import customer, invoice
from tests.ui.conftest import wait_jobs


@pytest.fixture
def ctx(qtbot: QtBot, db: Database) -> Iterator[AppContext]:
    c = AppContext()
    c.set_language("en", save=False)
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2026-01-05", "1200.00", number="I1")
    invoice(db, "A", "2026-01-06", "80.00", number="I2")
    c.set_database(db, company_svc.company_info(db.uow()))
    yield c
    c.jobs.wait(10000)
    if c.db is not None and c.db is not db:
        c.db.close()
    c.db = None


def test_the_audit_viewer_filters_verifies_and_exports(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from app.ui.views.audit import AuditPage

    page = AuditPage(ctx)
    qtbot.addWidget(page)
    wait_jobs(qtbot, ctx)
    assert page.model.rowCount() == 4  # company, customer, two invoices
    page.action.setCurrentIndex(page.action.findData("document.post"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    wait_jobs(qtbot, ctx)
    page.table.selectRow(0)
    assert '"number": "I2"' in page.after.toPlainText()

    page.verify()
    wait_jobs(qtbot, ctx)
    assert "intact" in page.chain.text()

    out = tmp_path / "audit.csv"
    page.export(str(out))
    wait_jobs(qtbot, ctx)
    assert "document.post" in out.read_text(encoding="utf-8-sig")

    conn = sqlite3.connect(ctx.db.path if ctx.db and ctx.db.path else "")
    conn.execute("UPDATE audit_log SET user = 'mallory' WHERE id = 3")
    conn.commit()
    conn.close()
    page.verify()
    wait_jobs(qtbot, ctx)
    assert "tampered with at entry 3" in page.chain.text()


def test_audit_entries_read_as_sentences_in_local_time_with_the_json_behind_details(
        qtbot: QtBot, ctx: AppContext) -> None:
    import datetime as dt

    from app.ui.views.audit import AuditPage

    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_jobs(qtbot, ctx)
    texts = [page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())]
    assert "Invoice I1 posted for A, CNY 1,200.00" in texts
    assert "Customer A (Harbor Trading Ltd) added" in texts
    assert not any("{" in t or "document.post" in t for t in texts)
    i1 = next(r for r in page.model.rows if r.entity_id == "I1")
    local = i1.at.replace(tzinfo=dt.UTC).astimezone()
    row = page.model.rows.index(i1)
    assert page.model.data(page.model.index(row, 1)).endswith(f"{local:%H:%M:%S}")
    assert page.model.data(page.model.index(row, 3)) == "Posted"
    # the raw values only when asked for
    page.table.selectRow(row)
    assert "Invoice I1 posted" in page.entry.text()
    assert not page.after.isVisible()
    qtbot.mouseClick(page.details_button, Qt.MouseButton.LeftButton)
    assert page.after.isVisible() and '"number": "I1"' in page.after.toPlainText()
    # in Chinese: the same entry in Chinese, the filters too
    ctx.set_language("zh_CN", save=False)
    page2 = AuditPage(ctx)
    qtbot.addWidget(page2)
    wait_jobs(qtbot, ctx)
    texts = [page2.model.data(page2.model.index(r, 4)) for r in range(page2.model.rowCount())]
    assert "发票 I1 已过账（客户 A），CNY 1,200.00" in texts
    assert page2.action.itemText(page2.action.findData("document.post")) == "过账"
    ctx.set_language("en", save=False)


def test_back_up_verify_and_restore_from_the_dialog(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from app.ui.dialogs.backup import BackupDialog

    dlg = BackupDialog(ctx)
    qtbot.addWidget(dlg)
    wait_jobs(qtbot, ctx)
    assert "No backup" in dlg.status.text()
    assert "keyring" in dlg.keyring.text()
    dlg.dest.setText(str(tmp_path / "b"))
    dlg.back_up_now()
    wait_jobs(qtbot, ctx)
    made = list((tmp_path / "b").glob("*.duebak"))
    assert len(made) == 1 and "Backup written" in dlg.outcome.text()
    assert "Last backup" in dlg.status.text()

    dlg.verify(str(made[0]))
    wait_jobs(qtbot, ctx)
    assert "The backup is sound" in dlg.outcome.text()

    assert ctx.db is not None
    invoice(ctx.db, "A", "2026-02-01", "5.00", number="AFTER")
    old_path = ctx.db.path
    dlg.restore(str(made[0]), confirm=False)
    wait_jobs(qtbot, ctx, timeout=20000)
    assert "Restored" in dlg.outcome.text() and "kept as" in dlg.outcome.text()
    assert ctx.db is not None and ctx.db.path == old_path
    with pytest.raises(Exception, match="not found"):
        ledger.find_document(ctx.db.uow(), "invoice", "AFTER")
    assert ledger.find_document(ctx.db.uow(), "invoice", "I1").number == "I1"


def test_a_damaged_backup_is_refused_and_the_company_stays_open(qtbot: QtBot, ctx: AppContext,
                                                                tmp_path: Path) -> None:
    from app.ui import errors
    from app.ui.dialogs.backup import BackupDialog

    dlg = BackupDialog(ctx)
    qtbot.addWidget(dlg)
    wait_jobs(qtbot, ctx)
    from app.services.safety import backup

    assert ctx.db is not None
    made = backup.create_backup(ctx.db, tmp_path / "b")
    bad = tmp_path / "bad.duebak"
    bad.write_bytes(Path(made.path).read_bytes()[:-50])
    dlg.restore(str(bad), confirm=False)
    wait_jobs(qtbot, ctx, timeout=20000)
    assert errors.shown and ("damaged" in errors.shown[-1] or "cannot be opened" in errors.shown[-1])
    assert ctx.db is not None
    assert ledger.find_document(ctx.db.uow(), "invoice", "I2").number == "I2"


def test_the_login_dialog_refuses_a_wrong_password_and_lets_the_right_one_in(qtbot: QtBot, ctx: AppContext,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from argon2 import PasswordHasher

    from app.ui.dialogs.login import IdleLock, LoginDialog

    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    assert ctx.db is not None
    users.enable_users(ctx.db.uow(), "boss", "boss-password")
    ctx.db.role = None
    dlg = LoginDialog(ctx.db, company="Test Trading Co")
    qtbot.addWidget(dlg)
    dlg.username.setText("boss")
    dlg.password.setText("wrong one")
    dlg.accept()
    assert "wrong user name or password" in dlg.message.text() and dlg.result() == 0
    dlg.password.setText("boss-password")
    dlg.accept()
    assert dlg.info is not None and ctx.db.role == "administrator"

    lock = IdleLock(minutes=5)
    with qtbot.waitSignal(lock.locked, timeout=1000):
        lock.last_input -= 5 * 60 + 1
        lock.check()
    assert lock.is_locked
    lock.unlock()
    assert not lock.is_locked and lock.idle_seconds() < 5


def test_the_last_backup_reads_as_today_or_days_ago_in_the_chosen_language(ctx: AppContext) -> None:
    import datetime as dt

    from app.models.base import utcnow
    from app.services.safety.backup import LastBackup
    from app.ui.dialogs.backup import last_backup_text

    now = utcnow()
    today = LastBackup(now, "b.duebak", 1, False)
    one = LastBackup(now - dt.timedelta(days=1, hours=1), "b.duebak", 1, False)
    nine = LastBackup(now - dt.timedelta(days=9), "b.duebak", 1, True)
    assert last_backup_text(ctx, today).endswith("(today)")
    assert last_backup_text(ctx, one).endswith("(1 day ago)")
    assert "(9 days ago) — more than a week ago" in last_backup_text(ctx, nine)
    ctx.set_language("zh_CN", save=False)
    try:
        assert last_backup_text(ctx, today).startswith("上次备份：") and last_backup_text(ctx, today).endswith("（今天）")
        assert "（9 天前）" in last_backup_text(ctx, nine) and "ago" not in last_backup_text(ctx, nine)
    finally:
        ctx.set_language("en", save=False)
@pytest.mark.parametrize("language,words", [("en", "tampered with: it holds"), ("zh_CN", "审计记录已被篡改")])
def test_the_audit_viewer_names_a_truncated_trail(qtbot: QtBot, ctx: AppContext, tmp_path: Path,
                                                  memory_keyring: object, language: str, words: str) -> None:
    from app.services.safety import backup
    from app.ui.views.audit import AuditPage

    assert ctx.db is not None
    backup.create_backup(ctx.db, tmp_path / "b")  # the company's key: the trail's head is sealed from now on
    invoice(ctx.db, "A", "2026-01-07", "5.00", number="I3")
    conn = sqlite3.connect(ctx.db.path or "")
    conn.execute("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
    conn.commit()
    conn.close()
    ctx.set_language(language, save=False)
    try:
        page = AuditPage(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        wait_jobs(qtbot, ctx)
        page.verify()
        wait_jobs(qtbot, ctx)
        text = page.chain.text()
        shot = page.grab()
    finally:
        ctx.set_language("en", save=False)  # the translators are the application's: put English back
    assert words in text and "None" not in text
    assert shot.save(str(tmp_path / f"audit-tamper-{language}.png"))  # looked at: no clipped text
