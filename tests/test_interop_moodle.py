"""Moodle XML: export read back, categories and feedback, teachers' files, malformed and hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest
from interop_support import DATA, all_banks, bank
from lxml import etree

from quizapp.interop import InteropError, export_banks, import_file


def test_export_writes_core_question_types_with_feedback_and_categories(tmp_path: Path) -> None:
    out = tmp_path / "tricky.xml"
    report = export_banks([bank("tricky")], "moodle-xml", out)
    quiz = etree.parse(str(out)).getroot()
    questions = {q.findtext("name/text"): q for q in quiz.iterchildren("question") if q.get("type") != "category"}
    categories = [q.findtext("category/text") for q in quiz.iterchildren("question") if q.get("type") == "category"]
    assert [ref.item_id for ref in report.written] == list(questions)
    assert categories[0] == "$course$/top/Tricky: characters // formats/Details"
    signs = questions["tricky-signs"]
    assert signs.get("type") == "multichoice" and signs.findtext("single") == "true"
    assert signs.findtext("questiontext/text").startswith("Which of these has GIFT's signs ~ = # { } :")
    assert signs.find("answer").get("fraction") == "100"
    assert signs.find("answer[5]/text").text == "&lt;b&gt;not bold&lt;/b&gt; &amp; co"  # escaped HTML, shown as typed
    assert [a.findtext("feedback/text") for a in signs.iterfind("answer")] == ["Correct."] + ["Incorrect."] * 4
    assert "“curly quotes”" in signs.findtext("generalfeedback/text")
    several = questions["tricky-several"]
    assert several.findtext("single") == "false"
    assert [a.get("fraction") for a in several.iterfind("answer")] == ["33.33333"] * 3 + ["-33.33333"] * 2
    assert [t.text for t in several.iterfind("tags/tag/text")] == ["votes", "lead"]
    true_false = questions["tricky-true"]
    assert [(a.findtext("text"), a.get("fraction")) for a in true_false.iterfind("answer")] == [
        ("true", "100"),
        ("false", "0"),
    ]
    short = questions["tricky-short"]
    assert short.get("type") == "shortanswer"
    assert [a.findtext("text") for a in short.iterfind("answer")][-1] == "Ruiz \\* (a star #1)"
    assert questions["tricky-lines"].findtext("questiontext/text") == (
        "The council voted on Tuesday.<br>By how many votes did the budget pass?"
    )


def test_round_trip_keeps_prompts_choices_answers_feedback_skills_and_tags(tmp_path: Path) -> None:
    out = tmp_path / "all.xml"
    report = export_banks(all_banks(), "moodle-xml", out)
    imported = import_file(out, "moodle-xml", bank_id="back")
    originals = {item.id: item for b in all_banks() for item in b.items}
    assert len(imported.bank.items) == len(report.written)
    (note,) = imported.notes  # several banks in one file: each item keeps its category
    assert not imported.skipped and "categories kept as item tags" in note.message
    for item in imported.bank.items:
        original = originals[item.id.removeprefix("back-")]
        assert (item.type, item.prompt, item.choices, item.answer, item.explanation) == (
            original.type,
            original.prompt,
            original.choices,
            original.answer,
            original.explanation,
        )
        *tags, kept = item.tags
        assert (item.skill, item.family, tuple(tags)) == (original.skill, original.family, original.tags)
        assert kept.startswith("category: ")
    again = tmp_path / "again.xml"
    export_banks([imported.bank], "moodle-xml", again)
    assert _categories(again) == _categories(out)  # exports write the categories back


def _categories(path: Path) -> list[str]:
    root = etree.parse(str(path)).getroot()
    return [q.findtext("category/text") for q in root.iterchildren("question") if q.get("type") == "category"]


def test_teachers_moodle_export_comes_in() -> None:
    result = import_file(DATA / "teacher.xml", "moodle-xml", bank_id="media")
    items = {item.id: item for item in result.bank.items}
    assert result.bank.title == "Default for Media 101"
    opinion = items["media-Fact-or-opinion-1"]
    assert opinion.prompt == 'Is "the budget is a disgrace" a fact or an opinion?'
    assert opinion.choices == ("An opinion", "A fact") and opinion.answer == ("An opinion",)
    assert opinion.skill == "fact-opinion" and opinion.tags == ("opinion",)
    assert opinion.explanation == (
        "A judgement like disgrace cannot be checked.\n“A fact”: Can you check whether something is a disgrace?"
    )
    checkable = items["media-Checkable-statements"]
    assert checkable.type == "multiple"
    assert checkable.answer == ("The vote was 5-4", "Prices rose 3% & wages 2%")
    assert items["media-TF-about-quotes"].answer == ("False",)
    assert items["media-Agency"].answer == ("Reuters",)
    assert items["media-All-or-nothing"].scoring == "all-or-nothing"
    assert [(p.line, p.message) for p in result.skipped] == [
        (114, "essay questions are not supported"),
        (129, "matching questions are not supported"),
    ]
    notes = " ".join(p.message for p in result.notes)
    assert "image was left out" in notes and "partial credit" in notes


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("broken.xml", [(12, "not well-formed XML")]),
        ("wrong-answers.xml", [(3, "one-answer multichoice"), (10, "true/false question")]),
    ],
)
def test_malformed_moodle_xml_is_refused_with_lines(name: str, expected: list[tuple[int, str]]) -> None:
    with pytest.raises(InteropError) as caught:
        import_file(DATA / name, "moodle-xml")
    found = [(problem.line, problem.message) for problem in caught.value.problems]
    assert [line for line, _ in found] == [line for line, _ in expected]
    for (_, message), (_, part) in zip(found, expected, strict=True):
        assert part in message


def test_entities_and_external_files_are_never_expanded(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    hostile = tmp_path / "hostile.xml"
    hostile.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY leak SYSTEM "file://{secret}">]>
<quiz><question type="shortanswer"><name><text>x</text></name>
<questiontext format="plain_text"><text>Leak: &leak;?</text></questiontext>
<answer fraction="100"><text>yes</text></answer></question></quiz>
""",
        encoding="utf-8",
    )
    result = import_file(hostile, "moodle-xml")
    assert "TOP SECRET" not in result.bank.items[0].prompt


def test_a_file_that_is_not_moodle_xml_is_named() -> None:
    with pytest.raises(InteropError, match=r"root element is <html>"):
        import_file(DATA / "not-moodle.xml", "moodle-xml")


NESTED = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Media literacy</text></category></question>
  <question type="truefalse">
    <name><text>Top</text></name>
    <questiontext format="html"><text>A named source is checkable.</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>
  <question type="category"><category><text>$course$/top/Media literacy/Sources</text></category></question>
  <question type="truefalse">
    <name><text>Second</text></name>
    <questiontext format="html"><text>Anonymous sources are never used.</text></questiontext>
    <answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer>
  </question>
  <question type="category">
    <category><text>$course$/top/Media literacy/Sources/Named or not</text></category>
  </question>
  <question type="truefalse">
    <name><text>Third</text></name>
    <questiontext format="html"><text>A spokesperson speaks for a body.</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>
  <question type="category">
    <category><text>$course$/top/Media literacy/Sources/Named or not/Either//or</text></category>
  </question>
  <question type="truefalse">
    <name><text>Fourth</text></name>
    <questiontext format="html"><text>"Officials said" names a person.</text></questiontext>
    <answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer>
  </question>
</quiz>
"""


def test_nested_categories_are_kept_as_tags_named_in_the_report_and_written_back(tmp_path: Path) -> None:
    source = tmp_path / "course.xml"
    source.write_text(NESTED, encoding="utf-8")
    result = import_file(source, "moodle-xml", bank_id="course")
    assert result.bank.title == "Media literacy"
    assert [item.tags for item in result.bank.items] == [
        ("category: Media literacy",),
        ("category: Media literacy / Sources",),
        ("category: Media literacy / Sources / Named or not",),
        ("category: Media literacy / Sources / Named or not / Either//or",),
    ]
    (note,) = result.notes
    assert note.message.startswith("4 categories kept as item tags: Media literacy; Media literacy / Sources;")
    assert "$course$" not in result.summary()
    out = tmp_path / "back.xml"
    export_banks([result.bank], "moodle-xml", out)
    assert _categories(out) == _categories(source)
    gift = tmp_path / "back.gift"
    export_banks([result.bank], "gift", gift)
    text = gift.read_text(encoding="utf-8")
    assert "$CATEGORY: $course$/top/Media literacy/Sources/Named or not/Either//or" in text
    assert [item.tags for item in import_file(gift, "gift", bank_id="course").bank.items] == [
        item.tags for item in result.bank.items
    ]
