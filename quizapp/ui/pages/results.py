"""Results: score, a bar chart per skill, calibration, every question reviewed, retry the missed ones."""

from __future__ import annotations

import html
from collections import defaultdict

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChartView
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from quizapp.banks.skills import SKILLS
from quizapp.engine import QuizResult
from quizapp.ui.charts import percent_chart
from quizapp.ui.context import AppContext


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


class ResultsPage(QWidget):
    """What the student got right, by skill, with every answer explained."""

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
        self.calibration = QLabel()
        self.calibration.setAccessibleName("Confidence calibration")
        self.calibration.setWordWrap(True)
        self.chart = QChartView()
        self.chart.setAccessibleName("Score per skill chart")
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(240)
        self.review = QTextBrowser()
        self.review.setAccessibleName("Every question with your answer, the right answer and the explanation")
        self.retry = QPushButton("&Retry the ones I missed")
        self.retry.setAccessibleName("Retry the questions I missed")
        self.retry.clicked.connect(self._retry)
        self.history = QPushButton("My &history")
        self.history.setAccessibleName("Show my history")
        self.history.clicked.connect(self.historyRequested.emit)
        self.library = QPushButton("Back to &library")
        self.library.setAccessibleName("Back to the library")
        self.library.clicked.connect(self.libraryRequested.emit)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.score)
        top_layout.addWidget(self.calibration)
        top_layout.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.review)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.library)
        buttons.addWidget(self.history)
        buttons.addWidget(self.retry)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def show_result(self, result: QuizResult, asked: list[tuple[str, str]] | None = None) -> None:
        """Show `result`; `asked` are the (bank, item) keys of every question of the quiz."""
        self.result = result
        self._asked = list(asked or [])
        timed_out = " Time ran out." if result.timed_out else ""
        self.score.setText(
            f"<h1>{result.score:g} of {result.max_score:g} ({result.percent:.0f}%)</h1>"
            f"<p>{result.questions} question(s), {result.unanswered} not answered.{timed_out}</p>"
        )
        calibration = result.calibration
        self.calibration.setVisible(calibration.rated > 0)
        if calibration.rated:
            self.calibration.setText(f"<p><b>How sure were you?</b> {html.escape(calibration.summary())}</p>")
        self._chart(skill_percentages(result))
        self.review.setHtml(self._review_html(result))
        self.retry.setEnabled(bool(self._missed()))
        self.library.setFocus()

    def _chart(self, percentages: dict[str, float]) -> None:
        bars = QBarSet("Score")
        for value in percentages.values():
            bars.append(round(value))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        axis_x = QBarCategoryAxis()
        axis_x.append([SKILLS[s].title for s in percentages])
        self.chart.setChart(percent_chart("Score per skill (%)", series, axis_x))

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
