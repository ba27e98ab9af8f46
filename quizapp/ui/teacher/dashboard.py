"""The results dashboard: per-student scores, item analysis with plain-words advice, which choices
attract, a skills mastery grid, drill-down to one student's answers; CSV and PDF export."""

from __future__ import annotations

import html
import string
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks.skills import skill_title
from quizapp.errors import QuizappError
from quizapp.outputs import check_output
from quizapp.plural import count
from quizapp.teacher.dashboard import (
    Dashboard,
    Scope,
    build_dashboard,
    choices_table,
    due_table,
    items_table,
    mastery_table,
    student_answers,
    students_table,
    trend_table,
    write_table_csv,
)
from quizapp.ui.context import AppContext
from quizapp.ui.errors import show_error
from quizapp.ui.teacher.paper import save_pdf
from quizapp.ui.theme import plain_tooltip


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}%"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = QTableWidgetItem(value)
            if len(value) > 24:
                cell.setToolTip(plain_tooltip(value))  # prompts and advice are cut to the column: all of it
            table.setItem(r, c, cell)


class DashboardWindow(QWidget):
    """Results of a classroom session, a class or a bank (teacher mode only)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.dashboard: Dashboard | None = None
        self.setWindowTitle("Results dashboard")
        self.setAccessibleName("Results dashboard")
        self.resize(1280, 820)
        self.scope = QComboBox()
        self.scope.setAccessibleName("Show results for")
        self.scope.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setAccessibleName("Summary")
        self.students = _table("Students", ["Student", "Login", "Attempts", "Last", "Best", "Mean"])
        self.students.activated.connect(lambda index: self.drill_down(index.row()))  # double-click or Enter
        self.items = _table("Items", ["⚑", "Prompt", "Skill", "Answers", "Facility", "Discrimination", "Advice"])
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.items.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(1, 360)
        self.items.setWordWrap(False)
        self.items.itemSelectionChanged.connect(self._show_choices)
        self.choice_chart = QChartView()
        self.choice_chart.setAccessibleName("How often each choice was picked")
        self.choice_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.mastery = _table("Skills mastery grid, students by skills", ["Student"])
        self.due = _table("Review due, students by skills", ["Student"])
        self.trend = _table("Share of points per skill, week by week", ["Skill"])
        self.skill_view = QComboBox()
        self.skill_view.setAccessibleName("Skills view")
        for title in ("Mastery", "Review due", "Trend by week"):
            self.skill_view.addItem(title)
        self.revisit = QLabel()
        self.revisit.setAccessibleName("Skills to revisit")
        self.revisit.setWordWrap(True)
        self.revisit.setTextFormat(Qt.TextFormat.PlainText)
        self.skill_tables = QStackedWidget()
        for table in (self.mastery, self.due, self.trend):
            self.skill_tables.addWidget(table)
        self.skill_view.currentIndexChanged.connect(self._show_skill_view)
        skills_page = QWidget()
        skills_layout = QVBoxLayout(skills_page)
        view_row = QHBoxLayout()
        view_label = QLabel("S&how:")
        view_label.setBuddy(self.skill_view)
        view_row.addWidget(view_label)
        view_row.addWidget(self.skill_view)
        view_row.addStretch(1)
        skills_layout.addLayout(view_row)
        skills_layout.addWidget(self.revisit)
        skills_layout.addWidget(self.skill_tables, 1)
        item_split = QSplitter(Qt.Orientation.Vertical)
        item_split.addWidget(self.items)
        item_split.addWidget(self.choice_chart)
        item_split.setStretchFactor(0, 3)
        item_split.setStretchFactor(1, 1)
        item_split.setSizes([600, 220])  # the items table shows most rows; the chart stays below
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Dashboard tables")
        self.tabs.addTab(self.students, "&Students")
        self.tabs.addTab(item_split, "&Items and choices")
        self.tabs.addTab(skills_page, "Skills &mastery")
        self.export_csv = QPushButton("Export table as &CSV…")
        self.export_csv.setAccessibleName("Export the current table as CSV")
        self.export_csv.clicked.connect(lambda: self.save_csv())
        self.export_pdf = QPushButton("Export report as &PDF…")
        self.export_pdf.setAccessibleName("Export the report as PDF")
        self.export_pdf.clicked.connect(lambda: self.save_report())
        top = QHBoxLayout()
        top.addWidget(QLabel("Results for:"))
        top.addWidget(self.scope, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("Double-click a student, or select one and press Enter, to see their answers."))
        buttons.addStretch(1)
        buttons.addWidget(self.export_csv)
        buttons.addWidget(self.export_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._fill_scopes()

    def _fill_scopes(self) -> None:
        store = self.context.store
        self.scope.blockSignals(True)
        self.scope.clear()
        for session in store.classroom_sessions():
            self.scope.addItem(f"Session: {session.name}", ("session", session.uuid))
        for group in store.classes():
            self.scope.addItem(f"Class: {group.name}", ("class", group.uuid))
        for bank in self.context.library.usable():
            self.scope.addItem(f"Bank: {bank.title}", ("bank", bank.id))
        self.scope.blockSignals(False)
        self.refresh()

    def select_scope(self, kind: str, key: str) -> None:
        for index in range(self.scope.count()):
            if tuple(self.scope.itemData(index)) == (kind, key):
                self.scope.setCurrentIndex(index)
                return

    def refresh(self) -> None:
        data = self.scope.currentData()
        self.setWindowTitle(f"Results dashboard — {self.scope.currentText()}" if data else "Results dashboard")
        if not data:
            self.summary.setText("No classes, sessions or banks yet.")
            return
        kind, key = data
        try:
            self.dashboard = build_dashboard(self.context.store, Scope(kind, key), self.context.library.usable())
        except QuizappError as exc:
            show_error(self, "Dashboard not available", str(exc))
            return
        board = self.dashboard
        flagged = sum(1 for row in board.items if row.flagged)
        self.summary.setText(
            f"{count(len(board.students), 'student')}, {count(len(board.items), 'item')}, {flagged} flagged for a look."
        )
        _fill(
            self.students,
            [
                [
                    r.name,
                    r.login,
                    str(r.attempts),
                    _percent(r.last_percent),
                    _percent(r.best_percent),
                    _percent(r.mean_percent),
                ]
                for r in board.students
            ],
        )
        _fill(
            self.items,
            [
                [
                    "⚑" if r.flagged else "",
                    r.prompt,
                    skill_title(r.skill),
                    str(r.answers),
                    _number(r.facility),
                    _number(r.discrimination),
                    r.advice,
                ]
                for r in board.items
            ],
        )
        for row, item_row in enumerate(board.items):
            if item_row.flagged:
                for column in range(self.items.columnCount()):
                    self.items.item(row, column).setBackground(QColor(255, 230, 200))
        grid = board.mastery
        self.mastery.setColumnCount(1 + len(grid.skills))
        self.mastery.setHorizontalHeaderLabels(["Student", *(skill_title(s) for s in grid.skills)])
        self.mastery.setRowCount(len(grid.students))
        for r, student in enumerate(grid.students):
            self.mastery.setItem(r, 0, QTableWidgetItem(grid.names[student]))
            for c, skill in enumerate(grid.skills, start=1):
                value = grid.values[student][skill]
                cell = QTableWidgetItem("" if value is None else f"{100 * value:.0f}%")
                if value is not None:
                    cell.setBackground(QColor(int(230 - 100 * value), int(140 + 100 * value), 150))
                    cell.setForeground(QColor(20, 20, 20))  # readable in the dark theme too
                self.mastery.setItem(r, c, cell)
        self._fill_review(board)
        answered = [row for row, item_row in enumerate(board.items) if item_row.answers > 0]
        self.items.clearSelection()
        if answered:  # the first item that has answers; an item nobody answered has no chart to show
            self.items.selectRow(answered[0])
        self._show_choices()  # the selected row may not have changed, but the items did

    def _fill_review(self, board: Dashboard) -> None:
        """The "Review due" and "Trend by week" views of the skills tab."""
        due = board.due
        titles = [skill_title(s) for s in due.skills]
        self.due.setColumnCount(1 + len(due.skills))
        self.due.setHorizontalHeaderLabels(["Student", *titles])
        self.due.setRowCount(len(due.students))
        for r, student in enumerate(due.students):
            self.due.setItem(r, 0, QTableWidgetItem(due.names[student]))
            for c, skill in enumerate(due.skills, start=1):
                cell = QTableWidgetItem(due.words(student, skill))
                when = due.dates[student][skill]
                if when is not None and when <= due.today:
                    cell.setBackground(QColor(255, 230, 200))
                    cell.setForeground(QColor(20, 20, 20))  # readable in the dark theme too
                self.due.setItem(r, c, cell)
        revisit = [row for row in due.summary() if row.due_now]
        if revisit:
            self.revisit.setText(
                "Revisit first: "
                + "; ".join(
                    f"{skill_title(row.skill)} ({row.due_now} of {row.practised} students due)" for row in revisit[:5]
                )
            )
        else:
            upcoming = [row.next_due for row in due.summary() if row.next_due]
            self.revisit.setText(
                f"No skill is due for review; the next on {min(upcoming).isoformat()}."
                if upcoming
                else "No answers yet, so no review is planned."
            )
        trend = board.trend
        shown = [s for s in trend.skills if any(v is not None for v in trend.values[s])]
        self.trend.setColumnCount(2 + len(trend.weeks))
        self.trend.setHorizontalHeaderLabels(
            ["Skill", *(f"Week of {monday.strftime('%d %b')}" for monday in trend.weeks), "Trend"]
        )
        self.trend.setRowCount(len(shown))
        for r, skill in enumerate(shown):
            self.trend.setItem(r, 0, QTableWidgetItem(skill_title(skill)))
            for c, value in enumerate(trend.values[skill], start=1):
                self.trend.setItem(r, c, QTableWidgetItem("" if value is None else f"{100 * value:.0f}%"))
            self.trend.setItem(r, 1 + len(trend.weeks), QTableWidgetItem(trend.direction(skill)))
        self._show_skill_view()

    def _show_skill_view(self) -> None:
        index = self.skill_view.currentIndex()
        self.skill_tables.setCurrentIndex(index)
        self.revisit.setVisible(index == 1)

    def _show_choices(self) -> None:
        board = self.dashboard
        rows = self.items.selectionModel().selectedRows() if board else []
        chart = QChart()
        chart.legend().setVisible(False)
        if not (board and rows):
            chart.setTitle("Select an item that has answers to see how often each choice was picked.")
        elif board.items[rows[0].row()].answers == 0:
            chart.setTitle("Nobody has answered this item yet.")
        else:
            item = board.items[rows[0].row()]
            counts = board.choices.get((item.bank_id, item.item_id), [])
            chart.setTitle(f"Choices picked: {item.prompt[:80]}")
            bars = QBarSet("Picked")
            labels = []
            for text, count, right in counts:
                bars.append(count)
                short = text if len(text) <= 28 else text[:26].rstrip() + "…"
                letter = string.ascii_uppercase[len(labels)] if len(labels) < 26 else str(len(labels) + 1)
                labels.append(f"{letter}{' ✔' if right else ''}: {short}")  # the letter keeps labels unique
            series = QHorizontalBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
            chart.addSeries(series)
            axis_y = QBarCategoryAxis()
            axis_y.append(labels)
            axis_x = QValueAxis()
            axis_x.setLabelFormat("%d")
            top = max([1] + [count for _, count, _ in counts])
            axis_x.setRange(0, top)
            axis_x.setTickCount(top + 1 if top <= 10 else 6)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(axis_y)
            series.attachAxis(axis_x)
        self.choice_chart.setChart(chart)

    def drill_down(self, row: int) -> QDialog | None:
        board = self.dashboard
        if board is None or row >= len(board.students):
            return None
        student = board.students[row]
        answers = student_answers(self.context.store, student.key, board.scope)
        parts = [f"<h2>{html.escape(student.name)}</h2>"]
        for answer in answers:
            given = "skipped" if answer.response is None else "; ".join(answer.response)
            mark = "✔" if answer.correct else "✘"
            parts.append(
                f"<p>{mark} <b>{html.escape(answer.prompt)}</b><br>Answer: {html.escape(given)} · "
                f"Right: {html.escape('; '.join(answer.right_answer))}</p>"
            )
        dialog = QDialog(self)
        dialog.setWindowTitle(f"Answers of {student.name}")
        dialog.setAccessibleName(dialog.windowTitle())
        view = QTextBrowser()
        view.setAccessibleName("The student's answers")
        view.setHtml("".join(parts) if answers else "<p>No answers in this scope.</p>")
        QVBoxLayout(dialog).addWidget(view)
        dialog.resize(700, 600)
        dialog.show()
        return dialog

    # -- export ----------------------------------------------------------------------------------
    def current_rows(self) -> list[dict[str, str]]:
        board = self.dashboard
        if board is None:
            return []
        if self.tabs.currentIndex() == 2:
            return [mastery_table, due_table, trend_table][self.skill_view.currentIndex()](board)
        return [students_table, items_table][self.tabs.currentIndex()](board)

    def save_csv(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, "Export table", "results.csv", "CSV (*.csv)")
            if not name:
                return None
            path = Path(name)
        try:
            check_output(path, database=self.context.store.path, force=True)  # the file dialog asked about overwriting
            write_table_csv(self.current_rows(), path)
        except QuizappError as exc:
            show_error(self, "Table not saved", str(exc))
            return None
        return path

    def report_html(self) -> str:
        board = self.dashboard
        if board is None:
            return ""

        def table(rows: list[dict[str, str]]) -> str:
            if not rows:
                return "<p>None yet.</p>"
            head = "".join(f"<th>{html.escape(k)}</th>" for k in rows[0])
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row.values()) + "</tr>" for row in rows
            )
            return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"

        return (
            f"<h1>{html.escape(self.scope.currentText())}</h1><p>{html.escape(self.summary.text())}</p>"
            f"<h2>Students</h2>{table(students_table(board))}"
            f"<h2>Items</h2>{table(items_table(board))}"
            f"<h2>Choices</h2>{table(choices_table(board))}"
            f"<h2>Skills mastery</h2>{table(mastery_table(board))}"
            f"<h2>Review due</h2>{table(due_table(board))}"
            f"<h2>Trend by week</h2>{table(trend_table(board))}"
        )

    def save_report(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, "Export report", "results-report.pdf", "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        try:
            return save_pdf(self.report_html(), path)
        except OSError as exc:
            show_error(self, "Report not saved", str(exc))
            return None
