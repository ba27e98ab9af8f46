"""Hedges: words that show how certain a speaker is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.caseless import caseless
from quizapp.generation.extract.vocab import HEDGE_PHRASES
from quizapp.quality.wording import is_superlative

_HEDGE = caseless(
    r"\b(?P<hedge>" + "|".join(re.escape(p) for p in sorted(HEDGE_PHRASES, key=len, reverse=True)) + r")\b"
)
_SENSED = caseless(r"\s*(?:heard|seen|felt|smelled|smelt|spotted|sighted|glimpsed|made out|detected)\b")
_PURPOSE = caseless(r"\b(?:so|so that|in order that|in case)\s+(?:\w+\s+){0,3}$")
# "could be held in contempt if …", "could be dealt with": a step open to someone on a condition, or a problem
# that can be handled; not "the fees could be cut next year", a doubt about what will happen.
# "could be a model for …", "could be a way to …": something offered, not doubted.
_PROPOSAL = re.compile(
    r"\s+(?:an?|the)\s+(?:\w+\s+)?(?:model|example|template|blueprint|way|path|lesson)\s+(?:for|to|of)\b"
)
_DONE_TO = caseless(
    r"\s+(?:held in contempt|held liable|dealt with|handled|managed|fixed|addressed|overcome)\b|"
    r"\s+(?:fined|charged|prosecuted|removed|jailed|sued|impeached|expelled|barred|disqualified|suspended|fired|"
    r"arrested|deported|punished|sanctioned|held)\b[^.;]{0,60}?\b(?:if|unless)\b"
)
# "perhaps you shouldn't be doing it", "perhaps the best of them": a softened piece of advice or praise, said
# with emphasis, not a doubt about what is so.
_SOFTENER = re.compile(
    r"\s*(?:(?:I|we|you|they|he|she|it|one|everyone|someone|people)\s+(?:should|shouldn['’]t|should not|ought|"
    r"must|need|needs|might want|may want)\b|(?:the\s+)?(?:most|best|worst|greatest|biggest|only)\b|"
    r"more than (?:ever|anyone|anything)\b)",
    re.IGNORECASE,
)


# A modal in an idiom, not a doubt: what is best to do ("might as well scrap it", not "… as well as"), a word chosen
# with care ("we might call it that way", "you could say").
_MODAL_IDIOM_AFTER = caseless(
    r"\s+(?:(?:just\s+)?as\s+well\s+(?!as\b)|(?:well\s+)?(?:call|say|put|describe|term|label)\b)"
)
# A concession: "Much as a company might really want to …, it also needs …".
_CONCESSION_BEFORE = caseless(
    r"\b(?:much|however much)\s+as\s+(?:[\w'’-]+\s+){1,6}$|"
    r"(?:^|[,;:—–]\s*)[\"“]?(?:while|although|though|even if|granted)\s+(?:[\w'’-]+\s+){1,4}$|"  # "While they may have
    # the academic freedom to do so, there is a price": the point granted, not a doubt; "however ill-judged they
    # might have been", "whatever its flaws may be": granted whatever the answer
    r"\b(?:however|whatever)\s+(?:[\w'’-]+\s+){1,4}$"
)
# A doubt the sentence gives to someone else's concern or charge ("your principal concern (i.e. that the
# president might benefit …)", "fears that the plant could leak"): what is feared or alleged, not how sure the
# speaker is.
# Nouns of what others concluded, feared or claimed, whose "that" clause is theirs (also read by the hedge skill).
OTHERS_CLAIM_NOUNS = (
    r"howls|complaints?|claims?|charges?|accusations?|allegations?|fears?|concerns?|worr(?:y|ies)|warnings?|"
    r"acknowledge?ments?|admissions?|recognition|notions?|ideas?|beliefs?|suspicions?|questions?|possibility|"
    r"prospect|risk|danger|suggestions?|speculation|rumou?rs?|reports?|findings?|conclusions?|ruling|verdict"
)
_ANOTHERS_DOUBT_BEFORE = caseless(
    rf"\b(?:{OTHERS_CLAIM_NOUNS})\b\W{{0,3}}(?:i\.e\.\s*|that is,?\s*)?(?:that|whether|of whether)\s+"
    r"(?:[\w'’-]+\s+){1,10}$"
)


# "You might have …", "Let's say you may want …": the "you" of anyone, an example set up, not a claim weighed.
_GENERIC_YOU_BEFORE = caseless(r"(?:^|[.;:!?\"“]\s*|\b(?:say|imagine|suppose|if)\s+)you\s+$")
_NEGATED_BEFORE = caseless(
    r"(?:\bnot|n['’]t|\bnever|\bno longer)\s+(?:(?:seem|seems|seemed|look|looks|sound|sounds|appear|appears|be|very|"
    r"all that|so|that)\s+){0,2}$"
)
_WHEN_WORDS = frozenset({"latest", "earliest", "newest", "oldest"})  # "maybe the latest polls are wrong": a doubt


def _superlative_next(rest: str) -> bool:
    """True when the words after a hedge open with a superlative ("the busiest port"; not "the West", "the rest")."""
    found = re.match(r"\s*the\s+([a-z]{2,}est)\b", rest)
    return found is not None and is_superlative(found.group(1)) and found.group(1) not in _WHEN_WORDS


@dataclass(frozen=True)
class Hedge:
    """A hedge phrase and where it sits in the text (extended to its verb: "may be trying to")."""

    text: str
    start: int
    end: int


def find_hedges(text: str) -> list[Hedge]:
    """Hedges in `text`; "May" the month is not one."""
    found = []
    for match in _HEDGE.finditer(text):
        word = match["hedge"]
        if word[:1].isupper() and word.lower() in ("may", "may be", "may have"):
            continue  # "Theresa May", "May 5": a name or a month; the modal is written in lower case
        if _PURPOSE.search(text[: match.start()]):
            continue  # "so they could be closer": a purpose, not a doubt
        if word.lower().split()[0] in ("might", "may", "could") and (
            _MODAL_IDIOM_AFTER.match(text[match.end() :])
            or _CONCESSION_BEFORE.search(text[: match.start()])
            or _ANOTHERS_DOUBT_BEFORE.search(text[: match.start()])
            or _GENERIC_YOU_BEFORE.search(text[: match.start()])
        ):
            continue  # "might as well", "we might call it that way", "Much as a company might want …", "the concern
            # that he might benefit", "You might have a signature that …": no doubt of the speaker's; a "you" of
            # anyone sets up an example
        if _NEGATED_BEFORE.search(text[: match.start()]):
            continue  # "not likely to return", "it doesn't seem likely": the negation turns the estimate round
        if word.lower() == "could be" and _SENSED.match(text[match.end() :]):
            continue  # "gunfire could be heard": what was there to hear, not a doubt
        if word.lower() == "could be" and _PROPOSAL.match(text[match.end() :]):
            continue  # "could be a model for U.S. lawmakers": a proposal, not a doubt
        if word.lower() == "could be" and _DONE_TO.match(text[match.end() :]):
            continue  # "could be held in contempt", "could be dealt with": a step open to someone, not a doubt
        if word.lower() in ("perhaps", "maybe") and (
            _SOFTENER.match(text[match.end() :]) or _superlative_next(text[match.end() :])
        ):
            continue  # "then perhaps you shouldn't be doing it": advice put politely, not a doubt
        end = match.end()
        if word.lower() in ("may be", "might", "could be", "may"):
            tail = re.match(r"(?:\s+be)?\s+\w+ing\s+to\b", text[end:])
            if tail:
                end += tail.end()
        found.append(Hedge(text[match.start() : end], match.start(), end))
    return found


def qualifies_a_choice(span, at: int, word: str) -> bool:
    """True for a hedge on one item of a list ("a company name or domain name, perhaps their logo"): it offers an
    option, it does not say how sure the speaker is of a claim. `at` is where `word` starts in `span.text`."""
    if not span.text[:at].rstrip().endswith((",", " or")):
        return False
    token = next((t for t in span if t.idx - span.start_char == at and t.text == word), None)
    return token is not None and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i
