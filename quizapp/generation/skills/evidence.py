"""evidence: "pick the sentence that shows …" — the answer is one sentence of the article."""

from __future__ import annotations

import re

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.skills.common import attribution, shown
from quizapp.textnorm import contains

_UNCONFIRMED = re.compile(
    r"\b(?:reportedly|allegedly|unconfirmed|could not (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)|"
    r"has not been (?:independently )?(?:verified|confirmed)|it (?:is|was) (?:not )?(?:unclear|clear whether))\b",
    re.IGNORECASE,
)


def _unique(analysis: Analysis, phrase: str) -> bool:
    return sum(1 for s in analysis.sentences if contains(s.text, phrase)) == 1


def _item(prompt: str, sentence: str, lesson: str, score: float, fact: str) -> Candidate:
    return Candidate(
        skill="evidence",
        type="evidence",
        prompt=prompt,
        answer=(sentence,),
        explanation=f"The sentence is: {shown(sentence)} {lesson}",
        evidence=(sentence,),
        difficulty=2,
        score=score,
        facts=frozenset({fact}),
    )


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    for sentence_index, unnamed in analysis.unnamed:
        if unnamed.reason and _unique(analysis, unnamed.reason):
            candidates.append(
                _item(
                    "Click the sentence of the article that gives the reason a source was not named.",
                    analysis.sentences[sentence_index].text,
                    "A stated reason for anonymity is what lets readers judge an unnamed source.",
                    0.85,
                    f"evidence:{sentence_index}",
                )
            )
    for source in analysis.sources.values():
        if source.named and source.description and _unique(analysis, source.description):
            sentence = next(s for s in analysis.sentences if contains(s.text, source.description))
            if analysis.described_in.get(source.label, {sentence.index}) != {sentence.index} or sentence.furniture:
                continue  # another sentence also says who they are: two sentences would be right
            candidates.append(
                _item(
                    f"Click the sentence of the article that tells you who {source.label} is.",
                    sentence.text,
                    f"It introduces {source.label} as “{source.description}”. Look for the description next to a "
                    "source's name before you weigh their words.",
                    0.8,
                    f"describe:{source.label}",
                )
            )
    candidates += _figure_sources(analysis) + _writer_hedges(analysis)
    return candidates


def _figure_sources(analysis: Analysis) -> list[Candidate]:
    """ "Who gave this figure?": the one sentence that holds a figure and the source it is credited to."""
    found = []
    for sentence_index, quantity in analysis.quantities:
        sentence = analysis.sentences[sentence_index]
        according = attribution(sentence.text)
        if according is None or not any(c.isdigit() for c in quantity.number) or quantity.kind == "year":
            continue
        if sum(1 for s in analysis.sentences if quantity.text in s.text) != 1:
            continue  # the figure is given twice: two sentences would be right
        found.append(
            _item(
                f"The article gives the figure “{quantity.text}”. Click the sentence that tells you where it comes "
                "from.",
                sentence.text,
                f"The figure is credited “{according[0]} {according[1]}”. A figure is only as good as its source: "
                "find who gave it before you repeat it.",
                0.8,
                f"evidence:{sentence_index}",
            )
        )
    return found[:1]


def _writer_hedges(analysis: Analysis) -> list[Candidate]:
    """The one sentence in which the article itself marks a claim as unconfirmed ("reportedly", "allegedly")."""
    marked = [
        (s, m.group(0))
        for s in analysis.sentences
        if not s.furniture
        for m in [_UNCONFIRMED.search(s.text)]
        if m is not None
    ]
    if len(marked) != 1:
        return []  # none, or several: one sentence must be the only right click
    sentence, word = marked[0]
    return [
        _item(
            "Click the sentence in which the article signals that a claim has not been confirmed.",
            sentence.text,
            f"“{word}” marks the claim as unconfirmed: the article passes it on without vouching for it. Keep "
            "such words when you repeat a claim.",
            0.8,
            f"evidence:{sentence.index}",
        )
    ]
