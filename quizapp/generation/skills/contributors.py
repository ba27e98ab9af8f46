"""contributors: who else reported the story, and from where."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.gazetteer import capitals, party_of


def _label(name: str, place: str | None) -> str:
    return f"{name}, in {place}" if place else name


def build(analysis: Analysis) -> list[Candidate]:
    article = analysis.article
    if not article.contributors:
        return []
    contributor = article.contributors[0]
    answer = _label(contributor.name, contributor.place)
    caps = capitals()
    places = [caps[c] for c in (party_of(p) for p in analysis.entities("GPE")) if c and c in caps]
    if article.dateline:
        places.insert(0, article.dateline.place)
    wrong = []
    if contributor.place:
        wrong += [_label(contributor.name, p) for p in places if p != contributor.place]
    # Never the people the story is about (a senator offered as the reporter is a silly choice), nor the other
    # contributors (they helped too, so they are right as well): the wrong choices are the same reporter in other
    # places, and without a place there is nothing to ask.
    distractors = []
    for option in wrong:
        if option != answer and option not in distractors:
            distractors.append(option)
        if len(distractors) == 3:
            break
    if len(distractors) < 3:
        return []  # never an invented name: ask nothing rather than make one up
    line = contributor.text or answer
    return [
        Candidate(
            skill="contributors",
            type="single",
            prompt="Who else contributed reporting to this story, and from where?",
            choices=(answer, *distractors),
            answer=(answer,),
            explanation=(
                f"The line at the end says: “{line}” A story often combines reporting from several people and "
                "places; the end matter tells you who helped and from where."
            ),
            evidence=(line,),
            difficulty=1,
            score=0.85,
            facts=frozenset({"contributors"}),
        )
    ]
