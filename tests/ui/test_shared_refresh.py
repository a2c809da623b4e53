"""On a server, the window refreshes when it comes back to the front; a local file is left alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow


def test_a_server_company_refreshes_when_the_window_is_activated(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    db = window.ctx.db
    assert db is not None
    seen: list[bool] = []
    window.ctx.data_changed.connect(lambda: seen.append(True))
    window._app_state_changed(Qt.ApplicationState.ApplicationActive)
    assert seen == []  # a file on this PC: nobody else writes it
    db.url = "postgresql+psycopg://app@server/books"  # what a server company looks like to the window
    with qtbot.waitSignal(window.ctx.data_changed, timeout=1000):
        window._app_state_changed(Qt.ApplicationState.ApplicationActive)
