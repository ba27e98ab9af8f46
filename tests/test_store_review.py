"""The review plan from the score database: every mode counts, the cache follows the answers, merges, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import store_helpers as h

from quizapp import cli
from quizapp.engine import QuizSession, Selection
from quizapp.store import ScoreStore
from quizapp.store.reviews import MODEL_VERSION
from quizapp.store.schema import REVIEW_STATE

DAY = 86_400
SKILLS = ("detail", "number", "who-said")


def _store(tmp_path: Path, clock: h.FakeClock, name: str = "scores.db") -> ScoreStore:
    return ScoreStore.open(tmp_path / name, clock=clock)


def _cache_then_set(store: ScoreStore, clock: h.FakeClock, change: str):
    """Ada, with five right answers and a cached plan whose "detail" row then gets `change` (SQL SET clause)."""
    ada = store.add_student("Ada Lovelace", login="ada")
    h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=ada.uuid, clock=clock), "RRRRR", clock)
    store.review_plan(ada.uuid, SKILLS)
    store.db.conn.execute(f"UPDATE {REVIEW_STATE} SET {change} WHERE skill = 'detail'")
    return ada


def test_answers_of_every_mode_feed_the_plan_and_the_cache_follows_them(tmp_path: Path) -> None:
    clock = h.FakeClock()
    store = _store(tmp_path, clock)
    ada = store.add_student("Ada")
    h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=ada.uuid, clock=clock), "WWWRR", clock)
    first = store.review_plan(ada.uuid, SKILLS)
    by_skill = {plan.skill: plan for plan in first.skills}
    assert by_skill["detail"].answers == 3 and by_skill["number"].answers == 2
    assert by_skill["who-said"].due is None
    cached = store.db.conn.execute(f"SELECT COUNT(*), COUNT(DISTINCT stamp) FROM {REVIEW_STATE}").fetchone()
    assert cached == (3, 1)
    assert store.review_plan(ada.uuid, SKILLS).skills == first.skills  # read back from the cache
    clock.tick(2 * DAY)
    h.play(store, QuizSession([h.bank()], mode="practice", seed=2, student=ada.uuid, clock=clock), "RRRRR", clock)
    again = {plan.skill: plan for plan in store.review_plan(ada.uuid, SKILLS).skills}
    assert again["detail"].answers + again["number"].answers == 10
    assert again["detail"].mastery > by_skill["detail"].mastery


def test_a_review_quiz_of_chosen_items_is_stored_and_replayed(tmp_path: Path) -> None:
    clock = h.FakeClock()
    store = _store(tmp_path, clock)
    ada = store.add_student("Ada")
    chosen = (("bank-a", "q4"), ("bank-a", "q2"))
    quiz = QuizSession([h.bank()], mode="practice", seed=5, selection=Selection(items=chosen), student=ada.uuid)
    assert {q.key for q in quiz.questions} == set(chosen)
    h.play(store, quiz, "RW", clock)
    (attempt,) = store.history(ada.uuid)
    settings = store.db.conn.execute("SELECT settings FROM attempts").fetchone()[0]
    replayed = QuizSession.replay([h.bank()], mode="practice", seed=5, settings=__import__("json").loads(settings))
    assert [q.key for q in replayed.questions] == [q.key for q in quiz.questions]
    uses, previous = store.review_history(ada.uuid)
    assert set(uses) == set(chosen) and previous == frozenset(chosen)
    assert attempt.finished


def test_merging_a_desk_recomputes_the_plan_without_conflict(tmp_path: Path) -> None:
    clock = h.FakeClock()
    here, there = _store(tmp_path, clock, "here.db"), _store(tmp_path, clock, "there.db")
    ada = here.add_student("Ada")
    h.play(here, QuizSession([h.bank()], mode="test", seed=1, student=ada.uuid, clock=clock), "RRRRR", clock)
    before = {plan.skill: plan.answers for plan in here.review_plan(ada.uuid, SKILLS).skills}
    here.export_desk(tmp_path / "here.json")
    there.merge(tmp_path / "here.json")
    ada_there = there.student("Ada")
    h.play(there, QuizSession([h.bank()], mode="test", seed=2, student=ada_there.uuid, clock=clock), "WWWWW", clock)
    there.export_desk(tmp_path / "there.json")
    here.merge(tmp_path / "there.json")
    after = {plan.skill: plan.answers for plan in here.review_plan(ada.uuid, SKILLS).skills}
    assert sum(after.values()) == sum(before.values()) + 5
    here.merge(tmp_path / "there.json")  # merging again changes nothing
    assert {plan.skill: plan.answers for plan in here.review_plan(ada.uuid, SKILLS).skills} == after


def test_review_plan_command_lists_due_skills_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clock = h.FakeClock()
    with _store(tmp_path, clock) as store:
        ada = store.add_student("Ada Lovelace")
        h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=ada.uuid, clock=clock), "WWWRR", clock)
    db = str(tmp_path / "scores.db")
    assert cli.main(["review", "plan", "--student", "Ada Lovelace", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Ada Lovelace: 2 skills due today")
    assert sorted(line.split()[0] for line in lines[1:3]) == ["Details", "Numbers"]
    assert all(" due " in line for line in lines[1:3])  # still being learnt: due (today, not a past date)
    assert sorted(line.split()[-2] for line in lines[1:3]) == ["2", "3"]
    assert lines[3:] and all("not started" in line for line in lines[3:])
    assert cli.main(["review", "plan", "--student", "Nobody", "--db", db]) == 1
    assert "no student 'Nobody'" in capsys.readouterr().err
    assert cli.main(["review", "plan", "--student", "Ada", "--db", str(tmp_path / "none.db")]) == 1
    assert not (tmp_path / "none.db").exists()


def test_odd_times_from_merged_desks_neither_crash_nor_push_reviews_away(tmp_path: Path) -> None:
    clock = h.FakeClock()
    store = _store(tmp_path, clock)
    ada = store.add_student("Ada")
    h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=ada.uuid, clock=clock), "WWWWW", clock)
    rows = store.db.conn.execute("SELECT uuid FROM answers ORDER BY rowid").fetchall()
    odd = ["2023-11-14T22:30:00", "2024-02-30T10:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+05:00"]
    store.db.conn.execute("DROP TRIGGER IF EXISTS check_answers_6_update")
    for (uuid,), text in zip(rows, odd, strict=False):
        store.db.conn.execute("UPDATE answers SET answered_at = ? WHERE uuid = ?", [text, uuid])
    store.db.conn.commit()
    plan = store.review_plan(ada.uuid, SKILLS)
    assert all(p.due is None or p.due.year < 2100 for p in plan.skills)  # the year-9999 answer counts as now


def test_the_cache_is_read_while_the_answers_are_unchanged_and_a_name_finds_the_student(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = h.FakeClock()
    with _store(tmp_path, clock) as store:
        ada = _cache_then_set(store, clock, "mastery = 0.123")
        store.db.conn.commit()
        cached = {p.skill: p.mastery for p in store.review_plan(ada.uuid, SKILLS).skills}
        assert cached["detail"] == 0.123  # read from the cache, not computed again
    assert cli.main(["review", "plan", "--student", "Ada Lovelace", "--db", str(tmp_path / "scores.db")]) == 0
    assert capsys.readouterr().out.startswith("Ada Lovelace:")


def test_a_cache_from_older_review_models_is_computed_again(tmp_path: Path) -> None:
    clock = h.FakeClock()
    store = _store(tmp_path, clock)
    ada = store.add_student("Ada")
    h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=ada.uuid, clock=clock), "RRRRR", clock)
    fresh = {p.skill: p.mastery for p in store.review_plan(ada.uuid, SKILLS).skills}
    version, older = f"|{MODEL_VERSION}", f"|{MODEL_VERSION - 1}"
    store.db.conn.execute(
        f"UPDATE {REVIEW_STATE} SET mastery = 0.999, stamp = substr(stamp, 1, length(stamp) - length(?)) || ?",
        [version, older],
    )
    store.db.conn.commit()
    assert {p.skill: p.mastery for p in store.review_plan(ada.uuid, SKILLS).skills} == fresh


def test_a_quiz_left_at_once_is_not_the_previous_quiz(tmp_path: Path) -> None:
    clock = h.FakeClock()
    store = _store(tmp_path, clock)
    ada = store.add_student("Ada")
    h.play(store, QuizSession([h.bank()], mode="test", seed=1, student=ada.uuid, clock=clock), "RR", clock)
    clock.tick(60)
    left = QuizSession([h.bank()], mode="test", seed=2, student=ada.uuid, clock=clock)
    store.save(left.start())
    _uses, previous = store.review_history(ada.uuid)
    assert len(previous) == 2


def test_a_damaged_cached_plan_is_a_store_error_naming_the_file(tmp_path: Path) -> None:
    from quizapp.store import StoreError

    clock = h.FakeClock()
    with _store(tmp_path, clock) as store:
        ada = _cache_then_set(store, clock, "due = 'the day after'")
        store.db.conn.commit()
        with pytest.raises(StoreError, match=r"scores\.db: could not read the review plan"):
            store.review_plan(ada.uuid, SKILLS)
