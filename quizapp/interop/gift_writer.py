"""Export to GIFT, Moodle's plain-text question format.

Each item becomes ``::id::[plain]prompt{answers}`` with a verdict as per-answer feedback and the
explanation as general feedback (``####``); ``$CATEGORY:`` lines put items under bank and skill.
The characters ``~ = # { } :`` and the backslash are escaped with a backslash, line breaks as ``\\n``.
"""

from __future__ import annotations

from quizapp import __version__
from quizapp.banks.model import Item
from quizapp.interop import feedback
from quizapp.interop.categories import category_path
from quizapp.interop.formats import Exporter, Rendering
from quizapp.interop.grades import choice_marks, percent
from quizapp.interop.report import ItemNote, ItemRef
from quizapp.interop.selection import Selection, all_or_nothing_note, standard_true_false, type_rule

TITLE = "GIFT"
SPECIAL = "~=#{}:"


def escape(text: str) -> str:
    """`text` safe inside GIFT: special characters and backslashes escaped, line breaks as ``\\n``."""
    escaped = text.replace("\\", "\\\\")
    for char in SPECIAL:
        escaped = escaped.replace(char, "\\" + char)
    return escaped.replace("\r\n", "\n").replace("\n", "\\n")


def escape_short_answer(text: str) -> str:
    """A short answer as GIFT text; ``*`` is a wildcard in Moodle short answers, so it is escaped too."""
    return escape(text).replace("*", "\\*")


def _answer(marker: str, text: str, right: bool) -> str:
    return f"\t{marker}{text}#{escape(feedback.verdict(right))}"


def _answers(item: Item) -> list[str]:
    if item.type == "true_false":
        key = "TRUE" if item.correct_answer == "True" else "FALSE"
        return [f"{key}#{escape(feedback.WRONG)}#{escape(feedback.RIGHT)}"]
    if item.type == "short":
        return [_answer("=", escape_short_answer(answer), True) for answer in item.answer]
    marker = "~" if item.type == "multiple" else ""
    lines = []
    for choice, right, mark in choice_marks(item):
        prefix = f"~%{percent(mark)}%" if marker else ("=" if right else "~")
        lines.append(_answer(prefix, escape(choice), right))
    return lines


def question(item: Item) -> str:
    """The GIFT text of one item."""
    answers = _answers(item)
    if item.explanation:
        answers.append(f"\t####{escape(item.explanation)}")
    head = f"::{escape(item.id)}::[plain]{escape(item.prompt)}"
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
    rules=(type_rule(TITLE, frozenset({"single", "multiple", "true_false", "short"})), standard_true_false(TITLE)),
    render=render,
)
