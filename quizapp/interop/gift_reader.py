"""Read GIFT files (Moodle's text format) into questions, with the line of every mistake.

Questions are separated by blank lines; ``//`` lines are comments; ``$CATEGORY:`` sets the category
of the questions after it. Multiple choice, true/false and short answer come in; essay, numerical,
matching and description questions are left out and listed. The type of a question is decided as
Moodle decides it: a ``~`` makes multiple choice, ``=`` with ``->`` matching, ``T``/``F`` true/false,
anything else a short answer (``{One}`` accepts "One").

A text may start with Moodle's format tag; the question's tag is the default of its answers and
feedback. ``[html]`` is turned into plain text keeping paragraphs, breaks and lists; ``[markdown]`` is
kept as written; ``[moodle]`` (Moodle's default) and ``[plain]`` are plain text. HTML comments are
dropped except from ``[plain]`` text. The tag is kept on the item, so exports write it back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizapp.interop.feedback import merge_feedback
from quizapp.interop.formats import Draft, Importer, ReadResult
from quizapp.interop.texts import GIFT_FORMAT_TAG, format_to_text

ESCAPABLE = "~=#{}:\\"
_TRUE_FALSE = re.compile(r"^(T|TRUE|F|FALSE)\s*(#|$)", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
GAP = "_____"
_WILDCARD = re.compile(r"(?<!\\)\*")


def unescape(text: str) -> str:
    """GIFT text as it reads: ``\\~`` and the like become the character, ``\\n`` a line break."""
    out = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            if following in ESCAPABLE:
                out.append(following)
                index += 2
                continue
            if following == "n":
                out.append("\n")
                index += 2
                continue
        out.append(char)
        index += 1
    return "".join(out)


def find(text: str, token: str, start: int = 0) -> int:
    """The offset of the first `token` at or after `start` that no backslash escapes, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(token, index):
            return index
        index += 1
    return -1


def find_last(text: str, token: str) -> int:
    """The offset of the last unescaped `token`, or -1 (Moodle splits general feedback at the last ``####``)."""
    last, index = -1, find(text, token)
    while index >= 0:
        last, index = index, find(text, token, index + 1)
    return last


def split(text: str, markers: str) -> list[tuple[str, str]]:
    """`text` cut before each unescaped marker character: (marker, text after it); a leading part has ''."""
    parts: list[tuple[str, str]] = []
    marker, begin, index = "", 0, 0
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] in markers:
            parts.append((marker, text[begin:index]))
            marker, begin = text[index], index + 1
        index += 1
    parts.append((marker, text[begin:]))
    return parts


@dataclass(frozen=True)
class Block:
    """The lines of one question (comment lines blanked), and the file line it starts on."""

    line: int
    text: str

    def line_at(self, offset: int) -> int:
        return self.line + self.text.count("\n", 0, max(0, offset))


def blocks(text: str) -> Iterator[Block]:
    """The blank-line separated parts of a GIFT file that hold more than comments."""
    lines: list[str] = []
    start = 0
    for number, raw in enumerate([*text.split("\n"), ""], start=1):
        if raw.strip():
            if not lines:
                start = number
            lines.append("" if raw.strip().startswith("//") else raw)
            continue
        while lines and not lines[-1].strip():
            lines.pop()
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is not None:
            yield Block(start + first, "\n".join(lines[first:]))
        lines = []


@dataclass
class _Answer:
    marker: str
    weight: float | None
    text: str
    feedback: str


class _Question:
    """Parses one block; findings go to the shared result."""

    def __init__(self, block: Block, category: str, result: ReadResult) -> None:
        self.block = block
        self.category = category
        self.result = result
        self.format = "moodle"  # the question's format: Moodle's own unless its text starts with a tag
        self.mixed_formats = False

    def error(self, offset: int, message: str) -> None:
        self.result.errors.append((self.block.line_at(offset), message))

    def note(self, message: str) -> None:
        self.result.notes.append((self.block.line, message))

    def own_format(self, raw: str) -> tuple[str, str | None]:
        """`raw` without its leading format tag, and the format that applies to it."""
        tag = GIFT_FORMAT_TAG.match(raw)
        if not tag:
            return raw, self.format
        chosen = tag.group(1)
        if chosen != self.format:
            self.mixed_formats = True
        return raw[tag.end() :], chosen

    def text(self, raw: str) -> str:
        """One text of the question (prompt, answer, feedback) as the bank's plain text."""
        body, fmt = self.own_format(raw)
        return format_to_text(unescape(body), fmt)

    def parse(self) -> Draft | None:
        text = self.block.text
        name, body_start = "", len(text) - len(text.lstrip())
        if text.startswith("::", body_start):
            end = find(text, "::", body_start + 2)
            if end < 0:  # Moodle then reads what follows the '::' as the question
                self.note("the title has no closing '::', so the text after the '::' is the question")
                body_start += 2
            else:
                name, body_start = unescape(text[body_start + 2 : end]).strip(), end + 2
        opening = find(text, "{", body_start)
        if opening < 0 and find(text, "}", body_start) >= 0:
            self.error(find(text, "}", body_start), "the answers closed with '}' were never opened with '{'")
            return None
        if opening < 0:
            self.result.skipped.append((self.block.line, "a description without answers (no {…})"))
            return None
        closing = find(text, "}", opening + 1)
        nested = find(text, "{", opening + 1)
        if closing < 0:
            self.error(opening, "the answers opened with '{' are never closed with '}'")
            return None
        if 0 <= nested < closing:
            self.error(nested, "a '{' inside the answers; write \\{ for a literal brace")
            return None
        after = text[closing + 1 :]
        if find(after, "{") >= 0 or find(after, "}") >= 0:
            self.error(closing + 1, "only one {…} answer part per question is supported; write \\{ or \\} for braces")
            return None
        before = text[body_start:opening]
        marker = GIFT_FORMAT_TAG.match(before)
        if marker:
            self.format = marker.group(1)
        prompt = self.text(before)
        if after.strip():
            prompt = f"{prompt} {GAP} {self.text(after)}".strip()
        if not prompt:
            self.error(body_start, "the question has no text before its answers")
            return None
        draft = self.answers(text[opening + 1 : closing], opening + 1, prompt)
        if draft is not None:
            draft.name, draft.category, draft.text_format = name, self.category, self.format
            if self.mixed_formats:
                self.note(
                    "an answer or feedback has a format tag of its own; exports write the question's "
                    f"([{self.format}]) for all its texts"
                )
        return draft

    def answers(self, raw: str, offset: int, prompt: str) -> Draft | None:
        general_at = find_last(raw, "####")
        general = self.text(raw[general_at + 4 :]) if general_at >= 0 else ""
        body = raw[:general_at] if general_at >= 0 else raw
        stripped = body.strip()
        line = self.block.line
        if not stripped:
            self.result.skipped.append((line, "an essay question (empty {}) has no answer to import"))
            return None
        if stripped.startswith("#"):
            self.result.skipped.append((line, "numerical questions are not supported"))
            return None
        if find(body, "~") >= 0:  # only multiple choice has '~' (Moodle decides the type so)
            return self.choice(self.choice_answers(body), prompt, general, offset)
        if find(body, "=") >= 0 and find(body, "->") >= 0:
            self.result.skipped.append((line, "matching questions are not supported"))
            return None
        if _TRUE_FALSE.match(stripped):
            return self.true_false(stripped, prompt, general)
        leading, *rest = split(body, "=")
        answers = [self.answer("=", part, weighted=True) for _, part in rest]
        if leading[1].strip():  # '{One}': one accepted answer needs no '=', as in Moodle
            answers.insert(0, self.answer("=", leading[1], weighted=True))
        return self.short(answers, prompt, general, offset)

    def choice_answers(self, body: str) -> list[_Answer]:
        leading, *rest = split(body, "=~")
        answers = [self.answer(marker, part, weighted=marker == "~") for marker, part in rest]
        if leading[1].strip():
            self.note("the text before the first '~' or '=' was read as a wrong answer, as Moodle reads it")
            answers.insert(0, self.answer("~", leading[1], weighted=True))
        return answers

    def answer(self, marker: str, raw: str, *, weighted: bool) -> _Answer:
        """One answer; a leading ``%50%`` is its weight where Moodle reads one (not after '=' in a choice)."""
        weight = None
        found = _WEIGHT.match(raw.lstrip()) if weighted else None
        if found and abs(float(found.group(1))) > 100:  # Moodle reads no weight beyond 100 %: it is text
            self.note(f"'{found.group(0)}' is no weight (beyond 100 %), so it was kept as the answer's text")
            found = None
        if found:
            weight = float(found.group(1))
            raw = raw.lstrip()[found.end() :]
        cut = find(raw, "#")
        text, note = (raw[:cut], raw[cut + 1 :]) if cut >= 0 else (raw, "")
        return _Answer(marker, weight, text, self.text(note))

    def true_false(self, body: str, prompt: str, general: str) -> Draft:
        key, *notes = [part for _, part in split(body, "#")]
        truth = key.strip().upper().startswith("T")
        wrong, right = [*[self.text(note) for note in notes], "", ""][:2]
        if len(notes) > 2:
            self.result.notes.append((self.block.line, "extra '#' feedback after the second was left out"))
        named = [("True" if not truth else "False", wrong), ("True" if truth else "False", right)]
        explanation, merged = merge_feedback(general, named)
        self._merged_note(merged)
        return Draft(
            self.block.line, "true_false", prompt, answer=("True" if truth else "False",), explanation=explanation
        )

    def short(self, answers: list[_Answer], prompt: str, general: str, offset: int) -> Draft | None:
        accepted = [a for a in answers if a.weight is None or a.weight >= 100]
        if len(accepted) < len(answers):
            self.result.notes.append((self.block.line, "answers with partial credit were left out of a short answer"))
        texts = [self.short_text(a.text) for a in accepted]
        if None in texts:
            self.result.skipped.append((self.block.line, "short answers with the * wildcard are not supported"))
            return None
        accepted_texts = tuple(text for text in texts if text and text.strip())
        if not accepted_texts:
            self.error(offset, "a short-answer question needs an answer worth full marks")
            return None
        explanation, merged = merge_feedback(general, [(self.text(a.text), a.feedback) for a in accepted])
        self._merged_note(merged)
        return Draft(self.block.line, "short", prompt, answer=accepted_texts, explanation=explanation)

    def short_text(self, raw: str) -> str | None:
        """An accepted short answer, or None when it uses Moodle's ``*`` wildcard (``\\*`` is a star)."""
        body, _fmt = self.own_format(raw)  # Moodle keeps a short answer as typed, whatever its format
        plain = unescape(body)
        if _WILDCARD.search(plain):
            return None
        return plain.replace("\\*", "*").strip()

    def choice(self, answers: list[_Answer], prompt: str, general: str, offset: int) -> Draft | None:
        choices = tuple(self.text(a.text) for a in answers)
        per_answer = [(self.text(a.text), a.feedback) for a in answers]
        explanation, merged = merge_feedback(general, per_answer)
        self._merged_note(merged)
        if len(answers) < 2:
            self.error(offset, "a multiple-choice question needs at least two answers")
            return None
        marked = [a for a in answers if a.marker == "="]
        if len(marked) > 1:
            self.note(
                f"{len(marked)} answers are marked right with '=': Moodle gives full marks for any one of them; "
                "here the student chooses all of them"
            )
            if any(a.weight and a.weight > 0 for a in answers if a.marker == "~"):
                self.note("partial credit for other answers was left out")
            right = tuple(self.text(a.text) for a in marked)
            return Draft(self.block.line, "multiple", prompt, choices, right, explanation, scoring="all-or-nothing")
        if marked:
            if any(a.weight and a.weight > 0 for a in answers if a.marker == "~"):
                self.result.notes.append((self.block.line, "partial credit for other answers was left out"))
            right = (self.text(marked[0].text),)
            return Draft(self.block.line, "single", prompt, choices, right, explanation)
        right = tuple(self.text(a.text) for a in answers if (a.weight or 0) > 0)
        if not right:
            self.error(offset, "no answer is marked right: use '=' or a positive weight such as ~%50%")
            return None
        share = 100 / len(right)
        expected = [share if (a.weight or 0) > 0 else -share for a in answers]
        if any(abs((a.weight or 0) - want) > 0.01 for a, want in zip(answers, expected, strict=True)):
            self.result.notes.append(
                (self.block.line, "answer weights became equal shares, with wrong answers taking a share off")
            )
        return Draft(self.block.line, "multiple", prompt, choices, right, explanation)

    def _merged_note(self, merged: bool) -> None:
        if merged:
            self.result.notes.append((self.block.line, "feedback on single answers was added to the explanation"))


def read(data: bytes) -> ReadResult:
    """Every question of a GIFT file (UTF-8), with mistakes and left-out questions by line."""
    result = ReadResult()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        result.errors.append((line, "the file is not UTF-8 text; save it as UTF-8"))
        return result
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    category = ""
    for block in blocks(text):
        stripped = block.text.strip()
        if stripped.startswith("$CATEGORY:"):
            first, _, rest = stripped.partition("\n")
            category = first[len("$CATEGORY:") :].strip()
            if rest.strip():
                result.errors.append((block.line + 1, "leave a blank line between $CATEGORY and the next question"))
            continue
        notes = len(result.notes)
        draft = _Question(block, category, result).parse()
        if draft is not None:
            result.drafts.append(draft)
        else:
            del result.notes[notes:]  # a question left out needs no notes on how it was changed
    return result


IMPORTER = Importer(name="gift", title="GIFT", read=read)
