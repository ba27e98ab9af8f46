"""Direct quotations in a paragraph: where they are, and whether they run on to the next paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.textnorm import fold_same_length


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: character offsets of its body (without the marks) in the paragraph."""

    start: int
    end: int
    text: str
    runs_on: bool = False  # opened but not closed: continues in the next paragraph (wire style)


_OPENS_AFTER = "([{—–-/"
_CLOSES_BEFORE = ".,;:!?)]}—–-"


def _direction(folded: str, at: int) -> str:
    """Whether the mark at `at` opens a quotation ("open"), closes one ("close"), or cannot tell ("either"), by
    the characters around it: an opening mark follows a space and precedes a word, a closing one the reverse."""
    before = folded[at - 1] if at > 0 else " "
    after = folded[at + 1] if at + 1 < len(folded) else " "
    opens = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
    return "open" if opens and not closes else "close" if closes and not opens else "either"


def find_quote_spans(paragraph: str) -> list[QuoteSpan]:
    """Every quotation in `paragraph`, straight or curly marks alike.

    Marks are paired by their direction, not by their order alone: a paragraph that goes on with a quotation
    begun in the one before (``plans are wrong," Mr Letwin said. "We will …``) starts with a closing mark,
    and pairing in order would take the narration between two quotations for one."""
    folded = fold_same_length(paragraph)
    spans: list[QuoteSpan] = []
    opened: int | None = None
    for at in (i for i, ch in enumerate(folded) if ch == '"'):
        direction = _direction(folded, at)
        if direction == "either":
            direction = "close" if opened is not None else "open"
        if direction == "open":
            opened = at + 1  # a second opening mark: the first was never closed, so it held no quotation
        elif opened is not None:
            if at - opened >= 2:
                spans.append(QuoteSpan(opened, at, paragraph[opened:at]))
            opened = None
    if opened is not None and folded[opened:].strip() != "":
        spans.append(QuoteSpan(opened, len(paragraph), paragraph[opened:], True))
    return [
        span
        for span in spans
        if len(span.text.split()) >= 3
        and not _is_a_name(span.text)
        and not (span.text[:1].isupper() and _TITLE_BEFORE.search(folded[: span.start]))
    ]


# A work's title in quotation marks ("author of “Republic of Spin: An inside history …”", "the film “…”"):
# words someone wrote as a title, which nobody "said" (a title starts with a capital; "called the book
# “extraordinarily thought provoking”" quotes a judge's praise).
_TITLE_BEFORE = re.compile(
    r"\b(?:author of|books?|novels?|memoirs?|films?|movies?|documentar(?:y|ies)|titled|entitled|headlined|dubbed|"
    r"songs?|albums?|essays?|columns?|op-eds?|podcasts?|plays?|poems?|slogans?|hashtags?|(?:TV|television) "
    r"(?:show|series)),?\s*[\"]?\s*$",
    re.IGNORECASE,
)


def _is_a_name(text: str) -> bool:
    """ "Operation Peace Spring", "Doris Day's Best Friends": a title or a name in quotation marks, not speech."""
    words = [w for w in text.split() if w[:1].isalpha()]
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "from", "or", "into", "vs"}
    return len(words) <= 8 and all(w[:1].isupper() or w in small for w in words)
