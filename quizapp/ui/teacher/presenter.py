"""Presenter mode for a projector: full screen, large type, one question at a time, reveal on a key."""

from __future__ import annotations

import html
import string

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from quizapp.banks import Bank, Item
from quizapp.ui.article_view import ArticleView

HELP = "Space or Enter: show the answer · → next · ← back · Esc: leave"


class PresenterWindow(QWidget):
    """Shows a bank's items one by one; no scores, no timer."""

    closed = Signal()

    def __init__(
        self,
        bank: Bank,
        items: list[Item] | None = None,
        parent: QWidget | None = None,
        *,
        join: str = "",
        host=None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(f"Presenting: {bank.title}")
        self.setAccessibleName("Presenter mode")
        self.bank = bank
        self.items = [i for i in (items if items is not None else bank.items) if "stale" not in i.tags]
        self.host = host if host is not None and host.pace == "teacher" else None
        self.index = 0
        self.distribution: dict[str, int] = {}
        if self.host is not None:  # the desks' order, from where the session is
            by_id = {item.id: item for item in bank.items}
            self.items = [by_id[item_id] for item_id in self.host.order]
            self.index = self.host.status.position
        self.revealed = False
        self.counter = QLabel()
        self.counter.setAccessibleName("Question number")
        self.prompt = QLabel()
        self.prompt.setAccessibleName("Question")
        self.prompt.setWordWrap(True)
        self.choices = QLabel()
        self.choices.setAccessibleName("Choices")
        self.choices.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setAccessibleName("Answer and explanation")
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.hint = QLabel(HELP)
        self.hint.setAccessibleName("Keys")
        self.join = QLabel(join)  # a live session of this bank: how desks join, for the whole room to read
        self.join.setAccessibleName("How to join the live session")
        self.join.setTextFormat(Qt.TextFormat.PlainText)
        self.join.setVisible(bool(join))
        for label in (self.counter, self.prompt, self.choices):
            label.setTextFormat(Qt.TextFormat.PlainText)  # bank text is shown as written, never as markup
        self.article = ArticleView()  # for "find the sentence" items, the article beside the question
        sentences = [answer for item in self.items if item.type == "evidence" for answer in item.answer]
        self.article.show_article(bank.article, sentences)  # answer sentences are never split
        big = QFont(self.font())
        big.setPointSize(max(28, self.font().pointSize() * 3))
        medium = QFont(self.font())
        medium.setPointSize(max(22, self.font().pointSize() * 2))
        self.prompt.setFont(big)
        for label in (self.choices, self.answer, self.counter, self.join):
            label.setFont(medium)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.counter)
        column.addWidget(self.prompt)
        column.addSpacing(20)
        column.addWidget(self.choices)
        column.addSpacing(20)
        column.addWidget(self.answer)
        column.addStretch(1)
        # A long item scrolls (arrow keys still step through the items) instead of being cut off.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.article.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.article.setFont(medium)
        body = QHBoxLayout()
        body.addWidget(self.article, 1)
        body.addWidget(self.scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 20)
        layout.addWidget(self.join)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._show()

    def _show(self) -> None:
        if not self.items:
            self.prompt.setText("This bank has no questions to present.")
            return
        item = self.items[self.index]
        self.article.setVisible(item.type == "evidence" and self.bank.article is not None)
        self.article.clear_marks()
        self.scroll.verticalScrollBar().setValue(0)
        self.counter.setText(f"Question {self.index + 1} of {len(self.items)}")
        self.prompt.setText(item.prompt)
        if item.type == "evidence":
            self.choices.setText("Find the sentence in the article that answers this.")
        elif item.type == "short":
            self.choices.setText("Answer in a few words.")
        else:
            self.choices.setText(
                "\n".join(f"{string.ascii_uppercase[n]}.  {choice}" for n, choice in enumerate(item.choices))
            )
        if self.revealed:
            answer = "; ".join(item.answer)
            picked = ", ".join(f"{html.escape(text)}: {n}" for text, n in sorted(self.distribution.items()))
            self.answer.setText(
                f"<p><b>Answer:</b> {html.escape(answer)}</p><p>{html.escape(item.explanation)}</p>"
                + (f"<p>The class picked: {picked}</p>" if picked else "")
            )
            if item.type == "evidence":
                self.article.mark_answer(None, list(item.answer))
                self.article.highlight(list(item.answer))
        else:
            self.answer.setText("")

    def reveal(self) -> None:
        self.revealed = True
        if self.host is not None:  # every desk sees the answer and the anonymous choices too
            self.distribution = self.host.reveal()
        self._show()

    def step(self, delta: int) -> None:
        if self.items:
            self.index = max(0, min(len(self.items) - 1, self.index + delta))
            self.revealed = False
            self.distribution = {}
            if self.host is not None:  # the desks show the same question
                self.host.show(self.index)
            self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.reveal()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            self.step(-1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)
