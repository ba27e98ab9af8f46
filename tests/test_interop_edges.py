"""Edge cases of the GIFT, Moodle XML and Aiken round trips: what Moodle would read differently, and keeps."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from quizapp.banks.model import Bank, Item
from quizapp.interop import export_banks, import_file


def _import(tmp_path: Path, text: str, fmt: str = "gift", suffix: str = ".gift", **options):
    source = tmp_path / f"in{suffix}"
    source.write_text(text, encoding="utf-8")
    return import_file(source, fmt, bank_id="t", **options)


def _item(item_id: str, kind: str, prompt: str, answer: tuple[str, ...], choices=(), **fields) -> Item:
    return Item(item_id, kind, "comprehension", "detail", 2, prompt, answer, tuple(choices), **fields)


COURSE = (
    "$CATEGORY: $course$/top/Course/Unit 1\n\n::a::A? {=x ~y}\n\n"
    "$CATEGORY: $course$/top/Course/Unit 2\n\n::b::B? {=x ~y}\n"
)


def test_a_title_given_on_import_still_keeps_the_categories(tmp_path: Path) -> None:
    result = _import(tmp_path, COURSE, title="My bank")
    assert result.bank.title == "My bank"
    assert [item.tags for item in result.bank.items] == [("category: Course / Unit 1",), ("category: Course / Unit 2",)]


def test_the_file_s_category_wins_over_a_kept_tag_and_tags_never_repeat_it(tmp_path: Path) -> None:
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Course/Unit 2</text></category></question>
  <question type="truefalse">
    <name><text>moved</text></name>
    <questiontext format="html"><text>It moved.</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
    <tags><tag><text>category: Course / Unit 1</text></tag><tag><text>photos</text></tag></tags>
  </question>
</quiz>
"""
    result = _import(tmp_path, xml, "moodle-xml", ".xml")
    (item,) = result.bank.items
    assert item.tags == ("photos", "category: Course / Unit 2")
    out = tmp_path / "out.xml"
    export_banks([result.bank], "moodle-xml", out)
    question = etree.parse(str(out)).getroot().find("question[@type='truefalse']")
    assert [t.text for t in question.iterfind("tags/tag/text")] == ["photos"]


def test_short_answers_go_out_as_typed_even_from_an_html_question(tmp_path: Path) -> None:
    item = _item("s1", "short", "Which company?", ("AT&T", "x < y", "%10% off"), text_format="html")
    out = tmp_path / "out.gift"
    export_banks([Bank("b", "B", (item,))], "gift", out)
    text = out.read_text(encoding="utf-8")
    assert "=AT&T#" in text and "=x < y#" in text and "=%100%%10% off#" in text
    (back,) = import_file(out, "gift", bank_id="b").bank.items
    assert back.answer == ("AT&T", "x < y", "%10% off")


def test_gift_keeps_choices_that_look_like_weights_or_format_tags(tmp_path: Path) -> None:
    item = _item("c1", "single", "Which offer?", ("[markdown] *bold*",), ("%10% off", "[markdown] *bold*", "plain"))
    arrow = _item("c2", "short", "What maps?", ("A -> B",))
    out = tmp_path / "out.gift"
    report = export_banks([Bank("b", "B", (item, arrow))], "gift", out)
    assert [(note.item.item_id, "matching" in note.reason) for note in report.skipped] == [("c2", True)]
    (back,) = import_file(out, "gift", bank_id="b").bank.items
    assert (back.choices, back.answer) == (item.choices, item.answer)


def test_an_untagged_gift_question_goes_back_out_in_moodle_s_own_format(tmp_path: Path) -> None:
    result = _import(tmp_path, "::q::Who wrote <i>Hamlet</i>? {=Shakespeare ~Marlowe}\n")
    (item,) = result.bank.items
    assert item.text_format == "moodle" and item.prompt == "Who wrote <i>Hamlet</i>?"
    out = tmp_path / "out.gift"
    export_banks([result.bank], "gift", out)
    assert "::t-q::[moodle]Who wrote <i>Hamlet</i>?" in out.read_text(encoding="utf-8")


def test_html_keeps_a_less_than_sign_that_opens_no_tag(tmp_path: Path) -> None:
    (item,) = _import(tmp_path, "::q::[html]Is 1 < 2 and 3 > 2? {=yes ~no}\n").bank.items
    assert item.prompt == "Is 1 < 2 and 3 > 2?"


def test_aiken_without_an_answer_line_loses_only_that_question(tmp_path: Path) -> None:
    text = (
        "Q1?\nA. a\nC. c\nD. d\nANSWER: A\n\nQ2?\nA. x\nB. y\n\n"
        "Q3?\nA. one\nB. two\nANSWER: B\n\nQ4?\nA. p\nB. q\nANSWER: A\n"
    )
    result = _import(tmp_path, text, "aiken", ".txt")
    assert [item.prompt for item in result.bank.items] == ["Q3?", "Q4?"]
    assert [(p.line, p.message) for p in result.mistakes] == [
        (3, "choice C where B was expected"),
        (7, "the question has no 'ANSWER: X' line"),
    ]


def test_moodle_xml_reports_a_bad_question_once_and_drops_its_notes(tmp_path: Path) -> None:
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>bad</text></name>
    <questiontext format="html"><text>Pick <img src="x.png"/></text></questiontext>
    <answer fraction="abc"><text>a</text></answer><answer fraction="xyz"><text>b</text></answer>
  </question>
  <question type="truefalse">
    <name><text>good</text></name>
    <questiontext format="html"><text>Who wrote <i>Hamlet</i> in 1600?</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""
    result = _import(tmp_path, xml, "moodle-xml", ".xml")
    assert len(result.mistakes) == 1 and not result.notes
    (item,) = result.bank.items
    assert item.prompt == "Who wrote Hamlet in 1600?"  # HTML written as XML elements is read whole


def test_gift_reads_feedback_markers_braces_and_blank_answers_as_moodle_does(tmp_path: Path) -> None:
    text = (
        "::fb::Which? {=a ~b ####first #### last}\n\n"
        "::brace::No brace =a ~b}\n\n"
        "::part::Pick {=a =b ~%50%c ~d}\n\n"
        "::blank::City? {=   =Paris}\n"
    )
    result = _import(tmp_path, text)
    items = {item.id: item for item in result.bank.items}
    assert items["t-fb"].explanation.startswith("last")  # general feedback follows the last '####', as in Moodle
    assert [(p.line, "never opened" in p.message) for p in result.mistakes] == [(3, True)]
    assert any(p.line == 5 and "partial credit" in p.message for p in result.notes)
    assert items["t-blank"].answer == ("Paris",)


def test_embedded_files_and_link_addresses_are_not_lost_silently(tmp_path: Path) -> None:
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>media</text></name>
    <questiontext format="html">
      <text><![CDATA[<p><a href="@@PLUGINFILE@@/hello.mp3">Listen:</a>
        Moodle <img src="@@PLUGINFILE@@/logo.jpg"/> is free.</p>]]></text>
      <file name="hello.mp3" encoding="base64">SUQz</file>
      <file name="logo.jpg" encoding="base64">/9j/</file>
    </questiontext>
    <generalfeedback format="html"><text><![CDATA[See the <a href="https://docs.moodle.org/">docs</a>.]]></text></generalfeedback>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""
    result = _import(tmp_path, xml, "moodle-xml", ".xml")
    (item,) = result.bank.items
    assert item.prompt == "Listen: Moodle is free."  # no double space where the picture was
    assert item.explanation.startswith("See the docs (https://docs.moodle.org/).")
    assert [p.message for p in result.notes] == ["embedded files were left out (text only): hello.mp3, logo.jpg"]


def test_a_weight_beyond_100_percent_is_text_as_moodle_reads_it(tmp_path: Path) -> None:
    result = _import(tmp_path, "::w::Pick {~%150%A =B ~C}\n")
    (item,) = result.bank.items
    assert item.choices == ("%150%A", "B", "C") and item.answer == ("B",)
    assert any("no weight" in note.message for note in result.notes)


def test_a_text_format_moodle_does_not_know_is_kept_as_written(tmp_path: Path) -> None:
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>odd</text></name>
    <questiontext format="wiki_like"><text>Is *this* kept? <!-- not shown --></text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""
    (item,) = _import(tmp_path, xml, "moodle-xml", ".xml").bank.items
    assert item.prompt == "Is *this* kept?"
