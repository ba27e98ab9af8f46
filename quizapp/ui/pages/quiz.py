"""Quiz: the article on one side, the question on the other; keyboard first.

Keys: 1–9 or A–D pick a choice, Enter submits and goes on, Esc skips nothing (use the Skip
button). Evidence questions are answered by clicking a sentence of the article (or moving to it
with the arrow keys there), then pressing Enter or Check. Tab goes choices → confidence → Check →
Skip → Finish → article; the article is one tab stop.
"""

from __future__ import annotations

import html
import itertools
import string

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks import Bank
from quizapp.engine import Feedback, QuizResult, QuizSession, SessionError, State, TimeUpError
from quizapp.errors import QuizappError
from quizapp.logs import log_event
from quizapp.ui.article_view import ArticleView
from quizapp.ui.context import AppContext
from quizapp.ui.pages.setup import QuizPlan
from quizapp.ui.theme import RIGHT, WRONG, repolish, with_icon

_MARK = (
    "QPushButton, QCheckBox {{ background-color: {colour}; color: #ffffff; font-weight: bold; "
    "border: 2px {line} {edge}; border-radius: 6px; text-align: left; padding: 8px; }}"
)
MARK_STYLES = {  # the border's shape tells right from wrong too, not the colour alone
    "right": _MARK.format(colour=RIGHT, line="solid", edge="#1b5e20"),
    "wrong": _MARK.format(colour=WRONG, line="dashed", edge="#8e0000"),
}
QUOTE_MARKS = "\"“”‘’'«»"


def _quoted(text: str) -> str:
    """A sentence in quotation marks, unless it already starts or ends with some of its own."""
    text = text.strip()
    return text if text[:1] in QUOTE_MARKS or text[-1:] in QUOTE_MARKS else f"“{text}”"


CONFIDENCE_LEVELS = (("Guessing", 0.25), ("Fairly sure", 0.5), ("Sure", 0.8), ("Certain", 1.0))
LETTERS = string.ascii_uppercase


class QuizPage(QWidget):
    """Runs one `QuizSession`; emits `finished` with the result."""

    finished = Signal(object)  # QuizResult
    saveProblem = Signal(str)  # a message for the status bar, "" when saving works again

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: QuizSession | None = None
        self.plan: QuizPlan | None = None
        self._banks: dict[str, Bank] = {}
        self._buttons: list[QAbstractButton] = []
        # Cards kept from earlier questions, hidden, by kind (check boxes for "multiple"): the next question
        # reuses them, since making and styling new widgets at every question is most of its time.
        self._spare: dict[bool, list[QAbstractButton]] = {False: [], True: []}
        self._group = QButtonGroup(self)
        self._picked_sentence: str | None = None
        self._answered = False
        self._held_at: int | None = None  # teacher-paced live session: the question the teacher shows

        self.article = ArticleView()
        self.article.sentenceActivated.connect(self._sentence_activated)
        self.article.sentenceSelected.connect(self._sentence_selected)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName("Question number")
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Quiz progress")
        self.progress.setTextVisible(False)
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName("Time left")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName("Question")
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choices_box = QWidget()
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.short_answer = QLineEdit()
        self.short_answer.setAccessibleName("Your answer")
        self.short_answer.setPlaceholderText("Type your answer, then press Enter")
        self.evidence_hint = QLabel()
        self.evidence_hint.setWordWrap(True)
        self.evidence_hint.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a sentence of the article
        self.evidence_hint.setAccessibleName("How to answer by picking a sentence")
        self.confidence = QComboBox()
        self.confidence.setAccessibleName("How sure are you")
        for text, value in CONFIDENCE_LEVELS:
            self.confidence.addItem(text, value)
        self.confidence.setCurrentIndex(1)
        self.confidence_row = QWidget()
        confidence_layout = QHBoxLayout(self.confidence_row)
        confidence_layout.setContentsMargins(0, 0, 0, 0)
        confidence_layout.addWidget(QLabel("How sure are you?"))
        confidence_layout.addWidget(self.confidence)
        confidence_layout.addStretch(1)
        self.feedback = QLabel()
        self.feedback_panel = QFrame()
        self.feedback_panel.setProperty("role", "panel")  # a calm card, edged green or red by the verdict
        QVBoxLayout(self.feedback_panel).addWidget(self.feedback)
        self.feedback_panel.setVisible(False)
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setAccessibleName("Feedback")
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.submit = QPushButton("Check answer")
        self.submit.setDefault(True)  # the accent colour: the one button Enter presses
        with_icon(self.submit, "next")
        self.submit.setAccessibleName("Submit the answer or go to the next question (Enter)")
        self.submit.clicked.connect(self.submit_or_next)
        self.skip = QPushButton("S&kip")
        self.skip.setAccessibleName("Skip this question")
        self.skip.clicked.connect(self._skip)
        self.end = QPushButton("Fi&nish quiz")  # Alt+N: Alt+F opens the File menu
        self.end.setAccessibleName("Finish the quiz now")
        self.end.clicked.connect(self._finish_early)
        self.confirm_finish = self._ask_finish  # tests replace this

        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addStretch(1)
        top.addWidget(self.timer_label)
        panel_layout.addLayout(top)
        panel_layout.addWidget(self.progress)
        panel_layout.addWidget(self.prompt)
        panel_layout.addWidget(self.choices_box)
        panel_layout.addWidget(self.short_answer)
        panel_layout.addWidget(self.evidence_hint)
        panel_layout.addWidget(self.confidence_row)
        panel_layout.addWidget(self.feedback_panel)
        panel_layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.end)
        buttons.addStretch(1)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.submit)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.viewport().installEventFilter(self)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.article)
        right = QWidget()  # the question scrolls; Finish, Skip and Check stay in view below it
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.tick = QTimer(self)
        self.tick.setInterval(250)
        self.tick.timeout.connect(self._on_tick)

    # -- starting --------------------------------------------------------------------------------
    def start(self, plan: QuizPlan, session: QuizSession, *, teacher_paced: bool = False) -> None:
        """Begin `session` (built from `plan`) and show its first question.

        `teacher_paced`: a live session where the teacher shows one question at a time (`follow`).
        """
        self._held_at = 0 if teacher_paced else None
        self.plan = plan
        self.session = session
        self._banks = {bank.id: bank for bank in plan.banks}
        self.article.setProperty("bank_id", None)  # a new quiz shows its article afresh, from the top
        self._save(session.start())
        self.confidence_row.setVisible(plan.confidence)
        self.timer_label.setVisible(session.time_limit_s is not None)
        if session.time_limit_s is not None:
            self.tick.start()
        self._show_question()

    # -- showing ---------------------------------------------------------------------------------
    def _show_question(self) -> None:
        session = self.session
        question = session.current if session else None
        if session is None or question is None:
            return
        item = question.item
        bank = self._banks.get(question.bank_id)
        keep = [item.correct_answer] if item.type == "evidence" else []
        if self.article.property("bank_id") != question.bank_id or keep:
            self.article.show_article(bank.article if bank else None, keep)
            self.article.setProperty("bank_id", question.bank_id)
        else:
            self.article.clear_marks()
        total = len(session.questions)
        number = question.position + 1
        log_event(f"question {number} of {total}: {item.type}")
        self.progress_label.setText(f"Question {number} of {total}")
        self.progress_label.setAccessibleDescription(f"Question {number} of {total}")
        self.progress.setRange(0, total)
        self.progress.setValue(question.position + 1)
        self.prompt.setText(f"<p style='font-size:large'><b>{html.escape(item.prompt)}</b></p>")
        self._clear_choices()
        self._answered = False
        self.short_answer.setVisible(item.type == "short")
        self.short_answer.clear()
        self.short_answer.setEnabled(True)
        picking = item.type == "evidence"
        self.article.set_picking(picking)
        self.evidence_hint.setVisible(picking)
        self._picked_sentence = None
        self.evidence_hint.setText(
            "Click the sentence in the article that answers the question (or move to it with the arrow keys "
            "there), then press Enter or Check answer."
        )
        if item.type in ("single", "true_false", "multiple"):
            self._build_choices(question.choices, multiple=item.type == "multiple")
        self._order_tabs()
        self._feedback("", None)
        self.submit.setText("Check answer" if session.mode.value == "practice" else "Save answer")
        self.skip.setEnabled(True)
        self.submit.setEnabled(True)
        self.confidence.setEnabled(True)
        if self._held_at is not None and question.position > self._held_at:
            self._hold(question.position)
            return
        if item.type == "short":
            self.short_answer.setFocus()
        elif picking:
            self.article.setFocus()
        elif self._buttons:
            self._buttons[0].setFocus()

    # -- a teacher-paced live session ------------------------------------------------------------
    def _hold(self, position: int) -> None:
        """The question is ready, but the teacher has not shown it yet: nothing of it shows."""
        self._clear_choices()
        self.short_answer.setVisible(False)
        self.evidence_hint.setVisible(False)
        self.prompt.setText(f"<p style='font-size:large'>Waiting for your teacher to show question {position + 1}…</p>")
        for widget in (self.submit, self.skip, self.confidence):
            widget.setEnabled(False)
        self.article.set_picking(False)
        self._feedback("", None)

    def follow(self, position: int) -> None:
        """The teacher shows question `position`: questions before it that were not answered are skipped."""
        session = self.session
        if self._held_at is None or session is None:
            return
        self._held_at = max(self._held_at, position)
        while session.state is State.ASKING and session.current and session.current.position < position:
            self._save(session.skip())
        if session.state is State.DONE:
            self._finish()
        elif session.state is State.ASKING:
            self._show_question()

    def revealed(self, position: int, distribution: dict) -> None:
        """The teacher revealed the answer of question `position`, with how the class answered (no names)."""
        session = self.session
        if session is None or not 0 <= position < len(session.questions):
            return
        item = session.questions[position].item
        picked = ", ".join(f"{html.escape(text)}: {count}" for text, count in sorted(distribution.items()))
        mine = next((a for a in session.answers if a.position == position), None)
        if mine is None or mine.skipped:
            yours = "You did not answer it."
        else:
            yours = "You were right." if mine.correct else "Your answer was not right."
        self._feedback(
            f"<p><b>Question {position + 1}: the answer is {html.escape('; '.join(item.answer))}.</b> {yours}</p>"
            f"<p>{html.escape(item.explanation)}</p>" + (f"<p>The class picked: {picked}</p>" if picked else ""),
            None,
        )

    def _order_tabs(self) -> None:
        """Tab order: the choices (or the answer field), confidence, Check, Skip, Finish, then the article."""
        chain = [*self._buttons, self.short_answer, self.confidence, self.submit, self.skip, self.end, self.article]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _clear_choices(self) -> None:
        for button in self._buttons:
            self._group.removeButton(button)
            button.hide()
            button.setChecked(False)
            if button.styleSheet():
                button.setStyleSheet("")  # the last answer's mark
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self._spare[isinstance(button, QCheckBox)].append(button)
        self._buttons = []
        for spare in self._spare.values():
            spare.sort(key=self.choices_layout.indexOf)  # handed out in the panel's order, A first

    def _card(self, multiple: bool) -> QAbstractButton:
        """A choice card of the kind: a spare one, or a new one added to the panel."""
        spare = self._spare[multiple]
        if spare:
            return spare.pop(0)
        button: QAbstractButton = QCheckBox() if multiple else QPushButton()
        button.setCheckable(True)
        button.setProperty("card", True)  # a large card (the app's style sheet)
        if isinstance(button, QPushButton):
            button.setMinimumHeight(44)
        self.choices_layout.addWidget(button)
        return button

    def _build_choices(self, choices: tuple[str, ...], multiple: bool) -> None:
        self._group.setExclusive(not multiple)
        for index, text in enumerate(choices):
            label = f"{LETTERS[index]}.  {text}" if index < len(LETTERS) else text
            button = self._card(multiple)
            button.setText(label)
            button.setProperty("label", label)  # the text before wrapping to the card's width
            button.setProperty("choice", text)
            button.setAccessibleName(f"Choice {LETTERS[index] if index < 26 else index + 1}: {text}")
            self._group.addButton(button, index)
            button.show()  # shown now, so that it can take the keyboard focus right away
            self._buttons.append(button)
        self._wrap_choices()

    # -- answering -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text().upper()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            # Enter always checks the answer or goes on (Space presses a focused button, as everywhere in Qt);
            # also for the short-answer field, whose Enter comes here once.
            self.submit_or_next()
            return
        if self.short_answer.hasFocus():
            super().keyPressEvent(event)
            return
        index = None
        if text.isdigit() and text != "0":
            index = int(text) - 1
        elif len(text) == 1 and text in LETTERS[:9] and self._buttons:
            index = LETTERS.index(text)
        if index is not None and index < len(self._buttons) and not self._answered:
            button = self._buttons[index]
            button.setChecked(not button.isChecked() if isinstance(button, QCheckBox) else True)
            button.setFocus()
            return
        super().keyPressEvent(event)

    def choose(self, index: int) -> None:
        """Pick choice `index` (as the 1–9 keys do)."""
        self._buttons[index].setChecked(True)

    def _response(self) -> str | list[str] | None:
        session = self.session
        question = session.current if session else None
        if question is None:
            return None
        kind = question.item.type
        if kind == "short":
            return self.short_answer.text().strip() or None
        if kind == "evidence":
            return self._picked_sentence
        picked = [str(b.property("choice")) for b in self._buttons if b.isChecked()]
        if kind == "multiple":
            return picked or None
        return picked[0] if picked else None

    def submit_or_next(self) -> None:
        """Enter: submit the answer, or after feedback go to the next question."""
        session = self.session
        if session is None:
            return
        try:
            if session.state is State.ANSWERED:
                self._next()
            elif session.state is State.ASKING:
                self._answer()
        except TimeUpError:
            self._end(session.result)
        except SessionError as exc:
            self._feedback(html.escape(str(exc)), None)

    def _answer(self) -> None:
        session = self.session
        assert session is not None
        response = self._response()
        if response is None:
            self._feedback("Choose an answer first (or use Skip).", None)
            return
        confidence = self.confidence.currentData() if self.plan and self.plan.confidence else None
        outcome = session.answer(response, confidence)
        self._save(outcome.record)
        if outcome.feedback is None:
            self._next()
            return
        self._show_feedback(outcome.feedback)

    def _show_feedback(self, feedback: Feedback) -> None:
        self._answered = True
        right = set(feedback.right_answer)
        for letter, button in zip(LETTERS, self._buttons, strict=False):
            choice = str(button.property("choice"))
            mark = None
            if choice in right:
                mark = "right"
                words = "right answer, your answer" if button.isChecked() else "right answer"
                button.setProperty("label", f"✔  {button.property('label')}   — {words}")
            elif button.isChecked():
                mark = "wrong"
                words = "your answer, wrong"
                button.setProperty("label", f"✘  {button.property('label')}   — {words}")
            if mark:
                button.setAccessibleName(f"Choice {letter}: {choice}, {words}")
                button.setStyleSheet(MARK_STYLES[mark])  # full colour, not the faint grey of a disabled button
            # Answered choices stay enabled, so the marks keep their colours, but take no more clicks.
            button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._wrap_choices()
        self.short_answer.setEnabled(False)
        self.article.set_picking(False)
        self.evidence_hint.setVisible(False)
        self.skip.setEnabled(False)
        self.confidence.setEnabled(False)
        verdict = "✔ Right!" if feedback.correct else ("◐ Partly right." if feedback.score > 0 else "✘ Not quite.")
        colour = RIGHT if feedback.correct else WRONG
        answer = "; ".join(feedback.right_answer)
        kind = self.session.current.item.type if self.session and self.session.current else ""
        quotes = [q for q in dict.fromkeys(feedback.evidence) if not (kind == "evidence" and q in right)]
        evidence = "".join(f"<li>{html.escape(_quoted(q))}</li>" for q in quotes)
        self._feedback(
            f"<p style='color:{colour}; font-size:large'><b>{verdict}</b></p>"
            f"<p>{html.escape(feedback.explanation)}</p>"
            + (
                "<p><b>The right sentence is marked in the article.</b></p>"
                if kind == "evidence"
                else f"<p><b>Answer:</b> {html.escape(answer)}</p>"
            )
            + (f"<p><b>Evidence in the article</b> (highlighted):</p><ul>{evidence}</ul>" if evidence else ""),
            "right" if feedback.correct else "wrong",
        )
        log_event("feedback shown")
        self.article.highlight(list(feedback.evidence) or list(feedback.right_answer))
        if kind == "evidence":
            self.article.mark_answer(self._picked_sentence, list(feedback.right_answer))
        self.submit.setText("Next question" if self._has_next() else "See results")
        self.submit.setFocus()

    def _wrap_choices(self) -> None:
        """Break each card's text into lines that fit the panel: a button does not wrap by itself, and one long
        choice would otherwise widen the whole panel past the window."""
        width = max(120, self.scroll.viewport().width() - 70)  # less the panel's margins and the card's padding
        for button in self._buttons:
            label = str(button.property("label") or button.text())
            metrics = QFontMetrics(button.font())
            lines: list[str] = []
            for word in label.split(" "):
                if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                    lines[-1] = f"{lines[-1]} {word}"
                else:
                    lines.append(word)
            wrapped = "\n".join(lines)
            if button.text() != wrapped:
                button.setText(wrapped)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._wrap_choices()  # the window or the splitter between article and question moved
        return super().eventFilter(watched, event)

    def _feedback(self, text: str, verdict: str | None) -> None:
        """Show `text` in the feedback panel (hidden when empty), edged by the verdict ("right", "wrong")."""
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))
        self.feedback_panel.setVisible(bool(text))
        self.feedback_panel.setProperty("verdict", verdict or "")
        repolish(self.feedback_panel)

    def _has_next(self) -> bool:
        session = self.session
        question = session.current if session else None
        return bool(session and question and question.position + 1 < len(session.questions))

    def _next(self) -> None:
        session = self.session
        assert session is not None
        if session.state is State.ANSWERED:
            session.next()
        if session.state is State.DONE:
            self._finish()
        else:
            self._show_question()

    def _skip(self) -> None:
        session = self.session
        if session is None or session.state is not State.ASKING:
            return
        try:
            self._save(session.skip())
        except TimeUpError:
            self._end(session.result)
            return
        if session.state is State.DONE:
            self._finish()
        else:
            self._show_question()

    def _sentence_selected(self, text: str) -> None:
        self._picked_sentence = text
        self.evidence_hint.setText(f"Selected: {_quoted(text)}\nPress Enter or Check answer to answer.")

    def _sentence_activated(self, text: str) -> None:
        self._picked_sentence = text
        self.submit_or_next()

    # -- ending ----------------------------------------------------------------------------------
    def _on_tick(self) -> None:
        session = self.session
        if session is None or session.time_limit_s is None:
            return
        remaining = session.remaining_s() or 0.0
        minutes, seconds = divmod(int(remaining + 0.999), 60)
        self.timer_label.setText(f"Time left: {minutes}:{seconds:02d}")
        if remaining <= 0 and session.state is not State.FINISHED:
            self._end(session.time_out())

    def abandon(self) -> None:
        """Leave the quiz (sign-out): stop the clock and end the attempt with what was answered."""
        self.tick.stop()
        session = self.session
        if session is not None and session.state in (State.ASKING, State.ANSWERED, State.DONE):
            result = session.finish()
            self._save(result.record)
        self.session = None

    def _finish_early(self) -> None:
        """The Finish button: with questions still unanswered, ask first."""
        session = self.session
        if session is None or session.state in (State.READY, State.FINISHED):
            return
        left = len(session.questions) - sum(1 for answer in session.answers if not answer.skipped)
        if left > 0 and not self.confirm_finish(left):
            return
        self._finish()

    def _ask_finish(self, left: int) -> bool:
        from PySide6.QtWidgets import QMessageBox

        questions = "1 question is" if left == 1 else f"{left} questions are"
        answer = QMessageBox.question(
            self,
            "Finish the quiz?",
            f"{questions} not answered yet. Finish the quiz anyway? Unanswered questions count as wrong.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _finish(self) -> None:
        session = self.session
        if session is None or session.state in (State.READY, State.FINISHED):
            return
        self._end(session.finish())

    def _end(self, result: QuizResult | None) -> None:
        self.tick.stop()
        if result is None:
            return
        self._save(result.record)
        self.article.set_picking(False)
        self.finished.emit(result)

    def _save(self, record: object) -> None:
        status = self.context.pending.save(record)
        problem = (
            f"Not saved yet ({status.error}); your answers are kept and saving will be retried." if status.error else ""
        )
        live = self.context.live_desk
        if live is not None:
            try:
                live.forward(record)  # type: ignore[attr-defined]  # a live session's records go to the host too
            except QuizappError as exc:
                problem = problem or f"Not kept for the live session's host ({exc}); this desk keeps your answers."
        self.saveProblem.emit(problem)
