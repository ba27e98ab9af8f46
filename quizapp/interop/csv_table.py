"""Export to CSV: one row per item, for spreadsheets and the bulk-import templates of classroom quiz tools.

The first eight columns are laid out as Kahoot's and Blooket's spreadsheet templates are (number,
question, four answers, time limit, numbers of the right answers), so they can be pasted in one go;
the remaining columns hold further answers, the right answer as text, the explanation and the
item's skill, type, difficulty, bank and id. See docs/interop.md.
"""

from __future__ import annotations

import math

from quizapp.banks.model import Item
from quizapp.banks.skills import skill_title
from quizapp.csvsafe import csv_text
from quizapp.interop.formats import Exporter, Rendering
from quizapp.interop.selection import Selection, choices_of, is_right, standard_true_false, type_rule

TITLE = "CSV"
TEMPLATE_ANSWERS = 4
TIME_LIMITS = (10, 20, 30, 60, 90, 120, 240)  # seconds Kahoot offers (Blooket accepts any up to 300)
READING_WORDS_PER_SECOND = 3
ANSWER_SEPARATOR = " | "


def time_limit(item: Item) -> int:
    """Seconds to answer: time to read prompt and choices, 10 s to think, 10 s more per difficulty step."""
    words = len(" ".join((item.prompt, *choices_of(item))).split())
    wanted = 10 + words / READING_WORDS_PER_SECOND + 10 * (item.difficulty - 1)
    return next((limit for limit in TIME_LIMITS if limit >= math.ceil(wanted)), TIME_LIMITS[-1])


def _header(answer_columns: int) -> list[str]:
    extra = [f"Answer {n}" for n in range(TEMPLATE_ANSWERS + 1, answer_columns + 1)]
    return [
        "#",
        "Question",
        *[f"Answer {n}" for n in range(1, TEMPLATE_ANSWERS + 1)],
        "Time limit (sec)",
        "Correct answer(s)",
        *extra,
        "Correct answer text",
        "Explanation",
        "Skill",
        "Type",
        "Difficulty",
        "Bank",
        "Item id",
    ]


def _row(number: int, bank_id: str, item: Item, answer_columns: int) -> list[str]:
    choices = list(choices_of(item)) + [""] * (answer_columns - len(choices_of(item)))
    right = [str(n) for n, choice in enumerate(choices_of(item), start=1) if is_right(item, choice)]
    answer_text = ANSWER_SEPARATOR.join(item.answer)
    skill = skill_title(item.skill)
    texts = [item.prompt, *choices[:TEMPLATE_ANSWERS]]
    return [
        str(number),
        *texts,
        str(time_limit(item)),
        ",".join(right),
        *choices[TEMPLATE_ANSWERS:],
        answer_text,
        item.explanation,  # every cell is made safe by csv_text
        skill,
        item.type,
        str(item.difficulty),
        bank_id,
        item.id,
    ]


def render(selection: Selection) -> Rendering:
    """The CSV file (UTF-8 with a byte-order mark, so spreadsheet programs read accents and curly quotes)."""
    items = selection.items
    answer_columns = max([TEMPLATE_ANSWERS, *(len(choices_of(item)) for _, item in items)])
    rows = (_row(number, bank.id, item, answer_columns) for number, (bank, item) in enumerate(items, start=1))
    return Rendering(csv_text(_header(answer_columns), rows).encode("utf-8-sig"))


EXPORTER = Exporter(
    name="csv",
    title=TITLE,
    suffix=".csv",
    rules=(type_rule(TITLE, frozenset({"single", "multiple", "true_false", "short"})), standard_true_false(TITLE)),
    render=render,
)
