"""GIFT: escaping, the export read by an independent parser (gift-pegjs), import with line numbers, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from interop_support import DATA, all_banks, bank, parse_gift

from quizapp.interop import InteropError, export_banks, import_file
from quizapp.interop.gift_reader import find, unescape
from quizapp.interop.gift_writer import SPECIAL, escape
from quizapp.interop.selection import is_right

GIFT_TYPES = {"single": "MC", "multiple": "MC", "true_false": "TF", "short": "Short"}


@given(st.text().filter(lambda text: "\r" not in text))
def test_escaped_text_reads_back_and_hides_every_special_character(text: str) -> None:
    escaped = escape(text)
    assert unescape(escaped) == text
    assert "\n" not in escaped
    for char in SPECIAL:
        assert find(escaped, char) == -1


def test_export_escapes_special_characters(tmp_path: Path) -> None:
    out = tmp_path / "tricky.gift"
    export_banks([bank("tricky")], "gift", out)
    text = out.read_text(encoding="utf-8")
    assert r"GIFT's signs \~ \= \# \{ \} \: and a backslash \\ in it?" in text
    assert r"=a \~ b \= c#Correct." in text
    assert r"The council voted on Tuesday.\nBy how many votes" in text
    assert r"=Ruiz \* (a star \#1)#Correct." in text
    assert "$CATEGORY: $course$/top/Tricky: characters // formats/Details" in text


def test_export_skips_what_gift_cannot_hold_and_says_why(tmp_path: Path) -> None:
    report = export_banks([bank("tricky")], "gift", tmp_path / "t.gift")
    skipped = {note.item.item_id: note.reason for note in report.skipped}
    assert set(skipped) == {"tricky-evidence", "tricky-labels"}
    assert "evidence" in skipped["tricky-evidence"]
    assert "Fact / Opinion" in skipped["tricky-labels"]
    assert [note.item.item_id for note in report.notes] == ["tricky-several"]
    assert "all-or-nothing" in report.notes[0].reason


def test_gift_pegjs_reads_the_export_as_written(tmp_path: Path) -> None:
    out = tmp_path / "all.gift"
    report = export_banks(all_banks(), "gift", out)
    items = {item.id: item for b in all_banks() for item in b.items}
    parsed = parse_gift(out)
    questions = [q for q in parsed if q["type"] != "Category"]
    assert [q["title"] for q in questions] == [ref.item_id for ref in report.written]
    assert any(q["type"] == "Category" and "Tricky: characters // formats" in q["title"] for q in parsed)
    for question in questions:
        item = items[question["title"]]
        assert question["type"] == GIFT_TYPES[item.type], item.id
        assert question["stem"]["text"] == item.prompt, item.id
        assert (question["globalFeedback"] or {}).get("text", "") == item.explanation, item.id
        if item.type == "true_false":
            assert question["isTrue"] == (item.correct_answer == "True")
            assert (question["trueFeedback"]["text"], question["falseFeedback"]["text"]) == ("Incorrect.", "Correct.")
        elif item.type == "short":
            assert [c["text"]["text"] for c in question["choices"]] == [a.replace("*", "\\*") for a in item.answer]
        else:
            assert [c["text"]["text"] for c in question["choices"]] == list(item.choices), item.id
            for choice, text in zip(question["choices"], item.choices, strict=True):
                right = is_right(item, text)
                assert choice["feedback"]["text"] == ("Correct." if right else "Incorrect.")
                if item.type == "single":
                    assert choice["isCorrect"] == right
                else:
                    assert (choice["weight"] > 0) == right


def test_round_trip_keeps_prompts_choices_answers_and_feedback(tmp_path: Path) -> None:
    out = tmp_path / "all.gift"
    report = export_banks(all_banks(), "gift", out)
    imported = import_file(out, "gift", bank_id="back")
    originals = {item.id: item for b in all_banks() for item in b.items}
    assert len(imported.bank.items) == len(report.written)
    (note,) = imported.notes  # several banks in one file: each item keeps its category
    assert not imported.skipped and "categories kept as item tags" in note.message
    for item in imported.bank.items:
        original = originals[item.id.removeprefix("back-")]
        assert (item.type, item.prompt, item.choices, item.answer) == (
            original.type,
            original.prompt,
            original.choices,
            original.answer,
        )
        assert item.explanation == original.explanation
        assert item.skill == original.skill
        assert (item.origin, item.status) == ("authored", "draft")


def test_teachers_file_comes_in_with_unsupported_questions_listed() -> None:
    result = import_file(DATA / "teacher.gift", "gift", bank_id="week3")
    items = {item.id: item for item in result.bank.items}
    assert result.bank.title == "Week 3: sources"
    assert list(items) == [
        "week3-Q1-speaker",
        "week3-Q2-missing-word",
        "week3-Q3",
        "week3-Q4",
        "week3-Q5",
        "week3-Q6-escapes",
        "week3-Q7",
    ]
    first = items["week3-Q1-speaker"]
    assert (first.type, first.skill, first.answer) == ("single", "quote-speaker", ("The engineer",))
    assert "“The mayor”: No, the mayor is only mentioned." in first.explanation
    assert items["week3-Q2-missing-word"].prompt == "The reporter called the claim _____ in the third paragraph."
    assert items["week3-Q3"].answer == ("False",)
    assert items["week3-Q4"].prompt == "Which of these are named sources?"
    assert items["week3-Q4"].answer == ("The engineer", "The mayor")
    assert items["week3-Q5"].answer == ("AP", "Associated Press", "The Associated Press")
    assert items["week3-Q6-escapes"].choices == ("two slashes", "#", "=")
    assert items["week3-Q7"].prompt == "Questions can span\nseveral lines before the answers."
    assert items["week3-Q7"].skill == "detail"  # its category names no skill: the default
    left_out = [(problem.line, problem.message) for problem in result.skipped]
    assert [line for line, _ in left_out] == [31, 33, 35, 37]
    assert [message.split()[0] for _, message in left_out] == ["an", "numerical", "matching", "a"]


def test_a_bad_question_is_left_out_with_its_line_and_the_others_come_in() -> None:
    result = import_file(DATA / "broken.gift", "gift")
    assert [item.prompt for item in result.bank.items] == ["A fine question", "Which one?", "Title without end: what?"]
    mistakes = [(problem.line, problem.message) for problem in result.mistakes]
    assert [line for line, _ in mistakes] == [4, 6, 12]  # one report per question, however many answers
    assert "never closed" in mistakes[0][1]
    assert "no answer is marked right" in mistakes[1][1]
    assert "at least two different answers" in mistakes[2][1]
    assert "broken.gift:4:" in result.summary()
    twice = result.bank.items[1]
    assert (twice.type, twice.answer, twice.scoring) == ("multiple", ("a", "c"), "all-or-nothing")
    notes = [(problem.line, problem.message) for problem in result.notes]
    assert any(line == 8 and "any one of them" in message for line, message in notes)
    assert any(line == 10 and "no closing '::'" in message for line, message in notes)


def test_a_file_with_no_usable_question_is_refused_with_every_line(tmp_path: Path) -> None:
    path = tmp_path / "all-bad.gift"
    path.write_text("Which one? {~a ~b ~c}\n\nAnd this? {=same ~same ~same}\n\nAn essay {}\n", encoding="utf-8")
    with pytest.raises(InteropError) as caught:
        import_file(path, "gift")
    assert [(p.line, p.message.split(";")[0][:30]) for p in caught.value.problems] == [
        (1, "no answer is marked right: use"),
        (3, "a choice question needs at lea"),
        (5, "an essay question (empty {}) h"),
    ]


def test_file_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.gift"
    path.write_bytes("::a::Question?{=yes ~no}\n\n::b::Caf\xe9?{=oui ~non}\n".encode("latin-1"))
    with pytest.raises(InteropError) as caught:
        import_file(path, "gift")
    assert [(p.line, p.message) for p in caught.value.problems] == [(3, "the file is not UTF-8 text; save it as UTF-8")]


def test_a_choice_list_with_wrong_answers_is_multiple_choice_even_with_an_arrow(tmp_path):
    from quizapp.interop.importing import import_file

    source = tmp_path / "arrow.gift"
    source.write_text(
        "Which shows the order of events? {=arrest -> trial ~trial -> arrest ~no trial}\n", encoding="utf-8"
    )
    (item,) = import_file(source, "gift").bank.items
    assert item.type == "single" and item.answer == ("arrest -> trial",)
