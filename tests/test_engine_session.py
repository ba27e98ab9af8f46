"""The quiz session state machine: selection, seeded shuffles, modes, timing, errors, calibration."""

from __future__ import annotations

import pytest
import store_helpers as h

from quizapp.engine import Mode, QuizSession, Selection, SessionError, State, TimeUpError, calibrate
from quizapp.engine.calibration import RatedAnswer


def mixed_bank():
    return h.bank(
        "mixed",
        (
            h.item("s1", "single", skill="detail", difficulty=1),
            h.item("m1", "multiple", skill="detail", difficulty=2),
            h.item("t1", "true_false", skill="true-false", difficulty=1),
            h.item("k1", "short", family="sourcing", skill="quote-speaker", difficulty=3),
            h.item("e1", "evidence", family="sourcing", skill="evidence", difficulty=2),
        ),
    )


def session(mode="practice", seed=7, clock=None, **kwargs):
    return QuizSession(
        [mixed_bank()], mode=mode, seed=seed, clock=clock or h.FakeClock(), new_id=h.counter_ids(), **kwargs
    )


def test_walks_through_every_question_then_finishes():
    quiz = session(mode="test")
    assert quiz.state is State.READY
    assert quiz.current is None
    started = quiz.start()
    assert started.uuid == quiz.attempt_id
    assert started.banks[0].id == "mixed"
    assert len(started.banks[0].hash) == 64
    seen = []
    while quiz.current is not None:
        assert quiz.state is State.ASKING
        seen.append(quiz.current.key)
        outcome = quiz.answer(h.right_answer(quiz.current))
        assert outcome.feedback is None  # test mode: nothing until the end
        assert quiz.state is State.ANSWERED
        quiz.next()
    assert quiz.state is State.DONE
    assert sorted(seen) == sorted(("mixed", i.id) for i in mixed_bank().items)
    result = quiz.finish()
    assert quiz.state is State.FINISHED
    assert result.score == result.max_score == 5
    assert result.percent == 100
    assert [feedback.correct for feedback in result.review] == [True] * 5
    assert result.unanswered == 0
    assert not result.timed_out


def test_practice_mode_gives_feedback_explanation_and_evidence_after_each_answer():
    quiz = session(mode="practice")
    quiz.start()
    question = quiz.current
    outcome = quiz.answer(h.wrong_answer(question))
    feedback = outcome.feedback
    assert feedback is not None
    assert not feedback.correct
    assert feedback.right_answer == question.item.answer
    assert feedback.explanation == question.item.explanation
    assert feedback.evidence == question.item.evidence


def test_records_carry_score_response_and_time_spent():
    clock = h.FakeClock()
    quiz = session(mode="test", clock=clock)
    quiz.start()
    clock.tick(2.5)
    first = quiz.answer(h.right_answer(quiz.current), confidence=0.9).record
    assert first.elapsed_ms == 2500
    assert first.answered_at == "2023-11-14T22:13:22.500+00:00"
    assert first.confidence == 0.9
    assert first.attempt == quiz.attempt_id
    assert first.position == 0
    clock.tick(10)  # reading the feedback is not time spent on the next question
    quiz.next()
    clock.tick(1.25)
    skipped = quiz.skip()
    assert skipped.elapsed_ms == 1250
    assert skipped.skipped
    assert skipped.response is None
    assert skipped.score == 0
    assert quiz.current.position == 2


def test_unanswered_questions_score_zero_when_finishing_early():
    quiz = session(mode="test")
    quiz.start()
    quiz.answer(h.right_answer(quiz.current))
    result = quiz.finish()
    assert (result.score, result.max_score, result.unanswered) == (1, 5, 4)
    assert result.percent == 20


@pytest.mark.parametrize(
    ("steps", "call", "message"),
    [
        ([], lambda q: q.answer("Paris"), "has not started"),
        ([], lambda q: q.finish(), "has not started"),
        (["start", "answer"], lambda q: q.answer(h.right_answer(q.current)), "already answered"),
        (["start", "answer"], lambda q: q.skip(), "already answered"),
        (["start"], lambda q: q.next(), "waiting for an answer"),
        (["start"], lambda q: q.start(), "cannot start"),
        (["start", "finish"], lambda q: q.answer("x"), "the quiz is finished"),
        (["start", "finish"], lambda q: q.finish(), "the quiz is finished"),
        (["start"], lambda q: q.time_out(), "only timed quizzes"),
    ],
)
def test_invalid_calls_raise_clear_errors(steps, call, message):
    quiz = session()
    for step in steps:
        if step == "answer":
            quiz.answer(h.right_answer(quiz.current))
        else:
            getattr(quiz, step)()
    with pytest.raises(SessionError, match=message):
        call(quiz)


def test_invalid_responses_are_refused_without_changing_state():
    quiz = QuizSession([h.bank()], mode="test", seed=1, clock=h.FakeClock())
    quiz.start()
    with pytest.raises(SessionError, match="has no choice 'Berlin'"):
        quiz.answer("Berlin")
    with pytest.raises(SessionError, match="exactly one choice"):
        quiz.answer(["Paris", "Rome"])
    with pytest.raises(SessionError, match="confidence must be between 0 and 1"):
        quiz.answer("Paris", confidence=1.5)
    assert quiz.state is State.ASKING
    assert quiz.answers == ()
    quiz.answer("Paris")


def test_text_items_need_text():
    quiz = QuizSession([h.bank("b", (h.item("k", "short"),))], mode="test", seed=1, clock=h.FakeClock())
    quiz.start()
    with pytest.raises(SessionError, match="expects a text answer"):
        quiz.answer(["Reuters"])
    assert quiz.answer("reuters").record.correct


def test_same_seed_same_quiz_and_replay_from_stored_settings():
    first, second = session(seed=42), session(seed=42)
    assert first.questions == second.questions
    started = first.start()
    replayed = QuizSession.replay([mixed_bank()], mode=started.mode, seed=started.seed, settings=started.settings)
    assert replayed.questions == first.questions
    assert [list(q.key) for q in replayed.questions] == started.settings["questions"]


def test_seeds_shuffle_items_and_choices():
    orders = {tuple(q.key for q in session(seed=seed).questions) for seed in range(20)}
    assert len(orders) > 1
    choice_orders = set()
    for seed in range(20):
        for question in session(seed=seed).questions:
            assert sorted(question.choices) == sorted(question.item.choices)
            if question.item.type == "true_false":
                assert question.choices == ("True", "False")
            if question.item.type == "single":
                choice_orders.add(question.choices)
    assert len(choice_orders) > 1


def test_selection_filters_and_count():
    by_family = session(selection=Selection(families=("sourcing",)))
    assert {q.item.id for q in by_family.questions} == {"k1", "e1"}
    by_skill = session(selection=Selection(skills=("detail", "evidence")))
    assert {q.item.id for q in by_skill.questions} == {"s1", "m1", "e1"}
    by_difficulty = session(selection=Selection(difficulties=(1,)))
    assert {q.item.id for q in by_difficulty.questions} == {"s1", "t1"}
    assert len(session(selection=Selection(count=2)).questions) == 2
    assert len(session(selection=Selection(count=50)).questions) == 5
    with pytest.raises(ValueError, match="at least one question"):
        Selection(count=0)


def test_only_missed_items():
    missed = {("mixed", "m1"), ("mixed", "e1"), ("other-bank", "s1")}
    quiz = session(selection=Selection(only_missed=True), missed=missed)
    assert {q.key for q in quiz.questions} == {("mixed", "m1"), ("mixed", "e1")}
    assert sorted(map(tuple, quiz.settings()["missed"])) == sorted(missed)
    with pytest.raises(SessionError, match="no item you missed before"):
        session(selection=Selection(only_missed=True), missed=())


def test_no_matching_items_is_a_clear_error():
    with pytest.raises(SessionError, match="no item matches"):
        session(selection=Selection(skills=("photo",)))


def test_selection_round_trips_through_a_dict():
    selection = Selection(families=("sourcing",), skills=("hedge", "dateline"), difficulties=(3, 1), count=4)
    assert Selection.from_dict(selection.to_dict()).to_dict() == selection.to_dict()


def test_timed_quiz_runs_out_of_time():
    clock = h.FakeClock()
    quiz = session(mode="timed", time_limit_s=60, clock=clock)
    assert quiz.remaining_s() is None
    quiz.start()
    clock.tick(20)
    record = quiz.answer(h.right_answer(quiz.current)).record
    assert record.elapsed_ms == 20_000  # time per answer is recorded in timed mode too
    quiz.next()
    assert quiz.remaining_s() == 40
    clock.tick(45)
    with pytest.raises(TimeUpError, match="time is up"):
        quiz.answer(h.right_answer(quiz.current))
    assert quiz.state is State.FINISHED
    result = quiz.result
    assert result.timed_out
    assert result.score == 1
    assert quiz.time_out() is result  # a late timer tick changes nothing
    with pytest.raises(SessionError, match="finished"):
        quiz.finish()


def test_gui_timer_times_the_quiz_out():
    clock = h.FakeClock()
    quiz = session(mode="timed", time_limit_s=30, clock=clock)
    quiz.start()
    clock.tick(30)
    result = quiz.time_out()
    assert result.timed_out
    assert result.record.ended_at == "2023-11-14T22:13:50.000+00:00"


@pytest.mark.parametrize(("mode", "limit"), [("timed", None), ("timed", 0), ("practice", 60), ("test", 10)])
def test_time_limit_only_for_timed_quizzes(mode, limit):
    with pytest.raises(SessionError, match="time limit"):
        session(mode=mode, time_limit_s=limit)


def test_calibration_brier_score_and_sure_but_wrong():
    quiz = QuizSession([h.bank()], mode=Mode.TEST, seed=3, clock=h.FakeClock())
    quiz.start()
    quiz.answer(h.right_answer(quiz.current), confidence=0.9)
    quiz.next()
    quiz.answer(h.wrong_answer(quiz.current), confidence=0.8)
    quiz.next()
    quiz.answer(h.right_answer(quiz.current), confidence=0.5)
    quiz.next()
    quiz.answer(h.wrong_answer(quiz.current))  # not rated
    calibration = quiz.finish().calibration
    assert calibration.rated == 3
    # ((0.9 − 1)² + (0.8 − 0)² + (0.5 − 1)²) / 3 = (0.01 + 0.64 + 0.25) / 3 = 0.3
    assert calibration.brier == pytest.approx(0.3)
    assert calibration.mean_confidence == pytest.approx(0.7333333)
    assert calibration.accuracy == pytest.approx(2 / 3)
    assert calibration.overconfidence == pytest.approx(0.0666667)
    assert [answer.position for answer in calibration.sure_and_wrong] == [1]
    assert "sure and wrong on question 2" in calibration.summary()
    advice = calibration.advice()  # for the student: plain words, no Brier score
    assert "Brier" not in advice and "73% sure" in advice and "67% right" in advice
    assert "matched your results well" in advice and "Look again at question 2" in advice
    too_sure = calibrate([RatedAnswer(0, "a", "?", 1.0, False), RatedAnswer(1, "b", "?", 0.8, True)])
    assert "surer than your answers" in too_sure.advice() and "questions 1" not in too_sure.advice()


def test_calibration_without_ratings():
    calibration = calibrate([])
    assert calibration.brier is None
    assert calibration.summary() == "You did not rate how sure you were."
    perfect = calibrate([RatedAnswer(0, "a", "?", 1.0, True), RatedAnswer(1, "b", "?", 0.0, False)])
    assert perfect.brier == 0
    assert perfect.sure_and_wrong == ()


def test_stale_items_are_never_asked():
    from quizapp.banks.model import Bank, Item
    from quizapp.engine import Selection, candidate_items

    def item(item_id: str, tags: tuple[str, ...] = ()) -> Item:
        return Item(
            id=item_id,
            type="true_false",
            family="comprehension",
            skill="true-false",
            difficulty=1,
            prompt="True or false?",
            answer=("True",),
            choices=("True", "False"),
            tags=tags,
        )

    bank = Bank(id="b", title="B", items=(item("fresh"), item("old", ("stale",))))
    assert [i.id for _, i in candidate_items([bank], Selection())] == ["fresh"]
