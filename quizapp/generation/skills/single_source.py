"""single-source: a claim that rests on one party's own account, and what a careful reader does next."""

from __future__ import annotations

import re

from quizapp.caseless import caseless
from quizapp.generation.analysis import Analysis, Claim
from quizapp.generation.candidate import Candidate
from quizapp.generation.distractors import pick
from quizapp.generation.extract.vocab import REPORTING_LEMMAS
from quizapp.generation.gazetteer import is_nationality
from quizapp.generation.skills.common import as_clause, quoted, sentence_case, strip_dateline
from quizapp.textnorm import fold, tidy

NEXT_STEP = "Look for confirmation from independent sources"
WRONG_STEPS = (
    "Accept it, because it was reported on television",
    "Reject it, because official media always lies",
    "Assume the reporter saw the events first-hand",
)
_PARTY_KINDS = ("state-media",)


def _without_attribution(sentence: str, claim: Claim, analysis: Analysis) -> str | None:
    """The sentence with "…, the report by X said," removed, so the prompt does not give the source away."""
    folded = fold(sentence)
    verb = re.escape(claim.verb)
    patterns = (
        # ", the report by X said," or at the end; not "On Saturday, state media reported that …", whose
        # opening words would be left hanging before "that"
        rf",\s+(?:the\s+)?[^,]*?\s{verb}(?:,|(?=\s*[.!?]?\s*$))",
        # "The broadcast said (on Sunday) (that) ..."
        rf"^(?:the\s+)?[^,]*?\s{verb}(?:\s+(?:(?:on|last|this|early|late|earlier|later)\s+\w+|"
        rf"yesterday|today|tonight|earlier|later))?\s+(?:that\s+)?",
    )
    for pattern in patterns:
        match = re.search(pattern, folded, re.IGNORECASE)
        if match and re.search(r"\b(?:which|who|that|where)\b", re.sub(r"\bthat\s*$", "", match.group(0)), re.I):
            return None  # "fires, which state media said were under control": the claim is only part of it
        if match and len(match.group(0).split()) <= 8:
            rest = tidy(sentence[: match.start()] + (" " if match.start() else "") + sentence[match.end() :])
            rest = rest.replace(" ,", ",").replace(" .", ".").strip(" ,")
            if claim.source.label.lower() in fold(rest).lower() or len(rest.split()) < 6:
                return None
            if re.match(
                r"^(?:earlier|later|on|last|this|early|late|yesterday|today)\b(?:\s+\w+){0,2}\s+that\b", rest, re.I
            ):
                return None  # "Earlier Thursday that regime forces …": words of the attribution left in front
            return sentence_case(rest)
    return None


_REPORTED_WORDS = caseless(r"\b(?:said|says|told|tells|announced|stated|declared|claimed|added|quoted|according to)\b")


def _speaks_for_itself(analysis: Analysis, source, claim: Claim, statement: str) -> bool:
    """True when a side named in the claim gives its own account elsewhere in the article ("Yemen's Houthi rebels
    agreed …, state media reported" beside "The Houthis said in a statement …"): another speaking source whose
    name the claim holds, or a sentence whose speaker's name does. Words that reach the article through the same
    outlet ("one of the Russian trainers said in the broadcast") are not a second account."""
    folded = fold(statement)

    def named(phrase: str) -> bool:
        words = re.findall(r"[A-Z][a-z]{3,}", fold(phrase))
        names = [w for w in words if w.lower() not in _GENERIC and not is_nationality(w)]  # not "Russian": the
        # trainers and the plane are both Russian, but no one side speaks for a nation
        return any(re.search(rf"\b{re.escape(name.rstrip('s'))}", folded) for name in names)  # "Foreign Minister"
        # is not "a foreign tanker": a name keeps its capital

    def own_channel(index: int) -> bool:
        return not _SAME_OUTLET.search(analysis.sentences[index].text)

    for other in analysis.sources.values():
        if other is source or not named(other.label):
            continue
        said = [q.sentence for q in analysis.quotes if q.source is other]
        said += [c.sentence for c in analysis.claims if c.source is other and c.content]
        if any(own_channel(i) for i in said):
            return True
    for sentence in analysis.sentences:
        if sentence.index == claim.sentence or sentence.span is None or sentence.furniture:
            continue
        for token in sentence.span:
            if token.lemma_.lower() in REPORTING_LEMMAS and token.pos_ in ("VERB", "AUX"):
                subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
                if own_channel(sentence.index) and any(
                    named(" ".join(t.text for t in subject.subtree)) for subject in subjects
                ):
                    return True
    return False


# Words passed on by the state outlet itself: a broadcast's footage, an agency's quotation.
_SAME_OUTLET = re.compile(
    r"\b(?:broadcast|footage|state[- ](?:media|television|TV|radio|news)|news agency|(?:agency|broadcaster) quoted)\b",
    re.IGNORECASE,
)


# Capitalised words of a speaker's name that name no side ("Ministry", "News", "Agency").
_GENERIC = frozenset(
    "the state news agency ministry office department media television radio press service official officials "
    "spokesman spokeswoman spokesperson government national federal".split()
)


def _score(text: str, headline: str) -> int:
    words = {w[:5] for w in re.findall(r"[a-z]{4,}", headline.lower())}
    return sum(1 for w in re.findall(r"[a-z]{4,}", text.lower()) if w[:5] in words)


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    labels = [s.label for s in analysis.sources.values()]
    for source in analysis.sources.values():
        claims = [c for c in analysis.claims if c.source is source]
        if source.kind not in _PARTY_KINDS or not claims:
            continue
        statements = []
        for claim in claims:
            text = strip_dateline(analysis.article, analysis.sentences[claim.sentence])
            if re.search(
                r"\b(?:we|the (?:country|government|state|nation|regime|ministry|military|army)|it|they)\s+"
                r"(?:will|would|plans? to|intends? to|is going to)\b",
                claim.content or text,
                re.IGNORECASE,
            ):
                continue  # "the country will no longer respect the limits": a side announcing its own step says so
                # with authority; there is nothing for others to confirm
            statement = _without_attribution(text, claim, analysis)
            if statement and _REPORTED_WORDS.search(statement):
                continue  # "Shoigu said Putin had ordered …, state media reported": the minister's account, passed on
            if statement and _speaks_for_itself(analysis, source, claim, statement):
                continue  # "Houthi rebels agreed to a cease-fire, state media reported" beside the Houthis' own
                # statement: the side the claim is about also gives its account, so it is not the only one
            if statement:
                statements.append((_score(statement, analysis.article.headline), claim, statement, text))
        if not statements:
            continue
        _, claim, statement, sentence = min(statements, key=lambda s: s[1].sentence)
        prompt = f"The article reports: {quoted(statement)} Who is the source of this account?"
        distractors = pick(source.label, [labels], 3, prompt=prompt)
        if len(distractors) < 2:
            continue
        candidates.append(
            Candidate(
                skill="single-source",
                type="single",
                prompt=prompt,
                choices=(source.label, *distractors),
                answer=(source.label,),
                explanation=(
                    f"The article attributes this to {source.label} (“{claim.verb}”), and to no one else. "
                    f"{source.label} speaks for one side of the story, so this is that side's own account until "
                    "someone independent confirms it."
                ),
                evidence=(sentence,),
                difficulty=2,
                score=0.95,
                facts=frozenset({f"single:{source.key}"}),
            )
        )
        candidates.append(
            Candidate(
                skill="single-source",
                type="single",
                prompt=(
                    f"The article's account that {as_clause(statement)} comes only from "
                    f"{source.label}. What should a careful reader do next?"
                ),
                choices=(NEXT_STEP, *WRONG_STEPS),
                answer=(NEXT_STEP,),
                explanation=(
                    "A claim that rests on one party's own account is neither proven nor disproven. Check whether "
                    "other news organizations, independent observers or documents confirm it, rather than believing "
                    "or dismissing it outright."
                ),
                evidence=(sentence,),
                difficulty=2,
                score=0.8,
                facts=frozenset({f"single:{source.key}:next"}),
            )
        )
    return candidates
