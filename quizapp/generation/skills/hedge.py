"""hedge: how certain a speaker is ("unlikely", "may be trying to")."""

from __future__ import annotations

from quizapp.generation.analysis import Analysis
from quizapp.generation.candidate import Candidate
from quizapp.generation.extract.hedges import find_hedges
from quizapp.generation.extract.vocab import REPORTING_LEMMAS
from quizapp.generation.skills.common import is_plural, mention, shown

_WRITERS_HEDGES = frozenset({"reportedly", "allegedly", "apparently"})
_MODALS = frozenset("can could would will might may should must shall".split())


def _words(hedge: str) -> str:
    return "word shows" if len(hedge.split()) == 1 else "words show"


def _phrases(sentence, hedge_text: str) -> list[str]:
    """Other words of the sentence of the same kind as the hedge, as wrong choices: single adverbs and
    adjectives for a one-word hedge ("reportedly"), verb groups for a verbal one ("may be trying to")."""
    options = []
    if len(hedge_text.split()) == 1:
        for token in sentence.span:
            hyphenated = (token.i + 1 < len(token.doc) and token.nbor().text in ("-", "–")) or (
                token.i > 0 and token.nbor(-1).text in ("-", "–")
            )
            plain = token.pos_ == "ADV" and token.is_alpha and token.lower_.endswith("ly") and not token.ent_type_
            plain = plain and not hyphenated and token.text.islower()  # "officially", "recently": words like a hedge
            if plain and not find_hedges(token.text) and token.lower_ not in ("also", "only", "just", "even", "very"):
                options.append(token.text)
        return [o for o in dict.fromkeys(options) if o.lower() != hedge_text.lower()]
    for token in sentence.span:
        if token.pos_ == "AUX" and token.i + 1 < sentence.span.end and token.nbor().pos_ in ("VERB", "AUX"):
            pair = f"{token.text} {token.nbor().text}"
            if not find_hedges(pair) and token.nbor().is_alpha and token.lower_ not in _MODALS:
                options.append(pair)  # "has been", "will face"
    for token in sentence.span:
        if token.pos_ != "VERB" or token.i + 1 >= sentence.span.end or token.lemma_ in REPORTING_LEMMAS:
            continue  # "said there" is no phrase; a verb with its particle or object is ("pushing them out")
        following = token.nbor()
        if following.dep_ in ("prt", "dobj", "dative") and following.head.i == token.i and following.is_alpha:
            pair = f"{token.text} {following.text}"
            if not find_hedges(pair):
                options.append(pair)
    return [
        o
        for o in dict.fromkeys(options)
        if o.lower() not in hedge_text.lower() and o.lower() not in hedge_text.lower().split()
    ]


def build(analysis: Analysis) -> list[Candidate]:
    candidates = []
    speakers = {q.sentence: q.source for q in analysis.quotes if q.source}
    speakers.update({c.sentence: c.source for c in analysis.claims})
    for sentence_index, hedge in analysis.hedges:
        sentence = analysis.sentences[sentence_index]
        source = speakers.get(sentence_index)
        spoken = [q.text for q in analysis.quotes if q.sentence == sentence_index]
        spoken += [c.content for c in analysis.claims if c.sentence == sentence_index and c.content]
        if source is not None and not any(hedge.text in words for words in spoken):
            source = None  # the hedge is not in what the speaker said: it is the article's, or nobody's
        if len(hedge.text) < 4 or sentence.furniture or not hedge.text.islower() or " " in hedge.text:
            continue  # a capitalised "Allegedly" would stand out among the choices
        if source is None and hedge.text not in _WRITERS_HEDGES:
            continue  # the article's own doubt is clear only in these words; "likely" may be a plain estimate
        options = _phrases(sentence, hedge.text)
        if len(options) < 3:
            continue
        options.sort(key=lambda o: (abs(len(o) - len(hedge.text)), o))
        if source is not None:
            who = mention(source.label)
            verb = "are" if is_plural(source) else "is"
            question = f"Which {_words(hedge.text)} that {who} {verb} not certain?"
            lesson = (
                f"“{hedge.text}” is a hedge: it tells you {who} {verb} judging or guessing, not stating a known fact. "
                "Hedges are honest signals; read them as part of the claim."
            )
        else:
            question = f"Which {_words(hedge.text)} that the article does not present this as certain?"
            lesson = (
                f"“{hedge.text}” is a hedge: the article signals that this is not confirmed, or is someone's "
                "estimate. Keep the hedge when you repeat the claim: dropping it turns a possibility into a fact."
            )
        candidates.append(
            Candidate(
                skill="hedge",
                type="single",
                prompt=f"Read this from the article: {shown(sentence.text)} {question}",
                choices=(hedge.text, *options[:3]),
                answer=(hedge.text,),
                explanation=lesson,
                evidence=(sentence.text,),
                difficulty=2,
                score=0.8 if source is not None else 0.7,
                facts=frozenset({f"hedge:{sentence_index}"}),
            )
        )
    return candidates
