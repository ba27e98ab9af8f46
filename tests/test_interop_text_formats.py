"""Moodle's text formats ([html], [plain], [moodle], [markdown]) come in honoured and go back out as they came."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from quizapp.banks import Bank, load_bank, save_bank
from quizapp.banks.model import Item
from quizapp.interop import export_banks, import_file

TAGGED = """\
::colours::[plain]Which colour is the sky? {
  =[plain]blue
  ~[plain]green <!-- kept: plain text shows this as typed -->
}

::nunca::[moodle]¿Cuándo? <!-- a note for the author --> {
  ~[moodle]Siempre.
  =[moodle]Nunca.
  ####[moodle]Porque no. <!-- hidden -->
}

::listed::[html]<p>Which of these <b>is</b> a source?</p><ul><li>one</li><li>two</li></ul><!-- draft --> {
  =<p>The mayor</p>
  ~<p>The &amp; sign</p>
  ####<p>The mayor is <em>named</em>.</p><p>Second paragraph.</p>
}

::marked::[markdown]Grant is buried in Grant's _tomb_.{FALSE}
"""


def _items(tmp_path: Path, text: str, name: str = "tagged.gift"):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    result = import_file(source, "gift", bank_id="t")
    return result, {item.id: item for item in result.bank.items}


def test_format_tags_are_stripped_honoured_and_kept_on_the_item(tmp_path: Path) -> None:
    result, items = _items(tmp_path, TAGGED)
    colours, nunca, listed, marked = items["t-colours"], items["t-nunca"], items["t-listed"], items["t-marked"]
    assert colours.choices == ("blue", "green <!-- kept: plain text shows this as typed -->")
    assert colours.text_format == "plain"
    assert (nunca.prompt, nunca.answer, nunca.explanation) == ("¿Cuándo?", ("Nunca.",), "Porque no.")
    assert nunca.text_format == "moodle"
    assert listed.prompt == "Which of these is a source?\n\n- one\n- two"
    assert listed.choices == ("The mayor", "The & sign")
    assert listed.explanation == "The mayor is named.\n\nSecond paragraph."
    assert listed.text_format == "html"
    assert (marked.prompt, marked.text_format) == ("Grant is buried in Grant's _tomb_.", "markdown")
    assert not result.mistakes and not result.skipped


def test_a_bank_keeps_the_format_and_both_moodle_exports_write_it_back(tmp_path: Path) -> None:
    _, items = _items(tmp_path, TAGGED)
    bank = Bank(id="t", title="Tagged", items=tuple(items.values()))
    saved = tmp_path / "t.yaml"
    save_bank(bank, saved)
    reloaded = load_bank(saved)
    assert [item.text_format for item in reloaded.items] == ["plain", "moodle", "html", "markdown"]
    gift = tmp_path / "back.gift"
    export_banks([reloaded], "gift", gift)
    text = gift.read_text(encoding="utf-8")
    assert "::t-colours::[plain]Which colour" in text
    assert "::t-nunca::[moodle]¿Cuándo?" in text
    assert "::t-listed::[html]Which of these is a source?<br><br>- one<br>- two" in text
    assert "::t-marked::[markdown]Grant is buried" in text
    again = import_file(gift, "gift", bank_id="t").bank.items
    for before, after in zip(reloaded.items, again, strict=True):
        assert (after.prompt, after.choices, after.answer, after.text_format) == (
            before.prompt,
            before.choices,
            before.answer,
            before.text_format,
        )
    xml = tmp_path / "back.xml"
    export_banks([reloaded], "moodle-xml", xml)
    formats = [
        q.find("questiontext").get("format")
        for q in etree.parse(str(xml)).getroot().iterchildren("question")
        if q.get("type") != "category"
    ]
    assert formats == ["plain_text", "moodle_auto_format", "html", "markdown"]
    back = import_file(xml, "moodle-xml", bank_id="t").bank.items
    assert [(item.prompt, item.text_format) for item in back] == [(i.prompt, i.text_format) for i in reloaded.items]


def test_an_answer_in_another_format_is_noted(tmp_path: Path) -> None:
    result, items = _items(tmp_path, "::q::[html]<p>Pick</p>{=[markdown]*yes* ~no}\n")
    assert items["t-q"].choices == ("*yes*", "no")
    assert any("format tag of its own" in note.message for note in result.notes)


def test_spaces_of_multi_line_texts_survive_the_moodle_xml_round_trip(tmp_path: Path) -> None:
    prompt = "Read the lines:\n    indented four\nend of a Markdown line  \nnext\ttabbed   three spaces"
    explanation = "  Leading spaces\nand a trailing one "
    item = Item(
        id="ws-1",
        type="single",
        family="comprehension",
        skill="detail",
        difficulty=2,
        prompt=prompt,
        answer=("a",),
        choices=("a", "b  b"),
        explanation=explanation,
    )
    out = tmp_path / "ws.xml"
    export_banks([Bank(id="ws", title="Spaces", items=(item,))], "moodle-xml", out)
    (back,) = import_file(out, "moodle-xml", bank_id="ws").bank.items
    assert back.prompt == prompt
    assert back.choices == ("a", "b  b")
    assert back.explanation == explanation.strip()  # the bank trims a text's ends, as on load


def test_moodle_xml_names_plugin_types_and_reports_old_images(tmp_path: Path) -> None:
    source = tmp_path / "mixed.xml"
    source.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="ordering">
    <name><text>Order</text></name>
    <questiontext format="html"><text>Put these in order</text></questiontext>
  </question>
  <question type="essay">
    <name><text>Essay</text></name>
    <questiontext format="html"><text>Write</text></questiontext>
  </question>
  <question type="truefalse">
    <name><text>Pictured</text></name>
    <questiontext format="html"><text>The photo is old.</text></questiontext>
    <image>pics/old.jpg</image>
    <image_base64>R0lGODlhAQABAAAAACw=</image_base64>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
""",
        encoding="utf-8",
    )
    result = import_file(source, "moodle-xml")
    assert [(p.line, p.message) for p in result.skipped] == [
        (3, "unsupported type 'ordering' (a question type from a Moodle plugin)"),
        (7, "essay questions are not supported"),
    ]
    assert [(p.line, p.message) for p in result.notes] == [
        (14, "the question's <image> was left out (text only)"),
        (15, "the question's <image_base64> was left out (text only)"),
    ]
    assert [item.prompt for item in result.bank.items] == ["The photo is old."]
