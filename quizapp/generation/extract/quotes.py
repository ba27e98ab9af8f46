"""Direct quotations in a paragraph: where they are, and whether they run on to the next paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.textnorm import fold_same_length

_CLOSED = re.compile(r'"(?P<body>[^"]{2,}?)"')
_OPEN_AT_END = re.compile(r'"(?P<body>[^"]{2,})$')


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: character offsets of its body (without the marks) in the paragraph."""

    start: int
    end: int
    text: str
    runs_on: bool = False  # opened but not closed: continues in the next paragraph (wire style)


def find_quote_spans(paragraph: str) -> list[QuoteSpan]:
    """Every quotation in `paragraph`, straight or curly marks alike."""
    folded = fold_same_length(paragraph)
    spans = [
        QuoteSpan(m.start("body"), m.end("body"), paragraph[m.start("body") : m.end("body")])
        for m in _CLOSED.finditer(folded)
    ]
    tail_from = spans[-1].end + 1 if spans else 0
    tail = _OPEN_AT_END.search(folded, tail_from)
    if tail and folded.count('"', tail_from) == 1:
        spans.append(QuoteSpan(tail.start("body"), tail.end("body"), paragraph[tail.start("body") :], True))
    return [span for span in spans if len(span.text.split()) >= 3 and not _is_a_name(span.text)]


def _is_a_name(text: str) -> bool:
    """ "Operation Peace Spring", "Doris Day's Best Friends": a title or a name in quotation marks, not speech."""
    words = [w for w in text.split() if w[:1].isalpha()]
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by"}
    return len(words) <= 8 and all(w[:1].isupper() or w in small for w in words)
