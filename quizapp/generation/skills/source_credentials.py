"""source-credentials: what qualifies a quoted person to speak (title or appositive)."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.extract.vocab import EXPERT_WORDS, OFFICIAL_WORDS, PARTICIPANT_WORDS
from quizapp.generation.skills.common import sentence_case
from quizapp.quality.wording import is_garbled

_ROLE_WORDS = (
    OFFICIAL_WORDS
    | EXPERT_WORDS
    | PARTICIPANT_WORDS
    | frozenset(
        "lawyer attorney founder ceo owner manager reporter journalist editor writer actor singer artist captain coach "
        "chief head member leader activist organizer organiser campaigner advocate doctor nurse teacher pastor priest "
        "bishop adviser advisor economist engineer physician surgeon secretary chairman chairwoman president".split()
    )
)


def _kind_of(description: str) -> str:
    """The sort of role: expertise, public office, or another role (a founder, a witness)."""
    words = {w.lower().strip(",.()") for w in description.split()}
    if words & EXPERT_WORDS:
        return "expert"
    if words & OFFICIAL_WORDS:
        return "official"
    return "other"


def is_a_role(description: str) -> bool:
    """A description that names a role ("Africa analyst and author on the Wagner Group"): two words or more, a
    role word among them, no digits ("1930 UTC") and no cut-off start ("States Federal District Judge")."""
    words = description.split()
    lowered = {w.lower().strip(",.()") for w in words}
    return (
        2 <= len(words) <= 10
        and bool(lowered & _ROLE_WORDS)
        and not lowered & {"was", "were", "is", "are", "has", "have", "had", "identified", "named"}
        and not any(ch.isdigit() for ch in description)
        and not is_garbled(description)
        and words[0].lower() not in ("states", "kingdom", "nations", "of", "and")
    )


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    described = {name: d for name, d in analysis.descriptions.items() if is_a_role(d)}
    for source in analysis.sources.values():
        if not source.named or not source.description or not source.sentences:
            continue
        if not is_a_role(source.description):
            continue  # a bare "Director", a time or a fragment says too little to ask about
        answer = sentence_case(source.description)
        if _kind_of(source.description) == "expert":
            prompt = f"What does the article tell you about {source.label} that qualifies them to comment?"
        else:
            prompt = f"What role does the article give {source.label}?"
        surname = source.label.split()[-1]
        kind = _kind_of(source.description)
        others = [(sentence_case(d), _kind_of(d)) for name, d in described.items() if name.split()[-1] != surname]
        same = [d for d, k in others if k == kind]  # roles of other people of the same sort
        pools = [same, [d for d, _ in others]] if kind == "expert" else [same]  # an office only among offices
        distractors = pick(answer, pools, 3, prompt=prompt)
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
                    f"The article introduces {source.label} as “{source.description}”. "
                    + (
                        "Credentials tell you why a source's view is worth hearing; ask also whether they are "
                        "independent of the events."
                        if kind == "expert"
                        else "A role tells you whose side a source speaks for and what they are in a position to know."
                    )
                ),
                evidence=(source.description,),
                difficulty=1,
                score=0.9,
                facts=frozenset({f"describe:{source.label}"}),
            )
        )
    return candidates
