"""missing-voice: a country the story discusses throughout but never lets speak.

Emitted only on unambiguous evidence. The missing country is named often; nobody speaking for it appears
anywhere: no speaker whose name, description or sentence ties them to it (its officials, spokespeople,
ministries, state media, or people described by its nationality). The wrong choices are countries whose
side *is* heard, each through a speaker the explanation names. A party counts as heard if anyone
speaking for it is quoted or cited.
"""

from __future__ import annotations

from collections import Counter

from quizapp.generation.analysis import Analysis, Source
from quizapp.generation.candidate import Candidate
from quizapp.generation.gazetteer import party_of
from quizapp.textnorm import fold

MIN_MENTIONS = 5


def _parties_in(text: str) -> set[str]:
    """Countries a text ties itself to: their names, capitals and nationality words."""
    found = set()
    words = fold(text).replace(",", " ").replace(".", " ").replace("'s", " ").split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            party = party_of(" ".join(words[start : start + size]))
            if party:
                found.add(party)
    return found


def _heard(analysis: Analysis, *, strictly: bool = False) -> dict[str, Source]:
    """Each country with a speaker the article ties to it: by the speaker's name or description, or (unless
    `strictly`) by the sentences they speak in. A country is missing only when no speaker is tied to it even
    loosely; it is offered as a heard side only when a speaker's own name or description belongs to it, as a
    minister of Japan speaks for Japan, not for Indonesia because Indonesia is in his sentence."""
    heard: dict[str, Source] = {}
    for source in analysis.sources.values():
        if not source.sentences:
            continue
        texts = [source.label, source.description or ""]
        if not strictly:
            texts += [analysis.sentences[i].text for i in source.sentences]
        for party in _parties_in(" ".join(texts)):
            heard.setdefault(party, source)
    return heard


def build(analysis: Analysis) -> list[Candidate]:
    speakers = [s for s in analysis.sources.values() if s.sentences]
    if len(speakers) < 3:
        return []  # too few voices to say whose is missing
    heard = _heard(analysis)
    speaking_for = _heard(analysis, strictly=True)
    counts: Counter[str] = Counter()
    for sentence in analysis.sentences:
        for ent in sentence.span.ents:
            party = party_of(ent.text)
            if party:
                counts[party] += 1
    missing = [(party, n) for party, n in counts.most_common() if party not in heard and n >= MIN_MENTIONS]
    voiced = [p for p, _ in counts.most_common() if p in speaking_for and speaking_for[p].quoted]
    if len(missing) != 1 or len(voiced) < 2:
        return []  # none, or several: the answer would not be one clear party
    party, mentions = missing[0]
    wrong = voiced[:3]
    through = "; ".join(f"{p} through {speaking_for[p].label}" for p in wrong)
    evidence = next(s.text for s in analysis.sentences if any(party_of(e.text) == party for e in s.span.ents))
    return [
        Candidate(
            skill="missing-voice",
            type="single",
            prompt="Which country's side does the story discuss often but never give in its own words?",
            choices=(party, *wrong),
            answer=(party,),
            explanation=(
                f"{party} comes up {mentions} times, yet no one speaking for it (an official, a spokesperson, its "
                f"media) is quoted or cited. The others are heard: {through}. Ask whose side is missing and whether "
                "the reporters say they asked for comment."
            ),
            evidence=(evidence,),
            difficulty=3,
            score=0.75,
            facts=frozenset({"missing-voice"}),
        )
    ]
