"""Export to Moodle XML: core question types with general feedback (the explanation) and per-answer verdicts.

single and multiple become ``multichoice`` (one or several right answers), true/false becomes
``truefalse`` and short answers ``shortanswer``; a category question before each bank-and-skill run
puts the items in ``$course$/top/<bank>/<skill>``. Texts are HTML, escaped, with the spaces HTML would
collapse kept as no-break spaces; an item imported from Markdown, plain or Moodle-format text is written
back in that format (``format="markdown"``, ``"plain_text"``, ``"moodle_auto_format"``), as it came.
"""

from __future__ import annotations

from lxml import etree

from quizapp import __version__
from quizapp.banks.model import Item
from quizapp.interop import feedback
from quizapp.interop.categories import TAG_PREFIX, category_path
from quizapp.interop.formats import Exporter, Rendering
from quizapp.interop.grades import choice_marks, percent
from quizapp.interop.report import ItemNote, ItemRef
from quizapp.interop.selection import Selection, all_or_nothing_note, standard_true_false, type_rule
from quizapp.interop.texts import MOODLE_XML_FORMATS, text_to_html, xml_safe

TITLE = "Moodle XML"
QUESTION_TYPES = {"single": "multichoice", "multiple": "multichoice", "true_false": "truefalse", "short": "shortanswer"}


def _text(parent: etree._Element, tag: str, text: str, fmt: str = "html") -> etree._Element:
    element = etree.SubElement(parent, tag, format=fmt)
    etree.SubElement(element, "text").text = text_to_html(text) if fmt == "html" else xml_safe(text)
    return element


def _plain(parent: etree._Element, tag: str, text: str) -> None:
    etree.SubElement(parent, tag).text = xml_safe(text)


def _format(item: Item) -> str:
    return MOODLE_XML_FORMATS.get(item.text_format or "", "html")


def _answer(question: etree._Element, fraction: float, text: str, right: bool, fmt: str = "html") -> None:
    answer = _text(question, "answer", text, fmt)
    answer.set("fraction", percent(fraction))
    _text(answer, "feedback", feedback.verdict(right))


def _category(quiz: etree._Element, path: str) -> None:
    question = etree.SubElement(quiz, "question", type="category")
    category = etree.SubElement(question, "category")
    etree.SubElement(category, "text").text = xml_safe(path)


def _choices(question: etree._Element, item: Item) -> None:
    single = item.type == "single"
    _plain(question, "single", "true" if single else "false")
    _plain(question, "shuffleanswers", "true")
    _plain(question, "answernumbering", "abc")
    for choice, right, mark in choice_marks(item):
        _answer(question, mark, choice, right, _format(item))


def _true_false(question: etree._Element, item: Item) -> None:
    truth = item.correct_answer == "True"
    _answer(question, 100 if truth else 0, "true", truth, "moodle_auto_format")
    _answer(question, 0 if truth else 100, "false", not truth, "moodle_auto_format")


def _short(question: etree._Element, item: Item) -> None:
    _plain(question, "usecase", "0")
    for accepted in item.answer:
        _answer(question, 100, accepted.replace("*", "\\*"), True, "moodle_auto_format")


def question_element(quiz: etree._Element, item: Item) -> None:
    """Append the Moodle XML question for `item` to `quiz`."""
    question = etree.SubElement(quiz, "question", type=QUESTION_TYPES[item.type])
    name = etree.SubElement(question, "name")
    etree.SubElement(name, "text").text = xml_safe(item.id)
    _text(question, "questiontext", item.prompt, _format(item))
    _text(question, "generalfeedback", item.explanation, _format(item))
    _plain(question, "defaultgrade", "1")
    _plain(question, "penalty", "0.3333333" if item.type != "true_false" else "1")
    _plain(question, "hidden", "0")
    {"true_false": _true_false, "short": _short}.get(item.type, _choices)(question, item)
    tags_written = [tag for tag in item.tags if not tag.startswith(TAG_PREFIX)]  # the category says that already
    if tags_written:
        tags = etree.SubElement(question, "tags")
        for tag in tags_written:
            etree.SubElement(etree.SubElement(tags, "tag"), "text").text = xml_safe(tag)


def render(selection: Selection) -> Rendering:
    """The Moodle XML file for the selected items."""
    quiz = etree.Element("quiz")
    quiz.append(etree.Comment(f" Exported from quizapp {__version__}. Moodle: Question bank > Import > Moodle XML. "))
    category = None
    notes = []
    partial_note = all_or_nothing_note(TITLE)
    for bank, item in selection.items:
        path = category_path(bank, item)
        if path != category:
            _category(quiz, path)
            category = path
        question_element(quiz, item)
        note = partial_note(item)
        if note:
            notes.append(ItemNote(ItemRef(bank.id, item.id), note))
    payload = etree.tostring(quiz, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return Rendering(payload, tuple(notes))


EXPORTER = Exporter(
    name="moodle-xml",
    title=TITLE,
    suffix=".xml",
    rules=(type_rule(TITLE, frozenset(QUESTION_TYPES)), standard_true_false(TITLE)),
    render=render,
)
