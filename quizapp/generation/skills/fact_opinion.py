"""fact-opinion: a checkable statement versus a judgment or prediction; both answers occur."""

from __future__ import annotations

import re

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.extract.hedges import find_hedges
from quizapp.generation.skills.common import quoted, sentences_without_quotes, stands_alone, strip_dateline

FACT = "A checkable fact"
JUDGMENT = "A judgment or prediction"
_EVALUATIVE = re.compile(
    r"\b(?:should|must|ought|best|worst|good|bad|great|terrible|important|key|easy|hard|difficult|unfair|fair|"
    r"wrong|right|unlikely|likely|will|would|probably|hope|believe|think|fear)\b",
    re.IGNORECASE,
)


def _is_judgment(text: str) -> bool:
    return bool(find_hedges(text) or _EVALUATIVE.search(text))


def _is_fact(analysis: Analysis, sentence) -> bool:
    labels = {analysis.entity_labels.get(e.text, e.label_) for e in sentence.span.ents}
    has_anchor = bool(labels & {"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}) and bool(
        labels & {"GPE", "PERSON", "ORG", "NORP", "LOC"}
    )
    return has_anchor and not _is_judgment(sentence.text)


def _item(statement: str, evidence: str, is_fact: bool, who: str | None, sentence_index: int) -> Candidate:
    if is_fact:
        explanation = (
            "It reports what happened, with names, numbers and times that records or other reporters could "
            "confirm. A checkable fact can still be wrong, but it can be checked; that makes it credible "
            "until checked, not an opinion."
        )
    else:
        explanation = (
            (f"{who} is" if who else "The statement is")
            + " giving a view: words such as “unlikely”, “may” or “should” mark a judgment or a forecast, "
            "which nobody can check today. Weigh it by who says it and on what grounds."
        )
    return Candidate(
        skill="fact-opinion",
        type="single",
        prompt=f"Is this statement from the article a checkable fact or a judgment? {quoted(statement)}",
        choices=(FACT, JUDGMENT),
        answer=(FACT if is_fact else JUDGMENT,),
        explanation=explanation,
        evidence=(evidence,),
        difficulty=2,
        score=0.85 if not is_fact else 0.75,
        facts=frozenset({f"fo:{sentence_index}"}),
    )


def build(analysis: Analysis) -> list[Candidate]:
    candidates: list[Candidate] = []
    for quote in analysis.quotes:
        if quote.source and _is_judgment(quote.text) and len(quote.text.split()) <= 30:
            candidates.append(_item(quote.text, quote.text, False, quote.source.label, quote.sentence))
    for sentence in sentences_without_quotes(analysis)[::-1]:
        text = strip_dateline(analysis.article, sentence)
        if stands_alone(text) and _is_fact(analysis, sentence):
            candidates.append(_item(text, text, True, None, sentence.index))
            if sum(1 for c in candidates if c.answer == (FACT,)) >= 2:
                break
    return candidates
