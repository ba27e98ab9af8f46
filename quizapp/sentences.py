"""Split article paragraphs into sentences without an NLP model (fast enough for the app's start-up).

Sentences that items name as evidence-item answers are kept whole, so a student can click them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.textnorm import fold_same_length, match_key

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "vs",
        "no",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "ave",
        "blvd",
        "dept",
        "est",
    ]
)
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


def _ends_with_abbreviation(text: str) -> bool:
    last = text.rstrip().rsplit(" ", 1)[-1].rstrip(".").lower().lstrip("(\"'")
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def split_sentences(paragraph: str, keep_whole: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `paragraph`; `keep_whole` texts are never cut."""
    folded = fold_same_length(paragraph)
    protected: list[tuple[int, int]] = []
    for text in keep_whole:
        key = fold_same_length(text.strip())
        at = folded.find(key) if key else -1
        if at >= 0:
            protected.append((at, at + len(key)))
    cuts = []
    for match in _BOUNDARY.finditer(folded):
        if _ends_with_abbreviation(folded[: match.start() + 1]):
            continue
        position = match.end()
        if any(start < position < end for start, end in protected):
            continue
        cuts.append(position)
    spans = []
    start = 0
    for cut in [*cuts, len(paragraph)]:
        piece = paragraph[start:cut]
        if piece.strip():
            left = start + (len(piece) - len(piece.lstrip()))
            spans.append((left, start + len(piece.rstrip())))
        start = cut
    return spans


def sentence_index(paragraphs: list[str], sentence: str, keep_whole: Iterable[str] = ()) -> tuple[int, int] | None:
    """(paragraph, sentence number) of `sentence` in the split article, matched loosely."""
    key = match_key(sentence)
    keep = list(keep_whole)
    for p_index, paragraph in enumerate(paragraphs):
        for s_index, (start, end) in enumerate(split_sentences(paragraph, keep)):
            if match_key(paragraph[start:end]) == key:
                return p_index, s_index
    return None
