"""source-type: named or unnamed official, independent expert, state media, participant, document."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.skills.common import mention
from quizapp.generation.sources import SOURCE_TYPE_LESSONS, SOURCE_TYPES, head_word


def _plural(label: str) -> bool:
    head = head_word(label)
    return not label.lower().startswith(("a ", "an ", "one ")) and head.endswith("s") and not head.endswith("ss")


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
                prompt=f"What kind of source {'are' if _plural(source.label) else 'is'} {mention(source.label)} "
                "in this article?",
                choices=(answer, *others),
                answer=(answer,),
                explanation=f"{source.label} is {answer[:1].lower() + answer[1:]}: {SOURCE_TYPE_LESSONS[source.kind]}.",
                evidence=(evidence,),
                difficulty=2,
                score=0.75 if source.quoted else 0.65,
                facts=frozenset({f"source:{source.key}:type"}),
            )
        )
    return candidates
