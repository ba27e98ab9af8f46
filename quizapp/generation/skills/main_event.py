"""main-event: what the main news is, from the lead sentence checked against the headline."""

from __future__ import annotations

import re

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.skills.common import (
    main_clause,
    root_end,
    sentence_case,
    sentences_without_quotes,
    strip_dateline,
)

_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "as",
        "with",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "this",
        "that",
        "its",
    ]
)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 2}


def _stem_overlap(first: set[str], second: set[str]) -> int:
    return sum(1 for a in first if any(a[:5] == b[:5] for b in second))


def build(analysis: Analysis) -> list[Candidate]:
    if not analysis.sentences:
        return []
    lead = analysis.sentences[0]
    lead_text = strip_dateline(analysis.article, lead)
    answer = sentence_case(main_clause(lead_text, keep_until=root_end(lead, lead_text)))
    if len(answer.split()) < 5 or '"' in answer or "“" in answer:
        return []
    overlap = _stem_overlap(_content_words(answer), _content_words(analysis.article.headline))
    others = [
        sentence_case(main_clause(s.text, keep_until=root_end(s, s.text)))
        for s in sentences_without_quotes(analysis)
        if s.index > 1 and s.paragraph > 0
    ]
    others = [o for o in others if len(o.split()) >= 6]
    others = [
        o for o in others if len(o) <= 2 * len(answer) and not o.lower().startswith(("but", "and", "he ", "she "))
    ]
    distractors = pick(answer, [others], 3)
    if len(distractors) < 3:
        return []
    headline = analysis.article.headline
    explanation = (
        "News stories put the most important news first. The lead sentence says: "
        f"{answer}. "
        + (f"The headline agrees: “{headline}”. " if overlap else "")
        + "The other choices are details or background that come later in the story."
    )
    return [
        Candidate(
            skill="main-event",
            type="single",
            prompt="What is the main news in this story?",
            choices=(answer, *distractors),
            answer=(answer,),
            explanation=explanation,
            evidence=(answer,),
            difficulty=1,
            score=0.9 if overlap >= 2 else 0.7 if overlap else 0.55,
            facts=frozenset({f"sentence:{lead.index}"}),
        )
    ]
