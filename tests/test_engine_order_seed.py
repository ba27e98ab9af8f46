"""Classroom sessions: the same items for every student (from `seed`), each in their own order (`order_seed`)."""

from __future__ import annotations

import store_helpers as h

from quizapp.engine import QuizSession, Selection, plan_quiz


def big_bank():
    return h.bank("big", tuple(h.item(f"q{n:02d}", choices=("A", "B", "C", "D"), answer=("A",)) for n in range(20)))


def test_without_order_seed_the_plan_is_unchanged():
    selection = Selection(count=5)
    assert plan_quiz([big_bank()], selection, 3) == plan_quiz([big_bank()], selection, 3, order_seed=None)


def test_order_seed_keeps_the_items_and_changes_only_the_order():
    selection = Selection(count=6)
    plain = plan_quiz([big_bank()], selection, 11)
    chosen = {q.key for q in plain}
    orders, choice_orders = set(), set()
    for order_seed in range(15):
        plan = plan_quiz([big_bank()], selection, 11, order_seed=order_seed)
        assert {q.key for q in plan} == chosen  # every student gets the same items
        assert [q.position for q in plan] == list(range(6))
        orders.add(tuple(q.key for q in plan))
        choice_orders.add(plan[0].choices)
        assert plan == plan_quiz([big_bank()], selection, 11, order_seed=order_seed)  # repeatable
    assert len(orders) > 1
    assert len(choice_orders) > 1


def test_order_seed_is_stored_in_the_settings_and_replayed():
    quiz = QuizSession([big_bank()], mode="test", seed=5, selection=Selection(count=4), order_seed=99)
    started = quiz.start()
    assert started.settings["order_seed"] == 99
    replayed = QuizSession.replay([big_bank()], mode=started.mode, seed=started.seed, settings=started.settings)
    assert replayed.order_seed == 99
    assert replayed.questions == quiz.questions


def test_settings_without_order_seed_have_no_key():
    quiz = QuizSession([big_bank()], mode="test", seed=5)
    assert "order_seed" not in quiz.settings()
