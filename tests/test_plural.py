"""Counts in words."""

from quizapp.plural import count


def test_singular_and_plural():
    assert count(1, "question") == "1 question"
    assert count(0, "question") == "0 questions"
    assert count(3, "class", "classes") == "3 classes"
    assert count(1, "class", "classes") == "1 class"
