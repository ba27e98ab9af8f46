"""source-type: named or unnamed official, independent expert, state media, participant, document."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.skills.common import is_plural, mention
from quizapp.generation.sources import SOURCE_TYPE_LESSONS, SOURCE_TYPES


def _kind_phrase(answer: str, plural: bool) -> str:
    """ "An unnamed official" -> "an unnamed official", or "unnamed officials" for a group."""
    phrase = answer[:1].lower() + answer[1:]
    if not plural:
        return phrase
    for article in ("an ", "a "):
        if phrase.startswith(article):
            return phrase[len(article) :] + "s"
    return phrase


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    kinds = list(SOURCE_TYPES)
    for source in analysis.sources.values():
        if not source.sentences or source.kind not in SOURCE_TYPES:
            continue
        answer = SOURCE_TYPES[source.kind]
        start = kinds.index(source.kind)
        others = [SOURCE_TYPES[kinds[(start + step) % len(kinds)]] for step in (1, 2, 3)]
        evidence = analysis.sentences[source.sentences[0]].text
        candidates.append(
            Candidate(
                skill="source-type",
                type="single",
                prompt=f"What kind of source {'are' if is_plural(source) else 'is'} {mention(source.label)} "
                "in this article?",
                choices=(answer, *others),
                answer=(answer,),
                explanation=(
                    f"{source.label} {'are' if is_plural(source) else 'is'} {_kind_phrase(answer, is_plural(source))}: "
                    f"{SOURCE_TYPE_LESSONS[source.kind]}."
                ),
                evidence=(evidence,),
                difficulty=2,
                score=0.75 if source.quoted else 0.65,
                facts=frozenset({f"source:{source.key}:type"}),
            )
        )
    return candidates
