"""Backups: back up now, verify a backup, restore (verified first, the old file kept aside), and
the set-up of the recovery key (a passphrase chosen by the user, written as a file to keep apart)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import company as backup_company
from app.services import identity
from app.services.safety import backup
from app.services.safety import keys as backup_keys
from app.services.safety import restore as backup_restore
from app.services.unit_of_work import Database
from app.ui.context import AppContext
from app.ui.errors import detail_text, show_error


class _BackupWords(QObject):
    """Plurals: lupdate marks "%n" texts as plural only in ``self.tr`` calls."""

    def days_ago(self, days: int) -> str:
        return self.tr("Last backup: %1 (%n day(s) ago)", "", days)


def last_backup_text(ctx: AppContext, last: backup.LastBackup) -> str:
    """"Last backup: 2026-05-01 (3 days ago)" or a warning when there has been none for a week."""
    if last.at is None:
        return QCoreApplication.translate("BackupDialog", "No backup has been made of this company yet.")
    local = last.at.replace(tzinfo=dt.UTC).astimezone()
    days = last.days or 0
    when = ctx.date(local.date()) + local.strftime(" %H:%M")
    if days == 0:
        text = QCoreApplication.translate("BackupDialog", "Last backup: %1 (today)").replace("%1", when)
    else:
        text = _BackupWords().days_ago(days).replace("%1", when)
    if last.overdue:
        text += " — " + QCoreApplication.translate("BackupDialog", "more than a week ago: make a backup now")
    return text


class RecoveryKeyDialog(QDialog):
    """Choose a passphrase (twice) and where to write the recovery key."""

    def __init__(self, parent: QWidget | None = None, suggested: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        self.setMinimumWidth(520)  # the explanation reads as a paragraph, the path whole
        intro = QLabel(self.tr(
            "The recovery key is this company's backup key, locked with a passphrase you choose. "
            "With it, a backup can be restored on any computer, even without Duebook "
            "(age -d -i recovery-key.age backup.duebak | tar -xz). Print it or keep it apart from "
            "this computer, and do not forget the passphrase: nobody can recover it."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.path = QLineEdit(suggested)
        self.path.setObjectName("recoveryPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setObjectName("recoveryMessage")
        self.message.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.again)
        form.addRow(self.tr("Write to"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def _browse(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Recovery key"), self.path.text(),
                                               self.tr("age files (*.age)"))
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        pw = self.passphrase.text()
        if len(pw) < 8:
            self.message.setText(self.tr("Choose a passphrase of at least 8 characters."))
            return
        if pw != self.again.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        if not self.path.text().strip():
            self.message.setText(self.tr("Choose where to write the recovery key."))
            return
        super().accept()


class BackupDialog(QDialog):
    """Back up now, verify, restore, and the recovery key; all long work off the GUI thread."""

    restored = Signal(str)  # the company file that was replaced (and reopened)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumWidth(560)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.keyring = QLabel()
        self.keyring.setObjectName("backupKeyring")
        self.keyring.setWordWrap(True)
        self.dest = QLineEdit()
        self.dest.setObjectName("backupDest")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse_dest)
        self.outcome = QLabel()
        self.outcome.setObjectName("backupResult")
        self.outcome.setWordWrap(True)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.setObjectName("backupNow")
        self.verify_button = QPushButton(self.tr("Verify a backup…"))
        self.verify_button.setObjectName("backupVerify")
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setObjectName("backupRestore")
        self.key_button = QPushButton(self.tr("Write the recovery key…"))
        self.key_button.setObjectName("backupRecoveryKey")
        # the command line's --allow-unsigned: a backup made before backups were signed, or where the
        # company's key was not; never a forged signature (the service refuses that regardless)
        self.allow_unsigned = QCheckBox(self.tr("Accept a backup that is not signed (older backups, or made "
                                                "where the company's key was not)"))
        self.allow_unsigned.setObjectName("backupAllowUnsigned")
        self.unsigned_warning = QLabel(self.tr(
            "Warning: an unsigned backup cannot show that nobody changed it. Tick this only for a backup "
            "you made yourself and kept safe; a backup with a wrong signature is still refused."))
        self.unsigned_warning.setObjectName("backupUnsignedWarning")
        self.unsigned_warning.setWordWrap(True)
        self.unsigned_warning.setStyleSheet("color: #c62828;")
        self.unsigned_warning.setVisible(False)
        self.allow_unsigned.toggled.connect(self.unsigned_warning.setVisible)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        dest_row = QHBoxLayout()
        dest_row.addWidget(QLabel(self.tr("Backup folder")))
        dest_row.addWidget(self.dest, 1)
        dest_row.addWidget(browse)
        buttons = QHBoxLayout()
        for b in (self.now_button, self.verify_button, self.restore_button, self.key_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addWidget(self.keyring)
        lay.addLayout(dest_row)
        lay.addLayout(buttons)
        lay.addWidget(self.allow_unsigned)
        lay.addWidget(self.unsigned_warning)
        lay.addWidget(self.outcome)
        lay.addWidget(close)
        self.now_button.clicked.connect(lambda: self.back_up_now())
        self.verify_button.clicked.connect(lambda: self.verify())
        self.restore_button.clicked.connect(lambda: self.restore())
        self.key_button.clicked.connect(lambda: self.recovery_key())
        self.refresh()

    # ---- state -----------------------------------------------------------------------------------
    @property
    def db(self) -> Database | None:
        return self.ctx.db

    def refresh(self) -> None:
        db = self.db
        for b in (self.now_button, self.key_button, self.restore_button):
            b.setEnabled(db is not None)
        ks = identity.keyring_status()
        self.keyring.setText(
            self.tr("The backup key is kept in this computer's keyring.") if ks.keyring else
            self.tr("No keyring is available on this computer. The backup key is kept in a file "
                    "readable only by you; write the recovery key and keep it apart."))
        self.keyring.setToolTip(ks.reason)  # the system's own words, for whoever sets the computer up
        if db is None:
            self.status.setText(self.tr("No company is open."))
            return
        self.dest.setText(str(backup_company.default_dest(db)))
        self.ctx.jobs.run(lambda: backup.last_backup(db), self._show_last, parent=self)

    def _show_last(self, last: backup.LastBackup) -> None:
        self.ctx.last_backup = last.at
        self.status.setText(last_backup_text(self.ctx, last))
        self.status.setStyleSheet("color: #c62828;" if last.overdue else "")

    def _browse_dest(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.dest.text())
        if path:
            self.dest.setText(path)

    def _busy(self, busy: bool) -> None:
        for b in (self.now_button, self.verify_button, self.restore_button, self.key_button):
            b.setEnabled(not busy and (b is self.verify_button or self.db is not None))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.outcome.setText("")
        show_error(self, exc, self.tr("Backups"))

    # ---- actions ---------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        db = self.db
        if db is None:
            return
        dest = self.dest.text().strip() or None
        self._busy(True)
        self.ctx.jobs.run(lambda p: backup.create_backup(db, dest, progress=p), self._made, self._failed,
                          progress=self.tr("Making a backup…"), parent=self)

    def _made(self, r: backup.BackupResult) -> None:
        self._busy(False)
        text = self.tr("Backup written: %1 (%2 MB)").replace("%1", r.path).replace(
            "%2", f"{r.size / 1e6:.1f}")
        for w in r.warnings:
            text += "\n" + (detail_text(w) or w)
        self.outcome.setText(text)
        self.refresh()

    def verify(self, path: str | None = None) -> None:
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Verify a backup"), self.dest.text(),
                                                   self.tr("Duebook backups (*.duebak)"))
        if not path:
            return
        db = self.db
        unsigned = self.allow_unsigned.isChecked()
        self._busy(True)
        self.ctx.jobs.run(lambda p: backup_restore.verify_backup(path, db, progress=p, allow_unsigned=unsigned),
                          self._verified, self._failed,
                          progress=self.tr("Checking the backup…"), parent=self)

    def _verified(self, rep: backup_restore.VerifyReport) -> None:
        self._busy(False)
        rows = sum(rep.row_counts.values())
        self.outcome.setText(self.tr("The backup is sound: %1, made %2, %3 rows, integrity %4.")
                            .replace("%1", rep.company).replace("%2", rep.created_at)
                            .replace("%3", self.ctx.number(rows)).replace("%4", rep.integrity))

    def restore(self, path: str | None = None, confirm: bool = True) -> None:
        """Verify ``path``, keep the current file aside, swap, and reopen the company."""
        db = self.db
        if db is None or db.path is None:
            return
        if path is None:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), self.dest.text(),
                                                   self.tr("Duebook backups (*.duebak)"))
        if not path:
            return
        unsigned = self.allow_unsigned.isChecked()
        question = self.tr("Replace the open company with this backup? The backup is checked first, and "
                           "the current file is kept aside (and backed up) before it is replaced.")
        if unsigned:
            question += "\n\n" + self.unsigned_warning.text()
        if confirm and QMessageBox.question(self, self.tr("Restore"), question) != QMessageBox.StandardButton.Yes:
            return
        from app.services.permissions import check

        try:
            check(db, "backup.restore")
        except Exception as exc:
            show_error(self, exc)
            return
        target = db.path
        keys = backup_restore.identities_for(db)
        self._busy(True)
        self.ctx.close_database()  # releases the file (and its lock) so that it can be swapped

        def work(p: Any) -> backup_restore.RestoreResult:
            return backup_restore.restore_backup(path, target, identities=keys, progress=p, allow_unsigned=unsigned)

        self.ctx.jobs.run(work, lambda r: self._restored(target, r), lambda e: self._restore_failed(target, e),
                          progress=self.tr("Checking and restoring the backup…"), parent=self,
                          cancellable=False)

    def _reopen(self, target: str) -> None:
        from app.services import company, locking

        db = company.open_company(target, before_upgrade=backup.before_upgrade)
        locking.try_lock(db)
        self.ctx.set_database(db, company.company_info(db.uow()))

    def _restored(self, target: str, r: backup_restore.RestoreResult) -> None:
        self._busy(False)
        try:
            self._reopen(target)
        except Exception as exc:
            show_error(self, exc)
            return
        text = self.tr("Restored %1 into %2.").replace("%1", r.report.company).replace("%2", r.path)
        if r.kept_aside:
            text += "\n" + self.tr("The previous file is kept as %1.").replace("%1", r.kept_aside)
        for w in r.warnings:
            text += "\n" + (detail_text(w) or w)
        self.outcome.setText(text)
        self.refresh()
        self.restored.emit(target)

    def _restore_failed(self, target: str, exc: BaseException) -> None:
        self._failed(exc)
        try:
            self._reopen(target)  # nothing was replaced: the same file opens again
        except Exception as again:
            show_error(self, again)
        self.refresh()

    def recovery_key(self, path: str | None = None, passphrase: str | None = None) -> None:
        db = self.db
        if db is None:
            return
        if path is None or passphrase is None:
            dlg = RecoveryKeyDialog(self, str(Path.home() / "duebook-recovery-key.age"))
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            path, passphrase = dlg.path.text().strip(), dlg.passphrase.text()
        out, pw = path, passphrase
        self._busy(True)
        self.ctx.jobs.run(lambda _p: backup_keys.write_recovery_key(db, out, pw), self._key_written, self._failed,
                          progress=self.tr("Writing the recovery key…"), parent=self, cancellable=False)

    def _key_written(self, path: Path) -> None:
        self._busy(False)
        self.outcome.setText(self.tr("Recovery key written to %1. Print it or keep it apart from this "
                                    "computer, with its passphrase.").replace("%1", str(path)))
