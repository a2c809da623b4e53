"""The Feedback tab of a customer's records: satisfaction scores 1-5 with a note, and their average."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.lifecycle import feedback
from app.services.lifecycle.feedback import FeedbackInfo, FeedbackList
from app.ui.context import AppContext
from app.ui.dialogs.daywork import FormDialog
from app.ui.errors import error_text
from app.ui.widgets import Column, DateEdit, ListModel, fit_columns, make_table


def stars(score: int) -> str:
    return "★" * score + "☆" * (5 - score)


class FeedbackDialog(FormDialog):
    """Write down what a customer said of us: when, how satisfied (1-5), and a note."""

    def __init__(self, ctx: AppContext, code: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, label, parent)
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(self.tr("Customer feedback"))
        self.setMinimumWidth(520)
        self.code = code
        self.date = DateEdit(ctx.today())
        self.date.setObjectName("date")
        self.score = QComboBox()
        self.score.setObjectName("score")
        for n, words in ((5, self.tr("very satisfied")), (4, self.tr("satisfied")), (3, self.tr("neutral")),
                         (2, self.tr("dissatisfied")), (1, self.tr("very dissatisfied"))):
            self.score.addItem(f"{stars(n)}  {n} – {words}", n)
        self.score.setCurrentIndex(1)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What did the customer say?"))
        self.add_row(self.tr("Date"), self.date, "date")
        self.add_row(self.tr("Satisfaction"), self.score, "score")
        self.add_row(self.tr("Note"), self.note, "note")
        self.finish(self.tr("Save"))
        self.note.setFocus()

    def submit(self) -> None:
        self.run(feedback.add_feedback, self.code, int(self.score.currentData()), self.note.text().strip(),
                 self.date.value())


class FeedbackTab(QWidget):
    """One customer's feedback, newest first, with the average score; add or delete an entry."""

    def __init__(self, ctx: AppContext, code: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code = code
        self.label = label
        self.child: FeedbackDialog | None = None
        self.setObjectName("feedbackTab")
        self.model: ListModel[FeedbackInfo] = ListModel([
            Column(self.tr("Date"), lambda f: ctx.date(f.date)),
            Column(self.tr("Satisfaction"), lambda f: f"{stars(f.score)} {f.score}"),
            Column(self.tr("Note"), lambda f: f.note),
            Column(self.tr("By"), lambda f: f.created_by),
        ], self)
        self.view: QTableView = make_table(self.model, stretch=2)
        self.view.setObjectName("feedbackTable")
        fit_columns(self.view, [11, 12, 0, 10])
        self.average = QLabel()
        self.average.setObjectName("feedbackAverage")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.add_button = QPushButton(self.tr("Add feedback…"))
        self.add_button.setObjectName("newFeedback")
        self.add_button.clicked.connect(self.new_feedback)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteFeedback")
        self.delete_button.clicked.connect(self.delete_feedback)
        lay = QVBoxLayout(self)
        lay.addWidget(self.average)
        lay.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.message, 1)
        lay.addLayout(row)
        ctx.data_changed.connect(self.reload)
        self.reload()

    def title(self) -> str:
        return self.tr("Feedback")

    def reload(self) -> None:
        self.ctx.call(feedback.list_feedback, self.code, on_done=self._show, read=True,
                      key=f"feedback-{id(self)}", on_error=lambda e: self.message.setText(error_text(e)))

    def _show(self, res: FeedbackList) -> None:
        self.model.set_rows(res.entries)
        if res.average is None:
            self.average.setText(self.tr("No feedback yet."))
        else:
            self.average.setText(self.tr("Average satisfaction: %1 of 5 (%n entry(s))", "", len(res.entries))
                                 .replace("%1", str(res.average)))

    def new_feedback(self) -> None:
        self.child = FeedbackDialog(self.ctx, self.code, self.label, self)
        self.child.open()

    def delete_feedback(self) -> None:
        idx = self.view.currentIndex()
        f = self.model.row_at(idx.row()) if idx.isValid() else None
        if f is not None and QMessageBox.question(self, self.tr("Delete"), self.tr("Delete this feedback?")
                                                  ) == QMessageBox.StandardButton.Yes:
            self.message.setText("")
            self.ctx.call(feedback.delete_feedback, f.id, write=True,
                          on_error=lambda e: self.message.setText(error_text(e)))
