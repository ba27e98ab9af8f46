"""The dashboard on a small fixture whose statistics are computed by hand below."""

from __future__ import annotations

import csv
import math

import pytest
import store_helpers as h

from quizapp.engine import QuizSession
from quizapp.store import ScoreStore
from quizapp.store.scope import ScopedAnswer
from quizapp.teacher import dashboard as d
from quizapp.teacher.dashboard import Scope, StudentRow, build_dashboard, student_answers, write_table_csv

ITEMS = (
    h.item("i1", skill="main-event"),
    h.item("i2", skill="detail"),
    h.item("i3", skill="number"),
    h.item("i4", family="sourcing", skill="hedge"),
    h.item("i5", family="sourcing", skill="dateline"),
)
PLAYED = h.bank("news", ITEMS)
LOADED = h.bank("news", (*ITEMS, h.item("i6", skill="detail")))  # i6 was added after the lesson

# Scores (1 = right; i4 is missed by everyone, Ana and Ben pick Rome, the others Oslo):
#          i1 i2 i3 i4 i5   total  percent
#   Ana     0  0  1  0  0     1      20
#   Ben     0  1  1  0  0     2      40
#   Cai     1  0  1  0  1     3      60
#   Dan     1  0  1  0  1     3      60
#   Eve     1  1  1  0  0     3      60
# Fay is in the class but did not take the quiz.
TABLE = {
    "Ana": {"i1": "Rome", "i2": "Rome", "i3": "R", "i4": "Rome", "i5": "Rome"},
    "Ben": {"i1": "Rome", "i2": "R", "i3": "R", "i4": "Rome", "i5": "Oslo"},
    "Cai": {"i1": "R", "i2": "Oslo", "i3": "R", "i4": "Oslo", "i5": "R"},
    "Dan": {"i1": "R", "i2": "Oslo", "i3": "R", "i4": "Oslo", "i5": "R"},
    "Eve": {"i1": "R", "i2": "R", "i3": "R", "i4": "Oslo", "i5": "Oslo"},
}


@pytest.fixture
def clock():
    return h.FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    with ScoreStore.open(tmp_path / "scores.db", clock=clock) as opened:
        opened.add_class("7B")
        lesson = opened.create_classroom_session("Lesson", "7B", ["news"], {"mode": "test"}, 3, False)
        for seed, (name, responses) in enumerate(TABLE.items()):
            student = opened.add_student(name)
            opened.enrol("7B", student.uuid)
            quiz = QuizSession(
                [PLAYED], mode="test", seed=seed, student=student.uuid, classroom_session=lesson.uuid, clock=clock
            )
            h.play_items(opened, quiz, responses, clock)
        opened.enrol("7B", opened.add_student("Fay").uuid)
        yield opened


@pytest.fixture
def board(store):
    return build_dashboard(store, Scope("session", "Lesson"), [LOADED])


def test_students(board):
    rows = {row.name: row for row in board.students}
    assert list(rows) == ["Ana", "Ben", "Cai", "Dan", "Eve", "Fay"]
    assert [(rows[n].attempts, rows[n].last_percent, rows[n].best_percent) for n in ("Ana", "Ben", "Eve")] == [
        (1, 20.0, 20.0),
        (1, 40.0, 40.0),
        (1, 60.0, 60.0),
    ]
    assert (rows["Fay"].attempts, rows["Fay"].last_percent, rows["Fay"].best_percent) == (0, None, None)


def test_facility_and_discrimination_by_hand(board):
    items = {row.item_id: row for row in board.items}
    assert [items[i].facility for i in ("i1", "i2", "i3", "i4", "i5")] == [0.6, 0.4, 1.0, 0.0, 0.4]
    assert all(items[i].answers == 5 for i in items)
    # i1: x = 0,0,1,1,1 (Ana…Eve), rest y = total − x = 1,2,2,2,2.  x̄ = 0.6, ȳ = 1.8
    #     cov = Σxy/n − x̄ȳ = 6/5 − 1.08 = 0.12; var x = 0.6 − 0.36 = 0.24; var y = 17/5 − 3.24 = 0.16
    #     D = 0.12 / √(0.24 · 0.16) = √6/4 ≈ 0.612
    assert items["i1"].discrimination == pytest.approx(math.sqrt(6) / 4)
    # i2: x = 0,1,0,0,1, y = 1,1,3,3,2.  x̄ = 0.4, ȳ = 2
    #     cov = 3/5 − 0.8 = −0.2; var x = 0.24; var y = 24/5 − 4 = 0.8;  D = −0.2 / √0.192 ≈ −0.456
    assert items["i2"].discrimination == pytest.approx(-0.2 / math.sqrt(0.192))
    # i5: x = 0,0,1,1,0, y = 1,2,2,2,3.  cov = 4/5 − 0.4 · 2 = 0: D = 0
    assert items["i5"].discrimination == pytest.approx(0)
    # i3 (everyone right) and i4 (everyone wrong): no variance, D undefined
    assert items["i3"].discrimination is None and items["i4"].discrimination is None


def test_advice_and_flags(board):
    items = {row.item_id: row for row in board.items}
    assert not items["i1"].flagged
    assert items["i1"].advice.startswith("Works well")
    assert items["i2"].flagged and items["i2"].advice == d.ADVICE_NEGATIVE
    assert items["i3"].flagged and items["i3"].advice == d.ADVICE_TOO_EASY
    assert items["i4"].flagged and items["i4"].advice == d.ADVICE_TOO_HARD
    assert items["i5"].flagged and "Strong students missed this as often as weak ones" in items["i5"].advice
    assert [row.item_id for row in board.flagged] == ["i2", "i3", "i4", "i5"]
    assert "i6" not in items  # a session lists only what was asked


def test_too_few_answers(store):
    board = build_dashboard(store, Scope("session", "Lesson"), [LOADED], min_answers=6)
    assert {row.advice for row in board.items} == {d.ADVICE_TOO_FEW}
    assert not board.flagged


def test_choice_counts(board):
    assert board.choices[("news", "i4")] == [("Paris", 0, True), ("Rome", 2, False), ("Oslo", 3, False)]
    assert board.choices[("news", "i2")] == [("Paris", 2, True), ("Rome", 1, False), ("Oslo", 2, False)]


def test_mastery_grid(board):
    grid = board.mastery
    assert grid.skills == ["main-event", "detail", "number", "hedge", "dateline"]  # the documented skill order
    names = [grid.names[key] for key in grid.students]
    assert names == ["Ana", "Ben", "Cai", "Dan", "Eve", "Fay"]
    by_name = {grid.names[key]: grid.values[key] for key in grid.students}
    assert by_name["Ben"] == {"main-event": 0.0, "detail": 1.0, "number": 1.0, "hedge": 0.0, "dateline": 0.0}
    assert set(by_name["Fay"].values()) == {None}


def test_mastery_weights_recent_answers_more():
    ana = StudentRow("a", "Ana", "ana", 2, None, None, None)

    def answer(score: float, when: str, skipped: bool = False) -> ScopedAnswer:
        return ScopedAnswer("a", "t", "b", "i", "detail", score, 1.0, skipped, when)

    # oldest first: 1, 0, (skip), 1 → newest k = 0 is 1, k = 1 is 0, k = 2 is 1
    # mastery = (1 + 0.8·0 + 0.64·1) / (1 + 0.8 + 0.64) = 1.64 / 2.44
    answers = [answer(1, "1"), answer(0, "2"), answer(0, "3", skipped=True), answer(1, "4")]
    grid = d.mastery_grid([ana], answers)
    assert grid.values["a"]["detail"] == pytest.approx(1.64 / 2.44)


def test_class_and_bank_scopes(store, clock):
    ana = store.student("ana")
    extra = QuizSession([PLAYED], mode="test", seed=9, student=ana.uuid, clock=clock)  # outside the lesson
    h.play_items(store, extra, {}, clock)
    by_class = build_dashboard(store, Scope("class", "7B"), [LOADED])
    rows = {row.name: row for row in by_class.students}
    assert (rows["Ana"].attempts, rows["Ana"].last_percent, rows["Ana"].best_percent) == (2, 100.0, 100.0)
    assert {row.answers for row in by_class.items} == {6}
    by_session = build_dashboard(store, Scope("session", "Lesson"), [LOADED])
    assert {row.answers for row in by_session.items} == {5}
    by_bank = build_dashboard(store, Scope("bank", "news"), [LOADED])
    assert [row.item_id for row in by_bank.items] == ["i1", "i2", "i3", "i4", "i5", "i6"]
    unanswered = by_bank.items[-1]
    assert (unanswered.answers, unanswered.facility, unanswered.flagged) == (0, None, False)
    assert unanswered.advice == d.ADVICE_TOO_FEW
    assert by_bank.choices[("news", "i6")] == [("Paris", 0, True), ("Rome", 0, False), ("Oslo", 0, False)]
    assert "Fay" not in {row.name for row in by_bank.students}


def test_drill_down(store):
    answers = student_answers(store, "ben", Scope("session", "Lesson"))
    assert len(answers) == 5
    by_item = {answer.item: answer for answer in answers}
    assert by_item["i2"].correct and not by_item["i1"].correct
    assert by_item["i1"].response == ("Rome",)
    assert by_item["i1"].right_answer == ("Paris",)
    assert student_answers(store, "fay", Scope("session", "Lesson")) == []
    assert student_answers(store, "nobody", Scope("class", "7B")) == []


def test_scope_kind_is_checked():
    with pytest.raises(ValueError, match="session, a class or a bank"):
        Scope("school", "x")


def test_tables_export_to_csv(board, tmp_path):
    for name, rows in (
        ("students", d.students_table(board)),
        ("items", d.items_table(board)),
        ("choices", d.choices_table(board)),
        ("mastery", d.mastery_table(board)),
    ):
        path = tmp_path / f"{name}.csv"
        write_table_csv(rows, path)
        with path.open(encoding="utf-8", newline="") as handle:
            assert list(csv.DictReader(handle)) == rows
    items = d.items_table(board)
    assert items[0]["facility"] == "0.60" and items[0]["discrimination"] == "0.61"
    assert items[2]["discrimination"] == ""
    assert d.students_table(board)[-1] == {
        "student": "Fay",
        "login": "fay",
        "attempts": "0",
        "last_percent": "",
        "best_percent": "",
        "mean_percent": "",
    }
    write_table_csv([], tmp_path / "empty.csv", columns=["a", "b"])
    assert (tmp_path / "empty.csv").read_text(encoding="utf-8").strip() == "a,b"
    assert not list(tmp_path.glob(".*.tmp"))


def test_due_cells_read_as_words_with_proper_plurals():
    from datetime import date

    from quizapp.teacher.revisit import DueGrid

    today = date(2026, 11, 28)
    dates = {
        "a": {"hedge": date(2026, 11, 27), "detail": date(2026, 11, 29), "number": None},
        "b": {"hedge": date(2026, 11, 25), "detail": date(2026, 12, 2), "number": today},
    }
    grid = DueGrid(today, ["a", "b"], {"a": "Ada", "b": "Bo"}, ["hedge", "detail", "number"], dates)
    assert [grid.words("a", s) for s in grid.skills] == ["due 1 day ago", "in 1 day (2026-11-29)", ""]
    assert [grid.words("b", s) for s in grid.skills] == ["due 3 days ago", "in 4 days (2026-12-02)", "due today"]
