"""The dunning wizard's "E-mail the letters" option: after the run is committed, each letter goes
to the Outbox for customers with an e-mail address; the others are named to print."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QVBoxLayout

from app.services.outbox import settings as st
from app.services.outbox import sources
from app.ui.errors import show_error


def add_dunning_mail_option(wiz: Any, layout: QVBoxLayout) -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate(
        "MailDunning", "E-mail the letters to customers with an e-mail address (the rest are listed to print)"))
    box.setObjectName("dunningMail")
    db = wiz.ctx.db
    box.setChecked(db is not None and st.get_smtp(db.uow()).configured)  # on once a mail server is set up
    layout.insertWidget(1, box)

    def committed(done: list[Any]) -> None:
        if not box.isChecked() or not done or wiz.run is None:
            return
        ctx = wiz.ctx
        parent = wiz.parentWidget()

        def queued(res: sources.BatchMail) -> None:
            text = QCoreApplication.translate("MailDunning", "%1 letter(s) are in the Outbox.") \
                .replace("%1", str(len(res.queued)))
            if res.no_address:
                text += "\n" + QCoreApplication.translate(
                    "MailDunning", "No e-mail address (print these): %1").replace("%1", ", ".join(res.no_address))
                msg = QMessageBox(QMessageBox.Icon.Information,
                                  QCoreApplication.translate("MailDunning", "Dunning letters"), text,
                                  QMessageBox.StandardButton.Ok, parent)
                msg.setObjectName("dunningMailResult")
                msg.open()
            ctx.status_message.emit(text.replace("\n", " "))

        ctx.call(sources.mail_dunning, wiz.run.as_of, done, on_done=queued, on_error=lambda e: show_error(parent, e),
                 write=True)

    wiz.committed.connect(committed)
    return box
