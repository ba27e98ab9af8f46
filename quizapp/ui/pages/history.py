"""History: a student's past attempts, their trend and the weakest skills."""

from __future__ import annotations

import html

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks.skills import skill_title
from quizapp.plural import count
from quizapp.ui.charts import percent_chart
from quizapp.ui.context import AppContext
from quizapp.ui.pages.results import PRACTISE_BELOW
from quizapp.ui.theme import with_icon

COLUMNS = ("Date", "Banks", "Mode", "Score", "Percent")


class HistoryPage(QWidget):
    """Past attempts of the signed-in student."""

    libraryRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.heading = QLabel()
        self.heading.setAccessibleName("History heading")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Past attempts")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart = QChartView()
        self.chart.setAccessibleName("Score trend chart")
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(220)
        self.trend_note = QLabel()
        self.trend_note.setAccessibleName("Score trend")
        self.trend_note.setWordWrap(True)
        self.trend_note.hide()
        self.weakest = QLabel()
        self.weakest.setAccessibleName("Weakest skills")
        self.weakest.setWordWrap(True)
        self.back = QPushButton("Back to &library")
        self.back.setAccessibleName("Back to the library")
        self.back.clicked.connect(self.libraryRequested.emit)
        with_icon(self.back, "back")
        side = QVBoxLayout()
        side.addWidget(self.weakest)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.chart, 2)
        middle.addWidget(self.trend_note, 2)
        middle.addLayout(side, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(middle)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        student = self.context.student
        if student is None:
            self.heading.setText("<h1>History</h1><p>Guests have no history. Sign in to keep your results.</p>")
            self.table.setRowCount(0)
            self.weakest.clear()
            self.chart.setChart(QChart())
            return
        store = self.context.store
        attempts = [a for a in store.history(student.uuid) if a.ended_at]
        trend = store.trend(student.uuid)
        self.heading.setText(
            f"<h1>History of {html.escape(student.name)}</h1><p>{count(len(attempts), 'finished attempt')}; "
            f"trend: {html.escape(trend.direction)}.</p>"
        )
        self.table.setRowCount(len(attempts))
        for row, attempt in enumerate(sorted(attempts, key=lambda a: a.started_at, reverse=True)):
            percent = 100.0 * attempt.score / attempt.max_score if attempt.max_score else 0.0
            values = (
                attempt.started_at[:16].replace("T", " "),
                "; ".join(attempt.banks),
                attempt.mode,
                f"{attempt.score:g} / {attempt.max_score:g}",
                f"{percent:.0f}%",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._chart([value for _, value in trend.points])
        if not attempts:
            self.heading.setText(
                f"<h1>History of {html.escape(student.name)}</h1>"
                "<p>No attempts yet — start a quiz from the library.</p>"
            )
        everything = store.mastery(student.uuid)
        mastery = sorted((m for m in everything if 100 * m.mastery < PRACTISE_BELOW), key=lambda m: m.mastery)[:5]
        if mastery:
            items = "".join(
                f"<li>{html.escape(skill_title(m.skill))}: {100 * m.mastery:.0f}% ({count(m.answers, 'answer')})</li>"
                for m in mastery
            )
            self.weakest.setText(f"<b>Skills to practise</b><ol>{items}</ol>")
        elif everything:
            self.weakest.setText(
                f"<b>Skills to practise</b><p>None: every skill you have tried is at {PRACTISE_BELOW:.0f}% or more. "
                "Well done — try a new story to keep it that way.</p>"
            )
        else:
            self.weakest.setText("<b>Skills to practise</b><p>Take a quiz to see them.</p>")

    def _chart(self, percents: list[float]) -> None:
        self.chart.setVisible(len(percents) >= 2)  # one point is no trend: the heading says so instead
        self.trend_note.setVisible(len(percents) == 1)
        if len(percents) == 1:
            self.trend_note.setText(f"One attempt so far ({percents[0]:.0f}%). Take another quiz to see your trend.")
        series = QLineSeries()
        series.setPointsVisible(True)
        for index, value in enumerate(percents, start=1):
            series.append(index, value)
        axis_x = QValueAxis()
        axis_x.setRange(1, max(2, len(percents)))
        axis_x.setTickCount(max(2, len(percents)))
        axis_x.setLabelFormat("%d")
        axis_x.setTitleText("Attempt")
        self.chart.setChart(percent_chart("Score per attempt (%)", series, axis_x))
