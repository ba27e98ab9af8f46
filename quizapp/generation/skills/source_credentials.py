"""source-credentials: what qualifies a quoted person to speak (title or appositive)."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.skills.common import sentence_case


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    others = [
        sentence_case(d) for d in analysis.descriptions.values() if len(d.split()) >= 2 and not d.strip().isdigit()
    ]
    for source in analysis.sources.values():
        if not source.named or not source.description or not source.sentences:
            continue
        if len(source.description.split()) < 2:
            continue  # a bare "Director" says too little to ask about
        answer = sentence_case(source.description)
        prompt = f"What does the article tell you about {source.label} that qualifies them to comment?"
        distractors = pick(answer, [others], 3, prompt=prompt)
        if len(distractors) < 2:
            continue
        candidates.append(
            Candidate(
                skill="source-credentials",
                type="single",
                prompt=prompt,
                choices=(answer, *distractors),
                answer=(answer,),
                explanation=(
                    f"The article introduces {source.label} as “{source.description}”. Credentials tell you why a "
                    "source's view is worth hearing; ask also whether they are independent of the events."
                ),
                evidence=(source.description,),
                difficulty=1,
                score=0.9,
                facts=frozenset({f"describe:{source.label}"}),
            )
        )
    return candidates
