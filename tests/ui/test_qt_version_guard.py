"""STACK.md: PySide6 6.12.0 on Python 3.11 loses a reference to None on every void Qt call.

After about 5,200 calls the interpreter aborts. This guard fails as soon as an upgrade
brings that bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm up")
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText("x" if i % 2 else "y")  # returns nothing (void)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"refcount of None fell from {before} to {after}"
