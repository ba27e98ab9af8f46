"""Spaced review of skills, without Qt: mastery, scheduling, the daily cap, and the items a review picks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from quizapp.banks.model import Bank, Item
from quizapp.review import DAILY_SKILLS, ItemUse, ReviewAnswer, pick_review_items, plan_reviews, review_questions
from quizapp.review import mastery as tracing
from quizapp.review.plan import LEARNT
from quizapp.review.schedule import day_rating, skill_state

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _answers(skill: str, pattern: str, *, day: int = 0, confidence: float | None = None) -> list[ReviewAnswer]:
    """R (right) and W (wrong) answers to `skill`, a minute apart, on day `day`."""
    at = START + timedelta(days=day)
    return [
        ReviewAnswer(skill, mark == "R", at + timedelta(minutes=n), confidence, 0.25) for n, mark in enumerate(pattern)
    ]


def test_a_confident_wrong_answer_lowers_mastery_more_than_an_unsure_one() -> None:
    known = 0.7
    confident = tracing.update(known, False, 0.25, 0.9)
    neutral = tracing.update(known, False, 0.25, None)
    unsure = tracing.update(known, False, 0.25, 0.1)
    assert confident < neutral < unsure < known
    assert tracing.update(known, True, 0.25, 0.9) > tracing.update(known, True, 0.25, 0.1) > known


def test_mastery_grows_with_right_answers_and_is_said_in_words() -> None:
    one_day = skill_state("who-said", _answers("who-said", "RRRRRRRR"))
    assert 0.8 < one_day.mastery < LEARNT and tracing.mastery_words(one_day.mastery, one_day.answers) == "strong"
    nine_days = skill_state("who-said", [a for day in range(9) for a in _answers("who-said", "RR", day=day)])
    assert nine_days.mastery > LEARNT and tracing.mastery_words(nine_days.mastery, nine_days.answers) == "mastered"
    weak = skill_state("who-said", _answers("who-said", "WWWR"))
    assert tracing.mastery_words(weak.mastery, weak.answers) in ("not yet", "learning")
    assert tracing.mastery_words(0.2, 0) == "not started"


def test_a_student_right_six_times_in_ten_is_never_called_strong_and_stays_due_every_day() -> None:
    """Mastery is the chance of knowing the answer: however many answers come at 60 %, it stays well under
    "strong", so the skill is not left to fade while the student is still getting it wrong."""
    answers = [a for day in range(20) for a in _answers("number", "RRWRW" if day % 2 else "RWRRW", day=day)]
    seen = [skill_state("number", answers[:n]).mastery for n in range(1, len(answers) + 1)]
    assert max(seen) < 0.8 and 0.3 < seen[-1] < 0.6
    plan = plan_reviews(answers, ["number"], START + timedelta(days=20))
    assert [s.skill for s in plan.todays] == ["number"] and plan.skills[0].words in ("learning", "getting there")


def test_the_questions_left_after_one_round_go_to_the_weakest_skills() -> None:
    answers = [
        *_answers("strong", "RRRRW", day=0),  # still being learnt, practised longest ago
        *_answers("middling", "RRWRW", day=1),
        *_answers("weak", "WWRWW", day=2),
    ]
    plan = plan_reviews(answers, ["strong", "middling", "weak"], START + timedelta(days=3))
    assert [s.skill for s in plan.due] == ["strong", "middling", "weak"]  # listed longest unpractised first
    assert [s.skill for s in plan.todays] == ["weak", "middling", "strong"]  # asked weakest first
    assert review_questions([s.skill for s in plan.todays], total=5) == {"weak": 2, "middling": 2, "strong": 1}


def test_a_day_of_answers_is_one_review_rated_by_its_share_of_right_answers() -> None:
    assert day_rating(_answers("s", "WWR")) == 1  # Again
    assert day_rating(_answers("s", "RRW")) == 2  # Hard
    assert day_rating(_answers("s", "RRRW")) == 3  # Good
    assert day_rating(_answers("s", "RRRW", confidence=0.9)) == 2  # the confident miss counts double
    assert day_rating(_answers("s", "RRR", confidence=0.9)) == 4  # Easy
    assert day_rating(_answers("s", "RRR")) == 3


def test_a_skill_answered_well_comes_back_later_than_one_answered_badly() -> None:
    good = skill_state("s", _answers("s", "RRR"))
    bad = skill_state("s", _answers("s", "WWW"))
    assert good.due is not None and bad.due is not None
    assert bad.due < good.due
    assert (bad.due - START).days <= 1
    again = skill_state("s", [*_answers("s", "RRR"), *_answers("s", "RRR", day=(good.due - START).days)])
    assert again.due is not None and (again.due - START) > 2 * (good.due - START)  # the interval grows


def test_the_same_answers_always_give_the_same_dates() -> None:
    answers = [*_answers("a", "RWR"), *_answers("b", "WW", day=1), *_answers("a", "RR", day=3)]
    first = plan_reviews(answers, ["a", "b"], START + timedelta(days=5))
    second = plan_reviews(list(reversed(answers)), ["a", "b"], START + timedelta(days=5))
    assert first == second


def test_due_skills_come_first_and_a_never_practised_skill_is_not_due() -> None:
    strong = [a for day in range(7) for a in _answers("strong", "RR", day=day, confidence=0.9)]  # a week, all sure
    answers = [*_answers("weak", "WWW", day=6), *strong]
    plan = plan_reviews(answers, ["weak", "strong", "untouched"], START + timedelta(days=8))
    assert [s.skill for s in plan.skills] == ["weak", "strong", "untouched"]
    assert [s.skill for s in plan.todays] == ["weak"] and plan.skills[1].words == "mastered"
    assert plan.skills[2].due is None and plan.skills[2].words == "not started"
    calm = plan_reviews(answers, ["weak", "strong"], START + timedelta(days=6))  # the same day: nothing due yet
    assert not calm.due and calm.next_review == plan.skills[0].due
    early = plan_reviews(strong[:8], ["strong"], START + timedelta(days=5))  # four days of it: still being learnt
    assert [s.skill for s in early.todays] == ["strong"] and early.skills[0].due > early.today + timedelta(days=7)


def test_a_month_off_brings_no_avalanche_of_due_skills() -> None:
    skills = [f"skill-{n:02d}" for n in range(17)]
    answers = [answer for skill in skills for answer in _answers(skill, "RW")]
    plan = plan_reviews(answers, skills, START + timedelta(days=31))
    assert len(plan.due) == 17
    assert len(plan.todays) == DAILY_SKILLS and plan.held_back == 17 - DAILY_SKILLS
    reviewed = answers + [a for skill in plan.todays for a in _answers(skill.skill, "RR", day=31)]
    later = plan_reviews(reviewed, skills, START + timedelta(days=31, hours=2))
    assert not later.todays and len(later.due) == 17 - DAILY_SKILLS  # practised enough today: the rest waits
    tomorrow = plan_reviews(reviewed, skills, START + timedelta(days=32))
    held = {s.skill for s in plan.due} - {s.skill for s in plan.todays}
    assert held <= {s.skill for s in tomorrow.todays}  # yesterday's held back are reviewed first
    assert len(tomorrow.todays) == DAILY_SKILLS and tomorrow.held_back == 17 - DAILY_SKILLS


def test_a_day_s_questions_go_one_per_skill_then_round_again() -> None:
    assert review_questions(["a", "b"]) == {"a": 3, "b": 3}
    assert review_questions(["a", "b", "c", "d", "e"]) == {"a": 3, "b": 3, "c": 2, "d": 2, "e": 2}
    assert sum(review_questions([f"s{n}" for n in range(20)]).values()) == 12
    assert list(review_questions([f"s{n}" for n in range(20)])) == [f"s{n}" for n in range(12)]


def _bank(bank_id: str, skills: dict[str, int]) -> Bank:
    items = tuple(
        Item(f"{bank_id}-{skill}-{n}", "true_false", "sourcing", skill, 2, "?", ("True",), ("True", "False"))
        for skill, number in skills.items()
        for n in range(number)
    )
    return Bank(bank_id, bank_id, items)


def test_review_items_come_from_unseen_stories_first() -> None:
    banks = [_bank("seen", {"who": 3}), _bank("new1", {"who": 1}), _bank("new2", {"who": 1}), _bank("new3", {"who": 1})]
    used = {("seen", "seen-who-0"): ItemUse(1, "2026-03-01T09:00:00Z")}
    picked = pick_review_items(banks, {"who": 3}, used, frozenset(), seed=4)
    assert sorted(bank for bank, _ in picked) == ["new1", "new2", "new3"]


def test_answered_items_come_only_when_no_unseen_one_is_left_and_never_twice_in_a_row() -> None:
    banks = [_bank("a", {"who": 4})]
    used = {
        ("a", "a-who-0"): ItemUse(3, "2026-03-01T09:00:00Z"),
        ("a", "a-who-1"): ItemUse(1, "2026-03-01T09:00:00Z"),
        ("a", "a-who-2"): ItemUse(1, "2026-02-01T09:00:00Z"),
    }
    picked = pick_review_items(banks, {"who": 3}, used, frozenset({("a", "a-who-2")}), seed=1)
    assert picked[0] == ("a", "a-who-3")  # the unseen one
    assert picked[1:] == [("a", "a-who-1"), ("a", "a-who-0")]  # a-who-2 was in the previous quiz
    only_previous = pick_review_items(banks, {"who": 4}, used, frozenset(used), seed=1)
    assert len(only_previous) == 4  # when nothing else is left, the previous quiz's items come back


def test_one_right_typed_answer_never_proves_mastery_for_good() -> None:
    answers = [ReviewAnswer("dateline", mark == "R", START + timedelta(minutes=n), None, 0.0) for n, mark in
               enumerate("RWWWWW")]  # fmt: skip
    state = skill_state("dateline", answers)
    assert state.mastery < 0.35


def test_easy_needs_every_answer_rated_confident() -> None:
    at = START
    mixed = [ReviewAnswer("s", True, at, 0.9, 0.25), ReviewAnswer("s", True, at, None, 0.25)]
    assert day_rating(mixed) == 3


def test_a_day_is_the_desk_s_own_day(monkeypatch) -> None:
    import time

    def due_in(zone: str):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        first = datetime(2026, 3, 2, 9, 0).astimezone()  # nine in the morning, there
        answers = [ReviewAnswer("s", True, first + timedelta(minutes=n), None, 0.25) for n in range(4)]
        later = datetime(2026, 3, 6, 9, 0).astimezone()
        answers += [ReviewAnswer("s", n >= 2, later + timedelta(hours=11 * (n // 2), minutes=n), None, 0.25)
                    for n in range(4)]  # fmt: skip  # 9:00 and 20:00 of one local day
        return skill_state("s", answers).due.astimezone().date()

    try:
        assert due_in("America/New_York") == due_in("Asia/Tokyo") == due_in("UTC")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_skills_held_back_by_the_cap_come_first_the_next_day() -> None:
    skills = [f"skill-{n:02d}" for n in range(17)]
    answers = [answer for skill in skills for answer in _answers(skill, "WW")]
    plan = plan_reviews(answers, skills, START + timedelta(days=31))
    held = {s.skill for s in plan.skills if s.is_due(plan.today)} - {s.skill for s in plan.todays}
    reviewed = answers + [a for s in plan.todays for a in _answers(s.skill, "WW", day=31)]
    tomorrow = plan_reviews(reviewed, skills, START + timedelta(days=32))
    assert held and held <= {s.skill for s in tomorrow.todays}
