"""What the window shows while no company is open: start a new one, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.context import AppContext


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        title = QLabel(self.tr("Welcome to Duebook"))
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setBold(True)
        title.setFont(f)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(title)
        sub = QLabel(self.tr("Receivables and credit control, on your own PC. Start a company file, "
                             "open one, or look around the demo company first."))
        sub.setWordWrap(True)
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(sub)
        row = QHBoxLayout()
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("New company…"))
        self.new_button.setObjectName("newCompany")
        self.open_button = QPushButton(self.tr("Open a company file…"))
        self.demo_button = QPushButton(self.tr("Open the demo company"))
        self.demo_button.setObjectName("openDemo")
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(36)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        recent = [p for p in ctx.settings.recent_files if p and Path(p).exists()][:5]
        if recent:
            lbl = QLabel(self.tr("Recent files"))
            lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addSpacing(16)
            lay.addWidget(lbl)
            for p in recent:
                b = QPushButton(p)
                b.setFlat(True)
                b.clicked.connect(lambda _c=False, path=p: self.recent_requested.emit(path))
                lay.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
