"""Export to GIFT, Moodle's plain-text question format.

Each item becomes ``::id::[plain]prompt{answers}`` with a verdict as per-answer feedback and the
explanation as general feedback (``####``); ``$CATEGORY:`` lines put items under bank and skill.
The characters ``~ = # { } :`` and the backslash are escaped with a backslash, line breaks as ``\\n``.
An item imported with another format tag gets it back (``[markdown]``, ``[moodle]``, or ``[html]``
with its texts written as HTML); its answers and feedback follow the question's tag, as in Moodle.
"""

from __future__ import annotations

import re

from quizapp import __version__
from quizapp.banks.model import Item
from quizapp.interop import feedback
from quizapp.interop.categories import category_path
from quizapp.interop.formats import Exporter, Rendering
from quizapp.interop.grades import choice_marks, percent
from quizapp.interop.report import ItemNote, ItemRef
from quizapp.interop.selection import Selection, all_or_nothing_note, standard_true_false, type_rule
from quizapp.interop.texts import GIFT_FORMAT_TAG, text_to_html

TITLE = "GIFT"
SPECIAL = "~=#{}:"


def escape(text: str) -> str:
    """`text` safe inside GIFT: special characters and backslashes escaped, line breaks as ``\\n``."""
    escaped = text.replace("\\", "\\\\")
    for char in SPECIAL:
        escaped = escaped.replace(char, "\\" + char)
    return escaped.replace("\r\n", "\n").replace("\n", "\\n")


_LOOKS_WEIGHTED = re.compile(r"^\s*%-?\d")


def _marked_up(item: Item, text: str) -> str:
    """A text of `item` in the item's format, escaped for GIFT; a text that itself starts like a format tag
    gets the item's tag first, so that Moodle strips that one and keeps the text whole."""
    marked = escape(text_to_html(text) if item.text_format == "html" else text)
    return f"[{item.text_format or 'plain'}]{marked}" if GIFT_FORMAT_TAG.match(text) else marked


def _answer(item: Item, marker: str, text: str, right: bool) -> str:
    return f"\t{marker}{text}#{_marked_up(item, feedback.verdict(right))}"


def _short_answer(text: str) -> str:
    """An accepted short answer: Moodle keeps it as typed (never HTML); '*' is its wildcard, so a star is
    escaped, and a leading weight is written so that an answer starting with '%10%' keeps it."""
    escaped = escape(text).replace("*", "\\*")
    return f"%100%{escaped}" if _LOOKS_WEIGHTED.match(text) else escaped


def _answers(item: Item) -> list[str]:
    if item.type == "true_false":
        key = "TRUE" if item.correct_answer == "True" else "FALSE"
        return [f"{key}#{_marked_up(item, feedback.WRONG)}#{_marked_up(item, feedback.RIGHT)}"]
    if item.type == "short":
        return [_answer(item, "=", _short_answer(answer), True) for answer in item.answer]
    marker = "~" if item.type == "multiple" else ""
    lines = []
    for choice, right, mark in choice_marks(item):
        prefix = f"~%{percent(mark)}%" if marker else ("=" if right else "~")
        if prefix == "~" and _LOOKS_WEIGHTED.match(choice):
            prefix = "~%0%"  # the choice itself starts like a weight: give its own first
        lines.append(_answer(item, prefix, _marked_up(item, choice), right))
    return lines


def _arrow_rule(item: Item) -> str | None:
    if item.type == "short" and any("->" in answer for answer in item.answer):
        return f"{TITLE} reads a short answer holding '->' as a matching question"
    return None


def question(item: Item) -> str:
    """The GIFT text of one item."""
    answers = _answers(item)
    if item.explanation:
        answers.append(f"\t####{_marked_up(item, item.explanation)}")
    head = f"::{escape(item.id)}::[{item.text_format or 'plain'}]{_marked_up(item, item.prompt)}"
    if item.type == "true_false" and not item.explanation:
        return f"{head}{{{answers[0]}}}"
    if item.type == "true_false":
        return f"{head}{{{answers[0]}{answers[1].strip()}}}"
    return "\n".join([f"{head}{{", *answers, "}"])


def render(selection: Selection) -> Rendering:
    """The GIFT file for the selected items, one category block per bank and skill."""
    lines = [f"// Exported from quizapp {__version__}. Import in Moodle: Question bank > Import > GIFT.", ""]
    category = None
    notes = []
    partial_note = all_or_nothing_note(TITLE)
    for bank, item in selection.items:
        path = category_path(bank, item)
        if path != category:
            lines += [f"$CATEGORY: {path}", ""]
            category = path
        lines += [question(item), ""]
        note = partial_note(item)
        if note:
            notes.append(ItemNote(ItemRef(bank.id, item.id), note))
    return Rendering("\n".join(lines).encode("utf-8"), tuple(notes))


EXPORTER = Exporter(
    name="gift",
    title=TITLE,
    suffix=".gift",
    rules=(
        type_rule(TITLE, frozenset({"single", "multiple", "true_false", "short"})),
        standard_true_false(TITLE),
        _arrow_rule,
    ),
    render=render,
)
