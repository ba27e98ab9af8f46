"""source-type: named or unnamed official, independent expert, state media, participant, document."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.skills.common import is_plural, mention
from quizapp.generation.sources import SOURCE_TYPE_LESSONS, SOURCE_TYPES

_PLURAL_KINDS = {
    "named-official": "named officials",
    "unnamed-official": "unnamed officials",
    "expert": "independent experts",
    "state-media": "state-run media",
    "participant": "participants or eyewitnesses",
    "document": "documents or reports",
}


def _kind_phrase(kind: str, plural: bool) -> str:
    """ "an unnamed official", or "unnamed officials" for a group."""
    if plural:
        return _PLURAL_KINDS[kind]
    answer = SOURCE_TYPES[kind]
    return answer[:1].lower() + answer[1:]


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    kinds = list(SOURCE_TYPES)
    for source in analysis.sources.values():
        if not source.sentences or source.kind not in SOURCE_TYPES:
            continue
        answer = SOURCE_TYPES[source.kind]
        plural = is_plural(source)
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
                    f"{source.label} {'are' if plural else 'is'} {_kind_phrase(source.kind, plural)}: "
                    f"{SOURCE_TYPE_LESSONS[source.kind]}."
                ),
                evidence=(evidence,),
                difficulty=2,
                score=0.75 if source.quoted else 0.65,
                facts=frozenset({f"source:{source.key}:type"}),
            )
        )
    return candidates
