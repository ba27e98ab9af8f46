"""Aiken: one question per paragraph, lettered choices and an ``ANSWER:`` line (Moodle's simplest format).

Aiken holds single-answer questions only (true/false ones as the two choices True and False),
each on one line, and no feedback; other items are skipped and listed.
"""

from __future__ import annotations

import re
import string

from quizapp.banks.model import TRUE_FALSE_CHOICES, Item
from quizapp.interop.formats import Draft, Exporter, Importer, ReadResult, Rendering
from quizapp.interop.report import ItemNote, ItemRef
from quizapp.interop.selection import Selection, choices_of, is_right, standard_true_false, type_rule
from quizapp.interop.texts import one_line

TITLE = "Aiken"
LETTERS = string.ascii_uppercase
_CHOICE = re.compile(r"^([A-Z])(?:\)\s*|\.\s+)(.+)$")  # "A) x", "A)x" (as Moodle reads it), "A. x"
_ANSWER = re.compile(r"^ANSWER:\s*(.*)$", re.IGNORECASE)


def _shape_rule(item: Item) -> str | None:
    choices = choices_of(item)
    if len(choices) > len(LETTERS):
        return f"{TITLE} letters its choices A to Z; this item has {len(choices)} choices"
    if _CHOICE.match(one_line(item.prompt)) or _ANSWER.match(one_line(item.prompt)):
        return f"the prompt starts like an {TITLE} choice or ANSWER line and would be misread"
    return None


def _question(item: Item) -> tuple[str, bool]:
    lines = [one_line(item.prompt)]
    choices = choices_of(item)
    key = ""
    for letter, choice in zip(LETTERS, choices, strict=False):
        lines.append(f"{letter}. {one_line(choice)}")
        if is_right(item, choice):
            key = letter
    lines.append(f"ANSWER: {key}")
    joined = any("\n" in text for text in (item.prompt, *choices))
    return "\n".join(lines), joined


def render(selection: Selection) -> Rendering:
    """The Aiken file for the selected items."""
    parts = []
    notes = []
    for bank, item in selection.items:
        text, joined = _question(item)
        parts.append(text)
        if joined:
            notes.append(ItemNote(ItemRef(bank.id, item.id), f"line breaks became spaces ({TITLE} is one line each)"))
    return Rendering(("\n\n".join(parts) + "\n").encode("utf-8"), tuple(notes))


EXPORTER = Exporter(
    name="aiken",
    title=TITLE,
    suffix=".txt",
    rules=(type_rule(TITLE, frozenset({"single", "true_false"})), standard_true_false(TITLE), _shape_rule),
    render=render,
    format_notes=("Aiken has no feedback: explanations are not in the file.",),
)


class _Reader:
    """Reads Aiken line by line, as Moodle does: question lines, choice lines, then ANSWER."""

    def __init__(self) -> None:
        self.result = ReadResult()
        self.reset()

    def reset(self) -> None:
        self.start = 0
        self.prompt: list[str] = []
        self.choices: list[tuple[str, str]] = []
        self.bad = False  # a mistake was reported: the question is left out, the next one read as usual

    def error(self, number: int, message: str) -> None:
        """Report the first mistake of a question (once per question), which leaves the question out."""
        if not self.bad:
            self.result.errors.append((number, message))
        self.bad = True

    def line(self, number: int, raw: str) -> None:
        text = raw.strip()
        if not text:
            return
        answer = _ANSWER.match(text)
        choice = _CHOICE.match(text)
        if answer:
            self.finish(number, answer.group(1).strip())
        elif choice and self.prompt:
            self.choice(number, choice.group(1), choice.group(2).strip())
        elif choice:
            self.error(number, "a choice line comes before any question text")
        elif self.choices:  # a new question before this one's ANSWER line: as Moodle, leave this one out
            self.error(self.start or number, "the question has no 'ANSWER: X' line")
            self.reset()
            self.start = number
            self.prompt.append(text)
        else:
            self.start = self.start or number
            self.prompt.append(text)

    def choice(self, number: int, letter: str, text: str) -> None:
        expected = LETTERS[len(self.choices)]
        if letter != expected:
            self.error(number, f"choice {letter} where {expected} was expected")
        self.choices.append((letter, text))

    def finish(self, number: int, key: str) -> None:
        letters = dict(self.choices)
        if not self.prompt:
            self.error(number, "an ANSWER line without a question before it")
        elif len(self.choices) < 2:
            self.error(number, "a question needs at least two choices (A. …, B. …)")
        elif key.upper() not in letters:
            found = f"'{key}'" if key else "nothing"
            self.error(number, f"ANSWER names {found}; expected one of {', '.join(letters)}")
        elif not self.bad:
            choices = tuple(text for _, text in self.choices)
            answer = letters[key.upper()]
            if tuple(c.casefold() for c in choices) == tuple(c.casefold() for c in TRUE_FALSE_CHOICES):
                truth = "True" if answer.casefold() == "true" else "False"
                self.result.drafts.append(Draft(self.start, "true_false", "\n".join(self.prompt), answer=(truth,)))
            else:
                self.result.drafts.append(Draft(self.start, "single", "\n".join(self.prompt), choices, (answer,)))
        self.reset()

    def end(self, number: int) -> None:
        if self.prompt or self.choices:
            self.result.errors.append((self.start or number, "the question has no 'ANSWER: X' line"))


def read(data: bytes) -> ReadResult:
    """Every question of an Aiken file (UTF-8), with mistakes by line."""
    reader = _Reader()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reader.result.errors.append(
            (data[: exc.start].count(b"\n") + 1, "the file is not UTF-8 text; save it as UTF-8")
        )
        return reader.result
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(lines, start=1):
        reader.line(number, raw)
    reader.end(len(lines))
    return reader.result


IMPORTER = Importer(name="aiken", title=TITLE, read=read)
