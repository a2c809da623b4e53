"""The backup dialog offers the command line's --allow-unsigned: an unsigned (older) backup is refused
with a message that names the box to tick; ticking it shows a warning, and then it restores."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.services import company as company_svc
from app.services import identity
from app.services.ledger import postings as ledger
from app.services.safety import backup, keys
from app.services.unit_of_work import Database
from app.ui import errors
from app.ui.context import AppContext
from tests.conftest import MemoryKeyring
from tests.services.ledger_helpers import customer, invoice
from tests.ui.conftest import wait_jobs


@pytest.fixture
def ctx(qtbot: QtBot, db: Database, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    c = AppContext()
    c.set_language("en", save=False)
    customer(db, "A", "Harbor Trading Ltd")
    invoice(db, "A", "2026-01-05", "1200.00", number="I1")
    c.set_database(db, company_svc.company_info(db.uow()))
    yield c
    c.jobs.wait(10000)
    if c.db is not None and c.db is not db:
        c.db.close()
    c.db = None


def _unsigned_copy(db: Database, tmp_path: Path) -> Path:
    """A backup as an older Duebook made it: the same contents, no signature in its manifest."""
    made = Path(backup.create_backup(db, tmp_path / "b").path)
    recipient, _ = keys.ensure_recipient(db)
    ident = identity.load_identity(recipient)
    assert ident is not None
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(pyrage.decrypt(made.read_bytes(), [ident])))) as tar:
        fh = tar.extractfile("company.db")
        mf = tar.extractfile("manifest.json")
        assert fh is not None and mf is not None
        data, manifest = fh.read(), json.loads(mf.read())
    manifest.pop("mac")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, blob in (("company.db", data), ("manifest.json", json.dumps(manifest).encode())):
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            tar.addfile(info, io.BytesIO(blob))
    out = tmp_path / "older.duebak"
    out.write_bytes(pyrage.encrypt(gzip.compress(buf.getvalue()), [x25519.Recipient.from_str(recipient)]))
    return out


def test_an_unsigned_backup_restores_only_with_the_box_ticked_and_its_warning_shown(
        qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from app.ui.dialogs.backup import BackupDialog

    assert ctx.db is not None
    older = _unsigned_copy(ctx.db, tmp_path)
    invoice(ctx.db, "A", "2026-02-01", "5.00", number="AFTER")
    dlg = BackupDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_jobs(qtbot, ctx)
    assert not dlg.allow_unsigned.isChecked() and not dlg.unsigned_warning.isVisible()

    dlg.restore(str(older), confirm=False)
    wait_jobs(qtbot, ctx, timeout=20000)
    assert "Accept a backup that is not signed" in errors.shown[-1] and "not signed" in errors.shown[-1]
    assert ctx.db is not None and ledger.find_document(ctx.db.uow(), "invoice", "AFTER").number == "AFTER"

    qtbot.mouseClick(dlg.allow_unsigned, Qt.MouseButton.LeftButton, pos=QPoint(6, dlg.allow_unsigned.height() // 2))
    assert dlg.allow_unsigned.isChecked() and dlg.unsigned_warning.isVisible()
    assert "cannot show that nobody changed it" in dlg.unsigned_warning.text()
    dlg.verify(str(older))
    wait_jobs(qtbot, ctx, timeout=20000)
    assert "The backup is sound" in dlg.outcome.text()
    dlg.restore(str(older), confirm=False)
    wait_jobs(qtbot, ctx, timeout=20000)
    assert "Restored" in dlg.outcome.text()
    assert ctx.db is not None
    with pytest.raises(Exception, match="not found"):
        ledger.find_document(ctx.db.uow(), "invoice", "AFTER")


def test_a_forged_backup_is_refused_even_with_the_box_ticked(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from app.ui.dialogs.backup import BackupDialog

    assert ctx.db is not None
    made = Path(backup.create_backup(ctx.db, tmp_path / "b").path)
    forged = tmp_path / "forged.duebak"
    data = bytearray(made.read_bytes())
    data[-40] ^= 0xFF
    forged.write_bytes(bytes(data))
    dlg = BackupDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.allow_unsigned.setChecked(True)
    dlg.restore(str(forged), confirm=False)
    wait_jobs(qtbot, ctx, timeout=20000)
    assert "Restored" not in dlg.outcome.text()
    assert ctx.db is not None and ledger.find_document(ctx.db.uow(), "invoice", "I1").number == "I1"
