"""The results dashboard for a classroom session, a class or a bank, as plain tables (no Qt).

* students: finished attempts, last, best and mean percent;
* items: facility and discrimination (see `quizapp.store.itemstats`) with advice in plain words
  and a flag on the items worth a second look;
* choices: how often each choice was picked (which wrong answers attract);
* mastery: a students × skills grid, each cell the decay-weighted share of points on that skill
  over the scope's answers (the formula of `quizapp.store.history`);
* review due: when spaced review plans each skill for each student, and which skills the class should
  revisit first; and each skill's share of points week by week (see `quizapp.teacher.revisit`);
* drill-down to one student's answers, and every table as CSV.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quizapp.banks.model import Bank
from quizapp.banks.skills import SKILLS, skill_title
from quizapp.csvsafe import dict_csv_text
from quizapp.engine.selection import ItemKey
from quizapp.fileio import atomic_write_text
from quizapp.store import (
    DISCRIMINATION_THRESHOLD,
    AnswerDetail,
    AttemptSummary,
    ItemStatistics,
    ScopedAnswer,
    ScoreStore,
)
from quizapp.store.history import DECAY, WINDOW
from quizapp.teacher.revisit import DueGrid, WeeklyTrend, due_grid, weekly_trend

SCOPE_KINDS = ("session", "class", "bank")
MIN_ANSWERS = 5
"""Below this many finished attempts an item is not judged."""
EASY = 0.9
HARD = 0.2

ADVICE_TOO_FEW = "Too few answers yet to judge."
ADVICE_NEGATIVE = "Weaker students did better than strong ones — the key may be wrong."
ADVICE_TOO_HARD = "Almost everyone missed this — check it is answerable from the article."
ADVICE_TOO_EASY = "Almost everyone got this right — it may be too easy to tell students apart."
ADVICE_WEAK = "Strong students missed this as often as weak ones — check the answer key and the wording."
ADVICE_UNDEFINED = "Cannot judge this item yet"
ADVICE_GOOD = "Works well: students who did better on the rest of the quiz got this right more often."


@dataclass(frozen=True)
class Scope:
    """What the dashboard covers: a classroom session, a class (uuid or name), or a bank (id)."""

    kind: str
    key: str

    def __post_init__(self) -> None:
        if self.kind not in SCOPE_KINDS:
            raise ValueError(f"a dashboard covers a session, a class or a bank, not {self.kind!r}")

    def filters(self) -> dict[str, str]:
        """Keyword arguments for the `ScoreStore.scope_*` queries."""
        name = {"session": "session_key", "class": "class_key", "bank": "bank_id"}[self.kind]
        return {name: self.key}


@dataclass(frozen=True)
class StudentRow:
    key: str  # the student's uuid, for `student_answers`
    name: str
    login: str
    attempts: int  # finished attempts in the scope
    last_percent: float | None
    best_percent: float | None
    mean_percent: float | None


@dataclass(frozen=True)
class ItemRow:
    bank_id: str
    item_id: str
    prompt: str
    skill: str
    type: str
    facility: float | None  # None when nobody answered it yet
    discrimination: float | None
    answers: int  # finished attempts that included the item
    skipped: int
    flagged: bool
    advice: str

    @property
    def key(self) -> ItemKey:
        return (self.bank_id, self.item_id)


@dataclass(frozen=True)
class MasteryGrid:
    """Students × skills; `values[student uuid][skill]` is 0 … 1, or None without answers on the skill."""

    students: list[str]  # uuids, in the order of the dashboard's student rows
    names: dict[str, str]  # uuid → name
    skills: list[str]
    values: dict[str, dict[str, float | None]]


ChoiceRow = tuple[str, int, bool]  # (choice text, times picked, is right)


@dataclass(frozen=True)
class Dashboard:
    scope: Scope
    students: list[StudentRow]
    items: list[ItemRow]
    choices: dict[ItemKey, list[ChoiceRow]]
    mastery: MasteryGrid
    due: DueGrid
    trend: WeeklyTrend

    @property
    def flagged(self) -> list[ItemRow]:
        return [row for row in self.items if row.flagged]


def item_advice(
    facility: float | None, discrimination: float | None, answers: int, *, min_answers: int = MIN_ANSWERS, why: str = ""
) -> tuple[bool, str]:
    """(flagged, advice in plain words) for one item; `why` explains an undefined discrimination."""
    if facility is None or answers < min_answers:
        return False, ADVICE_TOO_FEW
    if discrimination is not None and discrimination < 0:
        return True, ADVICE_NEGATIVE
    if facility < HARD:
        return True, ADVICE_TOO_HARD
    if facility > EASY:
        return True, ADVICE_TOO_EASY
    if discrimination is None:
        return True, f"{ADVICE_UNDEFINED}: {why}." if why else f"{ADVICE_UNDEFINED}."
    if discrimination < DISCRIMINATION_THRESHOLD:
        return True, ADVICE_WEAK
    return False, ADVICE_GOOD


def _item_row(stats: ItemStatistics, min_answers: int) -> ItemRow:
    flagged, advice = item_advice(
        stats.facility, stats.discrimination, stats.attempts, min_answers=min_answers, why=stats.flag or ""
    )
    return ItemRow(
        bank_id=stats.bank,
        item_id=stats.item,
        prompt=stats.prompt,
        skill=stats.skill,
        type=stats.type,
        facility=stats.facility,
        discrimination=stats.discrimination,
        answers=stats.attempts,
        skipped=stats.skipped,
        flagged=flagged,
        advice=advice,
    )


def _unanswered_row(bank: Bank, item_id: str) -> ItemRow:
    item = bank.item(item_id)
    return ItemRow(bank.id, item.id, item.prompt, item.skill, item.type, None, None, 0, 0, False, ADVICE_TOO_FEW)


def _statistics(store: ScoreStore, scope: Scope) -> list[ItemStatistics]:
    if scope.kind == "bank":
        return store.item_statistics(scope.key)
    narrowing = {"session_key": scope.key} if scope.kind == "session" else {"class_key": scope.key}
    found = []
    for bank_id in store.scope_banks(**scope.filters()):
        found.extend(store.item_statistics(bank_id, **narrowing))
    return found


def _students(store: ScoreStore, scope: Scope) -> list[StudentRow]:
    finished: dict[str, list[AttemptSummary]] = {}
    who: dict[str, tuple[str, str]] = {}
    for row in store.scope_attempts(**scope.filters()):
        student = row.attempt.student
        if student is None:
            continue
        who[student] = (row.student_name, row.student_login)
        finished.setdefault(student, [])
        if row.attempt.finished:
            finished[student].append(row.attempt)
    class_key = scope.key if scope.kind == "class" else None
    if scope.kind == "session":
        session = store.classroom_session(scope.key)
        class_key = session.class_uuid if session else None
    if class_key:
        for member in store.members(class_key):
            who.setdefault(member.uuid, (member.name, member.login))
            finished.setdefault(member.uuid, [])
    rows = []
    for student, attempts in finished.items():
        attempts.sort(key=lambda attempt: (attempt.started_at, attempt.uuid))
        percents = [attempt.percent for attempt in attempts]
        rows.append(
            StudentRow(
                key=student,
                name=who[student][0],
                login=who[student][1],
                attempts=len(attempts),
                last_percent=percents[-1] if percents else None,
                best_percent=max(percents) if percents else None,
                mean_percent=sum(percents) / len(percents) if percents else None,
            )
        )
    return sorted(rows, key=lambda row: (row.name.casefold(), row.login, row.key))


def _skill_order(skills: Iterable[str]) -> list[str]:
    known = list(SKILLS)
    return sorted(set(skills), key=lambda skill: (known.index(skill) if skill in known else len(known), skill))


def mastery_grid(
    students: Sequence[StudentRow], answers: Iterable[ScopedAnswer], decay: float = DECAY, window: int = WINDOW
) -> MasteryGrid:
    """Per student and skill: Σ dᵏ·s_k / Σ dᵏ over the newest `window` non-skipped answers (k = 0 newest)."""
    by_cell: dict[tuple[str, str], list[float]] = {}
    skills: set[str] = set()
    for answer in answers:  # oldest first
        if answer.student is None or answer.skipped or not answer.max_score:
            continue
        skills.add(answer.skill)
        by_cell.setdefault((answer.student, answer.skill), []).append(answer.score / answer.max_score)
    ordered = _skill_order(skills)
    values: dict[str, dict[str, float | None]] = {}
    for student in students:
        cells: dict[str, float | None] = {}
        for skill in ordered:
            shares = list(reversed(by_cell.get((student.key, skill), [])))[:window]
            weights = [decay**k for k in range(len(shares))]
            cells[skill] = sum(w * s for w, s in zip(weights, shares, strict=True)) / sum(weights) if shares else None
        values[student.key] = cells
    return MasteryGrid(
        students=[student.key for student in students],
        names={student.key: student.name for student in students},
        skills=ordered,
        values=values,
    )


def build_dashboard(
    store: ScoreStore, scope: Scope, banks: Sequence[Bank], *, min_answers: int = MIN_ANSWERS
) -> Dashboard:
    """Every table of the dashboard for `scope`. `banks` are the loaded banks: for a bank scope, the
    bank's items nobody answered yet are listed too, in the bank's order."""
    statistics = _statistics(store, scope)
    items = [_item_row(stats, min_answers) for stats in statistics]
    choices = {(s.bank, s.item): [(c.text, c.count, c.right) for c in s.choices] for s in statistics}
    if scope.kind == "bank":
        bank = next((b for b in banks if b.id == scope.key), None)
        if bank is not None:
            answered = {row.item_id: row for row in items}
            order = [item.id for item in bank.items]
            in_bank = set(order)
            items = [answered.get(item_id) or _unanswered_row(bank, item_id) for item_id in order]
            items += [row for item_id, row in sorted(answered.items()) if item_id not in in_bank]
            for item in bank.items:
                choices.setdefault((bank.id, item.id), [(text, 0, text in item.answer) for text in item.choices])
    students = _students(store, scope)
    answers = store.scope_answers(**scope.filters())
    grid = mastery_grid(students, answers)
    skills = _skill_order([*grid.skills, *(answer.skill for answer in answers)])
    due = due_grid(store, [(row.key, row.name) for row in students], skills)
    trend = weekly_trend(answers, skills, due.today)
    return Dashboard(scope, students, items, choices, grid, due, trend)


# -- drill-down ------------------------------------------------------------------------------


def student_attempts(
    store: ScoreStore, student_key: str, scope: Scope
) -> list[tuple[AttemptSummary, list[AnswerDetail]]]:
    """One student's attempts in the scope, oldest first, each with its answers (only the bank's, for a bank)."""
    student = store.student(student_key)
    if student is None:
        return []
    found = []
    for row in store.scope_attempts(**scope.filters()):
        if row.attempt.student != student.uuid:
            continue
        answers = store.attempt_answers(row.attempt.uuid)
        if scope.kind == "bank":
            answers = [answer for answer in answers if answer.bank == scope.key]
        found.append((row.attempt, answers))
    found.sort(key=lambda pair: (pair[0].started_at, pair[0].uuid))
    return found


def student_answers(store: ScoreStore, student_key: str, scope: Scope) -> list[AnswerDetail]:
    """Every answer of one student in the scope, attempt by attempt (oldest first), in question order."""
    return [answer for _, answers in student_attempts(store, student_key, scope) for answer in answers]


# -- tables as CSV ---------------------------------------------------------------------------


def _number(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def students_table(dashboard: Dashboard) -> list[dict[str, str]]:
    return [
        {
            "student": row.name,
            "login": row.login,
            "attempts": str(row.attempts),
            "last_percent": _number(row.last_percent, 1),
            "best_percent": _number(row.best_percent, 1),
            "mean_percent": _number(row.mean_percent, 1),
        }
        for row in dashboard.students
    ]


def items_table(dashboard: Dashboard) -> list[dict[str, str]]:
    return [
        {
            "bank": row.bank_id,
            "item": row.item_id,
            "skill": row.skill,
            "type": row.type,
            "prompt": row.prompt,
            "answers": str(row.answers),
            "skipped": str(row.skipped),
            "facility": _number(row.facility),
            "discrimination": _number(row.discrimination),
            "flagged": "yes" if row.flagged else "",
            "advice": row.advice,
        }
        for row in dashboard.items
    ]


def choices_table(dashboard: Dashboard) -> list[dict[str, str]]:
    return [
        {"bank": bank, "item": item, "choice": text, "picked": str(count), "right": "yes" if right else ""}
        for (bank, item), rows in dashboard.choices.items()
        for text, count, right in rows
    ]


def mastery_table(dashboard: Dashboard) -> list[dict[str, str]]:
    grid = dashboard.mastery
    return [
        {"student": grid.names[student], **{skill: _number(grid.values[student][skill]) for skill in grid.skills}}
        for student in grid.students
    ]


def due_table(dashboard: Dashboard) -> list[dict[str, str]]:
    """The review-due grid as shown: per student, when each skill is next due."""
    due = dashboard.due
    return [
        {
            "student": due.names[student],
            **{skill_title(s): due.words(student, s) for s in due.skills},
        }
        for student in due.students
    ]


def trend_table(dashboard: Dashboard) -> list[dict[str, str]]:
    """Per skill: the share of points in each week (columns named by the week's Monday), and the direction."""
    trend = dashboard.trend
    return [
        {
            "skill": skill_title(skill),
            **{
                f"week of {monday.isoformat()}": _number(value)
                for monday, value in zip(trend.weeks, trend.values[skill], strict=True)
            },
            "trend": trend.direction(skill),
        }
        for skill in trend.skills
        if any(value is not None for value in trend.values[skill])
    ]


def table_csv(rows: Sequence[dict[str, str]], columns: Sequence[str] | None = None) -> str:
    """CSV text with a header line; columns default to the keys of the rows, in first-seen order."""
    names = list(columns) if columns is not None else list(dict.fromkeys(key for row in rows for key in row))
    return dict_csv_text(names, rows) if names else ""


def write_table_csv(rows: Sequence[dict[str, str]], path: str | Path, columns: Sequence[str] | None = None) -> None:
    """Write a table as CSV atomically (raises `SaveError` naming the file when it cannot)."""
    atomic_write_text(Path(path), table_csv(rows, columns))
