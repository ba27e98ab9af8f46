"""missing-voice: a party the story discusses throughout but never quotes directly."""

from __future__ import annotations

from collections import Counter

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.gazetteer import party_of
from quizapp.textnorm import fold

_BODIES = ("junta", "government", "military", "police", "army", "administration", "ministry", "council")
MIN_MENTIONS = 4


def _party_label(analysis: Analysis, party: str) -> str:
    text = fold(" ".join(s.text for s in analysis.sentences)).lower()
    for body in _BODIES:
        if body in text:
            return f"{party}'s {body}"
    return party


def build(analysis: Analysis) -> list[Candidate]:
    quoted_sources = [q.source for q in analysis.quotes if q.source is not None]
    quoted_labels = list(dict.fromkeys(s.label for s in quoted_sources))
    if len(quoted_labels) < 2:
        return []
    quoted_parties = {
        party_of(word.strip(",.()")) for s in quoted_sources for word in f"{s.label} {s.description or ''}".split()
    } - {None}
    counts: Counter[str] = Counter()
    for sentence in analysis.sentences:
        for ent in sentence.span.ents:
            party = party_of(ent.text)
            if party:
                counts[party] += 1
    ranked = [(party, count) for party, count in counts.most_common() if party not in quoted_parties]
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return []
    party, mentions = ranked[0]
    answer = _party_label(analysis, party)
    claims = [c for c in analysis.claims if party_of(c.source.label.split("'")[0]) == party]
    through = f" Its view reaches the reader only second-hand, through {claims[0].source.label}." if claims else ""
    evidence = next(s.text for s in analysis.sentences if any(party_of(e.text) == party for e in s.span.ents))
    return [
        Candidate(
            skill="missing-voice",
            type="single",
            prompt="Which party does the story discuss throughout but never quote directly?",
            choices=(answer, *quoted_labels[:3]),
            answer=(answer,),
            explanation=(
                f"{party} comes up {mentions} times, yet nobody speaking for it is quoted in their own words."
                f"{through} The other choices are quoted directly. Ask whose side is missing and whether the "
                "reporters say they asked for comment."
            ),
            evidence=(evidence,),
            difficulty=3,
            score=0.75,
            facts=frozenset({"missing-voice"}),
        )
    ]
