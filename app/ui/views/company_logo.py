"""The company logo in Settings: a preview, Choose… and Remove; the picture is checked when chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import company as company_svc
from app.services.errors import DuebookError
from app.ui.errors import error_text
from app.ui.widgets import FieldMessage

PREVIEW_WIDTH = 160
PREVIEW_HEIGHT = 60


class LogoPicker(QWidget):
    """Holds the logo's bytes (``data``; None: no logo) and shows it as it prints on the letterhead."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #c8ced6; background: white; color: #666;")
        self.choose = QPushButton(self.tr("Choose picture…"))
        self.choose.setObjectName("chooseLogo")
        self.choose.clicked.connect(self._browse)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName("removeLogo")
        self.remove.clicked.connect(self.clear)
        hint = QLabel(self.tr("PNG or JPEG, at most 1 MB; printed at the top right of every document."))
        hint.setStyleSheet("color: #666;")
        hint.setWordWrap(True)
        self.message = FieldMessage()
        self.message.setObjectName("logoMessage")
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addWidget(hint, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(row)
        lay.addWidget(self.message)
        self._show()

    def label_text(self) -> str:
        """The form's label for this field."""
        return self.tr("Logo")

    def set_data(self, data: bytes | None) -> None:
        self.data = data
        self.message.show_message("")
        self._show()

    def clear(self) -> None:
        self.set_data(None)
        self.changed.emit()

    def load_file(self, path: str) -> bool:
        """Check and take the picture at ``path``; a bad file leaves the logo as it was and says why."""
        try:
            data = company_svc.read_logo(Path(path))
        except DuebookError as exc:
            self.message.show_message(error_text(exc))
            return False
        self.set_data(data)
        self.changed.emit()
        return True

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Company logo"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.load_file(path)

    def _show(self) -> None:
        self.remove.setEnabled(self.data is not None)
        if self.data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            return
        pix = QPixmap()
        pix.loadFromData(self.data)
        self.preview.setText("")
        self.preview.setPixmap(pix.scaled(PREVIEW_WIDTH - 4, PREVIEW_HEIGHT - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
