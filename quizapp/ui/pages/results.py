"""Results: what to do next, the score per skill, how sure the student was, every question explained."""

from __future__ import annotations

import html
from collections import defaultdict

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks.skills import SKILLS
from quizapp.engine import QuizResult
from quizapp.plural import count
from quizapp.ui.context import AppContext
from quizapp.ui.theme import with_icon


def skill_percentages(result: QuizResult) -> dict[str, float]:
    """Percent of the possible score per skill, in the documented skill order."""
    got: dict[str, float] = defaultdict(float)
    possible: dict[str, float] = defaultdict(float)
    answered = {a.position: a for a in result.answers}
    for feedback in result.review:
        record = answered.get(feedback.position)
        if record is None:
            continue
        got[record.item.skill] += feedback.score
        possible[record.item.skill] += feedback.max_score
    return {s: 100.0 * got[s] / possible[s] for s in SKILLS if possible.get(s)}


PRACTISE_BELOW = 70.0
"""A skill scored under this percentage is listed under "Skills to practise"."""


def _encouragement(percent: float) -> str:
    if percent >= 90:
        return "Excellent reading!"
    if percent >= 70:
        return "Good work."
    if percent >= 50:
        return "A fair start: the explanations below show what to look for."
    return "Keep practising: read the explanations below, then try the ones you missed."


class ResultsPage(QWidget):
    """What to do next first (the skills to practise, retry the missed ones), then a compact score per skill,
    then every answer explained, which gets most of the room."""

    retryRequested = Signal(list)  # item keys (bank id, item id) missed
    libraryRequested = Signal()
    historyRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: QuizResult | None = None
        self._asked: list[tuple[str, str]] = []
        self.score = QLabel()
        self.score.setAccessibleName("Score")
        self.score.setWordWrap(True)
        self.next_steps = QLabel()
        self.next_steps.setAccessibleName("What to do next")
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.PlainText)
        self.calibration = QLabel()
        self.calibration.setAccessibleName("How sure you were")
        self.calibration.setWordWrap(True)
        self.calibration.setTextFormat(Qt.TextFormat.PlainText)
        self.skills_box = QWidget()
        self.skills_box.setAccessibleName("Score per skill")
        self.skills_grid = QGridLayout(self.skills_box)
        self.skills_grid.setContentsMargins(0, 0, 0, 0)
        self.skills_grid.setColumnStretch(1, 1)
        self.review = QTextBrowser()
        self.review.setAccessibleName("Every question with your answer, the right answer and the explanation")
        self.retry = QPushButton("&Retry the ones I missed")
        self.retry.setAccessibleName("Retry the questions I missed")
        self.retry.clicked.connect(self._retry)
        with_icon(self.retry, "retry")
        self.history = QPushButton("My &history")
        self.history.setAccessibleName("Show my history")
        self.history.clicked.connect(self.historyRequested.emit)
        with_icon(self.history, "history")
        self.library = QPushButton("Back to &library")
        self.library.setAccessibleName("Back to the library")
        self.library.clicked.connect(self.libraryRequested.emit)
        with_icon(self.library, "back")
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry)
        buttons.addWidget(self.history)
        buttons.addWidget(self.library)
        buttons.addStretch(1)
        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.score)
        summary_layout.addWidget(self.next_steps)
        summary_layout.addLayout(buttons)
        summary_layout.addWidget(self.calibration)
        summary_layout.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(summary, 3)
        top.addWidget(self.skills_box, 2)
        heading = QLabel("<h2>Every question, explained</h2>")
        heading.setAccessibleName("Explanations heading")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(heading)
        layout.addWidget(self.review, 1)  # the explanations get the room

    def show_result(self, result: QuizResult, asked: list[tuple[str, str]] | None = None) -> None:
        """Show `result`; `asked` are the (bank, item) keys of every question of the quiz."""
        self.result = result
        self._asked = list(asked or [])
        timed_out = " Time ran out." if result.timed_out else ""
        answered = result.questions - result.unanswered
        self.score.setText(
            f"<h1>{result.score:g} of {result.max_score:g} ({result.percent:.0f}%)</h1>"
            f"<p>{count(result.questions, 'question')}, {result.unanswered} not answered.{timed_out}</p>"
        )
        percentages = skill_percentages(result)
        if answered == 0:
            steps = "You finished without answering any question. Start a quiz from the library when you are ready."
        else:
            weak = [
                SKILLS[s].title
                for s, value in sorted(percentages.items(), key=lambda kv: kv[1])
                if value < PRACTISE_BELOW
            ]
            steps = _encouragement(result.percent)
            if weak:
                steps += "\nSkills to practise: " + ", ".join(weak) + "."
            if self._missed():
                steps += "\nRetry the ones you missed while the explanations are fresh."
        self.next_steps.setText(steps)
        calibration = result.calibration
        self.calibration.setVisible(calibration.rated > 0)
        self.calibration.setText(calibration.advice())
        self._skills(percentages)
        self.review.setHtml(self._review_html(result))
        missed = bool(self._missed())
        self.retry.setEnabled(missed)
        self.retry.setDefault(missed)
        (self.retry if missed else self.library).setFocus()

    def _skills(self, percentages: dict[str, float]) -> None:
        """One compact row per skill: its full name and a bar that shows 0 % as clearly as 100 %."""
        while self.skills_grid.count():
            widget = self.skills_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.skills_box.setVisible(bool(percentages))
        title = QLabel("<b>Score per skill</b>")
        title.setAccessibleName("Score per skill heading")
        self.skills_grid.addWidget(title, 0, 0, 1, 2)
        for row, (slug, value) in enumerate(percentages.items(), start=1):
            name = QLabel(SKILLS[slug].title)
            name.setWordWrap(True)
            name.setAccessibleName(f"Skill: {SKILLS[slug].title}")
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round(value))
            bar.setFormat(f"{round(value)}%")
            bar.setTextVisible(True)
            bar.setAccessibleName(f"{SKILLS[slug].title}: {round(value)}%")
            self.skills_grid.addWidget(name, row, 0)
            self.skills_grid.addWidget(bar, row, 1)
        for row in range(self.skills_grid.rowCount()):
            self.skills_grid.setRowStretch(row, 0)
        self.skills_grid.setRowStretch(len(percentages) + 1, 1)  # rows packed at the top

    def _review_html(self, result: QuizResult) -> str:
        answers = {a.position: a for a in result.answers}
        rows = []
        for feedback in result.review:
            record = answers.get(feedback.position)
            if record is None:
                continue
            given = "skipped" if record.response is None else "; ".join(record.response)
            mark = "✔" if feedback.correct else ("◐" if feedback.score > 0 else "✘")
            rows.append(
                f"<h3>{mark} {feedback.position + 1}. {html.escape(record.item.prompt)}</h3>"
                f"<p><b>Your answer:</b> {html.escape(given)}<br>"
                f"<b>Right answer:</b> {html.escape('; '.join(feedback.right_answer))}</p>"
                f"<p>{html.escape(feedback.explanation)}</p>"
            )
        return "".join(rows) or "<p>No questions were answered.</p>"

    def _missed(self) -> list[tuple[str, str]]:
        """Questions answered wrongly or skipped, and those never reached."""
        if self.result is None:
            return []
        right = {(a.bank_id, a.item.id) for a in self.result.answers if a.correct}
        wrong = [(a.bank_id, a.item.id) for a in self.result.answers if not a.correct]
        unreached = [key for key in self._asked if key not in right and key not in wrong]
        return list(dict.fromkeys(wrong + unreached))

    def _retry(self) -> None:
        missed = self._missed()
        if missed:
            self.retryRequested.emit(missed)
