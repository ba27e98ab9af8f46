"""Aiken: single-answer items only (the rest listed), one line each, read back; mistakes by line."""

from __future__ import annotations

from pathlib import Path

import pytest
from interop_support import DATA, all_banks, bank

from quizapp.banks import Bank
from quizapp.interop import InteropError, NothingToExportError, export_banks, import_file


def test_export_keeps_single_answer_items_and_lists_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "tricky.txt"
    report = export_banks([bank("tricky")], "aiken", out)
    assert [ref.item_id for ref in report.written] == ["tricky-signs", "tricky-lines", "tricky-true"]
    reasons = {note.item.item_id: note.reason for note in report.skipped}
    assert set(reasons) == {"tricky-several", "tricky-short", "tricky-evidence", "tricky-labels", "tricky-aiken"}
    assert "multiple-answer" in reasons["tricky-several"]
    assert "short-answer" in reasons["tricky-short"]
    assert "misread" in reasons["tricky-aiken"]
    assert [note.item.item_id for note in report.notes] == ["tricky-lines"]
    assert report.format_notes == ("Aiken has no feedback: explanations are not in the file.",)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Which of these has GIFT's signs ~ = # { } : and a backslash \\ in it?\nA. a ~ b = c\n")
    assert "The council voted on Tuesday. By how many votes did the budget pass?\nA. 5-4\n" in text
    assert text.endswith("True or false: the library will open on Sundays.\nA. True\nB. False\nANSWER: A\n")


def test_round_trip_keeps_prompts_choices_and_answers(tmp_path: Path) -> None:
    out = tmp_path / "all.txt"
    report = export_banks(all_banks(), "aiken", out)
    imported = import_file(out, "aiken", bank_id="back")
    originals = {(b.id, item.id): item for b in all_banks() for item in b.items}
    written = [originals[(ref.bank_id, ref.item_id)] for ref in report.written]
    assert len(imported.bank.items) == len(written)
    for item, original in zip(imported.bank.items, written, strict=True):
        assert (item.type, item.prompt, item.choices, item.answer) == (
            original.type,
            " ".join(original.prompt.split()),
            original.choices,
            original.answer,
        )


def test_teachers_aiken_file_comes_in() -> None:
    result = import_file(DATA / "teacher-aiken.txt", "aiken", bank_id="aiken")
    first, second = result.bank.items
    assert (first.id, first.prompt, first.choices, first.answer) == (
        "aiken-q001",
        "Which word marks an opinion?",
        ("reported", "disgraceful", "said"),
        ("disgraceful",),
    )
    assert (second.type, second.answer) == ("true_false", ("False",))


def test_malformed_aiken_is_refused_with_every_line() -> None:
    with pytest.raises(InteropError) as caught:
        import_file(DATA / "broken-aiken.txt", "aiken")
    assert [(p.line, p.message) for p in caught.value.problems] == [
        (4, "ANSWER names 'D'; expected one of A, B"),
        (8, "a question needs at least two choices (A. …, B. …)"),
        (12, "choice C where B was expected"),
        (15, "the question has no 'ANSWER: X' line"),
    ]


def test_a_bank_with_no_single_answer_item_writes_nothing(tmp_path: Path) -> None:
    only_multiple = Bank(
        id="m", title="m", items=tuple(i for i in bank("tricky").items if i.type in ("multiple", "short"))
    )
    out = tmp_path / "none.txt"
    with pytest.raises(NothingToExportError) as caught:
        export_banks([only_multiple], "aiken", out)
    assert not out.exists()
    assert len(caught.value.report.skipped) == 2
    assert "m/tricky-several: Aiken has no multiple-answer questions" in str(caught.value)


def test_a_choice_without_a_space_after_the_bracket_is_read(tmp_path):
    from quizapp.interop.importing import import_file

    source = tmp_path / "tight.txt"
    source.write_text("Who said it?\nA)Incorrect\nB) Right\nANSWER: B\n", encoding="utf-8")
    (item,) = import_file(source, "aiken").bank.items
    assert item.choices == ("Incorrect", "Right") and item.answer == ("Right",)


def test_a_question_whose_choices_are_all_the_same_is_reported_once_and_the_rest_imported(tmp_path):
    source = tmp_path / "same.txt"
    source.write_text(
        "Pick one\nA. same\nB. same\nC. same\nANSWER: A\n\nWho said it?\nA. the mayor\nB. a critic\nANSWER: B\n",
        encoding="utf-8",
    )
    result = import_file(source, "aiken")
    assert [item.prompt for item in result.bank.items] == ["Who said it?"]
    assert [(p.line, p.message) for p in result.mistakes] == [
        (1, "a choice question needs at least two different answers (all read “same”)")
    ]
    assert result.summary().count("different answers") == 1


def test_a_malformed_aiken_question_is_left_out_and_the_next_one_read(tmp_path):
    source = tmp_path / "mixed.txt"
    source.write_text("First\nA. one\nC. two\nANSWER: A\n\nSecond\nA. yes\nB. no\nANSWER: A\n", encoding="utf-8")
    result = import_file(source, "aiken")
    assert [item.prompt for item in result.bank.items] == ["Second"]
    assert [(p.line, p.message) for p in result.mistakes] == [(3, "choice C where B was expected")]
